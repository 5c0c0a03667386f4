"""The API's settings: one frozen object, read from the environment by ``warta serve``.

    WARTA_TOKEN           bearer token for write endpoints (POST /v1/articles); unset: writes are refused
    WARTA_PROTECT_READS   "1": read endpoints (and the dashboard's corpus pages) need the token too
    WARTA_MAX_BODY        largest request body in bytes (default 5 MB: HTML pages are larger than their text)
    WARTA_CORS_ORIGINS    comma-separated origins allowed to call the API from a browser; unset: CORS off
    WARTA_DB              the corpus database when none is given (SQLite path or PostgreSQL URL)
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from ..store import Store

MAX_LIMIT = 100  # largest page a list endpoint returns
MAX_OFFSET = 10_000  # deep pages cost a scan each; a corpus client should narrow its filters instead
MAX_EDGES = 200


@dataclass(frozen=True)
class ApiSettings:
    db: str | Path | Store | None = None  # a Store, a SQLite path or PostgreSQL URL, or None for the default file
    token: str | None = None
    protect_reads: bool = False
    max_body: int = 5_000_000
    cors_origins: tuple[str, ...] = ()

    @classmethod
    def from_env(cls, db: str | Path | Store | None = None, environ: dict[str, str] | None = None) -> ApiSettings:
        env = os.environ if environ is None else environ
        origins = tuple(o.strip() for o in env.get("WARTA_CORS_ORIGINS", "").split(",") if o.strip())
        return cls(db=db if db is not None else env.get("WARTA_DB") or None, token=env.get("WARTA_TOKEN") or None,
                   protect_reads=env.get("WARTA_PROTECT_READS", "").lower() in ("1", "true", "yes"),
                   max_body=int(env.get("WARTA_MAX_BODY", cls.max_body)), cors_origins=origins)
