"""Full-text search: articles and quotes, ranked, with snippets, each story once."""

from __future__ import annotations

import pytest

from warta import corpus
from warta.corpus.search import terms
from warta.corpus.synthetic import compose
from warta.store.testing import BACKENDS, fresh_store

FLOOD = ("BANDUNG - Banjir merendam 4.870 rumah di Kabupaten Bandung. Kepala BPBD Uka Suska mengatakan pengungsi "
         "mendapat bantuan. \"Kami membuka dapur umum di Baleendah,\" kata Uka Suska.")
PRICES = ("SURABAYA - Harga beras naik menjelang akhir tahun. Pedagang di Pasar Keputran mengatakan pembeli "
          "berkurang, sementara banjir di sentra padi mengganggu pasokan.")
TAX = ("JAKARTA - Menteri Keuangan Sri Mulyani mengatakan penerimaan pajak tumbuh. \"Pajak adalah tulang punggung "
       "APBN,\" ujar Sri Mulyani.")


@pytest.fixture(params=BACKENDS)
def store(request, tmp_path):
    store = fresh_store(request.param, tmp_path)
    store.write(compose(FLOOD, id="banjir", title="Banjir Rendam Ribuan Rumah di Bandung", published="2023-12-08",
                        quotes=[("Uka Suska", "Kami membuka dapur umum di Baleendah")]), version="test")
    store.write(compose(FLOOD + " Baca juga: cuaca ekstrem.", id="banjir-salinan", published="2023-12-09",
                        title="Ribuan Rumah Terendam", quotes=[("Uka Suska", "Kami membuka dapur umum di Baleendah")]),
                version="test")
    store.write(compose(PRICES, id="beras", title="Harga Beras Naik", published="2023-12-10"), version="test")
    store.write(compose(TAX, id="pajak", title="Penerimaan Pajak Tumbuh", published="2023-12-11",
                        quotes=[("Sri Mulyani", "Pajak adalah tulang punggung APBN")]), version="test")
    yield store
    store.close()


def test_title_match_outranks_a_passing_mention(store):
    hits = corpus.search("banjir", db=store, kind="article")
    assert [h.ref for h in hits] == ["banjir", "beras"]  # the reprint collapses into the first story
    assert "[Banjir]" in hits[0].snippet


def test_quotes_are_found_with_their_speaker(store):
    hits = corpus.search("dapur umum", db=store, kind="quote")
    assert [(h.ref, h.speaker) for h in hits] == [("banjir", "Uka Suska")]
    assert "[dapur]" in hits[0].snippet


def test_all_kinds_lists_articles_then_quotes(store):
    assert [(h.kind, h.ref) for h in corpus.search("pajak", db=store)] == [("article", "pajak"), ("quote", "pajak")]


@pytest.mark.parametrize("query, refs", [
    ("Banjir BANDUNG", ["banjir"]),  # every word must match, in any case
    ("pedag*", ["beras"]),  # prefix
    ("tulang-punggung", ["pajak"]),  # punctuation is not syntax
    ("\"APBN\" (", ["pajak"]),  # unbalanced quotes and brackets
    ("gempa", []),
    ("...", []),
])
def test_queries(store, query, refs):
    assert [h.ref for h in corpus.search(query, db=store, kind="article")] == refs


@pytest.mark.parametrize("query, expected", [("Dapur-umum!", ["dapur", "umum"]), ("pajak*", ["pajak*"]),
                                            ("Rp 14.000", ["rp", "14", "000"])])
def test_terms(query, expected):
    assert terms(query) == expected
