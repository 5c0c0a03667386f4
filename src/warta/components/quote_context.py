"""The circumstances an attribution gives: the channel, the addressee and the time of a statement.

'"...," kata Zelenskiy di X' -> channel "X"; '..., kata CSIS dalam sebuah catatan' -> "sebuah catatan";
'ujar Budi kepada wartawan' -> "wartawan"; 'Yoon memberi tahu Zelenskiy bahwa ...' and 'kata Budi kepada
Menlu Retno' -> addressee (the entity); a time expression (article.times) inside the attribution -> time.
"di" only introduces a channel when what follows is not a place ("kepada wartawan di Jakarta").
"""

from __future__ import annotations

from dataclasses import dataclass

from ..article import Entity, Time
from .quote_lexicon import Lexicon, Word, words


def _phrase_end(ws: list[Word], k: int, lex: Lexicon) -> int:
    """End of the short phrase after a preposition: up to the next preposition, verb or comma."""
    end = k + 1
    if "," in ws[k].after or ws[k].after.endswith("."):
        return end
    while end < len(ws) and not (ws[end].low in lex.np_stops or lex.is_verb(ws[end])):
        end += 1
        if "," in ws[end - 1].after or ws[end - 1].after.endswith("."):
            break
    return end


@dataclass
class Context:
    channel: str | None = None
    addressee: str | None = None
    time: str | None = None


def find_context(text: str, spans: list[tuple[int, int]], entities: list[Entity], times: list[Time],
                 lex: Lexicon, cue: str | None = None) -> Context:
    found = Context()
    mentions = [(m.start, m.end, e) for e in entities for m in e.mentions if m.start < spans[-1][1]] if spans else []

    def entity_in(a: int, b: int) -> Entity | None:
        return next((e for s, t, e in mentions if s >= a and t <= b), None)

    for n, (a, b) in enumerate(spans):
        found.time = found.time or next((t.id for t in times if a <= t.start and t.end <= b), None)
        ws = words(text, a, b)
        if n == 0 and cue and cue.lower() in ("memberi tahu", "memberitahu", "memberitahukan") and ws:
            hit = entity_in(ws[0].start, ws[-1].end)
            found.addressee = found.addressee or (hit.id if hit else None)
        for k in range(len(ws)):
            m = lex.match(ws, k, lex.addressee)
            if m and k + m < len(ws):
                end = _phrase_end(ws, k + m, lex)
                span = (ws[k + m].start, ws[end - 1].end)
                if lex.match(ws, k + m, lex.audiences):
                    found.channel = found.channel or text[span[0]:span[1]]
                else:
                    hit = entity_in(*span)
                    found.addressee = found.addressee or (hit.id if hit else None)
                continue
            m = lex.match(ws, k, lex.channels)
            if not m or k + m >= len(ws) or found.channel:
                continue
            end = _phrase_end(ws, k + m, lex)
            span = (ws[k + m].start, ws[end - 1].end)
            if ws[k].low == "di" and ws[k + m].low not in lex.platforms:
                hit = entity_in(*span)
                if hit is None or hit.type == "LOC":
                    continue
            found.channel = text[span[0]:span[1]]
    return found
