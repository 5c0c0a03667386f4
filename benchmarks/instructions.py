"""Instructions warta executes per component, counted by callgrind: a speed measure that the load on the machine
does not move. Timed ratios on a shared host vary by a third from one run to the next; these counts vary by well
under 1% within a session, so they show what a change to the code did. Count both sides of a change in the same
session: between sessions the same code's count moved by 9% (1,929M at stop 27, 2,108M at stop 28). They do not
replace the timed ratio of run.py: spaCy's tokenizer, for one, runs far more instructions per second than warta's
Python does.

    apt-get install valgrind      # once
    .venv/bin/python benchmarks/instructions.py [--articles 150] [--keep FILE]

It analyses --articles benchmark articles once to warm up (knowledge base loaded, caches filled), then again while
callgrind counts, and prints the total and each component's inclusive count in millions of instructions. Per
component counts need the compiled build (`pip install .`): an editable install runs plain Python, whose functions
are not symbols of their own, and shows the total only. --keep saves callgrind's file for `callgrind_annotate`.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

_TOTAL = re.compile(r"([\d,]+) \(100\.0%\)\s+PROGRAM TOTALS")
_LINE = re.compile(r"^\s*([\d,]+) \([^)]*\)\s+\S*?:(\S+)")
# A compiled method's wrapper: __pyx_pw_5warta_10components_8entities_16EntityRecognizer_3__call__ (lengths first).
_CALL = re.compile(r"__pyx_pw_5warta_10components_(\d+)(\w+)$")
_METHOD = re.compile(r"_(\d+)(\w+)_\d+__call__")


def component(symbol: str) -> str | None:
    """'entities.EntityRecognizer' for the symbol of a compiled component's __call__, else None."""
    found = _CALL.match(symbol)
    if not found:
        return None
    size = int(found[1])
    module, rest = found[2][:size], found[2][size:]
    method = _METHOD.fullmatch(rest)
    if not method or len(method[2]) != int(method[1]):
        return None
    return f"{module}.{method[2]}"


def counts(annotated: str) -> tuple[int, dict[str, int]]:
    """The total and each component's inclusive instructions, from `callgrind_annotate --inclusive=yes` output."""
    total = _TOTAL.search(annotated)
    if not total:
        raise SystemExit("callgrind_annotate printed no total: did the analysis run?")
    parts: dict[str, int] = {}
    for line in annotated.splitlines():
        found = _LINE.match(line)
        name = component(found[2]) if found else None
        if name:
            parts[name] = max(parts.get(name, 0), int(found[1].replace(",", "")))
    return int(total[1].replace(",", "")), parts


def workload(size: int) -> None:
    """Runs inside valgrind: warm up on the articles, then analyse them again with counting switched on."""
    import corpus

    from warta.pipeline import Pipeline

    pipeline, records = Pipeline(), corpus.generate(size)
    for record in records:
        pipeline.process(record)
    toggle = ["callgrind_control", "-i"]
    subprocess.run([*toggle, "on", str(os.getpid())], check=True, stdout=subprocess.DEVNULL)
    for record in records:
        pipeline.process(record)
    subprocess.run([*toggle, "off", str(os.getpid())], check=True, stdout=subprocess.DEVNULL)


def measure(size: int, keep: Path | None) -> str:
    """Runs the workload under callgrind and returns callgrind_annotate's inclusive listing."""
    if not shutil.which("valgrind"):
        raise SystemExit("valgrind is not installed (Debian: apt-get install valgrind)")
    with tempfile.TemporaryDirectory() as tmp:
        out = keep or Path(tmp) / "callgrind.out"
        log = Path(tmp) / "valgrind.log"
        command = ["valgrind", "--tool=callgrind", "--instr-atstart=no", f"--callgrind-out-file={out}",
                   sys.executable, __file__, "--workload", "--articles", str(size)]
        with log.open("w") as stderr:
            done = subprocess.run(command, stderr=stderr)
        if done.returncode:
            raise SystemExit(f"the analysis under valgrind failed:\n{log.read_text()[-2000:]}")
        return subprocess.run(["callgrind_annotate", "--inclusive=yes", "--threshold=100", str(out)],
                              capture_output=True, text=True, check=True).stdout


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=150)
    parser.add_argument("--keep", type=Path, help="keep callgrind's output file here")
    parser.add_argument("--workload", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.workload:
        workload(args.articles)
        return
    total, parts = counts(measure(args.articles, args.keep))
    print(f"{total / 1e6:,.1f}M instructions for {args.articles} warm articles")
    if not parts:
        print("(per component counts need the compiled build: pip install .)")
    for name, n in sorted(parts.items(), key=lambda kv: -kv[1]):
        print(f"{n / 1e6:10,.1f}M  {n / total:6.1%}  {name}")


if __name__ == "__main__":
    main()
