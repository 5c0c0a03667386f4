"""Re-analysing stored articles: only older analyses by default, replaced whole, nothing duplicated."""

from __future__ import annotations

import pytest
from sqlalchemy import select

import warta
from warta import Pipeline, corpus
from warta.corpus import synthetic
from warta.corpus.reanalyze import reanalyze
from warta.store.schema import articles, metadata, quotes
from warta.store.testing import BACKENDS, fresh_store

FIRST_STAGES = ["normalize", "segment", "metadata"]  # enough to show replacement; fast whatever the extractors cost


@pytest.fixture(params=BACKENDS)
def store(request, tmp_path):
    store = fresh_store(request.param, tmp_path)
    store.write(synthetic.article(1), version="0.0.1")  # an analysis by an older warta, with quotes
    store.write(synthetic.article(2), version=warta.__version__)
    yield store
    store.close()


def versions(store) -> dict[str, str]:
    with store.engine.connect() as conn:
        return dict(conn.execute(select(articles.c.ref, articles.c.warta_version)).all())


def test_only_older_analyses_are_redone(store):
    summary = reanalyze(store, pipeline=Pipeline(FIRST_STAGES))
    assert (summary.updated, summary.failed) == (1, [])
    assert versions(store) == {"syn-1": warta.__version__, "syn-2": warta.__version__}
    with store.engine.connect() as conn:
        left = conn.execute(select(articles.c.ref).join(quotes, quotes.c.article_id == articles.c.id)).scalars()
        assert set(left) == {"syn-2"}  # syn-1's old quotes went with its old analysis (these stages find none)


def test_everything_twice_leaves_the_same_rows(store):
    reanalyze(store, everything=True, pipeline=Pipeline(FIRST_STAGES))
    once = {t.name: store.count(t) for t in metadata.sorted_tables}
    summary = reanalyze(store, everything=True, pipeline=Pipeline(FIRST_STAGES))
    assert summary.updated == 2
    assert {t.name: store.count(t) for t in metadata.sorted_tables} == once


def test_reanalysed_article_keeps_its_identity(store):
    reanalyze(store, everything=True, pipeline=Pipeline(FIRST_STAGES))
    assert [h.ref for h in corpus.search("Berita 1", db=store, kind="article")][:1] == ["syn-1"]
    with store.engine.connect() as conn:
        row = conn.execute(select(articles).where(articles.c.ref == "syn-1")).one()
    assert (row.url, row.group_id) == ("https://contoh.test/1", row.id)
