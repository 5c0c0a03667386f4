"""Cheap checks on the first characters, to put in front of an expensive regular expression.

Python's ``re`` tries every alternative of a pattern at every position it searches. An alternative that starts
with an optional group or a named group cannot be ruled out by its first character, so each one is entered and
left again at every word of an article. Both guards read a pattern's syntax tree and list how a match can start:
- ``first_char_guard``: a lookahead ``(?=[...])`` with the characters a match can start with; in front of the
  alternative it rejects most positions in one step (the time grammar's search runs about twice as fast);
- ``prefix_guard``: a lookahead with the strings of the first few characters a match can start with, as a prefix
  tree ("se(?:b|l|m)|..."); in front of a pattern of many alternatives it rejects, in one step, most words that
  start with a letter one of the alternatives can start with.
A guard lists a superset of the real starts, so a guarded pattern matches exactly what the unguarded one does.
A start is cut short where the tree holds anything this module does not understand (a negated class, ``\\w``,
a backreference); when a match can start with anything or with the empty string, the guard is "".
``search_word_start`` searches a pattern whose matches start a word at word starts only (times, quantities).
"""

from __future__ import annotations

import re
from re import _constants as _c
from re import _parser

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
    paths = _starts(pattern, depth)
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


def search_word_start(at_text_start: re.Pattern, after_non_word: re.Pattern, text: str, pos: int):
    """The first match at or after ``pos`` of a pattern whose matches start a word, and where it starts.
    ``after_non_word`` is the pattern behind ``\\W``: one that starts with a character class, which re skips to in
    one step, so only word starts are tried instead of every character; ``at_text_start`` is the pattern alone, for
    a match at the very start. The search begins one character back: the one before ``pos`` may precede a word."""
    if pos == 0 and (m := at_text_start.match(text)) is not None:
        return m, 0
    m = after_non_word.search(text, max(pos - 1, 0))
    return (m, m.start() + 1) if m is not None else None


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


def _starts(pattern: str, depth: int) -> set[_Path] | None:
    """The starts of every match of ``pattern``, ``depth`` characters long or shorter; None when a match can
    start with anything (or match nothing)."""
    tree = _parser.parse(pattern)
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
