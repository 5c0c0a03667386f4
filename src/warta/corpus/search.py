"""Full-text search over stored articles and quotes, ranked, with snippets; copies of one story count once.

SQLite: FTS5 with bm25 (title weighted 5x the body). PostgreSQL: ``simple`` tsvector with ``ts_rank`` and
``ts_headline``. The user's text is reduced to its words and every word must match (a word ending in ``*``
matches as a prefix), so punctuation in a query can never be a syntax error.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from sqlalchemy import Connection, text

from ..store import Store

_TERM = re.compile(r"\w+\*?")
MARK = ("[", "]")  # around matched words in snippets; the CLI may restyle them


@dataclass(frozen=True)
class Hit:
    kind: Literal["article", "quote"]
    article_id: int
    ref: str
    title: str | None
    published: str | None
    url: str | None
    snippet: str
    score: float  # higher is better, comparable within one kind only
    speaker: str | None = None


def terms(query: str) -> list[str]:
    return _TERM.findall(query.casefold())


def _fts5_query(words: list[str]) -> str:
    return " ".join(f'"{w[:-1]}"*' if w.endswith("*") else f'"{w}"' for w in words)


def _pg_query(words: list[str]) -> str:
    return " & ".join(f"{w[:-1]}:*" if w.endswith("*") else w for w in words)


_SQLITE = {
    "article": """
        SELECT a.id, a.ref, a.group_id, a.title, a.published, a.url, NULL AS speaker,
               snippet(articles_fts, 1, :open, :close, '…', 16) AS snippet, -bm25(articles_fts, 5.0, 1.0) AS score
        FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
        WHERE articles_fts MATCH :q ORDER BY rank LIMIT :n""",
    "quote": """
        SELECT a.id, a.ref, a.group_id, a.title, a.published, a.url, qu.speaker_name AS speaker,
               snippet(quotes_fts, 0, :open, :close, '…', 24) AS snippet, -bm25(quotes_fts) AS score
        FROM quotes_fts JOIN quotes qu ON qu.id = quotes_fts.rowid JOIN articles a ON a.id = qu.article_id
        WHERE quotes_fts MATCH :q ORDER BY rank LIMIT :n""",
}

_HEADLINE = "'MaxWords=30, MinWords=12, MaxFragments=1, StartSel=' || :open || ', StopSel=' || :close"
_POSTGRES = {
    "article": f"""
        SELECT a.id, a.ref, a.group_id, a.title, a.published, a.url, NULL AS speaker,
               ts_headline('simple', a.text, to_tsquery('simple', :q), {_HEADLINE}) AS snippet, hit.score
        FROM (SELECT id, ts_rank(tsv, to_tsquery('simple', :q)) AS score FROM articles
              WHERE tsv @@ to_tsquery('simple', :q) ORDER BY score DESC LIMIT :n) hit
        JOIN articles a ON a.id = hit.id ORDER BY hit.score DESC""",
    "quote": f"""
        SELECT a.id, a.ref, a.group_id, a.title, a.published, a.url, qu.speaker_name AS speaker,
               ts_headline('simple', qu.content, to_tsquery('simple', :q), {_HEADLINE}) AS snippet, hit.score
        FROM (SELECT id, ts_rank(tsv, to_tsquery('simple', :q)) AS score FROM quotes
              WHERE tsv @@ to_tsquery('simple', :q) ORDER BY score DESC LIMIT :n) hit
        JOIN quotes qu ON qu.id = hit.id JOIN articles a ON a.id = qu.article_id ORDER BY hit.score DESC""",
}


def _search(conn: Connection, kind: str, words: list[str], limit: int) -> list[Hit]:
    sqlite = conn.dialect.name == "sqlite"
    sql = (_SQLITE if sqlite else _POSTGRES)[kind]
    q = _fts5_query(words) if sqlite else _pg_query(words)
    # Fetch extra rows: copies of one story collapse into its best-ranked hit below.
    rows = conn.execute(text(sql), {"q": q, "n": limit * 4, "open": MARK[0], "close": MARK[1]}).mappings().all()
    hits, seen = [], set()
    for row in rows:
        key = (row["group_id"], row["snippet"]) if kind == "quote" else row["group_id"]
        if key in seen:
            continue
        seen.add(key)
        hits.append(Hit(kind, row["id"], row["ref"], row["title"], row["published"], row["url"],
                        " ".join(row["snippet"].split()), float(row["score"]), row["speaker"]))
    return hits[:limit]


def search(query: str, db: str | Path | Store | None = None, *, kind: Literal["all", "article", "quote"] = "all",
           limit: int = 20) -> list[Hit]:
    """Articles and quotes matching every word of ``query``, best first (articles, then quotes)."""
    words = terms(query)
    if not words:
        return []
    with Store.using(db) as store, store.engine.connect() as conn:
        kinds = ("article", "quote") if kind == "all" else (kind,)
        return [hit for k in kinds for hit in _search(conn, k, words, limit)]
