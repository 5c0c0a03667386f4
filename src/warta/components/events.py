"""PLOVER event coding: trigger words from lang/id/events.yaml, with actor, target, modality and evidence.

Coded by the convention of eval/dev/GUIDELINES.md (Events). For each trigger (longest match, whole words) in a body
sentence the coder finds:
- the actor: walking back clause by clause (commas, "bahwa", "ketika", "untuk"...) from the trigger, the first
  entity of the nearest clause that has one (a clause opened by "yang" describes an earlier noun and is passed
  over); the entity right after a nominal trigger ("serangan Israel"); "oleh X" after a passive verb, else the
  body of the quote's speaker or the implicit agent, the subject being the patient; inside a quote with no entity
  before the trigger, the speaker ("Kami sepakat ..."); "ia"/"dia" as subject, the person last named before the
  sentence; none when the doer is a common noun ("warga Desa X"). The actor is lifted to what it acts for: a seat
  of power or capital to its state (Kremlin -> Rusia); a person to the body their title or apposition names first
  ("Kepala Seksi BPBD X, Euis" -> BPBD X), a lawyer to the client, a national office to the home state; a region to
  its government when the article names that ("Pemerintah Provinsi Jawa Timur");
- the target: otherwise the first other entity within a few words after the trigger (not "di X", the location);
- modality, the first that applies: hypothetical (a condition in the trigger's sentence, within its quote or
  outside quotes, or "bisa", "terancam"... just before), future (akan, dijadwalkan... just before; for a noun,
  anywhere in its clause), historical (a past year in the trigger's clause, not after "sejak"; or "pernah"),
  reported (inside a quote, with the quote as `source`), else asserted. A promise ("siap menyalurkan") is an AGREE;
- negation: tidak, belum, bukan... just before the trigger.
Not coded, as they report no new event (the word lists are in lang/id/event_context.yaml):
- a trigger right after "yang" (it describes: "pasukan yang bertempur"), inside a fixed phrase ("menahan diri",
  "pembebasan lahan"), or inside a name or title ("Direktur Penyidikan KPK");
- a nominal trigger right after a preposition or another trigger (the object of an event: "mengutuk pengerahan
  pasukan"), followed by "itu"/"tersebut" (an event told before), or of a type and mode already coded (the same
  event named again: "KTT ... KTT kali ini");
- a trigger after a REQUEST, AGREE, ACCUSE or REJECT trigger in the same clause (what is asked, agreed, alleged or
  denied: "meminta ... menjatuhkan sanksi"), after "ancaman hukuman" (what the law allows), or after an opinion
  verb ("menilai") or "menurut" an analyst in its sentence;
- a second trigger of the same type and mode in one sentence; the same act by the same actor on the same (or an
  unnamed) target told again; an event below the confidence threshold (`min_confidence` in event_context.yaml).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cache, cached_property
from typing import NamedTuple

from ..article import Article, Event, Span
from ..lang.id import load
from ..pipeline import Doc
from .metadata import first_body_sentence

_WORD = re.compile(r"\w+")
_FIRST_PERSON = re.compile(r"\b(?:kami|kita|saya|aku)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
_OF = re.compile(r"\s+(?:(?!di\b|ke\b|dari\b|oleh\b|pada\b|dengan\b)\w+\s+)?")
_VERBAL = re.compile(r"(?:me|di|ber|ter)\w")
_ACTION_NOUN = re.compile(r"(?:pe|ke)\w{3,}an")
_LAST_PUNCT = re.compile(r"[,;:()\"\u201c\u201d](?=[^,;:()\"\u201c\u201d]*$)")


class Trigger(NamedTuple):
    start: int
    end: int
    text: str
    entry: dict


@cache
def _lexicon() -> dict[str, list[tuple[re.Pattern | None, dict]]]:
    """Triggers indexed by their lower-cased first word, longest first: the pattern of the words after the first
    (None for a one-word trigger) and the entry."""
    by_first: dict[str, list[tuple[int, re.Pattern | None, dict]]] = {}
    seen: set[tuple[str, ...]] = set()
    for entry in load("events"):
        for trigger in entry["triggers"]:
            words = tuple(str(trigger).lower().split())
            if words not in seen:
                seen.add(words)
                rest = re.compile("".join(rf"\s+{re.escape(w)}" for w in words[1:]) + r"(?!\w)") if words[1:] else None
                by_first.setdefault(words[0], []).append((len(words), rest, entry))
    return {w: [(rest, entry) for _, rest, entry in sorted(c, key=lambda c: -c[0])] for w, c in by_first.items()}


def find_triggers(text: str) -> list[Trigger]:
    """Every trigger in the text, longest match first, whole words separated by spaces only (one pass over the
    words; the words after a first word are matched by that trigger's pattern)."""
    by_first = _lexicon()
    low = text.lower()
    if len(low) != len(text):  # a character whose lower case is longer: keep the offsets of the original
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    found: list[Trigger] = []
    taken = 0
    for m in _WORD.finditer(low):
        candidates = by_first.get(m.group())
        if candidates is None or m.start() < taken:
            continue
        for rest, entry in candidates:
            tail = rest.match(low, m.end()) if rest is not None else None
            if rest is None or tail:
                end = tail.end() if tail else m.end()
                found.append(Trigger(m.start(), end, text[m.start():end], entry))
                taken = end
                break
    return found


@cache
def _context() -> dict:
    data = load("event_context")
    ctx = {k: (frozenset(v) if isinstance(v, list) else v) for k, v in data.items()}
    ctx["governments"] = tuple(data["governments"])
    # punctuation, clause words and (in any case) condition words: what _Marks sorts out in one pass
    words = "|".join(sorted(ctx["clause_breaks"] | ctx["clause_ends"], key=len, reverse=True))
    conditions = "|".join(sorted(data["conditional"], key=len, reverse=True))
    ctx["marks_re"] = re.compile(rf"[,;:()\"\u201c\u201d!?]|\.(?=[\"\u201d\u2019)]*(?:\s|$))|\b(?:{words})\b|"
                                 rf"\b(?i:{conditions})\b")
    ctx["play_re"] = re.compile(r"\b(?:" + "|".join(map(re.escape, data["play_words"])) + r")\b", re.IGNORECASE)
    verbs = "|".join(map(re.escape, data["opinion_verbs"]))
    analysts = "|".join(map(re.escape, data["analysts"]))
    ctx["opinion_re"] = re.compile(rf"\b(?:{verbs}|menurut\s+(?:\w+\s+){{0,2}}(?:{analysts}))\b", re.IGNORECASE)
    return ctx


@cache
def is_nominal(trigger_text: str) -> bool:
    """A trigger that is a noun ("serangan", "KTT", "kerja sama"), not a verb ("menyerang", "sepakat")."""
    first = trigger_text.split()[0].lower()
    ctx = _context()
    if first in ctx["bare_verbs"]:
        return False
    return first in ctx["not_verbs"] or not _VERBAL.match(first)


def _words_before(text: str, start: int, limit: int) -> list[str]:
    """Up to ``limit`` lower-cased words before ``start``, stopping at a punctuation clause break."""
    window = text[max(0, start - 120):start]
    cut = _LAST_PUNCT.search(window)
    return _WORD.findall(window[cut.end() if cut else 0:].lower())[-limit:]


def _words_after(text: str, end: int, limit: int) -> list[str]:
    return [w.lower() for w in _WORD.findall(text[end:end + 12 * limit])][:limit]


@cache
def _split(phrases: frozenset[str]) -> tuple[frozenset[str], tuple[str, ...]]:
    return frozenset(p for p in phrases if " " not in p), tuple(f" {p} " for p in phrases if " " in p)


def _has_phrase(words: list[str], phrases: frozenset[str]) -> bool:
    singles, multis = _split(phrases)
    if not singles.isdisjoint(words):
        return True
    if not multis:
        return False
    joined = " " + " ".join(words) + " "
    return any(p in joined for p in multis)


@cache
def _idioms_with(word: str) -> tuple[str, ...]:
    return tuple(f" {p} " for p in _context()["idioms"] if f" {word} " in f" {p} ")


def _in_idiom(text: str, trigger: Trigger, before: list[str]) -> bool:
    """The trigger is part of a fixed phrase that names no event ("menahan diri", "pembebasan lahan")."""
    word = trigger.text.lower()
    idioms = _idioms_with(word)
    if not idioms:
        return False
    around = " " + " ".join(before[-3:] + [word] + _words_after(text, trigger.end, 3)) + " "
    return any(p in around for p in idioms)


class _Mentions:
    """Entity mentions of an article sorted by position, and what each entity acts for."""

    def __init__(self, article: Article, skip_before: int, ctx: dict) -> None:
        self.article, self.ctx = article, ctx
        self.by_id = {e.id: e for e in article.entities}
        self.by_kb = {e.kb: e.id for e in article.entities if e.kb}
        self.items = sorted((m.start, m.end, e.id) for e in article.entities if e.type in ("PER", "ORG", "LOC")
                            for m in e.mentions if m.start >= skip_before)
        self.starts = [s for s, _, _ in self.items]
        people = [(s, eid) for s, _, eid in self.items if self.by_id[eid].type == "PER"]
        self.person_starts, self.person_ids = [s for s, _ in people], [eid for _, eid in people]
        counts: dict[str, int] = {}
        for _, _, eid in self.items:
            if self.by_id[eid].type == "ORG":
                counts[eid] = counts.get(eid, 0) + 1
        self.main_org = max(counts, key=counts.get) if counts else None
        self._acts_for: dict[str, str] = {}

    def between(self, start: int, end: int) -> list[tuple[int, int, str]]:
        i, j = bisect_right(self.starts, start - 1), bisect_right(self.starts, end - 1)
        return [m for m in self.items[i:j] if m[1] <= end]

    def first_start(self, entity_id: str, start: int) -> int:
        """Where the first mention of an entity at or after ``start`` begins."""
        i = bisect_right(self.starts, start - 1)
        return next((s for s, _, eid in self.items[i:] if eid == entity_id), start)

    def person_before(self, position: int, sentence_starts: list[int]) -> str | None:
        """The person a pronoun before ``position`` stands for: the first named in the nearest sentence before it
        that names one (its subject, most often: "Menlu Jepang tiba ... Ia juga akan meninjau ...")."""
        i = bisect_right(self.person_starts, position - 1)
        if not i:
            return None
        sentence = sentence_starts[bisect_right(sentence_starts, self.person_starts[i - 1]) - 1]
        first = bisect_right(self.person_starts, sentence - 1)
        for start, eid in zip(self.person_starts[first:i], self.person_ids[first:i]):
            before = _words_before(self.article.text, start, 1)
            if not before or before[0] not in self.ctx["object_of"]:  # "Selain dengan Retno, Kamikawa ...": Kamikawa
                return eid
        return self.person_ids[first]

    def pair_before(self, position: int, look_back: int = 12) -> str | None:
        """The first of the last two parties named before ``position`` ("Retno dan Kamikawa ... Keduanya ...")."""
        i = bisect_right(self.starts, position - 1)
        parties: list[str] = []
        for start, _, eid in reversed(self.items[max(0, i - look_back):i]):
            if self.article.text[max(0, start - 3):start].lower() == "di ":
                continue  # "di Laut China Selatan": a place, not a party
            party = self.agent(eid)
            if party not in parties:
                parties.append(party)
                if len(parties) == 2:
                    return parties[1]
        return None

    def agent(self, entity_id: str | None) -> str | None:
        if entity_id is None:
            return None
        entity = self.by_id[entity_id]
        stands = entity.stands_for
        if stands in self.by_id or stands in self.by_kb:
            return stands if stands in self.by_id else self.by_kb[stands]
        if entity.type == "PER":
            if entity_id not in self._acts_for:
                self._acts_for[entity_id] = self._affiliation(entity)
            return self._acts_for[entity_id]
        return self._government.get(entity_id, entity_id) if entity.type == "LOC" else entity_id

    @cached_property
    def _bodies(self) -> dict[str, tuple[str, str]]:
        """Places and organisations by name, to find the one an official's title names ("Kepala BNPB")."""
        return _names(self.article, ("LOC", "ORG"))

    @cached_property
    def _people(self) -> dict[str, tuple[str, str]]:
        return _names(self.article, ("PER",))

    @cached_property
    def _government(self) -> dict[str, str]:
        """A region's government when the article names both ("Jawa Timur" -> "Pemerintah Provinsi Jawa Timur")."""
        entities = self.article.entities
        governments = [e for e in entities if e.type == "ORG" and e.name.lower().startswith(self.ctx["governments"])]
        return {loc.id: gov.id for loc in entities if loc.type == "LOC"
                for gov in governments if loc.name.lower() in gov.name.lower()}

    @cached_property
    def _home_state(self) -> str | None:
        return next((e.id for e in self.article.entities if e.type == "LOC" and e.name == self.ctx["home_state"]),
                    None)

    def _affiliation(self, person) -> str:
        """What a person acts for: the body their title or apposition names first ("Kepala Seksi BPBD Kabupaten
        Bandung, Euis" -> BPBD Kabupaten Bandung; a region -> its government when that is named too), the client of
        a lawyer ("Pengacara Hendra, Markus" -> Hendra), the home state for a national office; else themselves."""
        ctx = self.ctx
        first = next((m.start for m in person.mentions if m.start >= (self.starts[0] if self.starts else 0)), None)
        text = self.article.text
        appositive = _appositive(text, first) if first is not None else None
        prefix = _prefix(text, first) if first is not None and appositive is None else None
        for phrase in [*person.titles, *([appositive] if appositive else [])]:
            words = [w.lower() for w in _WORD.findall(phrase)]
            if _has_phrase(words, ctx["lawyers"]):
                client = next((c for c in _names_in(words, self._people) if c != person.id), None)
                if client:
                    return client
            named = _names_in(words, self._bodies)
            if named:
                return self._government.get(named[0], named[0])
            if self._home_state and _has_phrase(words, ctx["national_offices"]):
                return self._home_state  # "Presiden Joko Widodo", "Menlu Retno Marsudi": the state
        if prefix:  # "Ketua Umum Persatuan Sepak Bola Seluruh Indonesia (PSSI) Erick Thohir": an organisation
            named = [eid for eid in _names_in([w.lower() for w in _WORD.findall(prefix)], self._bodies)
                     if self.by_id[eid].type == "ORG"]
            if named:
                return named[0]
        return person.id


def _names(article: Article, types: tuple[str, ...]) -> dict[str, tuple[str, str]]:
    """Entity ids and types by each lower-cased name and mention text, as single-spaced words."""
    names: dict[str, tuple[str, str]] = {}
    for e in article.entities:
        if e.type in types:
            for t in {e.name, *(m.text for m in e.mentions)}:
                names[" ".join(_WORD.findall(t.lower()))] = (e.id, e.type)
    return names


def _names_in(words: list[str], names: dict[str, tuple[str, str]], longest: int = 8) -> list[str]:
    """Ids of the names found in a phrase: organisations before places ("Ketua KPU Buton Selatan": KPU), the longest
    name first ("Kepala Seksi Kedaruratan BPBD Kabupaten Bandung": BPBD Kabupaten Bandung), then in text order."""
    found = []
    longest = min(longest, max((n.count(" ") + 1 for n in names), default=0))
    for i in range(len(words)):
        for j in range(min(len(words), i + longest), i, -1):
            name = " ".join(words[i:j])
            if name in names:
                found.append((names[name][1] != "ORG", -len(name), i, names[name][0]))
                break
    return [eid for *_, eid in sorted(found)]


_HONORIFICS = re.compile(r",\s+(?:[A-Z][a-z]{0,4}\.\s*)*")


def _appositive(text: str, start: int) -> str | None:
    """The phrase before a comma right before a name ("Pengacara Hendra, Markus ...", "ekonom LKEKP, Prof. Dr.
    Bambang ..."), back to the previous punctuation, at most 100 characters."""
    comma = text.rfind(",", max(0, start - 40), start)
    if comma < 0 or not _HONORIFICS.fullmatch(text, comma, start):
        return None
    lo = max(0, comma - 100)
    cut = max(text.rfind(c, lo, comma) for c in ".,;:\"\u201c\u201d")
    phrase = text[max(cut + 1, lo):comma].strip()
    return phrase if len(phrase) >= 3 else None


_TITLE_RUN = re.compile(r"(?:(?:[A-Z][\w.-]*|\([A-Z][\w.-]*\)|dan)\s+)+$")


def _prefix(text: str, start: int) -> str | None:
    """The run of capitalised words (and bracketed abbreviations) right before a name, where a title and its body
    are written: "Ketua Umum Persatuan Sepak Bola Seluruh Indonesia (PSSI) Erick Thohir"."""
    run = _TITLE_RUN.search(text, max(0, start - 100), start)
    return run.group().strip() if run else None


class _Marks:
    """Clause breaks, clause ends, sentence ends and condition words of one sentence, found in one pass (each trigger
    then looks them up by bisection instead of searching its sentence again)."""

    def __init__(self, text: str, start: int, end: int) -> None:
        self.breaks: list[int] = []  # where a clause opened by a break starts
        self.end_starts: list[int] = []  # clause ends: commas, "dan", ".", "?"...
        self.end_ends: list[int] = []
        self.stops: list[tuple[int, str]] = []  # ".", "?", "!" closing a sentence part
        self.conditions: list[int] = []  # "jika", "kalau"...
        ctx = _context()
        for m in ctx["marks_re"].finditer(text, start, end):
            mark = m.group()
            if mark in ".?!":
                self.stops.append((m.start(), mark))
            if mark in ctx["clause_breaks"] or mark in ",;:\"\u201c\u201d":
                self.breaks.append(m.end())
            if mark in ctx["clause_ends"] or not mark.isalpha():
                self.end_starts.append(m.start())
                self.end_ends.append(m.end())
            elif mark not in ctx["clause_breaks"]:
                self.conditions.append(m.start())

    def breaks_between(self, start: int, end: int) -> list[int]:
        """Ends of the clause breaks that lie between ``start`` and ``end``."""
        return self.breaks[bisect_right(self.breaks, start):bisect_right(self.breaks, end)]

    def next_end(self, position: int) -> int | None:
        """Where the first clause end at or after ``position`` starts."""
        i = bisect_left(self.end_starts, position)
        return self.end_starts[i] if i < len(self.end_starts) else None

    def last_end_before(self, position: int) -> int | None:
        """Where the last clause end that is over by ``position`` ends."""
        i = bisect_right(self.end_ends, position)
        return self.end_ends[i - 1] if i else None

    def stop_after(self, position: int) -> str | None:
        """The punctuation that closes the sentence part holding ``position`` (".", "?" or "!")."""
        i = bisect_left(self.stops, (position, ""))
        return self.stops[i][1] if i < len(self.stops) else None


def _is_place(text: str, mention: tuple[int, int, str]) -> bool:
    return text[max(0, mention[0] - 3):mention[0]].lower() == "di "


def _subject(text: str, mentions: _Mentions, marks: _Marks, clause_start: int, trigger_start: int) -> str | None:
    """The first entity of the nearest clause before the trigger that mentions one, passing over clauses opened by
    "yang" (they describe an earlier noun)."""
    found = mentions.between(clause_start, trigger_start)
    if not found:
        return None
    bounds = [clause_start] + marks.breaks_between(clause_start, trigger_start)
    ends = bounds[1:] + [trigger_start]
    for start, end in zip(reversed(bounds), reversed(ends)):
        inside = [m for m in found if start <= m[0] < end]
        if inside and not text[start:end].lstrip().lower().startswith("yang "):
            return inside[0][2]
    return found[0][2]


def _roles(text, mentions, marks, clause_start, trigger, s_end, speaker, previous, same_act, before, sentence_starts,
           ctx) -> tuple[str | None, str | None]:
    """Actor and target of a trigger in its clause. ``previous`` is the implicit agent, ``same_act`` the actor of
    the last event of the same type."""
    word = trigger.text.lower()
    after = mentions.between(trigger.end, min(s_end, trigger.end + 80))
    after = [m for m in after if not _is_place(text, m)]  # "di Jakarta" is the location
    first_person = speaker is not None and _FIRST_PERSON.search(text[max(clause_start, trigger.start - 30):trigger.start])
    own = marks.breaks_between(clause_start, trigger.start)
    own_start = own[-1] if own else clause_start
    own_words = [w.lower() for w in _WORD.findall(text[own_start:trigger.start])]
    named = _subject(text, mentions, marks, clause_start, trigger.start)
    unnamed = (_has_phrase(own_words, ctx["unnamed_people"]) and not mentions.between(own_start, trigger.start)) or (
        named is not None and mentions.by_id[named].type == "LOC" and _has_phrase(
            _words_before(text, mentions.first_start(named, clause_start), 3), ctx["unnamed_people"]))
    if unnamed:  # "warga Desa Tambakrejo berunjuk rasa", "pemain klub asal Pontianak": no named actor
        named = None
    if named is None and not first_person and before and ctx["pronouns"] & set(before):
        named = mentions.person_before(clause_start, sentence_starts)  # "Ia membantah ...": the person last named
    if named is None and own_words[:1] and own_words[0] in ctx["pair_words"]:
        named = mentions.pair_before(clause_start)  # "Keduanya sepakat ...": the first of the two last named
    subject = mentions.agent((speaker if first_person else None) or named or speaker)
    if is_nominal(word) and after and _OF.fullmatch(text[trigger.end:after[0][0]]):
        # "pengerahan pasukan Korea Utara", "serangan Israel": the agent follows the noun
        return mentions.agent(after[0][2]), subject
    if word.startswith("di"):  # passive: "ditangkap oleh Polda Jatim"; without "oleh", a person is the patient
        oleh = re.match(r"\s+oleh\s+", text[trigger.end:s_end])
        if oleh:
            found = mentions.between(trigger.end + oleh.end(), trigger.end + oleh.end() + 60)
            if found:
                return mentions.agent(found[0][2]), subject
        if named is not None and _has_phrase(_words_before(text, mentions.first_start(named, clause_start), 2),
                                             ctx["forces"]):
            return subject, None  # "personel TNI dan Polri dikerahkan": the forces' own body acts
        # no agent written: the body of the quote's speaker ("empat orang ditangkap", kata Kapolda), else the one
        # the article named for this act before, else the implicit one; the subject is the patient
        body = mentions.agent(speaker)
        if body is not None and mentions.by_id[body].type == "PER":
            body = None
        return body or same_act or previous, subject
    target = next((a for a in (mentions.agent(m[2]) for m in after) if a != subject), None)
    if subject is None and not is_nominal(word) and _has_phrase(own_words, ctx["agent_nouns"]):
        subject = previous  # "penyidik menyita ...": an unnamed agent acting for the implicit one
    if target is None:
        before_ms = mentions.between(clause_start, trigger.start)
        if len(before_ms) > 1 and text[before_ms[0][1]:before_ms[1][0]] == " dan ":
            target = mentions.agent(before_ms[1][2])  # "Rusia dan Jepang sepakat": the partner is the other side
    return subject, target


def _is_object(text: str, trigger: Trigger, previous: Trigger | None, ctx: dict) -> bool:
    """A nominal trigger that is the object of a preposition or of the trigger right before it."""
    before = text[max(0, trigger.start - 40):trigger.start].rstrip()
    last = before.rsplit(None, 1)[-1].lower() if before else ""
    return (last in ctx["object_of"] and not _is_trip(trigger, before.lower().split()[-10:], ctx)
            or _ACTION_NOUN.fullmatch(last) is not None  # "pembahasan kerja sama"
            or (previous is not None and text[previous.end:trigger.start].isspace()))


def _is_trip(trigger: Trigger, before: list[str], ctx: dict) -> bool:
    """A CONSULT trigger that is the purpose of a trip: "tiba di Rusia untuk berunding"."""
    return trigger.entry["type"] == "CONSULT" and "untuk" in before and not ctx["trip_verbs"].isdisjoint(before)


def _is_content(trigger: Trigger, speech: Trigger | None, s_start: int, marks: _Marks) -> bool:
    """A trigger in the same clause after the last REQUEST, AGREE, ACCUSE or REJECT trigger (``speech``): what is
    asked, agreed, alleged or denied, not an event of its own."""
    if speech is None or speech.end <= s_start:
        return False
    end = marks.next_end(speech.end)
    return end is None or end >= trigger.start


def _in_name(text: str, m: Trigger, s_start: int) -> bool:
    """A capitalised trigger right after a capitalised word of its sentence is part of a name or title ("Direktur
    Penyidikan KPK")."""
    if not m.text[:1].isupper():
        return False
    prev = re.search(r"(\w+)\s+$", text[max(s_start, m.start - 40):m.start])
    return bool(prev) and prev.group(1)[:1].isupper()


def _not_an_event(text: str, m: Trigger, previous: Trigger | None, speech: Trigger | None, s_start: int,
                  marks: _Marks, opinion_at: int | None, wide: list[str], ctx: dict) -> bool:
    if _in_name(text, m, s_start):
        return True
    if ctx["descriptive"] & set(wide[-2:]) or _in_idiom(text, m, wide):
        return True
    if opinion_at is not None and opinion_at < m.start:
        return True  # an analyst's view or a forecast ("Pengamat ... menilai kunjungan ...")
    if _has_phrase(wide, ctx["statutory"]):
        return True
    if _is_content(m, speech, s_start, marks):
        return True
    if marks.stop_after(m.end) == "?":
        return True  # "apakah menerima putusan ini atau mengajukan banding?"
    if is_nominal(m.text):
        # "serangan tersebut", "pertemuan dua hari itu": an event told before
        stop = marks.next_end(m.end)
        after = _WORD.findall(text[m.end:min(stop or m.end + 30, m.end + 30)].lower())[:3]
        return _is_object(text, m, previous, ctx) or not ctx["anaphora"].isdisjoint(after)
    return False


def code_events(article: Article, body_start: int = 0, skip_before: int = 0,
                min_confidence: float | None = None) -> list[Event]:
    """The events of an article; ``min_confidence`` (default: the `min_confidence` of event_context.yaml) leaves out
    the less certain ones."""
    ctx = _context()
    text = article.text
    starts = [s for s, _ in article.sentences]
    mentions = _Mentions(article, skip_before, ctx)
    quotes = sorted(article.quotes, key=lambda q: q.start)
    quote_starts = [q.start for q in quotes]
    times_in: dict[int, list] = {}
    for t in article.times:
        times_in.setdefault(bisect_right(starts, t.start) - 1, []).append(t)
    year = int(article.meta.published[:4]) if article.meta.published else None
    opinion_at: dict[int, int | None] = {}
    play: dict[int, bool] = {}
    marks: dict[int, _Marks] = {}
    speech: Trigger | None = None  # the last trigger whose clause goes on with what is asked, agreed, alleged...
    events: list[Event] = []
    seen: set[tuple[int, str, str | None]] = set()
    coded_kinds: set[tuple[str, str | None]] = set()
    acts: dict[tuple, set[str | None]] = {}
    last_org: str | None = None
    last_actor: dict[tuple[str, str | None], str] = {}
    triggers = find_triggers(text)
    for k, m in enumerate(triggers):
        si = bisect_right(starts, m.start) - 1
        if si < max(body_start, 0):
            continue
        s_start, s_end = article.sentences[si]
        if m.end > s_end:
            continue
        if si not in opinion_at:
            found = ctx["opinion_re"].search(text, s_start, s_end)
            opinion_at[si] = found.start() if found else None
            play[si] = ctx["play_re"].search(text, s_start, s_end) is not None
        if play[si] and m.entry["type"] in ctx["play_types"]:
            continue  # sports play: "kedua tim akan kembali bertemu pada laga keempat"
        wide = _words_before(text, m.start, 2 * ctx["window"])
        before = wide[-ctx["window"]:]
        entry = m.entry
        # "siap menyalurkan", "berjanji untuk membantu": a promise, an AGREE
        promise = before[-2] if before[-1:] == ["untuk"] and len(before) > 1 else before[-1] if before else None
        promised = promise in ctx["promise"] or (promise in ctx["pledge"] and entry["type"] == "SUPPORT")
        if promised:
            entry = {"type": "AGREE", "mode": None, "context": entry.get("context")}
        elif _is_trip(m, wide, ctx):
            entry = {**entry, "mode": "visit"}
        elif entry["type"] == "MOBILIZE" and not ctx["relief"].isdisjoint(_words_after(text, m.end, 4)):
            entry = {"type": "AID", "mode": None, "context": ["humanitarian"]}  # forces sent for relief
        kind = (entry["type"], entry.get("mode"))
        if si not in marks:
            marks[si] = _Marks(text, s_start, s_end)
        skip = _not_an_event(text, m, triggers[k - 1] if k else None, speech, s_start, marks[si], opinion_at[si],
                             wide, ctx)
        if m.entry["type"] in ctx["content_of"]:
            speech = m
        if skip:
            continue
        if (si, *kind) in seen:
            continue
        qi = bisect_right(quote_starts, m.start) - 1
        quote = quotes[qi] if qi >= 0 and m.end <= quotes[qi].end else None
        speaker = quote.speaker.entity if quote is not None and quote.speaker else None
        clause_start = max(quote.start, s_start) if quote else max(s_start, skip_before)
        previous = last_org or mentions.main_org
        actor, target = _roles(text, mentions, marks[si], clause_start, m, s_end, speaker, previous,
                               last_actor.get(kind), before, starts, ctx)
        confidence = round(0.5 + 0.3 * (actor is not None) + 0.2 * (target is not None), 2)
        if confidence < (ctx["min_confidence"] if min_confidence is None else min_confidence):
            continue
        told = acts.get((*kind, actor))
        if is_nominal(m.text) and kind in coded_kinds and (actor is None or told is not None):
            continue  # the same event named again ("KTT ... KTT kali ini")
        if actor is not None and told is not None and (
                target is not None and target in told
                or entry["type"] in ctx["told_again"] and (target is None) != (None in told)):
            continue  # the same act by the same actor on the same person told again ("menahan NH ... ditangkap")
        seen.add((si, *kind))
        coded_kinds.add(kind)
        acts.setdefault((*kind, actor), set()).add(target)
        if actor and mentions.by_id[actor].type == "ORG":
            last_org = actor
        if actor:
            last_actor[kind] = actor
        times = times_in.get(si, [])
        loc_id = next((eid for s, _, eid in mentions.between(s_start, s_end)
                       if mentions.by_id[eid].type == "LOC" and text[max(s_start, s - 3):s].lower() == "di "), None)
        events.append(Event(
            id=f"v{len(events) + 1}", type=entry["type"], mode=entry.get("mode"),
            context=list(entry.get("context") or []), trigger=Span(text=m.text, start=m.start, end=m.end),
            actor=actor, target=target, location=loc_id, time=times[0].id if times else None,
            negated=_has_phrase(before, ctx["negation"]),
            modality=_modality(text, m, entry["type"], (s_start, s_end), marks[si], before, times, year, quote,
                               _quoted(quotes, quote_starts, s_start, s_end), promised, ctx),
            source=quote.id if quote is not None else None, sentence=si, confidence=confidence,
        ))
    return events


def _quoted(quotes, quote_starts: list[int], start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the quotes that start inside a sentence, in text order."""
    i, j = bisect_right(quote_starts, start - 1), bisect_right(quote_starts, end - 1)
    return [(q.start, q.end) for q in quotes[i:j]]


def _clause(m: Trigger, lo: int, hi: int, marks: _Marks) -> tuple[int, int]:
    """The clause around a trigger: from the last clause end before it to the next one after it."""
    start, end = marks.last_end_before(m.start), marks.next_end(m.end)
    return max(lo, start or lo), min(hi, end or hi)


def _modality(text: str, m: Trigger, type_: str, sentence: tuple[int, int], marks: _Marks, before: list[str], times,
              year: int | None, quote, quoted: list[tuple[int, int]], promised: bool, ctx: dict) -> str:
    """The first that applies: hypothetical, future, historical, reported, asserted. A condition counts inside the
    trigger's quote, or, for a trigger outside quotes, in its sentence outside them (``quoted``)."""
    conditions = marks.conditions
    if type_ in ctx["conditional_by_nature"]:
        conditions = [c for c in conditions if c < m.start]
    if quote is not None:
        conditions = [c for c in conditions if quote.start <= c < quote.end]
    else:
        conditions = [c for c in conditions if not any(q_start <= c < q_end for q_start, q_end in quoted)]
    if conditions or _has_phrase(before, ctx["possible"]):
        return "hypothetical"
    c_start, c_end = _clause(m, *sentence, marks)
    if promised:
        pass
    elif _has_phrase(before, ctx["future"]) or (
            is_nominal(m.text) and {w.lower() for w in _WORD.findall(text[c_start:c_end])} & ctx["future"]):
        return "future"
    past = year and any(c_start <= t.start < c_end and t.value and t.value[:4].isdigit() and int(t.value[:4]) < year
                        and not ctx["ongoing"] & set(_words_before(text, t.start, 1)) for t in times)
    if past or _has_phrase(before, ctx["historical"]):
        return "historical"
    if quote is not None and not promised and not (
            (type_ in ctx["performative"] or f"{type_}/{m.entry.get('mode')}" in ctx["performative"])
            and not _has_phrase(before, ctx["recounted"])):
        return "reported"
    return "asserted"


class EventCoder:
    name = "events"
    requires = ("text", "sentences", "entities", "quotes", "times")
    assigns = ("events",)

    def __init__(self, options=None) -> None:
        pass

    def __call__(self, doc: Doc) -> None:
        dateline = doc.scratch.get("dateline")
        doc.article.events = code_events(doc.article, body_start=first_body_sentence(doc.article),
                                         skip_before=dateline.end if dateline else 0)
