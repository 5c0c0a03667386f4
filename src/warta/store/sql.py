"""The few statements whose SQL differs between SQLite and PostgreSQL."""

from __future__ import annotations

from sqlalchemy import Connection, Table


def insert_ignore(conn: Connection, table: Table, rows: list[dict]) -> None:
    """Insert rows, skipping those that would break a unique constraint (INSERT ... ON CONFLICT DO NOTHING)."""
    if not rows:
        return
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    conn.execute(insert(table).on_conflict_do_nothing(), rows)
