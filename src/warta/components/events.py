"""PLOVER event coding: trigger words from lang/id/events.yaml, with actor, target, modality and evidence.

For each trigger (longest match, whole words) in a body sentence the coder finds:
- the actor: the first entity mentioned in the trigger's clause before it (the clause of a quote starts at the
  quote's content); the entity right after a nominal trigger ("serangan Israel"); "oleh X" after a passive
  verb, whose subject is then the target. An official stands for the state in their title ("Presiden Rusia
  Vladimir Putin" -> Rusia) and a seat of power for what it stands for (Kremlin -> Rusia);
- the target: otherwise the first other entity within a few words after the trigger;
- modality: hypothetical (a condition in the sentence), future (akan, hendak... just before), historical (a past
  year in the sentence, or "pernah"), reported (inside a quote, with the quote as `source`), else asserted;
- negation: tidak, belum, bukan... just before the trigger.
A trigger right after "yang" describes rather than reports ("pasukan yang bertempur") and is skipped.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache

from ..article import Article, Event, Span
from ..lang.id import load
from ..pipeline import Doc
from .metadata import first_body_sentence

_WORD = re.compile(r"\w+")
_NOMINAL = re.compile(r"(?:pe|ke)\w+an\b|serangan|invasi|kunjungan|operasi|unjuk rasa|aksi")
_OF = re.compile(r"\s+(?:(?!di\b|ke\b|dari\b|oleh\b|pada\b|dengan\b)\w+\s+)?")
_CLAUSE_BREAK = re.compile(r"[,;:()\"\u201c\u201d]|\b(?:bahwa|tetapi|namun|sementara|sedangkan)\b", re.IGNORECASE)


@cache
def _lexicon() -> tuple[re.Pattern, dict[str, dict]]:
    index: dict[str, dict] = {}
    for entry in load("events"):
        for trigger in entry["triggers"]:
            index.setdefault(str(trigger).lower(), entry)
    alternatives = "|".join(re.escape(t) for t in sorted(index, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE), index


@cache
def _context() -> dict:
    data = load("event_context")
    return {k: (frozenset(v) if isinstance(v, list) else v) for k, v in data.items()}


def _words_before(text: str, start: int, limit: int) -> list[str]:
    """Up to ``limit`` lower-cased words before ``start``, stopping at a clause break."""
    window = text[max(0, start - 120):start]
    breaks = list(_CLAUSE_BREAK.finditer(window))
    if breaks:
        window = window[breaks[-1].end():]
    return [w.lower() for w in _WORD.findall(window)][-limit:]


def _has_phrase(words: list[str], phrases: frozenset[str]) -> bool:
    joined = " " + " ".join(words) + " "
    return any(f" {p} " in joined for p in phrases)


class _Mentions:
    """Entity mentions of an article sorted by position, with the entity each stands for."""

    def __init__(self, article: Article) -> None:
        by_id = {e.id: e for e in article.entities}
        self.items = sorted((m.start, m.end, e.id) for e in article.entities if e.type in ("PER", "ORG", "LOC")
                            for m in e.mentions)
        self.starts = [s for s, _, _ in self.items]
        self.by_id = by_id
        self.countries = {e.name.lower(): e.id for e in article.entities if e.type == "LOC"}

    def between(self, start: int, end: int) -> list[tuple[int, int, str]]:
        i = bisect_right(self.starts, start - 1)
        j = bisect_right(self.starts, end - 1)
        return [m for m in self.items[i:j] if m[1] <= end]

    def agent(self, entity_id: str) -> str:
        """The entity an actor stands for: a seat of power's state, an official's state when the title names it."""
        entity = self.by_id[entity_id]
        if entity.stands_for in self.by_id:
            return entity.stands_for
        if entity.type == "PER":
            for title in entity.titles:
                low = title.lower()
                for name, eid in self.countries.items():
                    if low.endswith(" " + name):
                        return eid
        return entity_id


def code_events(article: Article, body_start: int = 0) -> list[Event]:
    pattern, index = _lexicon()
    ctx = _context()
    text = article.text
    starts = [s for s, _ in article.sentences]
    mentions = _Mentions(article)
    quotes = sorted(article.quotes, key=lambda q: q.start)
    year = int(article.meta.published[:4]) if article.meta.published else None
    events: list[Event] = []
    seen: set[tuple[int, str, str | None]] = set()
    for m in pattern.finditer(text):
        si = bisect_right(starts, m.start()) - 1
        if si < body_start or si < 0:
            continue
        s_start, s_end = article.sentences[si]
        if m.end() > s_end:
            continue
        before = _words_before(text, m.start(), ctx["window"])
        if before and before[-1] in ctx["descriptive"]:
            continue
        entry = index[m.group().lower()]
        quote = next((q for q in quotes if q.start <= m.start() and m.end() <= q.end), None)
        clause_start = quote.start if quote else s_start
        actor, target = _roles(text, mentions, clause_start, m, s_end)
        sentence_words = set(w.lower() for w in _WORD.findall(text[s_start:s_end]))
        times = [t for t in article.times if s_start <= t.start < s_end]
        if sentence_words & ctx["conditional"]:
            modality = "hypothetical"
        elif _has_phrase(before, ctx["future"]):
            modality = "future"
        elif (year and any(t.value and t.value[:4].isdigit() and int(t.value[:4]) < year for t in times)) \
                or _has_phrase(before, ctx["historical"]):
            modality = "historical"
        elif quote is not None:
            modality = "reported"
        else:
            modality = "asserted"
        key = (si, entry["type"], actor)
        if key in seen:
            continue
        seen.add(key)
        loc_id = next((eid for s, _, eid in mentions.between(s_start, s_end)
                       if mentions.by_id[eid].type == "LOC" and text[max(s_start, s - 3):s].lower() == "di "), None)
        events.append(Event(
            id=f"v{len(events) + 1}", type=entry["type"], mode=entry.get("mode"), context=list(entry.get("context") or []),
            trigger=Span(text=m.group(), start=m.start(), end=m.end()),
            actor=actor, target=target, location=loc_id, time=times[0].id if times else None,
            negated=_has_phrase(before, ctx["negation"]), modality=modality,
            source=quote.id if quote is not None else None, sentence=si,
            confidence=round(0.5 + 0.3 * (actor is not None) + 0.2 * (target is not None), 2),
        ))
    return events


def _roles(text, mentions, clause_start, trigger, s_end) -> tuple[str | None, str | None]:
    """Actor and target of a trigger (a regex match) in its clause."""
    word = trigger.group().lower()
    before = mentions.between(clause_start, trigger.start())
    after = mentions.between(trigger.end(), min(s_end, trigger.end() + 80))
    subject = mentions.agent(before[0][2]) if before else None
    if _NOMINAL.match(word) and after and _OF.fullmatch(text[trigger.end():after[0][0]]):
        # "pengerahan pasukan Korea Utara", "serangan Israel": the agent follows the noun
        return mentions.agent(after[0][2]), subject
    if word.startswith("di"):  # passive: "ditangkap oleh Polda Jatim"; without "oleh", a person is the patient
        oleh = re.match(r"\s+oleh\s+", text[trigger.end():s_end])
        if oleh:
            found = mentions.between(trigger.end() + oleh.end(), trigger.end() + oleh.end() + 60)
            if found:
                return mentions.agent(found[0][2]), subject
        if before and mentions.by_id[before[0][2]].type == "PER":
            return None, subject
    after = [m for m in after if text[max(0, m[0] - 3):m[0]].lower() != "di "]  # "di Jakarta" is the location
    target = next((a for a in (mentions.agent(m[2]) for m in after) if a != subject), None)
    if target is None and len(before) > 1 and text[before[0][1]:before[1][0]] == " dan ":
        target = mentions.agent(before[1][2])  # "Rusia dan Jepang sepakat": the partner is the other side
    return subject, target


class EventCoder:
    name = "events"
    requires = ("text", "sentences", "entities", "quotes", "times")
    assigns = ("events",)

    def __init__(self, options=None) -> None:
        pass

    def __call__(self, doc: Doc) -> None:
        article = doc.article
        article.events = code_events(article, body_start=first_body_sentence(article))
