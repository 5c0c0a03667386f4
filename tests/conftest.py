"""Shared fixtures: paths to the shipped example, the dev gold set and the reference article."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DEV_GOLD = ROOT / "eval" / "dev"
SHARED_EXAMPLES = ROOT.parent / "shared" / "examples"


@pytest.fixture(scope="session")
def pipeline():
    from warta import Pipeline

    return Pipeline()


@pytest.fixture(scope="session")
def example_text() -> str:
    return resources.files("warta.examples").joinpath("banjir-semarang.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def example_article(pipeline, example_text):
    return pipeline.analyze(example_text, published="2025-03-04", id="banjir-semarang")


@pytest.fixture
def seed_path() -> Path:
    path = SHARED_EXAMPLES / "seed-korut-rusia.txt"
    if not path.exists():
        pytest.skip("../shared/examples is not present")
    return path
