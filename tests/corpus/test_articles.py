"""One stored article by row id (analysis, URLs, near-duplicate copies) and storing one record."""

from __future__ import annotations

import pytest

from warta import InputError, Record
from warta.corpus.articles import ingest_record, stored_article
from warta.store.testing import BACKENDS, fresh_store

from .corpus_stories import fill


@pytest.fixture(params=BACKENDS)
def store(request, tmp_path):
    store = fresh_store(request.param, tmp_path)
    store.ids = fill(store)
    yield store
    store.close()


def test_stored_article_has_its_analysis_and_copies(store):
    found = stored_article(store.ids["asean-1"], store)
    assert found.ref == "asean-1"
    assert found.article.quotes[0].content == "Myanmar harus menghentikan kekerasan"
    assert found.urls == ["https://contoh.test/asean-1"]
    assert [c.ref for c in found.copies] == ["asean-1-copy"]
    assert found.copies[0].similarity >= 0.7
    assert stored_article(store.ids["banjir-1"], store).copies == []


def test_unknown_article_is_none(store):
    assert stored_article(999_999, store) is None


TEXT = ("SURABAYA - Wali Kota Surabaya Eri Cahyadi mengatakan 1.200 rumah terendam banjir pada Senin. "
        "\"Kami sudah menyiapkan dapur umum,\" kata Eri di Balai Kota Surabaya.")


def test_ingest_record_stores_once(store, pipeline):
    first = ingest_record(Record(text=TEXT, id="sby", published="2024-11-04", url="https://a.test/1"), store,
                          pipeline=pipeline)
    again = ingest_record(Record(text=TEXT, id="sby", url="https://b.test/2"), store, pipeline=pipeline)
    assert (first.status, again.status, again.id) == ("added", "duplicate", first.id)
    assert stored_article(first.id, store).urls == ["https://a.test/1", "https://b.test/2"]


@pytest.mark.parametrize("text, published, code", [
    ("   ", None, "E001"),
    (TEXT, "4 November 2024", "E009"),
])
def test_ingest_record_refuses_bad_input(store, pipeline, text, published, code):
    with pytest.raises(InputError) as err:
        ingest_record(Record(text=text, published=published), store, pipeline=pipeline)
    assert err.value.code == code
