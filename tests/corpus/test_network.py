"""Who speaks about whom: speaker -> entity edges weighted by stories, copies counted once."""

from __future__ import annotations

import pytest

from warta.corpus.network import network
from warta.store.testing import BACKENDS, fresh_store

from .corpus_stories import fill


@pytest.fixture(params=BACKENDS)
def store(request, tmp_path):
    store = fresh_store(request.param, tmp_path)
    fill(store)
    yield store
    store.close()


def edges(net):
    names = {n.id: n.name for n in net.nodes}
    return sorted((names[e.source], names[e.target], e.stories) for e in net.edges)


@pytest.mark.parametrize("about, expected", [
    (None, [("Dadang Supriatna", "Kabupaten Bandung", 1), ("Retno Marsudi", "ASEAN", 1),
            ("Retno Marsudi", "Myanmar", 2)]),  # two stories; the syndicated copy of the first is not a third
    ("Myanmar", [("Retno Marsudi", "Myanmar", 2)]),
    ("Dadang", [("Dadang Supriatna", "Kabupaten Bandung", 1)]),  # by an alias
    ("Kim Jong Un", []),
])
def test_network_edges(store, about, expected):
    assert edges(network(about, db=store)) == expected


def test_network_dates_and_limit(store):
    assert edges(network(since="2024-06-01", db=store)) == [("Retno Marsudi", "ASEAN", 1),
                                                            ("Retno Marsudi", "Myanmar", 1)]
    strongest = network(db=store, limit=1)
    assert edges(strongest) == [("Retno Marsudi", "Myanmar", 2)]
    assert [n.name for n in strongest.nodes] == ["Myanmar", "Retno Marsudi"]  # weight ties sort by name
