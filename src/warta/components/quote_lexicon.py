"""The speech lexicon (lang/id/speech.yaml) as sets of words, and the word splitter the quote modules share.

Quote attribution works on words with their glued punctuation ("Sri," "(BPS)" "S.H.,"), because commas and
colons carry much of the structure ('Budi mengatakan, ...', 'Juru bicara junta, Zaw Min Tun, membantah ...').
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, fields
from functools import cache, cached_property

from ..lang.id import load
from .regex_guard import Lowered, lower_words

# a whitespace-delimited chunk is punctuation glued before (opening marks), the word, and punctuation glued after
# (closing marks): the word runs up to its last character that is not closing punctuation. Chunks come from
# str.split, each found with str.find from the end of the one before, and are split with str.lstrip and str.rstrip:
# the same split as one regex with three groups; fewer steps than a \S+ match per chunk (-14% instructions).
_OPENING = "\"\u201c\u201d\u2018\u2019'(["
_CLOSING = "\"\u201c\u201d\u2018\u2019')],.:;!?\u2026"
# the whitespace after a line or a sentence ends a block of words: found with str.find, which skips to each in one
# step where a regex over the text costs a step per character (any whitespace would do: blocks only save work)
_BLOCK_ENDS = ("\n", ". ", "? ", "! ")
_PLAIN = re.compile(r"\w+")
_VERB_PREFIXES = ("me", "di", "ber", "ter")  # not per-: perebutan, perusahaan are nouns


# A word is a plain tuple (start, end, text, low, before, after), its fields read by these indices: a NamedTuple
# cost ~940 instructions to make (tuple.__new__ of a subclass, with a slower dealloc) and a type look-up per field
# read, and the quote stages make thousands of words per article and read their fields ~900 times per article.
START = 0  # offsets of the word without its glued punctuation
END = 1
TEXT = 2
LOW = 3  # the text in lower case
BEFORE = 4  # punctuation glued before the word: ( " “
AFTER = 5  # punctuation glued after it: , . : ) ”
Word = tuple  # (start, end, text, low, before, after)


def capitalised(w: Word) -> bool:
    """Whether the word starts with a capital letter or a digit."""
    text: str = w[TEXT]
    # a word has a character (a chunk of glued punctuation alone is none), tested as a C character when compiled
    # (str.isupper and str.isdigit of one character are these tests)
    first = text[0]
    return first.isupper() or first.isdigit()


class _Index:
    """The words of one text, split a block (a line or a sentence) at a time when first asked for: the quote stages
    read only the sentences with speech words, the attributions around quotation marks and the subjects before a
    back-reference, and splitting every word of the text was a third of the stage. Blocks end at a whitespace
    character, which no word spans, so a block's words are those the whole text would give there."""

    def __init__(self, text: str) -> None:
        self.text = text
        ends = [0]
        for mark in _BLOCK_ENDS:
            at = text.find(mark)
            while at >= 0:
                ends.append(at + len(mark))
                at = text.find(mark, at + len(mark))
        self.block_starts = sorted(set(ends))
        self.blocks: dict[int, tuple[list[Word], list[int], list[int]]] = {}
        self._spaced: str | None = None

    def spaced(self) -> str:
        """The text in lower case with a space for every character but a letter, digit or "_", between two spaces
        (``regex_guard.lower_words``, made once per text unless ``share_lowered`` gave it)."""
        if self._spaced is None:
            self._spaced = lower_words(self.text).spaced
        return self._spaced

    def block(self, n: int) -> tuple[list[Word], list[int], list[int]]:
        """The words of block ``n`` with their starts and ends."""
        found = self.blocks.get(n)
        if found is None:
            text, starts = self.text, self.block_starts
            pos = starts[n]
            end = starts[n + 1] - 1 if n + 1 < len(starts) else len(text)
            piece: str = text[pos:end]
            chunks = piece.split()
            # the block lowered at once, one call instead of one per word: when no character lowers to two (the
            # length is kept) the lower-cased chunks are the chunks of the lower-cased block, rank for rank
            lowered: str = piece.lower()
            lows = lowered.split() if len(lowered) == len(piece) else [chunk.lower() for chunk in chunks]
            # one whitespace character between chunks and none around them (the usual block): each chunk starts one
            # after the end of the one before, without a str.find per chunk
            spaced = " ".join(chunks) == piece
            ws, word_starts, word_ends = found = self.blocks[n] = ([], [], [])
            chunk: str
            low: str
            for chunk, low in zip(chunks, lows):
                if not spaced:
                    pos = text.find(chunk, pos)
                size = len(chunk)
                # most words have no punctuation glued to them: nothing to strip (two character tests, not a call;
                # _OPENING and _CLOSING written out, which Cython compiles to a switch over the character in C)
                if (chunk[0] not in "\"\u201c\u201d\u2018\u2019'(["
                        and chunk[-1] not in "\"\u201c\u201d\u2018\u2019')],.:;!?\u2026"):
                    stop = pos + size
                    ws.append((pos, stop, chunk, low, "", ""))
                    word_starts.append(pos)
                    word_ends.append(stop)
                    pos = stop + 1  # the next chunk starts after at least one whitespace character
                    continue
                rest = chunk.lstrip(_OPENING)
                core = rest.rstrip(_CLOSING)
                if core:
                    skip = size - len(rest)
                    start = pos + skip
                    stop = start + len(core)
                    ws.append((start, stop, core, core.lower(), chunk[:skip], rest[len(core):]))
                    word_starts.append(start)
                    word_ends.append(stop)
                pos += size + 1
        return found


_last = [_Index("")]  # the index of the text read last


def _index(text: str) -> _Index:
    """The index of ``text``, kept for the text read last: the quote stages read one article at a time, and ask
    for its index thousands of times. Found by identity, which costs less than hashing the text once and looking
    it up in a cache for every call; an equal text in another string is just indexed again."""
    index = _last[0]  # read once: another thread may replace it
    if index.text is not text:
        index = _last[0] = _Index(text)
    return index


def share_lowered(text: str, lowered: Lowered) -> None:
    """Let ``plain_words`` read ``lowered`` (``regex_guard.lower_words(text)``, which the pipeline's earlier stages
    already made for the article) instead of lowering ``text`` once more: that was 5% of the quotes stage."""
    index = _index(text)
    if index._spaced is None:
        index._spaced = lowered.spaced


def words(text: str, start: int, end: int) -> list[Word]:
    """The words of ``text`` that lie within ``[start, end)``, with the punctuation glued to each (each block split
    once and cached, because the quote stages look at the same sentences many times)."""
    index = _index(text)
    block_starts = index.block_starts
    n = bisect_right(block_starts, start) - 1
    if n + 1 == len(block_starts) or end <= block_starts[n + 1]:  # within one block: most ranges are a sentence
        ws, starts, ends = index.block(max(0, n))
        if ws and start <= starts[0] and ends[-1] <= end:
            return ws[:]  # the whole block (most ranges are its sentence): no bisection
        i = bisect_left(starts, start)
        return ws[i:bisect_right(ends, end, i)]
    found: list[Word] = []
    for k in range(max(n, 0), bisect_right(block_starts, end - 1)):  # a block starting at ``end`` holds none
        ws, starts, ends = index.block(k)
        i = bisect_left(starts, start)
        found += ws[i:bisect_right(ends, end, i)]
    return found


def plain_words(text: str, start: int, end: int) -> list[str]:
    """The lower-cased runs of letters and digits in ``text[start:end]``: a cheap test, before a sentence is split
    into words, of whether it holds a word of a list (a word of the split that is one such run is one here too)."""
    return _index(text).spaced()[start + 1:end + 1].split()  # a split in C of the text blanked once


def closing_end(w: Word) -> int:
    """End of ``w`` with the closing brackets or quotation marks glued after it, but not its final punctuation."""
    tail = w[AFTER]
    keep = len(tail) - len(tail.lstrip(")]\"\u201d\u2019'"))
    return w[END] + keep


Phrases = dict[str, tuple[tuple[str, ...], ...]]


def phrases(items) -> Phrases:
    """Entries of one or more words, indexed by their first word, longest first so that matching prefers them."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for words_ in {tuple(i.split()) for i in items}:
        index.setdefault(words_[0], []).append(words_)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in index.items()}


@dataclass(frozen=True)
class Lexicon:
    post_cues: frozenset[str]
    strong: frozenset[str]
    weak: frozenset[str]
    marked: frozenset[str]
    multiword: Phrases
    passive: frozenset[str]
    according: frozenset[str]
    source_cues: Phrases
    accompanying: frozenset[str]
    continuing: frozenset[str]
    afterwords: frozenset[str]
    as_words: frozenset[str]
    summaries: Phrases
    negations: frozenset[str]
    pronouns: frozenset[str]
    determiners: frozenset[str]
    time_words: frozenset[str]
    quantifiers: Phrases
    person_heads: Phrases
    outlet_heads: Phrases
    official_heads: frozenset[str]
    group_heads: frozenset[str]
    office_titles: Phrases
    proxy_heads: frozenset[str]
    honorifics: frozenset[str]
    not_sources: Phrases
    prospective: frozenset[str]
    institutions: dict[str, frozenset[str]]
    naming_words: frozenset[str]
    weekdays: frozenset[str]  # calendar.yaml's: a day alone between commas is an aside ("..., Senin, mengklaim")
    membership: Phrases
    openers: Phrases
    sentence_links: Phrases
    adverbs: frozenset[str]
    clause_words: frozenset[str]
    predicates: frozenset[str]
    clause_breaks: frozenset[str]
    request_verbs: frozenset[str]
    request_marks: frozenset[str]
    infinitive_marks: frozenset[str]
    np_stops: frozenset[str]
    connectors: frozenset[str]
    clause_links: frozenset[str]
    not_verbs: frozenset[str]
    addressee: Phrases
    audiences: Phrases
    platforms: frozenset[str]
    channels: Phrases
    question_labels: frozenset[str]
    answer_labels: frozenset[str]
    interview_words: frozenset[str]

    # -- word classes -------------------------------------------------------------------------------------------
    @cached_property
    def verb_kinds(self) -> dict[str, str]:
        """Each one-word speech verb and its strength (the strongest when listed twice)."""
        return {w: kind for kind in ("marked", "weak", "strong") for w in getattr(self, kind)}

    @cached_property
    def verb_words(self) -> frozenset[str]:
        """Every word a speech verb starts with: ``verb_cue`` finds none at any other word."""
        return frozenset({*self.multiword, *self.verb_kinds})

    @cached_property
    def cue_words(self) -> frozenset[str]:
        """Every word a speech cue can start with: a sentence without any holds no statement of its own."""
        clitics = {w + "nya" for w in self.post_cues | self.according}
        return frozenset({*self.source_cues, *self.post_cues, *clitics, *self.according, *self.multiword,
                          *self.verb_kinds, *self.passive})

    @cached_property
    def head_words(self) -> frozenset[str]:
        """The first run of letters of every description head ("laki" of "laki-laki"): a sentence without any
        holds no description of people."""
        return frozenset(_PLAIN.match(w).group() for w in self.person_heads)

    @cached_property
    def according_forms(self) -> frozenset[str]:
        """ "menurut" and the like, also with the clitic: "menurutnya"."""
        return self.according | {w + "nya" for w in self.according}

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
        low = ws[i][LOW]
        if low in self.multiword:
            n = self.match(ws, i, self.multiword)
            if n:
                return n, "strong"
        kind = self.verb_kinds.get(low)
        return (1, kind) if kind is not None else None

    def is_verb(self, word: Word) -> bool:
        """A lower-case word shaped like an affixed verb (meN-, di-, ber-, ter-), or a speech verb."""
        low = word[LOW]
        if not word[TEXT][:1].islower() or low in self.not_verbs:
            return False
        if low in self.verb_kinds:
            return True
        # meN- keeps a root's l, r, w or y before a vowel ("merusak"): "merkuri", "merdeka", "merpati" are no verbs
        return (len(low) > 5 and low.startswith(_VERB_PREFIXES) and "-" not in low[:4]
                and not (low[2] in "lrwy" and low[0] == "m" and low[3] not in "aiueo"))

    @staticmethod
    def match(ws: list[Word], i: int, phrases: Phrases) -> int:
        """Length of the longest phrase starting at word ``i`` (0 when none does)."""
        if i >= len(ws):
            return 0
        for phrase in phrases.get(ws[i][LOW], ()):
            n = len(phrase)
            if i + n > len(ws):
                continue
            # its first word is ws[i]'s (it was found by it); each next word matches, and no punctuation comes
            # between two (a loop: two generators per phrase tried cost more than the test)
            k = 1
            while k < n and ws[i + k][LOW] == phrase[k] and not ws[i + k - 1][AFTER]:
                k += 1
            if k == n:
                return n
        return 0


@cache
def lexicon() -> Lexicon:
    """speech.yaml as a Lexicon: each field is the YAML key of the same name (the verbs by strength), and
    calendar.yaml's weekdays."""
    data = load("speech")
    data = {**data, **data["verbs"], "weekdays": list(load("calendar")["weekdays"])}
    def convert(f):
        value = data[f.name]
        if isinstance(value, dict):
            return {k: frozenset(v) for k, v in value.items()}
        return phrases(value) if f.type == "Phrases" else frozenset(value)

    return Lexicon(**{f.name: convert(f) for f in fields(Lexicon)})
