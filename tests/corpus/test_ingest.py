"""Ingesting files, folders and records: counted, idempotent, resumable after a kill."""

from __future__ import annotations

import http.server
import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time

import pytest

from warta import Pipeline, Record, corpus
from warta.corpus import synthetic
from warta.store import Store
from warta.store.schema import metadata

BANJIR = ("SEMARANG - Banjir merendam ratusan rumah di Kecamatan Genuk, Kota Semarang, Selasa (4/3/2025). "
          "Warga mengungsi ke masjid dan balai kelurahan setelah hujan deras sejak Senin malam.")


def counts(db) -> dict[str, int]:
    with Store(db) as store:
        return {t.name: store.count(t) for t in metadata.sorted_tables}


@pytest.fixture
def news(tmp_path):
    """A folder as a user would have it: text, JSONL with one broken line, gold annotations, a stray file."""
    folder = tmp_path / "berita"
    (folder / "nov").mkdir(parents=True)
    (folder / "banjir.txt").write_text(BANJIR, encoding="utf-8")
    (folder / "banjir.gold.json").write_text('{"id": "banjir", "entities": []}', encoding="utf-8")
    (folder / "catatan.md").write_text("bukan berita", encoding="utf-8")
    lines = [json.dumps({"id": f"syn-{i}", "text": r.text, "url": r.url, "published": "2024-11-0" + str(i + 1)})
             for i, r in enumerate(synthetic.records(2))]
    (folder / "nov" / "arsip.jsonl").write_text("\n".join([lines[0], "{rusak", lines[1]]), encoding="utf-8")
    return folder


def test_folder_ingest_counts_and_reasons(news, tmp_path):
    summary = corpus.ingest([news], db=tmp_path / "k.db")
    assert (summary.added, summary.duplicates, summary.near_duplicates) == (3, 0, 0)
    assert [(f.source.rsplit("/", 1)[-1], f.reason[:4]) for f in summary.failed] == [("arsip.jsonl:2", "E004")]
    assert str(summary).startswith("3 added, 0 near-duplicates, 0 duplicates, 1 failed")


def test_second_ingest_adds_nothing(news, tmp_path):
    db = tmp_path / "k.db"
    corpus.ingest([news], db=db)
    before = counts(db)
    again = corpus.ingest([news], db=db)
    assert (again.added, again.duplicates, len(again.failed)) == (0, 3, 1)
    assert counts(db) == before


@pytest.mark.parametrize("source, reason", [
    ("hilang.txt", "E012"),  # missing file
    ("data.csv", "E005"),  # a type warta does not read
])
def test_bad_paths_fail_with_a_reason(tmp_path, source, reason):
    (tmp_path / "data.csv").write_text("a,b\n", encoding="utf-8")
    summary = corpus.ingest([str(tmp_path / source)], db=tmp_path / "k.db")
    assert [f.reason[:4] for f in summary.failed] == [reason]


def test_records_a_reprint_and_a_copy_with_a_new_url(tmp_path):
    db = tmp_path / "k.db"
    first = Record(text=BANJIR, id="a", url="https://contoh.test/a")
    reprint = Record(text="KOMPAS.com - " + BANJIR, id="b", url="https://kompas.test/b")
    same = Record(text=BANJIR, id="c", url="https://cermin.test/c")
    summary = corpus.ingest([first, reprint, same], db=db)
    assert (summary.added, summary.near_duplicates, summary.duplicates) == (1, 1, 1)
    assert counts(db)["article_urls"] == 3  # every address kept


def test_progress_sees_every_input(news, tmp_path):
    seen = []
    corpus.ingest([news], db=tmp_path / "k.db", progress=lambda s: seen.append(s.seen))
    assert seen == [1, 2, 3, 4]


def test_two_processes_store_the_same_as_one(tmp_path):
    records = synthetic.records(20)
    one = corpus.ingest(records, db=tmp_path / "one.db")
    two = corpus.ingest(records, db=tmp_path / "two.db", n_process=2)
    assert (one.added, two.added) == (20, 20)
    assert counts(tmp_path / "one.db") == counts(tmp_path / "two.db")


# Storage behaviour does not depend on what the extractors find: the kill test runs the first stages only, so
# that it takes seconds whatever the full pipeline costs.
FIRST_STAGES = ["normalize", "segment", "metadata"]
KILLED = f"""
import sys
from warta import Pipeline, corpus
from warta.corpus import synthetic
corpus.ingest(synthetic.records(int(sys.argv[2])), db=sys.argv[1], pipeline=Pipeline({FIRST_STAGES!r}))
"""


def stored_articles(db) -> int:
    """Articles committed so far, read without taking part in the ingest's locking (no migration, read-only)."""
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.Error:  # not created yet
        return 0


def test_killed_ingest_resumes_without_loss_or_duplicates(tmp_path):
    db, total = tmp_path / "k.db", 300
    proc = subprocess.Popen([sys.executable, "-c", KILLED, str(db), str(total)])
    deadline = time.monotonic() + 60
    stored = 0
    while time.monotonic() < deadline and proc.poll() is None:
        stored = stored_articles(db)
        if stored >= 20:
            break
        time.sleep(0.02)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert 0 < stored < total, "the ingest finished before it could be killed; raise total"
    summary = corpus.ingest(synthetic.records(total), db=db, pipeline=Pipeline(FIRST_STAGES))
    assert summary.added + summary.duplicates == total
    assert summary.duplicates >= stored
    final = counts(db)
    assert (final["articles"], final["article_urls"], final["article_bands"]) == (total, total, total * 32)


PAGE = f"""<html><head><title>Banjir di Genuk</title>
<meta property="article:published_time" content="2025-03-04T10:00:00+07:00"></head>
<body><article><h1>Banjir di Genuk</h1><p>{BANJIR}</p>
<p>Petugas BPBD Kota Semarang menyiapkan perahu karet untuk mengevakuasi warga lanjut usia dan anak-anak.</p>
</article></body></html>"""


@pytest.fixture
def site():
    """A local news site: one article page at /berita/banjir."""
    body = PAGE.encode("utf-8")

    class Page(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # the http.server API names it
            self.send_response(200 if self.path == "/berita/banjir" else 404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Page)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_url_ingest_keeps_the_address_and_refuses_loopback_by_default(site, tmp_path):
    db, url = tmp_path / "k.db", f"{site}/berita/banjir"
    refused = corpus.ingest([url], db=db)
    assert (refused.added, len(refused.failed)) == (0, 1)
    summary = corpus.ingest([url], db=db, allow_private=True, pipeline=Pipeline(FIRST_STAGES))
    assert (summary.added, summary.failed) == (1, [])
    with Store(db) as store:
        assert [h.url for h in corpus.search("Genuk", db=store, kind="article")] == [url]


class TwinQuotes:
    """A broken component: gives an article with 'dua' in it two quotes with one id."""

    name, requires, assigns = "twins", ("text",), ("quotes",)

    def __call__(self, doc):
        from warta.article import Quote

        text = doc.article.text
        if "dua" in text:
            doc.article.quotes = [Quote(id="q1", kind="direct", content=text[:4], start=0, end=4)] * 2


def test_an_analysis_the_store_refuses_fails_alone(tmp_path):
    pipeline = Pipeline([*FIRST_STAGES, TwinQuotes()])
    records = [Record(text="Berita pertama tentang banjir.", id="satu"),
               Record(text="Berita kedua, dua kali.", id="dua"),
               Record(text="Berita ketiga tentang harga beras.", id="tiga")]
    summary = corpus.ingest(records, db=tmp_path / "k.db", pipeline=pipeline)
    assert (summary.added, [(f.source, f.reason[:10]) for f in summary.failed]) == (2, [("dua", "not stored")])
    assert counts(tmp_path / "k.db")["quotes"] == 0  # nothing of the refused article was kept
