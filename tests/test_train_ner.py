"""scripts/train_ner.py's data preparation: the team's gold articles as labelled sentences, and the vocabulary it
writes. (Training itself takes a minute and is run by hand: see src/warta/models/ner/README.txt.)"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from warta.components import ner_model

_SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "train_ner.py"


@pytest.fixture(scope="module")
def train_ner():
    spec = importlib.util.spec_from_file_location("train_ner", _SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _article(folder: Path, text: str, entities: list[dict]) -> None:
    (folder / "a-01.txt").write_text(text, encoding="utf-8")
    (folder / "a-01.gold.json").write_text(json.dumps({"id": "a-01", "entities": entities}), encoding="utf-8")


def test_gold_mentions_label_every_occurrence_longest_first(train_ner, tmp_path):
    _article(tmp_path, "Judul\n\nKepala BNPB Suharyanto tiba di Kota Palu. Suharyanto meninjau Palu dan Kota Palu.",
             [{"name": "Suharyanto", "type": "PER", "mentions": ["Suharyanto"]},
              {"name": "Badan Nasional Penanggulangan Bencana", "type": "ORG", "mentions": ["BNPB"]},
              {"name": "Kota Palu", "type": "LOC", "mentions": ["Kota Palu", "Palu"]}])
    labelled = {(w, label) for s in train_ner.article_sentences(tmp_path) for w, label in zip(s.tokens, s.labels)}
    assert {("BNPB", "B-ORG"), ("Suharyanto", "B-PER"), ("Kota", "B-LOC"), ("Palu", "I-LOC"), ("Palu", "B-LOC"),
            ("Kepala", "O"), ("Judul", "O")} == labelled - {(w, "O") for w in ("tiba", "di", ".", "meninjau", "dan")}


def test_a_mention_inside_a_longer_word_is_not_labelled(train_ner, tmp_path):
    _article(tmp_path, "Warga Palupi mengungsi ke Palu.", [{"name": "Palu", "type": "LOC", "mentions": ["Palu"]}])
    (sentence,) = train_ner.article_sentences(tmp_path)
    assert dict(zip(sentence.tokens, sentence.labels)) == {"Warga": "O", "Palupi": "O", "mengungsi": "O", "ke": "O",
                                                            "Palu": "B-LOC", ".": "O"}


def test_write_vocab_writes_the_lower_case_words_and_forgets_the_old(train_ner, tmp_path):
    before = ner_model.lowercase_vocab()
    try:
        sentence = train_ner.Sentence(["Warga", "mengungsi", "ke", "Palu"], ["O", "O", "O", "B-LOC"])
        train_ner.write_vocab([sentence], tmp_path)
        assert (tmp_path / ner_model.VOCAB_FILE).read_text(encoding="utf-8").split() == ["ke", "mengungsi"]
    finally:
        ner_model.forget_vocab()
    assert ner_model.lowercase_vocab() == before  # read again from the package
