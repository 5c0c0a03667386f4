"""Dashboard pages in-process: every page renders, article text is escaped, both languages, offline assets."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from warta.api import ApiSettings, create_app
from warta.corpus.synthetic import compose
from warta.store import Store
from warta.web.i18n import LANGS, messages

WEB = Path(__file__).resolve().parents[2] / "src" / "warta" / "web"
HOSTILE = "<script>alert('xss')</script><img src=x onerror=alert(2)>"
ENTITIES = {"Eri Cahyadi": ("PER", None, ("Eri",), ("Wali Kota Surabaya",)), "Surabaya": ("LOC", "Q12219", (), ())}
STORY = ("SURABAYA - Wali Kota Surabaya Eri Cahyadi menyebut 1.200 rumah terendam. \"Kami membuka dapur umum,\" "
         "kata Eri.")
EVIL = f"SURABAYA - Eri Cahyadi menulis {HOSTILE} di laman resmi. \"Jangan buka {HOSTILE},\" kata Eri."


@pytest.fixture(scope="module")
def client(tmp_path_factory, pipeline):
    store = Store(tmp_path_factory.mktemp("web") / "corpus.db")
    store.ids = {
        "story": store.write(compose(STORY, id="banjir-sby", published="2024-11-04", title="Banjir di Surabaya",
                                     entities=ENTITIES, quotes=[("Eri", "Kami membuka dapur umum")],
                                     quantities=[("1.200 rumah", 1200, "rumah", "Eri Cahyadi")]), version="t").id,
        "evil": store.write(compose(EVIL, id="evil", published="2024-11-05", title=f"Judul {HOSTILE}",
                                    entities=ENTITIES, quotes=[("Eri", f"Jangan buka {HOSTILE}")]), version="t").id,
    }
    app = create_app(ApiSettings(db=store))
    app.state.pipeline = lambda: pipeline
    with TestClient(app) as client:
        client.ids = store.ids
        yield client
    store.close()


@pytest.mark.parametrize("path, expected", [
    ("/", "Analisis artikel"),
    ("/?example=1", "Banjir Rendam Ribuan Rumah di Semarang"),  # the shipped example, ready to analyse
    ("/search?q=dapur", "Kami membuka <b>dapur</b> umum"),
    ("/search?q=gempa", "Tidak ada hasil."),
    ("/entity?name=eri", "Wali Kota Surabaya"),  # any known name, any case
    ("/quotes?speaker=Eri%20Cahyadi", "Kami membuka dapur umum"),
    ("/claims?unit=rumah", "1.200"),
    ("/network", "Siapa menanggapi siapa"),
    ("/timeline", "Linimasa peristiwa"),
    ("/docs", "/v1/analyze"),
])
def test_pages_render(client, path, expected):
    response = client.get(path)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/html")
    assert expected in response.text


@pytest.mark.parametrize("path, status", [("/entity?name=Kim%20Jong%20Un", 404), ("/articles/999999", 404),
                                          ("/quotes?since=kemarin", 400)])
def test_pages_say_what_is_missing(client, path, status):
    assert client.get(path).status_code == status


def test_api_docs_are_served_offline(client):
    html = client.get("/docs").text
    assert "swagger" not in html.lower() and "cdn" not in html.lower()
    assert "ArticleIn" in html  # the request body's fields are listed
    assert client.get("/redoc").status_code == 404


def test_entity_page_draws_its_mentions_chart(client):
    html = client.get("/entity?name=Eri Cahyadi").text
    assert 'id="mentions-chart"' in html
    assert re.search(r'<rect class="bar"[^>]*><title>2024-11-04: 1</title>', html)


def test_analyze_form_highlights_entities_and_quotes(client):
    text = ("JAKARTA - Menteri Keuangan Sri Mulyani mengatakan inflasi turun, Senin (8/5/2023). "
            "\"Kami optimistis,\" kata Sri Mulyani di Jakarta.")
    html = client.post("/", data={"text": text, "format": "text", "published": "2023-05-08"}).text
    assert re.search(r'<span class="ent ent-per"[^>]*>Sri Mulyani</span>', html)
    assert re.search(r'<mark class="quote quote-direct"[^>]*data-info="Sri Mulyani — direct · kata"', html)
    assert re.search(r'<span class="time"[^>]*data-info="DATE: 2023-05-08"', html)


@pytest.mark.parametrize("data, message", [
    ({"text": "   ", "format": "text"}, "E001"),
    ({"text": "Teks berita yang cukup.", "published": "kemarin"}, "E009"),
    ({"text": "<html><body><nav>Beranda</nav></body></html>", "format": "html"}, "E008"),
])
def test_analyze_form_reports_bad_input(client, data, message):
    response = client.post("/", data=data)
    assert response.status_code == 400
    assert message in response.text and 'role="alert"' in response.text


@pytest.mark.parametrize("where", ["stored", "analyzed"])
def test_hostile_article_text_is_escaped(client, where):
    if where == "stored":
        html = client.get(f"/articles/{client.ids['evil']}").text
    else:
        html = client.post("/", data={"text": EVIL, "format": "text"}).text
    assert "<script>alert" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert(&#39;xss&#39;)&lt;/script&gt;" in html
    assert html.count("<script") == 1  # the dashboard's own /static/app.js only


def test_stored_article_page_lists_copies_and_urls(client):
    html = client.get(f"/articles/{client.ids['story']}").text
    assert "Banjir di Surabaya" in html and "Tidak ada salinan lain." in html


@pytest.mark.parametrize("lang, expected, other", [("en", "Analyse an article", "Bahasa Indonesia"),
                                                   ("id", "Analisis artikel", "English")])
def test_language_switch_is_remembered(client, lang, expected, other):
    response = client.get(f"/?lang={lang}")
    assert expected in response.text and other in response.text
    assert f'<html lang="{lang}">' in response.text
    assert response.cookies.get("lang") == lang
    assert expected in client.get("/").text  # the cookie keeps the choice
    client.cookies.clear()


def test_every_message_a_template_uses_exists_in_both_languages():
    used = set()
    for template in (WEB / "templates").glob("*.html"):
        used |= set(re.findall(r"""t\(\s*["']([a-z_]+)["']\s*\)""", template.read_text(encoding="utf-8")))
    used |= {"who", "what", "when", "where", "why", "how", "not_found"} | {f"kind_{k}" for k in
                                                                           ("all", "article", "quote")}
    table = messages()
    assert used - set(table) == set()
    assert [k for k in table if set(table[k]) != set(LANGS)] == []


def test_assets_ship_in_the_package_and_nothing_loads_from_elsewhere():
    for path in [*(WEB / "templates").glob("*.html"), *(WEB / "static").iterdir()]:
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"""(src|href)=["']?(https?:)?//""", text), path.name  # no CDN, no remote font
        assert "style=" not in text and "onclick" not in text, path.name  # nothing inline for the CSP to allow
