"""Search latency at corpus scale (issue 7 bar: p95 <= 50 ms at 100k stored articles). benchmarks/run.py calls
``latency`` for each --search size; it also runs alone:

    .venv/bin/python benchmarks/search.py /tmp/bench.db 100000       # or a postgresql:// URL

The generator writes N articles of ~300 words and two quotes each straight into ``articles`` and ``quotes``
(search reads nothing else), drawing words from a Zipf distribution over 20,000 made-up words plus common
Indonesian news words, so term frequencies look like news: a few words in most articles, most words rare.
Then it times ``warta.corpus.search`` for queries of rare, mid-frequency and common words.
"""

from __future__ import annotations

import hashlib
import sys
import time

import numpy as np

from warta.corpus import search
from warta.store import Store
from warta.store.schema import articles, quotes
from warta.store.sql import insert_many

COMMON = [
    "pemerintah", "daerah", "warga", "bantuan", "banjir", "harga", "pasar", "jalan", "sekolah", "rumah", "presiden",
    "menteri", "polisi", "kota", "provinsi", "rakyat", "ekonomi", "pajak",
]
SYLLABLES = [
    "ba", "be", "bi", "bo", "bu", "da", "de", "di", "do", "du", "ka", "ke", "ki", "ko", "ku", "la", "le", "li", "lo",
    "lu", "ma", "me", "mi", "mo", "mu", "na", "ne", "ni", "no", "nu", "pa", "pe", "pi", "po", "pu", "ra", "re", "ri",
    "ro", "ru", "sa", "se", "si", "so", "su", "ta", "te", "ti", "to", "tu", "ng", "ny",
]


def vocabulary(rng: np.random.Generator, size: int = 20_000) -> list[str]:
    words = {"".join(rng.choice(SYLLABLES, size=rng.integers(2, 5))) for _ in range(size * 2)}
    return COMMON + sorted(words)[:size]


def generate(store: Store, n: int, first: int = 0, seed: int = 7) -> None:
    vocab = np.array(vocabulary(np.random.default_rng(seed)))
    rng = np.random.default_rng(seed + first)  # topping up draws new texts
    for start in range(first, first + n, 1000):
        batch = min(1000, first + n - start)
        ranks = np.minimum(rng.zipf(1.3, size=(batch, 300)) - 1, len(vocab) - 1)
        texts = [" ".join(vocab[row]) for row in ranks]
        rows = []
        for i, text in enumerate(texts):
            digest = hashlib.sha256(f"{start + i}:{text}".encode()).hexdigest()
            rows.append({"id": start + i + 1, "ref": f"b{start + i}", "content_hash": digest, "raw_hash": digest,
                         "group_id": start + i + 1, "title": " ".join(text.split()[:8]), "text": text,
                         "published": "2024-10-29", "first_seen": "2024-10-29T00:00:00+00:00",
                         "warta_version": "bench", "analyzed_at": "2024-10-29T00:00:00+00:00", "analysis": "{}"})
        quote_rows = [{"article_id": r["id"], "local_id": f"q{k}", "kind": "direct", "speaker_name": "Juru Bicara",
                       "content": " ".join(r["text"].split()[k * 20:k * 20 + 15]), "start": 0, "end": 1,
                       "continuation": False} for r in rows for k in (1, 2)]
        with store.engine.begin() as conn:
            insert_many(conn, articles, rows)
            insert_many(conn, quotes, quote_rows)


def latency(db: str, n: int) -> dict:
    """Grow the corpus at ``db`` to ``n`` generated articles (an existing smaller one is topped up) and time 180
    searches: common, mid-frequency and rare words, and two-word queries."""
    rng = np.random.default_rng(1)
    vocab = vocabulary(np.random.default_rng(7))
    queries = ([vocab[i] for i in rng.integers(18, 60, 60)]  # common and mid words
               + [vocab[i] for i in rng.integers(200, 20_000, 60)]  # rare words
               + [f"{vocab[a]} {vocab[b]}" for a, b in rng.integers(18, 2000, (60, 2))])  # two words
    with Store(db) as store:  # closed after: run.py times several sizes and backends in one process
        have = store.count()
        if have < n:
            generate(store, n - have, first=have)
        search(queries[0], db=store)  # warm the cache, as a running service would be
        timings = []
        for q in queries:
            started = time.perf_counter()
            search(q, db=store, limit=20)
            timings.append((time.perf_counter() - started) * 1000)
        p50, p95 = np.percentile(timings, [50, 95])
        return {"dialect": store.dialect, "articles": store.count(), "queries": len(queries),
                "p50_ms": float(p50), "p95_ms": float(p95), "max_ms": max(timings)}


if __name__ == "__main__":
    r = latency(sys.argv[1], int(sys.argv[2]))
    print(f"{r['dialect']}, {r['articles']} articles, {r['queries']} queries: p50 {r['p50_ms']:.1f} ms, "
          f"p95 {r['p95_ms']:.1f} ms, max {r['max_ms']:.1f} ms")
