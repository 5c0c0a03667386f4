"""PLOVER event coding: trigger words from lang/id/events.yaml, with actor, target, modality and evidence.

For each trigger (longest match, whole words) in a body sentence the coder finds:
- the actor: walking back clause by clause (commas, "bahwa", "ketika", "untuk"...) from the trigger, the first
  entity of the nearest clause that has one; the entity right after a nominal trigger ("serangan Israel");
  "oleh X" after a passive verb, whose subject is then the target; inside a quote with no entity before the
  trigger, the quote's speaker ("Kami sepakat ..."). An official stands for the state their title names
  ("Presiden Rusia Vladimir Putin" -> Rusia), a seat of power or capital for what it stands for (Kremlin -> Rusia);
- the target: otherwise the first other entity within a few words after the trigger (not "di X", the location);
- modality: hypothetical (a condition in the sentence), future (akan, hendak... just before), historical (a past
  year in the sentence, or "pernah"), reported (inside a quote, with the quote as `source`), else asserted;
- negation: tidak, belum, bukan... just before the trigger.
Not coded: a trigger right after "yang" (it describes: "pasukan yang bertempur"), a nominal trigger right after
a preposition or another trigger (the object of an event, not a new one: "mengutuk pengerahan pasukan").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache
from typing import NamedTuple

from ..article import Article, Event, Span
from ..lang.id import load
from ..pipeline import Doc
from .metadata import first_body_sentence

_WORD = re.compile(r"\w+")
_FIRST_PERSON = re.compile(r"\b(?:kami|kita|saya|aku)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
_NOMINAL = re.compile(r"(?:pe|ke)\w+an\b|serangan|invasi|kunjungan|operasi|unjuk rasa|aksi|ancaman|sanksi|vonis")
_OF = re.compile(r"\s+(?:(?!di\b|ke\b|dari\b|oleh\b|pada\b|dengan\b)\w+\s+)?")
_BREAK = re.compile(r"[,;:()\"\u201c\u201d]|\b(?:bahwa|tetapi|namun|sementara|sedangkan|ketika|saat|sewaktu|"
                    r"setelah|sebelum|sejak|karena|sehingga|agar|supaya|untuk)\b", re.IGNORECASE)


class Trigger(NamedTuple):
    start: int
    end: int
    text: str
    entry: dict


@cache
def _lexicon() -> dict[str, list[tuple[tuple[str, ...], dict]]]:
    """Triggers indexed by their first word, longest first, as lower-cased word tuples."""
    by_first: dict[str, list[tuple[tuple[str, ...], dict]]] = {}
    seen: set[tuple[str, ...]] = set()
    for entry in load("events"):
        for trigger in entry["triggers"]:
            words = tuple(str(trigger).lower().split())
            if words not in seen:
                seen.add(words)
                by_first.setdefault(words[0], []).append((words, entry))
    for candidates in by_first.values():
        candidates.sort(key=lambda c: -len(c[0]))
    return by_first


def find_triggers(text: str) -> list[Trigger]:
    """Every trigger in the text, longest match first, whole words separated by spaces only."""
    by_first = _lexicon()
    words = [(m.start(), m.end(), m.group().lower()) for m in _WORD.finditer(text)]
    found: list[Trigger] = []
    i = 0
    while i < len(words):
        for candidate, entry in by_first.get(words[i][2], ()):
            n = len(candidate)
            span = words[i:i + n]
            if tuple(w[2] for w in span) == candidate and all(
                    text[a[1]:b[0]].isspace() for a, b in zip(span, span[1:])):
                found.append(Trigger(span[0][0], span[-1][1], text[span[0][0]:span[-1][1]], entry))
                i += n
                break
        else:
            i += 1
    return found


@cache
def _context() -> dict:
    data = load("event_context")
    return {k: (frozenset(v) if isinstance(v, list) else v) for k, v in data.items()}


def _words_before(text: str, start: int, limit: int) -> list[str]:
    """Up to ``limit`` lower-cased words before ``start``, stopping at a punctuation clause break."""
    window = text[max(0, start - 120):start]
    cut = max(window.rfind(c) for c in ",;:()\"\u201c\u201d")
    return [w.lower() for w in _WORD.findall(window[cut + 1:])][-limit:]


def _has_phrase(words: list[str], phrases: frozenset[str]) -> bool:
    joined = " " + " ".join(words) + " "
    return any(f" {p} " in joined for p in phrases)


class _Mentions:
    """Entity mentions of an article sorted by position, and what each entity acts for."""

    def __init__(self, article: Article, skip_before: int) -> None:
        self.by_id = {e.id: e for e in article.entities}
        self.by_kb = {e.kb: e.id for e in article.entities if e.kb}
        self.items = sorted((m.start, m.end, e.id) for e in article.entities if e.type in ("PER", "ORG", "LOC")
                            for m in e.mentions if m.start >= skip_before)
        self.starts = [s for s, _, _ in self.items]
        # names of places and organisations, to find the one an official's title names ("Kepala BNPB")
        self.bodies = sorted(((t.lower(), e.id) for e in article.entities if e.type in ("LOC", "ORG")
                              for t in {e.name, *(m.text for m in e.mentions)}), key=lambda x: -len(x[0]))

    def between(self, start: int, end: int) -> list[tuple[int, int, str]]:
        i, j = bisect_right(self.starts, start - 1), bisect_right(self.starts, end - 1)
        return [m for m in self.items[i:j] if m[1] <= end]

    def agent(self, entity_id: str | None) -> str | None:
        if entity_id is None:
            return None
        entity = self.by_id[entity_id]
        stands = entity.stands_for
        if stands in self.by_id or stands in self.by_kb:
            return stands if stands in self.by_id else self.by_kb[stands]
        if entity.type == "PER":  # an official acts for the state or body their title names, the last one named
            for title in entity.titles:
                low = f" {title.lower()} "
                named = [(low.rfind(f" {name} "), eid) for name, eid in self.bodies if f" {name} " in low]
                if named:
                    return max(named)[1]
        return entity_id


def _subject(text: str, mentions: _Mentions, clause_start: int, trigger_start: int) -> str | None:
    """The first entity of the nearest clause before the trigger that mentions one."""
    found = mentions.between(clause_start, trigger_start)
    if not found:
        return None
    bounds = [clause_start] + [m.end() for m in _BREAK.finditer(text[:trigger_start], clause_start)]
    for start in reversed(bounds):
        inside = [m for m in found if m[0] >= start]
        if inside:
            return inside[0][2]
    return found[0][2]


def _roles(text, mentions, clause_start, trigger, s_end, speaker, previous) -> tuple[str | None, str | None]:
    """Actor and target of a trigger (a regex match) in its clause."""
    word = trigger.text.lower()
    after = mentions.between(trigger.end, min(s_end, trigger.end + 80))
    after = [m for m in after if text[max(0, m[0] - 3):m[0]].lower() != "di "]  # "di Jakarta" is the location
    first_person = speaker is not None and _FIRST_PERSON.search(text[max(clause_start, trigger.start - 30):trigger.start])
    subject = mentions.agent((speaker if first_person else None) or _subject(text, mentions, clause_start, trigger.start)
                             or speaker)
    if _NOMINAL.match(word) and after and _OF.fullmatch(text[trigger.end:after[0][0]]):
        # "pengerahan pasukan Korea Utara", "serangan Israel": the agent follows the noun
        return mentions.agent(after[0][2]), subject
    if word.startswith("di"):  # passive: "ditangkap oleh Polda Jatim"; without "oleh", a person is the patient
        oleh = re.match(r"\s+oleh\s+", text[trigger.end:s_end])
        if oleh:
            found = mentions.between(trigger.end + oleh.end(), trigger.end + oleh.end() + 60)
            if found:
                return mentions.agent(found[0][2]), subject
        if subject is None or mentions.by_id[subject].type == "PER":
            return previous, subject  # no agent written: the implicit one
    target = next((a for a in (mentions.agent(m[2]) for m in after) if a != subject), None)
    if subject is None:
        subject = previous  # "penyidik menyita ...": an unnamed agent acting for the implicit one
    if target is None:
        before = mentions.between(clause_start, trigger.start)
        if len(before) > 1 and text[before[0][1]:before[1][0]] == " dan ":
            target = mentions.agent(before[1][2])  # "Rusia dan Jepang sepakat": the partner is the other side
    return subject, target


def _implicit_agent(events: list[Event], mentions: _Mentions) -> str | None:
    """The agent of an event whose text names none: news keeps its agent from one event to the next ("KPK
    menetapkan ... Hendra ditangkap ..."), so the latest organisation acting, else the most mentioned one."""
    for v in reversed(events):
        if v.actor and mentions.by_id[v.actor].type == "ORG":
            return v.actor
    counts: dict[str, int] = {}
    for _, _, eid in mentions.items:
        if mentions.by_id[eid].type == "ORG":
            counts[eid] = counts.get(eid, 0) + 1
    return max(counts, key=counts.get) if counts else None


def _is_object(text: str, trigger: Trigger, previous: Trigger | None, ctx: dict) -> bool:
    """A nominal trigger that is the object of a preposition or of the trigger right before it."""
    before = text[max(0, trigger.start - 40):trigger.start].rstrip()
    last = before.rsplit(None, 1)[-1].lower() if before else ""
    return last in ctx["object_of"] or (previous is not None and text[previous.end:trigger.start].isspace())


def code_events(article: Article, body_start: int = 0, skip_before: int = 0) -> list[Event]:
    ctx = _context()
    text = article.text
    starts = [s for s, _ in article.sentences]
    mentions = _Mentions(article, skip_before)
    quotes = sorted(article.quotes, key=lambda q: q.start)
    year = int(article.meta.published[:4]) if article.meta.published else None
    events: list[Event] = []
    seen: set[tuple[int, str, str | None]] = set()
    triggers = find_triggers(text)
    for k, m in enumerate(triggers):
        si = bisect_right(starts, m.start) - 1
        if si < max(body_start, 0):
            continue
        s_start, s_end = article.sentences[si]
        before = _words_before(text, m.start, ctx["window"])
        if m.end > s_end or ctx["descriptive"] & set(before[-2:]):
            continue
        if _NOMINAL.match(m.text.lower()) and _is_object(text, m, triggers[k - 1] if k else None, ctx):
            continue
        entry = m.entry
        quote = next((q for q in quotes if q.start <= m.start and m.end <= q.end), None)
        speaker = quote.speaker.entity if quote is not None and quote.speaker else None
        clause_start = max(quote.start if quote else s_start, skip_before)
        previous = _implicit_agent(events, mentions)
        actor, target = _roles(text, mentions, clause_start, m, s_end, speaker, previous)
        times = [t for t in article.times if s_start <= t.start < s_end]
        key = (si, entry["type"], actor)
        if key in seen:
            continue
        seen.add(key)
        loc_id = next((eid for s, _, eid in mentions.between(s_start, s_end)
                       if mentions.by_id[eid].type == "LOC" and text[max(s_start, s - 3):s].lower() == "di "), None)
        events.append(Event(
            id=f"v{len(events) + 1}", type=entry["type"], mode=entry.get("mode"),
            context=list(entry.get("context") or []), trigger=Span(text=m.text, start=m.start, end=m.end),
            actor=actor, target=target, location=loc_id, time=times[0].id if times else None,
            negated=_has_phrase(before, ctx["negation"]),
            modality=_modality(text[s_start:s_end], before, times, year, quote, ctx),
            source=quote.id if quote is not None else None, sentence=si,
            confidence=round(0.5 + 0.3 * (actor is not None) + 0.2 * (target is not None), 2),
        ))
    return events


def _modality(sentence: str, before: list[str], times, year: int | None, quote, ctx: dict) -> str:
    if set(w.lower() for w in _WORD.findall(sentence)) & ctx["conditional"]:
        return "hypothetical"
    if _has_phrase(before, ctx["future"]):
        return "future"
    past = year and any(t.value and t.value[:4].isdigit() and int(t.value[:4]) < year for t in times)
    if past or _has_phrase(before, ctx["historical"]):
        return "historical"
    return "reported" if quote is not None else "asserted"


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
