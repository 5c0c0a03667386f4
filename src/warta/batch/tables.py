"""The batch output tables: their columns, and the one function that flattens an ``Article`` into rows.

Both engines write exactly these rows, so the local and Spark outputs are the same tables. Every row carries
``article_id``; offsets keep their contract meaning under the names ``start_char``/``end_char`` (``end`` is an
SQL keyword): ``articles.text[start_char:end_char] == text`` in Python, and
``substr(a.text, m.start_char + 1, m.end_char - m.start_char) = m.text`` in DuckDB and Spark SQL.
"""

from __future__ import annotations

from ..article import Article, Span, Speaker

# Column types are spelled once here and mapped to Arrow and Spark types by the engines.
STR, INT, FLOAT, BOOL, STRS, INTS = "string", "int64", "float64", "bool", "list<string>", "list<int64>"

TABLES: dict[str, tuple[tuple[str, str], ...]] = {
    "articles": (
        ("article_id", STR), ("source", STR), ("title", STR), ("published", STR), ("published_source", STR),
        ("dateline", STR), ("outlet", STR), ("url", STR), ("author", STR), ("agency", STR), ("language", STR),
        ("text", STR), ("n_chars", INT), ("n_sentences", INT), ("n_entities", INT), ("n_quotes", INT),
        ("summary_who", STRS), ("summary_what", STR), ("summary_when", STR), ("summary_where", STR),
        ("summary_lead", STR), ("warnings", STRS),
    ),
    "entities": (
        ("article_id", STR), ("entity_id", STR), ("name", STR), ("type", STR), ("kb", STR), ("titles", STRS),
        ("aliases", STRS), ("stands_for", STR), ("n_mentions", INT),
    ),
    "mentions": (
        ("article_id", STR), ("entity_id", STR), ("text", STR), ("start_char", INT), ("end_char", INT),
        ("kind", STR),
    ),
    "quotes": (
        ("article_id", STR), ("quote_id", STR), ("kind", STR), ("content", STR), ("start_char", INT),
        ("end_char", INT), ("part_starts", INTS), ("part_ends", INTS),
        ("speaker_entity", STR), ("speaker_name", STR), ("speaker_text", STR), ("speaker_start", INT),
        ("speaker_end", INT), ("cue_text", STR), ("cue_start", INT), ("cue_end", INT), ("continuation", BOOL),
        ("reported_by_entity", STR), ("reported_by_name", STR), ("addressee", STR), ("channel", STR),
        ("time_id", STR),
    ),
    "times": (
        ("article_id", STR), ("time_id", STR), ("text", STR), ("start_char", INT), ("end_char", INT),
        ("value", STR), ("type", STR), ("anchor", STR), ("warning", STR),
    ),
    "quantities": (
        ("article_id", STR), ("quantity_id", STR), ("text", STR), ("start_char", INT), ("end_char", INT),
        ("value", FLOAT), ("unit", STR), ("approx", STR), ("claimed_by", STR), ("previous", STR),
    ),
    "events": (
        ("article_id", STR), ("event_id", STR), ("type", STR), ("mode", STR), ("context", STRS),
        ("trigger_text", STR), ("start_char", INT), ("end_char", INT), ("actor", STR), ("target", STR),
        ("location", STR), ("time_id", STR), ("negated", BOOL), ("modality", STR), ("source", STR),
        ("sentence", INT), ("confidence", FLOAT),
    ),
    # id is null when a record could not even be read (a malformed JSONL line); source then says where it was.
    "errors": (("id", STR), ("source", STR), ("reason", STR)),
}

Rows = dict[str, list[tuple]]


def _span(span: Span | Speaker | None) -> tuple:
    return (None, None, None) if span is None else (span.text, span.start, span.end)


def flatten(article: Article, source: str | None = None) -> Rows:
    """One article as rows of every table but ``errors``, in the column order of ``TABLES``."""
    a, m, s = article.id, article.meta, article.summary
    rows: Rows = {name: [] for name in TABLES if name != "errors"}
    rows["articles"].append((
        a, source, m.title, m.published, m.published_source, m.dateline, m.outlet, m.url, m.author, m.agency,
        m.language, article.text, len(article.text), len(article.sentences), len(article.entities),
        len(article.quotes), list(s.who), s.what, s.when, s.where, s.lead, list(article.warnings),
    ))
    for e in article.entities:
        rows["entities"].append((a, e.id, e.name, e.type, e.kb, list(e.titles), list(e.aliases), e.stands_for,
                                 len(e.mentions)))
        rows["mentions"] += [(a, e.id, x.text, x.start, x.end, x.kind) for x in e.mentions]
    for q in article.quotes:
        sp, rb = q.speaker, q.reported_by
        rows["quotes"].append((
            a, q.id, q.kind, q.content, q.start, q.end, [p.start for p in q.parts], [p.end for p in q.parts],
            sp and sp.entity, sp and sp.name, *_span(sp), *_span(q.cue), q.continuation,
            rb and rb.entity, rb and rb.name, q.addressee, q.channel, q.time,
        ))
    rows["times"] += [(a, t.id, t.text, t.start, t.end, t.value, t.type, t.anchor, t.warning) for t in article.times]
    rows["quantities"] += [(a, n.id, n.text, n.start, n.end, float(n.value), n.unit, n.approx, n.claimed_by,
                            n.previous) for n in article.quantities]
    rows["events"] += [(a, v.id, v.type, v.mode, list(v.context), v.trigger.text, v.trigger.start, v.trigger.end,
                        v.actor, v.target, v.location, v.time, v.negated, v.modality, v.source, v.sentence,
                        float(v.confidence)) for v in article.events]
    return rows


def error_row(id: str | None, source: str | None, reason: str) -> tuple:
    return (id, source, reason)
