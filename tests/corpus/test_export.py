"""Exporting corpus tables to JSON Lines, CSV and Parquet (read back with DuckDB), on both databases."""

from __future__ import annotations

import csv
import json

import duckdb
import pytest
from typer.testing import CliRunner

from warta.cli import app
from warta.corpus import export, export_all
from warta.corpus.export import TABLES, columns
from warta.corpus.synthetic import article
from warta.store.testing import BACKENDS, fresh_store

from .corpus_stories import fill


@pytest.fixture(params=BACKENDS)
def store(request, tmp_path):
    store = fresh_store(request.param, tmp_path)
    fill(store)  # entities, mentions, quotes, events and a syndicated copy
    store.write(article(7), version="test")  # quantities and times
    yield store
    store.close()


def read(path, fmt: str) -> list[dict]:
    if fmt == "jsonl":
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    if fmt == "csv":
        with path.open(encoding="utf-8", newline="") as f:
            return list(csv.DictReader(f))
    rel = duckdb.sql(f"SELECT * FROM read_parquet('{path}')")
    return [dict(zip(rel.columns, row, strict=True)) for row in rel.fetchall()]


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
@pytest.mark.parametrize("table", list(TABLES))
def test_every_table_exports_every_row_in_every_format(store, tmp_path, table, fmt):
    out = tmp_path / f"{table}.{fmt}"
    n = export(table, fmt, out, db=store, batch_size=2)  # small batches: many round trips, same file
    rows = read(out, fmt)
    assert n == len(rows) == store.count(TABLES[table]) > 0
    assert list(rows[0]) == [c.name for c in columns(table)]
    assert [int(r["id"]) for r in rows] == sorted(int(r["id"]) for r in rows)


@pytest.mark.parametrize("fmt", ["jsonl", "parquet"])
def test_values_keep_their_types(store, tmp_path, fmt):
    out = tmp_path / f"events.{fmt}"
    export("events", fmt, out, db=store)
    rows = read(out, fmt)
    assert [(r["type"], r["trigger_text"], r["negated"]) for r in rows] == [
        ("CONSULT", "bertemu", False), ("AID", "mengirim bantuan", False), ("CONSULT", "menolak bertemu", True),
        ("CONSULT", "bertemu", False)]  # the syndicated copy keeps its own rows
    assert all(isinstance(r["trigger_start"], int) and isinstance(r["confidence"], float) for r in rows)


def test_csv_writes_a_header_and_empty_fields_for_nulls(store, tmp_path):
    export("quantities", "csv", tmp_path / "q.csv", db=store)
    rows = read(tmp_path / "q.csv", "csv")
    assert rows[0]["unit"] and rows[0]["claimed_by_entity_id"] == "" and rows[0]["previous"] == ""
    assert float(rows[0]["value"]) > 0


def test_articles_leave_out_internal_columns(store, tmp_path):
    export("articles", "jsonl", tmp_path / "a.jsonl", db=store)
    row = read(tmp_path / "a.jsonl", "jsonl")[0]
    assert "minhash" not in row and "analysis" not in row
    assert (row["ref"], row["published"], row["url"]) == ("asean-1", "2024-05-02", "https://contoh.test/asean-1")


def test_duckdb_joins_the_parquet_tables_on_their_offsets(store, tmp_path):
    counts = export_all("parquet", tmp_path / "dump", db=store)
    assert sorted(p.name for p in (tmp_path / "dump").iterdir()) == sorted(f"{t}.parquet" for t in TABLES)
    assert counts == {t: store.count(table) for t, table in TABLES.items()}
    d = tmp_path / "dump"
    ((bad, total),) = duckdb.sql(
        f"SELECT count(*) FILTER (WHERE substr(a.text, m.start + 1, m.\"end\" - m.start) <> m.text), count(*) "
        f"FROM read_parquet('{d}/mentions.parquet') m JOIN read_parquet('{d}/articles.parquet') a "
        f"ON a.id = m.article_id").fetchall()
    assert bad == 0 and total == counts["mentions"]
    by_retno = duckdb.sql(
        f"SELECT q.content FROM read_parquet('{d}/quotes.parquet') q JOIN read_parquet('{d}/entities.parquet') e "
        f"ON e.id = q.speaker_entity_id WHERE e.name = 'Retno Marsudi' ORDER BY q.id").fetchall()
    assert by_retno == [("Myanmar harus menghentikan kekerasan",), ("ASEAN dan Myanmar perlu berunding",),
                        ("Myanmar harus menghentikan kekerasan",)]  # the copy's row too: export is not a query


def test_an_empty_table_still_has_its_columns(tmp_path):
    out = tmp_path / "events.parquet"
    assert export("events", "parquet", out, db=tmp_path / "empty.db") == 0
    assert duckdb.sql(f"SELECT * FROM read_parquet('{out}')").columns == [c.name for c in columns("events")]


@pytest.mark.parametrize("table, fmt", [("tweets", "jsonl"), ("quotes", "xlsx")])
def test_unknown_table_or_format_fails_without_leaving_a_file(tmp_path, table, fmt):
    with pytest.raises(ValueError, match=table if table == "tweets" else fmt):
        export(table, fmt, tmp_path / "out", db=tmp_path / "c.db")
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("c.db")) == []


def test_cli_exports_one_table_or_all(store, tmp_path):
    url = store.engine.url.render_as_string(hide_password=False)
    runner = CliRunner()
    result = runner.invoke(app, ["export", "--table", "quotes", "--format", "jsonl", "--out",
                                 str(tmp_path / "quotes.jsonl"), "--db", url])
    assert result.exit_code == 0, result.output
    assert [r["content"] for r in read(tmp_path / "quotes.jsonl", "jsonl")][:2] == [
        "Myanmar harus menghentikan kekerasan", "Kabupaten Bandung butuh pompa"]
    result = runner.invoke(app, ["export", "--table", "all", "--format", "csv", "--out", str(tmp_path / "all"),
                                 "--db", url])
    assert result.exit_code == 0, result.output
    assert len(list((tmp_path / "all").glob("*.csv"))) == len(TABLES)
    bad = runner.invoke(app, ["export", "--table", "tweets", "--out", str(tmp_path / "x"), "--db", url])
    assert bad.exit_code == 2 and not (tmp_path / "x").exists()
