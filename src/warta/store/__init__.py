"""The corpus store: analysed articles in SQLite (default) or PostgreSQL, one schema, versioned, searchable.

    >>> from warta.store import Store
    >>> store = Store("corpus.db")          # or "postgresql://user@host/db", or None for the default file
    >>> store.write(article, version="0.1.0").status
    'added'

Modules: ``schema`` (tables), ``migrations`` (versions and search setup), ``engine`` (opening a database),
``writer`` (one article per transaction), ``entities`` (corpus-level entity merging), ``dedup`` (content hash
and MinHash/LSH). Queries live in ``warta.corpus``.
"""

from .database import Store
from .engine import StoreError, database_url, default_path
from .writer import Written

__all__ = ["Store", "StoreError", "Written", "database_url", "default_path"]
