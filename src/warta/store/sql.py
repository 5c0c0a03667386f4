"""The few statements whose SQL differs between SQLite and PostgreSQL."""

from __future__ import annotations

from functools import cache

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


@cache
def _insert_sql(dialect, table: str, columns: tuple[str, ...]) -> str:
    quote = dialect.identifier_preparer.quote
    marker = "?" if dialect.paramstyle == "qmark" else "%s"
    return (f"INSERT INTO {quote(table)} ({', '.join(quote(c) for c in columns)}) "
            f"VALUES ({', '.join([marker] * len(columns))})")


def insert_many(conn: Connection, table: Table, rows: list[dict]) -> None:
    """Insert many rows of the same keys straight through the driver's executemany.

    The per-article tables take hundreds of rows per article; building them through Core's parameter processing
    cost more than the database did. Values must already be plain Python values the driver accepts.
    """
    if not rows:
        return
    columns = tuple(rows[0])
    conn.exec_driver_sql(_insert_sql(conn.dialect, table.name, columns), [tuple(r[c] for c in columns) for r in rows])
