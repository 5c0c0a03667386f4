"""Re-running the pipeline over stored articles (``warta reanalyze``), e.g. after upgrading warta.

By default only articles analysed by another warta version are redone. The stored (normalised) text is the
input, with the stored title, date and URL; each article's old analysis is replaced in one transaction, so an
interrupted run can simply be started again. Entities no longer mentioned anywhere stay in ``entities`` (their
profile shows no stories); nothing else is left behind.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError

from ..pipeline import Pipeline, Record
from ..settings import Options
from ..sources import Failure
from ..store import Store
from ..store.dedup import content_hash
from ..store.engine import writing
from ..store.schema import articles
from ..store.writer import replace_analysis


@dataclass
class ReanalyzeSummary:
    updated: int = 0
    failed: list[Failure] = field(default_factory=list)
    seconds: float = 0.0

    def __str__(self) -> str:
        return f"{self.updated} re-analysed, {len(self.failed)} failed in {self.seconds:.1f} s"


def reanalyze(db: str | Path | Store | None = None, *, everything: bool = False, pipeline: Pipeline | None = None,
              n_process: int = 1, progress: Callable[[ReanalyzeSummary], None] | None = None) -> ReanalyzeSummary:
    """Re-analyse stored articles made by another warta version (all of them with ``everything=True``)."""
    from .. import __version__

    pipeline = pipeline or Pipeline(options=Options.from_env())
    summary = ReanalyzeSummary()
    started = time.perf_counter()
    with Store.using(db) as store:
        query = select(articles.c.id, articles.c.ref, articles.c.text, articles.c.title, articles.c.published,
                       articles.c.url).order_by(articles.c.id)
        if not everything:
            query = query.where(articles.c.warta_version != __version__)
        with store.engine.connect() as conn:
            rows = conn.execute(query).all()  # ids and texts first: the writes below must not hold a read open
        texts = {row.id: row.text for row in rows}

        def inputs() -> Iterator[Record]:
            for row in rows:
                yield Record(text=row.text, id=str(row.id), published=row.published, title=row.title, url=row.url)

        for row, result in zip(rows, pipeline.pipe(inputs(), n_process=n_process), strict=True):
            if not result.ok:
                summary.failed.append(Failure(row.ref, result.error or "analysis failed"))
            else:
                article = result.article.model_copy(update={"id": row.ref})
                try:
                    with writing(store.engine) as conn:
                        if article.text != texts[row.id]:  # the normaliser changed: offsets follow the new text
                            conn.execute(update(articles).where(articles.c.id == row.id).values(
                                text=article.text, content_hash=content_hash(article.text)))
                        replace_analysis(conn, row.id, article, version=__version__)
                    summary.updated += 1
                except IntegrityError:
                    summary.failed.append(Failure(row.ref, "its re-normalised text equals another stored article"))
            if progress:
                summary.seconds = time.perf_counter() - started
                progress(summary)
    summary.seconds = time.perf_counter() - started
    return summary
