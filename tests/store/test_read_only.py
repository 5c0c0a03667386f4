"""Opening a corpus read-only (``Store(db, read_only=True)``): queries work, nothing is created, migrated or
written, and a corpus whose latest changes sit in a ``-wal`` log is read with them. Read-only media and folders
of another user are tested in tests/reliability/test_crash.py (they need root or a second user)."""

from __future__ import annotations

import hashlib
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from warta.corpus import search, synthetic
from warta.store import Store, StoreError
from warta.store.testing import BACKENDS, fresh_store

# Stores two articles and waits to be killed: their transactions are committed to the -wal log and never
# copied into the database file, as after an ingest killed with SIGKILL.
HOLD = ("import sys, time; from warta.corpus import synthetic; from warta.store import Store; "
        "s = Store(sys.argv[1]); [s.write(synthetic.article(i), version='t') for i in (1, 2)]; "
        "print('stored', flush=True); time.sleep(120)")


def _url(store: Store) -> str:
    return store.engine.url.render_as_string(hide_password=False)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_read_only_store_answers_queries_and_refuses_writes(backend, tmp_path):
    with fresh_store(backend, tmp_path) as writer:
        writer.write(synthetic.article(0), version="t")
        url = _url(writer)
    with Store(url, read_only=True) as store:
        assert store.read_only and store.migrated == []
        assert store.count() == 1
        assert search(synthetic.article(0).entities[0].name, db=store)
        with pytest.raises(StoreError, match="E015: .*opened read-only"):
            store.write(synthetic.article(1), version="t")
        with pytest.raises(StoreError):
            store.analyze()
        # below warta's guard the database itself refuses
        with store.engine.connect() as conn, pytest.raises(Exception, match="(?i)read-only|readonly"):
            conn.execute(text("DELETE FROM articles"))
        assert store.count() == 1


def test_reading_leaves_the_database_file_as_it_was(tmp_path):
    db = tmp_path / "c.db"
    with Store(db) as writer:
        writer.write(synthetic.article(0), version="t")
    before = _digest(db)
    with Store(db, read_only=True) as store:
        search("warga", db=store)
        store.count()
    assert _digest(db) == before


def test_a_read_only_store_sees_what_a_writer_adds_after_it_opened(tmp_path):
    db = tmp_path / "c.db"
    with Store(db) as writer:
        writer.write(synthetic.article(0), version="t")
        with Store(db, read_only=True) as reader:
            assert reader.count() == 1
            writer.write(synthetic.article(1), version="t")
            assert reader.count() == 2


@pytest.mark.parametrize("make, reason", [
    (lambda p: None, "no corpus at"),  # a mistyped --db is not created as a new empty corpus
    (lambda p: p.write_bytes(b""), r"c\.db holds no warta corpus"),
    (lambda p: sqlite3.connect(p).execute("CREATE TABLE lain (x)").connection.close(), r"c\.db holds no warta corpus"),
    (lambda p: p.write_text("judul,isi\n"), r"c\.db is not a warta corpus \(file is not a database\)"),
])
def test_a_database_that_is_not_a_corpus_is_refused_and_left_alone(tmp_path, make, reason):
    db = tmp_path / "sub" / "c.db"
    db.parent.mkdir()
    make(db)
    files = sorted(tmp_path.rglob("*"))
    with pytest.raises(StoreError, match=f"E015: .*{reason}"):
        Store(db, read_only=True)
    assert sorted(tmp_path.rglob("*")) == files  # nothing created beside it


@pytest.mark.parametrize("read_only", [False, True])
def test_a_file_that_is_not_a_database_is_refused_by_name(tmp_path, read_only):
    db = tmp_path / "catatan.csv"
    db.write_text("judul,isi\n")
    with pytest.raises(StoreError, match=r"E015: .*catatan\.csv is not a warta corpus"):
        Store(db, read_only=read_only)
    assert db.read_text() == "judul,isi\n"


def test_a_missing_folder_is_not_created(tmp_path):
    with pytest.raises(StoreError, match="no corpus at"):
        Store(tmp_path / "tidak" / "ada.db", read_only=True)
    assert not (tmp_path / "tidak").exists()


def test_a_corpus_of_an_older_schema_is_refused_read_only_with_how_to_migrate(tmp_path, monkeypatch):
    from warta.store import migrations

    db = tmp_path / "c.db"
    Store(db).close()
    monkeypatch.setattr(migrations, "LATEST", migrations.LATEST + 1)  # this warta now needs a newer schema
    with pytest.raises(StoreError, match="schema version 1 and this warta needs 2; run 'warta ingest'"):
        Store(db, read_only=True)


def test_committed_changes_left_in_the_wal_by_a_killed_writer_are_read(tmp_path):
    db = tmp_path / "c.db"
    with Store(db) as first:
        first.write(synthetic.article(0), version="t")  # closed: checkpointed into the file
    job = subprocess.Popen([sys.executable, "-c", HOLD, str(db)], stdout=subprocess.PIPE, text=True)
    try:
        assert job.stdout.readline().strip() == "stored"
    finally:
        os.kill(job.pid, signal.SIGKILL)
        job.wait()
    assert Path(f"{db}-wal").stat().st_size > 0
    without_wal = sqlite3.connect(f"file:{db}?immutable=1", uri=True)  # the file alone lacks the two articles
    assert without_wal.execute("SELECT count(*) FROM articles").fetchone() == (1,)
    without_wal.close()
    with Store(db, read_only=True) as store:
        assert store.count() == 3


def test_the_sqlite_reader_keeps_the_writers_journal_mode(tmp_path):
    db = tmp_path / "c.db"
    Store(db).close()
    with Store(db, read_only=True) as store, store.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_a_reader_in_a_transaction_does_not_stop_a_writer(tmp_path):
    db = tmp_path / "c.db"
    Store(db).close()
    with Store(db, read_only=True) as reader, reader.engine.connect() as conn, conn.begin():
        assert conn.execute(text("SELECT count(*) FROM articles")).scalar() == 0
        with Store(db) as writer:  # a lock held by the reader would end this in 'database is locked'
            writer.write(synthetic.article(0), version="t")
            assert writer.count() == 1
