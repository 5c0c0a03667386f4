"""Request guards: the body size limit, security headers on every response, and bearer-token checks.

The size limit and the headers are plain ASGI middleware so they also cover the dashboard and static files.
Tokens are compared in constant time (``hmac.compare_digest``) so response timing does not reveal a prefix.
"""

from __future__ import annotations

import hmac
import json

from fastapi import Request
from starlette.exceptions import HTTPException

from .errors import ApiError

# The dashboard ships every asset itself and runs no inline script or style: 'self' is all it needs.
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
]


class _TooLarge(HTTPException):
    # An HTTPException, so FastAPI's body reader passes it through and the handler answers 413 as JSON.
    def __init__(self, limit: int) -> None:
        super().__init__(413, f"the request body is over {limit} bytes")


async def _send_json(send, status: int, body: dict) -> None:
    data = json.dumps(body).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(data)).encode()),
                            *HEADERS]})
    await send({"type": "http.response.body", "body": data})


class GuardMiddleware:
    """Refuse bodies over ``max_body`` bytes (by Content-Length, or while streaming) and add security headers."""

    def __init__(self, app, max_body: int) -> None:
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        too_large = {"code": "too_large", "message": f"the request body is over {self.max_body} bytes"}
        length = dict(scope["headers"]).get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > self.max_body):
            await _send_json(send, 413 if length.isdigit() else 400,
                             too_large if length.isdigit() else {"code": "bad_request",
                                                                 "message": "invalid Content-Length"})
            return
        received = 0
        started = False

        async def counted_receive():
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_body:  # chunked bodies carry no Content-Length
                    raise _TooLarge(self.max_body)
            return message

        async def secured_send(message):
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                names = {k.lower() for k, _ in message.get("headers", [])}
                message = {**message, "headers": [*message.get("headers", []),
                                                  *(h for h in HEADERS if h[0] not in names)]}
            await send(message)

        try:
            await self.app(scope, counted_receive, secured_send)
        except _TooLarge:
            if not started:
                await _send_json(send, 413, too_large)


def _bearer(request: Request) -> str | None:
    scheme, _, value = request.headers.get("authorization", "").partition(" ")
    return value.strip() if scheme.lower() == "bearer" and value.strip() else None


def check_token(request: Request, expected: str | None) -> None:
    if expected is None:
        raise ApiError(403, "writes_disabled", "writing is disabled on this server: start it with WARTA_TOKEN set")
    given = _bearer(request)
    if given is None:
        raise ApiError(401, "unauthorized", "this endpoint needs 'Authorization: Bearer <token>'")
    if not hmac.compare_digest(given.encode(), expected.encode()):
        raise ApiError(401, "unauthorized", "the bearer token is not valid")


def require_write(request: Request) -> None:
    """Dependency for write endpoints: a valid bearer token, always."""
    check_token(request, request.app.state.settings.token)


def require_read(request: Request) -> None:
    """Dependency for read endpoints: open, unless the server protects reads."""
    settings = request.app.state.settings
    if settings.protect_reads:
        check_token(request, settings.token)
