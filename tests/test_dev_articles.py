"""Every dev gold article analyses without error into a record whose spans slice its text."""

import json

import pytest

from conftest import DEV_GOLD, SHARED_EXAMPLES

ARTICLES = sorted(DEV_GOLD.glob("*.txt")) + sorted(SHARED_EXAMPLES.glob("*.txt"))


@pytest.mark.parametrize("path", ARTICLES, ids=[p.stem for p in ARTICLES])
def test_dev_article_analyses_with_valid_spans(pipeline, path):
    gold = json.loads(path.with_name(path.stem + ".gold.json").read_text(encoding="utf-8"))
    article = pipeline.analyze(path.read_text(encoding="utf-8"), published=gold.get("published"), id=path.stem)
    assert (article.meta.dateline or "").upper() == (gold.get("dateline") or "").upper()
    text = article.text
    for s, e in article.sentences:
        assert text[s:e] and text[s:e] == text[s:e].strip()
    for span in [m for e in article.entities for m in e.mentions] + article.times + article.quantities:
        assert text[span.start:span.end] == span.text
    for q in article.quotes:
        assert q.parts and q.content == " ".join(text[p.start:p.end] for p in q.parts)
        assert (q.start, q.end) == (q.parts[0].start, q.parts[-1].end)
