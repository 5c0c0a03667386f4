"""Opening a corpus database: where it lives, and the connection settings each database needs.

``db`` is a path (SQLite), a ``sqlite:///`` URL, or a PostgreSQL URL (``postgresql://`` is read as
``postgresql+psycopg://``, the driver warta uses). Without one, the corpus is ``warta.db`` in the user's data
directory (``platformdirs``), created on first use.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url

DB_FILE = "warta.db"


def default_path() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("warta", appauthor=False)) / DB_FILE


def database_url(db: str | Path | None = None) -> str:
    """The SQLAlchemy URL for ``db`` (see the module docstring)."""
    if db is None:
        db = default_path()
    text = str(db)
    if text.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + text.split("://", 1)[1]
    if "://" in text:
        return text
    path = Path(text).expanduser()
    path.parent.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{path}"


def _sqlite_connect(dbapi_connection, _record) -> None:
    # Python's sqlite3 opens transactions itself, late and never for DDL; let SQLAlchemy emit BEGIN instead
    # (see _sqlite_begin), so a migration is one transaction and writers can take the lock up front.
    dbapi_connection.isolation_level = None
    # WAL lets readers (search, the web UI) work while an ingest writes; NORMAL sync is safe under WAL (a crash
    # can lose the last transactions, never corrupt). Foreign keys are off by default in SQLite.
    cursor = dbapi_connection.cursor()
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
    with engine.connect().execution_options(warta_write=True) as conn, conn.begin():
        yield conn


def make_engine(db: str | Path | None = None) -> Engine:
    url = database_url(db)
    if make_url(url).get_backend_name() == "sqlite":
        engine = create_engine(url)
        event.listen(engine, "connect", _sqlite_connect)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    return create_engine(url, pool_pre_ping=True)
