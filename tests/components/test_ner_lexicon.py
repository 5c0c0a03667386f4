"""The entity rules' word lists and the look-ups over them, one row per Indonesian example."""

from __future__ import annotations

import pytest

from warta.components.ner_lexicon import affixed_noun, lexicon, phrase_at, positions


@pytest.mark.parametrize("word,affixed", [
    ("Perikanan", True), ("Ketenagakerjaan", True), ("Kesehatan", True), ("Pendidikan", True),
    ("Kurniawan", False), ("Setiawan", False), ("Pertiwi", False), ("Kenan", False),
])
def test_affixed_noun(word, affixed):
    assert affixed_noun(word) == affixed


@pytest.mark.parametrize("sentence,i,entries,longest,found", [
    ("kata Menteri Luar Negeri Sugiono", 1, "titles", 3, 3),      # the longest title, in any case
    ("kata Menteri Luar Negeri Sugiono", 1, "titles", 1, 1),      # no longer than asked
    ("kata menteri itu", 1, "titles", 3, 1),                       # a one-word title
    ("tiba di Menteri", 2, "titles", 3, 1),                        # the sentence ends inside no longer entry
    ("kata Budi Santoso", 1, "titles", 3, 0),                      # no title starts there
    ("kata Budi", 2, "titles", 3, 0),                              # past the last word
    ("warga Kabupaten Lebak", 1, "loc_heads", 3, 1),
])
def test_phrase_at_gives_the_longest_listed_phrase_at_a_word(sentence, i, entries, longest, found):
    words = sentence.split()
    assert phrase_at(words, i, getattr(lexicon(), entries), longest) == found
    # the same from the words in lower case, as the sentence's rules pass them
    assert phrase_at(words, i, getattr(lexicon(), entries), longest, lows=[w.lower() for w in words]) == found


@pytest.mark.parametrize("sentence,entries,found", [
    ("kata menteri luar negeri dan menteri agama", "titles", [1, 5]),
    ("warga kabupaten lebak", "loc_heads", [1]),
    ("hujan turun sejak pagi", "titles", []),                       # most sentences: none
    ("", "titles", []),
])
def test_positions_agree_with_and_without_the_sentence_set(sentence, entries, found):
    words = sentence.split()
    entries = getattr(lexicon(), entries)
    assert positions(words, entries) == positions(words, entries, frozenset(words)) == found
