"""Interviews set out as questions and answers ('Tanya: ... Jawab: ...'): each answer is a direct statement of the
one interviewed, named where the text introduces the interview ("Berikut petikan wawancara dengan Kepala BPBD
Kabupaten Bandung, Uka Suska."); the questions are the journalist's and are no statements.

The labels are data (lang/id/speech.yaml: question_labels, answer_labels, interview_words). A text holds an
interview only when a line opens with a question label: "Jawab:" alone is not looked for.
"""

from __future__ import annotations

import re
from functools import cache

from .quote_direct import Found, Span
from .quote_lexicon import END, LOW, START, Lexicon, words
from .quote_phrases import speaker_after


@cache
def _line_labels(labels: frozenset[str]) -> re.Pattern:
    alternatives = "|".join(sorted(map(re.escape, labels), key=len, reverse=True))
    return re.compile(rf"^(?:{alternatives})\s*:[ \t]*", re.IGNORECASE | re.MULTILINE)


@cache
def _line_openings(labels: frozenset[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """How a line opening with one of ``labels`` and a colon starts: as the first line, and as a later one."""
    forms = sorted({form for label in labels for form in (label, label.capitalize(), label.upper())})
    first = tuple(f"{form}:" for form in forms)
    return first, first + tuple(f"{form} :" for form in forms)


def _opens_a_line(text: str, labels: frozenset[str]) -> bool:
    """Whether a line may open with one of ``labels`` and a colon: str tests of each line's start, so a text
    without one is not read by re. Only the lines with a colon are tested, each from its colon (a text has few, and
    splitting it into lines cost more than the tests): a label's colon is the first of its line, and no other
    colon of the line can end a label the first one does not."""
    first, later = _line_openings(labels)
    colon = text.find(":")
    while colon >= 0:
        start = text.rfind("\n", 0, colon) + 1
        if text.startswith(later if start else first, start, colon + 1):
            return True
        colon = text.find(":", colon + 1)
    return False


def _interviewee(text: str, before: int, lex: Lexicon) -> Span | None:
    """The one named after "wawancara dengan/bersama" in the text before the first question."""
    ws = words(text, 0, before)
    for k in range(len(ws) - 2, -1, -1):
        if ws[k][LOW] in lex.interview_words and ws[k + 1][LOW] in ("dengan", "bersama"):
            end = speaker_after(ws, k + 2, lex)
            if end > k + 2:
                return ws[k + 2][START], ws[end - 1][END]
    return None


def interview_answers(text: str, lex: Lexicon, skip_until: int = 0) -> list[Found]:
    """The answers of a question-and-answer interview in ``text`` (after ``skip_until``), in text order."""
    if not _opens_a_line(text, lex.question_labels):
        return []
    questions = list(_line_labels(lex.question_labels).finditer(text, skip_until))
    if not questions:
        return []
    speaker = _interviewee(text, questions[0].start(), lex)
    found = []
    for m in _line_labels(lex.answer_labels).finditer(text, questions[0].end()):
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        content = text[m.end():end].rstrip()
        if len(content.split()) < 2:
            continue
        label = m.group().split(":")[0].rstrip()
        found.append(Found("direct", [(m.end(), m.end() + len(content))], cue=(m.start(), m.start() + len(label)),
                           speaker=speaker))
    return found


__all__ = ["interview_answers"]
