"""Writing analysed articles into the corpus, one transaction per article.

``write_article`` is idempotent: an article whose normalised text is already stored (same content hash) is not
written again; its URL, if new, is added to the stored copy. A near-duplicate (MinHash similarity at or above
``dedup.THRESHOLD`` to a stored article) is stored with its own analysis but joins that article's group, so
queries can count the story once. Because each article is one transaction, an ingest killed mid-run leaves
only whole articles behind, and re-running it skips them.
"""

from __future__ import annotations

import json
from bisect import bisect_right
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Literal

from sqlalchemy import Connection, bindparam, select, update

from ..article import Article
from . import dedup
from .entities import resolve_all
from .schema import (
    ANALYSIS_TABLES,
    article_bands,
    article_entities,
    article_urls,
    articles,
    events,
    mentions,
    quantities,
    quotes,
    times,
)
from .sql import insert_ignore, insert_many

Status = Literal["added", "duplicate", "near_duplicate"]


@dataclass(frozen=True)
class Written:
    status: Status
    id: int  # the stored article's row id (the existing copy's, for a duplicate)
    group_id: int


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def add_url(conn: Connection, article_id: int, url: str | None, seen_at: str) -> None:
    if url:
        insert_ignore(conn, article_urls, [{"article_id": article_id, "url": url, "first_seen": seen_at}])


def find_duplicate(conn: Connection, *, content_hash: str | None = None, raw_hash: str | None = None):
    """The stored (id, group_id) with this content hash or raw input hash, else None."""
    column, value = (articles.c.content_hash, content_hash) if content_hash else (articles.c.raw_hash, raw_hash)
    return conn.execute(select(articles.c.id, articles.c.group_id).where(column == value).limit(1)).first()


# Band keys are unique across bands (the band number is hashed in), so one IN list finds every candidate.
_CANDIDATES = select(articles.c.group_id, articles.c.minhash).where(articles.c.id.in_(
    select(article_bands.c.article_id).where(article_bands.c.key.in_(bindparam("keys", expanding=True)))))


def _near_duplicate(conn: Connection, sig, keys: list[int]) -> tuple[int, float] | None:
    """(group id, similarity) of the most similar stored article above the threshold."""
    best = None
    for row in conn.execute(_CANDIDATES, {"keys": keys}):
        score = dedup.similarity(sig, dedup.from_bytes(row.minhash))
        if score >= dedup.THRESHOLD and (best is None or score > best[1]):
            best = (row.group_id, score)
    return best


def write_article(conn: Connection, article: Article, *, version: str, raw_hash: str | None = None,
                  seen_at: str | None = None) -> Written:
    """Store one analysed article (call inside a write transaction: ``with engine.writing(e) as conn``)."""
    seen_at = seen_at or now()
    chash = dedup.content_hash(article.text)
    existing = find_duplicate(conn, content_hash=chash)
    if existing:
        add_url(conn, existing.id, article.meta.url, seen_at)
        return Written("duplicate", existing.id, existing.group_id)
    sig = dedup.signature(article.text)
    keys = dedup.band_keys(sig)
    near = _near_duplicate(conn, sig, keys)
    meta = article.meta
    row_id = conn.execute(articles.insert().values(
        ref=article.id, content_hash=chash, raw_hash=raw_hash or dedup.raw_hash(article.text),
        group_id=near[0] if near else None, similarity=near[1] if near else None,
        title=meta.title, url=meta.url, outlet=meta.outlet, published=meta.published, dateline=meta.dateline,
        agency=meta.agency, author=meta.author, language=meta.language, text=article.text,
        minhash=dedup.to_bytes(sig), first_seen=seen_at, warta_version=version, analyzed_at=seen_at,
        analysis=article.to_json(indent=None),
    )).inserted_primary_key[0]
    if not near:
        conn.execute(update(articles).where(articles.c.id == row_id).values(group_id=row_id))
    insert_many(conn, article_bands, [{"article_id": row_id, "band": b, "key": k} for b, k in enumerate(keys)])
    add_url(conn, row_id, meta.url, seen_at)
    write_analysis(conn, row_id, article, seen_at)
    return Written("near_duplicate" if near else "added", row_id, near[0] if near else row_id)


def write_analysis(conn: Connection, row_id: int, article: Article, seen_at: str) -> None:
    """Insert the per-article rows (entities, mentions, quotes, times, quantities, events) of one article."""
    starts = [s for s, _ in article.sentences]

    def sentence(offset: int) -> int | None:
        return bisect_right(starts, offset) - 1 if starts else None

    ids = resolve_all(conn, article.entities, seen_at)
    linked, spans = [], []
    for ent in article.entities:
        linked.append({"article_id": row_id, "local_id": ent.id, "entity_id": ids[ent.id], "name": ent.name,
                       "type": ent.type, "titles": json.dumps(ent.titles, ensure_ascii=False),
                       "stands_for": ent.stands_for, "mention_count": len(ent.mentions)})
        spans += [{"article_id": row_id, "local_id": f"{ent.id}.{i}", "entity_id": ids[ent.id], "text": m.text,
                   "start": m.start, "end": m.end, "kind": m.kind, "sentence": sentence(m.start)}
                  for i, m in enumerate(ent.mentions, 1)]
    time_values = {t.id: t.value for t in article.times}
    rows = {
        article_entities: linked,
        mentions: spans,
        quotes: [{
            "article_id": row_id, "local_id": q.id, "kind": q.kind,
            "speaker_entity_id": ids.get(q.speaker.entity) if q.speaker and q.speaker.entity else None,
            "speaker_name": q.speaker.name if q.speaker else None,
            "speaker_text": q.speaker.text if q.speaker else None,
            "speaker_start": q.speaker.start if q.speaker else None,
            "speaker_end": q.speaker.end if q.speaker else None,
            "cue": q.cue.text if q.cue else None, "content": q.content, "start": q.start, "end": q.end,
            "sentence": sentence(q.start), "continuation": q.continuation,
            "reported_by": q.reported_by.name if q.reported_by else None,
            "addressee_entity_id": ids.get(q.addressee) if q.addressee else None,
            "channel": q.channel, "time_value": time_values.get(q.time) if q.time else None,
        } for q in article.quotes],
        times: [{"article_id": row_id, "local_id": t.id, "text": t.text, "start": t.start, "end": t.end,
                 "value": t.value, "type": t.type, "anchor": t.anchor} for t in article.times],
        quantities: [{
            "article_id": row_id, "local_id": n.id, "text": n.text, "start": n.start, "end": n.end,
            "sentence": sentence(n.start), "value": float(n.value), "unit": n.unit, "approx": n.approx,
            "claimed_by_entity_id": ids.get(n.claimed_by) if n.claimed_by else None,
            "claimed_by_quote": n.claimed_by if n.claimed_by and n.claimed_by not in ids else None,
            "previous": n.previous,
        } for n in article.quantities],
        events: [{
            "article_id": row_id, "local_id": v.id, "type": v.type, "mode": v.mode,
            "context": json.dumps(v.context), "trigger_text": v.trigger.text, "trigger_start": v.trigger.start,
            "trigger_end": v.trigger.end, "actor_entity_id": ids.get(v.actor) if v.actor else None,
            "target_entity_id": ids.get(v.target) if v.target else None,
            "location_entity_id": ids.get(v.location) if v.location else None,
            "time_value": time_values.get(v.time) if v.time else None, "negated": v.negated,
            "modality": v.modality, "source_quote": v.source, "sentence": v.sentence, "confidence": v.confidence,
        } for v in article.events],
    }
    for table, values in rows.items():
        insert_many(conn, table, values)


def replace_analysis(conn: Connection, row_id: int, article: Article, *, version: str,
                     seen_at: str | None = None) -> None:
    """Swap a stored article's analysis for a new one of the same text (``warta reanalyze``), in one transaction.

    The article keeps its row, URLs, group and first-seen time; its per-article rows are deleted and rewritten.
    """
    seen_at = seen_at or now()
    for table in ANALYSIS_TABLES:
        conn.execute(table.delete().where(table.c.article_id == row_id))
    meta = article.meta
    conn.execute(update(articles).where(articles.c.id == row_id).values(
        title=meta.title, outlet=meta.outlet, published=meta.published, dateline=meta.dateline, agency=meta.agency,
        author=meta.author, language=meta.language, warta_version=version, analyzed_at=seen_at,
        analysis=article.to_json(indent=None)))
    write_analysis(conn, row_id, article, seen_at)
