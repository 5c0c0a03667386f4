"""Who reacts to whom: a directed network of corpus entities from events and quotes, with polarity.

Two kinds of edge:

- ``event``: an event's actor -> its target, typed by the PLOVER quad class of the event type (verbal or
  material, cooperation or conflict) and signed by it (cooperation +1, conflict -1). Negated events ("menolak
  bertemu") are left out: they report that something did not happen.
- ``quote``: a quote's speaker -> an entity the quote is about (mentioned inside it, or addressed). Its polarity
  comes from the events reported inside the quote (their sign summed: "Rusia menyerang ..." inside a quote makes
  it -1), else it is neutral (0); ``quad`` is None.

An edge is one (source, target, kind, quad, polarity); its weight counts stories (near-duplicate groups), so a
reprinted wire story counts once. With ``about``, only edges touching that entity are kept.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection, String, and_, case, cast, func, literal, null, or_, select, union

from ..store import Store
from ..store.entities import find
from ..store.schema import articles, entities, events, mentions, quotes

# PLOVER's quad classes (the PLOVER manual's grouping of its 16 event types), and the sign each one carries.
QUAD = {
    "AGREE": "verbal cooperation", "CONSULT": "verbal cooperation", "SUPPORT": "verbal cooperation",
    "CONCEDE": "verbal cooperation",
    "COOPERATE": "material cooperation", "AID": "material cooperation", "RETREAT": "material cooperation",
    "REQUEST": "verbal conflict", "ACCUSE": "verbal conflict", "REJECT": "verbal conflict",
    "THREATEN": "verbal conflict",
    "PROTEST": "material conflict", "SANCTION": "material conflict", "MOBILIZE": "material conflict",
    "COERCE": "material conflict", "ASSAULT": "material conflict",
}
SIGN = {"verbal cooperation": 1, "material cooperation": 1, "verbal conflict": -1, "material conflict": -1}


@dataclass(frozen=True)
class Node:
    id: int
    name: str
    type: str
    weight: int  # the summed story counts of its kept edges


@dataclass(frozen=True)
class Edge:
    source: int  # the actor's or speaker's entity id
    target: int  # the event's target, or the entity spoken about
    stories: int
    kind: str = "quote"  # "event" or "quote"
    quad: str | None = None  # the PLOVER quad class of an event edge
    polarity: int = 0  # +1 cooperation, -1 conflict, 0 neutral


@dataclass
class Network:
    nodes: list[Node] = field(default_factory=list)
    edges: list[Edge] = field(default_factory=list)


def _sign(expr):
    return case((expr > 0, 1), (expr < 0, -1), else_=0)


def _quote_polarity():
    """The summed sign of the events reported inside the quote row (0 without any), as -1, 0 or +1."""
    signs = case({t: SIGN[q] for t, q in QUAD.items()}, value=events.c.type, else_=0)
    total = (select(func.coalesce(func.sum(signs), 0))
             .where(events.c.article_id == quotes.c.article_id, events.c.source_quote == quotes.c.local_id,
                    events.c.negated.is_(False))
             .scalar_subquery())
    return _sign(total)


def _pairs(since: str | None, until: str | None):
    """(source, target, group_id, kind, quad, polarity) for every edge occurrence, once per story."""
    speaker = quotes.c.speaker_entity_id
    polarity, no_quad, quote = _quote_polarity(), cast(null(), String), literal("quote", String)
    inside = (select(speaker.label("source"), mentions.c.entity_id.label("target"), articles.c.group_id,
                     quote.label("kind"), no_quad.label("quad"), polarity.label("polarity"))
              .join(mentions, and_(mentions.c.article_id == quotes.c.article_id, mentions.c.start >= quotes.c.start,
                                   mentions.c.end <= quotes.c.end))
              .join(articles, articles.c.id == quotes.c.article_id)
              .where(speaker.is_not(None)))
    addressed = (select(speaker.label("source"), quotes.c.addressee_entity_id.label("target"), articles.c.group_id,
                        quote.label("kind"), no_quad.label("quad"), polarity.label("polarity"))
                 .join(articles, articles.c.id == quotes.c.article_id)
                 .where(speaker.is_not(None), quotes.c.addressee_entity_id.is_not(None)))
    done = (select(events.c.actor_entity_id.label("source"), events.c.target_entity_id.label("target"),
                   articles.c.group_id, literal("event", String).label("kind"),
                   case(QUAD, value=events.c.type).label("quad"),
                   case({t: SIGN[q] for t, q in QUAD.items()}, value=events.c.type).label("polarity"))
            .join(articles, articles.c.id == events.c.article_id)
            .where(events.c.actor_entity_id.is_not(None), events.c.target_entity_id.is_not(None),
                   events.c.negated.is_(False), events.c.type.in_(list(QUAD))))
    parts = []
    for part in (inside, addressed, done):
        if since:
            part = part.where(articles.c.published >= since)
        if until:
            part = part.where(articles.c.published <= until)
        parts.append(part)
    return union(*parts).subquery()  # UNION drops an edge found twice in one story


def network_of(conn: Connection, *, about: str | int | None = None, since: str | None = None,
               until: str | None = None, limit: int = 50) -> Network:
    pairs = _pairs(since, until)
    stories = func.count(pairs.c.group_id.distinct())
    key = (pairs.c.source, pairs.c.target, pairs.c.kind, pairs.c.quad, pairs.c.polarity)
    stmt = select(*key, stories.label("n")).where(pairs.c.source != pairs.c.target).group_by(*key)
    if about is not None:
        ids = [about] if isinstance(about, int) else find(conn, about)
        stmt = stmt.where(or_(pairs.c.source.in_(ids), pairs.c.target.in_(ids)))
    # coalesce: the two databases sort NULL at opposite ends, and the order must not depend on the backend.
    rows = conn.execute(stmt.order_by(stories.desc(), pairs.c.source, pairs.c.target, pairs.c.kind,
                                      func.coalesce(pairs.c.quad, ""), pairs.c.polarity).limit(limit)).all()
    edges = [Edge(r.source, r.target, r.n, r.kind, r.quad, int(r.polarity)) for r in rows]
    weight: dict[int, int] = {}
    for e in edges:
        weight[e.source] = weight.get(e.source, 0) + e.stories
        weight[e.target] = weight.get(e.target, 0) + e.stories
    names = {r.id: r for r in conn.execute(select(entities.c.id, entities.c.name, entities.c.type)
                                           .where(entities.c.id.in_(list(weight))))} if weight else {}
    nodes = sorted((Node(i, names[i].name, names[i].type, w) for i, w in weight.items()),
                   key=lambda n: (-n.weight, n.name))
    return Network(nodes, edges)


def network(about: str | None = None, since: str | None = None, until: str | None = None,
            db: str | Path | Store | None = None, limit: int = 50) -> Network:
    """The strongest actor/speaker -> target edges (optionally touching ``about``), strongest first."""
    with Store.using(db) as store, store.engine.connect() as conn:
        return network_of(conn, about=about, since=since, until=until, limit=limit)
