"""Builders for batch tests: a small input folder of every kind, with good and bad records."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

DEV = Path(__file__).resolve().parents[2] / "eval" / "dev"


def dev_texts(n: int) -> list[tuple[str, str]]:
    return [(p.stem, p.read_text(encoding="utf-8")) for p in sorted(DEV.glob("*.txt"))[:n]]


def make_inputs(folder: Path, n_dev: int = 3) -> dict:
    """A folder with a .jsonl, a .txt and a .parquet file; returns the ids expected as articles and as errors."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    folder.mkdir(parents=True, exist_ok=True)
    texts = dev_texts(n_dev + 2)
    lines = [json.dumps({"id": rid, "text": text, "published": "2024-10-29"}) for rid, text in texts[:n_dev]]
    lines += ['{"id": "rusak", "text": ', json.dumps({"id": "kosong", "text": "   "})]
    (folder / "berita.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "satu.txt").write_text(texts[n_dev][1], encoding="utf-8")
    (folder / "catatan.md").write_text("not an input", encoding="utf-8")
    pq.write_table(pa.table({
        "id": ["pq-1", "pq-2"],
        "text": [texts[n_dev + 1][1], None],
        "published": [datetime(2024, 10, 29, 9, 30), datetime(2024, 10, 30)],
        "title": ["Judul", None],
    }), folder / "arsip.parquet")
    return {
        "articles": {rid for rid, _ in texts[:n_dev]} | {"satu", "pq-1"},
        "errors": {(None, f"berita.jsonl:{n_dev + 1}", "E004"), (None, f"berita.jsonl:{n_dev + 2}", "E001"),
                   ("pq-2", "arsip.parquet", "E007")},
    }


# (table, the column holding the span's text) for every table whose start_char/end_char index articles.text
SPAN_TABLES = [("mentions", "text"), ("times", "text"), ("quantities", "text"), ("events", "trigger_text")]


def table_rows(out: Path, table: str) -> list[tuple]:
    import duckdb

    return duckdb.sql(f"SELECT * FROM read_parquet('{out}/{table}/*.parquet') ORDER BY ALL").fetchall()


def error_keys(out: Path) -> set[tuple]:
    return {(rid, Path(source).name, reason[:4]) for rid, source, reason in table_rows(out, "errors")}


def misplaced_spans(out: Path, table: str, column: str) -> int:
    """Rows of ``table`` whose offsets do not slice their text out of the article (SQL's substr counts from 1)."""
    import duckdb

    return duckdb.sql(f"""SELECT count(*) FROM read_parquet('{out}/{table}/*.parquet') t
        JOIN read_parquet('{out}/articles/*.parquet') a USING (article_id)
        WHERE substr(a.text, t.start_char + 1, t.end_char - t.start_char) <> t.{column}""").fetchall()[0][0]
