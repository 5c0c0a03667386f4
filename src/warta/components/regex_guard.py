"""Cheap checks on the first characters, to put in front of an expensive regular expression.

Python's ``re`` tries every alternative of a pattern at every position it searches. An alternative that starts
with an optional group or a named group cannot be ruled out by its first character, so each one is entered and
left again at every word of an article. Both guards read a pattern's syntax tree and list how a match can start:
- ``first_char_guard``: a lookahead ``(?=[...])`` with the characters a match can start with; in front of the
  alternative it rejects most positions in one step;
- ``prefix_guard``: a lookahead with the strings of the first few characters a match can start with, as a prefix
  tree ("se(?:b|l|m)|..."); in front of a pattern of many alternatives it rejects, in one step, most words that
  start with a letter one of the alternatives can start with.
A guard lists a superset of the real starts, so a guarded pattern matches exactly what the unguarded one does.
A start is cut short where the tree holds anything this module does not understand (a negated class, ``\\w``,
a backreference); when a match can start with anything or with the empty string, the guard is "".
``WordStarts`` finds where patterns whose matches start a word can match, among the words of a text
(``lower_words``, computed once for the stages that read them), without searching the text (times, quantities).
"""

from __future__ import annotations

import re
from functools import lru_cache
from re import _constants as _c
from re import _parser
from typing import NamedTuple

#: a character class as the set of its items ("a", "A-Z", "\d"); a literal is a class of one item
_Atom = frozenset[str]
#: a way a match can start: its first characters (one class each), and whether more may follow (False when the
#: pattern ends there, or a part this module does not understand follows)
_Path = tuple[tuple[_Atom, ...], bool]

_MAX_PATHS = 20_000  # beyond this many starts the guard would cost more than it saves


class _TooMany(Exception):
    pass


def first_char_guard(pattern: str) -> str:
    """``(?=[...])`` with every character a match of ``pattern`` can start with, or "" when that is not known."""
    paths = _starts(pattern, 1)
    if paths is None:
        return ""
    return "(?=[" + "".join(sorted(set().union(*(p[0] for p, _ in paths)))) + "])"


def prefix_guard(pattern: str, depth: int) -> str:
    """A lookahead with the first ``depth`` characters a match of ``pattern`` can start with, written as a prefix
    tree, or "" when that is not known."""
    return _tree_guard(_starts(pattern, depth))


def _tree_guard(paths: set[_Path] | None) -> str:
    if paths is None:
        return ""
    trie: dict = {}
    for atoms, _ in sorted(paths, key=lambda p: len(p[0])):  # shorter first: a shorter start covers longer ones
        node = trie
        for atom in atoms:
            if "" in node:
                break
            node = node.setdefault(atom, {})
        else:
            node.clear()
            node[""] = {}
    return f"(?={_emit(trie)})"


# bytes.translate table that blanks every ASCII character but the word characters ("\\w": letters, digits, "_")
# and keeps the bytes (128-255) of the other characters in UTF-8
_BLANK_ASCII = bytes(c if chr(c).isalnum() or c == 95 else 32 for c in range(128)) + bytes(range(128, 256))
_WIDE_NON_WORD = re.compile(r"[^\x00-\x7f\w]")  # a character beyond ASCII that is not a word character
_MAX_WORDS = 200_000  # word forms (or strings) a WordStarts remembers before it forgets them all


class Lowered(NamedTuple):
    """A text in lower case, offset for offset; its words (runs of letters, digits and "_") in order; and the
    lower-case text with a space for every other character, between two spaces: " word " at a word's offset."""
    low: str
    words: list[str]
    spaced: str


def lower_words(text: str) -> Lowered:
    """The text in lower case and its words (see ``Lowered``)."""
    low = text.lower()
    if len(low) != len(text):  # a character whose lower case is longer: keep the offsets of the original
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    # the words split apart in C once the other characters are blanked (a third of what a findall costs): the few
    # beyond ASCII first, then the others in UTF-8 by a byte table. str.translate looks each character up in a
    # dict, and a regex replacing each of them costs five times as much again
    wide = low if low.isascii() else _WIDE_NON_WORD.sub(" ", low)
    blank = wide.encode().translate(_BLANK_ASCII).decode()
    return Lowered(low, blank.split(), f" {blank} ")


def shared_lower_words(doc) -> Lowered:
    """``lower_words`` of the article's text, computed once for the stages that read it (times, quantities,
    events) and kept in the doc's scratch."""
    text = doc.article.text
    kept = doc.scratch.get("lower_words")
    if kept is None or kept[0] is not text:
        kept = doc.scratch["lower_words"] = (text, lower_words(text))
    return kept[1]


class WordStarts:
    """Where matches of some patterns can start among the words of a text, and which of the patterns can start
    there, for patterns whose matches (in the texts they are used on) start a word: at a letter or digit after a
    character that is none, or at the text's start. The patterns come in groups (the patterns of one stage each),
    found in one pass over the words for all of them.

    A match can start at a word only when the word's first characters are a start of one of the patterns
    (``prefix_guard``; a word shorter than the guard's depth needs only as many characters of it). Each word form
    is tested once, case-blind, and remembered; only the words of a text that can start a match are then found in
    the text, instead of a regex search that tries a guard at every word start. With ``reach``, the first
    ``reach`` characters where one is found (past the word's end too) tell which of the patterns can start there,
    each string of them tested once (without, all of them may); a word at least ``reach`` long holds all of them,
    so when it can start none of the patterns it is not looked for at all."""

    def __init__(self, groups: list[list[str]], depth: int = 4, reach: int | None = None) -> None:
        patterns = [p for group in groups for p in group]
        # by_length[k]: the starts of any of the patterns cut to k characters, for a word of k (k = 0 unused)
        self._by_length = [re.compile(_tree_guard(_union_starts(patterns, k)), re.IGNORECASE)
                           for k in range(depth + 1)]
        self._guards = [[re.compile(prefix_guard(p, reach), re.IGNORECASE) for p in group] for group in groups]
        self._depth, self._reach = depth, reach
        self._all = tuple(tuple(range(len(group))) for group in groups)
        # each word form seen: None if it cannot start a match, else " word " and which patterns may start there
        # when the word alone tells (None when the characters after it do)
        self._needles: dict[str, tuple[str, tuple | None] | None] = {}
        self._at: dict[str, tuple[tuple[int, ...], ...]] = {}  # which patterns may start with these characters

    def find(self, lowered: Lowered) -> list[list[tuple[int, tuple[int, ...]]]]:
        """For each group, each word start of a text (``lower_words``) where a match of one of its patterns may
        start, in text order, with the indices (in the group) of the patterns that may start there."""
        reach = self._reach
        at: dict = self._at  # typed, like the strings: one direct look-up of the characters at a word
        low: str = lowered.low  # typed: its find and slices are direct calls in the compiled build
        spaced: str = lowered.spaced
        found = [[] for _ in self._all]
        cursor = 0
        # " word " found in ``spaced`` is the whole word; a word form in between is one that cannot start a match
        for needle, which in self._needles_of(lowered.words):
            start = spaced.find(needle, cursor)
            cursor = start + len(needle) - 1
            if which is None:
                chars = low[start:start + reach]
                which = at.get(chars)
                if which is None:
                    which = self._which(chars)
            for group, patterns in enumerate(which):
                if patterns:
                    found[group].append((start, patterns))
        return found

    def _needles_of(self, words: list[str]) -> list[tuple[str, tuple | None]]:
        """The needle (see ``_needles``) of each of the words that may start a match, in order: one look-up a word
        (most words cannot start one, and are remembered so), and a word form tested when first seen."""
        needles: dict = self._needles  # typed: its look-ups are direct calls in the compiled build
        out = []
        for word in words:
            needle = needles.get(word, False)
            if needle is False:
                if len(needles) > _MAX_WORDS:
                    needles.clear()
                needle = self._needle(word)
            if needle is not None:
                out.append(needle)
        return out

    def _needle(self, word: str) -> tuple[str, tuple | None] | None:
        """The needle of a word form if it may start a match, else None (remembered in ``_needles``). A word at
        least ``reach`` long holds all the characters that tell which patterns may start there."""
        which = None if self._reach else self._all
        needle = None
        if self._by_length[min(len(word), self._depth)].match(word):
            if self._reach and len(word) >= self._reach:
                which = self._which(word[:self._reach])
            if which is None or any(which):
                needle = (f" {word} ", which)
        self._needles[word] = needle
        return needle

    def _which(self, chars: str) -> tuple[tuple[int, ...], ...]:
        """Which patterns of each group may start with ``chars`` (``reach`` characters), tested once."""
        if len(self._at) > _MAX_WORDS:
            self._at.clear()
        which = self._at[chars] = tuple(tuple(i for i, guard in enumerate(group) if guard.match(chars))
                                         for group in self._guards)
        return which


def group_names(pattern: re.Pattern) -> tuple[str, ...]:
    """The names of ``pattern``'s groups in order, for a pattern whose groups are all named: zipped with
    ``m.groups()`` they give ``m.groupdict()``'s items. groupdict makes a dict of every group, each name looked up
    in the pattern's index again; zipped, only the groups that matched need be kept (most of a time family's do
    not)."""
    names = sorted(pattern.groupindex, key=pattern.groupindex.__getitem__)
    if len(names) != pattern.groups:
        raise ValueError(f"a group of {pattern.pattern[:60]!r}... has no name")
    return tuple(names)


def _emit(node: dict) -> str:
    if "" in node:
        return ""
    kids = [_atom_regex(atom) + _emit(sub) for atom, sub in sorted(node.items(), key=lambda kv: sorted(kv[0]))]
    return kids[0] if len(kids) == 1 else "(?:" + "|".join(kids) + ")"


def _atom_regex(atom: _Atom) -> str:
    item = next(iter(atom))
    if len(atom) == 1 and (len(item) == 1 or (len(item) == 2 and item[0] == "\\" and not item[1].isalnum())):
        return item  # one character, escaped where it needs to be
    return "[" + "".join(sorted(atom)) + "]"


def _union_starts(patterns: list[str], depth: int) -> set[_Path] | None:
    """The starts of every match of any of the patterns (see ``_starts``)."""
    starts = [_starts(p, depth) for p in patterns]
    return None if None in starts else set().union(*starts)


@lru_cache(maxsize=256)
def _parsed(pattern: str):
    """The pattern's syntax tree, parsed once: a WordStarts reads each of its patterns at several depths, and
    parsing the time and quantity grammars again for each was most of a cold start's time (only read, never
    changed)."""
    return _parser.parse(pattern)


def _starts(pattern: str, depth: int) -> set[_Path] | None:
    """The starts of every match of ``pattern``, ``depth`` characters long or shorter; None when a match can
    start with anything (or match nothing)."""
    tree = _parsed(pattern)
    if tree.state.flags & (re.IGNORECASE | re.VERBOSE):
        return None  # case-folded literals would need both cases; keep it simple and do not guard
    try:
        paths = _seq(list(tree), depth)
    except _TooMany:
        return None
    if not paths or any(not atoms for atoms, _ in paths):
        return None
    return paths


def _seq(items: list, depth: int) -> set[_Path]:
    """Starts of a sequence of items: each item's starts appended to the open starts of the items before it."""
    paths: set[_Path] = {((), True)}
    for op, av in items:
        grown: set[_Path] = set()
        for atoms, more in paths:
            if not more or len(atoms) >= depth:
                grown.add((atoms, False))
                continue
            for tail, tail_more in _op(op, av, depth - len(atoms)):
                grown.add((atoms + tail, tail_more and len(atoms) + len(tail) < depth))
        paths = grown
        if len(paths) > _MAX_PATHS:
            raise _TooMany
    return paths


def _op(op, av, depth: int) -> set[_Path]:
    unknown = {((), False)}
    if op is _c.LITERAL:
        return {((frozenset({re.escape(chr(av))}),), True)}
    if op is _c.IN:
        items = set()
        for kind, value in av:
            if kind is _c.LITERAL:
                items.add(re.escape(chr(value)))
            elif kind is _c.RANGE:
                items.add(f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}")
            elif kind is _c.CATEGORY and value is _c.CATEGORY_DIGIT:
                items.add(r"\d")
            elif kind is _c.CATEGORY and value is _c.CATEGORY_SPACE:
                items.add(r"\s")
            else:  # negated sets, \w: too many characters to spell out
                return unknown
        return {((frozenset(items),), True)}
    if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):  # zero-width: look past them
        return {((), True)}
    if op is _c.SUBPATTERN:
        if av[1] or av[2]:  # inline flags on the group ("(?i:...)")
            return unknown
        return _seq(list(av[3]), depth)
    if op is _c.BRANCH:
        return set().union(*(_seq(list(alternative), depth) for alternative in av[1]))
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        low, high, item = av
        out: set[_Path] = set()
        for times in range(low, min(high, depth) + 1):  # more repeats than characters cannot start differently
            paths = _seq(list(item) * times, depth)
            if times < high and times == depth:
                paths = {(atoms, False) for atoms, _ in paths}
            out |= paths
        return out
    return unknown  # backreferences, conditionals, any character, anything else
