"""The side panels of an analysed article: 5W1H summary, quotes, events, entities, times and numbers.

Ids in the article (``e3``, ``t1``, ``q2``) are replaced by what a reader wants to see: names, texts, values.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..article import Article
from .highlight import number


@dataclass
class Panels:
    summary: list[tuple[str, str]] = field(default_factory=list)  # (message key, value)
    quotes: list[dict] = field(default_factory=list)
    events: list[dict] = field(default_factory=list)
    entities: list[dict] = field(default_factory=list)
    times: list[dict] = field(default_factory=list)
    quantities: list[dict] = field(default_factory=list)


def panels(article: Article) -> Panels:
    names = {e.id: e.name for e in article.entities}
    times = {t.id: t for t in article.times}
    quotes = {q.id: q for q in article.quotes}

    def name(ref: str | None) -> str:
        if ref in names:
            return names[ref]
        if ref in quotes and quotes[ref].speaker:  # quantities may be claimed by an unnamed speaker's quote
            return quotes[ref].speaker.name
        return ""

    def when(ref: str | None) -> str:
        t = times.get(ref or "")
        return f"{t.text} ({t.value})" if t and t.value else (t.text if t else "")

    s = article.summary
    rows = [("who", ", ".join(name(w) for w in s.who if name(w))), ("what", s.what or ""), ("when", when(s.when)),
            ("where", name(s.where)), ("why", s.why or ""), ("how", s.how or "")]
    return Panels(
        summary=[(k, v) for k, v in rows if v],
        quotes=[{"id": q.id, "speaker": name(q.speaker.entity) or q.speaker.name if q.speaker else "",
                 "kind": q.kind, "cue": q.cue.text if q.cue else "", "content": q.content} for q in article.quotes],
        events=[{"id": v.id, "type": v.type, "trigger": v.trigger.text, "actor": name(v.actor),
                 "target": name(v.target), "where": name(v.location), "when": when(v.time),
                 "negated": v.negated, "modality": v.modality} for v in article.events],
        entities=[{"id": e.id, "name": e.name, "type": e.type, "kb": e.kb, "titles": e.titles,
                   "mentions": len(e.mentions)} for e in article.entities],
        times=[{"id": t.id, "text": t.text, "value": t.value or "", "type": t.type} for t in article.times],
        quantities=[{"id": n.id, "text": n.text, "value": number(n.value), "unit": n.unit or "",
                     "claimed_by": name(n.claimed_by)} for n in article.quantities],
    )
