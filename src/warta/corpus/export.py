"""Export corpus tables to files other tools read: JSON Lines, CSV, or Parquet (DuckDB, Spark, pandas).

    >>> corpus.export("quotes", "parquet", "quotes.parquet", db="corpus.db")   # rows written
    >>> corpus.export_all("csv", "dump/", db="corpus.db")                       # {"articles": 120, ...}

Rows are streamed from the database in batches (a server-side cursor on PostgreSQL), ordered by row id, so a
table larger than memory exports in constant memory. Columns are the stored ones: row ids join the tables
(``mentions.entity_id`` -> ``entities.id``, ``*.article_id`` -> ``articles.id``); offsets are character offsets
into ``articles.text``. ``articles`` leaves out the MinHash signature and the full analysis JSON (internal, and
its content is in the other tables). The file is written beside ``out`` and renamed when complete, so an
interrupted export never leaves a truncated file under the wanted name.
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import BigInteger, Boolean, Column, Float, Integer, select

from ..store import Store
from ..store.schema import articles, entities, events, mentions, quantities, quotes, times

TABLES = {t.name: t for t in (articles, entities, mentions, quotes, times, quantities, events)}
FORMATS = ("jsonl", "csv", "parquet")
_LEFT_OUT = {"articles": ("minhash", "analysis")}
BATCH = 2_000  # rows per round trip; memory follows it (articles carry their text)


def columns(table: str) -> list[Column]:
    """The exported columns of ``table``, in schema order."""
    if table not in TABLES:
        raise ValueError(f"unknown table '{table}': expected one of {', '.join(TABLES)}")
    return [c for c in TABLES[table].columns if c.name not in _LEFT_OUT.get(table, ())]


def _batches(conn, table: str, size: int) -> Iterator[list[tuple]]:
    cols = columns(table)
    result = conn.execution_options(stream_results=True, yield_per=size).execute(
        select(*cols).order_by(TABLES[table].c.id))
    for part in result.partitions(size):
        yield [tuple(row) for row in part]


def _arrow_type(column: Column):
    import pyarrow as pa

    if isinstance(column.type, Boolean):
        return pa.bool_()
    if isinstance(column.type, (Integer, BigInteger)):
        return pa.int64()
    if isinstance(column.type, Float):
        return pa.float64()
    return pa.string()


def _write_parquet(path: Path, cols: list[Column], batches: Iterator[list[tuple]]) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema([(c.name, _arrow_type(c)) for c in cols])
    n = 0
    with pq.ParquetWriter(path, schema) as writer:  # an empty table still gets a file with its schema
        for rows in batches:
            arrays = [pa.array([r[i] for r in rows], type=f.type) for i, f in enumerate(schema)]
            writer.write_batch(pa.RecordBatch.from_arrays(arrays, schema=schema))
            n += len(rows)
    return n


def _write_text(path: Path, fmt: str, cols: list[Column], batches: Iterator[list[tuple]]) -> int:
    names = [c.name for c in cols]
    n = 0
    with path.open("w", encoding="utf-8", newline="") as f:
        if fmt == "csv":
            writer = csv.writer(f)
            writer.writerow(names)
            for rows in batches:
                writer.writerows(rows)  # None becomes an empty field
                n += len(rows)
        else:
            for rows in batches:
                f.writelines(json.dumps(dict(zip(names, r, strict=True)), ensure_ascii=False) + "\n" for r in rows)
                n += len(rows)
    return n


def export_table(conn, table: str, fmt: str, out: str | Path, batch_size: int = BATCH) -> int:
    """Write one table to ``out`` in ``fmt``; returns the number of rows."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format '{fmt}': expected one of {', '.join(FORMATS)}")
    cols = columns(table)
    out = Path(out)
    partial = out.with_name(out.name + ".partial")
    batches = _batches(conn, table, batch_size)
    try:
        n = (_write_parquet(partial, cols, batches) if fmt == "parquet"
             else _write_text(partial, fmt, cols, batches))
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    os.replace(partial, out)
    return n


def export(table: str, fmt: str, out: str | Path, db: str | Path | Store | None = None,
           batch_size: int = BATCH) -> int:
    """Export ``table`` (articles, entities, mentions, quotes, times, quantities, events) to the file ``out``."""
    columns(table)  # an unknown table fails before a database is opened
    with Store.using(db) as store, store.engine.connect() as conn:
        return export_table(conn, table, fmt, out, batch_size)


def export_all(fmt: str, folder: str | Path, db: str | Path | Store | None = None,
               batch_size: int = BATCH) -> dict[str, int]:
    """Export every table into ``folder`` as ``<table>.<fmt>``; returns rows written per table."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    with Store.using(db) as store, store.engine.connect() as conn:
        return {t: export_table(conn, t, fmt, folder / f"{t}.{fmt}", batch_size) for t in TABLES}
