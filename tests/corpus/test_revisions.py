"""How a figure changed: values of one unit about one entity, in order of first appearance, on both databases."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from warta import corpus
from warta.cli import app
from warta.corpus.synthetic import compose
from warta.store.testing import BACKENDS, fresh_store

ENTITIES = {
    "Volodymyr Zelenskiy": ("PER", "Q3881", ("Zelensky",), ()),
    "Korea Utara": ("LOC", "Q423", ("Korut",), ()),
    "Lloyd Austin": ("PER", "Q1374404", (), ()),
    "Kim Yong-hyun": ("PER", None, (), ()),
    "Rusia": ("LOC", "Q159", (), ()),
}

# (ref, published, text, quantities (text, value, unit, claimant), previous links (quantity -> quantity))
STORIES = [
    ("oct-24", "2024-10-24", "KYIV - Volodymyr Zelenskiy mengatakan 3.000 pasukan Korea Utara sudah berada di Rusia.",
     [("3.000 pasukan", 3000, "pasukan", "Volodymyr Zelenskiy")], {}),
    ("oct-28", "2024-10-28", ("WASHINGTON - Lloyd Austin menyebut sekitar 10.000 pasukan Korut dikirim ke timur, "
     "termasuk 500 pasukan khusus Korut."),  # a breakdown of the figure, not a revision of it
     [("10.000 pasukan", 10000, "pasukan", "Lloyd Austin"), ("500 pasukan", 500, "pasukan", None)], {}),
    ("oct-30", "2024-10-30", ("SEOUL - Menurut Kim Yong-hyun, jumlah pasukan Korut naik dari 11.000 menjadi 12.000 "
     "personel."), [("11.000", 11000, "pasukan", "Kim Yong-hyun"), ("12.000 personel", 12000, "pasukan",
                                                                    "Kim Yong-hyun")], {"n2": "n1"}),
    ("nov-02", "2024-11-02", "TOKYO - Media setempat mengulang 3.000 pasukan Korut yang dilaporkan pekan lalu.",
     [("3.000 pasukan", 3000, "pasukan", None)], {}),
    ("nov-05", "2024-11-05", "MOSKOW - Rusia mengerahkan 50.000 pasukan ke wilayah Kursk pada akhir pekan.",
     [("50.000 pasukan", 50000, "pasukan", None)], {}),
]


def story(ref, published, text, quantities, previous, suffix=""):
    article = compose(text + suffix, id=ref, published=published, url=f"https://contoh.test/{ref}",
                      entities={n: e for n, e in ENTITIES.items() if n in text or any(a in text for a in e[2])},
                      quantities=quantities)
    article.quantities = [q.model_copy(update={"previous": previous.get(q.id)}) for q in article.quantities]
    return article


@pytest.fixture(params=BACKENDS)
def store(request, tmp_path):
    store = fresh_store(request.param, tmp_path)
    for row in STORIES:
        store.write(story(*row), version="test")
    store.write(story("oct-24-copy", "2024-10-25", *STORIES[0][2:], suffix=" Baca juga: berita lainnya."),
                version="test")  # a syndicated copy: not a second story for 3.000
    yield store
    store.close()


def series(revisions):
    return [(r.value, r.previous, r.stated, r.claimant, r.ref, r.stories) for r in revisions]


@pytest.mark.parametrize("unit, about, expected", [
    ("pasukan", "Korea Utara", [
        (3000, None, False, "Volodymyr Zelenskiy", "oct-24", 2),  # repeated on 2 Nov (and the copy is not a story)
        (10000, 3000, False, "Lloyd Austin", "oct-28", 1),
        (12000, 11000, True, "Kim Yong-hyun", "oct-30", 1),  # the article says what it changed from
    ]),
    ("pasukan", "Korut", [  # by an alias, the same series
        (3000, None, False, "Volodymyr Zelenskiy", "oct-24", 2), (10000, 3000, False, "Lloyd Austin", "oct-28", 1),
        (12000, 11000, True, "Kim Yong-hyun", "oct-30", 1)]),
    ("pasukan", "Lloyd Austin", [(10000, None, False, "Lloyd Austin", "oct-28", 1)]),
    ("Pasukan", "Rusia", [(3000, None, False, "Volodymyr Zelenskiy", "oct-24", 1),  # Rusia named in its sentence
                          (50000, 3000, False, None, "nov-05", 1)]),
    ("dolar", "Korea Utara", []),
])
def test_revisions_in_order_of_first_appearance(store, unit, about, expected):
    assert series(corpus.revisions(unit, about=about, db=store)) == expected


def test_revisions_between_dates(store):
    assert series(corpus.revisions("pasukan", about="Korut", since="2024-10-28", until="2024-11-02", db=store)) == [
        (10000, None, False, "Lloyd Austin", "oct-28", 1), (12000, 11000, True, "Kim Yong-hyun", "oct-30", 1),
        (3000, 12000, False, None, "nov-02", 1)]  # within these dates, 2 Nov is where 3.000 first appears


def test_claims_carry_the_value_an_article_says_was_revised(store):
    found = [(c.value, c.previous, c.quantity_id, c.previous_id) for c in corpus.claims(unit="pasukan", db=store)
             if c.ref == "oct-30"]
    assert found == [(11000, None, "n1", None), (12000, 11000, "n2", "n1")]


def test_cli_shows_the_series_with_arrows(store):
    url = store.engine.url.render_as_string(hide_password=False)
    result = CliRunner().invoke(app, ["claims", "--unit", "pasukan", "--about", "Korea Utara", "--revisions",
                                      "--db", url])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert [line.split()[0] for line in lines] == ["2024-10-24", "2024-10-28", "2024-10-30"]
    assert "3.000 -> 10.000 pasukan" in lines[1] and "Lloyd Austin" in lines[1]
    assert "11.000 -> 12.000 personel" in lines[2] and "as the article says" in lines[2]
    plain = CliRunner().invoke(app, ["claims", "--unit", "pasukan", "--db", url]).stdout
    assert "11.000 -> 12.000 personel" in plain
    assert CliRunner().invoke(app, ["claims", "--revisions", "--db", url]).exit_code == 2
