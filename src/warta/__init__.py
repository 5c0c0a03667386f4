"""warta: who said what, about whom, when, where and with what numbers, in Indonesian news.

    >>> import warta
    >>> article = warta.analyze("...", published="2024-10-29")

``warta.analyze`` is a convenience over a default ``warta.Pipeline``, built on first use; build your own
``Pipeline`` to reuse it explicitly or to choose components.
"""

from __future__ import annotations

from datetime import date
from functools import cache

from .article import SCHEMA, Article
from .errors import ConfigError, InputError, WartaError
from .pipeline import Pipeline, Record, Result

__version__ = "0.1.0"
__all__ = ["SCHEMA", "Article", "ConfigError", "InputError", "Pipeline", "Record", "Result", "WartaError",
           "analyze", "__version__"]


@cache
def _default_pipeline() -> Pipeline:
    return Pipeline()


def analyze(text: str, *, published: str | date | None = None, title: str | None = None,
            url: str | None = None) -> Article:
    """Analyse one Indonesian news article with the default pipeline."""
    return _default_pipeline().analyze(text, published=published, title=title, url=url)
