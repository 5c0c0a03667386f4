"""The local engine: worker processes analyse chunks of records, the parent writes Parquet with pyarrow.

Records are read in the parent (reading is cheap next to analysis) and sent in small chunks to a process pool;
each worker runs ``analyse_items`` (``Pipeline.pipe`` plus the shared row flattening) with its own pipeline,
built once per process. We map chunks over our own pool rather than calling ``pipe(n_process=N)`` so that the
flattening runs in the workers too and so that an unexpected crash on one article stays an error row.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import shutil
from collections import deque
from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path

from ..settings import Options
from .inputs import Item, Unit, read_local
from .tables import TABLES
from .worker import analyse_chunk, analyse_items

CHUNK = 8  # records per task: small enough to balance 2-8 workers, large enough to amortise pickling
IN_FLIGHT = 4  # chunks queued per process: keeps every process busy while memory stays bounded
FLUSH = 20_000  # rows buffered per table before a Parquet row group is written
# A table is written under a name DuckDB's *.parquet glob and Spark (which skips _files) both ignore, and renamed
# when complete: a killed run leaves no footerless part file for a reader to choke on, only missing tables.
PARTIAL = "_part-00000.parquet.partial"


def arrow_schema(table: str):
    import pyarrow as pa

    types = {"string": pa.string(), "int64": pa.int64(), "float64": pa.float64(), "bool": pa.bool_(),
             "list<string>": pa.list_(pa.string()), "list<int64>": pa.list_(pa.int64())}
    return pa.schema([(name, types[kind]) for name, kind in TABLES[table]])


class ParquetTables:
    """One ``<output>/<table>/part-00000.parquet`` per table (Spark's layout), written in row groups."""

    def __init__(self, output: Path) -> None:
        self.output = output
        self.buffers: dict[str, list[tuple]] = {t: [] for t in TABLES}
        self.writers: dict = {}
        self.counts = dict.fromkeys(TABLES, 0)
        for table in TABLES:  # overwrite, like Spark's mode("overwrite"); only our own table folders
            shutil.rmtree(output / table, ignore_errors=True)

    def add(self, table: str, row: tuple) -> None:
        buffer = self.buffers[table]
        buffer.append(row)
        self.counts[table] += 1
        if len(buffer) >= FLUSH:
            self._flush(table)

    def _flush(self, table: str) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        schema = arrow_schema(table)
        rows = self.buffers[table]
        columns = list(zip(*rows, strict=True)) if rows else [()] * len(schema)
        batch = pa.table([pa.array(col, type=f.type) for col, f in zip(columns, schema, strict=True)], schema=schema)
        if table not in self.writers:
            folder = self.output / table
            folder.mkdir(parents=True, exist_ok=True)
            self.writers[table] = pq.ParquetWriter(folder / PARTIAL, schema)
        self.writers[table].write_table(batch)
        self.buffers[table] = []

    def close(self) -> dict[str, int]:
        for table in TABLES:
            if self.buffers[table] or table not in self.writers:  # an empty table is still written, with its schema
                self._flush(table)
            self.writers[table].close()
            os.replace(self.output / table / PARTIAL, self.output / table / "part-00000.parquet")
        return self.counts


def _chunks(items: Iterable[Item], options: Options) -> Iterator[tuple[list[Item], Options]]:
    it = iter(items)
    while chunk := list(islice(it, CHUNK)):
        yield chunk, options


def _pooled(items: Iterable[Item], options: Options, processes: int) -> Iterator[tuple[str, tuple]]:
    """Rows of every chunk, in input order, with at most a few chunks per process in flight: ``Pool.imap`` would
    read the whole input ahead into its task queue, which an archive of millions of articles does not fit."""
    # fork like warta.parallel; a pool process that builds its pipeline keeps it for later chunks
    ctx = mp.get_context("spawn" if mp.get_start_method(allow_none=True) == "spawn" else "fork")
    with ctx.Pool(processes) as pool:
        pending: deque = deque()
        for chunk in _chunks(items, options):
            pending.append(pool.apply_async(analyse_chunk, (chunk,)))
            if len(pending) >= IN_FLIGHT * processes:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()


def run_local(units: list[Unit], output: Path, processes: int, options: Options) -> dict[str, int]:
    """Analyse every record of ``units`` with ``processes`` processes; returns the rows written per table."""
    tables = ParquetTables(output)
    items = read_local(units)
    try:
        rows = analyse_items(items, options) if processes <= 1 else _pooled(items, options, processes)
        for table, row in rows:
            tables.add(table, row)
    finally:
        counts = tables.close()
    return counts
