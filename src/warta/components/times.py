"""Time expressions: found by ``time_grammar``, resolved by ``time_resolve`` (with ``time_context``) to ISO 8601.

The reference is the publication date (``meta.published``), else the article's latest explicit full date; with
neither, relative expressions keep a null value. Resolution runs in three passes so later ones can lean on
earlier ones: explicit dates first; then expressions relative to the publication date ("kemarin", "Rabu lalu",
"pekan depan"); then those relative to the event the text is talking about: a clock time or "malam hari"
takes the date of its sentence or paragraph, else the article's lead date ("Sabtu (8/6) ... pukul 16.00 Wita"),
and "tiga hari sebelumnya", "sehari kemudian" and "keesokan harinya" count from the last date mentioned before
them; with none, they have no value (the publication day is not the day of the act they follow). Inside a direct
quotation, "besok" and "hari ini" are the speaker's, so they count from the day the statement was made when the
text says so.
"""

from __future__ import annotations

from datetime import date

from ..article import Time, validated
from ..pipeline import Doc
from .quantities import shared_starts
from .regex_guard import Lowered, shared_lower_words
from .time_grammar import Expr, candidates, lexicon, select
from .time_resolve import REJECT, Resolver

_STAGE = {"weekday": 1, "paren": 1, "slash": 1, "dmy": 1, "month": 1, "year": 1, "quarter": 1, "qshort": 1,
          "relday": 2, "weekend": 2, "relunit": 2, "qrel": 2, "duration": 2, "set": 2, "clock": 3}


def _stage(e: Expr) -> int:
    if e.kind == "relunit" and " ".join(e.f.get("dir", "").lower().split()) in lexicon()["sequence"]:
        return 3
    if e.kind == "relday" and "next" in e.f:
        return 3  # "Dua hari kemudian ... Keesokan harinya": counted from the day before it, whatever gave it
    return _STAGE.get(e.kind, 3)


def _type(kind: str, value: str | None) -> str:
    if kind in ("duration", "set"):
        return "DURATION" if kind == "duration" else "SET"
    if kind == "relunit" and value and value.startswith("P"):
        return "DURATION"
    return "TIME" if value and "T" in value else "DATE"


def _as_date(anchor: str | date | None) -> date | None:
    if anchor is None or isinstance(anchor, date):
        return anchor
    try:
        return date.fromisoformat(str(anchor)[:10])
    except ValueError:
        return None


def find_times(text: str, sentences: list[tuple[int, int]], anchor: str | date | None = None,
               lowered: Lowered | None = None, at_words: list[tuple[int, tuple[int, ...]]] | None = None) -> list[Time]:
    """Time expressions in ``text``, resolved against ``anchor`` (else the latest explicit full date).
    ``lowered`` is ``lower_words(text)`` when already known; ``at_words``, where the families can start among its
    words (see ``time_grammar.candidates``)."""
    exprs = select(candidates(text, lowered, at_words))
    stages = [_stage(e) for e in exprs]
    ref = _as_date(anchor)
    if ref is None:
        probe = Resolver(text, sentences, None)
        full = [v for e, stage in zip(exprs, stages) if stage == 1 for v in [probe.resolve(e)[0]]
                if v and v != REJECT and len(v) >= 10]
        dates = [_as_date(v[:10]) for v in full if "/" not in v]
        ref = max((d for d in dates if d), default=None)
    resolver = Resolver(text, sentences, ref)
    results: dict[int, tuple] = {}
    for i in sorted(range(len(exprs)), key=stages.__getitem__):  # stage by stage, in text order within each
        results[i] = resolver.resolve(exprs[i])
    times, kept = [], [(e, results[i]) for i, e in enumerate(exprs)]
    for e, (value, used, warning) in kept:
        if value == REJECT:
            continue
        times.append({"id": f"t{len(times) + 1}", "text": text[e.start:e.end], "start": e.start, "end": e.end,
                      "value": value, "type": _type(e.kind, value), "anchor": used, "warning": warning})
    return validated(Time, times)


class TimeTagger:
    name = "times"
    requires = ("text", "sentences", "meta")
    assigns = ("times",)

    def __init__(self, options=None) -> None:
        pass

    def __call__(self, doc: Doc) -> None:
        article = doc.article
        article.times = find_times(article.text, article.sentences, article.meta.published, shared_lower_words(doc),
                                   shared_starts(doc)[0])
