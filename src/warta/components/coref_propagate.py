"""Names found again after ``coref.cluster``: every whole-word occurrence of an entity's short form that no
candidate covers joins that entity ("Warga Lebak" for "Kabupaten Lebak", "ditemui Choe" for "Choe Son Hui")."""

from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache

from .coref import Cluster, by_start, strip_head
from .coref_forms import not_short_forms, without_legal_form
from .ner_lexicon import lexicon, phrase_at
from .ner_rules import Cand
from .word_search import in_word, whole_words


def short_forms(c: Cluster, text: str) -> set[str] | tuple[str, ...]:
    """Written forms an entity may take again in the same article: its mentions, an area without its head word
    ("Lebak"), a person's first and last name ("Choe", "Prabowo"), and a name start with the first or the last
    name after it ("Lalu Gita" for "Lalu Gita Ariadi", "Lalu Iqbal" for "Lalu Muhammad Iqbal": entities.yaml
    name_starts), which "Lalu" opening a sentence, where it may be "then", does not hide."""
    if len(c.mentions) == 1:  # most entities are named once: that mention's forms, no set to gather them in
        m = c.mentions[0]
        return _forms_of(text[m.start:m.end], m.type) if m.kind != "title" and not m.borrowed else ()
    forms: set[str] = set()
    for m in c.mentions:
        if m.kind != "title" and not m.borrowed:
            forms.update(_forms_of(text[m.start:m.end], m.type))
    return forms


@lru_cache(maxsize=16384)  # by written form: an entity's mentions repeat its few names
def _forms_of(s: str, kind: str) -> tuple[str, ...]:
    """The short forms (see ``short_forms``) one mention written ``s`` of type ``kind`` gives."""
    forms = {s}
    if kind == "LOC" and strip_head(s) and phrase_at(s.split(), 0, lexicon().area_heads):
        forms.add(strip_head(s))  # "Lebak" of "Kabupaten Lebak"; not "Singapura" of "Selat Singapura", nor
        # "Waisai" of "Pelabuhan Waisai" (entities.yaml area_heads)
    if kind == "ORG" and " " in s:
        forms.add(without_legal_form(s))
    if kind == "PER" and " " in s:
        words = s.split()
        forms.update(w for w in (words[0], words[-1]) if len(w) > 2 and w[:1].isupper())
        n = phrase_at(words, 0, lexicon().name_starts)
        if n and len(words) > n + 1:
            forms.update((" ".join(words[:n + 1]), " ".join((*words[:n], words[-1]))))
    blocked = not_short_forms()
    return tuple(f for f in forms if f.lower() not in blocked)


def propagate(clusters: list[Cluster], text: str, taken: list[tuple[int, int]], allowed) -> None:
    """Find the entities' names again where the tagger missed them ("Warga Lebak", "ditemui Choe"): every
    whole-word occurrence of a short form that no candidate covers joins its entity. A form two entities share is
    skipped. ``clusters``: as ``cluster`` makes them, each one's mentions in text order, as they stay."""
    owner: dict[str, Cluster | None] = {}
    for c in clusters:
        for form in short_forms(c, text):
            owner[form] = c if owner.get(form, c) is c else None
    forms = [f for f, c in owner.items() if c is not None]
    if not forms:
        return
    covered = sorted(taken)
    exact = set(taken)  # most forms found are the candidates themselves: a set look-up then, not a bisection
    grown: dict[int, Cluster] = {}
    for a, b in whole_words(text, forms):
        if (a, b) in exact:
            continue
        i = bisect_right(covered, (a, 10**9)) - 1
        if (i >= 0 and covered[i][1] > a) or (i + 1 < len(covered) and covered[i + 1][0] < b) or not allowed(a, b):
            continue
        form = text[a:b]
        c = owner[form]
        kind = next((x.kind for x in c.mentions if text[x.start:x.end] == form), "name")
        if c.mentions[0].type == "PER" and not any(" " in text[x.start:x.end] for x in c.mentions):
            # named by one word alone: a name start before it is his ("Lalu Iqbal ... kata Iqbal"); a full name
            # without it says it is another word ("Purbaya Yudhi Sadewa ... Lalu Purbaya")
            a = _name_start_before(text, a, covered[i][1] if i >= 0 else 0)
        c.mentions.append(Cand(a, b, c.mentions[0].type, kind=kind, source="propagated"))
        grown[id(c)] = c
    for c in grown.values():  # the others' mentions are in text order as ``cluster`` left them
        c.mentions.sort(key=by_start)


def _name_start_before(text: str, a: int, free_from: int) -> int:
    """Where a person found again at ``a`` starts: before a name start written capitalised right before it, as
    ``ner_person.name_start_before`` moves a tagged person's start ("LOMBOK - [Lalu] Iqbal ...", entities.yaml
    name_starts); ``a`` when there is none. ``free_from``: where the text no candidate covers begins."""
    lo = max(free_from, a - 16)
    if a - lo < 3 or text[a - 1] != " ":
        return a
    words = text[lo:a - 1].split(" ")
    for n in (2, 1):
        if len(words) > n or (len(words) == n and (lo == 0 or not in_word(text[lo - 1]))):
            start = " ".join(words[-n:])
            if start[:1].isupper() and start.lower() in lexicon().name_starts:
                return a - 1 - len(start)
    return a
