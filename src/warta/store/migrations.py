"""Schema versions and migrations, plus the full-text search objects Core cannot describe.

``MIGRATIONS`` is a numbered list; ``schema_version`` records each version applied. A new database is built
from the current ``schema.metadata`` (plus search setup) and stamped with every version, so migrations only
ever run on databases created by an older warta. To change the schema: edit ``schema.py`` and append a
``Migration`` that brings an existing database to the same shape (``ALTER TABLE ...``) on both dialects.

Search: SQLite uses FTS5 external-content tables kept in step by triggers, tokenised with ``unicode61``
(diacritics folded; no stemming, since Indonesian affixes like ``di-``/``-kan`` would need a real stemmer and
Porter is English). PostgreSQL uses generated ``tsvector`` columns with the ``simple`` configuration (its
``indonesian`` stemmer over-strips names) and ``pg_trgm`` indexes for fuzzy name and quote matching.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Connection, Engine, inspect, select, text

from .engine import StoreError, writing
from .schema import metadata, schema_version


@dataclass(frozen=True)
class Migration:
    version: int
    description: str
    apply: Callable[[Connection], None]


_SQLITE_SEARCH = [
    """CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(
        title, text, content='articles', content_rowid='id', tokenize='unicode61 remove_diacritics 2')""",
    # rank = bm25 with a title match worth 5 body matches
    "INSERT INTO articles_fts(articles_fts, rank) VALUES ('rank', 'bm25(5.0, 1.0)')",
    """CREATE TRIGGER IF NOT EXISTS articles_fts_ai AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text); END""",
    """CREATE TRIGGER IF NOT EXISTS articles_fts_ad AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
        END""",
    """CREATE TRIGGER IF NOT EXISTS articles_fts_au AFTER UPDATE OF title, text ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text); END""",
    """CREATE VIRTUAL TABLE IF NOT EXISTS quotes_fts USING fts5(
        content, speaker_name, content='quotes', content_rowid='id', tokenize='unicode61 remove_diacritics 2')""",
    """CREATE TRIGGER IF NOT EXISTS quotes_fts_ai AFTER INSERT ON quotes BEGIN
        INSERT INTO quotes_fts(rowid, content, speaker_name) VALUES (new.id, new.content, new.speaker_name); END""",
    """CREATE TRIGGER IF NOT EXISTS quotes_fts_ad AFTER DELETE ON quotes BEGIN
        INSERT INTO quotes_fts(quotes_fts, rowid, content, speaker_name)
        VALUES ('delete', old.id, old.content, old.speaker_name); END""",
]

_POSTGRES_SEARCH = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    """ALTER TABLE articles ADD COLUMN IF NOT EXISTS tsv tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple', coalesce(title, '')), 'A') || setweight(to_tsvector('simple', text), 'B')
        ) STORED""",
    "CREATE INDEX IF NOT EXISTS ix_articles_tsv ON articles USING GIN (tsv)",
    """ALTER TABLE quotes ADD COLUMN IF NOT EXISTS tsv tsvector GENERATED ALWAYS AS (
        to_tsvector('simple', content)) STORED""",
    "CREATE INDEX IF NOT EXISTS ix_quotes_tsv ON quotes USING GIN (tsv)",
    "CREATE INDEX IF NOT EXISTS ix_quotes_content_trgm ON quotes USING GIN (content gin_trgm_ops)",
    "CREATE INDEX IF NOT EXISTS ix_entity_names_norm_trgm ON entity_names USING GIN (norm gin_trgm_ops)",
]


def _create_search(conn: Connection) -> None:
    statements = _SQLITE_SEARCH if conn.dialect.name == "sqlite" else _POSTGRES_SEARCH
    for statement in statements:
        conn.execute(text(statement))


def _baseline(conn: Connection) -> None:
    """Version 1 is the first released schema: a database at version 0 has none of it."""
    metadata.create_all(conn)
    _create_search(conn)


MIGRATIONS: list[Migration] = [
    Migration(1, "initial schema: articles, entities, mentions, quotes, times, quantities, events; search", _baseline),
]

LATEST = MIGRATIONS[-1].version


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def current_version(conn: Connection) -> int:
    if not inspect(conn).has_table(schema_version.name):
        return 0
    return conn.execute(select(schema_version.c.version).order_by(schema_version.c.version.desc())).scalar() or 0


def require_current(engine: Engine) -> None:
    """Refuse a database a read-only store cannot use as it is: not a corpus yet, or an older schema."""
    with engine.connect() as conn:
        version = current_version(conn)
    where = engine.url.render_as_string(hide_password=True)
    if version == 0:
        raise StoreError(f"{where} holds no warta corpus; ingest articles into it first")
    if version < LATEST:
        raise StoreError(f"the corpus {where} has schema version {version} and this warta needs {LATEST}; run "
                         f"'warta ingest' on it once where it can be written, to migrate it")


def migrate(engine: Engine, migrations: list[Migration] | None = None) -> list[int]:
    """Bring the database to the latest schema; returns the versions applied (empty when already current)."""
    migrations = MIGRATIONS if migrations is None else migrations
    with engine.connect() as conn:  # the common case, a current database, needs no write lock
        if current_version(conn) >= migrations[-1].version:
            return []
    with writing(engine) as conn:
        if conn.dialect.name == "postgresql":  # SQLite's BEGIN IMMEDIATE already serialises migrating processes
            conn.execute(text("SELECT pg_advisory_xact_lock(7007)"))
        version = current_version(conn)
        if version == 0:
            _baseline(conn)
            conn.execute(schema_version.insert(), [
                {"version": m.version, "description": m.description, "applied_at": _now()} for m in migrations])
            return [m.version for m in migrations]
        applied = []
        for m in migrations:
            if m.version > version:
                m.apply(conn)
                conn.execute(schema_version.insert().values(
                    version=m.version, description=m.description, applied_at=_now()))
                applied.append(m.version)
        return applied
