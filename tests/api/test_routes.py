"""The /v1 endpoints in-process: analysis, stored articles, corpus queries, pagination and health."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from warta import SCHEMA
from warta.api import ApiSettings, create_app
from warta.store import Store

from .stories import HOSTILE, TOKEN, build

EXAMPLE = ("JAKARTA - Menteri Keuangan Sri Mulyani mengatakan inflasi turun menjadi 2,5 persen pada Senin. "
           "\"Kami optimistis ekonomi tumbuh,\" kata Sri Mulyani di Jakarta.")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    store = Store(tmp_path_factory.mktemp("api") / "corpus.db")
    store.ids = build(store)
    yield store
    store.close()


@pytest.fixture(scope="module")
def client(corpus, pipeline):
    app = create_app(ApiSettings(db=corpus, token=TOKEN))
    app.state.pipeline = lambda: pipeline  # share the session's pipeline: building one takes seconds
    with TestClient(app) as client:
        yield client


def test_health_reports_version_schema_and_size(client, corpus):
    body = client.get("/v1/health").json()
    assert (body["status"], body["schema"], body["database"]) == ("ok", SCHEMA, "sqlite")
    assert body["articles"] == corpus.count()


@pytest.mark.parametrize("payload, expect", [
    ({"text": EXAMPLE, "published": "2023-05-08"}, {"dateline": "JAKARTA", "quote": "Kami optimistis ekonomi tumbuh",
                                                    "time": "2023-05-08"}),
    ({"html": "<html><head><title>Inflasi</title></head><body><article><p>" + EXAMPLE + " Paragraf ini cukup panjang "
      "untuk dikenali sebagai isi artikel oleh pengekstrak.</p></article></body></html>", "published": "2023-05-08"},
     {"dateline": "JAKARTA", "quote": "Kami optimistis ekonomi tumbuh", "time": "2023-05-08"}),
])
def test_analyze_returns_the_article_record(client, payload, expect):
    response = client.post("/v1/analyze", json=payload)
    assert response.status_code == 200, response.text
    article = response.json()
    assert article["schema"] == SCHEMA
    assert article["meta"]["dateline"] == expect["dateline"]
    assert expect["quote"] in [q["content"] for q in article["quotes"]]
    assert expect["time"] in [t["value"] for t in article["times"]]
    assert "Sri Mulyani" in [e["name"] for e in article["entities"]]


@pytest.mark.parametrize("payload, status, code", [
    ({"text": "   "}, 400, "E001"),  # empty input, warta's own code
    ({"text": EXAMPLE, "published": "8 Mei 2023"}, 400, "E009"),
    ({"html": "<html><body><nav>Beranda</nav></body></html>"}, 400, "E008"),  # a page without an article
    ({"text": EXAMPLE, "html": "<p>x</p>"}, 422, "invalid"),  # exactly one of text and html
    ({}, 422, "invalid"),
    ({"text": 42}, 422, "invalid"),
    ({"text": EXAMPLE, "author": "x"}, 422, "invalid"),  # unknown fields are refused, not ignored
])
def test_analyze_refuses_bad_input_with_a_code(client, payload, status, code):
    response = client.post("/v1/analyze", json=payload)
    assert (response.status_code, response.json()["code"]) == (status, code)
    assert response.json()["message"]


def test_analyze_refuses_malformed_json(client):
    response = client.post("/v1/analyze", content=b'{"text": "Banjir', headers={"content-type": "application/json"})
    assert (response.status_code, response.json()["code"]) == (422, "invalid")


def test_stored_article_with_copies_and_urls(client, corpus):
    body = client.get(f"/v1/articles/{corpus.ids['myanmar-1']}").json()
    assert body["ref"] == "myanmar-1"
    assert body["urls"] == ["https://contoh.test/myanmar-1"]
    assert body["article"]["schema"] == SCHEMA
    assert body["article"]["quotes"][0]["content"] == "Myanmar harus menghentikan kekerasan"


@pytest.mark.parametrize("path, status, code", [
    ("/v1/articles/999999", 404, "not_found"),
    ("/v1/articles/abc", 422, "invalid"),
    ("/v1/entities/Kim%20Jong%20Un", 404, "not_found"),
    ("/v1/nowhere", 404, "not_found"),
])
def test_missing_things_are_json_errors(client, path, status, code):
    response = client.get(path)
    assert (response.status_code, response.json()["code"]) == (status, code)


@pytest.mark.parametrize("query, expected", [
    ("q=menghentikan", [("article", "myanmar-1"), ("quote", "myanmar-1")]),
    ("q=myanmar&kind=quote", [("quote", "myanmar-1"), ("quote", "myanmar-2")]),
    ("q=berunding&kind=article", [("article", "myanmar-2")]),
    ("q=mengh*&kind=article", [("article", "myanmar-1")]),
    ("q=gempa", []),
])
def test_search(client, query, expected):
    body = client.get(f"/v1/search?{query}").json()
    assert sorted((i["kind"], i["ref"]) for i in body["items"]) == expected


@pytest.mark.parametrize("q", ['"', "AND (", "NEAR(a b", "*", "a OR", "kata:", "'; DROP TABLE articles; --", "^x"])
def test_search_query_syntax_never_breaks(client, q):
    response = client.get("/v1/search", params={"q": q})
    assert response.status_code in (200, 400), response.text
    assert "items" in response.json() or response.json()["code"] == "bad_query"


@pytest.mark.parametrize("params, expected", [
    ({"speaker": "Retno"}, ["Myanmar perlu berunding", "Myanmar harus menghentikan kekerasan"]),  # latest first
    ({"speaker": "Retno", "since": "2024-06-01"}, ["Myanmar perlu berunding"]),
    ({"about": "Myanmar"}, ["Myanmar perlu berunding", "Myanmar harus menghentikan kekerasan"]),
    ({"speaker": "Suharyanto", "until": "2024-07-01"}, ["Tenda dan makanan sudah dikirim"]),
])
def test_quotes(client, params, expected):
    assert [q["content"] for q in client.get("/v1/quotes", params=params).json()["items"]] == expected


def test_claims_show_values_over_time_with_claimant(client):
    items = client.get("/v1/claims", params={"unit": "warga"}).json()["items"]
    assert [(c["value"], c["claimant"], c["published"]) for c in items] == [
        (1500, "Retno Marsudi", "2024-05-02"), (3000, "Retno Marsudi", "2024-06-10")]


def test_timeline_network_and_entity(client):
    events = client.get("/v1/timeline", params={"about": "Suharyanto"}).json()["items"]
    assert [(e["date"], e["type"], e["actor"]) for e in events] == [("2024-07-01", "AID", "Suharyanto")]
    net = client.get("/v1/network", params={"about": "Myanmar"}).json()
    assert [(e["stories"]) for e in net["edges"]] == [2]
    assert {n["name"] for n in net["nodes"]} == {"Retno Marsudi", "Myanmar"}
    profile = client.get("/v1/entities/retno").json()  # any known name, any case
    assert (profile["name"], profile["stories"]) == ("Retno Marsudi", 2)
    assert profile["mentions_by_day"] == [["2024-05-02", 1], ["2024-06-10", 1]]


def test_pages_follow_on(client):
    first = client.get("/v1/quotes", params={"limit": 1}).json()
    assert (len(first["items"]), first["next_offset"]) == (1, 1)
    second = client.get("/v1/quotes", params={"limit": 1, "offset": first["next_offset"]}).json()
    assert second["items"] != first["items"]
    last = client.get("/v1/quotes", params={"limit": 100}).json()
    assert last["next_offset"] is None


@pytest.mark.parametrize("params", [{"limit": 101}, {"limit": 0}, {"offset": 10_001}, {"offset": -1},
                                    {"since": "2024-13"}, {"until": "kemarin"}])
def test_pagination_and_dates_are_capped_and_checked(client, params):
    response = client.get("/v1/quotes", params=params)
    assert (response.status_code, response.json()["code"]) == (422, "invalid")


def test_hostile_text_comes_back_as_data(client, corpus):
    body = client.get(f"/v1/articles/{corpus.ids['hostile']}")
    assert body.headers["content-type"].startswith("application/json")
    assert HOSTILE in body.json()["article"]["text"]  # JSON carries it verbatim; the dashboard escapes it


def test_openapi_lists_every_endpoint(client):
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/v1/analyze", "/v1/articles", "/v1/articles/{article_id}", "/v1/search", "/v1/quotes",
            "/v1/entities/{name}", "/v1/timeline", "/v1/claims", "/v1/network", "/v1/health"} <= set(paths)
    assert not any(p.startswith(("/static", "/search", "/entity")) for p in paths)  # dashboard pages stay out
