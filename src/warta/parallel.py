"""``Pipeline.pipe(..., n_process=N)``: the same pipeline in N processes, results in input order.

The caller's process is one of the N: it hands chunks of records to N - 1 worker processes and, whenever the oldest
chunk is not back yet, analyses the next record itself instead of waiting; its own results need no transport. Each
process's share follows its speed (and the other load on the machine). The first record is analysed before any
worker starts, so data the components load lazily is loaded once: with ``fork`` the workers inherit the caller's
pipeline with that data (nothing is rebuilt); with ``spawn`` each worker builds one from the component names and
options while the caller analyses. Input is read lazily: a bounded number of records is in flight, so a stream of
any length needs bounded memory.
"""

from __future__ import annotations

import gc
import multiprocessing as mp
import pickle
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from itertools import islice

from . import registry
from .article import Article
from .pipeline import Pipeline, Result

CHUNK = 4  # records a worker analyses per task: a few, so that the caller is not left waiting long for the last one
IN_FLIGHT = 2  # chunks queued per worker, so that it never waits for the caller to hand it the next

_worker_pipeline = None
_worker_error: BaseException | None = None  # why a spawned worker could not build its pipeline


def read_ahead(n_process: int, chunksize: int = CHUNK, in_flight: int = IN_FLIGHT) -> int:
    """Records read and not yet yielded, at most: the chunks queued for workers, and the records the caller analysed
    while it waited for the oldest of them."""
    return 2 * n_process * in_flight * chunksize


def _init(components: bytes, options) -> None:
    global _worker_pipeline, _worker_error
    if _worker_pipeline is None:  # spawn; a forked worker already holds the caller's pipeline
        try:
            _worker_pipeline = Pipeline(pickle.loads(components), options=options)
        except Exception as err:  # noqa: BLE001 - raised with the first chunk: a worker failing here restarts forever
            _worker_error = err


def _process_chunk(records: list) -> list:
    if _worker_error is not None:
        raise _worker_error
    return [_pack(_worker_pipeline.process(r)) for r in records]


def _rebuildable(pipeline) -> list:
    """The pipeline as a spawned worker rebuilds it: registered components by name (their data is loaded there, not
    sent), any other component (one of the caller's own) as the object itself, pickled."""
    return [c.name if registry.FACTORIES.get(c.name) == f"{type(c).__module__}:{type(c).__qualname__}" else c
            for c in pipeline.components]


def _pack(result) -> tuple:
    """A result as sent back to the caller: the article as JSON, which pydantic writes and reads back several
    times faster than pickle rebuilds the nested models (the caller rebuilds every worker's result)."""
    return result.id, result.article.model_dump_json() if result.ok else None, result.error


def _unpack(packed: tuple) -> Result:
    rid, article, error = packed
    return Result(id=rid, article=None if article is None else Article.model_validate_json(article), error=error)


def pipe_parallel(pipeline, records: Iterable, n_process: int, chunksize: int = CHUNK,
                  in_flight: int = IN_FLIGHT) -> Iterator:
    """Results in input order, with at most ``read_ahead(n_process, chunksize, in_flight)`` records read and not yet
    yielded. Each worker has ``in_flight`` chunks of ``chunksize`` records queued."""
    global _worker_pipeline
    items = iter(records)
    first = [pipeline.process(r) for r in islice(items, 1)]  # loads what the components load on first use
    if not first:
        return
    method = "spawn" if mp.get_start_method(allow_none=True) == "spawn" else "fork"
    ctx = mp.get_context(method)
    if method == "fork":
        _worker_pipeline = pipeline  # inherited by the workers, with its data already loaded
    workers = n_process - 1
    limit = read_ahead(n_process, chunksize, in_flight)
    # Frozen objects are left out of garbage collection until the pipe ends: forked workers then do not touch
    # (and copy) every inherited object, and the caller does not rescan the loaded pipeline while it analyses and
    # rebuilds results.
    gc.freeze()
    try:
        # pickled here and read in the worker's initialiser, where a failure is caught (see _init)
        components = pickle.dumps(_rebuildable(pipeline)) if method == "spawn" else b""
        pool = ctx.Pool(workers, initializer=_init, initargs=(components, pipeline.options))
    except BaseException:
        gc.unfreeze()
        raise
    pending: deque = deque([(1, first)])  # (records, results) analysed here, or (records, AsyncResult) of a worker
    held = 1  # records in pending
    more = True
    failure: BaseException | None = None
    try:
        while True:
            busy = sum(not isinstance(entry, list) and not entry.ready() for _, entry in pending)
            while more and busy < workers * in_flight and held + chunksize <= limit:
                chunk = list(islice(items, chunksize))
                if not chunk:
                    more = False
                    break
                pending.append((len(chunk), pool.apply_async(_process_chunk, (chunk,))))
                held, busy = held + len(chunk), busy + 1
            if not pending:
                return
            size, oldest = pending[0]
            if more and held < limit and not isinstance(oldest, list) and not oldest.ready():
                record = next(items, None)  # the oldest chunk is still being analysed: analyse one here meanwhile
                if record is None:
                    more = False
                else:
                    pending.append((1, [pipeline.process(record)]))
                    held += 1
                continue
            pending.popleft()
            held -= size
            yield from oldest if isinstance(oldest, list) else map(_unpack, oldest.get())
    except BaseException as err:
        failure = err
        raise
    finally:
        stopped = failure is None or isinstance(failure, GeneratorExit)  # else an error or Ctrl-C: stop at once
        try:
            _shut_down(pool, [entry for _, entry in pending if not isinstance(entry, list)], 30.0 if stopped else 0.0)
        except Exception as err:
            if stopped:
                raise
            failure.add_note(f"stopping the workers then failed too: {err!r}")  # the pipe's own error is raised
        finally:
            gc.unfreeze()
            if method == "fork":
                _worker_pipeline = None


def _shut_down(pool, pending: list, grace: float) -> None:
    """Let the few chunks in flight finish (for up to ``grace`` seconds), then close the pool. ``Pool.terminate``
    with tasks still queued can hang for good (its task handler waits on a queue lock that terminate leaves
    taken): it stalled a test that stopped reading early. Terminate is for workers that do not finish, and the way
    out after an error; if it fails or has not returned after a few seconds, _kill stops what it could not."""
    deadline = time.monotonic() + grace
    for result in pending:
        result.wait(max(0.0, deadline - time.monotonic()))
    if all(result.ready() for result in pending):
        pool.close()
        pool.join()
        return
    # terminate itself can hang the same way when the task handler is stuck writing to the workers (seen in CI
    # after a spawned worker failed to start): give it a few seconds, then kill the workers and go on
    workers = list(getattr(pool, "_pool", ()))  # the pool's private list: a pool without one leaves none to kill
    done = threading.Event()
    stopper = threading.Thread(target=_terminate, args=(pool, done), daemon=True)
    stopper.start()
    stopper.join(_TERMINATE_WAIT)
    if not done.is_set():
        _kill(pool, workers)
        stopper.join(_TERMINATE_WAIT)


def _terminate(pool, done: threading.Event) -> None:
    try:
        pool.terminate()
    except Exception:  # noqa: BLE001 - it failed, or _kill closed a pipe it used: _kill stops the workers either way
        return
    done.set()


def _kill(pool, workers: list) -> None:
    """Kill the workers, then close the caller's ends of the pool's two pipes. With no worker left, a task handler
    blocked writing a task gets an error, and a result handler waiting for results reads the end of the pipe: both
    exit, and so does terminate, which waits for them (unless it is stuck on a lock that a killed worker held).
    ``workers`` is the list read before terminate started; the pool's list is read again, for a worker it started
    in between, which would otherwise keep the task pipe open."""
    workers = list(dict.fromkeys([*workers, *getattr(pool, "_pool", ())]))
    for worker in workers:
        worker.kill()
    for worker in workers:
        worker.join(_TERMINATE_WAIT)
    for queue, end in (("_outqueue", "_writer"), ("_inqueue", "_reader")):
        connection = getattr(getattr(pool, queue, None), end, None)
        if connection is not None:
            connection.close()


_TERMINATE_WAIT = 5.0  # seconds
