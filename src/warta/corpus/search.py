"""Full-text search over stored articles and quotes, ranked, with snippets; copies of one story count once.

SQLite: FTS5 with bm25 (title weighted 5x the body). PostgreSQL: ``simple`` tsvector with ``ts_rank`` and
``ts_headline``. Both rank within each query's newest ``WINDOW`` matches, which keeps common words fast, and
make snippets only for the hits returned. The user's text is reduced to its words and every word must match (a
word ending in ``*`` matches as a prefix), so punctuation in a query can never be a syntax error.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from sqlalchemy import Connection, bindparam, text

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


#: Ranking considers each query's newest WINDOW matches (by storage order). bm25/ts_rank must score every row they
#: rank, so without a window a common word costs a full scan of 100k articles (265 ms p95 measured); a query that
#: matches more than this many articles is too broad to rank usefully, and for news the newest matches matter.
WINDOW = 1000

# Per kind: the FTS table and its text column (SQLite), the table, and what a hit shows.
_KINDS = {
    "article": ("articles_fts", 1, "articles", "NULL", "NULL"),
    "quote": ("quotes_fts", 0, "quotes", "qu.speaker_name", "qu.content"),
}
_JOIN = {
    "article": "JOIN articles a ON a.id = {id}",
    "quote": "JOIN quotes qu ON qu.id = {id} JOIN articles a ON a.id = qu.article_id",
}


def _ranked_sql(kind: str, sqlite: bool) -> str:
    fts, _, table, speaker, key = _KINDS[kind]
    columns = f"a.id, a.ref, a.group_id, a.title, a.published, a.url, {speaker} AS speaker, {key} AS dedup"
    if sqlite:  # rank is bm25 (articles: title weighted 5x, configured in migrations)
        return (f"SELECT {fts}.rowid AS hit, -{fts}.rank AS score, {columns} FROM {fts} "
                f"{_JOIN[kind].format(id=fts + '.rowid')} "
                f"WHERE {fts} MATCH :q AND {fts}.rowid >= :floor ORDER BY {fts}.rank LIMIT :n")
    # rank the window, keep the best :n, and only then join them (joining the whole window hashed every article)
    ranked = (f"SELECT id, ts_rank(tsv, to_tsquery('simple', :q)) AS score FROM (SELECT id, tsv FROM {table} "
              f"WHERE tsv @@ to_tsquery('simple', :q) ORDER BY id DESC LIMIT :w) m ORDER BY score DESC, id LIMIT :n")
    return f"SELECT w.id AS hit, w.score, {columns} FROM ({ranked}) w {_JOIN[kind].format(id='w.id')}"


def _snippet_sql(kind: str, sqlite: bool) -> str:
    fts, column, table, _, _ = _KINDS[kind]
    if sqlite:
        width = 16 if kind == "article" else 24
        sql = (f"SELECT rowid, snippet({fts}, {column}, :open, :close, '…', {width}) FROM {fts} "
               f"WHERE {fts} MATCH :q AND rowid IN :ids")
    else:
        source = "text" if kind == "article" else "content"
        sql = (f"SELECT id, ts_headline('simple', {source}, to_tsquery('simple', :q), 'MaxWords=30, MinWords=12, "
               f"MaxFragments=1, StartSel=' || :open || ', StopSel=' || :close) FROM {table} WHERE id IN :ids")
    return sql


def _search(conn: Connection, kind: str, words: list[str], limit: int) -> list[Hit]:
    sqlite = conn.dialect.name == "sqlite"
    params = {"q": _fts5_query(words) if sqlite else _pg_query(words), "w": WINDOW, "open": MARK[0],
              "close": MARK[1], "n": limit * 4}  # extra rows: copies of one story collapse into its best hit below
    if sqlite:
        fts = _KINDS[kind][0]
        floor = f"SELECT rowid FROM {fts} WHERE {fts} MATCH :q ORDER BY rowid DESC LIMIT 1 OFFSET :skip"
        params["floor"] = conn.execute(text(floor), {"q": params["q"], "skip": WINDOW - 1}).scalar() or 0
    rows = conn.execute(text(_ranked_sql(kind, sqlite)), params).mappings().all()
    rows = sorted(rows, key=lambda r: (-r["score"], r["hit"]))  # equal scores (copies): the first stored wins
    kept, seen = [], set()
    for row in rows:
        key = (row["group_id"], row["speaker"], row["dedup"])
        if key not in seen:
            seen.add(key)
            kept.append(row)
    kept = kept[:limit]
    if not kept:
        return []
    snippets = dict(conn.execute(text(_snippet_sql(kind, sqlite)).bindparams(bindparam("ids", expanding=True)),
                                 {**params, "ids": [r["hit"] for r in kept]}).all())
    return [Hit(kind, r["id"], r["ref"], r["title"], r["published"], r["url"],
                " ".join((snippets.get(r["hit"]) or "").split()), float(r["score"]), r["speaker"]) for r in kept]


def search(query: str, db: str | Path | Store | None = None, *, kind: Literal["all", "article", "quote"] = "all",
           limit: int = 20) -> list[Hit]:
    """Articles and quotes matching every word of ``query``, best first (articles, then quotes)."""
    words = terms(query)
    if not words:
        return []
    with Store.using(db) as store, store.engine.connect() as conn:
        kinds = ("article", "quote") if kind == "all" else (kind,)
        return [hit for k in kinds for hit in _search(conn, k, words, limit)]
