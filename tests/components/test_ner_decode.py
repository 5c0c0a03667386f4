"""The tagger's compiled path: the shipped CRF decoded by ner_crf over the model's weights, summed per word form."""

from __future__ import annotations

from bisect import bisect_left

from conftest import DEV_GOLD

from warta.components import ner_crf, ner_decode, ner_model
from warta.components.ner_model import kb_tags, tag_words
from warta.components.segment import split_sentences, tokenize
from warta.kb import knowledge_base


def _dev_sentences():
    """Every sentence of the dev articles, as words with the KB's tags (what the entity stage tags)."""
    kb = knowledge_base()
    for path in sorted(DEV_GOLD.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        sentences = split_sentences(text)
        tokens = tokenize(text, sentences)
        tags = kb_tags(tokens, kb.find(text), kb)
        starts = [s for s, _ in tokens]
        for s, e in sentences:
            i, j = bisect_left(starts, s), bisect_left(starts, e)
            yield [text[a:b] for a, b in tokens[i:j]], tags[i:j]


def test_the_decoder_tags_the_dev_articles_as_crfsuite_does(monkeypatch):
    # the package compiled decodes here, as plain Python with crfsuite: the labels must be the same (on the
    # editable install this runs ner_crf's loop as Python; the compiled run in .ci/run checks the C loop)
    sentences = list(_dev_sentences())
    assert len(sentences) > 500
    monkeypatch.setattr(ner_crf, "COMPILED", False)
    by_crfsuite = [tag_words(words, tags) for words, tags in sentences]
    monkeypatch.setattr(ner_crf, "COMPILED", True)
    assert [tag_words(words, tags) for words, tags in sentences] == by_crfsuite
    assert sum(label != "O" for labels in by_crfsuite for label in labels) > 1000  # names were found


def test_decoder_caches_are_forgotten_with_the_model(monkeypatch):
    # scripts/train_ner.py installs a new model and tags with it in the same process
    monkeypatch.setattr(ner_crf, "COMPILED", True)  # the decoder's caches fill only where it decodes
    words = ["Gubernur", "Sulawesi", "Tengah", "Anwar", "Hafid", "meninjau", "Parigi", "Moutong", "."]
    kb = ["", "B-LOC", "I-LOC", "", "", "", "B-LOC", "I-LOC", ""]
    before = tag_words(words, kb)
    assert ner_decode._SCORED and ner_decode._KB_VECTORS and ner_decode._SCORES
    ner_model.forget_model()
    assert not ner_decode._SCORED and not ner_decode._KB_VECTORS and not ner_decode._PAIR_VECTORS
    assert not ner_decode._PAD  # the pad row indexes the vectors too
    assert not ner_decode._SCORES
    assert tag_words(words, kb) == before


def test_the_decoder_forgets_its_rows_when_they_grow_past_their_bound_and_tags_the_same(monkeypatch):
    # a long batch meets ever more word forms: the cache is emptied between sentences, never inside one
    sentences = [s.split() for s in ("Bupati Parigi Moutong Erwin Burase meninjau Desa Toboli .",
                                     "Kapolda Maluku Irjen Eddy Sumitro menahan nakhoda KM Cahaya Laut .")]
    monkeypatch.setattr(ner_crf, "COMPILED", True)
    expected = [tag_words(words) for words in sentences]
    scores = ner_decode._scores()
    grown = len(scores.vectors)  # holds both sentences' vectors
    monkeypatch.setattr(ner_decode, "_ROWS_MAX", 3)
    assert [tag_words(words) for words in sentences * 2] == expected * 2
    assert len(ner_decode._SCORED) <= 3 + max(map(len, sentences))
    assert len(scores.vectors) < grown  # the vectors were dropped with the rows ...
    assert ner_decode._scores() is scores  # ... but not the weights: the model was not read again
