"""The first-character guard: a guarded pattern finds exactly what the plain one finds, and the guard is
empty whenever the first characters are not known."""

import re

import pytest

from warta.components.regex_guard import first_char_guard
from warta.components.time_grammar import _compiled, _patterns, candidates


@pytest.mark.parametrize("pattern, text, expected", [
    # a month name, optionally after "bulan": the guard lists B, b and the months' capitals
    (r"(?:[Bb]ulan\s+)?(?:Januari|Maret)", "Pada bulan Maret lalu, dan Januari nanti", ["bulan Maret", "Januari"]),
    # an optional clock word before digits: both "pukul" and a digit can start it
    (r"(?:pukul\s*)?\d{1,2}\.\d\d", "dimulai pukul 10.30 dan selesai 12.00", ["pukul 10.30", "12.00"]),
    # a lookbehind is zero-width: the guard looks past it to the digits
    (r"(?<![\w.])(?:19|20)\d\d", "tahun 2024, bukan v1.2024", ["2024"]),
])
def test_guarded_pattern_finds_the_same(pattern, text, expected):
    guard = first_char_guard(pattern)
    assert guard.startswith("(?=[")
    assert [m.group() for m in re.finditer(guard + pattern, text)] == expected
    assert [m.group() for m in re.finditer(pattern, text)] == expected


@pytest.mark.parametrize("pattern", [
    r"(?:hari\s+)?",          # can match nothing: every position is a possible start
    r"(?i)senin",             # case-insensitive: "Senin" and "SENIN" would need both cases listed
    r"\w+an",                 # \w: too many characters to list
    r"[^\s]+",                # a negated class
])
def test_no_guard_when_the_first_characters_are_not_known(pattern):
    assert first_char_guard(pattern) == ""


def test_every_time_family_is_guarded():
    # the time grammar's speed depends on it: a family left unguarded is tried at every word start again
    assert all(first_char_guard(v) for v in _patterns().values())


@pytest.mark.parametrize("text", [
    "Jakarta, Senin (4/3/2025) - Banjir terjadi pukul 10.30 WIB, tiga hari lalu.",
    "Pada kuartal II 2024 ekspor naik; akhir pekan depan harga turun sejak 17 Agustus 1945.",
    "Rapat digelar Minggu malam, bukan tiga Minggu yang lalu, di Jalan 17 Agustus.",
])
def test_time_candidates_unchanged_by_the_guard(text):
    combined = _compiled()[0]
    plain = re.compile(re.sub(r"\(\?=\[[^\]]*\]\)", "", combined.pattern))
    assert plain.pattern != combined.pattern
    positions = lambda rx: [m.span() for m in rx.finditer(text)]  # noqa: E731
    assert positions(combined) == positions(plain)
    assert candidates(text)
