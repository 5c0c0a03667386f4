"""Every error the API returns is JSON ``{"code": ..., "message": ...}`` with the right HTTP status.

warta's own errors keep their catalogue code (``E001`` ... with the status on the exception class); errors only
the API has use short names: bad_request, unauthorized, writes_disabled, not_found, method_not_allowed,
too_large, invalid (a parameter or body field failed validation), internal. A response never carries a stack
trace: unexpected errors are logged and answered with ``internal``.
"""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from ..errors import WartaError

log = logging.getLogger("warta.api")

_HTTP_CODES = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found",
               405: "method_not_allowed", 413: "too_large"}


class ApiError(Exception):
    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


def error_response(status: int, code: str, message: str) -> JSONResponse:
    headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
    return JSONResponse({"code": code, "message": message}, status_code=status, headers=headers)


def _validation_message(exc: RequestValidationError) -> str:
    # The first problem is enough to fix a request; never echo the input itself (it can be megabytes).
    first = exc.errors()[0] if exc.errors() else {}
    where = ".".join(str(p) for p in first.get("loc", ()) if p != "body") or "request"
    return f"{where}: {first.get('msg', 'invalid value')}"


def install(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def _api(_request: Request, exc: ApiError):
        return error_response(exc.status, exc.code, exc.message)

    @app.exception_handler(WartaError)
    async def _warta(_request: Request, exc: WartaError):
        return error_response(exc.status, exc.code, exc.message)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, exc: RequestValidationError):
        return error_response(422, "invalid", _validation_message(exc))

    @app.exception_handler(HTTPException)
    async def _http(_request: Request, exc: HTTPException):
        message = exc.detail if isinstance(exc.detail, str) else "request failed"
        return error_response(exc.status_code, _HTTP_CODES.get(exc.status_code, "error"), message)

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception):
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return error_response(500, "internal", "internal error; the server log has the details")
