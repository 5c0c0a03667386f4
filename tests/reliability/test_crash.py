"""Crash safety: kill -9 during a batch, readers during an ingest, a full disk and a read-only database."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DEV = ROOT / "eval" / "dev"
WARTA = [str(Path(sys.executable).with_name("warta"))]  # the installed command, as users run it
# A batch that flushes row groups every 50 rows, so a kill lands while Parquet files are being written.
BATCH = ("import sys, warta.batch.local as l; l.FLUSH = 50; from warta.batch import run; "
         "print(run(sys.argv[1], sys.argv[2], partitions=2))")


def _dev_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(DEV.glob("*.txt"))]


def _jsonl(path: Path, n: int) -> Path:
    texts = _dev_texts()
    with path.open("w", encoding="utf-8") as f:
        for i in range(n):  # distinct records: the id and a closing line differ
            f.write(json.dumps({"id": f"r{i:04d}", "text": f"{texts[i % len(texts)]}\n\nCatatan redaksi {i}."}) + "\n")
    return path


def _articles(out: Path) -> list[str]:
    import pyarrow.parquet as pq

    return pq.read_table(out / "articles").column("article_id").to_pylist()


@pytest.mark.parametrize("kill_after", [0.5, 2.0, 4.0])
def test_a_batch_killed_with_sigkill_then_run_again_writes_every_article_once(tmp_path, kill_after):
    import pyarrow.parquet as pq

    source, out = _jsonl(tmp_path / "in.jsonl", 300), tmp_path / "out"
    job = subprocess.Popen([sys.executable, "-c", BATCH, str(source), str(out)], stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL, start_new_session=True)
    time.sleep(kill_after)
    os.killpg(job.pid, signal.SIGKILL)  # the workers too, as the OOM killer or a lost node would
    job.wait()
    for part in out.rglob("*.parquet"):  # whatever a killed run left, a reader never meets a torn file
        pq.read_metadata(part)
    again = subprocess.run([sys.executable, "-c", BATCH, str(source), str(out)], capture_output=True, text=True)
    assert again.returncode == 0, again.stderr
    ids = _articles(out)
    assert sorted(ids) == [f"r{i:04d}" for i in range(300)]


def test_readers_query_the_corpus_while_an_ingest_writes_it(tmp_path):
    from warta.corpus import search

    db = tmp_path / "c.db"
    job = subprocess.Popen([*WARTA, "ingest", str(DEV), "--db", str(db), "-q"], stderr=subprocess.PIPE, text=True)
    reads = 0
    while job.poll() is None:
        if db.exists():
            try:
                search("Jakarta", db=str(db))
                reads += 1
            except Exception as err:  # noqa: BLE001 - any error here is the failure we look for
                if "no such table" not in str(err):  # the schema is being created: not yet a corpus
                    raise
        time.sleep(0.05)
    assert job.returncode == 0, job.stderr.read()
    assert reads > 5
    assert len(search("Jakarta", db=str(db), limit=1000)) > 0


def _mount_tmpfs(path: Path, size: str) -> bool:
    path.mkdir(parents=True, exist_ok=True)
    return os.geteuid() == 0 and subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)],
                                                capture_output=True).returncode == 0


@pytest.fixture
def small_disk(tmp_path):
    """A 600 kB tmpfs: full after a few articles (needs root to mount; skipped otherwise)."""
    disk = tmp_path / "disk"
    if not _mount_tmpfs(disk, "600k"):
        pytest.skip("mounting a tmpfs needs root")
    yield disk
    subprocess.run(["umount", "-l", str(disk)], check=True)


def _one_line_e015(result: subprocess.CompletedProcess) -> None:
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().splitlines()[-1].startswith("warta: E015: cannot use the database or output (")


def test_a_full_disk_ends_an_ingest_with_one_line_and_keeps_what_was_written(small_disk):
    import sqlite3

    db = small_disk / "c.db"
    result = subprocess.run([*WARTA, "ingest", str(DEV), "--db", str(db), "-q"], capture_output=True, text=True)
    _one_line_e015(result)
    assert "disk is full" in result.stderr
    conn = sqlite3.connect(db)  # each article is its own transaction: the ones before the failure stay whole
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert 0 < conn.execute("SELECT count(*) FROM articles").fetchone()[0] < len(_dev_texts())
    finally:
        conn.close()


# Every read command, with what it must find in a corpus of the dev set; export writes outside the database's folder.
READS = {
    "search": (["search", "inflasi"], "ekon-02"),
    "quotes": (["quotes", "--speaker", "Perry Warjiyo"], "Perry Warjiyo"),
    "entity": (["entity", "Perry Warjiyo"], "Gubernur BI"),
    "claims": (["claims", "--unit", "persen"], "persen"),
    "timeline": (["timeline", "--json"], '"type"'),
    "network": (["network", "--json"], '"edges"'),
    "export": (["export", "--table", "quotes", "--out", "{out}/quotes.jsonl"], "quotes="),
}
WRITES = {"ingest": ["ingest", str(DEV / "ekon-01.txt"), "-q"], "reanalyze": ["reanalyze", "--all"]}
# Ingests its arguments into the corpus and waits to be killed: the last transactions stay in the -wal log.
HOLD = ("import sys, time; from warta.corpus import ingest; from warta.store import Store; "
        "s = Store(sys.argv[1]); ingest(sys.argv[2:], db=s); print('stored', flush=True); time.sleep(120)")
HALF = sorted(DEV.glob("*.txt"))[::2]  # stored before the kill
# stored by the killed process, so only in the -wal log: few enough to stay under SQLite's automatic checkpoint
# (1,000 pages), which would copy them into the file
LATER = sorted(DEV.glob("*.txt"))[1::2][:4]


def _read_works(command: str, db: Path, out: Path) -> None:
    """The query ``command`` of READS over ``db`` ends well with what it is expected to print."""
    args, expected = READS[command]
    result = subprocess.run([*WARTA, *(a.format(out=out) for a in args), "--db", str(db)], capture_output=True,
                            text=True)
    assert result.returncode == 0, result.stderr
    assert expected in result.stdout + result.stderr


def _killed_while_holding(db: Path, sources: list[Path]) -> None:
    job = subprocess.Popen([sys.executable, "-c", HOLD, str(db), *map(str, sources)], stdout=subprocess.PIPE,
                           text=True)
    try:
        assert job.stdout.readline().strip() == "stored"
    finally:
        os.kill(job.pid, signal.SIGKILL)
        job.wait()


def _count(db: Path, *, immutable: bool = False) -> int:
    import sqlite3

    conn = sqlite3.connect(f"file:{db}?{'immutable=1' if immutable else 'mode=ro'}", uri=True)
    try:
        return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    finally:
        conn.close()


@pytest.fixture(scope="module")
def dev_corpus(tmp_path_factory) -> Path:
    """The dev set ingested once (closed cleanly: one file, no -wal)."""
    db = tmp_path_factory.mktemp("korpus") / "c.db"
    subprocess.run([*WARTA, "ingest", str(DEV), "--db", str(db), "-q"], check=True)
    return db


@pytest.fixture
def read_only_disk(tmp_path, dev_corpus):
    """A tmpfs holding the dev set's corpus, remounted read-only by ``seal()`` (needs root; skipped otherwise). Sized
    for the corpus of the dev set and a second one of half of it with its -wal log: the dev set grows (16 MB was
    full at 145 articles, and SQLite then wrote a malformed file)."""
    disk = tmp_path / "ro"
    if not _mount_tmpfs(disk, "64m"):
        pytest.skip("mounting a tmpfs needs root")
    shutil.copy(dev_corpus, disk / "c.db")
    yield disk, lambda: subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
    subprocess.run(["umount", "-l", str(disk)], check=True)


@pytest.mark.parametrize("command", sorted(READS))
def test_read_commands_work_on_a_read_only_file_system(read_only_disk, tmp_path, command):
    disk, seal = read_only_disk
    seal()
    _read_works(command, disk / "c.db", tmp_path)


@pytest.mark.parametrize("command", sorted(WRITES))
def test_writes_to_a_read_only_file_system_give_one_line(read_only_disk, command):
    disk, seal = read_only_disk
    seal()
    _one_line_e015(subprocess.run([*WARTA, *WRITES[command], "--db", str(disk / "c.db")], capture_output=True,
                                  text=True))


def test_a_killed_ingest_on_media_made_read_only_is_read_with_its_wal(read_only_disk, tmp_path):
    disk, seal = read_only_disk
    db = disk / "k.db"
    subprocess.run([*WARTA, "ingest", *map(str, HALF), "--db", str(db), "-q"], check=True)
    _killed_while_holding(db, LATER)
    seal()
    everything = len(HALF) + len(LATER)
    assert _count(db, immutable=True) == len(HALF) < everything  # the file alone lacks what the -wal log holds
    result = subprocess.run([*WARTA, "export", "--table", "articles", "--out", str(tmp_path / "a.jsonl"),
                             "--db", str(db)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip() == f"articles={everything}"
    assert len((tmp_path / "a.jsonl").read_text(encoding="utf-8").splitlines()) == everything


def test_a_wal_without_its_index_on_read_only_media_is_refused_not_read_stale(read_only_disk):
    disk, seal = read_only_disk
    db = disk / "k.db"
    subprocess.run([*WARTA, "ingest", *map(str, HALF), "--db", str(db), "-q"], check=True)
    _killed_while_holding(db, LATER)
    Path(f"{db}-shm").unlink()  # copied without its -shm, say
    seal()
    result = subprocess.run([*WARTA, "search", "inflasi", "--db", str(db)], capture_output=True, text=True)
    _one_line_e015(result)
    assert "k.db-wal holds changes not yet in k.db" in result.stderr


def test_the_api_serves_reads_from_a_read_only_file_system_and_refuses_writes(read_only_disk):
    from fastapi.testclient import TestClient

    from warta.api import ApiSettings, create_app

    disk, seal = read_only_disk
    seal()
    app = create_app(ApiSettings(db=disk / "c.db", token="rahasia"))
    with TestClient(app) as client:
        assert client.get("/v1/health").json()["articles"] == len(_dev_texts())
        assert client.get("/v1/search", params={"q": "inflasi"}).json()["items"]
        assert client.get("/v1/entities/Perry Warjiyo").status_code == 200
        written = client.post("/v1/articles", json={"text": _dev_texts()[0] + " Tambahan."},
                              headers={"Authorization": "Bearer rahasia"})
        assert written.status_code == 503
        assert written.json()["code"] == "E015" and "read-only" in written.json()["message"]


@pytest.fixture
def unwritable(tmp_path, dev_corpus):
    """A folder holding a copy of the dev corpus, and ``protect(what)``, which makes its "file" or its "folder"
    unwritable: by chmod for a user, and for root, whom permissions do not bind, by the immutable attribute
    (chattr +i), which binds root too (skipped where the file system has none). ``unprotect()`` undoes it."""
    folder = tmp_path / "milik"
    folder.mkdir()
    shutil.copy(dev_corpus, folder / "c.db")
    protected: list[Path] = []

    def protect(what: str) -> None:
        target = folder / "c.db" if what == "file" else folder
        if os.geteuid() != 0:
            target.chmod(0o444 if what == "file" else 0o555)
        elif subprocess.run(["chattr", "+i", str(target)], capture_output=True).returncode:
            pytest.skip("root ignores file permissions, and this file system has no immutable attribute")
        protected.append(target)

    def unprotect() -> None:
        while protected:
            target = protected.pop()
            if os.geteuid() == 0:
                subprocess.run(["chattr", "-i", str(target)], check=True)
            else:
                target.chmod(0o755 if target.is_dir() else 0o644)

    yield folder, protect, unprotect
    unprotect()


@pytest.mark.parametrize("what", ["file", "folder"])
@pytest.mark.parametrize("command", sorted(READS))
def test_read_commands_work_on_an_unwritable_file_or_folder_and_write_nothing_beside_it(unwritable, tmp_path, what,
                                                                                        command):
    folder, protect, _ = unwritable
    protect(what)
    _read_works(command, folder / "c.db", tmp_path)
    assert [p.name for p in folder.iterdir()] == ["c.db"]  # no -shm or -wal left for a later writer to trip on


@pytest.mark.parametrize("what", ["file", "folder"])
def test_an_ingest_into_an_unwritable_file_or_folder_gives_one_line_and_works_once_writable(unwritable, what):
    folder, protect, unprotect = unwritable
    new = folder.parent / "baru.txt"  # an article the corpus lacks: storing it needs a write
    new.write_text(_dev_texts()[0] + "\n\nCatatan redaksi: artikel ini diperbarui.", encoding="utf-8")
    ingest = [*WARTA, "ingest", str(new), "--db", str(folder / "c.db"), "-q"]
    protect(what)
    assert subprocess.run([*WARTA, "search", "inflasi", "--db", str(folder / "c.db")]).returncode == 0
    _one_line_e015(subprocess.run(ingest, capture_output=True, text=True))
    unprotect()
    again = subprocess.run(ingest, capture_output=True, text=True)
    assert again.returncode == 0, again.stderr
    assert _count(folder / "c.db") == len(_dev_texts()) + 1


def test_batch_into_a_read_only_folder_gives_one_line(tmp_path):
    disk = tmp_path / "ro"
    if not _mount_tmpfs(disk, "1m"):
        pytest.skip("mounting a tmpfs needs root")
    try:
        subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
        result = subprocess.run([*WARTA, "batch", str(DEV / "ekon-01.txt"), str(disk / "out")],
                                capture_output=True, text=True)
        _one_line_e015(result)
        assert "Read-only file system" in result.stderr
    finally:
        subprocess.run(["umount", "-l", str(disk)], check=True)
