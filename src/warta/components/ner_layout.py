"""The article's layout, over its text: the lines and spans that hold no entities or capitalise words for layout.

- all-capitals section heads ("PELATIHAN PASUKAN"), reporter and editor lines ("Penulis: ..."), an outlet's byline
  ("Jakarta, CNBC Indonesia -") and a wire credit in brackets at the end ("(Antara)") hold no entities;
- a name the tagger ran from the dateline into the body starts after the dateline ("KOMPAS.com - Satreskrim");
- headline case capitalises every word: a headline name is kept only when the body or the KB confirms it.
"""

from __future__ import annotations

import re
from functools import cache

from ..lang.id import load
from . import coref
from .ner_lexicon import lexicon
from .ner_rules import Cand
from .segment import paragraphs
from .word_search import written_alone

_WORD = re.compile(r"\S+")


def _section_head(line: str) -> bool:
    """A short all-capitals line ("PELATIHAN PASUKAN"): its words are capitalised for layout, not as names."""
    return line.isupper() and len(line.split()) <= 8


@cache
def _byline_pattern() -> tuple[re.Pattern, str]:
    """The byline cues' pattern, and the ASCII letters (in lower case) they open with."""
    cues = sorted(load("entities")["byline_cues"], key=len, reverse=True)
    pattern = re.compile(rf"(?:{'|'.join(map(re.escape, cues))})\b\s*[:,]?", re.IGNORECASE)
    ascii_letters = all(c[:1].isascii() and c[:1].isalpha() for c in cues)
    return pattern, "".join(sorted({c[0].lower() for c in cues})) if ascii_letters else ""


def _byline(text: str, a: int, b: int, pattern: re.Pattern) -> bool:
    """A line that credits the reporter or editor, or links another story ("Laporan Wartawan Tribunjabar.id, Dian
    Herdiansyah", "Penulis: Dian | Editor: Ravianto", "Baca juga: Banjir Rendam 300 Rumah")."""
    return pattern.match(text, a, b) is not None and len(text[a:b].split()) <= 15


def blocked_lines(text: str, skip_before: int) -> list[tuple[int, int]]:
    """The lines from ``skip_before`` on that hold no entities: section heads and bylines (both above), found in
    one pass over the article's lines."""
    pattern, firsts = _byline_pattern()
    # a line opening with an ASCII character no cue opens with (most lines) is no byline: told without the
    # pattern, whose case-insensitive alternation tries every cue. Other characters go to the pattern, which
    # folds some of them onto ASCII letters ("\u212a", the Kelvin sign, matches "k"). With a cue that opens
    # otherwise, ``firsts`` is empty and every line is tried.
    return [(a, b) for a, b in paragraphs(text)
            if a >= skip_before and (_section_head(text[a:b]) or (
                a < b and (not firsts or text[a] > "\x7f" or text[a].lower() in firsts)
                and _byline(text, a, b, pattern)))]


_BYLINE = re.compile(r"(?:[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?, )?"
                     r"([A-Z][\w.]*(?: [A-Z][\w.]*){0,2}) (?:-{1,2}|\u2013|\u2014) ")


def outlet_byline(text: str, body_start: int, kb=None) -> tuple[int, int] | None:
    """The outlet's byline opening the body when no dateline was read ("Jakarta, CNBC Indonesia - ...",
    "Suara.com - ..."): the span of the outlet's name and dash, which holds no entity (the city before it is a
    place); None when the body opens otherwise. The outlet is a web address, a listed outlet or a medium the KB
    knows."""
    at = _FIRST_WORD.match(text, body_start).end() if body_start else 0
    m = _BYLINE.match(text, at)
    if m is None:
        return None
    outlet = m.group(1)
    if not ("." in outlet or outlet.lower() in load("sources")["outlets"] or (
            kb is not None and any(getattr(r, "kind", "") == "media" for r in kb.lookup(outlet)))):
        return None
    return m.start(1), m.end()


_FIRST_WORD = re.compile(r"\s*(?=\S)")


def cut_at_dateline(cands: list[Cand], text: str, start: int, end: int) -> list[Cand]:
    """A name the tagger ran from the dateline into the body ("KOMPAS.com - Satreskrim") starts after the dateline,
    with a capital and without a title or a noun for a kind of organisation; else it is dropped."""
    lex = lexicon()
    out = []
    for c in cands:
        if start <= c.start < end < c.end:
            at = _FIRST_WORD.match(text, end).end()
            if at >= c.end or not text[at].isupper():
                continue
            first = _WORD.match(text, at)
            opener = first.group().lower()
            if (opener in lex.org_cues or opener in lex.titles) and first.end() + 1 < c.end:
                at = first.end() + 1  # "KOMPAS.com - [Maskapai] Pelita Air"
            c.start = at
        out.append(c)
    return out


_CREDIT_SEP = re.compile(r"[/,;]")
_BRACKET = re.compile(r"\(([^()\n]{1,60})\)")


def credit_span(text: str) -> tuple[int, int] | None:
    """The wire credit in brackets on the article's last line: "(Antara)", "(Reuters/Antara)", "(AFP/ant/dil)":
    agencies and editors' initials only. Nothing in it is an entity, not even a name the KB knows."""
    end = len(text.rstrip())
    agencies = load("sources")["agencies"]
    for m in _BRACKET.finditer(text, text.rfind("\n", 0, end) + 1, end):
        parts = [p.strip() for p in _CREDIT_SEP.split(m.group(1))]
        if any(p.lower() in agencies for p in parts) and all(
                p.lower() in agencies or (p.isalpha() and p.islower() and len(p) <= 5) for p in parts):
            return m.start(), m.end()
    return None


def confirm_headline(cands: list[Cand], text: str, body_start: int) -> list[Cand]:
    """Headline-case capitalises every word: keep a headline name only when the body names it too, or when the
    KB knows it and the body writes it ("Israel Serang Kamp Pengungsi": "Serang" is a verb here, not the city)."""
    if body_start <= 0:
        return cands
    for c in cands:
        if c.start < body_start:
            break
    else:
        return cands  # no name in the headline: the body's names need not be gathered
    body = {coref.fold(text[c.start:c.end]) for c in cands if c.start >= body_start}
    # a known name the body writes too, maybe inside a longer one ("Kabupaten Garut")
    return [c for c in cands if c.start >= body_start or coref.fold(text[c.start:c.end]) in body
            or (c.kb_ids and written_alone(text[body_start:], text[c.start:c.end]))]
