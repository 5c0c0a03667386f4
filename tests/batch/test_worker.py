"""A partition's work: every record becomes its rows or one error row, and a crash on one article stops nothing."""

from __future__ import annotations

import pytest

from warta import Pipeline, Record
from warta.batch import worker
from warta.batch.inputs import Bad
from warta.registry import DEFAULT
from warta.settings import Options

OK = "Bupati Demak Eisti'anah meninjau tanggul yang jebol di Desa Ketanjung, Senin (3/3/2025)."
CRASH = "Kalimat ini membuat komponen yang rusak gagal di Semarang."


class Crash:
    """A component with a bug: it raises on one article, as a real defect would."""

    name = "crash"
    requires = ("text",)
    assigns = ()

    def __call__(self, doc) -> None:
        if "rusak" in doc.article.text:
            raise KeyError("rusak")


class BrokenPipeline(Pipeline):
    """A pipeline that fails outside any component (where ``Pipeline.run`` cannot name a culprit)."""

    def process(self, record):
        if record.id == "rapuh":
            raise RuntimeError("rapuh")
        return super().process(record)


@pytest.fixture
def options(monkeypatch):
    options = Options(max_chars=500)  # a distinct options value, so the cached default pipeline is not replaced
    monkeypatch.setitem(worker._pipelines, options, BrokenPipeline([*DEFAULT, Crash()], options=options))
    return options


# (items of a partition, expected (table, id, reason prefix) of its article and error rows, in order)
CASES = [
    ([("a.jsonl", Record(OK, id="ok-1"))], [("articles", "ok-1", None)]),
    ([("a.jsonl", Record(CRASH, id="crash")), ("a.jsonl", Record(OK, id="ok-2"))],
     [("errors", "crash", "E014"), ("articles", "ok-2", None)]),
    ([("a.jsonl", Record(OK, id="rapuh")), ("a.jsonl", Record(OK, id="ok-4"))],
     [("errors", "rapuh", "internal error: RuntimeError: rapuh"), ("articles", "ok-4", None)]),
    ([("a.jsonl", Record("  ", id="kosong")), ("a.jsonl", Record(OK * 9, id="panjang"))],
     [("errors", "kosong", "E001"), ("errors", "panjang", "E006")]),
    ([Bad(None, "a.jsonl:2", "E004: malformed JSON"), ("a.jsonl", Record(OK, id="ok-3")), Bad("x", "b.parquet", "E007")],
     [("errors", None, "E004"), ("articles", "ok-3", None), ("errors", "x", "E007")]),
    ([Bad(None, "foto.txt", "E002: binary")], [("errors", None, "E002")]),
]


@pytest.mark.parametrize(("items", "expected"), CASES)
def test_analyse_items_gives_rows_or_error_rows(options, items, expected):
    rows = [(t, r[0], None if t == "articles" else r[2])
            for t, r in worker.analyse_items(items, options) if t in ("articles", "errors")]
    assert [(t, rid) for t, rid, _ in rows] == [(t, rid) for t, rid, _ in expected]
    for (_, _, reason), (_, _, prefix) in zip(rows, expected, strict=True):
        assert reason == prefix or reason.startswith(prefix)


def test_analyse_items_error_rows_name_the_source(options):
    rows = list(worker.analyse_items([("arsip/a.jsonl", Record(CRASH, id="crash"))], options))
    ((table, (rid, source, reason)),) = rows
    assert (table, rid, source) == ("errors", "crash", "arsip/a.jsonl")
    assert "'crash'" in reason and "KeyError" in reason


def test_analyse_items_rows_carry_the_article_id(options):
    rows = list(worker.analyse_items([("a.jsonl", Record(OK, id="ok-1"))], options))
    assert {t for t, _ in rows} >= {"articles", "entities", "mentions", "times"}
    assert {r[0] for _, r in rows} == {"ok-1"}


def test_worker_pipeline_is_built_once_per_process(monkeypatch):
    monkeypatch.setattr(worker, "_pipelines", {})
    options = Options(max_chars=12345)
    assert worker.worker_pipeline(options) is worker.worker_pipeline(options)
