"""The circumstances an attribution gives: the channel, the addressee and the time of a statement.

'"...," kata Zelenskiy di X' -> channel "X"; '..., kata CSIS dalam sebuah catatan' -> "sebuah catatan";
'ujar Budi kepada wartawan' -> "wartawan"; 'Yoon memberi tahu Zelenskiy bahwa ...' and 'kata Budi kepada
Menlu Retno' -> addressee (the entity); a time expression (article.times) inside the attribution -> time.
"di" only introduces a channel when what follows is not a place ("kepada wartawan di Jakarta").
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cached_property

from ..article import Entity, Time
from .quote_lexicon import AFTER, END, LOW, START, Lexicon, Word, words


def _phrase_end(ws: list[Word], k: int, lex: Lexicon) -> int:
    """End of the short phrase after a preposition: up to the next preposition, verb or comma."""
    end = k + 1
    if "," in ws[k][AFTER] or ws[k][AFTER].endswith("."):
        return end
    while end < len(ws) and not (ws[end][LOW] in lex.np_stops or lex.is_verb(ws[end])):
        end += 1
        if "," in ws[end - 1][AFTER] or ws[end - 1][AFTER].endswith("."):
            break
    return end


class _ByStart:
    """Spans (in a list order that matters) sorted by start once, so that the first of them lying within an
    attribution is found by bisection rather than by a scan of all of them for every statement."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = spans
        starts = [a for a, _ in spans]
        self.order = sorted(range(len(spans)), key=starts.__getitem__)  # a C method as key: no Python call per span
        self.starts = [starts[n] for n in self.order]

    def first_within(self, a: int, b: int, starting_before: int | None = None) -> int | None:
        """List index of the first span within [a, b] (starting before ``starting_before``), or None."""
        last = b if starting_before is None else min(b, starting_before - 1)
        held = [n for n in self.order[bisect_left(self.starts, a):bisect_right(self.starts, last)]
                if self.spans[n][1] <= b]
        return min(held) if held else None


class Located:
    """The entity mentions and time expressions of one text, by offset, each sorted when first asked for: few
    attributions have a circumstance to look in (of 150 benchmark articles, 19 look for an entity, 50 for a time),
    and reading them from the entities and sorting them for every article was 2% of the stage."""

    def __init__(self, entities: list[Entity], times: list[Time]) -> None:
        self.entities = entities
        self.times = times

    @cached_property
    def mentioned(self) -> list[Entity]:
        """The entity of each mention, in the order of ``mentions``."""
        return [e for e in self.entities for _ in e.mentions]

    @cached_property
    def mentions(self) -> _ByStart:
        return _ByStart([(m.start, m.end) for e in self.entities for m in e.mentions])

    @cached_property
    def time_spans(self) -> _ByStart:
        return _ByStart([(t.start, t.end) for t in self.times])

    def entity_in(self, a: int, b: int, starting_before: int) -> Entity | None:
        n = self.mentions.first_within(a, b, starting_before)
        return None if n is None else self.mentioned[n]

    def time_in(self, a: int, b: int) -> str | None:
        n = self.time_spans.first_within(a, b)
        return None if n is None else self.times[n].id


@dataclass(slots=True)
class Context:
    channel: str | None = None
    addressee: str | None = None
    time: str | None = None


def find_context(text: str, spans: list[tuple[int, int]], located: Located, lex: Lexicon,
                 cue: str | None = None) -> Context:
    found = Context()

    def entity_in(a: int, b: int) -> Entity | None:  # a mention starting before the end of the last span
        return located.entity_in(a, b, spans[-1][1])

    for n, (a, b) in enumerate(spans):
        found.time = found.time or located.time_in(a, b)
        ws = words(text, a, b)
        if n == 0 and cue and cue.lower() in ("memberi tahu", "memberitahu", "memberitahukan") and ws:
            hit = entity_in(ws[0][START], ws[-1][END])
            found.addressee = found.addressee or (hit.id if hit else None)
        for k in range(len(ws)):
            m = lex.match(ws, k, lex.addressee)
            if m and k + m < len(ws):
                end = _phrase_end(ws, k + m, lex)
                span = (ws[k + m][START], ws[end - 1][END])
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
            span = (ws[k + m][START], ws[end - 1][END])
            if ws[k][LOW] == "di" and ws[k + m][LOW] not in lex.platforms:
                hit = entity_in(*span)
                if hit is None or hit.type == "LOC":
                    continue
            found.channel = text[span[0]:span[1]]
    return found
