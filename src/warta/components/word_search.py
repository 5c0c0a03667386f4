# cython: annotation_typing=False
# (its .pxd gives the compiled functions their C types; the annotations stay as written, for Python)
"""Whole-word search in an article's text: whether a word is written alone anywhere, and where any of a list of
forms occurs as a whole word. A word is a run of letters, digits, "_" and "-" (the regex class ``[\\w-]``).
"""

from __future__ import annotations

import ahocorasick


def in_word(ch: str) -> bool:
    """A letter, digit, underscore or hyphen: a character that continues a word (the regex class ``[\\w-]``)."""
    return ch.isalnum() or ch in "_-"


def written_alone(text: str, word: str) -> bool:
    """``word`` occurs in ``text`` as a whole word: no letter, digit, "_" or "-" right before or after it. (A look at
    each occurrence: cheaper than splitting the whole text into words for the few words asked about.)"""
    at, n = text.find(word), len(text)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or not in_word(text[at - 1])) and (end == n or not in_word(text[end])):
            return True
        at = text.find(word, at + 1)
    return False


_FIND_FORMS = 64  # up to this many forms, each is looked for with str.find; more, with one automaton pass


def whole_words(text: str, forms: list[str]) -> list[tuple[int, int]]:
    """Where ``forms`` occur in ``text`` as whole words, scanning left to right: the longest form at each start,
    no two overlapping. An article has a few dozen forms: a ``str.find`` scan per form, in C, costs less than
    building an automaton and walking its Python iterator. A long text with many forms gets the automaton, one
    pass whatever their number, so that time stays in proportion to the text."""
    longest = _longest(text, forms) if len(forms) <= _FIND_FORMS else _automaton_longest(text, forms)
    out: list[tuple[int, int]] = []
    for a in sorted(longest):
        if not out or a >= out[-1][1]:
            out.append((a, longest[a]))
    return out


def _alone(text: str, a: int, b: int) -> bool:
    """text[a:b] is a whole word: no letter, digit, "_" or "-" right before or after it (``in_word``, written out:
    compiled, ``word_search.pxd`` makes the two characters C characters, tested without a call). Most words are
    bounded by a space: a comparison first."""
    if a > 0:
        before = text[a - 1]
        if before != " " and (before.isalnum() or before in "_-"):
            return False
    if b < len(text):
        after = text[b]
        if after != " " and (after.isalnum() or after in "_-"):
            return False
    return True


def _longest(text: str, forms: list[str]) -> dict[int, int]:
    """The end of the longest form written as a whole word at each start, a ``str.find`` scan per form (a loop
    here, not a generator's tuple per occurrence)."""
    longest: dict[int, int] = {}
    for form in forms:
        if not form:
            continue
        a = text.find(form)
        while a >= 0:
            b = a + len(form)
            if _alone(text, a, b) and longest.get(a, -1) < b:
                longest[a] = b
            a = text.find(form, a + 1)
    return longest


def _automaton_longest(text: str, forms: list[str]) -> dict[int, int]:
    """What ``_longest`` gives, in one Aho-Corasick pass."""
    automaton = ahocorasick.Automaton()
    for form in filter(None, forms):
        automaton.add_word(form, len(form))
    automaton.make_automaton()
    longest: dict[int, int] = {}
    for last, length in automaton.iter(text):
        a, b = last + 1 - length, last + 1
        if _alone(text, a, b) and longest.get(a, -1) < b:
            longest[a] = b
    return longest
