"""The Spark engine: executors read and analyse the records, Spark writes the same Parquet tables.

.jsonl and .txt files are read as whole files (``binaryFiles``) and parsed by the same functions the local engine
uses; Parquet inputs through Spark's own reader. The records are spread over ``partitions`` partitions and each
partition is mapped through ``analyse_items`` (``Pipeline.pipe`` plus the shared row flattening), with one pipeline
per Python worker process, which Spark reuses across tasks. The rows are cached once and written table by table.
"""

from __future__ import annotations

import os
import sys
from functools import partial

from ..settings import Options
from .inputs import COLUMNS, Unit, kind_of, local_name, record_from_row, records_from_bytes, unknown
from .tables import TABLES
from .worker import analyse_items

LOCAL_CONF = {
    "spark.driver.memory": "1g",  # the JVM only moves rows; the analysis runs in the Python workers
    "spark.ui.enabled": "false",
    "spark.ui.showConsoleProgress": "false",
    "spark.sql.shuffle.partitions": "8",
}


def session(master: str = "local[*]"):
    """The active Spark session: spark-submit's, or a small local one started here."""
    from pyspark.sql import SparkSession

    if "PYSPARK_GATEWAY_PORT" in os.environ:  # launched by spark-submit/pyspark: its master and conf rule
        return SparkSession.builder.appName("warta-batch").getOrCreate()
    active = SparkSession.getActiveSession()
    if active is not None:
        return active
    # A local session: the workers must run this interpreter (which has warta installed), and binding to the
    # loopback address avoids Spark resolving the hostname to an address that is not reachable in containers.
    os.environ["PYSPARK_PYTHON"] = sys.executable
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    builder = SparkSession.builder.master(master).appName("warta-batch")
    for key, value in LOCAL_CONF.items():
        builder = builder.config(key, value)
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    return spark


def spark_schema(table: str):
    from pyspark.sql import types as T

    kinds = {"string": T.StringType(), "int64": T.LongType(), "float64": T.DoubleType(), "bool": T.BooleanType(),
             "list<string>": T.ArrayType(T.StringType()), "list<int64>": T.ArrayType(T.LongType())}
    return T.StructType([T.StructField(name, kinds[kind], True) for name, kind in TABLES[table]])


def _file_records(pair: tuple[str, bytes]):
    path, data = pair
    name = local_name(path)
    return records_from_bytes(kind_of(name) or "unknown", name, data)


def _row_record(row):
    values = row.asDict()
    return record_from_row(values, local_name(values.pop("_source")))


def read_items(spark, units: list[Unit]):
    """An RDD of the inputs' items (``(source, Record)`` or ``Bad``), read on the executors."""
    sc = spark.sparkContext
    rdds = []
    files = [u.path for u in units if u.kind in ("jsonl", "txt")]
    if files:
        rdds.append(sc.binaryFiles(",".join(files)).flatMap(_file_records))
    tables = [u.path for u in units if u.kind == "parquet"]
    if tables:
        df = spark.read.parquet(*tables)
        columns = [c for c in COLUMNS if c in df.columns]
        df = df.select(*columns, df["_metadata.file_path"].alias("_source"))
        rdds.append(df.rdd.map(_row_record))
    unknown_units = [u for u in units if u.kind not in ("jsonl", "txt", "parquet")]
    if unknown_units:
        rdds.append(sc.parallelize([unknown(u.path) for u in unknown_units]))
    return sc.union(rdds) if rdds else sc.emptyRDD()


def _wide(pair: tuple[str, tuple]) -> tuple:
    """A ``(table, row)`` pair as one row of the wide frame: the table's name and its struct, other structs null."""
    table, row = pair
    return (table, *(row if name == table else None for name in TABLES))


def run_spark(units: list[Unit], output: str, partitions: int | None, options: Options, spark=None,
              master: str = "local[*]") -> dict[str, int]:
    """Analyse every record of ``units`` on Spark; returns the rows written per table."""
    from pyspark.sql import functions as F
    from pyspark.sql import types as T

    spark = spark or session(master)
    items = read_items(spark, units)
    partitions = partitions or spark.sparkContext.defaultParallelism
    rows = items.repartition(partitions).mapPartitions(partial(analyse_items, options=options)).map(_wide)
    # One frame holds every table's rows as structs, so the Python work runs once and the JVM caches it in
    # columnar form; each table is then written from the cache without going back to Python.
    schema = T.StructType([T.StructField("table", T.StringType(), False)]
                          + [T.StructField(name, spark_schema(name), True) for name in TABLES])
    wide = spark.createDataFrame(rows, schema, verifySchema=False).cache()
    try:
        counts = dict.fromkeys(TABLES, 0) | {r["table"]: r["count"] for r in wide.groupBy("table").count().collect()}
        for table in TABLES:
            (wide.where(F.col("table") == table).select(f"{table}.*")
             .write.mode("overwrite").parquet(f"{output.rstrip('/')}/{table}"))
    finally:
        wide.unpersist()
    return counts
