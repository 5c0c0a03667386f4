"""Schema versions: a new database is current, an old one is migrated once, search objects exist."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect, select, text

from warta.store import migrations
from warta.store.migrations import LATEST, Migration, current_version, migrate
from warta.store.schema import schema_version
from warta.store.testing import BACKENDS, fresh_store


@pytest.fixture(params=BACKENDS)
def store(request, tmp_path):
    store = fresh_store(request.param, tmp_path)
    yield store
    store.close()


def test_new_database_is_stamped_with_every_version(store):
    with store.engine.connect() as conn:
        assert current_version(conn) == LATEST
        versions = conn.execute(select(schema_version.c.version)).scalars().all()
    assert versions == [m.version for m in migrations.MIGRATIONS]


def test_reopening_a_current_database_applies_nothing(store):
    assert migrate(store.engine) == []


def test_an_older_database_gets_the_new_migration_once(store):
    def add_column(conn):
        conn.execute(text("ALTER TABLE articles ADD COLUMN section TEXT"))

    newer = [*migrations.MIGRATIONS, Migration(LATEST + 1, "articles.section", add_column)]
    assert migrate(store.engine, newer) == [LATEST + 1]
    assert migrate(store.engine, newer) == []
    with store.engine.connect() as conn:
        assert current_version(conn) == LATEST + 1
        assert "section" in {c["name"] for c in inspect(conn).get_columns("articles")}


def test_search_objects_exist(store):
    with store.engine.connect() as conn:
        if store.dialect == "sqlite":
            names = set(conn.execute(text("SELECT name FROM sqlite_master")).scalars())
            assert {"articles_fts", "quotes_fts", "articles_fts_ai", "quotes_fts_ad"} <= names
        else:
            columns = {c["name"] for c in inspect(conn).get_columns("articles")}
            assert "tsv" in columns
            assert conn.execute(text("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'")).scalar() == 1
