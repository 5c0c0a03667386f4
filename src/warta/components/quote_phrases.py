"""Phrase finding inside a sentence: the subject before a pre-posed cue, the speaker after a post-posed cue,
and whether a weak cue's complement is a clause.

All functions take the sentence's words (``quote_lexicon.words``) and word indices, and return word indices;
no offsets are computed here.
"""

from __future__ import annotations

from .quote_lexicon import Lexicon, Word


def _has_comma(w: Word) -> bool:
    return "," in w.after


def strip_openers(ws: list[Word], a: int, limit: int, lex: Lexicon) -> int:
    """Skip introductory phrases closed by a comma ("Sementara itu,", "Dalam pernyataan tertulis,")."""
    for _ in range(3):
        if a >= limit or not lex.match(ws, a, lex.openers):
            return a
        k = next((k for k in range(a, limit) if _has_comma(ws[k])), None)
        if k is None:
            return a
        a = k + 1
    return a


def subject(ws: list[Word], i: int, lex: Lexicon, a: int = 0) -> tuple[int, int] | None:
    """Word range of the subject of the speech verb at ``i``; None when the verb is not a main predicate
    (inside a relative clause, negated, or preceded by another clause without a subject of its own)."""
    a = strip_openers(ws, a, i, lex)
    b = i
    while b > a and ws[b - 1].low in lex.adverbs and not ws[b - 1].after:
        b -= 1
    if b <= a or ws[b - 1].low in lex.negations or ws[b - 1].low == "yang":
        return None
    in_relative = False
    for k in range(a, b):
        w = ws[k]
        if w.low == "yang":
            in_relative = True
            continue
        if in_relative:
            in_relative = not _has_comma(w)
            continue
        if not (lex.is_verb(w) or w.low in ("adalah", "merupakan")):
            continue
        # another predicate before the cue: "Ahmad membantah tuduhan itu dan menyatakan ..." shares the subject;
        # "..., sementara pejabat di Seoul mengatakan ..." starts a clause with its own subject
        if ws[b - 1].low in lex.connectors and b - 1 > k:
            end = k
            while end > a and ws[end - 1].low in lex.adverbs:
                end -= 1
            return (a, end) if end > a else None
        links = [j for j in range(k + 1, b) if ws[j].low in lex.clause_links]
        if links:
            j = links[-1] + 1
            if j < b and not any(lex.is_verb(ws[m]) for m in range(j, b)):
                return j, b
        return None
    if b - a > 30:
        return None
    return a, b


def speaker_after(ws: list[Word], j: int, lex: Lexicon, limit: int | None = None) -> int:
    """End (exclusive) of the speaker phrase starting at word ``j`` ("kata Budi kepada wartawan" -> after Budi)."""
    limit = len(ws) if limit is None else limit
    described = j < limit and not ws[j].capitalised  # a description of an unnamed source
    in_relative = False
    k = j
    while k < limit:
        w = ws[k]
        if k > j:
            if w.before.startswith(("\"", "\u201c")):
                break
            if w.low == "yang":
                in_relative = True
            elif w.low in lex.np_stops:
                # "pejabat intelijen di Amerika Serikat": a place inside a description of an unnamed source
                if not (described and not in_relative and w.low in ("di", "dari") and k + 1 < limit
                        and ws[k + 1].capitalised):
                    break
            elif not in_relative and (lex.is_verb(w) or w.low in lex.clause_words):
                break
        k += 1
        if _has_comma(w) or w.after.endswith((".", ":", "!", "?")):
            break
    return k


def has_clause(ws: list[Word], j: int, lex: Lexicon) -> bool:
    """Whether the complement starting at word ``j`` is a clause rather than a noun object."""
    if j >= len(ws):
        return False
    for k in range(j, min(len(ws), j + 12)):
        w = ws[k]
        if k > j and w.low in lex.clause_breaks:
            return False
        if w.low in lex.clause_words:
            return True
        if lex.is_verb(w) and not w.low.startswith("ber"):
            return True
        if w.after.endswith((".", "!", "?", ";")):
            return False
    return False


def bahwa_after(ws: list[Word], j: int, lex: Lexicon, limit: int) -> int | None:
    """Index of a "bahwa" that opens the content a few words after the cue ("mengatakan pada hari Senin bahwa")."""
    for k in range(j, min(limit, j + 20)):
        if ws[k].low == "bahwa":
            return k
        if lex.is_verb(ws[k]) or ws[k].before.startswith(("\"", "\u201c")):
            return None
    return None
