"""The shipped CRF and its candidate windows, one row per Indonesian example."""

from __future__ import annotations

import gzip
from importlib import resources

import pytest

from warta.components.ner_model import (
    MODEL_FILE,
    MODEL_PACKAGE,
    _attribute_list,
    attribute_names,
    bio_spans,
    candidate_windows,
    dump_attributes,
    forget_model,
    kb_tags,
    lexicon_hash,
    model_attributes,
    model_features,
    sentence_features,
    tag_words,
    trained_lexicon_hash,
    word_features,
)
from warta.components.segment import tokenize
from warta.kb import knowledge_base


@pytest.mark.parametrize("sentence,windows", [
    ("harga beras naik lagi", []),
    ("kata Anis di Samarinda kemarin", [(0, 5)]),
    ("banjir melanda kota itu , kata Budi", [(5, 7)]),
    ("Pemerintah dan rakyat bekerja sama", [(0, 2)]),
])
def test_candidate_windows_cover_capitalised_runs_with_one_word_of_context(sentence, windows):
    assert candidate_windows(sentence.split()) == windows


@pytest.mark.parametrize("labels,spans", [
    (["O", "B-PER", "I-PER", "O"], [(1, 3, "PER")]),
    (["B-LOC", "B-LOC", "I-LOC"], [(0, 1, "LOC"), (1, 3, "LOC")]),
    (["I-ORG", "I-ORG", "O", "I-PER"], [(0, 2, "ORG"), (3, 4, "PER")]),
])
def test_bio_spans(labels, spans):
    assert bio_spans(labels) == spans


@pytest.mark.parametrize("word,feature", [
    ("Presiden", "lex=titles"), ("Kabupaten", "lex=loc_heads"), ("Kementerian", "lex=org_heads"),
    ("Senin", "lex=calendar"), ("KPK", "allcap"),
])
def test_word_features_mark_lexicon_classes(word, feature):
    assert feature in word_features(word)


@pytest.mark.parametrize("sentence,name,kind", [
    ("Soal itu urusan nanti , kata Anis di Samarinda .", "Anis", "PER"),
    ("Soal itu urusan nanti , kata Anis di Samarinda .", "Samarinda", "LOC"),
    ("Presiden Joko Widodo meresmikan bendungan itu .", "Joko Widodo", "PER"),
    ("Mereka diperiksa oleh Komisi Pemberantasan Korupsi kemarin .", "Komisi Pemberantasan Korupsi", "ORG"),
])
def test_tagger_finds_typed_names(sentence, name, kind):
    tokens = tokenize(sentence, [(0, len(sentence))])
    words = [sentence[a:b] for a, b in tokens]
    kb = knowledge_base()  # the model is trained with the shipped KB's matches as features
    spans = {" ".join(words[a:b]): k for a, b, k in bio_spans(tag_words(words, kb_tags(tokens, kb.find(sentence), kb)))}
    assert spans.get(name) == kind


def test_tagger_leaves_lower_case_text_alone():
    assert set(tag_words(["harga", "beras", "naik", "lagi", "minggu", "ini"])) == {"O"}


def test_shipped_model_was_trained_with_the_current_word_lists():
    # the tagger's features include each word's list in lang/id/entities.yaml: after editing those lists,
    # retrain with `.venv/bin/python scripts/train_ner.py --final-only`
    assert lexicon_hash() == trained_lexicon_hash()


def test_shipped_attribute_list_is_the_shipped_models_in_the_order_of_its_ids(tmp_path):
    # tagging leaves out features the model has no weight for, and the compiled decoder reads an attribute's id
    # from its position in the list: a stale or reordered list would drop or misread weights
    model = tmp_path / "crf.crfsuite"
    model.write_bytes(gzip.decompress(resources.files(MODEL_PACKAGE).joinpath(MODEL_FILE).read_bytes()))
    assert _attribute_list() == tuple(dump_attributes(model))
    assert model_attributes() == frozenset(_attribute_list())


@pytest.mark.parametrize("names", [
    ("w=jakarta", "s3=rta"),
    ("w=a\u2028b", "w=c"),  # characters str.splitlines() also splits at
    ("w=a\x85b", "w=a\x0bb", "w=a\x0cb", "w=a\x1cb", "w=a\x1db", "w=a\x1eb", "w=a\rb", "w=c"),
    ("bi+=x|", ""),  # an empty last name keeps its line
])
def test_attribute_names_are_read_back_as_train_ner_writes_them(names):
    written = "\n".join(names) + "\n"  # scripts/train_ner.py's _install
    assert attribute_names(written.encode("utf-8")) == names


def test_a_forgotten_model_is_read_again_and_tags_the_same():
    # scripts/train_ner.py installs a new model and tags with it in the same process
    from warta.components import ner_model

    words = "Menteri Luar Negeri Retno Marsudi bertemu Antony Blinken di Washington .".split()
    before = tag_words(words)
    forget_model()
    assert ner_model._loaded.cache_info().currsize == 0 and not ner_model._ROWS
    assert tag_words(words) == before and ner_model._loaded.cache_info().currsize == 1


@pytest.mark.parametrize("sentence,kb", [
    ("Presiden Rusia Vladimir Putin tiba di Pyongyang , Korea Utara .", ["", "B-LOC", "", "", "", "", "B-LOC",
                                                                          "", "B-LOC", "I-LOC", ""]),
    ("\" Kami siap , \" kata Xqzwv Brrtlk kepada wartawan .", None),
])
def test_tagging_features_are_the_training_features_the_model_knows(sentence, kb):
    words = sentence.split()
    known = model_attributes()
    full = sentence_features(words, 0, len(words), kb)
    fast = [[f.decode("utf-8") for f in row] for row in model_features(words, 0, len(words), kb)]
    assert [[f for f in row if f in known] for row in fast] == [[f for f in row if f in known] for row in full]
    assert sum(map(len, fast)) < sum(map(len, full))  # the unknown name's features are left out
