"""``sentence_candidates`` gives the rules only the sentence's words some rule's set test asks about
(``_asked_words``): each rule must answer as it does with the set of all the words."""

from __future__ import annotations

import pytest

from warta.components.entities import _asked_words
from warta.components.ner_cues import persons_by_sentence_cues
from warta.components.ner_heads import head_spans
from warta.components.ner_person import initials, title_starts
from warta.components.ner_rules import join_branches, typed_by_cue
from warta.components.ner_splits import persons_across_infixes, persons_by_clan_names
from warta.components.segment import tokenize

SENTENCES = [
    "Kepala Desa Sukamaju Udin Samsudin mengatakan bantuan dari Komnas HAM Perwakilan Papua tiba kemarin.",
    "Polisi menahan tersangka berinisial RA dan MS (34) di Kecamatan Badau, Embaloh Hulu, dan Puring Kencana.",
    "Ketua DPRD Karo Darwin Sembiring Meliala bertemu pasangan Fajar Alfian/Muhammad Rian Ardianto.",
    "Maskapai Pelita Air dan aplikasi Grab dan Maxim diperiksa Badan Meteorologi, Klimatologi, dan Geofisika.",
    "Menteri Luar Negeri Retno Marsudi, warga Desa Toboli, mengaku tidak tahu.",
    "Hujan turun sejak pagi dan warga memilih tinggal di rumah.",
    "Pelatih Louis van Gaal memuji David de Gea dan Yan Mangandar Putra dari Jakarta Selatan.",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_rules_answer_alike_with_the_asked_words(sentence):
    words = [sentence[s:e] for s, e in tokenize(sentence, [(0, len(sentence))])]
    lows = [w.lower() for w in words]
    spans = [(0, 2, "PER"), (3, 5, "ORG")][: len(words) // 3] + [(k, k + 1, "PER") for k in (1, 6, 10)]
    full, asked = frozenset(lows), _asked_words().intersection(lows)
    assert title_starts(words, lows, asked) == title_starts(words, lows, full)
    assert initials(words, asked) == initials(words, full)
    assert head_spans(words, set(), None, frozenset(), lows, asked) == head_spans(words, set(), None, frozenset(),
                                                                                  lows, full)
    assert join_branches(words, spans, None, lows, asked) == join_branches(words, spans, None, lows, full)
    assert typed_by_cue(words, spans, None, lows, asked) == typed_by_cue(words, spans, None, lows, full)
    assert persons_by_sentence_cues(words, spans, None, lows, asked) == persons_by_sentence_cues(words, spans, None,
                                                                                                 lows, full)
    assert persons_by_clan_names(words, spans, None, lows, asked) == persons_by_clan_names(words, spans, None, lows,
                                                                                           full)
    assert persons_across_infixes(words, spans, asked) == persons_across_infixes(words, spans, full)
