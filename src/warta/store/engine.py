"""Opening a corpus database: where it lives, and the connection settings each database needs.

``db`` is a path (SQLite), a ``sqlite:///`` URL, or a PostgreSQL URL (``postgresql://`` is read as
``postgresql+psycopg://``, the driver warta uses). Without one, the corpus is ``warta.db`` in the user's data
directory (``platformdirs``), created on first use.

``read_only=True`` opens an existing corpus for reading only (the query commands, an API on read-only media):
nothing is created, migrated or written. SQLite is then opened with ``mode=ro``, which still makes a ``-shm``
index (and an empty ``-wal``) beside a WAL database. Where the file or its folder cannot be written (a read-only
file system, a protected file, a folder of another user) and no other connection has the file open (no
``-shm``), it is opened ``immutable=1`` instead, reading the file as it is and writing nothing beside it: files
made there could not be made at all, or would be as unwritable as the file and fail the next writer. A ``-wal``
log holding changes not yet copied into the file is read through its ``-shm`` index; without one, in a folder
where none can be made, the corpus is refused rather than shown without those changes.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from ..errors import StoreError

DB_FILE = "warta.db"


def default_path() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("warta", appauthor=False)) / DB_FILE


def database_url(db: str | Path | None = None, *, create: bool = True) -> str:
    """The SQLAlchemy URL for ``db`` (see the module docstring); ``create`` makes a SQLite file's folder."""
    if db is None:
        db = default_path()
    text = str(db)
    if text.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + text.split("://", 1)[1]
    if "://" in text:
        return text
    path = Path(text).expanduser()
    if create:
        path.parent.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{path}"


def sqlite_read_only_uri(path: Path) -> str:
    """The SQLite URI that reads ``path`` without writing anything (see the module docstring)."""
    if not path.is_file():
        raise StoreError(f"no corpus at {path}; ingest articles into it first")
    wal, shm = Path(f"{path}-wal"), Path(f"{path}-shm")
    folder_writable = os.access(path.parent, os.W_OK)
    uri = f"file:{quote(str(path))}?mode=ro"
    if (folder_writable and os.access(path, os.W_OK)) or (wal.exists() and shm.exists()):
        return uri  # SQLite can make its -shm index, or uses the one an open (or killed) writer left
    if wal.exists() and wal.stat().st_size:
        if folder_writable:
            return uri
        raise StoreError(f"{wal.name} holds changes not yet in {path.name}, and without {shm.name} they cannot be "
                         f"read in a read-only folder; open the corpus once where it can be written")
    # Nothing beside the file and no way to add anything: read it as it is. The file must not change meanwhile;
    # an engine reading this way does not pool connections (make_engine), so the next query sees a new writer.
    return uri + "&immutable=1"


def _sqlite_read_only_connect(path: Path, _dialect, _record, cargs, cparams) -> None:
    cargs[:] = [sqlite_read_only_uri(path)]
    cparams["uri"] = True


def _sqlite_writable_connect(path: Path, *_args) -> None:
    # SQLite opens a file it cannot write read-only without a word, and the first write then fails after leaving
    # -wal and -shm files as unwritable as the file: every later write fails on them, even once the file is fixed.
    if path.exists() and not os.access(path, os.W_OK):
        raise StoreError(f"{path} is read-only; the query commands can read it")


def _sqlite_connect(dbapi_connection, _record, *, read_only: bool = False) -> None:
    # Python's sqlite3 opens transactions itself, late and never for DDL; let SQLAlchemy emit BEGIN instead
    # (see _sqlite_begin), so a migration is one transaction and writers can take the lock up front.
    dbapi_connection.isolation_level = None
    # WAL lets readers (search, the web UI) work while an ingest writes; NORMAL sync is safe under WAL (a crash
    # can lose the last transactions, never corrupt). Foreign keys are off by default in SQLite. A reader
    # leaves the journal mode as the writer set it.
    cursor = dbapi_connection.cursor()
    if not read_only:
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


def _sqlite_begin(conn: Connection) -> None:
    # IMMEDIATE takes the write lock at BEGIN: two writers then queue on busy_timeout instead of one failing when
    # it upgrades a read to a write. Readers stay DEFERRED so searches never wait for an ingest (WAL).
    conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("warta_write") else "BEGIN")


@contextmanager
def writing(engine: Engine) -> Iterator[Connection]:
    """A connection in a write transaction (committed on success, rolled back on error)."""
    if is_read_only(engine):
        raise StoreError("the corpus was opened read-only, for queries")
    with engine.connect().execution_options(warta_write=True) as conn, conn.begin():
        yield conn


def is_read_only(engine: Engine) -> bool:
    return bool(engine.get_execution_options().get("warta_read_only"))


def make_engine(db: str | Path | None = None, *, read_only: bool = False) -> Engine:
    """An engine for ``db``; ``read_only`` opens an existing corpus for reading only (see the module docstring)."""
    url = make_url(database_url(db, create=not read_only))
    options = {"execution_options": {"warta_read_only": True}} if read_only else {}
    if url.get_backend_name() != "sqlite":
        if read_only:
            options["connect_args"] = {"options": "-c default_transaction_read_only=on"}
        return create_engine(url, pool_pre_ping=True, **options)
    path = Path(url.database) if url.database not in (None, "", ":memory:") and "uri" not in url.query else None
    # A file read immutable is opened afresh for each query, so that a writer who appears is seen; mode=ro pools.
    fresh = read_only and path and sqlite_read_only_uri(path).endswith("immutable=1")
    engine = create_engine(url, **options, **({"poolclass": NullPool} if fresh else {}))
    if path:
        connect = _sqlite_read_only_connect if read_only else _sqlite_writable_connect
        event.listen(engine, "do_connect", partial(connect, path))
    event.listen(engine, "connect", partial(_sqlite_connect, read_only=read_only))
    event.listen(engine, "begin", _sqlite_begin)
    return engine
