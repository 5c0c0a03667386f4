"""Quotation marks: where quoted text is, and whether it is a quotation or a quoted term.

A quotation opens with " or “ and closes with " or ” in the same paragraph; one left open at the paragraph end
runs on, and when the next paragraph opens with a quotation mark that paragraph continues it (the usual way a
long quotation is set over several paragraphs). Single quotes nest inside and are left alone; in a paragraph
without double marks, curly single quotes (‘...’) closed in the paragraph are quotation marks too, classified
the same way (a whole statement is a quotation, a quoted term a fragment); a ’ inside a word ("Jum’at") is an
apostrophe.

A *quotation* stands as a statement of its own: it starts a sentence or follows a colon or a comma, or it is
left open at the paragraph end. Quoted text inside a sentence ("sasaran yang adil", a title, "kerja tak
terlihat") is a *fragment*: a scare quote or a partial quotation inside someone else's sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .quote_lexicon import LOW, lexicon, words
from .segment import paragraphs

_OPEN = "\u201c"
_CLOSE = "\u201d"
_END_PUNCT = ".,!?\u2026"
_WORD = re.compile(r"\w+")
_MARKS = re.compile("[\"\u201c\u201d]")
_SINGLE_OPEN = "\u2018"
_SINGLES = re.compile("(?<!\\w)\u2018|\u2019(?!\\w)")  # not an apostrophe inside a word


@dataclass(slots=True)
class Region:
    open: int  # offset of the opening mark
    close: int | None  # offset of the closing mark; None when the quotation runs to the paragraph end
    start: int  # the quoted content, without marks, surrounding space or a trailing comma
    end: int
    par: int  # paragraph number
    quotation: bool = False  # a statement of its own (else a fragment: scare quote, title, partial quote)
    continues: Region | None = None  # the region in the next paragraph that carries this quotation on

    @property
    def closed_end(self) -> int:
        """Offset just after the closing mark (or the content end when the quotation runs on)."""
        return self.close + 1 if self.close is not None else self.end


def _pairs(text: str, start: int, end: int) -> list[tuple[int, int | None]]:
    straight = text.find('"', start, end)
    if text.find(_OPEN, start, end) < 0 and text.find(_CLOSE, start, end) < 0:
        # most paragraphs: a few scans in C instead of re's test of every character
        if straight >= 0:
            return _straight_pairs(text, straight, end)
        return _single_pairs(text, start, end) if text.find(_SINGLE_OPEN, start, end) >= 0 else []
    pairs, open_at = [], None
    for m in _MARKS.finditer(text, start, end):
        i, ch = m.start(), m.group()
        if ch == _OPEN and open_at is None:
            open_at = i
        elif ch == _CLOSE and open_at is not None:
            pairs.append((open_at, i))
            open_at = None
        elif ch == '"':
            if open_at is None:
                open_at = i
            else:
                pairs.append((open_at, i))
                open_at = None
    if open_at is not None:
        pairs.append((open_at, None))
    return pairs


def _straight_pairs(text: str, at: int, end: int) -> list[tuple[int, int | None]]:
    """Straight marks alone, the first at ``at``: each pair is the next two, found with str.find (what the loop over
    every mark gives when no curly one comes between)."""
    pairs: list[tuple[int, int | None]] = []
    while at >= 0:
        close = text.find('"', at + 1, end)
        if close < 0:
            pairs.append((at, None))
            break
        pairs.append((at, close))
        at = text.find('"', close + 1, end)
    return pairs


def _single_pairs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Curly single quotes used as quotation marks: each ‘ closed by the next ’ that ends a word."""
    pairs, open_at = [], None
    for m in _SINGLES.finditer(text, start, end):
        if m.group() == _SINGLE_OPEN:
            open_at = m.start() if open_at is None else open_at
        elif open_at is not None:
            pairs.append((open_at, m.start()))
            open_at = None
    return pairs


def _content(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] == ","):
        b -= 1
    return a, b


def _is_quotation(text: str, par_start: int, open_at: int, close: int | None, start: int, end: int) -> bool:
    if close is None:
        return True
    before = text[par_start:open_at].rstrip()
    prev = before[-1:] if before else ""
    if prev not in ("", ".", "!", "?", ":", "\u2026", ","):
        return False
    # a quotation starting a sentence, unless it is a title used as a subject ('"Laskar Pelangi" menjadi ...');
    # the words after it are split last, only when the marks around it do not decide
    if text[close - 1] in _END_PUNCT or prev == ":" or text[close + 1:close + 40].lstrip()[:1] in ("", ".", "!", "?"):
        return True
    follow = words(text, close + 1, close + 40)
    lex = lexicon()
    return bool(follow) and (lex.post_cue(follow[0][LOW]) is not None or follow[0][LOW] in lex.according
                             or (len(follow) > 1 and lex.verb_cue(follow, 1) is not None))


def find_regions(text: str, skip_until: int = 0) -> list[Region]:
    """Every quoted stretch of ``text`` in text order, classified, with multi-paragraph quotations linked."""
    regions: list[Region] = []
    for n, (ps, pe) in enumerate(paragraphs(text)):
        if pe <= skip_until:
            continue
        for open_at, close in _pairs(text, ps, pe):
            start, end = _content(text, open_at + 1, close if close is not None else pe)
            if end <= start or not _WORD.search(text, start, end):
                continue
            region = Region(open_at, close, start, end, n)
            region.quotation = _is_quotation(text, ps, open_at, close, start, end)
            regions.append(region)
    for a, b in zip(regions, regions[1:]):
        if a.close is None and b.open == paragraphs_start(text, b.open) and paragraph_gap(text, a.end, b.open) == 1:
            a.continues = b
    return regions


def paragraphs_start(text: str, offset: int) -> int:
    return text.rfind("\n", 0, offset) + 1


def paragraph_gap(text: str, a: int, b: int) -> int:
    """How many paragraph breaks lie between two offsets (a blank line between paragraphs is one break): each run of
    line ends found with str.find, where a regex tested every character between the offsets."""
    breaks = 0
    at = text.find("\n", a, b)
    while at >= 0:
        breaks += 1
        at += 1
        while text.startswith("\n", at, b):
            at += 1
        at = text.find("\n", at, b)
    return breaks
