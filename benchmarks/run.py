"""warta's benchmark suite: throughput against a tokenizer-only baseline, per-component profile, scaling,
peak memory and cold start. Run from the repository root:

    .venv/bin/pip install -q ".[bench]" && .venv/bin/pip install -q --no-deps nlp-id
    .venv/bin/python benchmarks/run.py [--size 300] [--repeats 5] [--search 10000,100000] [--postgres URL]

Every figure is the median of --repeats runs with min and max. Ratios compare warta with spaCy's blank
Indonesian tokenizer over the same texts in the same process (the floor cost of any token pipeline), timed in
alternation in CPU seconds so that other load on the machine does not skew the ratio (the ratio is the median
of each pair's: a warta pass against the baseline pass just before it). One and two processes are
also timed in alternation: wall-clock (the speed-up a user sees, noisy on a shared machine) and CPU seconds of the
calling process and of its worker (the speed-up two free cores would give at best: twice the one-process CPU over
the two-process run's total).
--postgres (or WARTA_BENCH_POSTGRES) names a PostgreSQL database used for nothing else: its public schema is
dropped and recreated to time ingest and search there too.
Results go to benchmarks/results.json, benchmarks/results.md and benchmarks/scaling.png.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus  # noqa: E402
import search  # noqa: E402

from warta import Pipeline  # noqa: E402
from warta.store.testing import empty_postgres  # noqa: E402

HERE = Path(__file__).resolve().parent


def compiled() -> bool:
    """Whether the pipeline runs as the README's install builds it, its modules compiled by Cython (setup.py); an
    editable install runs them as plain Python, about a fifth slower."""
    from warta.components import entities

    return not entities.__file__.endswith(".py")


def _stats(values: list[float]) -> dict:
    return {"median": statistics.median(values), "min": min(values), "max": max(values), "runs": len(values)}


def _timed(fn, repeats: int, clock=time.perf_counter) -> list[float]:
    out = []
    for _ in range(repeats):
        start = clock()
        fn()
        out.append(clock() - start)
    return out


def interleaved(texts: list[str], pipeline: Pipeline, records, repeats: int) -> dict[str, list[float] | int]:
    """Baseline and warta timed in alternation, in CPU seconds of this process, so that other load on the
    machine moves both alike and the ratio stays meaningful.

    A warta pass consumes ``pipe``'s results one at a time and lets each go, as the batch runner and the store
    do (they keep rows, not the ``Article`` objects). A pass that keeps every result in a list is timed too, for
    comparison with runs before 27 Nov 2026: the garbage collector then walks all those objects again and again
    (0-7% more time a pass, in three runs on 27 Nov 2026)."""
    import spacy

    tokenizer = spacy.blank("id").tokenizer
    n_tokens = sum(len(tokenizer(t)) for t in texts)

    def streamed() -> None:
        for _ in pipeline.pipe(records):
            pass

    def baseline() -> None:
        for text in texts:
            tokenizer(text)

    def kept() -> None:
        [pipeline.process(r) for r in records]  # noqa: B018 - the list is the point

    # each warta pass after a baseline pass of its own
    times: dict[str, list[float]] = {"base_streamed": [], "streamed": [], "base_kept": [], "kept": []}
    for _ in range(repeats):
        for name, run in (("base_streamed", baseline), ("streamed", streamed), ("base_kept", baseline), ("kept", kept)):
            re.purge()  # the corpus repeats; a stream of new articles would not find its patterns compiled
            times[name] += _timed(run, 1, time.process_time)
    return {"tokens": n_tokens, **times}


def _children_cpu() -> float:
    """CPU seconds of this process's ended children (the pipe's workers, once it has joined them)."""
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def two_processes(pipeline: Pipeline, records, repeats: int) -> dict:
    """``pipe(n_process=2)`` against one process, timed in alternation: wall-clock seconds of both, and CPU seconds
    of one process, of the caller in the two-process run and of its worker."""
    one_wall, one_cpu, two_wall, parent, workers = [], [], [], [], []
    for _ in range(repeats):
        wall, cpu = time.perf_counter(), time.process_time()
        list(pipeline.pipe(records))
        one_wall.append(time.perf_counter() - wall)
        one_cpu.append(time.process_time() - cpu)
        wall, cpu, children = time.perf_counter(), time.process_time(), _children_cpu()
        list(pipeline.pipe(records, n_process=2))
        two_wall.append(time.perf_counter() - wall)
        parent.append(time.process_time() - cpu)
        workers.append(_children_cpu() - children)
    median = statistics.median
    return {"two_processes_articles_per_s": _stats([len(records) / s for s in two_wall]),
            "two_process_speedup": median(one_wall) / median(two_wall),
            "two_process_cpu_speedup": 2 * median(one_cpu) / (median(parent) + median(workers)),
            "two_process_cpu_s": {"one_process": _stats(one_cpu), "caller": _stats(parent), "worker": _stats(workers)}}


def profile(pipeline: Pipeline, records) -> tuple[dict[str, float], float]:
    """CPU seconds per component over one pass, and of the baseline tokenizer over the same texts in the same
    pass (article by article, so that load on the machine moves both alike)."""
    import spacy

    tokenizer = spacy.blank("id").tokenizer
    for record in records:
        tokenizer(record.text)  # its cache warmed, as in interleaved() and as the pipeline's own caches are
    re.purge()
    spent = {c.name: 0.0 for c in pipeline.components}
    tokenize = 0.0
    for record in records:
        start = time.process_time()
        tokenizer(record.text)
        tokenize += time.process_time() - start
        doc = pipeline.make_doc(record)
        for c in pipeline.components:
            start = time.process_time()
            c(doc)
            spent[c.name] += time.process_time() - start
    return spent, tokenize


def peak_rss_mb(size: int) -> float:
    """Peak RSS of a process that loads the full pipeline and analyses ``size`` articles read from a JSONL file
    (so the benchmark's corpus generator is not counted). Read from the child's own memory (VmHWM in
    /proc/self/status): Linux carries ``ru_maxrss`` over exec, so there it would report this benchmark process's
    size when it forked the child (about 300 MB, where the analyser's own peak is under half of that).
    ``ru_maxrss`` only where /proc is missing."""
    import tempfile

    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for r in corpus.generate(size):
            f.write(json.dumps({"id": r.id, "text": r.text, "published": r.published}) + "\n")
    code = ("import json, os, resource, sys; from warta import Pipeline, Record; p = Pipeline(); "
            f"[p.process(Record(**json.loads(line))) for line in open({f.name!r}, encoding='utf-8')]; "
            "status = '/proc/self/status'; "
            "print(next(int(l.split()[1]) for l in open(status) if l.startswith('VmHWM:')) / 1024 "
            "if os.path.exists(status) else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    Path(f.name).unlink()
    return float(out.stdout.strip().splitlines()[-1])


def cold_start(repeats: int) -> dict:
    example = HERE.parent / "src" / "warta" / "examples" / "banjir-semarang.txt"
    warta = Path(sys.executable).with_name("warta")
    cmd = [str(warta), "analyze", str(example), "--published", "2025-03-04"]
    return _stats(_timed(lambda: subprocess.run(cmd, capture_output=True, check=True), repeats))


def ingest_rate(records, postgres: str | None = None) -> dict:
    """Articles/s of ``warta.corpus.ingest`` (analysis in two processes) into a new SQLite file, or into the
    emptied PostgreSQL database ``postgres``."""
    import tempfile

    from warta.corpus import ingest

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "in.jsonl"
        with path.open("w", encoding="utf-8") as f:
            for r in records:
                f.write(json.dumps({"id": r.id, "text": r.text, "published": r.published}) + "\n")
        seconds = []
        for _ in range(2):
            db = empty_postgres(postgres) if postgres else str(Path(folder) / f"{time.time_ns()}.db")
            seconds += _timed(lambda: ingest([str(path)], db=db, n_process=2), 1)
    return _stats([len(records) / s for s in seconds])


def search_latency(sizes: list[int], postgres: str | None) -> list[dict]:
    """p50/p95 search latency as the corpus grows through ``sizes`` (one database topped up per backend)."""
    import tempfile

    out = []
    with tempfile.TemporaryDirectory() as folder:
        backends = [str(Path(folder) / "search.db")] + ([empty_postgres(postgres)] if postgres else [])
        for db in backends:
            out += [search.latency(db, n) for n in sorted(sizes)]
    return out


def scaling(pipeline: Pipeline) -> list[tuple[int, float]]:
    """Milliseconds per article against article length (characters)."""
    rng = random.Random(7)
    points = []
    for paragraphs in (2, 5, 10, 20, 40, 80):
        texts = [corpus.article(rng, paragraphs) for _ in range(10)]
        chars = sum(map(len, texts)) / len(texts)
        seconds = min(_timed(lambda: [pipeline.analyze(t, published="2024-10-29") for t in texts], 2)) / len(texts)
        points.append((int(chars), seconds * 1000))
    return points


def plot(points: list[tuple[int, float]], latency: list[dict], path: Path) -> None:
    """The two growth curves: analysis time against article length, search latency against corpus size."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt

        fig, (ax, bx) = plt.subplots(1, 2, figsize=(11, 4))
        ax.plot([c for c, _ in points], [ms for _, ms in points], marker="o")
        ax.set_xlabel("article length (characters)")
        ax.set_ylabel("analysis time per article (ms)")
        ax.set_title("analyze: time vs article length (1 core)")
        for dialect in sorted({r["dialect"] for r in latency}):
            rows = [r for r in latency if r["dialect"] == dialect]
            for key, style in (("p50_ms", "o-"), ("p95_ms", "s--")):
                bx.plot([r["articles"] for r in rows], [r[key] for r in rows], style, label=f"{dialect} {key[:3]}")
        bx.set_xscale("log")
        bx.set_xlabel("stored articles")
        bx.set_ylabel("search latency (ms)")
        bx.set_title("search: latency vs corpus size")
        if latency:
            bx.legend()
        for a in (ax, bx):
            a.grid(True, alpha=0.3)
        fig.tight_layout()
        fig.savefig(path, dpi=110)
    except ImportError:
        pass


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", type=int, default=300, help="articles in the throughput corpus")
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--search", default="10000,100000",
                        help="comma-separated corpus sizes for search latency ('' to skip)")
    parser.add_argument("--postgres", default=os.environ.get("WARTA_BENCH_POSTGRES"),
                        help="PostgreSQL URL of a scratch database (its schema is dropped) for ingest and search")
    args = parser.parse_args()
    sizes = [int(n) for n in args.search.split(",") if n.strip()]

    records = corpus.generate(args.size)
    texts = [r.text for r in records]
    if not corpus.pos_corpus_sentences():
        print("note: nlp-id is not installed; the corpus uses dev articles and templates only", file=sys.stderr)
    pipeline = Pipeline()
    pipeline.process(records[0])  # load data before timing

    timed = interleaved(texts, pipeline, records, args.repeats)
    n_tokens, one = timed["tokens"], timed["streamed"]
    base = _stats([n_tokens / s for s in timed["base_streamed"] + timed["base_kept"]])
    warta_tps = _stats([n_tokens / s for s in one])
    spent, tokenize_s = profile(pipeline, records)
    results = {
        "compiled": compiled(),
        "corpus": {"articles": len(records), "tokens": n_tokens, "chars": sum(map(len, texts)),
                   "pos_corpus_sentences": len(corpus.pos_corpus_sentences())},
        "baseline_spacy_tokenizer_tokens_per_s": base,
        "warta_tokens_per_s": warta_tps,
        "warta_articles_per_s": _stats([len(records) / s for s in one]),
        # each warta pass against the baseline pass just before it: a pair shares the machine's state of the moment
        "ratio_to_baseline": statistics.median(b / o for b, o in zip(timed["base_streamed"], one)),
        "ratio_results_kept": statistics.median(b / o for b, o in zip(timed["base_kept"], timed["kept"])),
        **two_processes(pipeline, records, args.repeats),
        "profile_seconds": spent,
        "profile_tokenizer_s": tokenize_s,
        "peak_rss_mb": peak_rss_mb(min(args.size, 200)),
        "ingest_sqlite_articles_per_s": ingest_rate(records),
        **({"ingest_postgresql_articles_per_s": ingest_rate(records, args.postgres)} if args.postgres else {}),
        "cold_start_s": cold_start(args.repeats),
        "search_latency": search_latency(sizes, args.postgres),
        "scaling_chars_vs_ms": scaling(pipeline),
        "python": sys.version.split()[0],
    }
    plot(results["scaling_chars_vs_ms"], results["search_latency"], HERE / "scaling.png")
    (HERE / "results.json").write_text(json.dumps(results, indent=2), encoding="utf-8")
    (HERE / "results.md").write_text(render(results), encoding="utf-8")
    print(render(results))


def render(r: dict) -> str:
    total = sum(r["profile_seconds"].values())
    cpu = r["two_process_cpu_s"]
    entities, tokenize = r["profile_seconds"]["entities"], r["profile_tokenizer_s"]
    lines = ["# warta benchmark results", "",
             f"Corpus: {r['corpus']['articles']} articles, {r['corpus']['tokens']:,} tokens "
             f"({r['corpus']['pos_corpus_sentences']:,} nlp-id corpus sentences available). Pipeline modules: "
             + ("compiled by Cython (`pip install .`)." if r.get("compiled") else "plain Python (editable install)."),
             "",
             "| figure | median | min | max |", "|---|---|---|---|"]
    for key in ("baseline_spacy_tokenizer_tokens_per_s", "warta_tokens_per_s", "warta_articles_per_s",
                "two_processes_articles_per_s", "ingest_sqlite_articles_per_s", "ingest_postgresql_articles_per_s",
                "cold_start_s"):
        if key not in r:
            continue
        s = r[key]
        lines.append(f"| {key} | {s['median']:,.2f} | {s['min']:,.2f} | {s['max']:,.2f} |")
    lines += ["", f"- ratio to baseline: **{r['ratio_to_baseline']:.3f}x** (median over the alternated pairs; results "
              f"streamed and let go; **{r['ratio_results_kept']:.3f}x** when a pass keeps all its results in a list)",
              (f"- two processes: **{r['two_process_speedup']:.2f}x** one process in wall-clock time, "
               f"**{r['two_process_cpu_speedup']:.2f}x** in CPU time (two free cores at best: one-process CPU "
               f"{cpu['one_process']['median']:.2f} s; caller {cpu['caller']['median']:.2f} s + worker "
               f"{cpu['worker']['median']:.2f} s)"),
              f"- peak RSS: **{r['peak_rss_mb']:.0f} MB**",
              # issue 3's bar: recognition + linking add at most ~40% to the cost of tokenisation alone
              f"- entity stage (recognition, coreference, linking): **{entities / tokenize:.2f}x** the baseline "
              f"tokenizer's time over the same texts in the same pass ({entities:.2f} s against {tokenize:.2f} s)",
              "", "| component | seconds | share |", "|---|---|---|"]
    for name, sec in sorted(r["profile_seconds"].items(), key=lambda kv: -kv[1]):
        lines.append(f"| {name} | {sec:.3f} | {sec / total:.1%} |")
    if r["search_latency"]:
        lines += ["", "| search backend | stored articles | p50 ms | p95 ms | max ms |", "|---|---|---|---|---|"]
        lines += [f"| {x['dialect']} | {x['articles']:,} | {x['p50_ms']:.1f} | {x['p95_ms']:.1f} | {x['max_ms']:.1f} |"
                  for x in r["search_latency"]]
    lines += ["", "Scaling (characters -> ms per article): "
              + ", ".join(f"{c}: {ms:.1f}" for c, ms in r["scaling_chars_vs_ms"])]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    main()
