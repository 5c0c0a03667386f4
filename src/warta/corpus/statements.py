"""Who said what, and who claimed which number: quotes and numeric claims across the corpus.

Names are resolved to corpus entities (every known variant, see ``warta.store.entities``); a speaker without an
entity is matched on the name the article gave. A quote is *about* an entity when one of its mentions lies
inside the quote or the quote is addressed to it; a claim is about an entity when it claimed the number or is
mentioned in the number's sentence. Copies of one story (near-duplicate group) are reported once, at the earliest
stored copy (a reprint is not a new statement, even inside a date range its original falls outside of). Dates
filter on the article's publication date (ISO strings compare in date order). Filtering, de-duplication and the
limit all run in the database, so a query over a large corpus reads only the rows it returns.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, Select, and_, case, exists, func, literal_column, or_, select

from ..store import Store
from ..store.entities import find, norm
from ..store.schema import articles, entities, entity_names, mentions, quantities, quotes


@dataclass(frozen=True)
class QuoteHit:
    speaker: str | None
    speaker_entity: int | None
    content: str
    kind: str
    cue: str | None
    published: str | None
    article_id: int
    ref: str
    title: str | None
    url: str | None
    quote_id: str  # the quote's id within its article (q3)


@dataclass(frozen=True)
class Claim:
    value: float
    unit: str | None
    text: str
    approx: str | None
    claimant: str | None
    context: str  # the text around the number
    published: str | None
    article_id: int
    ref: str
    title: str | None
    url: str | None
    previous: float | None  # the value this one revised, when the article says so
    quantity_id: str = ""  # the quantity's id within its article (n3)
    previous_id: str | None = None  # the article's quantity id of ``previous``


def _dates(stmt: Select, since: str | None, until: str | None) -> Select:
    if since:
        stmt = stmt.where(articles.c.published >= since)
    if until:
        stmt = stmt.where(articles.c.published <= until)
    return stmt


def _literal(limit: int):
    # A LIMIT written into the SQL, not bound: SQLite's planner only walks the date index to stop early (ms) when
    # it can see how few rows are wanted; with a bound LIMIT it sorts every matching row (seconds at 100k).
    return literal_column(str(int(limit)))


def _earlier_copy(table, same: list) -> exists:
    """An earlier-stored article of the same story (near-duplicate group) has this row already."""
    other, story = table.alias(), articles.alias()
    return exists().where(story.c.id == other.c.article_id, story.c.group_id == articles.c.group_id,
                          story.c.id < articles.c.id, *(cond(other) for cond in same))


def quotes_of(conn: Connection, *, speaker: str | int | None = None, about: str | int | None = None,
              since: str | None = None, until: str | None = None, limit: int = 100) -> list[QuoteHit]:
    stmt = select(quotes, articles.c.published, articles.c.ref, articles.c.title, articles.c.url,
                  articles.c.group_id).join(articles, articles.c.id == quotes.c.article_id)
    if speaker is not None:
        ids = [speaker] if isinstance(speaker, int) else find(conn, speaker)
        # A speaker the article left unlinked still matches by any known name of the entity.
        names = set(conn.execute(select(entity_names.c.norm).where(entity_names.c.entity_id.in_(ids))).scalars())
        if not isinstance(speaker, int):
            names.add(norm(speaker))
        stmt = stmt.where(or_(quotes.c.speaker_entity_id.in_(ids), func.lower(quotes.c.speaker_name).in_(names)))
    if about is not None:
        ids = [about] if isinstance(about, int) else find(conn, about)
        if not ids:  # nobody of that name in the corpus: nothing can be about them
            return []
        inside = exists().where(mentions.c.article_id == quotes.c.article_id, mentions.c.entity_id.in_(ids),
                                mentions.c.start >= quotes.c.start, mentions.c.end <= quotes.c.end)
        stmt = stmt.where(or_(inside, quotes.c.addressee_entity_id.in_(ids)))
    stmt = stmt.where(~_earlier_copy(quotes, [
        lambda o: o.c.content == quotes.c.content,
        lambda o: o.c.speaker_name.is_not_distinct_from(quotes.c.speaker_name),
    ]))
    # Latest first, undated last. SQLite sorts NULL lowest, so a plain DESC does it there and keeps the
    # published index usable (NULLS LAST would force a full sort: 1.7 s instead of ms at 200k quotes).
    latest = articles.c.published.desc()
    stmt = _dates(stmt, since, until).order_by(
        latest if conn.dialect.name == "sqlite" else latest.nulls_last(), articles.c.id.desc(), quotes.c.start,
    ).limit(_literal(limit))
    rows = conn.execute(stmt).all()
    return [QuoteHit(r.speaker_name, r.speaker_entity_id, r.content, r.kind, r.cue, r.published, r.article_id,
                     r.ref, r.title, r.url, r.local_id) for r in rows]


def quotes_query(speaker: str | None = None, about: str | None = None, since: str | None = None,
                 until: str | None = None, db: str | Path | Store | None = None, limit: int = 100) -> list[QuoteHit]:
    """Quotes by ``speaker`` and/or about ``about``, latest first, each story's copies counted once."""
    with Store.using(db) as store, store.engine.connect() as conn:
        return quotes_of(conn, speaker=speaker, about=about, since=since, until=until, limit=limit)


def claims_of(conn: Connection, *, unit: str | None = None, about: str | int | None = None,
              since: str | None = None, until: str | None = None, limit: int = 200) -> list[Claim]:
    claimed = quotes.alias("claimed")
    prev = quantities.alias("prev")
    # SQL substr is 1-based, and a start below 1 means something else in each database: clamp it.
    context = func.substr(articles.c.text, case((quantities.c.start < 80, 1), else_=quantities.c.start - 79),
                          quantities.c.end - quantities.c.start + 160)
    stmt = (
        select(quantities, articles.c.published, articles.c.ref, articles.c.title, articles.c.url,
               articles.c.group_id, entities.c.name.label("claimant_name"),
               claimed.c.speaker_name.label("quote_speaker"), prev.c.value.label("previous_value"),
               context.label("context"))
        .join(articles, articles.c.id == quantities.c.article_id)
        .outerjoin(entities, entities.c.id == quantities.c.claimed_by_entity_id)
        .outerjoin(claimed, and_(claimed.c.article_id == quantities.c.article_id,
                                 claimed.c.local_id == quantities.c.claimed_by_quote))
        .outerjoin(prev, and_(prev.c.article_id == quantities.c.article_id, prev.c.local_id == quantities.c.previous))
    )
    if unit:
        stmt = stmt.where(func.lower(quantities.c.unit) == unit.casefold())
    if about is not None:
        ids = [about] if isinstance(about, int) else find(conn, about)
        if not ids:  # nobody of that name in the corpus: nothing can be about them
            return []
        near = exists().where(mentions.c.article_id == quantities.c.article_id, mentions.c.entity_id.in_(ids),
                              mentions.c.sentence == quantities.c.sentence)
        stmt = stmt.where(or_(quantities.c.claimed_by_entity_id.in_(ids), near))
    stmt = stmt.where(~_earlier_copy(quantities, [
        lambda o: o.c.value == quantities.c.value,
        lambda o: o.c.unit.is_not_distinct_from(quantities.c.unit),
        lambda o: o.c.claimed_by_entity_id.is_not_distinct_from(quantities.c.claimed_by_entity_id),
    ]))
    stmt = _dates(stmt, since, until).order_by(  # a timeline: oldest first
        articles.c.published.asc().nulls_last(), articles.c.id, quantities.c.start).limit(_literal(limit))
    rows = conn.execute(stmt).all()
    return [Claim(_number(r.value), r.unit, r.text, r.approx, r.claimant_name or r.quote_speaker,
                  " ".join(r.context.split()), r.published, r.article_id, r.ref, r.title, r.url,
                  _number(r.previous_value) if r.previous_value is not None else None, r.local_id,
                  r.previous if r.previous_value is not None else None) for r in rows]


def _number(value: float) -> float | int:
    return int(value) if float(value).is_integer() else value


def claims_query(unit: str | None = None, about: str | None = None, since: str | None = None,
                 until: str | None = None, db: str | Path | Store | None = None, limit: int = 200) -> list[Claim]:
    """Numeric claims (optionally of one unit, about one entity), oldest first, copies counted once."""
    with Store.using(db) as store, store.engine.connect() as conn:
        return claims_of(conn, unit=unit, about=about, since=since, until=until, limit=limit)
