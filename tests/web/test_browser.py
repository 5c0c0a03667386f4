"""The dashboard in a real browser: Playwright driving Debian's Chromium against uvicorn on a free local port.

Skipped when /usr/bin/chromium (apt package ``chromium``) or the ``playwright`` package is missing; never runs
``playwright install``. Screenshots go to artifacts/screenshots/ (git-ignored) for people and CI to look at.
"""

from __future__ import annotations

import re
import socket
import threading
import time
from pathlib import Path

import pytest

from warta import Record
from warta.api import ApiSettings, create_app
from warta.corpus import ingest
from warta.corpus.articles import ingest_record
from warta.store import Store

CHROMIUM = Path("/usr/bin/chromium")
ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "artifacts" / "screenshots"
DEV = ROOT / "eval" / "dev"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run"]
# A few dev articles, each given its own date so an entity's chart has several days.
ARTICLES = [("ekon-01", "2024-03-04"), ("ekon-02", "2024-03-06"), ("intl-01", "2024-03-06"),
            ("intl-02", "2024-03-11"), ("intl-03", "2024-03-15"), ("ekon-03", "2024-03-20")]
HOSTILE = ("BANDUNG - Warga menulis <script>window.__xss = 1</script> dan <img src=x onerror=\"window.__xss = 2\"> "
           "di forum kota. \"Jangan klik <script>window.__xss = 3</script>,\" kata Wali Kota Bandung Farhan.")

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(),
                                reason="needs Debian's Chromium at /usr/bin/chromium (apt install chromium)")
sync_api = pytest.importorskip("playwright.sync_api", reason="needs the playwright package (pip, no browsers)")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def site(tmp_path_factory, pipeline):
    """Base URL of the app served by uvicorn over a temporary corpus of dev articles."""
    import uvicorn

    store = Store(tmp_path_factory.mktemp("browser") / "corpus.db")
    for name, published in ARTICLES:
        if (DEV / f"{name}.txt").exists():
            ingest([DEV / f"{name}.txt"], store, published=published, pipeline=pipeline)
    hostile = ingest_record(Record(text=HOSTILE, id="hostile", published="2024-03-21"), store, pipeline=pipeline)
    app = create_app(ApiSettings(db=store))
    app.state.pipeline = lambda: pipeline
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=_free_port(), log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started, "uvicorn did not start"
    port = server.servers[0].sockets[0].getsockname()[1]
    yield {"url": f"http://127.0.0.1:{port}", "store": store, "hostile": hostile.id}
    server.should_exit = True
    thread.join(timeout=10)
    store.close()


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, request):
    """A fresh page at laptop width that fails the test on script errors or CSP violations."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    problems: list[str] = []
    page.on("pageerror", lambda err: problems.append(str(err)))
    page.on("console", lambda msg: problems.append(msg.text) if msg.type == "error" else None)
    yield page
    SHOTS.mkdir(parents=True, exist_ok=True)
    name = re.sub(r"[^\w.-]+", "_", request.node.name).strip("_")
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)
    context.close()
    assert problems == []


def test_analyze_the_example_shows_entities_and_quotes(site, page):
    page.goto(site["url"] + "/")
    page.get_by_role("link", name="Isi dengan contoh").click()
    page.get_by_role("button", name="Analisis").click()
    text = page.locator("#article-text")
    text.wait_for()
    assert text.locator(".ent-per").count() >= 2
    assert text.locator(".ent-loc").count() >= 2
    assert text.locator("mark.quote").count() >= 2
    first_quote = text.locator("mark.quote").first
    first_quote.focus()  # keyboard users reach marks with Tab; the details show on focus
    assert " — " in first_quote.get_attribute("data-info")
    shown = page.evaluate("el => getComputedStyle(el, '::after').content", first_quote.element_handle())
    assert "Suharyanto" in shown
    assert page.locator(".quotes-table tbody tr").count() >= 2
    assert page.get_by_text("Ringkasan 5W1H").is_visible()


def test_search_finds_articles(site, page):
    page.goto(site["url"] + "/search")
    page.get_by_label("Kata kunci").fill("bank")
    page.keyboard.press("Enter")
    page.locator("ol.hits").wait_for()
    assert page.locator("li.hit").count() >= 1
    assert page.locator(".snippet b").first.inner_text().lower().startswith("bank")
    page.locator("li.hit a").first.click()
    page.locator("#article-text").wait_for()


def test_entity_page_shows_its_chart(site, page):
    from warta import corpus

    name = next((n for n in ("Indonesia", "Jakarta", "Amerika Serikat") if corpus.entity(n, site["store"])), None)
    assert name, "none of the expected entities is in the test corpus"
    page.goto(site["url"] + "/entity")
    page.get_by_label("Nama").fill(name)
    page.get_by_role("button", name="Buka").click()
    chart = page.locator("#mentions-chart svg")
    chart.wait_for()
    assert chart.locator("rect.bar").count() >= 1
    assert chart.bounding_box()["width"] > 300


def test_hostile_article_cannot_run_script(site, page):
    page.goto(f"{site['url']}/articles/{site['hostile']}")
    page.locator("#article-text").wait_for()
    assert page.evaluate("window.__xss") is None
    assert "<script>window.__xss = 1</script>" in page.locator("#article-text").inner_text()


def test_phone_width_has_no_sideways_scroll_and_keyboard_starts_at_skip_link(site, browser):
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    page = context.new_page()
    page.goto(site["url"] + "/?example=1")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip"
    page.get_by_role("button", name="Analisis").click()
    page.locator("#article-text").wait_for()
    assert page.evaluate("document.documentElement.scrollWidth") <= 391
    # The form sends the reader to the result; the next Tab reaches its first quote.
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className").startswith("quote")
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / "phone-analyze.png"))
    context.close()


@pytest.mark.parametrize("path", ["/claims", "/network", "/timeline", "/quotes", "/docs", "/?lang=en"])
def test_other_pages_render_without_errors(site, page, path):
    page.goto(site["url"] + path)
    assert page.locator("h1").count() == 1
