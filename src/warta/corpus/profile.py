"""An entity's profile across the corpus: who it is, how it is titled, how often and with whom it appears,
and what it said and what was said about it.

Counts are of stories (near-duplicate groups), not of stored copies, so a wire story reprinted by ten outlets
counts once.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection, func, select

from ..store import Store
from ..store.entities import find
from ..store.schema import article_entities, articles, entities, entity_names
from .statements import QuoteHit, quotes_of


@dataclass(frozen=True)
class Title:
    title: str
    first: str | None  # publication dates of the first and last story using it
    last: str | None
    stories: int


@dataclass
class Profile:
    id: int
    name: str
    type: str
    kb: str | None
    names: list[str]
    stories: int
    titles: list[Title] = field(default_factory=list)
    mentions_by_day: list[tuple[str, int]] = field(default_factory=list)  # (date, stories that day)
    co_mentioned: list[tuple[str, int]] = field(default_factory=list)  # (name, stories together)
    quotes_by: list[QuoteHit] = field(default_factory=list)
    quotes_about: list[QuoteHit] = field(default_factory=list)
    others: list[tuple[int, str, str]] = field(default_factory=list)  # other entities with this name (id, name, type)


def profile_of(conn: Connection, name: str, *, top: int = 10, latest: int = 5) -> Profile | None:
    ids = find(conn, name)
    if not ids:
        return None
    eid = ids[0]
    row = conn.execute(select(entities).where(entities.c.id == eid)).one()
    names = conn.execute(select(entity_names.c.name).where(entity_names.c.entity_id == eid)
                         .order_by(entity_names.c.name)).scalars().all()
    others = [tuple(r) for r in conn.execute(
        select(entities.c.id, entities.c.name, entities.c.type).where(entities.c.id.in_(ids[1:])))]
    groups = func.count(articles.c.group_id.distinct())
    linked = (article_entities.join(articles, articles.c.id == article_entities.c.article_id))
    stories = conn.execute(select(groups).select_from(linked).where(article_entities.c.entity_id == eid)).scalar()

    # A story reprinted on later days counts on the day it first appeared.
    first_day = (select(func.min(articles.c.published).label("day")).select_from(linked)
                 .where(article_entities.c.entity_id == eid, articles.c.published.is_not(None))
                 .group_by(articles.c.group_id).subquery())
    by_day = conn.execute(select(first_day.c.day, func.count()).group_by(first_day.c.day)
                          .order_by(first_day.c.day)).all()

    # Titles are stored per article as JSON lists; fold them here (a few hundred rows for a busy entity).
    seen: dict[str, dict] = {}
    for published, group, titles in conn.execute(
            select(articles.c.published, articles.c.group_id, article_entities.c.titles).select_from(linked)
            .where(article_entities.c.entity_id == eid, article_entities.c.titles != "[]")):
        for title in json.loads(titles or "[]"):
            t = seen.setdefault(title, {"first": published, "last": published, "groups": set()})
            t["groups"].add(group)
            if published and (t["first"] is None or published < t["first"]):
                t["first"] = published
            if published and (t["last"] is None or published > t["last"]):
                t["last"] = published
    titles = sorted((Title(k, v["first"], v["last"], len(v["groups"])) for k, v in seen.items()),
                    key=lambda t: (t.first or "", t.title))

    mine = select(article_entities.c.article_id).where(article_entities.c.entity_id == eid).scalar_subquery()
    co = conn.execute(
        select(entities.c.name, groups.label("n"))
        .select_from(linked.join(entities, entities.c.id == article_entities.c.entity_id))
        .where(article_entities.c.article_id.in_(mine), article_entities.c.entity_id != eid)
        .group_by(entities.c.id, entities.c.name).order_by(groups.desc(), entities.c.name).limit(top)).all()

    return Profile(
        id=eid, name=row.name, type=row.type, kb=row.kb, names=list(names), stories=stories or 0, titles=titles,
        mentions_by_day=[(d, n) for d, n in by_day], co_mentioned=[(n, c) for n, c in co],
        quotes_by=quotes_of(conn, speaker=eid, limit=latest), quotes_about=quotes_of(conn, about=eid, limit=latest),
        others=others)


def entity_profile(name: str, db: str | Path | Store | None = None, *, top: int = 10,
                   latest: int = 5) -> Profile | None:
    """The profile of the entity known by ``name`` (any variant, case-insensitive), or None if unknown."""
    with Store.using(db) as store, store.engine.connect() as conn:
        return profile_of(conn, name, top=top, latest=latest)
