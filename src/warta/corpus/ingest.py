"""Ingesting many articles: read, skip what is stored, analyse (optionally in several processes), store.

Idempotent: an input whose text is already stored is skipped before analysis (its URL is recorded on the stored
copy), and an analysed article whose normalised text is stored is not written twice. Each article is written
in its own transaction, so an ingest that is killed can simply be run again. One bad input never stops a run:
it is counted in ``IngestSummary.failed`` with its reason.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.exc import IntegrityError

from ..pipeline import Pipeline, Record
from ..settings import Options
from ..sources import Failure, read_inputs
from ..sources.files import SUFFIXES
from ..store import Store
from ..store.dedup import raw_hash

Source = str | Path | Record


@dataclass
class IngestSummary:
    added: int = 0  # new stories
    near_duplicates: int = 0  # stored, grouped with a story already in the corpus (syndicated or edited copies)
    duplicates: int = 0  # already stored (same text); not written again
    failed: list[Failure] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def seen(self) -> int:
        return self.added + self.near_duplicates + self.duplicates + len(self.failed)

    def __str__(self) -> str:
        rate = f" in {self.seconds:.1f} s" if self.seconds else ""
        return (f"{self.added} added, {self.near_duplicates} near-duplicates, {self.duplicates} duplicates, "
                f"{len(self.failed)} failed{rate}")


def _article_file(path: Path) -> bool:
    # Gold annotations (<id>.gold.json) sit beside their articles in warta's own data folders; they are not input.
    return path.is_file() and path.suffix.lower() in SUFFIXES and not path.name.endswith(".gold.json")


def expand(sources: Iterable[Source]) -> Iterator[Source]:
    """Folders become the article files under them (sorted, recursively); everything else passes through."""
    for source in sources:
        if isinstance(source, (str, Path)) and str(source) != "-" and Path(source).is_dir():
            yield from sorted(str(p) for p in Path(source).rglob("*") if _article_file(p))
        else:
            yield source


def records(sources: Iterable[Source], *, published: str | None = None, options: Options | None = None,
            allow_private: bool | None = None) -> Iterator[Record | Failure]:
    """Records from files, folders, feeds, http(s) URLs (see ``warta.sources.read_inputs``) and ``Record``s."""
    paths: list[str] = []  # consecutive paths and URLs are read together: one HTTP client serves them all
    for source in expand(sources):
        if isinstance(source, Record):
            yield from read_inputs(paths, published=published, options=options, allow_private=allow_private)
            paths = []
            yield source
        else:
            paths.append(str(source))
    yield from read_inputs(paths, published=published, options=options, allow_private=allow_private)


def ingest(sources: Iterable[Source], db: str | Path | Store | None = None, *, published: str | None = None,
           pipeline: Pipeline | None = None, n_process: int = 1, allow_private: bool | None = None,
           progress: Callable[[IngestSummary], None] | None = None) -> IngestSummary:
    """Analyse and store articles from files, folders (.txt/.html/.json/.jsonl), feeds, URLs or ``Record``s.

    ``db`` is a ``Store``, a path or URL (see ``warta.store.database_url``), or None for the default file.
    ``allow_private`` lets URLs reach loopback/private addresses (refused by default: see ``warta.sources.web``).
    ``progress`` is called with the running summary after every input.
    """
    from .. import __version__

    pipeline = pipeline or Pipeline(options=Options.from_env())
    summary = IngestSummary()
    started = time.perf_counter()
    pending: deque[str] = deque()  # raw hashes of the records handed to the pipeline, in order

    def tick() -> None:
        if progress:
            summary.seconds = time.perf_counter() - started
            progress(summary)

    def fresh() -> Iterator[Record]:
        for item in records(sources, published=published, options=pipeline.options, allow_private=allow_private):
            if isinstance(item, Failure):
                summary.failed.append(item)
                tick()
                continue
            digest = raw_hash(item.text)
            if store.seen(digest, item.url):
                summary.duplicates += 1
                tick()
                continue
            pending.append(digest)
            yield item

    with Store.using(db) as store:
        for result in pipeline.pipe(fresh(), n_process=n_process):
            digest = pending.popleft()
            written = None
            if not result.ok:
                summary.failed.append(Failure(result.id, result.error or "analysis failed"))
            else:
                try:
                    written = store.write(result.article, version=__version__, raw_hash=digest)
                except IntegrityError as err:  # an analysis the schema refuses (e.g. two quotes with one id)
                    summary.failed.append(Failure(result.id, f"not stored: {err.orig}"))
            if written is not None:
                if written.status == "added":
                    summary.added += 1
                elif written.status == "near_duplicate":
                    summary.near_duplicates += 1
                else:
                    summary.duplicates += 1
            tick()
        if summary.added or summary.near_duplicates:
            store.analyze()
    summary.seconds = time.perf_counter() - started
    return summary
