"""The entity stage alone against spaCy's tokenizer, timed, and optionally sampled by `perf` to see where its time
goes (instruction counts, `instructions.py`, do not show that: this Python runs at a few times lower IPC than the
tokenizer).

    .venv/bin/python benchmarks/entity_stage.py [--articles 150] [--passes 5] [--perf FILE]

It analyses the benchmark articles once (caches warm), runs the components before the entity stage on a copy of
each article per pass, then times the entity stage and the tokenizer over the same texts, the garbage collector
off as `Pipeline.run` has it. With --perf, `perf record --call-graph dwarf` samples the timed entity passes only
(`perf report -i FILE --children --sort sym` gives each function's inclusive share). Use the compiled build
(`pip install .`): with an editable install the functions are Python frames perf cannot name.
"""

from __future__ import annotations

import argparse
import copy
import gc
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=150)
    parser.add_argument("--passes", type=int, default=5)
    parser.add_argument("--perf", type=Path, help="sample the timed entity passes into this perf.data file")
    args = parser.parse_args(argv)

    import corpus
    import spacy

    from warta.pipeline import Pipeline

    pipeline, records = Pipeline(), corpus.generate(args.articles)
    for record in records:
        pipeline.process(record)
    k = pipeline.names.index("entities")
    before = []
    for record in records:
        doc = pipeline.make_doc(record)
        for component in pipeline.components[:k]:
            component(doc)
        before.append(doc)
    docs = [[copy.deepcopy(d) for d in before] for _ in range(args.passes)]
    entities, tokenizer = pipeline.components[k], spacy.blank("id").tokenizer
    texts = [record.text for record in records]
    for text in texts:
        tokenizer(text)  # its cache warm, as the pipeline's are

    perf = None
    if args.perf:
        perf = subprocess.Popen(["perf", "record", "-o", str(args.perf), "-F", "1000", "--call-graph", "dwarf,16384",
                                 "-p", str(os.getpid())], stderr=subprocess.DEVNULL)
        time.sleep(1.0)  # perf attached before the timed part
    gc.disable()
    start = time.process_time()
    for batch in docs:
        for doc in batch:
            entities(doc)
    spent = (time.process_time() - start) / args.passes
    if perf is not None:
        perf.send_signal(signal.SIGINT)
        perf.wait()
    start = time.process_time()
    for _ in range(args.passes):
        for text in texts:
            tokenizer(text)
    tokenize = (time.process_time() - start) / args.passes
    gc.enable()
    print(f"entity stage {spent:.3f} s a pass, tokenizer {tokenize:.3f} s: {spent / tokenize:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
