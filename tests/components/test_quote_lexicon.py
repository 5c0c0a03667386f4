"""The speech lexicon (lang/id/speech.yaml) and the word splitter the quote stages share."""

import ast
import re

import pytest
from conftest import ROOT

from warta.components.quote_lexicon import (_CLOSING, _OPENING, AFTER, BEFORE, END, LOW, START, TEXT, lexicon,
                                            plain_words, words)
from warta.lang.id import load


def test_speech_data_is_lower_case_and_verbs_have_one_strength():
    data = load("speech")
    for key, value in data.items():
        items = [w for group in value.values() for w in group] if isinstance(value, dict) else value
        assert all(isinstance(w, str) and w == w.lower() for w in items), key
    verbs = data["verbs"]
    assert not set(verbs["strong"]) & set(verbs["weak"])
    assert not (set(verbs["strong"]) | set(verbs["weak"])) & set(verbs["marked"])


@pytest.mark.parametrize("word, expected", [
    ("kata", ("kata", False)), ("katanya", ("kata", True)), ("ujarnya", ("ujar", True)),
    ("tambahnya", ("tambah", True)),
    ("imbuhnya", ("imbuh", True)), ("menurutnya", ("menurut", True)), ("pungkas", ("pungkas", False)),
    ("kantornya", None), ("mengatakan", None),
])
def test_post_posed_cues_and_their_nya_forms(word, expected):
    assert lexicon().post_cue(word) == expected


@pytest.mark.parametrize("sentence, index, expected", [
    ("Budi mengatakan itu", 1, (1, "strong")),
    ("Budi membantah itu", 1, (1, "weak")),
    ("Sanusi melanjutkan, jika", 1, (1, "marked")),
    ("Yoon memberi tahu Zelenskiy", 1, (2, "strong")),
    ("Budi memakan nasi", 1, None),
])
def test_speech_verbs(sentence, index, expected):
    assert lexicon().verb_cue(words(sentence, 0, len(sentence)), index) == expected


@pytest.mark.parametrize("word, verb", [
    ("mengatakan", True), ("dikerahkan", True), ("bergerak", True), ("terendam", True),
    ("direktur", False), ("tersebut", False), ("berusia", False), ("menengah", False), ("Menteri", False),
    ("perebutan", False),
])
def test_verb_shape(word, verb):
    assert lexicon().is_verb(words(word, 0, len(word))[0]) is verb


@pytest.mark.parametrize("text, expected", [
    ('"Kami siap," kata Budi.', [("Kami", '"', ""), ("siap", "", ',"'), ("kata", "", ""), ("Budi", "", ".")]),
    ("Hj. Euis Komariah, S.Sos., mengatakan", [("Hj", "", "."), ("Euis", "", ""), ("Komariah", "", ","),
                                              ("S.Sos", "", ".,"), ("mengatakan", "", "")]),
    ("Badan Pusat Statistik (BPS) mencatat", [("Badan", "", ""), ("Pusat", "", ""), ("Statistik", "", ""),
                                              ("BPS", "(", ")"), ("mencatat", "", "")]),
    # punctuation alone is no word; closing marks inside a word stay in it ("Jum'at", "1,5")
    ('"Jum\'at, 1,5 ..." (kata dia).', [("Jum'at", '"', ","), ("1,5", "", ""), ("kata", "(", ""),
                                           ("dia", "", ").")]),
])
def test_words_keep_glued_punctuation_apart(text, expected):
    assert [(w[TEXT], w[BEFORE], w[AFTER]) for w in words(text, 0, len(text))] == expected


@pytest.mark.parametrize("text, expected", [
    ('Ia datang. "Kami siap," kata Budi.\nBudi (BPS): "Ya!" Lalu?  Dia pergi...\n\n(Selesai.)',
     "Ia datang Kami siap kata Budi Budi BPS Ya Lalu Dia pergi Selesai"),
    ("Hj. Euis Komariah, S.Sos., mengatakan. Ia menambahkan: \u201cSiap.\u201d\n",
     "Hj Euis Komariah S.Sos mengatakan Ia menambahkan Siap"),
])
def test_words_of_a_range_are_the_words_of_the_text_that_lie_in_it(text, expected):
    # the text is split a sentence or a line at a time: a range across those blocks gets the same words
    whole = words(text, 0, len(text))
    assert " ".join(w[TEXT] for w in whole) == expected
    for start in range(len(text) + 1):
        for end in range(start, len(text) + 1):
            assert words(text, start, end) == [w for w in whole if start <= w[START] and w[END] <= end]


def test_cue_words_are_runs_of_letters():
    # a sentence is split into words only when plain_words finds one of these, so each must be one such run
    assert all(plain_words(w, 0, len(w)) == [w] for w in lexicon().cue_words)


@pytest.mark.parametrize("text", [
    "Kata Budi, harga BBM_naik 10% (per-liter) pada 1/3/2024.",
    "\u201cKami siap,\u201d ujar Sri.  Caf\u00e9 \u0130stanbul \u039f\u0394\u039f\u03a3 dibuka.\tBesok? Ya!",
    "Menurut   BPS, inflasi\nnaik. MENURUTNYA tidak.",
])
def test_plain_words_are_the_lower_case_runs_of_letters_and_digits_of_any_range(text):
    # the words come from a copy of the text blanked once (regex_guard.lower_words): they must be what the regex
    # finds in the range lowered, a character whose lower case is longer ("\u0130") kept as written
    lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    for start in range(len(text) + 1):
        for end in range(start, len(text) + 1):
            assert plain_words(text, start, end) == re.findall(r"\w+", lowered[start:end])


@pytest.mark.parametrize("text", [
    "Wali Kota \u0130stanbul, Ekrem \u0130mamo\u011flu, berkata:  \u201cKAMI siap.\u201d",
    "\u039f\u0394\u039f\u03a3 dan \u039f\u0394\u039f\u03a3, kata\u00a0Budi.\tIa\u2003PERGI (BPS)...",
])
def test_each_word_has_its_text_lower_cased_and_its_offsets(text):
    ws = words(text, 0, len(text))
    assert ws and all(w[LOW] == w[TEXT].lower() and text[w[START]:w[END]] == w[TEXT] for w in ws)


def test_words_follow_the_text_asked_for_when_texts_alternate():
    # the index of the text read last is kept and found by identity: another text, or an equal text in another
    # string, is indexed anew and gets its own words
    first, second = "Budi berkata. Ani diam.", "Ia pergi, katanya."
    copy = "".join(list(first))
    assert copy == first and copy is not first
    for _ in range(2):
        assert [w[TEXT] for w in words(first, 0, len(first))] == ["Budi", "berkata", "Ani", "diam"]
        assert [w[TEXT] for w in words(second, 0, len(second))] == ["Ia", "pergi", "katanya"]
        assert words(copy, 0, len(copy)) == words(first, 0, len(first))
        assert plain_words(second, 0, 9) == ["ia", "pergi"]


def test_the_marks_written_out_in_block_are_those_it_strips():
    """``_Index.block`` tests a word's first and last character against the marks written out as literals (a switch
    in C, compiled) before it strips them with ``_OPENING`` and ``_CLOSING``: the copies must stay the same. Read
    from the source file, which the compiled build is made from."""
    module = ast.parse((ROOT / "src" / "warta" / "components" / "quote_lexicon.py").read_text(encoding="utf-8"))
    index = next(n for n in module.body if isinstance(n, ast.ClassDef) and n.name == "_Index")
    block = next(n for n in index.body if isinstance(n, ast.FunctionDef) and n.name == "block")
    tested = {node.comparators[0].value for node in ast.walk(block) if isinstance(node, ast.Compare)
              and isinstance(node.ops[0], ast.NotIn) and isinstance(node.comparators[0], ast.Constant)}
    assert tested == {_OPENING, _CLOSING}
