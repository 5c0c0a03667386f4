"""Properties every analysis keeps, on arbitrary text: it never raises, offsets slice the text, ids resolve,
and the record validates against the published JSON Schema."""

import json

import jsonschema
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from warta import InputError, Pipeline
from warta.article import json_schema

PIPELINE = Pipeline()
SCHEMA = json_schema()
WORDS = ["Presiden", "Joko", "Widodo", "kata", "mengatakan", '"', "\u201c", "\u201d", ",", ".", "Rp", "1,5",
         "10.000", "persen", "Senin", "(8/5/2023)", "pukul", "10.30", "WIB", "KPK", "-", "\n", "bahwa", "ia",
         "Menurut", "JAKARTA", "Korea", "Utara", "tiba", "di", "Rusia", "menurut", "ujarnya", "ribuan", "pasukan"]
news_like = st.lists(st.sampled_from(WORDS), max_size=80).map(" ".join)


def _spans(article):
    for e in article.entities:
        yield from e.mentions
    for q in article.quotes:
        yield from q.parts
        yield from (s for s in (q.speaker, q.cue, q.reported_by) if s is not None)
    yield from article.times
    yield from article.quantities
    yield from (v.trigger for v in article.events)


def _check(text):
    try:
        article = PIPELINE.analyze(text, published="2024-10-29")
    except InputError:
        assert not text.strip()
        return
    body = article.text
    for s, e in article.sentences:
        assert 0 <= s < e <= len(body)
    for span in _spans(article):
        assert 0 <= span.start <= span.end <= len(body)
        assert body[span.start:span.end] == span.text
    for q in article.quotes:
        assert q.content == " ".join(p.text for p in q.parts) and (q.start, q.end) == (q.parts[0].start, q.parts[-1].end)
    ids = {x.id for x in article.entities} | {x.id for x in article.quotes} | {x.id for x in article.times}
    refs = [q.speaker.entity for q in article.quotes if q.speaker] + [q.time for q in article.quotes]
    refs += [n.claimed_by for n in article.quantities]
    refs += [r for v in article.events for r in (v.actor, v.target, v.location, v.time, v.source)]
    refs += article.summary.who + [article.summary.when, article.summary.where]
    assert {r for r in refs if r} <= ids
    jsonschema.validate(json.loads(article.to_json()), SCHEMA)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300))
def test_analysis_of_any_unicode_text_keeps_the_invariants(text):
    _check(text)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(news_like)
def test_analysis_of_news_like_text_keeps_the_invariants(text):
    _check(text)
