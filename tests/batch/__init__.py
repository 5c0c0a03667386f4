"""Tests of warta.batch (a package so that test module names may repeat across test folders)."""
