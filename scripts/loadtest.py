"""A bounded load test of the API on localhost: latency, error rate and the server's memory over the run.

    .venv/bin/python scripts/loadtest.py                      # 3000 requests, 8 clients, the dev articles
    .venv/bin/python scripts/loadtest.py --requests 5000 --clients 16 --analyze-share 0.1 --json

It ingests the articles of ``--articles`` (default eval/dev) into a temporary SQLite corpus, starts
``warta serve`` on 127.0.0.1 (a separate process, with a random token), waits for /v1/health, sends a warm-up
round and then ``--requests`` requests from ``--clients`` threads of this process: a mix of corpus reads (search,
quotes, claims, timeline, network, entity profiles, stored articles, health) and ``POST /v1/analyze`` with the
articles' texts. It reports p50/p95/max latency per kind of request, the error rate (a 5xx status or a failed
connection; 404s for names the corpus lacks are counted apart) and the server's resident memory (Linux /proc) after the warm-up, halfway and at the end: steady
memory between halfway and the end means no growth per request. Nothing leaves 127.0.0.1.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import secrets
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
HOST = "127.0.0.1"  # fixed: this script never sends a request anywhere else
WORDS = ["Jakarta", "Indonesia", "presiden", "banjir", "harga", "polisi", "menteri", "pemerintah", "warga", "persen"]
NAMES = ["Prabowo", "Jokowi", "Sri Mulyani", "KPK", "Indonesia", "Jakarta", "Rusia", "DPR"]
UNITS = ["persen", "orang", "IDR", "warga"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def rss_mb(pid: int) -> float:
    """Resident memory of a process in MB (Linux)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def requests_mix(n: int, texts: list[str], n_articles: int, analyze_share: float, rng: random.Random) -> list[tuple]:
    """``n`` requests as (kind, method, path, body), drawn with a fixed seed so runs compare."""
    reads = [
        lambda: ("search", "GET", f"/v1/search?q={rng.choice(WORDS)}", None),
        lambda: ("quotes", "GET", f"/v1/quotes?about={rng.choice(NAMES)}&limit=20", None),
        lambda: ("quotes", "GET", "/v1/quotes?limit=50", None),
        lambda: ("claims", "GET", f"/v1/claims?unit={rng.choice(UNITS)}", None),
        lambda: ("timeline", "GET", f"/v1/timeline?about={rng.choice(NAMES)}", None),
        lambda: ("network", "GET", "/v1/network", None),
        lambda: ("entity", "GET", f"/v1/entities/{rng.choice(NAMES)}", None),
        lambda: ("article", "GET", f"/v1/articles/{rng.randint(1, n_articles)}", None),
        lambda: ("health", "GET", "/v1/health", None),
    ]
    out = []
    for _ in range(n):
        if rng.random() < analyze_share:
            out.append(("analyze", "POST", "/v1/analyze", {"text": rng.choice(texts), "published": "2024-10-29"}))
        else:
            out.append(rng.choice(reads)())
    return out


def send(client: httpx.Client, request: tuple) -> tuple[str, float, int]:
    """(kind, seconds, HTTP status or 0 when the request itself failed)."""
    kind, method, path, body = request
    started = time.perf_counter()
    try:
        status = client.request(method, path, json=body).status_code
    except httpx.HTTPError:
        status = 0
    return kind, time.perf_counter() - started, status


def failed(status: int) -> bool:
    # A 404 for a name the corpus does not hold is a right answer; a 5xx or a dropped connection is an error.
    return status == 0 or status >= 500


def run_round(base: str, token: str, batch: list[tuple], clients: int) -> list[tuple[str, float, int]]:
    headers = {"Authorization": f"Bearer {token}"}
    with httpx.Client(base_url=base, headers=headers, timeout=60, trust_env=False) as client, \
            ThreadPoolExecutor(clients) as pool:
        return list(pool.map(lambda r: send(client, r), batch))


def summarise(results: list[tuple[str, float, int]]) -> dict:
    def figures(rows):
        ms = sorted(t * 1000 for _, t, _ in rows)
        return {"n": len(rows), "p50_ms": round(statistics.median(ms), 1),
                "p95_ms": round(ms[min(len(ms) - 1, int(0.95 * len(ms)))], 1), "max_ms": round(ms[-1], 1),
                "errors": sum(failed(s) for *_, s in rows), "not_found": sum(s == 404 for *_, s in rows)}

    kinds = sorted({k for k, _, _ in results})
    return {"all": figures(results), **{k: figures([r for r in results if r[0] == k]) for k in kinds}}


def wait_healthy(base: str, server: subprocess.Popen, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"loadtest: the server exited with {server.returncode}")
        try:
            if httpx.get(f"{base}/v1/health", timeout=2, trust_env=False).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise SystemExit("loadtest: the server did not become healthy in time")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=3000, help="requests in the measured run (at most 20000)")
    parser.add_argument("--clients", type=int, default=8, help="concurrent client threads")
    parser.add_argument("--analyze-share", type=float, default=0.2, help="share of POST /v1/analyze requests")
    parser.add_argument("--articles", type=Path, default=ROOT / "eval" / "dev", help="folder of .txt articles")
    parser.add_argument("--seed", type=int, default=10)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    if not 0 < args.requests <= 20_000:
        parser.error("--requests must be between 1 and 20000: this is a bounded test")
    texts = [p.read_text(encoding="utf-8") for p in sorted(args.articles.glob("*.txt"))]
    if not texts:
        parser.error(f"no .txt articles in {args.articles}")

    from warta.corpus import ingest

    warta = str(Path(sys.executable).with_name("warta"))
    with tempfile.TemporaryDirectory(prefix="warta-load-") as tmp:
        db = Path(tmp) / "corpus.db"
        stored = ingest(sorted(args.articles.glob("*.txt")), db=db, published="2024-10-29")
        n_articles = stored.added + stored.near_duplicates
        port, token = free_port(), secrets.token_hex(16)
        env = {**os.environ, "WARTA_TOKEN": token, "WARTA_DB": str(db)}
        base = f"http://{HOST}:{port}"
        server = subprocess.Popen([warta, "serve", "--host", HOST, "--port", str(port), "--db", str(db)], env=env,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            wait_healthy(base, server)
            rng = random.Random(args.seed)
            run_round(base, token, requests_mix(200, texts, n_articles, args.analyze_share, rng), args.clients)
            rss = {"after_warmup": rss_mb(server.pid)}
            batch = requests_mix(args.requests, texts, n_articles, args.analyze_share, rng)
            half = len(batch) // 2
            started = time.perf_counter()
            results = run_round(base, token, batch[:half], args.clients)
            rss["halfway"] = rss_mb(server.pid)
            results += run_round(base, token, batch[half:], args.clients)
            seconds = time.perf_counter() - started
            rss["end"] = rss_mb(server.pid)
        finally:
            server.terminate()
            server.wait(timeout=30)
    report = {"requests": len(results), "clients": args.clients, "articles_in_corpus": n_articles,
              "seconds": round(seconds, 1), "requests_per_s": round(len(results) / seconds, 1),
              "error_rate": round(sum(failed(s) for *_, s in results) / len(results), 4),
              "statuses": {str(k): v for k, v in sorted(Counter(s for *_, s in results).items())},
              "server_rss_mb": {k: round(v, 1) for k, v in rss.items()}, "latency": summarise(results)}
    if args.json:
        print(json.dumps(report, indent=2))
        return
    print(f"{report['requests']} requests from {args.clients} clients in {report['seconds']} s "
          f"({report['requests_per_s']}/s), error rate {report['error_rate']:.2%}, corpus of {n_articles} articles")
    print("server RSS MB: " + ", ".join(f"{k} {v}" for k, v in report["server_rss_mb"].items()))
    print("statuses: " + ", ".join(f"{k}: {v}" for k, v in report["statuses"].items()))
    print(f"{'kind':<10}{'n':>6}{'p50 ms':>10}{'p95 ms':>10}{'max ms':>10}{'errors':>8}{'404':>6}")
    for kind, f in report["latency"].items():
        print(f"{kind:<10}{f['n']:>6}{f['p50_ms']:>10}{f['p95_ms']:>10}{f['max_ms']:>10}{f['errors']:>8}"
              f"{f['not_found']:>6}")


if __name__ == "__main__":
    main()
