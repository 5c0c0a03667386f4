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
    n = len(text)
    longest: dict[int, int] = {}
    for a, b in _occurrences(text, forms) if len(forms) <= _FIND_FORMS else _automaton_occurrences(text, forms):
        if (a == 0 or not in_word(text[a - 1])) and (b == n or not in_word(text[b])) and longest.get(a, -1) < b:
            longest[a] = b
    out: list[tuple[int, int]] = []
    for a in sorted(longest):
        if not out or a >= out[-1][1]:
            out.append((a, longest[a]))
    return out


def _occurrences(text: str, forms: list[str]):
    """Every (start, end) of every form in ``text``, overlapping ones too."""
    for form in filter(None, forms):
        a = text.find(form)
        while a >= 0:
            yield a, a + len(form)
            a = text.find(form, a + 1)


def _automaton_occurrences(text: str, forms: list[str]):
    """What ``_occurrences`` gives, in one Aho-Corasick pass."""
    automaton = ahocorasick.Automaton()
    for form in filter(None, forms):
        automaton.add_word(form, len(form))
    automaton.make_automaton()
    for last, length in automaton.iter(text):
        yield last + 1 - length, last + 1
