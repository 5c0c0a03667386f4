"""Clusters joined by what the text says about a name, after ``coref.cluster``: a nickname cue ("Kiki, sapaan
akrab Rizky") joins the nickname's entity to the person named after the cue, and a title-only reference ("sang
presiden") joins the one person who holds that title."""

from __future__ import annotations

import re
from functools import cache

from .acronyms import fold
from .coref import Cluster, by_start
from .ner_lexicon import lexicon
from .ner_rules import Cand


@cache
def _nickname_pattern() -> re.Pattern:
    cues = "|".join(map(re.escape, sorted(lexicon().nickname_cues, key=len, reverse=True)))
    # "[A-Z](?<!\w.)" is "\b[A-Z]" written to start with a character class: re skips to the next capital in C; the
    # name before the comma is taken whole ("++"), not given back a letter at a time at every capital not followed by
    # a comma
    # "Roy, sapaan akrabnya": the clitic is the person named last before it
    return re.compile(rf"([A-Z](?<!\w.)[\w'-]++), (?:{cues})(?: ([A-Z][\w'-]+(?: [A-Z][\w'-]+){{0,3}})\b|nya\b)")


@cache
def _described_pattern() -> re.Pattern:
    """ "kata pria yang akrab disapa Acang itu": a lower-case description, then an alias cue (entities.yaml
    alias_cues) and the nickname, which is the person named last before it."""
    cues = "|".join(map(re.escape, sorted(lexicon().alias_cues, key=len, reverse=True)))
    # the literal "yang " first: re skips to it in C, where "\b[a-z]+ yang" was tried at every word of the text
    return re.compile(rf"(?<= )yang (?:{cues}) ([A-Z][\w'-]+)\b")


@cache
def _alias_words() -> tuple[str, ...]:
    """The last words of the alias cues ("disapa", "dipanggil", ...): an article holding none has no nickname given
    to a description, told by a few finds rather than a search with the pattern."""
    return tuple({f" {cue.split()[-1]} " for cue in lexicon().alias_cues})


@cache
def _cue_openings() -> tuple[str, ...]:
    """ ", <word> " for the first words of the nickname cues: what any ", <cue> " holds, in fewer searches of the
    text than one per cue (the cues share their first words: "sapaan", "sapaan akrab", "nama panggilan"...)."""
    return tuple(sorted({f", {cue.split()[0]} " for cue in lexicon().nickname_cues}))


def merge_nicknames(clusters: list[Cluster], text: str) -> list[Cluster]:
    """ "Kiki, sapaan akrab Rizky": the person called by the nickname is the one named after the cue ("Roy, sapaan
    akrabnya", "pria yang akrab disapa Acang": the one named last before it); the nickname's entity joins that
    person's, its mentions as aliases."""
    found = []
    if any(needle in text for needle in _cue_openings()):
        # the pattern needs ", <cue> ": most articles have none, and a find costs less than re
        found = list(_nickname_pattern().finditer(text))
    if " yang " in text and any(cue in text for cue in _alias_words()):
        # after a lower-case word: a description, not a name ("Kapolres yang akrab disapa ...")
        found += [m for m in _described_pattern().finditer(text)
                  if (before := text[max(0, m.start() - 40):m.start() - 1].rsplit(None, 1)[-1:])
                  and before[0].isalpha() and before[0].islower()]
    if not found:
        return clusters
    by_form: dict[str, Cluster] = {}
    for c in clusters:
        if c.mentions[0].type == "PER":
            for x in c.mentions:
                by_form.setdefault(fold(text[x.start:x.end]), c)
    gone: set[int] = set()
    for m in found:
        nick = by_form.get(fold(m.group(1)))
        if m.re.groups == 2 and m.group(2):
            full = _named_at(by_form, m.group(2).split())
        else:  # unless the nickname already found its full name ("Menurut Frans, sapaan akrabnya": Fransiskus;
            # "Yosef Lungkang Ajang ... pria yang akrab disapa Ajang", where it is his surname)
            alone = nick is not None and all(fold(text[x.start:x.end]) == fold(m.group(1)) for x in nick.mentions)
            full = _named_before(clusters, _before_quotation(text, m.start()), nick) if alone else None
        if nick is None or full is None or nick is full or id(nick) in gone:
            continue
        for x in nick.mentions:
            x.kind = "alias" if x.kind == "name" else x.kind
        full.mentions = sorted(full.mentions + nick.mentions, key=by_start)
        full.texts |= nick.texts
        full.kb |= nick.kb
        gone.add(id(nick))
        for x in nick.mentions:
            by_form[fold(text[x.start:x.end])] = full
    return [c for c in clusters if id(c) not in gone]


def _named_at(by_form: dict[str, Cluster], words: list[str]) -> Cluster | None:
    """The person named by the longest run of ``words`` from the first: "sapaan akrab [Rizky Pratama] Putra"."""
    return next((c for k in range(len(words), 0, -1) if (c := by_form.get(fold(" ".join(words[:k])))) is not None),
                None)


def _before_quotation(text: str, at: int) -> int:
    """Where the paragraph's first quotation mark before ``at`` is (``at`` when there is none): a cue after a quote
    ("...," tutur pria yang biasa disapa Tinus) names its speaker, named before the quotation, not a person the
    quotation names."""
    par = text.rfind("\n", 0, at) + 1
    marks = [k for k in (text.find(q, par, at) for q in '"\u201c') if k >= 0]
    return min(marks) if marks else at


def _named_before(clusters: list[Cluster], at: int, nick: Cluster | None) -> Cluster | None:
    """The person, other than ``nick``, named last before ``at``."""
    before = [(max(x.end for x in c.mentions if x.end <= at), id(c), c) for c in clusters
              if c is not nick and c.mentions[0].type == "PER" and any(x.end <= at for x in c.mentions)]
    return max(before)[2] if before else None


# "\b[Ss]ang\s+...", written to start with the literal "ang" (re skips to it in C, faster than a class) and
# look back for the "S"/"s" and the word boundary before it; the match starts one character before m.start()
_SANG = re.compile(r"ang(?<=[Ss]ang)(?<!\w.ang)\s+([a-z]+(?:\s+[a-z]+)?)")


def title_references(text: str, clusters: list[Cluster]) -> list[tuple[Cluster, Cand]]:
    """ "sang presiden": a title-only reference, resolved when exactly one person holds that title."""
    lex = lexicon()
    out = []
    for m in _SANG.finditer(text):
        words = m.group(1).split()
        for n in (len(words), 1):
            title = " ".join(words[:n])
            if title not in lex.titles:
                continue
            holders = [c for c in clusters if c.mentions[0].type == "PER"
                       and any(t.lower().split()[:n] == title.split() for cand in c.mentions for t in cand.titles)]
            if len(holders) == 1:
                start = m.start(1)
                out.append((holders[0], Cand(m.start() - 1, start + len(title), "PER", kind="title", source="rule")))
            break
    return out
