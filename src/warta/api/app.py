"""The application factory: the /v1 API and the dashboard in one FastAPI app.

Swagger UI would load its script from a CDN, which the dashboard's promise (works offline, strict CSP) rules
out: the app serves the OpenAPI document at /openapi.json and its own offline reference page at /docs.
"""

from __future__ import annotations

import logging
import threading
from contextlib import asynccontextmanager
from functools import cache

from fastapi import FastAPI

from .. import __version__
from ..settings import Options
from ..store import Store, StoreError
from . import errors
from .config import ApiSettings
from .security import GuardMiddleware

log = logging.getLogger("warta.api")


def create_app(settings: ApiSettings | None = None) -> FastAPI:
    """A ready app over the corpus ``settings.db`` (opened and migrated here, closed on shutdown)."""
    from ..web import pages
    from .routes import router

    settings = settings or ApiSettings.from_env()
    store = settings.db if isinstance(settings.db, Store) else _open(settings.db)
    owns_store = not isinstance(settings.db, Store)

    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        yield
        if owns_store:
            store.close()

    app = FastAPI(title="warta", version=__version__, lifespan=lifespan, docs_url=None, redoc_url=None,
                  openapi_url="/openapi.json",
                  description="Who said what, about whom, when, where and with what numbers, in Indonesian news.")
    app.state.settings = settings
    app.state.store = store
    app.state.pipeline = cache(lambda: _pipeline())  # built on first analysis: loading data takes a moment
    app.state.analysis_lock = threading.Lock()  # components keep caches; analyse one article at a time
    errors.install(app)
    app.include_router(router)
    pages.install(app)
    if settings.cors_origins:
        from fastapi.middleware.cors import CORSMiddleware

        app.add_middleware(CORSMiddleware, allow_origins=list(settings.cors_origins), allow_methods=["GET", "POST"],
                           allow_headers=["Authorization", "Content-Type"])
    app.add_middleware(GuardMiddleware, max_body=settings.max_body)
    return app


def _open(db) -> Store:
    """The corpus for reads and writes; one on read-only media, or whose folder the server cannot write, is served
    read-only (writes then answer 503 E015) rather than not at all."""
    from sqlalchemy.exc import OperationalError

    try:
        return Store(db)
    except (OperationalError, StoreError) as err:
        store = Store(db, read_only=True)
        log.warning("serving the corpus read-only: %s", err.message if isinstance(err, StoreError) else err.orig)
        return store


def _pipeline():
    from ..pipeline import Pipeline

    return Pipeline(options=Options.from_env())
