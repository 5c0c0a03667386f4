"""Reading for the event coder: the trigger lexicon (lang/id/events.yaml) found in a text, the context word lists
(lang/id/event_context.yaml), and the clause marks of a sentence (breaks, ends, sentence ends, condition words),
found once per sentence and looked up by bisection."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import cache, cached_property
from typing import NamedTuple

from ..lang.id import load
from .regex_guard import Lowered, lower_words

WORD = re.compile(r"\w+")
VERB = re.compile(r"\b(?:me|ber|di)[a-z]{3,}\b")  # a verb in a span or phrase (stricter than is_nominal's "dia")
_VERBAL = re.compile(r"(?:me|di|ber|ter)\w")
_LAST_WORD = re.compile(r"\W*(\w+)")  # matched on a text reversed: its last word, reversed


class Trigger(NamedTuple):
    start: int
    end: int
    text: str
    entry: dict


def _words(words: tuple[str, ...]) -> str:
    """A pattern of whole words, each separated from the one before by spaces; "a|b" is either word."""
    return "".join(r"\s+(?:" + "|".join(map(re.escape, w.split("|"))) + ")" for w in words) + r"(?!\w)"


@cache
def _lexicon() -> dict[str, list[tuple[re.Pattern | None, dict]]]:
    """Triggers indexed by their lower-cased first word, longest first: the pattern of the words after the first
    (None for a one-word trigger) and the entry.

    A trigger with a gap, "menetapkan ... tersangka", is its head ("menetapkan") when the completion follows within
    `trigger_gap` words (event_context.yaml; an entry's `gap` for its own triggers), none a verb of watching
    (`watching`): the completion is looked ahead for, the trigger's span is the head."""
    by_first: dict[str, list[tuple[int, re.Pattern | None, dict]]] = {}
    seen: set[tuple[str, ...]] = set()
    watching = "(?:" + "|".join(map(re.escape, sorted(context()["watching"]))) + ")"
    for entry in load("events"):
        gap = entry.get("gap", context()["trigger_gap"])
        for trigger in entry["triggers"]:
            words = tuple(str(trigger).lower().split())
            if words not in seen:
                seen.add(words)
                head, completion = (words[:words.index("...")], words[words.index("...") + 1:]) if (
                    "..." in words) else (words, ())
                rest = _words(head[1:]) if head[1:] else ""
                if completion:
                    # words between, maybe with a point or comma inside ("5.000 lembar") or in brackets ("LS (45)"),
                    # none a verb of watching ("turun ke jalan memantau aksi ...": what is watched)
                    # (possessive: a word is never split, so a failed look-ahead does not retry each way to split it)
                    between = rf"\s++(?!{watching}\b)(?:\w++(?:[.,]\w++)*+|\(\w{{1,12}}\))"
                    rest += rf"(?=(?:{between}){{0,{gap}}}?{_words(completion)})"
                by_first.setdefault(head[0], []).append(
                    (len(words) - bool(completion), re.compile(rest) if rest else None, entry))
    return {w: [(rest, entry) for _, rest, entry in sorted(c, key=lambda c: -c[0])] for w, c in by_first.items()}


@cache
def _starts() -> dict[str, list[tuple[re.Pattern | None, dict]]]:
    """The trigger lexicon by first word, with each one-word verb trigger also under its form with the object
    clitic ("menahannya", "diperiksanya"): one lookup per word of a text tells whether a trigger starts there."""
    by_first = _lexicon()
    clitics = {}
    for word, candidates in by_first.items():
        one_word = [(rest, entry) for rest, entry in candidates if rest is None]
        if one_word and _VERBAL.match(word + "nya"):
            clitics[word + "nya"] = one_word
    return {**clitics, **by_first}


def find_triggers(text: str, lowered: Lowered | None = None) -> list[Trigger]:
    """Every trigger in the text, longest match first, whole words separated by spaces only; a one-word verb
    trigger also with the clitic "-nya" ("menahannya"). ``lowered`` is ``lower_words(text)`` when already known.

    One pass over the words as strings; only a word that starts a trigger is located (from the last one found on,
    as " word " among the words written apart: the whole word) and the words after it matched by that trigger's
    pattern."""
    by_first: dict = _starts()  # typed: its look-ups are direct calls in the compiled build
    low, words, spaced = lowered or lower_words(text)
    found: list[Trigger] = []
    cursor = taken = 0
    # the few words that start a trigger, picked out by a comprehension: filter(by_first.__contains__, ...) calls
    # the dict's method through a wrapper for each word
    for word in [w for w in words if w in by_first]:
        candidates = by_first[word]
        start = spaced.find(f" {word} ", cursor)  # the space before the word is at the word's offset in the text
        cursor = end = start + len(word)
        if start < taken:
            continue
        for rest, entry in candidates:
            tail = rest.match(low, end) if rest is not None else None
            if rest is None or tail:
                stop = tail.end() if tail else end
                found.append(Trigger(start, stop, text[start:stop], entry))
                taken = stop
                break
    return found


def may_hold(text: str, firsts: frozenset[str]) -> bool:
    """Whether a case-blind pattern opening with one of the words ``firsts`` (lower case) may match in a short
    ``text``: one of them is written in it (in any case, even inside a word), or it holds a letter that such a
    pattern also takes for "i" or "s" though its lower case differs ("ı", "İ", "ſ"). A text that cannot hold a
    match is not searched."""
    low = text.lower()
    return any(w in low for w in firsts) or any(c in text for c in _CASE_BLIND)


_CASE_BLIND = ("\u0130", "\u0131", "\u017f")


@cache
def context() -> dict:
    data = load("event_context")
    ctx = {k: (frozenset(v) if isinstance(v, list) else v) for k, v in data.items()}
    ctx["governments"] = tuple(data["governments"])
    # the bare stems of the object voice ("akan kami jerat", "kami beri waktu") are verbs too
    ctx["bare_verbs"] = ctx["bare_verbs"] | {t.lower().split()[0] for e in load("events") if e.get("object_voice")
                                             for t in e["triggers"]}
    ctx["mark_words"] = ctx["clause_breaks"] | ctx["clause_ends"] | ctx["conditional"]
    ctx["subject_openers"] = ctx["clause_breaks"] | ctx["conditional"]  # words after which a new subject may come
    # any of them as a whole word (runs of letters only, as the words of a sentence are)
    ctx["mark_words_re"] = re.compile(r"\b(?:" + "|".join(
        re.escape(w) for w in sorted(ctx["mark_words"], key=len, reverse=True) if WORD.fullmatch(w)) + r")\b")
    # a clause opened by "yang" (it describes an earlier noun) or by a channel ("lewat juru bicaranya X"), passed
    # over when the actor is looked for, and one before the trigger's own opened by a circumstance ("dalam rapat
    # dengan DPRD"); a verb joined on ("dan menyita", "lalu akan menggugat"), whose subject is before
    ctx["passed_over_re"] = re.compile(r"\s*(?:yang|" + "|".join(map(re.escape, data["channels"])) + r")\s",
                                       re.IGNORECASE)
    ctx["adverbial_re"] = re.compile(r"\s*(?:" + "|".join(map(re.escape, data["adverbials"])) + r")\s+",
                                     re.IGNORECASE)
    # ... or after such a word that is a clause break ("Kemenkes, setelah [berkoordinasi dengan WHO], ...")
    ctx["adverbial_end_re"] = re.compile(r"\b(?:" + "|".join(map(re.escape, data["adverbials"])) + r")\s*$",
                                         re.IGNORECASE)
    ctx["channel_firsts"] = frozenset(WORD.match(w.lower()).group() for w in data["channels"])
    ctx["channel_re"] = re.compile(r"\b(?:" + "|".join(map(re.escape, data["channels"])) + r")\b", re.IGNORECASE)
    ctx["joined_re"] = re.compile(r"\s*(?:" + "|".join(map(re.escape, data["verb_joins"])) + r")\s+(?:(?:" + "|".join(
        map(re.escape, data["auxiliaries"])) + r")\s+)*", re.IGNORECASE)
    ctx["membership_re"] = re.compile(r"\b(?:" + "|".join(map(re.escape, data["membership"])) + r")\s+",
                                      re.IGNORECASE)
    ctx["membership_firsts"] = frozenset(w.split()[0].lower() for w in data["membership"])
    # a clause end opening a clause with a subject of its own, right before ``own_start`` (events_roles.py)
    ctx["own_subject_re"] = re.compile(r"\b(?:" + "|".join(
        map(re.escape, sorted(ctx["clause_ends"] - ctx["verb_joiners"]))) + r")(?:\s+itu)?\W*$", re.IGNORECASE)
    ctx["joiner_re"] = re.compile(r"(?:" + "|".join(map(re.escape, data["verb_joiners"])) + r")\b")
    # a span of linking words and clause words only ("..., tetapi "): no subject of its own (linking_only)
    ctx["linking_words"] = ctx["linking"] | ctx["clause_breaks"]
    ctx["linking_only_re"] = re.compile(r"(?:\W+|(?:" + "|".join(
        map(re.escape, sorted(ctx["linking_words"], key=len, reverse=True))) + r")\b)*",
                                        re.IGNORECASE)
    ctx["done_by_re"] = re.compile(r"\b(?:" + "|".join(map(re.escape, data["done_by"])) + r")\s+", re.IGNORECASE)
    ctx["reasons_re"] = re.compile(r",?\s*(?:" + "|".join(map(re.escape, data["reasons"])) + r")\b")
    ctx["verb_after_re"] = re.compile(r"(?:(?:" + "|".join(map(re.escape, data["auxiliaries"])) + r")\s+)*"
                                      + _VERBAL.pattern)
    # a sentence end, or a word of clause_joiners with a verb within three words after it: another clause
    # ("diperiksa penyidik dan bisa dijerat"; events_modality.py)
    ctx["new_clause_re"] = re.compile(r"[.!?](?=[\s\"\u201d])|\b(?:" + "|".join(map(re.escape, data["clause_joiners"]))
                                      + r")\s+(?:\w+\s+){0,2}?(?:me|ber|di)\w{3,}")
    # the words of each of `past_openers`, by its first word (a sentence's first word picks the few to compare)
    past_openers: dict[str, list[list[str]]] = {}
    for opener in sorted(ctx["past_openers"]):
        past_openers.setdefault(opener.split()[0], []).append(opener.split())
    ctx["past_opener_words"] = past_openers
    ctx["link_re"] = re.compile(r"\s*(?:" + "|".join(map(re.escape, data["link_lines"])) + r")\b", re.IGNORECASE)
    ctx["play_re"] = re.compile(r"\b(?:" + "|".join(map(re.escape, data["play_words"])) + r")\b", re.IGNORECASE)
    # a comma, then abbreviated titles ("Prof. Dr.") or forms of address ("Pak"), before a name
    ctx["honorifics_re"] = re.compile(r",\s+(?:(?:[A-Z][a-z]{0,4}\.|(?:" + "|".join(
        map(re.escape, data["forms_of_address"])) + r")\s)\s*)*")
    verbs = "|".join(map(re.escape, data["opinion_verbs"]))
    analysts = "|".join(map(re.escape, data["analysts"]))
    ctx["opinion_re"] = re.compile(rf"\b(?:{verbs}|menurut\s+(?:\w+\s+){{0,2}}(?:{analysts}))\b", re.IGNORECASE)
    # a word (lower case) that a text needs for opinion_re or play_re to find anything in it
    ctx["opinion_words"] = frozenset(WORD.match(w.lower()).group() for w in [*data["opinion_verbs"], "menurut"])
    ctx["play_firsts"] = frozenset(WORD.match(w.lower()).group() for w in data["play_words"])
    # words that name no party of their own before a trigger or after an agent noun ("penyidik juga", "sudah
    # diperiksa"; events_roles.py): not "Pemerintah pusat", "suaminya ditangkap"
    ctx["no_party_words"] = (ctx["linking"] | ctx["clause_breaks"] | ctx["auxiliaries"] | ctx["negation"]
                             | ctx["future"] | ctx["possible"] | ctx["historical"] | ctx["recounted"]
                             | ctx["conditional"] | ctx["anaphora"] | ctx["settings"] | ctx["own_side"]
                             | ctx["adverbs"])
    # a time counted from the date of the act told before ("sehari kemudian", "keesokan harinya": times.yaml's
    # sequence and next_day), which events_modality.py does not read against the publication day
    times = load("times")
    ctx["sequels"] = frozenset([*times["sequence"], *times["next_day"]])
    ctx["sequel_firsts"] = frozenset(WORD.match(p.lower()).group() for p in ctx["sequels"])
    ctx["sequel_re"] = re.compile(r"\b(?:" + "|".join(r"\s+".join(map(re.escape, p.split())) for p in sorted(
        ctx["sequels"], key=len, reverse=True)) + r")\b", re.IGNORECASE)
    return ctx


def listed(entry: dict, names: frozenset[str]) -> bool:
    """Whether a trigger's type, or its type/mode ("ACCUSE/allege"), is one of ``names``."""
    return entry["type"] in names or f'{entry["type"]}/{entry.get("mode")}' in names


@cache
def not_verbs() -> frozenset[str]:
    """Words shaped like verbs that are not ("media", "menteri", "bersama"): speech.yaml's list and this stage's."""
    return frozenset(load("speech")["not_verbs"]) | context()["not_verbs"]


@cache
def party_words() -> frozenset[str]:
    """Common nouns and pronouns that name a party or people (as a clause's subject they make it a party's act): this
    stage's lists and speech.yaml's heads of people, officials and offices."""
    ctx, speech = context(), load("speech")
    words = {w for key in ("unnamed_people", "agent_nouns", "pronouns", "pair_words", "pair_people", "group_refs",
                           "forces", "deployed", "object_voice_agents", "analysts", "body_heads", "governments")
             for phrase in ctx[key] for w in phrase.split()}
    words |= {w for key in ("person_heads", "official_heads", "office_titles", "quantifiers", "pronouns")
              for phrase in speech[key] for w in phrase.split()}
    return frozenset(words | ctx["party_nouns"])


@cache
def is_nominal(trigger_text: str) -> bool:
    """A trigger that is a noun ("serangan", "KTT", "kerja sama"), not a verb ("menyerang", "sepakat")."""
    first = trigger_text.split()[0].lower()
    ctx = context()
    if first in ctx["bare_verbs"]:
        return False
    return first in ctx["not_verbs"] or not _VERBAL.match(first)


def words_before(text: str, start: int, limit: int, lowered: Lowered | None = None) -> list[str]:
    """Up to ``limit`` lower-cased words before ``start``, stopping at a punctuation clause break or sentence end;
    read from ``lowered`` (lower_words of the text), when given, where the text before is plain ASCII."""
    base = max(0, start - 120)
    window = text[base:start]
    after = base + _after_last_break(window)
    if lowered is not None and window.isascii():
        return lowered.spaced[after + 1:start + 1].split()[-limit:]  # " word " at each word's offset plus one
    return WORD.findall(text[after:start].lower())[-limit:]


# (no return annotation: compiled, events_text.pxd makes the offset a C integer, which "int" would contradict)
def _after_last_break(window: str):
    """Where the words after the last clause break or sentence end in ``window`` start (0 when it holds none): after
    a break or bracket, or a point, question or exclamation mark before a space. Read back from the end, a character
    at a time (C characters when compiled: events_text.pxd), where a greedy regex ran to the end and backtracked."""
    i = len(window)
    while i > 0:
        i -= 1
        mark = window[i]
        if mark in ",;:()\"\u201c\u201d" or mark in ".?!" and i + 1 < len(window) and window[i + 1].isspace():
            return i + 1
    return 0


def last_word(text: str) -> str | None:
    """The last word of a text, lower-cased (that of ``WORD.findall(text.lower())``), matched from the end of the text
    reversed instead of reading every word of it."""
    found = _LAST_WORD.match(text.lower()[::-1])
    return found.group(1)[::-1] if found else None


def words_after(text: str, end: int, limit: int, lowered: Lowered | None = None) -> list[str]:
    """Up to ``limit`` lower-cased words in the ``12 * limit`` characters after ``end`` (see words_in)."""
    return words_in(text, end, end + 12 * limit, lowered)[:limit]


def words_in(text: str, start: int, end: int, lowered: Lowered | None = None) -> list[str]:
    """The lower-cased words of ``text[start:end]``, those of ``WORD.findall(text[start:end].lower())``: read from
    ``lowered`` (lower_words of the text), when given, where that span is plain ASCII, as splitting its words written
    apart is a fraction of what a regex scan and lower-casing cost."""
    if lowered is not None and 0 <= start and text[start:end].isascii():
        return lowered.spaced[start + 1:end + 1].split()  # " word " at each word's offset plus one
    return WORD.findall(text[start:end].lower())


def linking_only(text: str, start: int, end: int, lowered: Lowered | None = None) -> bool:
    """``text[start:end]`` holds linking and clause words only (`linking_only_re`: "..., tetapi "): where it is plain
    ASCII and ``lowered`` (lower_words of the text) is given, its words are looked up in `linking_words`, as the
    pattern tries each of those words at each word."""
    if lowered is not None and 0 <= start and text[start:end].isascii():
        return context()["linking_words"].issuperset(lowered.spaced[start + 1:end + 1].split())
    return context()["linking_only_re"].fullmatch(text, start, end) is not None


@cache
def _split(phrases: frozenset[str]) -> tuple[frozenset[str], tuple[str, ...], frozenset[str]]:
    """One-word phrases, the longer ones padded with spaces, and the first words of the longer ones."""
    multis = tuple(f" {p} " for p in phrases if " " in p)
    return frozenset(p for p in phrases if " " not in p), multis, frozenset(p.split()[0] for p in multis)


def has_phrase(words: Sequence[str], phrases: frozenset[str]) -> bool:
    """Whether one of the phrases occurs, as whole words, in the word list."""
    singles, multis, firsts = _split(phrases)
    if not singles.isdisjoint(words):
        return True
    if not multis or firsts.isdisjoint(words):
        return False
    joined = " " + " ".join(words) + " "
    return any(p in joined for p in multis)


# (``start`` and ``end`` are not annotated: compiled, events_text.pxd makes them C integers, which "int" would
# contradict)
def punctuation_marks(text: str, start, end) -> list[tuple[int, str]]:
    """Where the clause and sentence marks between ``start`` and ``end`` are, and which, in order: a break or
    bracket, or a point, question or exclamation mark before a space or the end, maybe after closing quotes or
    brackets (a sentence end; not "5.000"). One walk over the characters: compiled, events_text.pxd makes them C
    characters, tested against the marks written out as literals by a switch, where a regex scan made a match object
    for each mark and matched what follows a stop with a second pattern."""
    found = []
    start, end = max(start, 0), min(end, len(text))  # the bounds a regex search clips its span to
    for at in range(start, end):
        mark = text[at]
        if mark in ",;:()\"\u201c\u201d":
            found.append((at, mark))
        elif mark in ".?!":
            after = at + 1
            while after < end and text[after] in "\"\u201d\u2019)":
                after += 1
            if after == end or text[after].isspace():  # what "\s|$" matches ("$": at ``end``)
                found.append((at, mark))
    return found


class Marks:
    """Clause breaks, clause ends, sentence ends and condition words of one sentence, found in one pass when first
    asked for (each trigger then looks them up by bisection instead of searching its sentence again). ``lowered``
    is lower_words of the text, when known."""

    def __init__(self, text: str, start: int, end: int, lowered: Lowered | None = None) -> None:
        self.text, self.start, self.end, self.lowered = text, start, end, lowered

    @cached_property
    def _found(self) -> tuple[list[int], list[int], list[int], list[tuple[int, str]], list[int]]:
        """Where clauses open after a break, where clause ends start and end, sentence ends, condition words."""
        text, start, end = self.text, self.start, self.end
        breaks: list[int] = []
        end_starts: list[int] = []
        end_ends: list[int] = []
        stops: list[tuple[int, str]] = []
        conditions: list[int] = []
        ctx = context()
        for at, mark in punctuation_marks(text, start, end):
            if mark in ",;:\"\u201c\u201d":
                breaks.append(at + 1)
            elif mark in ".?!":
                stops.append((at, mark))
            end_starts.append(at)
            end_ends.append(at + 1)
        low, found = self._mark_words()
        for at, word in found:
            if word in ctx["conditional"]:
                conditions.append(at)
            if text[at:at + len(word)] != word:
                continue  # capitalised, a clause word opens the sentence: no break
            if word in ctx["clause_breaks"]:
                breaks.append(at + len(word))
            if word in ctx["clause_ends"] and (word not in ctx["verb_joiners"] or ctx["verb_after_re"].match(
                    low, at - start + len(word) + 1) is not None):
                end_starts.append(at)  # "dan" ends a clause before a verb ("dan akan mengajukan"), not between nouns
                end_ends.append(at + len(word))
        for marks in (breaks, end_starts, end_ends, conditions):
            marks.sort()
        return breaks, end_starts, end_ends, stops, conditions

    @cached_property
    def words(self) -> frozenset[str] | None:
        """The words of the sentence in lower case, read from the text's words written apart (lower_words), when
        the sentence is plain ASCII and cuts no word (a pattern of whole words, case-blind or on its lower case,
        can then match in it only at one of them); else None."""
        start, end, lowered = self.start, self.end, self.lowered
        if lowered is None or lowered.spaced[start] != " " or lowered.spaced[end + 1] != " " or not self.text[
                start:end].isascii():
            return None
        return frozenset(lowered.spaced[start:end + 2].split())

    def may_match(self, firsts: frozenset[str]) -> bool:
        """Whether a pattern of whole words opening with one of the words ``firsts`` (lower case) may match in the
        sentence (searched with its span as bounds): unless its words are known, it may."""
        return self.words is None or not firsts.isdisjoint(self.words)

    def _mark_words(self) -> tuple[str, list[tuple[int, str]]]:
        """The sentence in lower case and where its clause and condition words are (``mark_words``, in any order):
        those of its words (``words``) each looked for in the text's words written apart, else all of them searched
        for at once."""
        text, start, end, lowered = self.text, self.start, self.end, self.lowered
        ctx = context()
        if self.words is None:
            low = text[start:end].lower()
            return low, [(start + m.start(), m.group()) for m in ctx["mark_words_re"].finditer(low)]
        spaced, found = lowered.spaced, []
        for word in ctx["mark_words"].intersection(self.words):
            padded = f" {word} "
            at = spaced.find(padded, start, end + 2)
            while at >= 0:
                found.append((at, word))
                at = spaced.find(padded, at + len(padded) - 1, end + 2)
        return lowered.low[start:end], found

    @property
    def conditions(self) -> list[int]:
        """Where the sentence's condition words (jika, kalau...) are."""
        return self._found[4]

    def breaks_between(self, start: int, end: int) -> list[int]:
        """Ends of the clause breaks that lie between ``start`` and ``end``."""
        breaks = self._found[0]
        return breaks[bisect_right(breaks, start):bisect_right(breaks, end)]

    def next_end(self, position: int) -> int | None:
        """Where the first clause end at or after ``position`` starts."""
        starts = self._found[1]
        i = bisect_left(starts, position)
        return starts[i] if i < len(starts) else None

    def ends_between(self, start: int, end: int) -> list[int]:
        """Where the clause ends that start at or after ``start`` and before ``end`` start, in order."""
        starts = self._found[1]
        return starts[bisect_left(starts, start):bisect_left(starts, end)]

    def last_end_before(self, position: int) -> int | None:
        """Where the last clause end that is over by ``position`` ends."""
        ends = self._found[2]
        i = bisect_right(ends, position)
        return ends[i - 1] if i else None

    def stop_after(self, position: int) -> str | None:
        """The punctuation that closes the sentence part holding ``position`` (".", "?" or "!")."""
        stops = self._found[3]
        i = bisect_left(stops, (position, ""))
        return stops[i][1] if i < len(stops) else None
