"""The modality and negation of an event: how a trigger's act is told (events.py codes the event).

Modality, the first that applies: hypothetical (a condition word in the trigger's sentence, within its quote for a
trigger in a quote, outside quotes otherwise, and after the trigger only within its clause; or "bisa", "terancam"...
just before), future (akan, dijadwalkan... just before; for a noun, anywhere in its clause; a time in its clause
after the publication day, "pekan depan", not after "sudah", nor after a speech act: its content's; nor one counted
from the act told before, "sehari kemudian": the act is future or historical as that one is), historical (a
past year in the trigger's clause, not after "sejak"; "pernah", "sempat"... just before; a sentence opening "Saat
itu,"; an act told as background in a clause "yang ..." after a party's name, with "pekan lalu", "kemarin"... or a
time before the publication day in it: "KPK, yang menahan Budi pekan lalu, ..."), reported (inside a quote, with
the quote as `source`; but the speaker's own speech act performed in the quote, "Kami mengimbau ...", is asserted
unless recounted, "Saya sudah minta ..."), else asserted. Negation: tidak, belum, bukan... just before the
trigger.

The word lists named here (`possible`, `future`, `historical`, `recounted`, `negation`...) are in
lang/id/event_context.yaml.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from datetime import date

from .events_text import WORD, Marks, Trigger, has_phrase, is_nominal, listed, may_hold, words_before, words_in
from .regex_guard import Lowered


def is_negated(before: list[str], ctx: dict) -> bool:
    """A negation in the words before a trigger, not one that limits another word ("tidak hanya", "tak lama", "tidak
    akan ragu")."""
    kept = [w for i, w in enumerate(before) if ctx["negation_limits"].isdisjoint(before[i + 1:i + 3])]
    return has_phrase(kept, ctx["negation"])


def quoted_spans(quotes, quote_starts: list[int], start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the quotes that start inside a sentence, in text order."""
    i, j = bisect_right(quote_starts, start - 1), bisect_right(quote_starts, end - 1)
    return [(q.start, q.end) for q in quotes[i:j]]


def _clause(m: Trigger, lo: int, hi: int, marks: Marks) -> tuple[int, int]:
    """The clause around a trigger: from the last clause end before it to the next one after it."""
    start, end = marks.last_end_before(m.start), marks.next_end(m.end)
    return max(lo, start or lo), min(hi, end or hi)


def sequel_ids(times, ctx: dict) -> frozenset[str]:
    """The ids of the times counted from the act told before ("sehari kemudian", "keesokan harinya": `sequels`),
    found once per article."""
    return frozenset(t.id for t in times if may_hold(t.text, ctx["sequel_firsts"]) and ctx["sequel_re"].search(t.text))


def modality_of(text: str, m: Trigger, entry: dict, sentence: tuple[int, int], marks: Marks, before: list[str],
                times, sequels: frozenset[str], published: str | None, quote, quoted: list[tuple[int, int]],
                promised: bool, ctx: dict, own: bool = True, background: bool = False,
                follows: str | None = None) -> str:
    """The first that applies: hypothetical, future, historical, reported, asserted. A condition counts inside the
    trigger's quote, or, for a trigger outside quotes, in its sentence outside them (``quoted``). A speech act in a
    quote is performed there (asserted) only when it is the speaker's ``own``, not another party's told in it.
    ``entry`` is what the trigger codes in its context (events._entry), so type and mode are read from the same
    place. A ``background`` act (told in a clause "yang ..." set off after a party's name) is historical when its
    clause says it was before the news at hand: a word of `background_past` ("pekan lalu", "kemarin") or a time
    that ended before the publication day. A time counted from the act told before (``sequels``, its ids:
    sequel_ids) makes no act future by its value; in the trigger's clause or its sentence before it, it
    makes the act future or historical when that act (``follows``: its modality) was."""
    conditions = marks.conditions
    if entry["type"] in ctx["conditional_by_nature"]:
        conditions = [c for c in conditions if c < m.start]
    # a condition after the trigger is its own only in the same clause, not after a sentence end or after "dan"
    # and another verb ("diperiksa penyidik dan bisa dijerat ... apabila terbukti": the charge is conditional)
    conditions = [c for c in conditions if c < m.start or not ctx["new_clause_re"].search(text, m.end, c)]
    if quote is not None:
        conditions = [c for c in conditions if quote.start <= c < quote.end]
    else:
        conditions = [c for c in conditions if not any(q_start <= c < q_end for q_start, q_end in quoted)]
    if conditions or has_phrase(before, ctx["possible"]):
        return "hypothetical"
    c_start, c_end = _clause(m, *sentence, marks)
    # "Polisi menangkap X pekan lalu. Polisi menyita mobilnya sehari kemudian": the day is counted from the arrest
    # (or from the publication day when the arrest gave none), so it makes no act future
    if not promised and (has_phrase(before, ctx["future"]) or (
            is_nominal(m.text) and {w.lower() for w in WORD.findall(text[c_start:c_end])} & ctx["future"])
            or published and not has_phrase(before, ctx["recounted"]) and any(
                c_start <= t.start < (m.start if listed(entry, ctx["content_of"]) else c_end)
                and _after(t.value, published) and ctx["until"].isdisjoint(
                    words_before(text, t.start, 1, marks.lowered)) for t in times if t.id not in sequels)):
        return "future"  # a promise is made now: "siap mendukung" is an AGREE told as a fact; "pekan depan": later
    if follows in ("future", "historical") and any(sentence[0] <= t.start < c_end and t.id in sequels for t in times):
        return follows  # "Keesokan harinya, penyidik memeriksa ...": background after background, planned after planned
    year = int(published[:4]) if published else None
    past = year and any(c_start <= t.start < c_end and t.value and t.value[:4].isdigit() and int(t.value[:4]) < year
                        and not ctx["ongoing"] & set(words_before(text, t.start, 1, marks.lowered)) for t in times)
    if background and (not ctx["background_past"].isdisjoint(words_in(text, c_start, c_end, marks.lowered)) or published
                       and any(c_start <= t.start < c_end and _ended_before(t.value, published) for t in times)):
        return "historical"  # "KPK, yang menahan Budi pekan lalu, kini ...": background before the news at hand
    if past or has_phrase(before, ctx["historical"]) or _opens_past(text, sentence[0], m.start, ctx, marks.lowered):
        return "historical"
    if quote is not None and not promised and not (
            own and listed(entry, ctx["performative"])
            and not has_phrase(before, ctx["recounted"])):
        return "reported"
    return "asserted"


def _opens_past(text: str, start: int, trigger_start: int, ctx: dict, lowered: Lowered | None = None) -> bool:
    """The sentence opens, before the trigger, with a phrase of `past_openers` ("Saat itu, ..."), not one of
    `at_once` after it ("saat itu juga": then and there); ``lowered`` is lower_words of the text."""
    opener = words_in(text, start, min(trigger_start, start + 40), lowered)[:5]
    return bool(opener) and any(opener[:len(o)] == o and ctx["at_once"].isdisjoint(opener[len(o):len(o) + 1])
                                for o in ctx["past_opener_words"].get(opener[0], ()))


def _after(value: str | None, published: str) -> bool:
    """A time value (a day, ISO week, month or year) that starts after the day an article was published."""
    if not value or not value[:4].isdigit():
        return False
    if len(value) >= 10 and value[4] == "-" and value[7] == "-":
        return value[:10] > published[:10]
    week = re.fullmatch(r"(\d{4})-W(\d{2})", value)
    if week:
        return date.fromisocalendar(int(week[1]), int(week[2]), 1).isoformat() > published[:10]
    if re.fullmatch(r"\d{4}-\d{2}", value):
        return value > published[:7]
    return len(value) == 4 and value > published[:4]


def _ended_before(value: str | None, published: str) -> bool:
    """A time value (a day, ISO week, month or year) that ended before the day an article was published."""
    if not value or not value[:4].isdigit():
        return False
    if len(value) >= 10 and value[4] == "-" and value[7] == "-":
        return value[:10] < published[:10]
    week = re.fullmatch(r"(\d{4})-W(\d{2})", value)
    if week:
        return date.fromisocalendar(int(week[1]), int(week[2]), 7).isoformat() < published[:10]
    if re.fullmatch(r"\d{4}-\d{2}", value):
        return value < published[:7]
    return len(value) == 4 and value < published[:4]
