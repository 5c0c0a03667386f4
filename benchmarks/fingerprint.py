"""One SHA-1 over warta's whole output on a fixed set of articles, to show that a speed change changed nothing.

Run from the repository root, before and after the change; the two lines printed must be equal:

    .venv/bin/python benchmarks/fingerprint.py [GOLD_DIR ...] [--keep DIR]

It analyses every article of the given gold folders (default: eval/dev and eval/heldout), then the first 300
articles of the benchmark corpus, and hashes their JSON in that order. --keep writes each article's JSON to DIR,
so that two runs that differ can be compared file by file (`diff -r`).
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus  # noqa: E402

from warta.eval.gold import load_gold_dir  # noqa: E402
from warta.pipeline import Pipeline  # noqa: E402


def articles(folders: list[Path], generated: int) -> list[tuple[str, str, str | None]]:
    """(id, text, publication date) of every gold article in `folders`, then of `generated` benchmark articles."""
    items = [(g.id, g.text, g.published) for folder in folders for g in load_gold_dir(folder)]
    return items + [(r.id, r.text, r.published) for r in corpus.generate(generated)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", type=Path, default=[Path("eval/dev"), Path("eval/heldout")])
    parser.add_argument("--generated", type=int, default=300, help="benchmark articles after the gold ones")
    parser.add_argument("--keep", type=Path, help="write each article's JSON here")
    args = parser.parse_args()
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
    pipeline, digest = Pipeline(), hashlib.sha1()
    items = articles(args.folders, args.generated)
    for id_, text, published in items:
        output = pipeline.analyze(text, published=published, id=id_).to_json()
        digest.update(output.encode())
        if args.keep:
            (args.keep / f"{id_}.json").write_text(output)
    print(len(items), digest.hexdigest())


if __name__ == "__main__":
    main()
