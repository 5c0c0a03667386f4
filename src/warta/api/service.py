"""What the API and the dashboard share: turning a request body into a ``Record`` and analysing it."""

from __future__ import annotations

from ..article import Article
from ..pipeline import Record, article_id
from ..sources.html import record_from_html
from .models import ArticleIn


def record_of(body: ArticleIn) -> Record:
    """The record to analyse; an HTML page is reduced to its main text (E008 when it has none)."""
    if body.html is not None:
        record = record_from_html(body.html, id=body.id or article_id(body.html), url=body.url)
        record.published = body.published
        record.title = body.title or record.title
        return record
    return Record(text=body.text or "", id=body.id, published=body.published, title=body.title, url=body.url)


def analyze_input(app, body: ArticleIn) -> Article:
    """Analyse one request body with the app's pipeline (raises ``InputError`` for unusable input)."""
    pipeline = app.state.pipeline()
    with app.state.analysis_lock:
        return pipeline.run(pipeline.make_doc(record_of(body)))
