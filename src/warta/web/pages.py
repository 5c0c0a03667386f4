"""The dashboard's pages: thin adapters that call ``warta.corpus`` and render a template.

Every page is plain HTML that works without script; templates autoescape everything (article text included),
and static assets ship in this package (``static/``), so the dashboard works offline under a strict CSP.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from pathlib import Path
from urllib.parse import parse_qs, urlencode

from fastapi import APIRouter, Depends, FastAPI, Request
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles
from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool

from .. import corpus
from ..api.models import ArticleIn
from ..api.security import require_read
from ..api.service import analyze_input
from ..corpus.articles import stored_article
from ..corpus.network import network
from ..corpus.timeline import timeline
from ..errors import WartaError
from . import charts
from .highlight import number, pieces
from .i18n import choose, translator
from .view import panels

HERE = Path(__file__).parent
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
LIMIT = 50  # rows per dashboard list; the API pages further
EXAMPLE = ("banjir-semarang.txt", "2025-03-04")
NAV = [("/", "nav_analyze"), ("/search", "nav_search"), ("/entity", "nav_entity"), ("/quotes", "nav_quotes"),
       ("/claims", "nav_claims"), ("/network", "nav_network"), ("/timeline", "nav_timeline"), ("/docs", "nav_api")]

router = APIRouter(include_in_schema=False)
corpus_page = [Depends(require_read)]


@cache
def _env():
    from jinja2 import Environment, FileSystemLoader, select_autoescape

    env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=select_autoescape(default=True),
                      trim_blocks=True, lstrip_blocks=True)
    env.globals["number"] = number
    return env


def render(request: Request, template: str, status: int = 200, **context) -> HTMLResponse:
    asked = request.query_params.get("lang")
    lang = choose(asked, request.cookies.get("lang"))
    other = "en" if lang == "id" else "id"
    query = {k: v for k, v in request.query_params.items() if k != "lang"}
    html = _env().get_template(template).render(
        t=translator(lang), lang=lang, nav=NAV, path=request.url.path,
        switch=f"{request.url.path}?{urlencode({**query, 'lang': other})}", **context)
    response = HTMLResponse(html, status_code=status)
    if asked in ("id", "en"):
        response.set_cookie("lang", asked, max_age=365 * 86400, samesite="strict", httponly=True)
    return response


def _dates(*values: str | None) -> bool:
    return all(not v or DATE.match(v) for v in values)


def _clean(value: str | None) -> str | None:
    value = (value or "").strip()[:200]
    return value or None


@router.get("/", response_class=HTMLResponse)
def analyze_form(request: Request, example: bool = False) -> HTMLResponse:
    form = {"text": "", "format": "text", "published": ""}
    if example:
        name, published = EXAMPLE
        form = {"text": resources.files("warta.examples").joinpath(name).read_text(encoding="utf-8"),
                "format": "text", "published": published}
    return render(request, "analyze.html", form=form)


@router.post("/", response_class=HTMLResponse)
async def analyze_page(request: Request) -> HTMLResponse:
    # Parse the urlencoded form ourselves: Starlette's form parser would add python-multipart as a dependency.
    fields = parse_qs((await request.body()).decode("utf-8", "replace"), max_num_fields=10)
    form = {k: (fields.get(k) or [""])[0] for k in ("text", "format", "published")}
    error = article = None
    try:
        kind = "html" if form["format"] == "html" else "text"
        body = ArticleIn(**{kind: form["text"]}, published=form["published"].strip() or None)
        article = await run_in_threadpool(analyze_input, request.app, body)
    except WartaError as err:
        error = err.message
    except ValidationError as err:
        error = err.errors()[0]["msg"]
    if article is None:
        return render(request, "analyze.html", status=400, form=form, error=error)
    return render(request, "analyze.html", form=form, article=article, pieces=pieces(article),
                  panels=panels(article))


@router.get("/search", response_class=HTMLResponse, dependencies=corpus_page)
def search_page(request: Request, q: str = "", kind: str = "all") -> HTMLResponse:
    kind = kind if kind in ("all", "article", "quote") else "all"
    q = q.strip()[:500]
    hits = corpus.search(q, request.app.state.store, kind=kind, limit=LIMIT) if q else None
    return render(request, "search.html", q=q, kind=kind, hits=hits)


@router.get("/entity", response_class=HTMLResponse, dependencies=corpus_page)
def entity_page(request: Request, name: str = "") -> HTMLResponse:
    name = _clean(name) or ""
    profile = corpus.entity(name, request.app.state.store, latest=10) if name else None
    chart = charts.bars(profile.mentions_by_day) if profile else None
    status = 404 if name and profile is None else 200
    return render(request, "entity.html", status=status, name=name, profile=profile, chart=chart)


@router.get("/quotes", response_class=HTMLResponse, dependencies=corpus_page)
def quotes_page(request: Request, speaker: str = "", about: str = "", since: str = "",
                until: str = "") -> HTMLResponse:
    ok = _dates(since, until)
    found = corpus.quotes(_clean(speaker), _clean(about), since or None, until or None, db=request.app.state.store,
                          limit=LIMIT) if ok else []
    return render(request, "quotes.html", status=200 if ok else 400, speaker=speaker, about=about, since=since,
                  until=until, quotes=found, bad_date=not ok)


@router.get("/claims", response_class=HTMLResponse, dependencies=corpus_page)
def claims_page(request: Request, unit: str = "", about: str = "") -> HTMLResponse:
    found = corpus.claims(_clean(unit), _clean(about), db=request.app.state.store, limit=LIMIT * 4)
    units: dict[str, list] = {}
    for c in found:
        units.setdefault(c.unit or "", []).append(c)
    # One chart per unit: values of different units share no axis. The most claimed units first.
    groups = sorted(units.items(), key=lambda kv: -len(kv[1]))[:6]
    drawn = [(u, cs, charts.claims([(c.published, c.value, _claim_label(c), c.previous) for c in cs]))
             for u, cs in groups]
    return render(request, "claims.html", unit=unit, about=about, groups=drawn)


def _claim_label(claim) -> str:
    revised = f" ({number(claim.previous)} →)" if claim.previous is not None else ""
    return f"{number(claim.value)} {claim.unit or ''}{revised} — {claim.claimant or '?'} ({claim.published})"


@router.get("/network", response_class=HTMLResponse, dependencies=corpus_page)
def network_page(request: Request, about: str = "") -> HTMLResponse:
    net = network(_clean(about), db=request.app.state.store, limit=30)
    names = {n.id: n.name for n in net.nodes}
    chart = charts.circle([(n.id, n.name, n.type, n.weight) for n in net.nodes],
                          [(e.source, e.target, e.stories, e.polarity) for e in net.edges])
    return render(request, "network.html", about=about, net=net, names=names, chart=chart)


@router.get("/timeline", response_class=HTMLResponse, dependencies=corpus_page)
def timeline_page(request: Request, about: str = "", type: str = "") -> HTMLResponse:
    found = timeline(_clean(about), _clean(type), db=request.app.state.store, limit=LIMIT * 2)
    return render(request, "timeline.html", about=about, type=type, events=found)


@router.get("/articles/{article_id}", response_class=HTMLResponse, dependencies=corpus_page)
def article_page(request: Request, article_id: int) -> HTMLResponse:
    found = stored_article(article_id, request.app.state.store)
    if found is None:
        return render(request, "error.html", status=404, message_key="not_found")
    return render(request, "article.html", stored=found, article=found.article, pieces=pieces(found.article),
                  panels=panels(found.article))


@router.get("/docs", response_class=HTMLResponse)
def docs_page(request: Request) -> HTMLResponse:
    spec = request.app.openapi()
    return render(request, "docs.html", spec=spec)


def install(app: FastAPI) -> None:
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.include_router(router)
