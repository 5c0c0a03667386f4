"""``python -m warta.batch INPUT... OUTPUT`` and the application file for ``spark-submit`` (see docs/batch.md).

spark-submit needs a Python file to run, so this module doubles as one: ``spark-submit ... <path of this file>
hdfs:///news/*.jsonl hdfs:///warta/out --engine spark``. The ``warta batch`` command does the same from the CLI.
"""

from __future__ import annotations

import argparse
import sys

from warta.batch import ENGINES, run


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m warta.batch", description=__doc__.split("\n")[0])
    parser.add_argument("paths", nargs="+", metavar="PATH", help="inputs (.jsonl, .parquet, folders), then OUTPUT")
    parser.add_argument("--engine", choices=ENGINES, default="local")
    parser.add_argument("--partitions", type=int, default=None)
    args = parser.parse_args(argv)
    if len(args.paths) < 2:
        parser.error("give at least one INPUT and the OUTPUT folder")
    *inputs, output = args.paths
    counts = run(inputs, output, engine=args.engine, partitions=args.partitions)
    print(" ".join(f"{table}={n}" for table, n in counts.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
