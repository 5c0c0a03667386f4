"""Indonesian language data: YAML files beside this module, loaded on first use and cached."""

from __future__ import annotations

from functools import cache
from importlib import resources

import yaml


@cache
def load(name: str) -> dict:
    """Load ``<name>.yaml`` from this package."""
    text = resources.files(__package__).joinpath(f"{name}.yaml").read_text(encoding="utf-8")
    # libyaml's loader when PyYAML has it: the pure-Python one alone costs about a second of cold start
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
