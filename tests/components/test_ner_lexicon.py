"""The entity rules' word lists and the look-ups over them, one row per Indonesian example."""

from __future__ import annotations

import pytest

from warta.components.ner_lexicon import affixed_noun, lexicon, phrase_at


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
    assert phrase_at(sentence.split(), i, getattr(lexicon(), entries), longest) == found
