"""``sentence_candidates`` gives the rules only the sentence's words some rule's set test asks about
(``_asked_words``): each rule must answer as it does with the set of all the words, and every word or word set a
rule asks ``present`` about must be among them (watched as the rules run)."""

from __future__ import annotations

import sys

import pytest

from warta.components import entities
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


class _Present(frozenset):
    """A sentence's words handed to the rules as ``present``: the words they ask about (``word in present``) are
    noted in ``words``, and the sets they test it against (``some_set.isdisjoint(present)``, which iterates it) in
    ``sets``, told by the profiler (``_noting_sets``)."""

    words: set[str] = set()
    sets: list[frozenset[str]] = []
    testing: list[frozenset[str]] = []  # the set whose isdisjoint is running

    def __contains__(self, word) -> bool:
        _Present.words.add(word)
        return super().__contains__(word)

    def __iter__(self):
        assert _Present.testing, "present read otherwise than by set.isdisjoint or 'in': teach this test the new way"
        _Present.sets.append(_Present.testing[-1])
        return super().__iter__()


def _noting_sets(frame, event, arg) -> None:
    if event in ("c_call", "c_return", "c_exception") and getattr(arg, "__name__", "") == "isdisjoint":
        if event == "c_call":
            _Present.testing.append(arg.__self__)
        else:
            _Present.testing.pop()


class _AllWords:
    """Stands for ``_asked_words()``: ``present`` is then every word of the sentence, as a ``_Present``."""

    def intersection(self, words) -> _Present:
        return _Present(words)


ASKING = SENTENCES + [
    "Kapolres Bogor AKBP Rio Wahyu Anggoro mengatakan pelaku berinisial AS ditangkap di Desa Cibeureum.",
    "Warga Kelurahan Tanjung Priok dan Dusun Krajan (Jember) menyambut Bupati Hendy Siswanto, ujarnya.",
    "Pemain Persib Marc Klok dan Ciro Alves dari Brasil, kata pelatih Bojan Hodak, siap tampil.",
    "Perwakilan Kementerian Luar Negeri RI di Kairo menyebut WNI bernama Siti Nurhaliza binti Ahmad selamat.",
    "Sekjen PBB Antonio Guterres dan Presiden Joko Widodo bertemu di Istana Bogor, Jawa Barat.",
]
_PLACES = {"Bogor", "Jember", "Kairo", "Jakarta", "Papua"}


@pytest.mark.skipif(not entities.__file__.endswith(".py"), reason="the profiler sees the calls of Python code only")
def test_asked_words_hold_every_word_and_set_the_rules_test_present_against(monkeypatch):
    # a rule that tests present against a list _asked_words leaves out never finds that list's words there:
    # present is every word of the sentence here, and each word or set a rule asks it about must be asked
    asked = _asked_words()
    monkeypatch.setattr(entities, "_asked_words", _AllWords)
    _Present.words, _Present.sets = set(), []
    sys.setprofile(_noting_sets)
    try:
        for sentence in ASKING:
            toks = tokenize(sentence, [(0, len(sentence))])
            places = ["B-LOC" if sentence[a:b] in _PLACES else "O" for a, b in toks]  # some rules ask the KB's tags
            for kb_tags in (None, places):
                entities.sentence_candidates(sentence, toks, kb_tags)
    finally:
        sys.setprofile(None)
    assert _Present.words <= asked, sorted(_Present.words - asked)
    for tested in _Present.sets:
        assert tested <= asked, sorted(tested - asked)[:10]
    # and the sentences reach every test: each of _asked_words' words is asked about by some rule
    assert asked <= _Present.words.union(*_Present.sets), sorted(asked - _Present.words.union(*_Present.sets))[:10]
