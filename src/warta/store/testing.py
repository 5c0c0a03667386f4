"""Fresh corpus databases for tests (warta's own and users' integration tests), on either backend.

    BACKENDS = ("sqlite", "postgresql")
    store = fresh_store("postgresql", tmp_path)   # skips (pytest) unless WARTA_TEST_POSTGRES names a database

PostgreSQL tests run only when ``WARTA_TEST_POSTGRES`` holds a URL (``postgresql://user:pw@localhost/db``); each
fresh store drops and recreates that database's ``public`` schema, so point it at a database used for nothing
else.
"""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import text

from .database import Store
from .engine import make_engine

BACKENDS = ("sqlite", "postgresql")
ENV = "WARTA_TEST_POSTGRES"


def fresh_store(backend: str, tmp_path: Path) -> Store:
    if backend == "sqlite":
        return Store(tmp_path / "corpus.db")
    url = os.environ.get(ENV)
    if not url:
        import pytest

        pytest.skip(f"set {ENV} to a PostgreSQL URL to run the store tests on PostgreSQL")
    return Store(empty_postgres(url))


def empty_postgres(url: str) -> str:
    """Drop and recreate the ``public`` schema of the PostgreSQL database ``url`` (used for nothing else); returns
    ``url``."""
    engine = make_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    return url
