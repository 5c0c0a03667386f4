"""Quotes and numeric claims across a corpus: by speaker, about an entity, by date; copies counted once."""

from __future__ import annotations

import pytest

from warta import corpus
from warta.corpus.synthetic import compose
from warta.store.testing import BACKENDS, fresh_store

ENTITIES = {
    "Volodymyr Zelenskiy": ("PER", "Q3881", ("Zelensky",), ("Presiden Ukraina",)),
    "Korea Utara": ("LOC", "Q423", ("Korut",), ()),
    "Rusia": ("LOC", "Q159", (), ()),
    "Lloyd Austin": ("PER", "Q1374404", (), ("Menteri Pertahanan AS",)),
}

STORIES = [
    ("oct-24", "2024-10-24", ("KYIV - Presiden Ukraina Volodymyr Zelenskiy mengatakan 3.000 pasukan Korea Utara sudah "
     "berada di Rusia. \"Ini eskalasi yang jelas dari Korea Utara,\" kata Zelenskiy."),
     [("Volodymyr Zelenskiy", "Ini eskalasi yang jelas dari Korea Utara")],
     [("3.000 pasukan", 3000, "pasukan", "Volodymyr Zelenskiy")]),
    ("oct-28", "2024-10-28", ("WASHINGTON - Menteri Pertahanan AS Lloyd Austin menyebut sekitar 10.000 pasukan Korut "
     "dikirim ke Rusia. \"Jika mereka ikut berperang, itu masalah serius,\" ujar Lloyd Austin."),
     [("Lloyd Austin", "Jika mereka ikut berperang, itu masalah serius")],
     [("10.000 pasukan", 10000, "pasukan", "Lloyd Austin")]),
    ("nov-02", "2024-11-02", ("KYIV - Zelensky meminta sekutu bertindak. \"Rusia makin bergantung pada Korut,\" kata "
     "Zelensky. Ia juga menyebut kerugian 1,5 miliar dolar."),
     [("Zelensky", "Rusia makin bergantung pada Korut")],
     [("1,5 miliar dolar", 1.5e9, "dolar", "Volodymyr Zelenskiy")]),
]


def story(ref, published, text, quotes, quantities, url=None):
    return compose(text, id=ref, published=published, url=url or f"https://contoh.test/{ref}", entities=ENTITIES,
                   quotes=quotes, quantities=quantities)


@pytest.fixture(params=BACKENDS)
def store(request, tmp_path):
    store = fresh_store(request.param, tmp_path)
    for row in STORIES:
        store.write(story(*row), version="test")
    # A syndicated copy of the first story: its quote and claim must not count twice.
    store.write(story("oct-24-copy", "2024-10-25", STORIES[0][2] + " Baca juga: berita lainnya.", *STORIES[0][3:],
                      url="https://cermin.test/x"), version="test")
    yield store
    store.close()


@pytest.mark.parametrize("speaker, expected", [
    ("Volodymyr Zelenskiy", ["Rusia makin bergantung pada Korut", "Ini eskalasi yang jelas dari Korea Utara"]),
    ("zelensky", ["Rusia makin bergantung pada Korut", "Ini eskalasi yang jelas dari Korea Utara"]),  # a variant
    ("Lloyd Austin", ["Jika mereka ikut berperang, itu masalah serius"]),
    ("Kim Jong Un", []),
])
def test_quotes_by_speaker_latest_first(store, speaker, expected):
    assert [q.content for q in corpus.quotes(speaker=speaker, db=store)] == expected


@pytest.mark.parametrize("about, expected", [
    ("Korea Utara", ["Rusia makin bergantung pada Korut", "Ini eskalasi yang jelas dari Korea Utara"]),
    ("Rusia", ["Rusia makin bergantung pada Korut"]),
    ("Lloyd Austin", []),  # named outside his quote, not inside one
])
def test_quotes_about_an_entity_named_inside_them(store, about, expected):
    assert [q.content for q in corpus.quotes(about=about, db=store)] == expected


@pytest.mark.parametrize("since, until, expected", [
    ("2024-10-25", None, ["q1@nov-02", "q1@oct-28"]),  # the reprint of 24 Oct on the 25th is not a new quote
    (None, "2024-10-27", ["q1@oct-24"]),
    ("2024-10-28", "2024-10-28", ["q1@oct-28"]),
])
def test_quotes_between_dates(store, since, until, expected):
    assert [f"{q.quote_id}@{q.ref}" for q in corpus.quotes(since=since, until=until, db=store)] == expected


def test_quote_hit_carries_its_evidence(store):
    (hit,) = corpus.quotes(speaker="Lloyd Austin", db=store)
    assert (hit.speaker, hit.published, hit.url) == ("Lloyd Austin", "2024-10-28", "https://contoh.test/oct-28")


def test_claims_show_a_figure_revised_over_time(store):
    claims = corpus.claims(unit="pasukan", db=store)
    assert [(c.value, c.claimant, c.published) for c in claims] == [
        (3000, "Volodymyr Zelenskiy", "2024-10-24"), (10000, "Lloyd Austin", "2024-10-28")]
    assert "10.000 pasukan Korut" in claims[1].context


@pytest.mark.parametrize("unit, about, expected", [
    (None, "Korea Utara", [3000, 10000]),  # named in the number's sentence
    (None, "Volodymyr Zelenskiy", [3000, 1.5e9]),  # named in the sentence; the claimant of 'Ia ... menyebut' 
    ("dolar", None, [1.5e9]),
    ("PASUKAN", "Lloyd Austin", [10000]),  # units match whatever their case
    ("ton", None, []),
])
def test_claims_by_unit_and_entity(store, unit, about, expected):
    assert [c.value for c in corpus.claims(unit=unit, about=about, db=store)] == expected
