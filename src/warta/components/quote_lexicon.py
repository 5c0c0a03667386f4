"""The speech lexicon (lang/id/speech.yaml) as sets of words, and the word splitter the quote modules share.

Quote attribution works on words with their glued punctuation ("Sri," "(BPS)" "S.H.,"), because commas and
colons carry much of the structure ('Budi mengatakan, ...', 'Juru bicara junta, Zaw Min Tun, membantah ...').
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..lang.id import load

_CHUNK = re.compile(r"\S+")
_EDGES = re.compile(r"^([\"\u201c\u201d\u2018\u2019'(\[]*)(.*?)([\"\u201c\u201d\u2018\u2019')\],.:;!?\u2026]*)$")
_VERB_PREFIXES = ("me", "di", "ber", "ter")  # not per-: perebutan, perusahaan are nouns


@dataclass(frozen=True)
class Word:
    start: int  # offsets of the word without its glued punctuation
    end: int
    text: str
    low: str
    before: str  # punctuation glued before the word: ( " “
    after: str  # punctuation glued after it: , . : ) ”

    @property
    def capitalised(self) -> bool:
        return self.text[:1].isupper() or self.text[:1].isdigit()


def words(text: str, start: int, end: int) -> list[Word]:
    """The words of ``text[start:end]`` with the punctuation glued to each."""
    found = []
    for m in _CHUNK.finditer(text, start, end):
        lead, core, tail = _EDGES.match(m.group()).groups()
        if not core:
            continue
        s = m.start() + len(lead)
        found.append(Word(s, s + len(core), core, core.lower(), lead, tail))
    return found


def closing_end(w: Word) -> int:
    """End of ``w`` with the closing brackets or quotation marks glued after it, but not its final punctuation."""
    tail = w.after
    keep = len(tail) - len(tail.lstrip(")]\"\u201d\u2019'"))
    return w.end + keep


def _phrases(items) -> tuple[tuple[str, ...], ...]:
    """Multi-word entries as word tuples, longest first so that matching prefers them."""
    return tuple(sorted({tuple(i.split()) for i in items}, key=len, reverse=True))


@dataclass(frozen=True)
class Lexicon:
    post_cues: frozenset[str]
    strong: frozenset[str]
    weak: frozenset[str]
    marked: frozenset[str]
    multiword: tuple[tuple[str, ...], ...]
    passive: frozenset[str]
    according: frozenset[str]
    source_cues: tuple[tuple[str, ...], ...]
    accompanying: frozenset[str]
    afterwords: frozenset[str]
    summaries: tuple[tuple[str, ...], ...]
    negations: frozenset[str]
    pronouns: frozenset[str]
    determiners: frozenset[str]
    quantifiers: tuple[tuple[str, ...], ...]
    person_heads: tuple[tuple[str, ...], ...]
    official_heads: frozenset[str]
    office_titles: tuple[tuple[str, ...], ...]
    proxy_heads: frozenset[str]
    honorifics: frozenset[str]
    naming_words: frozenset[str]
    openers: tuple[tuple[str, ...], ...]
    adverbs: frozenset[str]
    clause_words: frozenset[str]
    clause_breaks: frozenset[str]
    np_stops: frozenset[str]
    connectors: frozenset[str]
    clause_links: frozenset[str]
    not_verbs: frozenset[str]
    addressee: tuple[tuple[str, ...], ...]
    audiences: frozenset[str]

    # -- word classes -------------------------------------------------------------------------------------------
    def post_cue(self, low: str) -> tuple[str, bool] | None:
        """("kata", False) for "kata", ("kata", True) for "katanya"; None when ``low`` is no post-posed cue."""
        if low in self.post_cues:
            return low, False
        if low.endswith("nya") and low[:-3] in self.post_cues:
            return low[:-3], True
        if low.endswith("nya") and low[:-3] in self.according:
            return low[:-3], True
        return None

    def verb_cue(self, ws: list[Word], i: int) -> tuple[int, str] | None:
        """(length in words, "strong" | "weak" | "marked") of a speech verb starting at word ``i``."""
        n = self.match(ws, i, self.multiword)
        if n:
            return n, "strong"
        low = ws[i].low
        for kind in ("strong", "weak", "marked"):
            if low in getattr(self, kind):
                return 1, kind
        return None

    def is_verb(self, word: Word) -> bool:
        """A lower-case word shaped like an affixed verb (meN-, di-, ber-, ter-), or a speech verb."""
        low = word.low
        if not word.text[:1].islower() or low in self.not_verbs:
            return False
        if low in self.strong or low in self.weak or low in self.marked:
            return True
        return len(low) > 5 and low.startswith(_VERB_PREFIXES) and "-" not in low[:4]

    @staticmethod
    def match(ws: list[Word], i: int, phrases: tuple[tuple[str, ...], ...]) -> int:
        """Length of the longest phrase starting at word ``i`` (0 when none does)."""
        for phrase in phrases:
            n = len(phrase)
            if i + n <= len(ws) and all(ws[i + k].low == phrase[k] for k in range(n)):
                if all(not ws[i + k].after for k in range(n - 1)):
                    return n
        return 0


@cache
def lexicon() -> Lexicon:
    d = load("speech")
    s = frozenset
    return Lexicon(
        post_cues=s(d["post_cues"]), strong=s(d["verbs"]["strong"]), weak=s(d["verbs"]["weak"]),
        marked=s(d["verbs"]["marked"]),
        multiword=_phrases(d["multiword"]), passive=s(d["passive"]), according=s(d["according"]),
        source_cues=_phrases(d["source_cues"]), accompanying=s(d["accompanying"]), afterwords=s(d["afterwords"]), summaries=_phrases(d["summaries"]), negations=s(d["negations"]),
        pronouns=s(d["pronouns"]), determiners=s(d["determiners"]), quantifiers=_phrases(d["quantifiers"]),
        person_heads=_phrases(d["person_heads"]), official_heads=s(d["official_heads"]),
        office_titles=_phrases(d["office_titles"]), proxy_heads=s(d["proxy_heads"]), honorifics=s(d["honorifics"]),
        naming_words=s(d["naming_words"]), openers=_phrases(d["openers"]), adverbs=s(d["adverbs"]),
        clause_words=s(d["clause_words"]), clause_breaks=s(d["clause_breaks"]), np_stops=s(d["np_stops"]),
        connectors=s(d["connectors"]), clause_links=s(d["clause_links"]), not_verbs=s(d["not_verbs"]),
        addressee=_phrases(d["addressee"]), audiences=s(d["audiences"]),
    )
