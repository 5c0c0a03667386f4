"""Opening a corpus: what --db values mean, and the SQLite settings a concurrent ingest relies on."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from warta.store import Store, database_url, default_path


@pytest.mark.parametrize("db, expected", [
    ("postgresql://warta@localhost/berita", "postgresql+psycopg://warta@localhost/berita"),
    ("postgres://warta@db.internal:5433/berita", "postgresql+psycopg://warta@db.internal:5433/berita"),
    ("postgresql+psycopg://warta@localhost/berita", "postgresql+psycopg://warta@localhost/berita"),
    ("sqlite:////srv/warta/korpus.db", "sqlite:////srv/warta/korpus.db"),
])
def test_database_url_for_urls(db, expected):
    assert database_url(db) == expected


def test_database_url_for_a_path_creates_its_folder(tmp_path):
    path = tmp_path / "data" / "korpus.db"
    assert database_url(path) == f"sqlite:///{path}"
    assert path.parent.is_dir()


def test_default_database_is_in_the_user_data_dir(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert default_path() == tmp_path / "warta" / "warta.db"


def test_sqlite_store_uses_wal_and_foreign_keys(tmp_path):
    with Store(tmp_path / "korpus.db") as store, store.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
