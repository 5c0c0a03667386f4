"""Shared fixtures: paths to the shipped example, the dev gold set and the reference article."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DEV_GOLD = ROOT / "eval" / "dev"
SHARED_EXAMPLES = ROOT.parent / "shared" / "examples"


_PACKAGED = {".py", ".pxd", ".yaml", ".tsv", ".txt", ".json", ".gz", ".html", ".css", ".js", ".svg"}  # pyproject's


def pytest_configure(config) -> None:
    """Stop before testing code that is not what src/ holds: an installed copy of warta that differs from it (after
    `pip install .`, the README's compiled install, an edit takes effect only when installed again), or compiled
    modules left in src/ by a build in place, which Python would import instead of the edited files."""
    import warta

    src, installed = ROOT / "src" / "warta", Path(warta.__file__).resolve().parent
    if installed == src.resolve():
        stray = sorted(str(p.relative_to(src)) for p in src.rglob("*.so"))
        if stray:
            pytest.exit(f"compiled modules in src/ hide the Python files: {', '.join(stray[:5])}: delete them "
                        "(`find src -name '*.so' -delete`)", returncode=4)
        return
    differ = [str(path.relative_to(src)) for path in sorted(src.rglob("*"))
              if path.suffix in _PACKAGED and "__pycache__" not in path.parts
              and not _same_file(path, installed / path.relative_to(src))]
    if differ:
        pytest.exit(f"the installed warta ({installed}) differs from src/ in {', '.join(differ[:5])}"
                    f"{' ...' if len(differ) > 5 else ''}: install it again (`.venv/bin/pip install -q .`) or use "
                    "the editable install of CONTRIBUTING.md", returncode=4)


def _same_file(a: Path, b: Path) -> bool:
    return b.is_file() and a.stat().st_size == b.stat().st_size and a.read_bytes() == b.read_bytes()


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
