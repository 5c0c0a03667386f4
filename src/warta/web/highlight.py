"""An analysed article as nested pieces of text for the dashboard: quotes around entity, time and number marks.

Pure presentation: the pieces only cut ``article.text`` at offsets the pipeline produced, so the template can
render them with autoescaping (article text is never marked safe). Quotes form the outer layer (their parts, for
a split quote); entity mentions, times and quantities the inner one. Overlapping marks keep the longer
(the earlier on ties), and an inner mark crossing a quote's edge is dropped rather than drawn broken.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..article import Article


@dataclass
class Piece:
    text: str
    kind: str | None = None  # None for plain text; "quote", "ent", "time", "num"
    css: str = ""
    info: str = ""  # shown on hover and keyboard focus
    ref: str | None = None  # the id of the quote, entity, time or quantity
    children: list[Piece] = field(default_factory=list)


@dataclass(frozen=True)
class _Mark:
    start: int
    end: int
    kind: str
    css: str
    info: str
    ref: str


def _quote_marks(article: Article) -> list[_Mark]:
    names = {e.id: e.name for e in article.entities}
    marks = []
    for q in article.quotes:
        who = q.speaker.name if q.speaker else "?"
        if q.speaker and q.speaker.entity in names:
            who = names[q.speaker.entity]
        cue = f" · {q.cue.text}" if q.cue else ""
        info = f"{who} — {q.kind}{cue}"
        for part in q.parts or [q]:
            marks.append(_Mark(part.start, part.end, "quote", f"quote quote-{q.kind}", info, q.id))
    return marks


def _inner_marks(article: Article) -> list[_Mark]:
    marks = []
    for e in article.entities:
        titles = f" · {', '.join(e.titles)}" if e.titles else ""
        for m in e.mentions:
            marks.append(_Mark(m.start, m.end, "ent", f"ent ent-{e.type.lower()}", f"{e.name} ({e.type}){titles}",
                               e.id))
    for t in article.times:
        marks.append(_Mark(t.start, t.end, "time", "time", f"{t.type}: {t.value or '?'}", t.id))
    for n in article.quantities:
        unit = f" {n.unit}" if n.unit else ""
        approx = f" ({n.approx})" if n.approx else ""
        marks.append(_Mark(n.start, n.end, "num", "num", f"{number(n.value)}{unit}{approx}", n.id))
    return marks


def number(value: float) -> str:
    """A value written the Indonesian way: 2.400, 1,5 (dot groups thousands, comma marks decimals)."""
    if float(value).is_integer():
        value = int(value)
    return f"{value:,}".translate(str.maketrans(",.", ".,"))


def _no_overlap(marks: list[_Mark], length: int) -> list[_Mark]:
    kept, taken = [], []
    for m in sorted(marks, key=lambda m: (-(m.end - m.start), m.start)):
        if not 0 <= m.start < m.end <= length or any(m.start < e and s < m.end for s, e in taken):
            continue
        kept.append(m)
        taken.append((m.start, m.end))
    return sorted(kept, key=lambda m: m.start)


def _fill(text: str, start: int, end: int, marks: list[_Mark]) -> list[Piece]:
    """Pieces covering text[start:end]: the marks inside it and plain text between them."""
    pieces, at = [], start
    for m in marks:
        if m.start < start or m.end > end:
            continue
        if m.start > at:
            pieces.append(Piece(text[at:m.start]))
        pieces.append(Piece(text[m.start:m.end], m.kind, m.css, m.info, m.ref))
        at = m.end
    if at < end:
        pieces.append(Piece(text[at:end]))
    return pieces


def pieces(article: Article) -> list[Piece]:
    """The article text as pieces whose texts, joined depth-first, equal ``article.text``."""
    text = article.text
    quotes = _no_overlap(_quote_marks(article), len(text))
    inner = [m for m in _no_overlap(_inner_marks(article), len(text))
             if not any(q.start < m.end and m.start < q.end and not (q.start <= m.start and m.end <= q.end)
                        for q in quotes)]
    outside = [m for m in inner if not any(q.start <= m.start and m.end <= q.end for q in quotes)]
    top = sorted([*quotes, *outside], key=lambda m: m.start)
    out, at = [], 0
    for m in top:
        if m.start > at:
            out.append(Piece(text[at:m.start]))
        piece = Piece(text[m.start:m.end], m.kind, m.css, m.info, m.ref)
        if m.kind == "quote":
            piece.children = _fill(text, m.start, m.end, inner)
        out.append(piece)
        at = m.end
    if at < len(text):
        out.append(Piece(text[at:]))
    return out
