"""Sentence rules over the tagger's spans (ner_cues), one row per Indonesian example; words are tokens."""

from __future__ import annotations

import pytest

from warta.components.ner_cues import (
    pairs_of_persons,
    persons_named_by_places,
    persons_opening_sentences,
    persons_with_ages,
    places_opening_persons,
)


def _spans(words, spans):
    return [(" ".join(words[a:b]), kind) for a, b, kind in spans]


@pytest.mark.parametrize("sentence,found", [
    ("Ratna Sari Dewi mengatakan hal itu .", [("Ratna Sari Dewi", "PER")]),
    ("Indah Permatasari , warga Desa Sukamaju , mengaku rugi .", [("Indah Permatasari", "PER")]),
    # a trade in apposition says who one is, as a title does
    ("Ratna Sari Dewi , buruh pabrik tekstil , ikut mogok .", [("Ratna Sari Dewi", "PER")]),
    # no person's verb or apposition after them, or a noun for people first: nothing
    ("Ratna Sari Dewi meraih medali emas .", []),
    ("Keluarga Sutrisno mengatakan hal itu .", []),
])
def test_persons_opening_sentences(sentence, found):
    words = sentence.split()
    assert _spans(words, persons_opening_sentences(words, [], None, [w.lower() for w in words])) == found


@pytest.mark.parametrize("sentence,spans,found", [
    ("Ganda putra Fajar Alfian / Muhammad Rian Ardianto menang .", [(5, 8, "PER")],
     [("Fajar Alfian", "PER"), ("Muhammad Rian Ardianto", "PER")]),
    ("Rute Jakarta / Bandung dibuka .", [], []),
    # a noun for people, a title or a trade before the pair stays out of the name (review 18, finding 6)
    ("Pasangan Fajar Alfian / Muhammad Shohibul Fikri juga kalah .", [(4, 7, "PER")],
     [("Fajar Alfian", "PER"), ("Muhammad Shohibul Fikri", "PER")]),
    ("Pelatih Fajar Alfian / Muhammad Shohibul Fikri memuji mereka .", [(4, 7, "PER")],
     [("Fajar Alfian", "PER"), ("Muhammad Shohibul Fikri", "PER")]),
    ("Pengusaha Budi Santoso / Andi Wijaya hadir .", [(4, 6, "PER")],
     [("Budi Santoso", "PER"), ("Andi Wijaya", "PER")]),
])
def test_pairs_of_persons(sentence, spans, found):
    words = sentence.split()
    assert _spans(words, pairs_of_persons(words, spans)) == found


@pytest.mark.parametrize("sentence,found", [
    ("Sutarmi ( 56 ) tewas tertimpa pohon .", [("Sutarmi", "PER")]),
    ("Bupati Sleman ( 60 ) hadir .", []),
    ("Harga naik ( 12 ) kali .", []),
])
def test_persons_with_ages(sentence, found):
    words = sentence.split()
    assert _spans(words, persons_with_ages(words, [], None)) == found


@pytest.mark.parametrize("sentence,spans,found", [
    ("Kepala Desa Sukamaju Udin Samsudin mengatakan .", [(1, 5, "PER")],
     [("Desa Sukamaju", "LOC"), ("Udin Samsudin", "PER")]),
    ("Kepala Desa Sukamaju H. Udin mengatakan .", [(1, 5, "LOC")], [("Desa Sukamaju", "LOC"), ("H. Udin", "PER")]),
    # no title before it: a place
    ("Warga Desa Sukamaju Udin mengungsi .", [(1, 4, "LOC")], [("Desa Sukamaju Udin", "LOC")]),
])
def test_places_opening_persons(sentence, spans, found):
    words = sentence.split()
    assert _spans(words, places_opening_persons(words, spans, None)) == found


@pytest.mark.parametrize("sentence", [
    # a verb opening the sentence before a name and an apposition is no part of the name
    "Dijelaskan Isa Lubis , pemilik restoran , gnocchi itu dibuat sendiri .",
])
def test_persons_opening_sentences_not_after_a_verb(sentence):
    words = sentence.split()
    assert persons_opening_sentences(words, [], None, [w.lower() for w in words]) == []


@pytest.mark.parametrize("sentence,spans,found", [
    # a one-word place the KB knows, then a name word, said to be someone: a person, whatever the tagger took
    # the two words for
    ("Dalam sidang itu , Bandung Mawardi menegaskan dirinya tidak bersalah .", [(4, 6, "LOC")],
     [("Bandung Mawardi", "PER")]),
    ("Padang Wicaksono , warga Desa Sumberejo , kehilangan sapi .", [], [("Padang Wicaksono", "PER")]),
    # the tagger's organisation stays one: "Jakarta Globe" is a newspaper
    ("Jakarta Globe menegaskan hal itu .", [(0, 2, "ORG")], [("Jakarta Globe", "ORG")]),
])
def test_persons_named_by_places(sentence, spans, found):
    words = sentence.split()
    kb_tags = ["B-LOC" if w in ("Bandung", "Padang", "Jakarta") else "" for w in words]
    places = [k for k, t in enumerate(kb_tags) if t]
    assert _spans(words, persons_named_by_places(words, spans, kb_tags, [w.lower() for w in words], places)) == found
