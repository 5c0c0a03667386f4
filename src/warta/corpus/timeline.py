"""A timeline of what happened across the corpus: the events the pipeline coded (PLOVER types), dated.

An event is dated by its own time expression when it has one (``2024-10-28``, ``2024-10``), else by the day
its story first appeared (the earliest publication date of its copies). Stories are read in that order, so an
event dated long before its story may sort late at a page's edge. An event is *about* an entity when the entity
is its actor, target or location. Copies of one story (near-duplicate group) report an event once.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, case, func, or_, select

from ..store import Store
from ..store.entities import find
from ..store.schema import articles, entities, events

_CONTEXT = 70  # characters of article text on each side of the trigger


@dataclass(frozen=True)
class TimelineEvent:
    date: str | None  # the event's own date when the article gives one, else the publication date
    type: str
    mode: str | None
    trigger: str
    actor: str | None
    target: str | None
    location: str | None
    negated: bool
    modality: str
    context: str
    published: str | None
    article_id: int
    ref: str
    title: str | None
    event_id: str  # the event's id within its article (v3)


def timeline_of(conn: Connection, *, about: str | int | None = None, type: str | None = None,
                since: str | None = None, until: str | None = None, limit: int = 200) -> list[TimelineEvent]:
    actor, target, place = entities.alias("actor"), entities.alias("target"), entities.alias("place")
    start = events.c.trigger_start
    context = func.substr(articles.c.text, case((start < _CONTEXT, 1), else_=start - _CONTEXT + 1),
                          events.c.trigger_end - start + 2 * _CONTEXT)
    # A story counts on the day it first appeared: copies printed later take their group's first date.
    first = (select(articles.c.group_id, func.min(articles.c.published).label("day"))
             .group_by(articles.c.group_id).subquery())
    stmt = (select(events, articles.c.published, articles.c.ref, articles.c.title, articles.c.group_id,
                   first.c.day.label("first_day"), actor.c.name.label("actor_name"),
                   target.c.name.label("target_name"), place.c.name.label("place_name"), context.label("around"),
                   func.length(articles.c.text).label("size"))
            .join(articles, articles.c.id == events.c.article_id)
            .join(first, first.c.group_id == articles.c.group_id)
            .outerjoin(actor, actor.c.id == events.c.actor_entity_id)
            .outerjoin(target, target.c.id == events.c.target_entity_id)
            .outerjoin(place, place.c.id == events.c.location_entity_id))
    if about is not None:
        ids = [about] if isinstance(about, int) else find(conn, about)
        stmt = stmt.where(or_(events.c.actor_entity_id.in_(ids), events.c.target_entity_id.in_(ids),
                              events.c.location_entity_id.in_(ids)))
    if type:
        stmt = stmt.where(events.c.type == type.upper())
    if since:
        # Events are reported when or after they happen: a story published before ``since`` rarely holds an
        # event after it (announced plans do; they are missed here), and the filter lets the index do the work.
        stmt = stmt.where(first.c.day >= since)
    # Read only the oldest stories' events, not the whole corpus: enough rows for ``limit`` events after copies
    # are dropped. Undated stories come last on both databases (NULLs sort differently in each).
    stmt = stmt.order_by(first.c.day.is_(None), first.c.day, articles.c.first_seen, articles.c.id,
                         events.c.trigger_start).limit(limit * 4 + 100)
    kept, seen = [], set()
    for r in conn.execute(stmt):
        key = (r.group_id, r.type, r.actor_entity_id, r.target_entity_id, r.trigger_text.casefold())
        if key in seen:
            continue
        seen.add(key)
        day = _date(r.time_value) or r.first_day
        if (since and (day or "") < since) or (until and (day or "") > until):
            continue
        kept.append(TimelineEvent(day, r.type, r.mode, r.trigger_text, r.actor_name, r.target_name, r.place_name,
                                  bool(r.negated), r.modality, _words(r.around, r.trigger_start > _CONTEXT,
                                                                     r.trigger_end + _CONTEXT < r.size),
                                  r.published,
                                  r.article_id, r.ref, r.title, r.local_id))
    kept.sort(key=lambda e: (e.date or "", e.article_id))  # oldest first
    return kept[:limit]


def _words(context: str, cut_before: bool, cut_after: bool) -> str:
    """The context without the partial words at its cut edges, marked with an ellipsis."""
    words = context.split()
    if cut_before and len(words) > 2:
        words = ["…", *words[1:]]
    if cut_after and len(words) > 2:
        words = [*words[:-1], "…"]
    return " ".join(words)


def _date(value: str | None) -> str | None:
    """A time value that names a day, month or year (not a duration, a range or a clock time alone)."""
    if not value or value.startswith("P") or "/" in value:
        return None
    return value[:10] if value[:4].isdigit() else None


def timeline(about: str | None = None, type: str | None = None, since: str | None = None,
             until: str | None = None, db: str | Path | Store | None = None, limit: int = 200) -> list[TimelineEvent]:
    """Events (optionally about one entity, of one PLOVER type, between two dates), oldest first."""
    with Store.using(db) as store, store.engine.connect() as conn:
        return timeline_of(conn, about=about, type=type, since=since, until=until, limit=limit)
