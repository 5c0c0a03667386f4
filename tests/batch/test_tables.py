"""The row flattening both engines share: one row per table entry, columns as declared, offsets kept."""

from __future__ import annotations

import pytest

from warta.batch.tables import TABLES, flatten

# (table, id column, the contract's list of that table's items, columns that hold a span of article.text)
SPANS = [
    ("mentions", "entity_id", lambda a: [m for e in a.entities for m in e.mentions], [("text", "start_char", "end_char")]),
    ("times", "time_id", lambda a: a.times, [("text", "start_char", "end_char")]),
    ("quantities", "quantity_id", lambda a: a.quantities, [("text", "start_char", "end_char")]),
    ("events", "event_id", lambda a: a.events, [("trigger_text", "start_char", "end_char")]),
    ("quotes", "quote_id", lambda a: a.quotes, [("speaker_text", "speaker_start", "speaker_end"),
                                                 ("cue_text", "cue_start", "cue_end")]),
]


@pytest.fixture(scope="module")
def rows(example_article):
    return {t: [dict(zip([c for c, _ in TABLES[t]], r, strict=True)) for r in rs]
            for t, rs in flatten(example_article, "banjir-semarang.txt").items()}


def test_flatten_rows_have_the_declared_columns(rows):
    assert set(rows) == set(TABLES) - {"errors"}
    for table, table_rows in rows.items():
        assert table_rows, f"the example article has no {table}"
        assert all(len(r) == len(TABLES[table]) for r in table_rows)


def test_flatten_one_article_row_with_its_text_and_source(rows, example_article):
    (row,) = rows["articles"]
    assert row["article_id"] == "banjir-semarang"
    assert row["text"] == example_article.text and row["source"] == "banjir-semarang.txt"
    assert row["published"] == "2025-03-04" and row["n_quotes"] == len(example_article.quotes)


@pytest.mark.parametrize(("table", "id_column", "items", "spans"), SPANS, ids=[s[0] for s in SPANS])
def test_flatten_spans_slice_the_article_text(rows, example_article, table, id_column, items, spans):
    text = example_article.text
    assert len(rows[table]) == len(items(example_article))
    for row in rows[table]:
        assert row["article_id"] == "banjir-semarang" and row[id_column]
        for column, start, end in spans:
            if row[start] is not None:
                assert text[row[start]:row[end]] == row[column]


def test_flatten_quote_parts_slice_into_the_content(rows, example_article):
    text = example_article.text
    for row in rows["quotes"]:
        parts = [text[s:e] for s, e in zip(row["part_starts"], row["part_ends"], strict=True)]
        assert parts and " ".join(parts) == row["content"]
        assert row["start_char"] <= row["end_char"]


def test_flatten_entity_rows_count_their_mentions(rows, example_article):
    counts = {r["entity_id"]: r["n_mentions"] for r in rows["entities"]}
    assert counts == {e.id: len(e.mentions) for e in example_article.entities}
