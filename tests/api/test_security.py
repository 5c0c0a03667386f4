"""Guards of the API: bearer tokens, protected reads, body size limit, CORS, security headers, no stack traces."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from warta.api import ApiSettings, create_app
from warta.api.config import ApiSettings as Settings
from warta.api.security import CSP
from warta.store import Store

from .stories import TOKEN

TEXT = ("MEDAN - Gubernur Sumatera Utara Bobby Nasution meresmikan jembatan baru di Medan, Selasa (5/3/2024). "
        "\"Jembatan ini memangkas waktu tempuh warga,\" kata Bobby.")


@pytest.fixture
def make(tmp_path, pipeline):
    stores = []

    def make(**settings) -> TestClient:
        store = Store(tmp_path / f"corpus{len(stores)}.db")
        stores.append(store)
        app = create_app(ApiSettings(db=store, **settings))
        app.state.pipeline = lambda: pipeline
        return TestClient(app, raise_server_exceptions=False)

    yield make
    for store in stores:
        store.close()


@pytest.mark.parametrize("token, headers, status, code", [
    (None, {"Authorization": f"Bearer {TOKEN}"}, 403, "writes_disabled"),  # no token configured: no writes at all
    (TOKEN, {}, 401, "unauthorized"),
    (TOKEN, {"Authorization": TOKEN}, 401, "unauthorized"),  # the scheme is missing
    (TOKEN, {"Authorization": f"Basic {TOKEN}"}, 401, "unauthorized"),
    (TOKEN, {"Authorization": "Bearer salah"}, 401, "unauthorized"),
    (TOKEN, {"Authorization": f"Bearer {TOKEN}x"}, 401, "unauthorized"),  # a longer token is not a match
    (TOKEN, {"Authorization": f"Bearer {TOKEN[:-1]}"}, 401, "unauthorized"),  # nor a prefix
])
def test_writes_need_the_token(make, token, headers, status, code):
    client = make(token=token)
    response = client.post("/v1/articles", json={"text": TEXT}, headers=headers)
    assert (response.status_code, response.json()["code"]) == (status, code)
    assert client.get("/v1/health").json()["articles"] == 0  # nothing was stored
    if status == 401:
        assert response.headers["www-authenticate"] == "Bearer"


def test_a_write_with_the_token_stores_once(make):
    client = make(token=TOKEN)
    auth = {"Authorization": f"Bearer {TOKEN}"}
    first = client.post("/v1/articles", json={"text": TEXT, "published": "2024-03-05", "url": "https://a.test/1"},
                        headers=auth)
    assert first.status_code == 201, first.text
    assert first.json()["status"] == "added"
    again = client.post("/v1/articles", json={"text": TEXT}, headers=auth)
    assert (again.status_code, again.json()["status"], again.json()["id"]) == (200, "duplicate", first.json()["id"])
    stored = client.get(first.json()["href"]).json()
    assert "Jembatan ini memangkas waktu tempuh warga" in [q["content"] for q in stored["article"]["quotes"]]
    bad = client.post("/v1/articles", json={"text": "  "}, headers=auth)
    assert (bad.status_code, bad.json()["code"]) == (400, "E001")


@pytest.mark.parametrize("path", ["/v1/search?q=banjir", "/v1/quotes", "/v1/claims", "/v1/timeline", "/v1/network",
                                  "/v1/entities/Bobby", "/v1/articles/1", "/search?q=banjir", "/entity?name=Bobby"])
def test_protected_reads_need_the_token(make, path):
    client = make(token=TOKEN, protect_reads=True)
    assert client.get(path).status_code == 401
    assert client.get(path, headers={"Authorization": f"Bearer {TOKEN}"}).status_code in (200, 404)
    assert client.get("/v1/health").status_code == 200  # liveness stays open


def test_reads_are_open_by_default(make):
    assert make(token=TOKEN).get("/v1/quotes").status_code == 200


@pytest.mark.parametrize("send", ["declared", "chunked"])
def test_oversized_bodies_are_refused(make, send):
    client = make(token=TOKEN, max_body=2_000)
    body = ('{"text": "' + "Banjir merendam rumah warga. " * 200 + '"}').encode()
    if send == "declared":
        response = client.post("/v1/analyze", content=body, headers={"content-type": "application/json"})
    else:  # a generator body goes out chunked, without Content-Length: counted while it streams
        response = client.post("/v1/analyze", content=iter([body[:1000], body[1000:]]),
                               headers={"content-type": "application/json"})
    assert (response.status_code, response.json()["code"]) == (413, "too_large")


def test_a_body_under_the_limit_passes(make):
    client = make(token=TOKEN, max_body=2_000)
    assert client.post("/v1/analyze", json={"text": TEXT}).status_code == 200


def test_article_over_max_chars_is_refused_with_its_code(make, monkeypatch):
    from warta import Pipeline
    from warta.settings import Options

    client = make()
    client.app.state.pipeline = lambda: Pipeline(options=Options(max_chars=50))
    response = client.post("/v1/analyze", json={"text": TEXT})
    assert (response.status_code, response.json()["code"]) == (400, "E006")


@pytest.mark.parametrize("origins, allowed", [((), None), (("https://dasbor.contoh.id",), "https://dasbor.contoh.id")])
def test_cors_is_off_unless_configured(make, origins, allowed):
    client = make(cors_origins=origins)
    response = client.options("/v1/analyze", headers={"Origin": "https://dasbor.contoh.id",
                                                      "Access-Control-Request-Method": "POST"})
    assert response.headers.get("access-control-allow-origin") == allowed
    other = client.get("/v1/health", headers={"Origin": "https://jahat.example"})
    assert "access-control-allow-origin" not in other.headers


@pytest.mark.parametrize("path", ["/v1/health", "/", "/docs", "/static/app.css", "/v1/nowhere"])
def test_every_response_carries_security_headers(make, path):
    headers = make().get(path).headers
    assert headers["content-security-policy"] == CSP
    assert (headers["x-content-type-options"], headers["x-frame-options"]) == ("nosniff", "DENY")
    assert "'unsafe-inline'" not in CSP and "http" not in CSP


def test_unexpected_errors_are_json_without_a_trace(make, monkeypatch):
    from warta import corpus

    def broken(*args, **kwargs):
        raise RuntimeError("secret detail at /srv/warta/db.py line 12")

    monkeypatch.setattr(corpus, "quotes", broken)
    response = make().get("/v1/quotes")
    assert response.status_code == 500
    assert response.json() == {"code": "internal", "message": "internal error; the server log has the details"}
    assert "secret" not in response.text and "Traceback" not in response.text


@pytest.mark.parametrize("env, expected", [
    ({}, Settings()),
    ({"WARTA_TOKEN": "t", "WARTA_PROTECT_READS": "1", "WARTA_MAX_BODY": "1000",
      "WARTA_CORS_ORIGINS": "https://a.id, https://b.id"},
     Settings(token="t", protect_reads=True, max_body=1000, cors_origins=("https://a.id", "https://b.id"))),
    ({"WARTA_TOKEN": "", "WARTA_PROTECT_READS": "no"}, Settings()),  # an empty token is no token
])
def test_settings_from_the_environment(env, expected):
    assert Settings.from_env(environ=env) == expected
