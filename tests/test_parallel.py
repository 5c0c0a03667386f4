"""pipe(..., n_process=N): results in input order and the same as one process, errors as results, the input read
lazily (a stream of any length needs bounded memory), and no worker left behind however the pipe ends."""

import multiprocessing
import multiprocessing.pool
import os
import threading
import time

import pytest

from warta import Pipeline, Record, parallel

TEXTS = [
    "Jakarta - Presiden Joko Widodo mengatakan, \"Kita kerja.\" Senin (4/3/2025).",
    "Semarang - Banjir merendam 1.200 rumah, kata Kepala BPBD Kota Semarang.",
    "",  # not analysable: comes back as an error result in its place
    "Menteri Keuangan Sri Mulyani menyebut inflasi turun 2,5 persen pada kuartal II 2024.",
]


def records(n: int) -> list[Record]:
    return [Record(text=TEXTS[i % len(TEXTS)], id=f"a{i}", published="2025-03-04") for i in range(n)]


def outcomes(results) -> list[tuple]:
    return [(r.id, r.article.to_json() if r.ok else None, r.error) for r in results]


@pytest.mark.parametrize(("n_process", "n_records"), [(2, 1), (2, 5), (2, 40), (3, 40)])
def test_results_are_those_of_one_process_in_input_order(n_process, n_records):
    one = outcomes(Pipeline().pipe(records(n_records)))
    many = outcomes(Pipeline().pipe(records(n_records), n_process=n_process))
    assert many == one
    assert [rid for rid, _, _ in many] == [f"a{i}" for i in range(n_records)]


def test_the_spawn_start_method_gives_the_same_results(monkeypatch):
    monkeypatch.setattr(multiprocessing, "get_start_method", lambda allow_none=False: "spawn")
    one = outcomes(Pipeline().pipe(records(12)))
    assert outcomes(Pipeline().pipe(records(12), n_process=2)) == one
    assert not multiprocessing.active_children()


class FailsOn:
    """A component with a bug that shows on one kind of article only."""

    name = "fails_on"
    requires = ("text",)
    assigns = ()

    def __init__(self, word: str) -> None:
        self.word = word

    def __call__(self, doc) -> None:
        if self.word in doc.article.text:
            raise ValueError("a bug")


def test_spawned_workers_run_the_callers_own_components(monkeypatch):
    monkeypatch.setattr(multiprocessing, "get_start_method", lambda allow_none=False: "spawn")
    pipeline = Pipeline(["normalize", "segment", FailsOn("Banjir")])
    one = outcomes(pipeline.pipe(records(12)))
    assert outcomes(pipeline.pipe(records(12), n_process=2)) == one
    assert any(error and "fails_on" in error for _, _, error in one)


def _unreadable():
    raise RuntimeError("cannot be rebuilt here")


class Unreadable(FailsOn):
    """A component that a spawned worker cannot rebuild."""

    def __reduce__(self):
        return _unreadable, ()


def test_a_spawned_worker_that_cannot_build_the_pipeline_fails_the_pipe_instead_of_hanging(monkeypatch):
    monkeypatch.setattr(multiprocessing, "get_start_method", lambda allow_none=False: "spawn")
    pipeline = Pipeline(["normalize", "segment", Unreadable("Banjir")])
    with pytest.raises(RuntimeError, match="cannot be rebuilt here"):
        list(pipeline.pipe(records(40), n_process=2))
    assert not multiprocessing.active_children()


@pytest.mark.parametrize("n_process", [2, 3])
def test_a_record_that_fails_in_a_component_fails_alone(n_process):
    pipeline = Pipeline(["normalize", "segment", FailsOn("Banjir")])
    results = list(pipeline.pipe(records(30), n_process=n_process))
    failed = [r.id for r in results if r.error and "fails_on" in r.error]
    assert failed == [f"a{i}" for i in range(30) if "Banjir" in TEXTS[i % len(TEXTS)]]
    assert sum(r.ok for r in results) == len([i for i in range(30) if i % len(TEXTS) in (0, 3)])


@pytest.mark.parametrize("n_process", [2, 3])
def test_input_is_read_lazily(n_process):
    consumed = []

    def stream():
        for i in range(400):
            consumed.append(i)
            yield Record(text=TEXTS[0], id=str(i), published="2025-03-04")

    results = Pipeline().pipe(stream(), n_process=n_process)
    for taken in range(1, 60):
        assert next(results).id == str(taken - 1)
        assert len(consumed) - taken <= parallel.read_ahead(n_process)  # far fewer than the 400 a read-ahead would take
    results.close()
    assert not multiprocessing.active_children()  # stopping early leaves no worker behind


@pytest.mark.parametrize("error", [RuntimeError, KeyboardInterrupt])
def test_an_error_reading_the_input_stops_the_workers(error):
    def stream():
        yield from records(30)
        raise error("input broke")

    with pytest.raises(error):
        list(Pipeline().pipe(stream(), n_process=2))
    assert not multiprocessing.active_children()


class StopsTheWorker:
    """A component that, in a worker process, never finishes its record: the worker reads no more tasks."""

    name = "stops_the_worker"
    requires = ()
    assigns = ()

    def __init__(self) -> None:
        self.caller = os.getpid()
        self.started = multiprocessing.Event()  # set by the worker, inherited by fork

    def __call__(self, doc) -> None:
        if os.getpid() != self.caller:
            self.started.set()
            time.sleep(600)


def test_a_pool_that_terminate_cannot_stop_is_killed_and_the_pipe_raises_its_own_error(monkeypatch):
    # Terminate no longer empties the workers' queue (as when it hangs there), so a chunk that the task handler is
    # still writing to the stopped worker, larger than the pipe holds, would keep terminate waiting for good.
    monkeypatch.setattr(multiprocessing.pool.Pool, "_help_stuff_finish", staticmethod(lambda *args: None))
    component = StopsTheWorker()
    big = "kata " * 40_000  # a chunk of these is several times a pipe's buffer

    def stream():
        for i in range(1 + 2 * parallel.CHUNK):  # the caller's first record and the worker's two chunks
            yield Record(text=big, id=str(i))
        component.started.wait(60)  # the worker holds its first chunk, the task handler writes the second
        raise RuntimeError("input broke")

    before = set(threading.enumerate())
    raised = []

    def consume():
        try:
            list(Pipeline([component]).pipe(stream(), n_process=2))
        except Exception as err:  # noqa: BLE001 - the error the pipe raises is what this test checks
            raised.append(err)

    consumer = threading.Thread(target=consume, daemon=True)
    consumer.start()
    consumer.join(120)  # a bound for a hang, far above the seconds the fallback takes
    assert not consumer.is_alive()
    assert [(type(err), str(err)) for err in raised] == [(RuntimeError, "input broke")]
    assert not multiprocessing.active_children()
    left = [thread for thread in threading.enumerate() if thread not in before and thread is not consumer]
    for thread in left:  # the pool's threads and terminate's: all end (a loaded machine may take a moment)
        thread.join(60)
    assert [thread.name for thread in left if thread.is_alive()] == []


def test_an_error_stopping_the_workers_does_not_hide_the_pipes_own(monkeypatch):
    shut_down = parallel._shut_down

    def fails(*args):
        shut_down(*args)
        raise OSError("cannot stop")

    monkeypatch.setattr(parallel, "_shut_down", fails)

    def stream():
        yield from records(30)
        raise RuntimeError("input broke")

    with pytest.raises(RuntimeError, match="input broke") as raised:
        list(Pipeline().pipe(stream(), n_process=2))
    assert any("cannot stop" in note for note in raised.value.__notes__)
    assert not multiprocessing.active_children()


class _Worker:
    def __init__(self, log: list) -> None:
        self.log = log

    def kill(self) -> None:
        self.log.append(("kill", self))

    def join(self, timeout=None) -> None:
        self.log.append(("join", self))


def test_killing_the_pool_also_stops_a_worker_started_after_terminate_began():
    """A worker the pool started after the list was read would keep the task pipe open: _kill reads the pool's
    list again and stops each worker once."""
    log: list = []
    early, restarted = _Worker(log), _Worker(log)
    pool = type("Pool", (), {"_pool": [early, restarted]})()
    parallel._kill(pool, [early])
    assert [a for a, w in log if w is early] == ["kill", "join"]
    assert [a for a, w in log if w is restarted] == ["kill", "join"]
