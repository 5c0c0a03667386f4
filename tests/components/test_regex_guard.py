"""The first-character and prefix guards: a guarded pattern finds exactly what the plain one finds, and the
guard is empty whenever the first characters are not known."""

import random
import re

import pytest
from conftest import DEV_GOLD

from warta.components.quantities import _shared_word_starts
from warta.components.quantities import _word_starts as quantity_starts
from warta.components.regex_guard import WordStarts, first_char_guard, group_names, lower_words, prefix_guard
from warta.components.time_grammar import _compiled, _patterns, _starts, candidates
from warta.components.time_grammar import _word_starts as time_starts


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


PREFIXED = [
    # a clock word or digits with minutes: "puku" or two digits then the minutes' dot, never "pukat" or "2,5"
    (r"(?:pukul\s*)?\d{1,2}\.\d\d", "dimulai pukul 10.30, bukan pukat 2,5 atau 9.15", ["pukul 10.30", "9.15"]),
    # alternatives sharing their start: one branch of the prefix tree ("Se" then "n" or "l")
    (r"\b(?:Senin|Selasa|Sabtu)\b", "Senin dan Selasa, tidak Sebelum Sabtu", ["Senin", "Selasa", "Sabtu"]),
    # a start shorter than the depth (one letter then the pattern may end) guards only that letter
    (r"[QH][1-4]?", "Q1 dan H serta R2", ["Q1", "H"]),
]


@pytest.mark.parametrize("pattern, text, expected", PREFIXED)
@pytest.mark.parametrize("depth", [1, 2, 4])
def test_prefix_guarded_pattern_finds_the_same(pattern, text, expected, depth):
    guard = prefix_guard(pattern, depth)
    assert guard.startswith("(?=")
    assert [m.group() for m in re.finditer(guard + pattern, text)] == expected
    assert [m.group() for m in re.finditer(pattern, text)] == expected


@pytest.mark.parametrize("pattern, word, starts", [
    (r"(?:pukul\s*)?\d{1,2}\.\d\d", "pukat", False),
    (r"(?:pukul\s*)?\d{1,2}\.\d\d", "2,5", False),
    (r"\b(?:Senin|Selasa|Sabtu)\b", "Sebelum", False),
    (r"\b(?:Senin|Selasa|Sabtu)\b", "Selasa", True),
])
def test_prefix_guard_rules_out_words_the_first_character_does_not(pattern, word, starts):
    assert re.match(first_char_guard(pattern), word)  # the first character alone lets it through
    assert bool(re.match(prefix_guard(pattern, 4), word)) == starts


@pytest.mark.parametrize("pattern", [r"(?:hari\s+)?", r"(?i)senin", r"\w+an", r"[^\s]+"])
def test_no_prefix_guard_when_the_first_characters_are_not_known(pattern):
    assert prefix_guard(pattern, 3) == ""


TIME_TEXTS = [
    "Jakarta, Senin (4/3/2025) - Banjir terjadi pukul 10.30 WIB, tiga hari lalu.",
    "Pada kuartal II 2024 ekspor naik; akhir pekan depan harga turun sejak 17 Agustus 1945.",
    "Rapat digelar Minggu malam, bukan tiga Minggu yang lalu, di Jalan 17 Agustus.",
    "Sepekan kemudian, setiap Jumat pagi, selama dua bulan: Q3 2022 dan (8/5) malam.",
    "2024 dimulai; rapat(8/5) dan x(8/5/2024) lalu -(9/5), berbulan-bulan (Senin) pukul 10.00 WIB.",
    "SELASA (8/6) PAGI, HARI INI; Tahun Depan, Semester II 2023, JAM 9 MALAM WITA dan Tahun 2020-an.",
]


@pytest.mark.parametrize("text", TIME_TEXTS)
def test_time_starts_hold_every_place_a_family_matches(text):
    # candidates tries a family only where _starts lists it: wherever a family matches (alone, unguarded, at a
    # word start or, for "paren", anywhere), _starts lists the place with that family
    starts = dict(_starts(text, lower_words(text)))
    for priority, (kind, pattern) in enumerate(_patterns().items()):
        plain = re.compile(pattern if kind == "paren" else rf"\b(?:{pattern})")
        for pos in range(len(text)):
            if (m := plain.match(text, pos)) and m.end() > pos:
                assert priority in starts.get(pos, ()), (kind, text[pos:])
    assert candidates(text)


@pytest.mark.parametrize("text", [
    "Rapat Senin, 12 Mei; selasa depan (lalu) dan SABTU_ini. Senin-Selasa, x_Senin 5Mei",
    "naïve café: Senin\u00a0pagi, \u201cSelasa\u201d dan İstanbul Sabtu\u2014Minggu 7 mei",
])
@pytest.mark.parametrize("patterns", [
    [r"(?:Senin|Selasa|Sabtu)\b"],
    [r"(?:Senin|Selasa)(?:\s+(?:pagi|depan))?", r"\d{1,2}\s+(?:Mei|mei)", r"Sabtu|SABTU_ini"],
])
def test_word_starts_hold_every_word_start_a_pattern_matches_at(text, patterns):
    # a pattern matching at a word start (a word character after none) is listed there, whatever its case
    found = dict(WordStarts([patterns], reach=6).find(lower_words(text))[0])
    word_starts = [m.start() for m in re.finditer(r"\b\w", text)]
    for pos in word_starts:
        which = {i for i, p in enumerate(patterns) if re.match(p, text[pos:])}
        assert which <= set(found.get(pos, ())), text[pos:]
    assert set(found) <= set(word_starts)


@pytest.mark.parametrize("text", [
    "Polisi menahan 2 orang, kata Budi (42).",
    "naïve café_bar: İstanbul\u00a0\u201cdi\u201d ſtraße 10.000—Ǆemal",
    "",
])
def test_lower_words_are_the_word_runs_of_the_lower_case_text(text):
    lowered = lower_words(text)
    assert len(lowered.low) == len(text) and lowered.words == re.findall(r"\w+", lowered.low)
    for m in re.finditer(r"\w+", lowered.low):  # each word between spaces at its offset in ``spaced``
        assert lowered.spaced[m.start():m.end() + 2] == f" {m.group()} "


def test_lower_words_blank_what_a_regex_of_non_word_characters_does():
    # lower_words blanks the characters beyond ASCII with a regex and the others with a byte table: together,
    # exactly the characters "\W" matches, whatever the text holds (lone surrogates, "_", digits of other scripts)
    rng = random.Random(22)
    alphabet = [chr(c) for c in range(0x250)] + list("\u00a0\u0663\u2013\u2014\u201c\u201d\u3000\ud800\U0001d400")
    for _ in range(500):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(30)))
        lowered = lower_words(text)
        assert lowered.spaced == " " + re.sub(r"\W", " ", lowered.low) + " ", repr(text)


def test_every_time_family_but_paren_starts_with_a_word_character():
    # _starts looks for them only at word starts: a family starting with "(" or a sign would be missed there
    # unless it is searched alone, like "paren"
    for kind, pattern in _patterns().items():
        starts = re.compile(first_char_guard(pattern)[3:-1])  # the guard's class: "(?=[...])" without "(?=", ")"
        others = [c for c in map(chr, range(0x3000)) if starts.fullmatch(c) and not re.fullmatch(r"\w", c)]
        assert others == (["("] if kind == "paren" else [])


def test_shared_word_starts_are_each_stages_own():
    # the pipeline looks for where time expressions and quantities can start in one pass: each group's starts are
    # what the stage alone finds (on the dev set's articles and the texts above)
    texts = [*TIME_TEXTS, *(path.read_text(encoding="utf-8") for path in sorted(DEV_GOLD.glob("*.txt")))]
    for text in texts:
        lowered = lower_words(text)
        assert _shared_word_starts().find(lowered) == [time_starts().find(lowered)[0],
                                                        quantity_starts().find(lowered)[0]]


@pytest.mark.parametrize("pattern, text", [
    (r"(?P<d>\d{1,2})\s+(?P<mon>Maret|Mei)(?:\s+(?P<y>\d{4}))?", "pada 12 Maret lalu"),
    (r"(?P<a>x)|(?P<b>y)", "y"),
])
def test_group_names_zipped_with_the_groups_give_groupdict(pattern, text):
    compiled = re.compile(pattern)
    m = compiled.search(text)
    assert dict(zip(group_names(compiled), m.groups())) == m.groupdict()


def test_group_names_refuse_a_pattern_with_an_unnamed_group():
    with pytest.raises(ValueError):
        group_names(re.compile(r"(?P<d>\d+)(x)"))


def test_every_time_family_names_all_its_groups():
    for _, family, fields in _compiled()[1]:
        assert len(fields) == family.groups
