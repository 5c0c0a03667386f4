"""Quantities: numbers with what they count, hedges, changes and who claimed them.

"sekitar Rp 2,3 miliar" -> 2300000000 IDR, approx "about"; "puluhan ribu suporter" -> 10000, "vague";
"naik dari 4,7 juta ton menjadi 9,55 juta ton" links the new value to the old one (``previous``). A number is a
quantity only with a unit: a counted noun, a currency or a percent, a unit written before it ("magnitudo 5,6"),
an age after a name ("Siti (42)", "Dedi, 27,"), or the unit of the other end of a range or change ("20-30
persen", "dari 6 menjadi 5,75 persen", "magnitudo 5,6 ... menjadi 5,4"); a first end written without the other's
scale word takes it too ("2,3 hingga 2,5 juta ton" -> 2300000 ton).
Labels are not quantities: numbers inside dates and clock times (the ``times`` found earlier), after "Pasal",
"Nomor", "nomor urut", after a capitalised name ("Panel 1", "Piala Dunia 2026"), scores ("2-1") and phone
numbers. ``claimed_by`` is the speaker of the quotation the number sits in, when quotes were extracted.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from ..article import Quantity, Quote, Time, validated
from ..lang.id import load
from ..pipeline import Doc
from .numerals import data as number_data
from .numerals import parse_digits, parse_vague, parse_words, to_plain, trie_regex, vague_pattern, word_pattern
from .regex_guard import Lowered, WordStarts, first_char_guard, lower_words, prefix_guard, shared_lower_words
from .spans import Reach
from .time_grammar import families, named, prev_word, sentence_initial, variants

_DIGITS = r"(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?)(?![\w]|[.,]\d)"
# Scores ("2-1", "21-17") and phone numbers. The first character is matched up front and each alternative goes on
# after it ("(?<=\+)..."): a pattern that starts with a character class lets re skip to the next digit in one step
_BLOCK = re.compile(r"[\d+(](?:(?<=\d)(?<![\w.,]\d)\d{0,2}\s?[-\u2013]\s?\d{1,3}(?![\w.,]?\d)"  # scores
                    r"|(?<=\+)\d{1,3}(?:[\s-]?\d{2,5}){2,5}"  # +62 812 3456 7890
                    r"|(?<=\()0\d{1,3}\)\s?\d{3,4}[\s-]?\d{3,5}"  # (021) 345 6789
                    r"|(?<=0)(?<!\w0)\d{2,3}[\s-]\d{3,4}[\s-]?\d{3,5})")  # 0812-3456-7890
# Ratios and scores written with a colon ("11,6:1", "20:1 di kelas", "2:1"): never a quantity, whatever follows
_RATIO = re.compile(r"\d(?<![\w.,]\d)[\d.,]*\s?:\s?\d+(?:[.,]\d+)*")
_SIGNS = "$\u20ac\u00a3\u00a5\u00b1"  # the only characters but word characters a quantity starts with
_CURRENCY_SIGN = f"[{_SIGNS}]"
_PERCENT_AFTER = re.compile(r"\s?%")
_RANGE_GAP = re.compile(r"\s*[-\u2013]?\s*")
_HALF = re.compile(r"\s+setengah\b", re.IGNORECASE)
_WORD = re.compile(r"\s*([A-Za-z][\w'-]*)")
_FROM = re.compile(r"\bdari(?:\s+\w+)?\s*$")
# An age after a name: "Siti Aminah (42)", "Dedi Kurniawan, 27, asal Indramayu". The age is searched for first
# (a pattern starting with a fixed string is found by a fast scan; one starting with a class is tried at every
# character), then the name before it (_after_name)
_AGES = (re.compile(r" \((\d{1,3})\)"), re.compile(r", (\d{1,2}),"))


def _alt(words) -> str:
    return trie_regex(words)


def _ci(words) -> str:
    return trie_regex(variants(words))


@cache
def lexicon() -> dict:
    q = load("quantities")
    hedges = {" ".join(w.split()).lower(): kind for kind, words in q["hedges"].items() for w in words}
    # the word lists asked "is it one of them" as sets: "in" a list of 91 not-units compared word by word
    sets = {k: frozenset(q[k]) for k in ("not_units", "never_after", "compound_units", "verb_like_nouns")}
    return {**q, **sets, "hedge_of": hedges, "se_units": number_data()["se_units"],
            "openers": frozenset(q["number_openers"]), "verb_starts": tuple(q["verb_prefixes"]),
            "becomes_ends": tuple(q["becomes_words"]),
            "currency_lower": {k.lower(): v for k, v in q["currency_words"].items()},
            "scales": number_data()["scales"]}


@cache
def _body() -> str:
    lx = lexicon()
    cur = _alt(lx["currency_prefixes"])
    body = (
        rf"(?:(?<![\w-])(?P<hedge>{_ci(lx['hedge_of'])})\s+(?:{_ci(['untuk'])}\s+)?)?"
        rf"(?:(?P<pre>{_ci(lx['prefix_units'])})\s+)?"
        rf"(?:(?P<cur>{cur})\s?|(?<![\w.,/+])(?<![^\d]-))"
        rf"(?:(?P<digits>{_DIGITS})(?:\s*(?P<scale>{_ci(lx['scales'])})(?P<about>an)?\b)?|(?P<vague>{vague_pattern()})"
        rf"|(?P<words>{word_pattern()})|(?P<se>(?<![\w-]){_ci(lx['se_units'])}(?![\w-])))"
        rf"(?:\s*(?P<pct>%)|\s+(?P<pctw>{_ci(w for w in lx['percent'] if w != '%')})\b)?")
    return body


@cache
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    """The quantity pattern anywhere and at a word start.

    Every quantity starts at a word or a currency sign; saying so first lets the engine skip other positions, and
    at a word, a guard on the first four characters a quantity can start with skips most words in one step; a
    guard on the first character, before it all, rejects most other positions in one step. Faster still, in a
    text without a currency sign every quantity starts a word, and only the words ``WordStarts`` finds can start
    one: the pattern is tried there alone (``_word_starts``)."""
    body = _body()
    guard = prefix_guard(body, 4)
    anywhere = _guarded(rf"(?:\b{guard}|(?={_CURRENCY_SIGN})){body}")
    return anywhere, re.compile(f"{guard}{body}")


def start_patterns() -> list[str]:
    """The patterns ``at_words`` tells the starts of: a quantity (0) and a number (1), where scores, phone numbers
    and ratios can start (``_blocked``)."""
    return [_body(), r"\d"]


@cache
def _word_starts() -> WordStarts:
    """Where a quantity or a number can start among a text's words, for ``find_quantities`` called alone."""
    return WordStarts([start_patterns()], reach=6)


@cache
def _shared_word_starts() -> WordStarts:
    """Where a time expression (group 0: ``time_grammar``'s families) and a quantity or a number (group 1, as in
    ``_word_starts``) can start among a text's words. The times and quantities stages read the same words: looked
    at once for both, each word is looked up once instead of twice, and a word both can start is found once."""
    return WordStarts([families(), start_patterns()], reach=6)


def shared_starts(doc) -> list[list[tuple[int, tuple[int, ...]]]]:
    """``_shared_word_starts`` found among the article's words (``shared_lower_words``), once for the times and
    quantities stages, and kept in the doc's scratch."""
    lowered = shared_lower_words(doc)
    kept = doc.scratch.get("word_starts")
    if kept is None or kept[0] is not lowered:
        kept = doc.scratch["word_starts"] = (lowered, _shared_word_starts().find(lowered))
    return kept[1]


def _matches(text: str, starts: list[tuple[int, tuple[int, ...]]]):
    """The quantity pattern's matches in text order, as finditer would give them, each with where it starts
    (``starts``: the word starts ``_patterns`` finds)."""
    anywhere, at_word = _patterns()
    if any(sign in text for sign in _SIGNS):  # each "in" a scan in C: cheaper than a search with the class
        for m in anywhere.finditer(text):
            yield m, m.start()
        return
    pos = 0
    for start, which in starts:
        if start >= pos and which[0] == 0 and (m := at_word.match(text, start)) is not None:
            yield m, start
            pos = m.end()


def _offsets(text: str, char: str) -> list[int]:
    """Where ``char`` is in ``text``: every place, where ``word_search``'s scans keep whole words only; the "+" or
    "(" looked for here sits right against the number after it ("+62", "(021)")."""
    found, i = [], text.find(char)
    while i >= 0:
        found.append(i)
        i = text.find(char, i + 1)
    return found


def _found_at(pattern: re.Pattern, text: str, starts: list[int]):
    """The matches finditer would give of a pattern that can match only at ``starts`` (in text order)."""
    end = 0
    for start in starts:
        if start >= end and (m := pattern.match(text, start)) is not None:
            yield m
            end = max(m.end(), start + 1)


def _guarded(pattern: str) -> re.Pattern:
    return re.compile(f"{first_char_guard(pattern)}(?:{pattern})")


@cache
def _currency_words() -> re.Pattern:
    return re.compile(rf"\s+({_alt(lexicon()['currency_words'])})\b", re.IGNORECASE)


@cache
def _changed_from() -> re.Pattern:
    """ "naik dari", "turun dari perkiraan": the number after it is the old value of a change."""
    verbs = _alt(lexicon()["change_verbs"])
    return re.compile(rf"\b{verbs}\s+dari(?:\s+{_alt(lexicon()['old_value_words'])})?\s*$")


@cache
def _becomes() -> re.Pattern:
    return re.compile(rf"\b{_alt(lexicon()['becomes_words'])}\s*$")


def _ends_becoming(before: str) -> bool:
    """ "... menjadi": whether ``before`` ends with a word for "becomes". The regex, which tries every position,
    runs only when the stripped text ends with one of the words."""
    low = before.lower()
    return low.rstrip().endswith(lexicon()["becomes_ends"]) and _becomes().search(low) is not None


def _ends_changed_from(before: str) -> bool:
    """ "... naik dari": whether ``before`` ends with a change verb and "dari" (the regex only when "dari" is there)."""
    low = before.lower()
    return "dari" in low and _changed_from().search(low) is not None


@dataclass(slots=True)
class _Hit:
    start: int
    end: int
    value: object
    unit: str | None
    approx: str | None
    bare: bool = False
    scaled: bool = False
    number: Decimal | None = None  # the number as written, before its scale word: 2,3 in "2,3 juta"
    scale: int = 1  # the factor of the scale word written with it ("juta": 1000000), 1 when none


def _unit_after(text: str, pos: int, title: bool, lx: dict) -> tuple[str | None, int]:
    """The counted noun (or currency word) after ``pos``: (unit, end) or (None, pos). ``lx``: ``lexicon()``, read
    once per article by the caller (each call of a cached function costs some 400 instructions, and this one and
    the helpers below run for every number)."""
    rest = text[pos:pos + 40]
    m = _currency_words().match(rest)
    if m:
        return lx["currency_lower"][" ".join(m.group(1).lower().split())], pos + m.end()
    m = _WORD.match(rest)
    if not m or m.start(1) == 0 or "\n" in rest[:m.start(1)]:
        return None, pos
    word = m.group(1)
    low = word.lower()
    if low in lx["not_units"] or (word[:1].isupper() and not word.isupper() and not title) or _verb(low, lx):
        return None, pos
    if word.isupper() and len(word) >= 2 and low not in lx["unit_aliases"]:
        return word, pos + m.end()
    end = pos + m.end()
    nxt = _WORD.match(text, end)
    if nxt and f"{low} {nxt.group(1).lower()}" in lx["compound_units"]:
        return f"{low} {nxt.group(1).lower()}", nxt.end()
    return lx["unit_aliases"].get(low, low), end


def _verb(word: str, lx: dict) -> bool:
    return len(word) >= 8 and word.startswith(lx["verb_starts"]) and word not in lx["verb_like_nouns"]


def _is_label(g: dict, text: str, start: int, num_start: int, title: bool, lx: dict) -> bool:
    """ "Pasal 12", "Panel 1", "Konsensus Lima Poin", "salah satu": a number that names rather than counts."""
    before = prev_word(text, start)
    prev = before.lower()
    if prev.rstrip(".") in lx["never_after"]:
        return True
    if not (g["hedge"] or g["cur"] or title) and named(text, start, lx["openers"], before):
        return True
    if (g["words"] or g["se"] or g["vague"]) and not (title or g["hedge"]) and text[num_start].isupper():
        return not sentence_initial(text, num_start)
    return bool(g["words"]) and g["words"].lower().startswith("satu") and prev == "salah"


def _number_group(g: dict) -> str:
    """Which group of the pattern holds the number."""
    return "digits" if g["digits"] else "vague" if g["vague"] else "words" if g["words"] else "se"


def _read(m: re.Match, m_start: int, g: dict, num_start: int, text: str, title_end: int, lx: dict) -> _Hit | None:
    """``m_start``: where the match starts; ``g``: its groups; ``num_start``: where the number starts; ``lx``:
    ``lexicon()``."""
    title = m_start < title_end
    first = "hedge" if g["hedge"] else "pre" if g["pre"] else "cur" if g["cur"] else None
    start = m.start(first) if first else num_start
    if _is_label(g, text, start, num_start, title, lx):
        return None
    approx = lx["hedge_of"].get(" ".join(g["hedge"].lower().split())) if g["hedge"] else None
    unit, end = None, m.end()
    number, scale = None, 1
    if g["digits"]:
        number = value = parse_digits(g["digits"])
        if value is None:
            return None
        scale = lx["scales"].get((g["scale"] or "").lower(), 1)
        value *= scale
        if g["about"]:
            approx = approx or "about"  # "Rp 50 ribuan": some fifty thousand
    elif g["vague"]:
        value, approx = parse_vague(g["vague"]), approx or "vague"
    elif g["words"]:
        value = parse_words(g["words"])
    else:
        value, unit = Decimal(1), lx["se_units"].get(g["se"].lower())
        if unit is not None and not g["hedge"]:
            return None  # "16 jam sehari" is a rate; "hampir sebulan" is an amount
    if value is None:
        return None
    if g["cur"]:
        unit = lx["currency_prefixes"][g["cur"]]
    elif g["pct"] or g["pctw"]:
        unit = lx["percent"][g["pct"] or " ".join(g["pctw"].lower().split())]
    elif g["pre"]:
        unit = lx["prefix_units"][g["pre"].lower()]
    elif unit is None:
        unit, end = _unit_after(text, m.end(), title, lx)
        if title and g["digits"] and 1900 <= value <= 2100 and g["digits"].isdigit():
            return None  # "APBN 2024 Capai ...": a year in a headline, not 2024 of something
    if unit is None and (g["digits"] or g["words"]):
        return _Hit(start, m.end(), to_plain(value), None, approx, bare=True, scaled=_scaled(g, lx), number=number,
                    scale=scale)
    if unit is not None and not g["cur"] and _HALF.match(text, end):
        value, end = value + Decimal("0.5"), _HALF.match(text, end).end()  # "dua kilo setengah"
        number = None
    if unit is None:
        return None
    return _Hit(start, end, to_plain(value), unit, approx, number=number, scale=scale)


def _scaled(g: dict, lx: dict) -> bool:
    """Written with a scale word ("dua puluh lima ribu", "1,5 juta"): an amount even without its noun."""
    words = (g["words"] or "").lower().split()
    return bool(g["scale"]) or any(w in lx["scales"] for w in words)


def _blocked(text: str, times: list[Time], numbers: list[int]) -> list[tuple[int, int]]:
    """Dates and clock times, phone numbers, ratios ("11,6:1"), and "2-1" unless a unit follows (then it is a
    range: "20-30 persen"). ``numbers``: where the words that start with a digit start, in text order (a score, a
    ratio or a phone number starts there, or at "+" or "(": the patterns are tried only there)."""
    spans = [(t.start, t.end) for t in times if t.type in ("DATE", "TIME")]
    if ":" in text:
        spans += [m.span() for m in _found_at(_RATIO, text, numbers)]
    signs = _offsets(text, "+") + _offsets(text, "(")
    lx = lexicon()
    for m in _found_at(_BLOCK, text, sorted(numbers + signs) if signs else numbers):
        if not (m.group()[:1].isdigit() and (_PERCENT_AFTER.match(text, m.end())
                                             or _unit_after(text, m.end(), False, lx)[0])):
            spans.append(m.span())
    return sorted(spans)


def find_quantities(text: str, sentences: list[tuple[int, int]], times: Sequence[Time] = (),
                    quotes: Sequence[Quote] = (), lowered: Lowered | None = None,
                    at_words: list[tuple[int, tuple[int, ...]]] | None = None) -> list[Quantity]:
    """Quantities in ``text`` in text order, with change links and claimants. ``lowered`` is
    ``lower_words(text)`` when already known; ``at_words``, where a quantity (0) or a number (1) can start among
    its words, when already found (``_word_starts``)."""
    starts = _word_starts().find(lowered or lower_words(text))[0] if at_words is None else at_words
    blocked = Reach(_blocked(text, list(times), [start for start, which in starts if which[-1] == 1])).overlaps
    title_end = text.find("\n\n") if 0 < text.find("\n\n") <= 200 else 0
    hits: list[_Hit] = []
    lx = lexicon()
    for m, m_start in _matches(text, starts):
        g = m.groupdict()
        num_start, num_end = m.span(_number_group(g))
        if blocked(num_start, num_end):
            continue
        hit = _read(m, m_start, g, num_start, text, title_end, lx)
        if hit is not None:
            hits.append(hit)
    for ages in _AGES:
        hits += [_Hit(m.start(1), m.end(1), int(m.group(1)), "tahun", None) for m in ages.finditer(text)
                 if _after_name(text, m.start())]
    hits.sort(key=lambda h: h.start)
    kept, previous = _link_changes(hits, text, sentences)
    ids = {i: f"n{i + 1}" for i in range(len(kept))}
    claimant = _claimants(quotes or ())
    return validated(Quantity, [
        {"id": ids[i], "text": text[h.start:h.end], "start": h.start, "end": h.end, "value": h.value, "unit": h.unit,
         "approx": h.approx, "previous": ids.get(previous.get(i, -1)), "claimed_by": claimant(h.start)}
        for i, h in enumerate(kept)])


def _after_name(text: str, end: int) -> bool:
    """Whether a name's word ends at ``end``: a word with a capital A-Z at its start or after a "-" or "'" in it,
    the rest letters, digits, "_", "-" or "'" ("Siti", "Jean-Pierre", "O'Neil")."""
    start = end
    while start and (text[start - 1].isalnum() or text[start - 1] in "_'-"):
        start -= 1
    return any("A" <= text[c] <= "Z" and (c == start or text[c - 1] in "'-") for c in range(start, end))


def _link_changes(hits: list[_Hit], text: str, sentences) -> tuple[list[_Hit], dict[int, int]]:
    """Keep the hits that stand and link changes (index of the new value -> index of the old one).

    A bare number stands when it opens a range or a change whose other end has a unit ("20-30 persen",
    "dari 6 menjadi 5,75 persen"), or follows "menjadi" or carries a scale word, taking the unit of the quantity
    before it in its sentence ("magnitudo 5,6 ... menjadi 5,4"). Changes: "dari X menjadi Y", "X menjadi Y",
    "Y, naik dari X"."""
    starts = [s for s, _ in sentences] or [0]
    kept: list[_Hit] = []
    previous: dict[int, int] = {}
    waiting: dict[int, int] = {}  # id of a later hit -> index of the bare old value it changed from
    first, first_sent = 0, None  # the kept hits of the current sentence are kept[first:] (hits come in text order)
    for n, h in enumerate(hits):
        sent = bisect_right(starts, h.start) - 1
        if sent != first_sent:
            first, first_sent = len(kept), sent
        same = list(range(first, len(kept)))
        becomes = _ends_becoming(text[kept[same[-1]].end if same else max(0, h.start - 40):h.start])
        if n + 1 < len(hits):
            _share_scale(h, hits[n + 1], text)
        nxt = hits[n + 1] if n + 1 < len(hits) and not hits[n + 1].bare else None
        if h.bare and nxt is not None and (not same or not (becomes or h.scaled)):
            # the first end of a range ("20-30 persen", "5 hingga 10 orang") or the old value in "dari 5 menjadi
            # 10 persen" takes the unit of the quantity right after it
            gap = text[h.end:nxt.start] if nxt.start > h.end else ""
            changed = bool(gap) and _ends_becoming(gap)
            if changed or _range_gap(text, h, gap):
                h.unit, h.bare = nxt.unit, False
                if changed:
                    waiting[id(nxt)] = len(kept)
        if id(h) in waiting:
            previous[len(kept)] = waiting[id(h)]
        if h.bare:
            if not same or not (becomes or h.scaled):
                continue
            h.unit = kept[same[-1]].unit
        if becomes and same:
            old = kept[same[-1]]
            if old.unit == h.unit and (h.bare or _FROM.search(text[max(0, old.start - 30):old.start].lower())):
                previous[len(kept)] = same[-1]
        if _ends_changed_from(text[max(0, h.start - 30):h.start]):
            match = [i for i in same if kept[i].unit == h.unit and i not in previous.values()]
            if match and match[-1] not in previous:
                previous[match[-1]] = len(kept)
        elif same and same[-1] not in previous and _new_value_before(text, kept[same[-1]], h):
            previous[same[-1]] = len(kept)  # "naik menjadi 1,2 juta unit dari 900 ribu unit"
        kept.append(h)
    return kept, previous


def _range_gap(text: str, h: _Hit, gap: str) -> bool:
    """Whether ``gap``, after ``h``, joins the two ends of a range: a dash or nothing ("20-30", "5 hingga 10": the
    "hingga" is the next quantity's hedge), or "dan" after "antara" ("antara 20 dan 30 persen")."""
    if not gap:
        return False
    if _RANGE_GAP.fullmatch(gap):
        return True
    return gap.strip().lower() == "dan" and text[max(0, h.start - 12):h.start].lower().split()[-1:] == ["antara"]


def _share_scale(h: _Hit, after: _Hit, text: str) -> None:
    """The first end of a range or change written without the scale word the other end has takes it: "2,3
    hingga 2,5 juta ton", "Rp 1,5-2 triliun", "turun dari 2,4 menjadi 2,1 juta ton" (2,3 juta; 1,5 triliun; 2,4
    juta). Only when the two numbers as written are of one size, within a factor of ten: "Rp 500 hingga Rp 2
    juta" is five hundred rupiah."""
    if h.scale != 1 or after.scale == 1 or not h.number or not after.number:
        return
    if h.unit is not None and after.unit is not None and h.unit != after.unit:
        return
    if not Decimal("0.1") <= h.number / after.number <= 10:
        return
    gap = text[h.end:after.start] if after.start > h.end else ""
    if _range_gap(text, h, gap) or _ends_becoming(gap):
        h.value, h.scale = to_plain(h.number * after.scale), after.scale


def _new_value_before(text: str, new: _Hit, old: _Hit) -> bool:
    """ "menjadi Y dari X": the value the change went to, told before the one it came from, with one unit."""
    between = text[new.end:old.start].lower().split()
    return (new.unit == old.unit and between[:1] == ["dari"]
            and all(w in lexicon()["old_value_words"] for w in between[1:])
            and _ends_becoming(text[max(0, new.start - 30):new.start]))


def _claimants(quotes):
    """Who claimed the number at an offset: the speaker of the first quote (in text order) around it."""
    ordered = sorted(quotes, key=lambda q: q.start)
    around = Reach([(q.start, q.end) for q in ordered])

    def claimant(pos: int) -> str | None:
        i = around.first_holding(pos)
        if i is None:
            return None
        q = ordered[i]
        return (q.speaker.entity if q.speaker and q.speaker.entity else None) or q.id

    return claimant


class QuantityTagger:
    name = "quantities"
    requires = ("text", "sentences", "times")
    assigns = ("quantities",)

    def __init__(self, options=None) -> None:
        pass

    def __call__(self, doc: Doc) -> None:
        a = doc.article
        a.quantities = find_quantities(a.text, a.sentences, a.times, a.quotes, shared_lower_words(doc),
                                       shared_starts(doc)[1])
