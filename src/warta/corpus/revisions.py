"""How a figure changed over time: the successive values of one unit about one entity ("3.000 -> 10.000").

    >>> corpus.revisions("pasukan", about="Korea Utara", db="corpus.db")
    [Revision(value=3000, previous=None, claimant='Volodymyr Zelenskiy', ...),
     Revision(value=10000, previous=3000, claimant='Lloyd Austin', ...)]

The series is built from the numeric claims (``statements.claims_of``: copies of a story counted once), oldest
first. Each distinct value appears once, at its first appearance: a later article repeating an old figure ("the
3.000 reported last week") is not a revision back to it, it adds to that value's ``stories``.

Inside one article only the link the article itself states is a revision (``Quantity.previous``: "naik dari
11.000 menjadi 12.000"): the old figure becomes the stated ``previous`` of the new one, not a step of its own.
Otherwise an article contributes its first figure only; the others are mostly breakdowns of it ("143 rumah
rusak, 21 di antaranya rusak berat"), not changes. Without a stated link, ``previous`` is the series' preceding
value.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import Connection

from ..store import Store
from .statements import claims_of

READ = 10_000  # claims read to build one series; a figure claimed more often than this is cut at its latest


@dataclass(frozen=True)
class Revision:
    value: float
    previous: float | None  # the value this one replaced (None for the first)
    stated: bool  # the article itself says the figure changed from ``previous``
    unit: str | None
    text: str
    approx: str | None
    claimant: str | None
    published: str | None
    article_id: int
    ref: str
    title: str | None
    url: str | None
    stories: int  # stories giving this value (the first one and later repeats)


def revisions_of(conn: Connection, *, unit: str, about: str | int | None = None, since: str | None = None,
                 until: str | None = None) -> list[Revision]:
    claims = claims_of(conn, unit=unit, about=about, since=since, until=until, limit=READ)
    old_figures = {(c.article_id, c.previous_id) for c in claims if c.previous_id}
    in_series: set[float] = set()  # values already in the series
    told: dict[float, set[int]] = {}  # value -> the articles giving it
    figured: set[int] = set()  # articles whose first figure has been read
    series: list[Revision] = []
    for c in claims:
        if (c.article_id, c.quantity_id) in old_figures:
            continue
        told.setdefault(c.value, set()).add(c.article_id)
        stated = c.previous is not None and c.previous != c.value
        lead = c.article_id not in figured
        figured.add(c.article_id)
        if c.value in in_series or not (lead or stated):
            continue
        in_series.add(c.value)
        previous = c.previous if stated else (series[-1].value if series else None)
        series.append(Revision(c.value, previous, stated, c.unit, c.text, c.approx, c.claimant, c.published,
                               c.article_id, c.ref, c.title, c.url, 0))
    return [replace(r, stories=len(told[r.value])) for r in series]


def revisions(unit: str, about: str | None = None, since: str | None = None, until: str | None = None,
              db: str | Path | Store | None = None) -> list[Revision]:
    """The values of ``unit`` (about ``about``) in order of first appearance, each with the one it replaced."""
    with Store.using(db) as store, store.engine.connect() as conn:
        return revisions_of(conn, unit=unit, about=about, since=since, until=until)
