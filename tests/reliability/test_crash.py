"""Crash safety: kill -9 during a batch, readers during an ingest, a full disk and a read-only database."""

from __future__ import annotations

import json
import os
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


@pytest.mark.parametrize("command", [["ingest", str(DEV / "ekon-01.txt"), "-q"], ["search", "inflasi"]])
def test_a_read_only_database_gives_one_line(tmp_path, command):
    disk = tmp_path / "ro"
    if not _mount_tmpfs(disk, "4m"):
        pytest.skip("mounting a tmpfs needs root")
    try:
        subprocess.run([*WARTA, "ingest", str(DEV / "ekon-02.txt"), "--db", str(disk / "c.db"), "-q"], check=True)
        subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
        _one_line_e015(subprocess.run([*WARTA, *command, "--db", str(disk / "c.db")], capture_output=True, text=True))
    finally:
        subprocess.run(["umount", "-l", str(disk)], check=True)


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
