"""``Pipeline.pipe(..., n_process=N)``: the same pipeline in N worker processes, results in input order.

Each worker builds its own pipeline once (from the component names and options) and keeps it for every article
it receives, so data such as the knowledge base is loaded once per process, not per article.
"""

from __future__ import annotations

import multiprocessing as mp
from collections.abc import Iterable, Iterator

_worker_pipeline = None


def _init(names: list[str], options) -> None:
    global _worker_pipeline
    from .pipeline import Pipeline

    _worker_pipeline = Pipeline(names, options=options)


def _process(record):
    return _worker_pipeline.process(record)


def pipe_parallel(pipeline, records: Iterable, n_process: int, chunksize: int = 8) -> Iterator:
    ctx = mp.get_context("spawn" if mp.get_start_method(allow_none=True) == "spawn" else "fork")
    with ctx.Pool(n_process, initializer=_init, initargs=(pipeline.names, pipeline.options)) as pool:
        yield from pool.imap(_process, records, chunksize=chunksize)
