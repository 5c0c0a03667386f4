"""Batch analysis: many articles in, Parquet tables out, on this machine or on a Spark cluster.

    >>> from warta.batch import run
    >>> run("news/", "out/", engine="local", partitions=4)   # or engine="spark"
    {'articles': 1200, 'entities': 9100, ...}

Inputs are .jsonl files (records ``{id, text, published?, title?, url?}``), Parquet files (a ``text`` column and
optional ``id``/``published``/``title``/``url``) and folders of them or of .txt files. The output folder gets one
Parquet table per folder (``articles``, ``entities``, ``mentions``, ``quotes``, ``times``, ``quantities``,
``events``, ``errors``; columns in ``warta.batch.tables.TABLES``) that DuckDB (``read_parquet('out/quotes/*.parquet')``)
and Spark SQL (``spark.read.parquet('out/quotes')``) read as they are. A record that cannot be read or analysed
becomes a row of ``errors`` (id, source, reason); it never fails the job. See docs/batch.md.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from ..settings import Options
from .tables import TABLES

ENGINES = ("local", "spark")

__all__ = ["ENGINES", "TABLES", "run"]


def run(input: str | Path | Iterable[str | Path], output: str | Path, engine: str = "local",
        partitions: int | None = None, *, options: Options | None = None, spark=None,
        master: str = "local[*]") -> dict[str, int]:
    """Analyse every record of ``input`` and write the tables under ``output``; returns the rows per table.

    ``partitions`` is the number of worker processes for ``local`` (default: the CPU count) and of Spark
    partitions for ``spark`` (default: the cluster's parallelism). ``spark`` is an existing SparkSession to use;
    without one, spark-submit's session is used, or a local one on ``master`` is started and left running for
    later calls in this process.
    """
    from .inputs import find_inputs

    if engine not in ENGINES:
        raise ValueError(f"unknown engine '{engine}'; expected one of {', '.join(ENGINES)}")
    if partitions is not None and partitions < 1:
        raise ValueError("partitions must be at least 1")
    units = find_inputs(input)
    options = options or Options()
    if engine == "local":
        from .local import run_local

        return run_local(units, Path(output), partitions or os.cpu_count() or 1, options)
    from .spark import run_spark

    out = str(output) if "://" in str(output) else str(Path(output).resolve())
    return run_spark(units, out, partitions, options, spark=spark, master=master)
