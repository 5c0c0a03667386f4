"""Who reacts to whom: event and quote edges with polarity, weighted by stories, copies counted once."""

from __future__ import annotations

import pytest

from warta.corpus.network import QUAD, SIGN, network
from warta.store.testing import BACKENDS, fresh_store

from .corpus_stories import fill, story

# A quote that reports a conflict: the speaker's edges to what it names take the conflict's sign.
ACCUSED = ("tuduh-1", "2024-07-01", ("JAKARTA - Retno Marsudi menanggapi sikap junta. \"Myanmar menuduh ASEAN ikut "
           "campur,\" kata Retno. Di Naypyidaw, juru bicara militer membacakan pernyataan panjang di televisi "
           "pemerintah tentang kedaulatan, pemilu yang dijanjikan dan tahanan politik yang belum dibebaskan."),
           [("Retno Marsudi", "Myanmar menuduh ASEAN ikut campur")],
           [("menuduh", "ACCUSE", "Myanmar", "ASEAN", None)])


@pytest.fixture(params=BACKENDS)
def store(request, tmp_path):
    store = fresh_store(request.param, tmp_path)
    fill(store)
    article = story(*ACCUSED)
    article.events[0] = article.events[0].model_copy(update={"source": "q1"})  # reported inside the quote
    store.write(article, version="test")
    yield store
    store.close()


def edges(net):
    names = {n.id: n.name for n in net.nodes}
    return sorted((names[e.source], names[e.target], e.kind, e.polarity, e.stories) for e in net.edges)


ALL = [
    ("Dadang Supriatna", "Kabupaten Bandung", "quote", 0, 1),  # the AID event has a place, not a target
    ("Myanmar", "ASEAN", "event", -1, 1),  # ACCUSE, reported inside Retno's quote
    ("Retno Marsudi", "ASEAN", "event", 1, 1),  # CONSULT; the syndicated copy is not a second story
    ("Retno Marsudi", "ASEAN", "quote", -1, 1),  # the quote reports an accusation
    ("Retno Marsudi", "ASEAN", "quote", 0, 1),
    ("Retno Marsudi", "Myanmar", "quote", -1, 1),
    ("Retno Marsudi", "Myanmar", "quote", 0, 2),  # two stories; 'menolak bertemu' (negated) adds no event edge
]


@pytest.mark.parametrize("about, expected", [
    (None, ALL),
    ("Myanmar", [e for e in ALL if "Myanmar" in e[:2]]),
    ("Dadang", [ALL[0]]),  # by an alias
    ("Kim Jong Un", []),
])
def test_network_edges(store, about, expected):
    assert edges(network(about, db=store)) == expected


def test_event_edges_carry_their_quad_class(store):
    net = network("ASEAN", db=store)
    assert sorted((e.quad, e.polarity) for e in net.edges if e.kind == "event") == [
        ("verbal conflict", -1), ("verbal cooperation", 1)]
    assert {e.quad for e in net.edges if e.kind == "quote"} == {None}


@pytest.mark.parametrize("type_, quad, sign", [
    ("AGREE", "verbal cooperation", 1), ("CONSULT", "verbal cooperation", 1), ("SUPPORT", "verbal cooperation", 1),
    ("CONCEDE", "verbal cooperation", 1), ("COOPERATE", "material cooperation", 1),
    ("AID", "material cooperation", 1), ("RETREAT", "material cooperation", 1), ("REQUEST", "verbal conflict", -1),
    ("ACCUSE", "verbal conflict", -1), ("REJECT", "verbal conflict", -1), ("THREATEN", "verbal conflict", -1),
    ("PROTEST", "material conflict", -1), ("SANCTION", "material conflict", -1),
    ("MOBILIZE", "material conflict", -1), ("COERCE", "material conflict", -1), ("ASSAULT", "material conflict", -1),
])
def test_every_plover_type_has_a_quad_class_and_sign(type_, quad, sign):
    assert (QUAD[type_], SIGN[QUAD[type_]]) == (quad, sign)


def test_network_dates_and_limit(store):
    assert edges(network(since="2024-06-01", until="2024-06-30", db=store)) == [
        ("Retno Marsudi", "ASEAN", "quote", 0, 1), ("Retno Marsudi", "Myanmar", "quote", 0, 1)]
    strongest = network(db=store, limit=1)
    assert edges(strongest) == [("Retno Marsudi", "Myanmar", "quote", 0, 2)]
    assert [n.name for n in strongest.nodes] == ["Myanmar", "Retno Marsudi"]  # weight ties sort by name
