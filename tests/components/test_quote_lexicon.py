"""The speech lexicon (lang/id/speech.yaml) and the word splitter the quote stages share."""

import pytest

from warta.components.quote_lexicon import lexicon, words
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
    assert [(w.text, w.before, w.after) for w in words(text, 0, len(text))] == expected
