"""The article at a glance: who, what, when, where, why and how, all taken from the text (5W1H).

- lead: the first body sentence (after a title line), without the dateline;
- what: the lead, which in news states the main event or statement;
- who: the most mentioned people and organisations, those in the lead counting double (at most three);
- when: the first date or time in the lead, else the article's first date;
- where: the dateline city when it is an entity, else the first place after "di" in the lead;
- why / how: the clause opened by "karena", "akibat"... / "melalui", "dengan cara"... in the lead.
"""

from __future__ import annotations

import re
from functools import cache

from ..article import Article, Summary
from ..lang.id import load
from ..pipeline import Doc
from .metadata import first_body_sentence

_DATELINE = re.compile(r"^[^\n]{0,60}?\s[-\u2013\u2014]+\s+")


@cache
def _openers() -> dict[str, tuple[tuple[str, ...], re.Pattern]]:
    """Each question's opening words, lower-cased, and the pattern of the clause they open."""
    data = load("summary")
    return {k: (tuple(w.lower() for w in v),
                re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(v, key=len, reverse=True))) + r")\s+([^,;.]+)",
                           re.IGNORECASE)) for k, v in data.items()}


def _clause(lead: str, low: str | None, words: tuple[str, ...], pattern: re.Pattern) -> str | None:
    """The first clause of the lead that one of ``words`` opens. re tries a case-blind alternation at every
    character (~200 instructions each), so in an ASCII lead (``low``, lower-cased, is given) the search starts
    where the first of the words is found, none can start before, and is skipped when none is found."""
    at = 0
    if low is not None:
        found = [i for i in map(low.find, words) if i >= 0]
        if not found:
            return None
        at = min(found)
    m = pattern.search(lead, at)
    return m.group(0).strip() if m else None


def summarize(article: Article, body_start: int = 0) -> Summary:
    if len(article.sentences) <= body_start:
        return Summary()
    s_start, s_end = article.sentences[body_start]
    lead = article.text[s_start:s_end]
    if article.meta.dateline:
        cut = _DATELINE.match(lead)
        if cut:
            lead, s_start = lead[cut.end():], s_start + cut.end()
    weight: dict[str, int] = {}
    for e in article.entities:
        if e.type in ("PER", "ORG"):  # a mention in the lead counts twice
            count = len(e.mentions)
            for m in e.mentions:
                if s_start <= m.start < s_end:
                    count += 1
            weight[e.id] = count
    # as Counter.most_common(3) ranks them (ties in order), without its heap, written in Python
    who = sorted(weight, key=weight.get, reverse=True)[:3]

    times = [t for t in article.times if t.type in ("DATE", "TIME")]
    when = next((t.id for t in times if s_start <= t.start < s_end), times[0].id if times else None)

    where = None
    dateline = article.meta.dateline.casefold() if article.meta.dateline else None
    for e in article.entities:
        if e.type != "LOC":
            continue
        if dateline and any(m.text.casefold() == dateline for m in e.mentions):
            where = e.id
            break
        if where is None and any(s_start <= m.start < s_end and article.text[max(0, m.start - 3):m.start] == "di "
                                 for m in e.mentions):
            where = e.id

    low = lead.lower() if lead.isascii() else None  # ASCII: lower-casing maps character to character
    found = {k: _clause(lead, low, words, pattern) for k, (words, pattern) in _openers().items()}
    return Summary(who=who, what=lead.strip() or None, when=when, where=where, why=found["why"], how=found["how"],
                   lead=article.text[article.sentences[body_start][0]:s_end])


class Summarizer:
    name = "summary"
    requires = ("text", "sentences", "entities", "times")
    assigns = ("summary",)

    def __init__(self, options=None) -> None:
        pass

    def __call__(self, doc: Doc) -> None:
        article = doc.article
        article.summary = summarize(article, body_start=first_body_sentence(article))
