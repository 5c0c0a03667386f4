"""Corpus-level entities: when two articles' entities are the same real-world entity."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from warta.article import Entity
from warta.store.entities import find, norm, resolve_all
from warta.store.schema import entities
from warta.store.testing import BACKENDS, fresh_store


def ent(name: str, type_: str = "PER", kb: str | None = None, aliases: tuple[str, ...] = ()) -> Entity:
    return Entity(id="e1", name=name, type=type_, kb=kb, aliases=list(aliases))


@pytest.fixture(params=BACKENDS)
def store(request, tmp_path):
    store = fresh_store(request.param, tmp_path)
    yield store
    store.close()


def resolve(store, entity: Entity) -> int:
    with store.engine.begin() as conn:
        return resolve_all(conn, [entity], "2024-11-04T00:00:00+00:00")["e1"]


@pytest.mark.parametrize("first, second, same", [
    (ent("Prabowo Subianto", kb="Q57349"), ent("Prabowo", kb="Q57349"), True),  # one KB id, two spellings
    (ent("Joko Widodo"), ent("joko  widodo"), True),  # case and spacing
    (ent("Perserikatan Bangsa-Bangsa", "ORG", aliases=("PBB",)), ent("PBB", "ORG"), True),  # an alias seen before
    (ent("PBB", "ORG"), ent("Perserikatan Bangsa-Bangsa", "ORG", aliases=("PBB",)), True),  # the alias seen first
    (ent("Jakarta", "LOC"), ent("Jakarta", "ORG"), False),  # same word, other type (a team, a government)
    (ent("Ahmad Yani", kb="Q1"), ent("Ahmad Yani", kb="Q2"), False),  # namesakes told apart by the KB
    (ent("Sri Mulyani"), ent("Sri Mulyani Indrawati", kb="Q433637"), False),  # no shared name: no guess
    (ent("Widodo"), ent("Joko Widodo"), False),  # a surname alone is not a merge key
])
def test_entities_merge_across_articles(store, first, second, same):
    assert (resolve(store, first) == resolve(store, second)) is same


def test_first_kb_id_for_a_known_name_is_adopted(store):
    plain = resolve(store, ent("Retno Marsudi"))
    linked = resolve(store, ent("Retno Marsudi", kb="Q7316713"))
    assert linked == plain
    with store.engine.connect() as conn:
        assert conn.execute(select(entities.c.kb).where(entities.c.id == plain)).scalar() == "Q7316713"
    assert resolve(store, ent("Retno Marsudi")) == plain


def test_one_article_naming_one_entity_twice_gets_one_row(store):
    with store.engine.begin() as conn:
        ids = resolve_all(conn, [Entity(id="e1", name="Kemenlu", type="ORG"),
                                 Entity(id="e2", name="kemenlu", type="ORG")], "2024-11-04T00:00:00+00:00")
    assert ids["e1"] == ids["e2"]


def test_find_knows_every_variant(store):
    eid = resolve(store, ent("Kementerian Luar Negeri", "ORG", aliases=("Kemenlu", "Kemlu")))
    with store.engine.connect() as conn:
        assert [find(conn, name) for name in ("kemenlu", "KEMLU", "Kementerian Luar Negeri")] == [[eid]] * 3
        assert find(conn, "Kemendag") == []


@pytest.mark.parametrize("name, expected", [
    ("  Joko\tWidodo ", "joko widodo"),
    ("PT  Pertamina (Persero)", "pt pertamina (persero)"),
])
def test_norm(name, expected):
    assert norm(name) == expected
