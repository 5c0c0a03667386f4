"""Entity profiles: identity, titles over time, stories per day, company kept, quotes by and about."""

from __future__ import annotations

import pytest

from warta import corpus
from warta.corpus.synthetic import compose
from warta.store.testing import BACKENDS, fresh_store

RETNO = ("Retno Marsudi", ("PER", "Q7316713", ("Retno",), ("Menteri Luar Negeri",)))
RETNO_LATER = ("Retno Marsudi", ("PER", "Q7316713", ("Retno",), ("Utusan Khusus Sekjen PBB",)))
PBB = ("PBB", ("ORG", "Q1065", ("Perserikatan Bangsa-Bangsa",), ()))
SUGIONO = ("Sugiono", ("PER", None, (), ("Menteri Luar Negeri",)))

ROWS = [
    ("a", "2024-10-01", ("Menteri Luar Negeri Retno Marsudi bertemu pejabat PBB di New York. \"Kami mendukung "
     "gencatan senjata,\" kata Retno."), [RETNO, PBB], [("Retno", "Kami mendukung gencatan senjata")]),
    ("b", "2024-10-01", "Retno Marsudi menyerahkan jabatan kepada Sugiono di Jakarta.", [RETNO, SUGIONO], []),
    ("c", "2025-01-15", ("Utusan Khusus Sekjen PBB Retno Marsudi tiba di Jenewa. \"Retno akan membantu kami,\" kata "
     "Sugiono."), [RETNO_LATER, PBB, SUGIONO], [("Sugiono", "Retno akan membantu kami")]),
]


@pytest.fixture(params=BACKENDS)
def store(request, tmp_path):
    store = fresh_store(request.param, tmp_path)
    for ref, published, text, ents, quotes in ROWS:
        store.write(compose(text, id=ref, published=published, entities=dict(ents), quotes=quotes), version="test")
    ref, published, text, ents, quotes = ROWS[0]  # a reprint a day later: one story, not two
    store.write(compose(text + " Baca juga: sidang umum.", id="a-copy", published="2024-10-02",
                        entities=dict(ents), quotes=quotes), version="test")
    yield store
    store.close()


def test_profile_identity_and_variants(store):
    profile = corpus.entity("retno", db=store)
    assert (profile.name, profile.type, profile.kb, profile.stories) == ("Retno Marsudi", "PER", "Q7316713", 3)
    assert profile.names == ["Retno", "Retno Marsudi"]


def test_titles_over_time(store):
    titles = corpus.entity("Retno Marsudi", db=store).titles
    assert [(t.title, t.first, t.last, t.stories) for t in titles] == [
        ("Menteri Luar Negeri", "2024-10-01", "2024-10-02", 2),
        ("Utusan Khusus Sekjen PBB", "2025-01-15", "2025-01-15", 1),
    ]


def test_stories_per_day_count_a_reprint_once(store):
    assert corpus.entity("Retno Marsudi", db=store).mentions_by_day == [("2024-10-01", 2), ("2025-01-15", 1)]


def test_co_mentioned_entities_by_stories_together(store):
    assert corpus.entity("Retno Marsudi", db=store).co_mentioned == [("PBB", 2), ("Sugiono", 2)]


def test_quotes_by_and_about(store):
    profile = corpus.entity("Retno Marsudi", db=store)
    assert [q.content for q in profile.quotes_by] == ["Kami mendukung gencatan senjata"]
    assert [(q.speaker, q.content) for q in profile.quotes_about] == [("Sugiono", "Retno akan membantu kami")]


@pytest.mark.parametrize("name", ["Perserikatan Bangsa-Bangsa", "pbb"])
def test_profile_found_by_any_variant(store, name):
    assert corpus.entity(name, db=store).kb == "Q1065"


def test_unknown_entity_has_no_profile(store):
    assert corpus.entity("Kim Jong Un", db=store) is None
