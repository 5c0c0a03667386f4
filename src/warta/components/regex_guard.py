"""A cheap first-character check to put in front of an expensive regular expression.

Python's ``re`` tries every alternative of a pattern at every position it searches. An alternative that starts
with an optional group or a named group cannot be ruled out by its first character, so each one is entered and
left again at every word of an article. ``first_char_guard`` reads a pattern's syntax tree and returns a lookahead
``(?=[...])`` listing the characters a match can start with; in front of the alternative it rejects most
positions in one step (the time grammar's search runs about twice as fast). The class is a superset of the real
first characters, so a guarded pattern matches exactly what the unguarded one does; when the tree holds anything
this module does not understand, or the pattern can match the empty string, the guard is "" (no check).
"""

from __future__ import annotations

import re
from re import _constants as _c
from re import _parser

_Chars = set[str] | None  # class items ("a", "A-Z", "\d"); None: unknown, anything may come first


def first_char_guard(pattern: str) -> str:
    """``(?=[...])`` with every character a match of ``pattern`` can start with, or "" when that is not known."""
    tree = _parser.parse(pattern)
    if tree.state.flags & (re.IGNORECASE | re.VERBOSE):
        return ""  # case-folded literals would need both cases; keep it simple and do not guard
    chars, nullable = _first(list(tree))
    if chars is None or nullable or not chars:
        return ""
    return "(?=[" + "".join(sorted(chars)) + "])"


def _first(items: list) -> tuple[_Chars, bool]:
    """First characters of a sequence, and whether all of it can match the empty string."""
    out: set[str] = set()
    for op, av in items:
        chars, nullable = _first_op(op, av)
        if chars is None:
            return None, False
        out |= chars
        if not nullable:
            return out, False
    return out, True


def _first_op(op, av) -> tuple[_Chars, bool]:
    if op is _c.LITERAL:
        return {re.escape(chr(av))}, False
    if op is _c.IN:
        chars = set()
        for kind, value in av:
            if kind is _c.LITERAL:
                chars.add(re.escape(chr(value)))
            elif kind is _c.RANGE:
                chars.add(f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}")
            elif kind is _c.CATEGORY and value is _c.CATEGORY_DIGIT:
                chars.add(r"\d")
            else:  # negated sets, \w, \s: give up rather than spell them out
                return None, False
        return chars, False
    if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):  # zero-width: look past them
        return set(), True
    if op is _c.SUBPATTERN:
        if av[1] or av[2]:  # inline flags on the group ("(?i:...)")
            return None, False
        return _first(list(av[3]))
    if op is _c.BRANCH:
        out, any_nullable = set(), False
        for alternative in av[1]:
            chars, nullable = _first(list(alternative))
            if chars is None:
                return None, False
            out |= chars
            any_nullable = any_nullable or nullable
        return out, any_nullable
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        chars, nullable = _first(list(av[2]))
        if chars is None:
            return None, False
        return chars, nullable or av[0] == 0
    return None, False  # backreferences, conditionals, anything else: unknown
