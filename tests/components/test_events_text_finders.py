"""The shortcuts the event coder takes instead of running a pattern over every offset must find what the pattern
finds: a sentence searched only when its words hold a word a match opens with (Marks.may_match) or a short text
when it may hold a match (may_hold), the last word read backwards (last_word), and a sentence's clause words looked
up among the text's words written apart (Marks with lower_words), as are the words before a trigger
(words_before), after it (words_after) and in a span (words_in), and a span of linking words only (linking_only);
a sentence's punctuation marks found by one scan for any of them (punctuation_marks), and its clause ends between
two offsets (Marks.ends_between) those found one after the other (Marks.next_end); and the triggers located among
the words written apart (find_triggers) those found in the lower-case text."""

import random
import re

import pytest
from conftest import DEV_GOLD

from warta.components.events_text import (
    WORD,
    Marks,
    _after_last_break,
    _starts,
    context,
    find_triggers,
    last_word,
    linking_only,
    may_hold,
    punctuation_marks,
    words_after,
    words_before,
    words_in,
)
from warta.components.regex_guard import lower_words

_CHUNKS = ["menahan", "menahannya", "Menangkap", "ditangkap polisi", "bertemu", "kerja sama", "menahan_", "tetapi",
           "Lalu", "kemudian juga", "dan_", "menilai", "Menilai", "MENURUT", "menurut pengamat", "Menurut  dua pakar",
           "dinilai,", "laga", "Gol",
           "golongan", "pertahanan lawan", "final.", "dan", "Dan", "yang", "jika", "namun", "sedangkan", "karena",
           "bahwa", "serta", "kemudian", "Keesokan harinya", "esoknya", "melalui", "Lewat", "via", "mantan",
           "Mantan", "polisi", "menangkap", "akan", "mengajukan", "KPK", "2024", "İstanbul", "ıa", "ſkor", "Ébola",
           "dan_", "x", ",", ".", "?", "!", ":", "(", ")", '"', "\u201c", "\u201d", "-", "…"]
_SPACES = [" ", " ", " ", "  ", "\n", "\u00a0", ""]


def _random_text(rng: random.Random) -> str:
    return "".join(rng.choice(_CHUNKS) + rng.choice(_SPACES) for _ in range(rng.randint(1, 40)))


def _spans(text: str, rng: random.Random) -> list[tuple[int, int]]:
    """Random spans of a text, and the text cut at its sentence ends, as the coder reads it."""
    spans = [tuple(sorted((rng.randint(0, len(text)), rng.randint(0, len(text))))) for _ in range(5)]
    cuts = [0] + [m.end() for m in re.finditer(r"[.?!]\s+", text)] + [len(text)]
    return spans + [(a, b) for a, b in zip(cuts, cuts[1:])]


def _texts() -> list[str]:
    rng = random.Random(7)
    return [p.read_text(encoding="utf-8") for p in sorted(DEV_GOLD.glob("*.txt"))] + [
        _random_text(rng) for _ in range(1500)]


@pytest.mark.parametrize("name, firsts", [("opinion_re", "opinion_words"), ("play_re", "play_firsts")])
def test_a_sentence_whose_words_hold_no_first_word_holds_no_match(name, firsts):
    ctx, rng = context(), random.Random(1)
    found = read = 0
    for text in _texts():
        lowered = lower_words(text)
        for start, end in _spans(text, rng):
            marks = Marks(text, start, end, lowered)
            read += marks.words is not None
            if ctx[name].search(text, start, end):
                found += 1
                assert marks.may_match(ctx[firsts]), (text, start, end)
    assert found and read  # the texts hold matches, and sentences whose words are read: the check is not idle


@pytest.mark.parametrize("name, firsts", [("channel_re", "channel_firsts"), ("sequel_re", "sequel_firsts")])
def test_a_text_that_may_hold_no_match_holds_none(name, firsts):
    ctx, rng = context(), random.Random(2)
    found = 0
    for text in _texts():
        for start, end in _spans(text, rng):
            if ctx[name].search(text[start:end]):
                found += 1
                assert may_hold(text[start:end], ctx[firsts]), text[start:end]
    assert found


def test_the_last_word_read_backwards_is_the_last_word():
    rng = random.Random(3)
    for text in _texts():
        for start, end in _spans(text, rng):
            assert last_word(text[start:end]) == next(reversed(WORD.findall(text[start:end].lower())), None)


def test_clause_marks_found_among_the_words_written_apart_are_those_the_search_finds():
    rng = random.Random(4)
    for text in _texts():
        lowered = lower_words(text)
        for start, end in _spans(text, rng):
            assert Marks(text, start, end, lowered)._found == Marks(text, start, end)._found, (text, start, end)


def test_the_words_before_read_from_the_words_written_apart_are_those_found_in_the_text():
    rng = random.Random(5)
    for text in _texts():
        lowered = lower_words(text)
        for start in [rng.randint(0, len(text)) for _ in range(10)] + [m.start() for m in WORD.finditer(text)][:60]:
            assert words_before(text, start, 10, lowered) == words_before(text, start, 10), (text, start)


def test_the_words_before_start_after_the_last_break_the_greedy_pattern_finds():
    # the pattern words_before matched before: the greedy ".*" ends after the last break or sentence end
    last_break = re.compile(r".*(?:[,;:()\"\u201c\u201d]|[.?!](?=\s))", re.DOTALL)
    rng = random.Random(8)
    for text in _texts() + ["", "akhir.", "akhir. ", 'ujar "Kami', "5.000 orang", "tiba?\u201d Lalu", "a!\nb"]:
        for start in [rng.randint(0, len(text)) for _ in range(10)] + [len(text)]:
            window = text[max(0, start - 120):start]
            cut = last_break.match(window)
            assert _after_last_break(window) == (cut.end() if cut else 0), window


def test_the_punctuation_marks_are_those_the_pattern_of_both_kinds_finds():
    # the pattern as it was written before: breaks and brackets, or a sentence end before a space or the end
    both = re.compile(r"[,;:()\"\u201c\u201d]|[.?!](?=[\"\u201d\u2019)]*(?:\s|$))")
    rng = random.Random(6)
    for text in _texts() + ["5.000 orang.\n", 'Ia berkata: "Tidak!") ', "Rp. 5,5 juta?\u201d", "akhir.\u2019\n"]:
        for start, end in _spans(text, rng) + [(0, len(text))]:
            assert punctuation_marks(text, start, end) == [(m.start(), m.group()) for m in both.finditer(
                text, start, end)], (text, start, end)


def test_the_words_after_and_in_a_span_read_from_the_words_written_apart_are_those_found_in_the_text():
    rng = random.Random(9)
    for text in _texts():
        lowered = lower_words(text)
        for start, end in _spans(text, rng) + [(0, len(text)), (len(text), len(text) + 5)]:
            assert words_in(text, start, end, lowered) == WORD.findall(text[start:end].lower()), (text, start, end)
            for limit in (1, 3, 8):
                assert words_after(text, start, limit, lowered) == WORD.findall(
                    text[start:start + 12 * limit].lower())[:limit], (text, start, limit)


def test_a_span_of_linking_words_read_from_the_words_written_apart_is_one_the_pattern_matches():
    ctx, rng = context(), random.Random(10)
    found = 0
    for text in _texts():
        lowered = lower_words(text)
        spans = _spans(text, rng) + [(m.start(), m.end()) for m in re.finditer(r"[,;] \w+ \w+", text)]
        for start, end in spans:
            expected = ctx["linking_only_re"].fullmatch(text, start, end) is not None
            found += expected
            assert linking_only(text, start, end, lowered) == expected, (text, start, end)
    assert found


def test_the_clause_ends_between_two_offsets_are_those_found_one_after_the_other():
    rng = random.Random(11)
    for text in _texts():
        lowered = lower_words(text)
        for start, end in _spans(text, rng):
            marks = Marks(text, start, end, lowered)
            for lo, hi in [(start, end), tuple(sorted((rng.randint(start, end), rng.randint(start, end))))]:
                chained, at = [], marks.next_end(lo)
                while at is not None and at < hi:
                    chained.append(at)
                    at = marks.next_end(at + 1)
                assert marks.ends_between(lo, hi) == chained, (text, lo, hi)


def test_the_triggers_located_among_the_words_written_apart_are_those_found_in_the_lower_case_text():
    def located(text: str) -> list[tuple[int, int, str]]:
        # as written before: each word that starts a trigger found in the lower-case text, past longer words
        low, words, _ = lower_words(text)
        by_first, found, cursor, taken = _starts(), [], 0, 0
        for word in filter(by_first.__contains__, words):
            start, n = low.find(word, cursor), len(word)
            while start >= 0 and (start and (low[start - 1].isalnum() or low[start - 1] == "_") or low[
                    start + n:start + n + 1].isalnum() or low[start + n:start + n + 1] == "_"):
                start = low.find(word, start + 1)
            if start < 0:
                continue
            cursor = end = start + n
            if start < taken:
                continue
            for rest, entry in by_first[word]:
                tail = rest.match(low, end) if rest is not None else None
                if rest is None or tail:
                    taken = tail.end() if tail else end
                    found.append((start, taken, entry["type"]))
                    break
        return found

    count = 0
    for text in _texts():
        triggers = find_triggers(text, lower_words(text))
        count += len(triggers)
        assert [(t.start, t.end, t.entry["type"]) for t in triggers] == located(text), text
    assert count
