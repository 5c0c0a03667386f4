"""Writing articles: idempotent, de-duplicated, every span stored as it slices the text."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from warta.article import Article, Entity, Mention, Meta, Quantity, Quote, Speaker, Time
from warta.corpus import synthetic
from warta.store.schema import article_urls, articles, mentions, metadata, quantities, quotes, times
from warta.store.testing import BACKENDS, fresh_store

TEXT = ("JAKARTA - Menteri Luar Negeri Sugiono mengatakan Indonesia siap mengirim 1.000 prajurit ke Gaza. "
        "\"Kami menunggu mandat PBB,\" kata Sugiono di Jakarta, Senin (4/11/2024).")


def span(text: str, part: str, nth: int = 0) -> dict:
    start = -1
    for _ in range(nth + 1):
        start = text.index(part, start + 1)
    return {"text": part, "start": start, "end": start + len(part)}


def make_article(text: str = TEXT, url: str | None = "https://contoh.test/a", id: str = "a1") -> Article:
    return Article(
        id=id, text=text, meta=Meta(url=url, published="2024-11-04"),
        sentences=[(0, text.index("Gaza.") + 5), (text.index('"Kami'), len(text))],
        entities=[
            Entity(id="e1", name="Sugiono", type="PER", kb="Q1",
                   mentions=[Mention(**span(text, "Sugiono")), Mention(**span(text, "Sugiono", 1))]),
            Entity(id="e2", name="Indonesia", type="LOC", kb="Q252", mentions=[Mention(**span(text, "Indonesia"))]),
            Entity(id="e3", name="Perserikatan Bangsa-Bangsa", type="ORG", aliases=["PBB"],
                   mentions=[Mention(**span(text, "PBB"), kind="acronym")]),
        ],
        quotes=[Quote(id="q1", kind="direct", content="Kami menunggu mandat PBB",
                      start=span(text, "Kami")["start"], end=span(text, "PBB")["end"],
                      speaker=Speaker(entity="e1", name="Sugiono", **span(text, "Sugiono", 1)), time="t1")],
        times=[Time(id="t1", value="2024-11-04", **span(text, "Senin (4/11/2024)"))],
        quantities=[Quantity(id="n1", value=1000, unit="prajurit", claimed_by="e1", **span(text, "1.000 prajurit"))],
    )


@pytest.fixture(params=BACKENDS)
def store(request, tmp_path):
    store = fresh_store(request.param, tmp_path)
    yield store
    store.close()


def counts(store) -> dict[str, int]:
    return {t.name: store.count(t) for t in metadata.sorted_tables}


def test_new_article_is_added(store):
    written = store.write(make_article(), version="0.1.0")
    assert (written.status, written.group_id) == ("added", written.id)
    with store.engine.connect() as conn:
        row = conn.execute(select(articles)).one()
    assert (row.warta_version, row.url, row.ref) == ("0.1.0", "https://contoh.test/a", "a1")
    assert Article.model_validate_json(row.analysis) == make_article()


@pytest.mark.parametrize("again", [
    make_article(),  # the same record
    make_article(url="https://cermin.test/a", id="a2"),  # the same text from another address
    make_article(TEXT.replace(" - ", "  -  "), id="a3"),  # re-wrapped: same words, other spacing
])
def test_same_article_twice_is_stored_once(store, again):
    first = store.write(make_article(), version="0.1.0")
    before = counts(store)
    second = store.write(again, version="0.1.0")
    assert (second.status, second.id) == ("duplicate", first.id)
    after = counts(store)
    extra_url = int(again.meta.url != "https://contoh.test/a")
    assert after == {**before, "article_urls": before["article_urls"] + extra_url}


def test_duplicate_keeps_every_url_and_its_first_seen_time(store):
    store.write(make_article(), version="0.1.0", seen_at="2024-11-04T08:00:00+00:00")
    store.write(make_article(url="https://cermin.test/a"), version="0.1.0", seen_at="2024-11-05T09:00:00+00:00")
    with store.engine.connect() as conn:
        rows = conn.execute(select(article_urls.c.url, article_urls.c.first_seen).order_by(article_urls.c.id)).all()
        first_seen = conn.execute(select(articles.c.first_seen)).scalar()
    assert [tuple(r) for r in rows] == [("https://contoh.test/a", "2024-11-04T08:00:00+00:00"),
                                       ("https://cermin.test/a", "2024-11-05T09:00:00+00:00")]
    assert first_seen == "2024-11-04T08:00:00+00:00"


def test_syndicated_copy_joins_the_first_story_group(store):
    first = store.write(synthetic.article(1), version="0.1.0")
    copy = synthetic.article(1)
    copy = copy.model_copy(update={"id": "copy", "text": copy.text + " Baca juga berita lainnya."})
    written = store.write(copy, version="0.1.0")
    other = store.write(synthetic.article(2), version="0.1.0")
    assert (written.status, written.group_id) == ("near_duplicate", first.id)
    assert (other.status, other.group_id) == ("added", other.id)


def test_every_stored_span_slices_the_stored_text(store):
    store.write(make_article(), version="0.1.0")
    store.write(synthetic.article(7), version="0.1.0")
    with store.engine.connect() as conn:
        for table, column in ((mentions, mentions.c.text), (quotes, quotes.c.content), (times, times.c.text),
                              (quantities, quantities.c.text)):
            rows = conn.execute(select(column, table.c.start, table.c.end, articles.c.text)
                                .join(articles, articles.c.id == table.c.article_id)).all()
            assert rows
            for value, start, end, text in rows:
                assert text[start:end] == value


def test_links_resolve_to_corpus_rows(store):
    store.write(make_article(), version="0.1.0")
    with store.engine.connect() as conn:
        quote = conn.execute(select(quotes)).one()
        amount = conn.execute(select(quantities)).one()
        sugiono = conn.execute(select(func.min(mentions.c.entity_id)).where(mentions.c.text == "Sugiono")).scalar()
    assert (quote.speaker_entity_id, quote.time_value, quote.sentence) == (sugiono, "2024-11-04", 1)
    assert (amount.claimed_by_entity_id, amount.value, amount.sentence) == (sugiono, 1000, 0)


def test_same_thousand_articles_twice_leave_a_thousand(store):
    batch = [synthetic.article(i, sentences=8) for i in range(1000)]
    for article in batch:
        store.write(article, version="0.1.0")
    once = counts(store)
    for article in batch:
        assert store.write(article, version="0.1.0").status == "duplicate"
    assert once["articles"] == 1000
    assert counts(store) == once
