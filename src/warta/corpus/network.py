"""Who reacts to whom: a network of speakers and the entities their statements are about.

An edge goes from a quote's speaker (a corpus entity) to an entity the quote is about: one mentioned inside
the quote, or the one it was addressed to. Its weight counts stories (near-duplicate groups), so a reprinted
wire story counts once. With ``about``, only edges touching that entity are kept.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection, and_, func, or_, select, union

from ..store import Store
from ..store.entities import find
from ..store.schema import articles, entities, mentions, quotes


@dataclass(frozen=True)
class Node:
    id: int
    name: str
    type: str
    weight: int  # the summed story counts of its kept edges


@dataclass(frozen=True)
class Edge:
    source: int  # the speaker's entity id
    target: int  # the entity spoken about
    stories: int


@dataclass
class Network:
    nodes: list[Node] = field(default_factory=list)
    edges: list[Edge] = field(default_factory=list)


def network_of(conn: Connection, *, about: str | int | None = None, since: str | None = None,
               until: str | None = None, limit: int = 50) -> Network:
    speaker = quotes.c.speaker_entity_id
    inside = (select(speaker.label("source"), mentions.c.entity_id.label("target"), articles.c.group_id)
              .join(mentions, and_(mentions.c.article_id == quotes.c.article_id, mentions.c.start >= quotes.c.start,
                                   mentions.c.end <= quotes.c.end))
              .join(articles, articles.c.id == quotes.c.article_id))
    addressed = (select(speaker.label("source"), quotes.c.addressee_entity_id.label("target"), articles.c.group_id)
                 .join(articles, articles.c.id == quotes.c.article_id)
                 .where(quotes.c.addressee_entity_id.is_not(None)))
    parts = []
    for part in (inside, addressed):
        part = part.where(speaker.is_not(None))
        if since:
            part = part.where(articles.c.published >= since)
        if until:
            part = part.where(articles.c.published <= until)
        parts.append(part)
    pairs = union(*parts).subquery()  # UNION drops a pair found both ways in one story
    stmt = (select(pairs.c.source, pairs.c.target, func.count(pairs.c.group_id.distinct()).label("n"))
            .where(pairs.c.source != pairs.c.target).group_by(pairs.c.source, pairs.c.target))
    if about is not None:
        ids = [about] if isinstance(about, int) else find(conn, about)
        stmt = stmt.where(or_(pairs.c.source.in_(ids), pairs.c.target.in_(ids)))
    rows = conn.execute(stmt.order_by(func.count(pairs.c.group_id.distinct()).desc(), pairs.c.source,
                                      pairs.c.target).limit(limit)).all()
    edges = [Edge(s, t, n) for s, t, n in rows]
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
    """The strongest speaker -> spoken-about edges (optionally touching ``about``), strongest first."""
    with Store.using(db) as store, store.engine.connect() as conn:
        return network_of(conn, about=about, since=since, until=until, limit=limit)
