"""Builders for quote tests: hand-made articles with entities, no pipeline."""

import re

from warta.article import Entity, Mention
from warta.components.quotes import extract_quotes
from warta.components.segment import split_sentences


def entities(text: str, spec: str) -> list[Entity]:
    """Entities from "Budi Santoso/Budi:PER; Kementerian Luar Negeri/Kemlu:ORG" (name first, then other forms);
    every occurrence of a form becomes a mention, longer forms first."""
    found, taken = [], []
    for i, item in enumerate(x.strip() for x in spec.split(";") if x.strip()):
        names, etype = item.rsplit(":", 1)
        forms = names.split("/")
        mentions = []
        for form in sorted(forms, key=len, reverse=True):
            for m in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", text):
                if not any(m.start() < b and a < m.end() for a, b in taken):
                    taken.append(m.span())
                    mentions.append(Mention(text=form, start=m.start(), end=m.end()))
        found.append(Entity(id=f"e{i + 1}", name=forms[0], type=etype,
                            mentions=sorted(mentions, key=lambda x: x.start)))
    return found


def quotes_of(text: str, spec: str = ""):
    return extract_quotes(text, split_sentences(text), entities(text, spec))


def the_quote(quotes, head: str):
    hits = [q for q in quotes if q.content.startswith(head)]
    assert hits, f"no quote starting {head!r} in {[q.content[:40] for q in quotes]}"
    return hits[0]
