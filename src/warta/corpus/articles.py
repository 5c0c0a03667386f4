"""One stored article: its analysis, where it was seen, and its near-duplicate copies; and storing one record.

The API and the dashboard read articles by their row id (``articles.id``); the article's own id (file stem or
record id) is ``ref``. Copies of one story share a ``group_id``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from ..article import Article
from ..pipeline import Pipeline, Record
from ..store import Store, Written
from ..store.dedup import raw_hash
from ..store.schema import article_urls, articles


@dataclass(frozen=True)
class Copy:
    id: int
    ref: str
    title: str | None
    outlet: str | None
    url: str | None
    published: str | None
    similarity: float | None  # estimated Jaccard similarity to the group's first copy (None for the first)


@dataclass
class StoredArticle:
    id: int
    ref: str
    group_id: int
    first_seen: str
    warta_version: str
    article: Article
    urls: list[str] = field(default_factory=list)
    copies: list[Copy] = field(default_factory=list)  # the other articles of its near-duplicate group


def stored_article(article_id: int, db: str | Path | Store | None = None) -> StoredArticle | None:
    """The stored article with this row id, or None."""
    with Store.using(db) as store, store.engine.connect() as conn:
        row = conn.execute(select(articles.c.id, articles.c.ref, articles.c.group_id, articles.c.first_seen,
                                  articles.c.warta_version, articles.c.analysis)
                           .where(articles.c.id == article_id)).first()
        if row is None:
            return None
        urls = conn.execute(select(article_urls.c.url).where(article_urls.c.article_id == row.id)
                            .order_by(article_urls.c.first_seen, article_urls.c.id)).scalars().all()
        copies = conn.execute(select(articles.c.id, articles.c.ref, articles.c.title, articles.c.outlet,
                                     articles.c.url, articles.c.published, articles.c.similarity)
                              .where(articles.c.group_id == row.group_id, articles.c.id != row.id)
                              .order_by(articles.c.id)).all()
    return StoredArticle(row.id, row.ref, row.group_id, row.first_seen, row.warta_version,
                         Article.model_validate_json(row.analysis), list(urls), [Copy(*c) for c in copies])


def ingest_record(record: Record, db: str | Path | Store | None = None, *,
                  pipeline: Pipeline | None = None) -> Written:
    """Analyse and store one record (what ``ingest`` does per input), returning where it was stored.

    An input whose text is already stored is not analysed again (its URL is recorded on the stored copy). Like
    ``Pipeline.analyze``, raises ``InputError`` for input that cannot be analysed: there is one input, and the
    caller (the API) answers with the error's code.
    """
    from .. import __version__

    pipeline = pipeline or Pipeline()
    with Store.using(db) as store:
        digest = raw_hash(record.text)
        seen = store.seen(digest, record.url)
        if seen is not None:
            return seen
        article = pipeline.run(pipeline.make_doc(record))
        return store.write(article, version=__version__, raw_hash=digest)
