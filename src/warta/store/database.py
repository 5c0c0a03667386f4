"""``Store``: an open, migrated corpus database and the transactions the ingester needs."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Self

from sqlalchemy import Engine, func, select, text
from sqlalchemy.exc import DatabaseError, IntegrityError, OperationalError

from ..article import Article
from .engine import StoreError, is_read_only, make_engine, writing
from .migrations import migrate, require_current
from .schema import articles
from .writer import Written, add_url, find_duplicate, now, write_article


class Store:
    """A corpus database (SQLite path or URL, PostgreSQL URL, or the default file), migrated on open.

    ``read_only=True`` opens an existing corpus for queries only, also on read-only media (see ``engine``):
    nothing is created or migrated, and writing raises ``StoreError`` (E015).
    """

    def __init__(self, db: str | Path | Engine | None = None, *, read_only: bool = False) -> None:
        self.engine = db if isinstance(db, Engine) else make_engine(db, read_only=read_only)
        self.read_only = is_read_only(self.engine)
        try:
            if self.read_only:
                require_current(self.engine)
                self.migrated: list[int] = []
            else:
                self.migrated = migrate(self.engine)
        except OperationalError:
            raise  # the machine's state (locked, read-only, disk full): the adapters say so in one line
        except DatabaseError as err:  # "file is not a database": a mistyped --db naming some other file
            raise StoreError(f"{self.engine.url.render_as_string(hide_password=True)} is not a warta corpus "
                             f"({str(err.orig).splitlines()[0]})") from err

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def write(self, article: Article, *, version: str, raw_hash: str | None = None,
              seen_at: str | None = None) -> Written:
        """Store one article in its own transaction (see ``writer.write_article``)."""
        try:
            with writing(self.engine) as conn:
                return write_article(conn, article, version=version, raw_hash=raw_hash, seen_at=seen_at)
        except IntegrityError:
            # Another writer stored the same text between our check and our insert: it is a duplicate now.
            with writing(self.engine) as conn:
                return write_article(conn, article, version=version, raw_hash=raw_hash, seen_at=seen_at)

    def seen(self, raw_hash: str, url: str | None = None, seen_at: str | None = None) -> Written | None:
        """The stored article whose input text had this hash (recording ``url`` on it), else None.

        Lets an ingest skip inputs it already stored before spending time analysing them.
        """
        with self.engine.connect() as conn:  # most inputs are new: look without taking the write lock
            row = find_duplicate(conn, raw_hash=raw_hash)
        if row is None:
            return None
        if url:
            with writing(self.engine) as conn:
                add_url(conn, row.id, url, seen_at or now())
        return Written("duplicate", row.id, row.group_id)

    def analyze(self) -> None:
        """Refresh the query planner's statistics (after an ingest). Without them SQLite plans 'latest quotes'
        as a full sort of every quote (seconds at 100k articles) instead of walking the date index (ms)."""
        with writing(self.engine) as conn:
            conn.execute(text("ANALYZE"))

    def count(self, table=articles) -> int:
        with self.engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(table)).scalar_one()

    @classmethod
    @contextmanager
    def using(cls, db: str | Path | Store | None) -> Iterator[Store]:
        """``db`` as an open store: a given ``Store`` is used (and left open), anything else opened and closed."""
        if isinstance(db, Store):
            yield db
            return
        store = cls(db)
        try:
            yield store
        finally:
            store.close()

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
