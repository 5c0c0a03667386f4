"""warta's HTTP API and dashboard (FastAPI), a thin adapter over ``warta.Pipeline`` and ``warta.corpus``.

    >>> from warta.api import create_app, ApiSettings
    >>> app = create_app(ApiSettings(db="corpus.db", token="rahasia"))

or from a shell, ``warta serve --db corpus.db`` (see ``serve``). Settings come from the environment
(``warta.api.config``): WARTA_TOKEN, WARTA_PROTECT_READS, WARTA_MAX_BODY, WARTA_CORS_ORIGINS.
"""

from __future__ import annotations

from pathlib import Path

from .app import create_app
from .config import ApiSettings

__all__ = ["ApiSettings", "create_app", "serve"]


def serve(host: str = "127.0.0.1", port: int = 8000, db: str | Path | None = None) -> None:
    """Run the API and dashboard with uvicorn until interrupted (settings from the environment)."""
    import uvicorn

    app = create_app(ApiSettings.from_env(db=db))
    uvicorn.run(app, host=host, port=port, log_level="info", server_header=False, proxy_headers=False)
