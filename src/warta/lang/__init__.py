"""Language data, one subpackage per language."""
