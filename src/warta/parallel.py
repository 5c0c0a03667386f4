"""``Pipeline.pipe(..., n_process=N)``: the same pipeline in N worker processes, results in input order.

Each worker keeps one pipeline for every article it receives, so data such as the knowledge base is loaded once
per process, not per article. With ``fork`` the workers inherit the caller's pipeline and whatever it has loaded
already (nothing is rebuilt); with ``spawn`` each worker builds one from the component names and options.
Input is read lazily: at most a few chunks per worker are in flight, so a stream of any length needs bounded
memory.
"""

from __future__ import annotations

import gc
import multiprocessing as mp
import time
from collections import deque
from collections.abc import Iterable, Iterator
from itertools import islice

from .article import Article
from .pipeline import Pipeline, Result

_worker_pipeline = None


def _init(names: list[str], options) -> None:
    global _worker_pipeline
    if _worker_pipeline is None:  # spawn; a forked worker already holds the caller's pipeline
        _worker_pipeline = Pipeline(names, options=options)


def _process_chunk(records: list) -> list:
    return [_pack(_worker_pipeline.process(r)) for r in records]


def _pack(result) -> tuple:
    """A result as sent back to the caller: the article as JSON, which pydantic writes and reads back several
    times faster than pickle rebuilds the nested models (the caller reads every result, serially)."""
    return result.id, result.article.model_dump_json() if result.ok else None, result.error


def _unpack(packed: tuple) -> Result:
    rid, article, error = packed
    return Result(id=rid, article=None if article is None else Article.model_validate_json(article), error=error)


def pipe_parallel(pipeline, records: Iterable, n_process: int, chunksize: int = 8,
                  in_flight: int = 2) -> Iterator:
    """Results in input order; ``in_flight`` chunks per worker are queued at most."""
    global _worker_pipeline
    method = "spawn" if mp.get_start_method(allow_none=True) == "spawn" else "fork"
    ctx = mp.get_context(method)
    if method == "fork":
        _worker_pipeline = pipeline  # inherited by the workers, with its data already loaded
    items = iter(records)
    # Frozen objects are left out of garbage collection until the pipe ends: forked workers then do not touch
    # (and copy) every inherited object, and the parent does not rescan the loaded pipeline while it rebuilds
    # every result.
    gc.freeze()
    try:
        pool = ctx.Pool(n_process, initializer=_init, initargs=(pipeline.names, pipeline.options))
    except BaseException:
        gc.unfreeze()
        raise
    pending: deque = deque()
    grace = 30.0
    try:
        while True:
            while len(pending) < n_process * in_flight:
                chunk = list(islice(items, chunksize))
                if not chunk:
                    break
                pending.append(pool.apply_async(_process_chunk, (chunk,)))
            if not pending:
                return
            yield from map(_unpack, pending.popleft().get())
    except BaseException as err:
        if not isinstance(err, GeneratorExit):  # an error or Ctrl-C: stop the workers at once
            grace = 0.0
        raise
    finally:
        _shut_down(pool, pending, grace)
        gc.unfreeze()
        if method == "fork":
            _worker_pipeline = None


def _shut_down(pool, pending: deque, grace: float) -> None:
    """Let the few chunks in flight finish (for up to ``grace`` seconds), then close the pool. ``Pool.terminate``
    with tasks still queued can hang for good (its task handler waits on a queue lock that terminate leaves
    taken): it stalled a test that stopped reading early. Terminate is the fallback for workers that do not
    finish, and the way out after an error."""
    deadline = time.monotonic() + grace
    for result in pending:
        result.wait(max(0.0, deadline - time.monotonic()))
    if all(result.ready() for result in pending):
        pool.close()
    else:
        pool.terminate()
    pool.join()
