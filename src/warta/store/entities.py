"""Corpus-level entities: one row per real-world entity, merged across articles by KB id and name variants.

An article's entity joins an existing one when they share a KB id, or, without a KB id, when its name (else one
of its aliases) is a known name of an entity of the same type, preferring entities that have a KB id. When a KB
id first appears for a name that is already known without one, the existing entity takes the KB id, so earlier
articles stay linked. Every name and alias seen is recorded in ``entity_names``.

Surnames alone ("Widodo") are not used to merge: across a corpus they name many people.
"""

from __future__ import annotations

import re

from sqlalchemy import Connection, select, update

from ..article import Entity
from .schema import entities, entity_names
from .sql import insert_ignore

_SPACE = re.compile(r"\s+")


def norm(name: str) -> str:
    """The form names are matched in: case folded, whitespace collapsed."""
    return _SPACE.sub(" ", name).strip().casefold()


def _known(conn: Connection, keys: set[str], kbs: set[str]) -> tuple[dict, dict]:
    """Existing entities by KB id, and by (type, name) -> [(has no kb, id)], in two queries for one article."""
    by_kb = dict(conn.execute(select(entities.c.kb, entities.c.id).where(entities.c.kb.in_(kbs))).all()) if kbs else {}
    by_name: dict[tuple[str, str], list] = {}
    rows = conn.execute(
        select(entity_names.c.norm, entities.c.type, entities.c.kb, entities.c.id)
        .join(entities, entities.c.id == entity_names.c.entity_id).where(entity_names.c.norm.in_(keys))
    ).all() if keys else []
    for key, type_, kb, eid in rows:
        by_name.setdefault((type_, key), []).append((kb is None, eid))
    for candidates in by_name.values():
        candidates.sort()  # entities with a KB id first, then the oldest
    return by_kb, by_name


def resolve_all(conn: Connection, article_entities: list[Entity], seen_at: str) -> dict[str, int]:
    """Corpus ids of an article's entities (``e1`` -> id), creating or enriching corpus entities as needed."""
    variants = {e.id: [v for v in (e.name, *e.aliases) if v.strip()] for e in article_entities}
    keys = {norm(v) for vs in variants.values() for v in vs}
    by_kb, by_name = _known(conn, keys, {e.kb for e in article_entities if e.kb})
    known = {(eid, key) for (_, key), candidates in by_name.items() for _, eid in candidates}
    ids: dict[str, int] = {}
    names: dict[tuple[int, str], str] = {}
    for ent in article_entities:
        ent_keys = list(dict.fromkeys(norm(v) for v in variants[ent.id])) or [norm(ent.name)]
        found = None
        if ent.kb:
            found = by_kb.get(ent.kb)
            if found is None:
                # The first KB id for a name known without one: that entity takes it, so older articles stay linked.
                plain = [eid for no_kb, eid in by_name.get((ent.type, ent_keys[0]), []) if no_kb]
                if plain:
                    found = plain[0]
                    conn.execute(update(entities).where(entities.c.id == found).values(kb=ent.kb))
        else:
            found = next((by_name[(ent.type, k)][0][1] for k in ent_keys if (ent.type, k) in by_name), None)
        if found is None:
            found = conn.execute(entities.insert().values(
                name=ent.name, type=ent.type, kb=ent.kb, first_seen=seen_at)).inserted_primary_key[0]
        if ent.kb:
            by_kb[ent.kb] = found
        for k in ent_keys:  # later entities of this article see this one (two e's for one person merge)
            candidates = by_name.setdefault((ent.type, k), [])
            if all(eid != found for _, eid in candidates):
                candidates.insert(0 if ent.kb else len(candidates), (ent.kb is None, found))
        ids[ent.id] = found
        for v in reversed(variants[ent.id]):
            names[(found, norm(v))] = v
    insert_ignore(conn, entity_names, [{"entity_id": eid, "norm": k, "name": v}
                                       for (eid, k), v in names.items() if (eid, k) not in known])
    return ids


def find(conn: Connection, name: str) -> list[int]:
    """Corpus entity ids known by ``name`` (exact, case-insensitive), those with a KB id first."""
    rows = conn.execute(
        select(entities.c.id)
        .join(entity_names, entity_names.c.entity_id == entities.c.id)
        .where(entity_names.c.norm == norm(name))
        .group_by(entities.c.id, entities.c.kb)
        .order_by(entities.c.kb.is_(None), entities.c.id)
    ).all()
    return [r[0] for r in rows]
