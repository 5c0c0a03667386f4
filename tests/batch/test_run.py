"""warta.batch.run with the local engine: Parquet tables DuckDB reads, bad records in errors, nothing lost."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("pyarrow", reason="the batch runner needs pyarrow")
pytest.importorskip("duckdb", reason="the batch tests read the tables with duckdb")

from warta.batch import TABLES, run

from .builders import SPAN_TABLES, error_keys, make_inputs, misplaced_spans, table_rows


@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    root = tmp_path_factory.mktemp("batch")
    expected = make_inputs(root / "in")
    counts = run(root / "in", root / "out", engine="local", partitions=2)
    return root, expected, counts


def test_run_local_writes_every_table_duckdb_reads(batch):
    root, expected, counts = batch
    for table in TABLES:
        assert len(table_rows(root / "out", table)) == counts[table]
    assert {r[0] for r in table_rows(root / "out", "articles")} == expected["articles"]
    assert all(counts[t] > 0 for t in TABLES)


def test_run_local_bad_records_go_to_errors(batch):
    root, expected, counts = batch
    assert error_keys(root / "out") == expected["errors"]
    assert counts["errors"] == len(expected["errors"])


@pytest.mark.parametrize(("table", "column"), SPAN_TABLES)
def test_run_local_offsets_slice_the_article_text(batch, table, column):
    root, _, counts = batch
    assert counts[table] > 0 and misplaced_spans(root / "out", table, column) == 0


def test_run_local_every_row_belongs_to_an_article(batch):
    root, expected, _ = batch
    for table in set(TABLES) - {"errors"}:
        assert {r[0] for r in table_rows(root / "out", table)} <= expected["articles"]


def test_run_local_sources_and_dates_are_kept(batch):
    root, _, _ = batch
    articles = {r[0]: r for r in table_rows(root / "out", "articles")}
    assert Path(articles["satu"][1]).name == "satu.txt"
    assert articles["pq-1"][2:4] == ("Judul", "2024-10-29")


def test_run_local_one_process_gives_the_same_tables_and_a_rerun_overwrites(batch):
    root, _, counts = batch
    again = run(root / "in", root / "out1", engine="local", partitions=1)
    assert again == counts
    assert run(root / "in", root / "out1", engine="local", partitions=1) == counts  # not appended
    for table in TABLES:
        assert table_rows(root / "out1", table) == table_rows(root / "out", table)


@pytest.mark.parametrize(("kwargs", "error"), [({"engine": "dask"}, ValueError), ({"partitions": 0}, ValueError)])
def test_run_refuses_wrong_arguments(tmp_path, kwargs, error):
    (tmp_path / "a.txt").write_text("Berita.", encoding="utf-8")
    with pytest.raises(error):
        run(tmp_path, tmp_path / "out", **kwargs)
