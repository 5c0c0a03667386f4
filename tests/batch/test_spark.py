"""warta.batch.run with the Spark engine in local[2]: the same tables as the local engine, readable by Spark SQL.

Skipped, with the reason, only when pyspark is missing or Spark cannot start on this machine (no Java).
"""

from __future__ import annotations

import os
import sys

import pytest

pytest.importorskip("pyarrow", reason="the batch runner needs pyarrow")
pytest.importorskip("duckdb", reason="the batch tests read the tables with duckdb")
pytest.importorskip("pyspark", reason="pyspark is not installed (pip install -e '.[spark]')")

from warta.batch import TABLES, run
from warta.batch.spark import session

from .builders import SPAN_TABLES, error_keys, make_inputs, misplaced_spans, table_rows


@pytest.fixture(scope="module")
def spark():
    try:
        spark = session("local[2]")
    except Exception as err:  # noqa: BLE001 - any failure to start means this machine cannot run Spark
        print(f"Spark cannot start: {type(err).__name__}: {err}")
        pytest.skip(f"Spark cannot start: {type(err).__name__}: {err}")
    yield spark
    spark.stop()


@pytest.fixture(scope="module")
def batch(spark, tmp_path_factory):
    root = tmp_path_factory.mktemp("spark")
    expected = make_inputs(root / "in")
    counts = run(root / "in", root / "spark", engine="spark", partitions=2, spark=spark)
    local = run(root / "in", root / "local", engine="local", partitions=2)
    return root, expected, counts, local


def test_session_runs_workers_on_this_python_and_loopback(spark):
    assert os.environ["PYSPARK_PYTHON"] == sys.executable
    assert os.environ["SPARK_LOCAL_IP"]
    assert spark.sparkContext.master.startswith("local")


@pytest.mark.parametrize("table", list(TABLES))
def test_run_spark_writes_the_same_rows_as_the_local_engine(batch, table):
    root, _, counts, local = batch
    assert counts[table] == local[table]
    assert table_rows(root / "spark", table) == table_rows(root / "local", table)


def test_run_spark_articles_and_errors(batch):
    root, expected, _, _ = batch
    assert {r[0] for r in table_rows(root / "spark", "articles")} == expected["articles"]
    assert error_keys(root / "spark") == expected["errors"]


@pytest.mark.parametrize(("table", "column"), SPAN_TABLES)
def test_run_spark_offsets_slice_the_article_text(batch, table, column):
    root, _, counts, _ = batch
    assert counts[table] > 0 and misplaced_spans(root / "spark", table, column) == 0


@pytest.mark.parametrize(("table", "column"), SPAN_TABLES)
def test_spark_sql_reads_the_local_engines_tables(spark, batch, table, column):
    root, _, _, local = batch
    spark.read.parquet(str(root / "local" / table)).createOrReplaceTempView(table)
    spark.read.parquet(str(root / "local" / "articles")).createOrReplaceTempView("articles")
    assert spark.sql(f"SELECT count(*) FROM {table}").first()[0] == local[table]
    bad = spark.sql(f"""SELECT count(*) FROM {table} t JOIN articles a USING (article_id)
                        WHERE substring(a.text, t.start_char + 1, t.end_char - t.start_char) <> t.{column}""")
    assert bad.first()[0] == 0
