"""The /v1 endpoints: thin adapters over ``warta.Pipeline`` and ``warta.corpus``.

List endpoints page with ``limit`` (at most ``MAX_LIMIT``) and ``offset`` (at most ``MAX_OFFSET``); the corpus
functions return best-first lists, so a page is a slice of the first ``offset + limit`` results.
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Literal

from fastapi import APIRouter, Depends, Query, Request, Response
from sqlalchemy.exc import OperationalError

from .. import SCHEMA, Article, __version__, corpus
from ..corpus.articles import ingest_record, stored_article
from ..corpus.network import network
from ..corpus.timeline import timeline
from ..store import StoreError
from .config import MAX_EDGES, MAX_LIMIT, MAX_OFFSET
from .errors import ApiError
from .models import DATE, ArticleIn, Health, Page, Stored
from .security import require_read, require_write
from .service import analyze_input, record_of

router = APIRouter(prefix="/v1")
reads = [Depends(require_read)]

# Parameter declarations are made afresh for every parameter: FastAPI binds a Query object to the first
# parameter it declares, so one object shared by 'speaker' and 'about' would read both from ?speaker=.
def Limit():
    return Query(20, ge=1, le=MAX_LIMIT, description=f"items per page (at most {MAX_LIMIT})")


def Offset():
    return Query(0, ge=0, le=MAX_OFFSET, description="items to skip")


def Since():
    return Query(None, pattern=DATE, description="from this publication date, YYYY-MM-DD")


def Until():
    return Query(None, pattern=DATE, description="up to this publication date, YYYY-MM-DD")


def Name(what: str = "an entity, by any of its names"):
    return Query(None, max_length=200, description=what)


def _page(fetch, limit: int, offset: int) -> Page:
    """One page of a best-first list; ``fetch(n)`` returns its first n items."""
    items = fetch(offset + limit + 1)
    more = len(items) > offset + limit
    return Page(items=[asdict(i) for i in items[offset:offset + limit]], limit=limit, offset=offset,
                next_offset=offset + limit if more else None)


@router.post("/analyze", response_class=Response, responses={200: {"model": Article}}, tags=["analysis"])
def analyze(body: ArticleIn, request: Request) -> Response:
    """Analyse one article (text or HTML) and return its record (``warta.article/1``); nothing is stored."""
    article = analyze_input(request.app, body)
    return Response(article.to_json(indent=None), media_type="application/json")


@router.post("/articles", status_code=201, response_model=Stored, tags=["corpus"],
             dependencies=[Depends(require_write)])
def add_article(body: ArticleIn, request: Request, response: Response) -> Stored:
    """Analyse and store one article (bearer token). A text already stored is not stored again (200)."""
    app = request.app
    with app.state.analysis_lock:
        try:
            written = ingest_record(record_of(body), app.state.store, pipeline=app.state.pipeline())
        except OperationalError as err:  # a read-only file or a full disk: the server's state, not the request's
            raise StoreError(str(err.orig).splitlines()[0]) from err
    if written.status == "duplicate":
        response.status_code = 200
    return Stored(status=written.status, id=written.id, group_id=written.group_id,
                  href=f"/v1/articles/{written.id}")


@router.get("/articles/{article_id}", dependencies=reads, tags=["corpus"])
def get_article(article_id: int, request: Request) -> dict:
    """A stored article: its analysis, the URLs it was seen at and its near-duplicate copies."""
    found = stored_article(article_id, request.app.state.store)
    if found is None:
        raise ApiError(404, "not_found", f"no stored article has id {article_id}")
    data = asdict(found)
    data["article"] = found.article.model_dump(mode="json", by_alias=True)
    return data


@router.get("/search", response_model=Page, dependencies=reads, tags=["corpus"])
def search(request: Request, q: str = Query(..., min_length=1, max_length=500, description="words to find"),
           kind: Literal["all", "article", "quote"] = "all", limit: int = Limit(), offset: int = Offset()) -> Page:
    """Articles and quotes containing every word of ``q`` (``word*`` matches a prefix), best first."""
    store = request.app.state.store
    try:
        return _page(lambda n: corpus.search(q, store, kind=kind, limit=n), limit, offset)
    except OperationalError as err:  # the corpus reduces queries to words; should one still not parse, say so
        raise ApiError(400, "bad_query", "the search query could not be parsed; use plain words") from err


@router.get("/quotes", response_model=Page, dependencies=reads, tags=["corpus"])
def quotes(request: Request, speaker: str | None = Name("the speaker, by any of their names"),
           about: str | None = Name(), since: str | None = Since(),
           until: str | None = Until(), limit: int = Limit(), offset: int = Offset()) -> Page:
    """Quotes by a speaker and/or about an entity, latest first; a story's copies count once."""
    return _page(lambda n: corpus.quotes(speaker, about, since, until, db=request.app.state.store, limit=n),
                 limit, offset)


@router.get("/claims", response_model=Page, dependencies=reads, tags=["corpus"])
def claims(request: Request, unit: str | None = Name("the unit counted: pasukan, warga, persen, IDR ..."),
           about: str | None = Name(), since: str | None = Since(),
           until: str | None = Until(), limit: int = Limit(), offset: int = Offset()) -> Page:
    """Numeric claims (of one unit, about one entity), oldest first, with claimant and revised value."""
    return _page(lambda n: corpus.claims(unit, about, since, until, db=request.app.state.store, limit=n),
                 limit, offset)


@router.get("/timeline", response_model=Page, dependencies=reads, tags=["corpus"])
def get_timeline(request: Request, about: str | None = Name(),
                 type: str | None = Query(None, max_length=40, description="PLOVER event type"),
                 since: str | None = Since(), until: str | None = Until(), limit: int = Limit(),
                 offset: int = Offset()) -> Page:
    """Events (about an entity, of a PLOVER type), dated, oldest first."""
    return _page(lambda n: timeline(about, type, since, until, db=request.app.state.store, limit=n), limit, offset)


@router.get("/network", dependencies=reads, tags=["corpus"])
def get_network(request: Request, about: str | None = Name(), since: str | None = Since(), until: str | None = Until(),
                limit: int = Query(50, ge=1, le=MAX_EDGES, description="strongest edges kept")) -> dict:
    """Who speaks about whom: speaker -> entity edges weighted by stories."""
    return asdict(network(about, since, until, db=request.app.state.store, limit=limit))


@router.get("/entities/{name}", dependencies=reads, tags=["corpus"])
def entity(name: str, request: Request, latest: int = Query(5, ge=0, le=MAX_LIMIT)) -> dict:
    """An entity's profile by any of its names (case-insensitive): titles, mentions per day, quotes."""
    profile = corpus.entity(name, request.app.state.store, latest=latest)
    if profile is None:
        raise ApiError(404, "not_found", "no entity in the corpus has this name")
    return asdict(profile)


@router.get("/health", response_model=Health, tags=["service"])
def health(request: Request) -> Health:
    """Liveness and the corpus size; never needs a token."""
    store = request.app.state.store
    return Health(status="ok", version=__version__, schema=SCHEMA, database=store.dialect, articles=store.count())
