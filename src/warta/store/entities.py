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


def _by_name(conn: Connection, type_: str, names: list[str]) -> int | None:
    for key in names:
        row = conn.execute(
            select(entities.c.id)
            .join(entity_names, entity_names.c.entity_id == entities.c.id)
            .where(entity_names.c.norm == key, entities.c.type == type_)
            .order_by(entities.c.kb.is_(None), entities.c.id)
            .limit(1)
        ).first()
        if row:
            return row[0]
    return None


def resolve(conn: Connection, entity: Entity, seen_at: str) -> int:
    """The corpus id of ``entity``, creating or enriching the corpus entity as needed."""
    variants = [entity.name, *entity.aliases]
    keys = list(dict.fromkeys(norm(v) for v in variants if v.strip()))
    found = None
    if entity.kb:
        found = conn.execute(select(entities.c.id).where(entities.c.kb == entity.kb)).scalar()
        if found is None:
            row = conn.execute(
                select(entities.c.id)
                .join(entity_names, entity_names.c.entity_id == entities.c.id)
                .where(entity_names.c.norm == keys[0], entities.c.type == entity.type, entities.c.kb.is_(None))
                .order_by(entities.c.id).limit(1)
            ).first()
            if row:
                found = row[0]
                conn.execute(update(entities).where(entities.c.id == found).values(kb=entity.kb))
    else:
        found = _by_name(conn, entity.type, keys)
    if found is None:
        found = conn.execute(entities.insert().values(
            name=entity.name, type=entity.type, kb=entity.kb, first_seen=seen_at)).inserted_primary_key[0]
    names = {norm(v): v for v in reversed(variants) if v.strip()}
    insert_ignore(conn, entity_names, [{"entity_id": found, "norm": k, "name": v} for k, v in names.items()])
    return found


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
