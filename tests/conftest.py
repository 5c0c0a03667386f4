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


@pytest.fixture
def html_page() -> str:
    """A news page with site chrome around the article and metadata in its head."""
    body = "JAKARTA, KOMPAS.com - Menteri Keuangan mengatakan inflasi turun, Senin (8/5/2023)."
    return f"""<html><head><title>Inflasi Turun</title>
<meta property="og:site_name" content="KOMPAS.com"><meta name="author" content="Budi Santoso">
<meta property="article:published_time" content="2023-05-08T10:00:00+07:00"></head>
<body><nav>Beranda | Nasional</nav><article><h1>Inflasi Turun</h1>
<p>{body} Ini paragraf yang cukup panjang untuk dikenali sebagai isi utama artikel oleh pengekstrak.</p>
<p>"Kami optimistis," kata dia kepada wartawan di Jakarta. Paragraf kedua juga cukup panjang untuk isi.</p>
</article><footer>Hak cipta</footer></body></html>"""
