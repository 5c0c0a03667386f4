"""The work of one partition, the same in both engines: records in, table rows out.

Each process builds its pipeline once, on its first partition, and keeps it for every later one (Spark reuses
its Python workers, the local engine its pool processes), so the knowledge base is loaded once per process.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from ..pipeline import Pipeline, Record, Result
from ..settings import Options
from .inputs import Bad, Item
from .tables import error_row, flatten

_pipelines: dict[Options, Pipeline] = {}


def worker_pipeline(options: Options) -> Pipeline:
    if options not in _pipelines:
        _pipelines[options] = Pipeline(options=options)
    return _pipelines[options]


def _guarded_pipe(pipeline: Pipeline, records: Iterator[tuple[str, Record]]) -> Iterator[tuple[str, Record, Result]]:
    """``pipeline.pipe`` over the records. ``pipe`` already returns bad input (E0xx) and a component's bug (E014)
    as results; anything that still raises (a bug outside the components) becomes a failed result for the record
    it met, and the stream goes on with the next record."""
    current: list = [None]

    def feed() -> Iterator[Record]:
        for source, record in records:
            current[0] = (source, record)
            yield record

    while True:
        try:
            for result in pipeline.pipe(feed()):
                yield (*current[0], result)
            return
        except Exception as err:  # noqa: BLE001 - one broken article must never fail the job
            source, record = current[0]
            yield source, record, Result(id=record.id or "?", error=f"internal error: {type(err).__name__}: {err}")


def analyse_items(items: Iterable[Item], options: Options) -> Iterator[tuple[str, tuple]]:
    """``(table, row)`` pairs for a partition's items: an article's rows in every table, or one error row."""
    pending: list[Bad] = []

    def records() -> Iterator[tuple[str, Record]]:
        for item in items:
            if isinstance(item, Bad):
                pending.append(item)
            else:
                yield item

    for source, _record, result in _guarded_pipe(worker_pipeline(options), records()):
        yield from _bad_rows(pending)
        if result.ok:
            for table, rows in flatten(result.article, source).items():
                for row in rows:
                    yield table, row
        else:
            yield "errors", error_row(result.id, source, result.error)
    yield from _bad_rows(pending)


def _bad_rows(pending: list[Bad]) -> Iterator[tuple[str, tuple]]:
    while pending:
        bad = pending.pop(0)
        yield "errors", error_row(bad.id, bad.source, bad.reason)


def analyse_chunk(args: tuple[list[Item], Options]) -> list[tuple[str, tuple]]:
    """``analyse_items`` for a chunk sent to a pool process (a picklable, top-level function)."""
    items, options = args
    return list(analyse_items(items, options))
