"""Tests of warta.components (a package so that test module names may repeat across test folders)."""
