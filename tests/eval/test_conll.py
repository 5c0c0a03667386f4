"""CoNLL (idner-news-2k format) reading and exact-span scoring."""

from __future__ import annotations

import pytest

from warta.eval.conll import Sentence, char_spans, read_conll, score_conll, to_token_spans

SAMPLE = """Menurut ADP O
Haposan NOUN B-PER
, PUNCT O
kata NOUN O

Di ADP O
Partai PROPN B-ORG
Persatuan PROPN I-ORG
Pembangunan PROPN I-ORG
(PPP) PROPN I-ORG
terdapat VERB O
"""


def test_read_conll(tmp_path):
    path = tmp_path / "x.txt"
    path.write_text(SAMPLE, encoding="utf-8")
    sentences = read_conll(path)
    assert [s.tokens[:2] for s in sentences] == [["Menurut", "Haposan"], ["Di", "Partai"]]
    assert sentences[1].labels[4] == "I-ORG"


def test_char_spans_split_the_bracketed_acronym():
    s = Sentence(["Di", "Partai", "Persatuan", "Pembangunan", "(PPP)", "terdapat"], ["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O"])
    assert [(s.text[a:b], k) for a, b, k in char_spans(s)] == [("Partai Persatuan Pembangunan", "ORG"), ("PPP", "ORG")]


@pytest.mark.parametrize("kind,merged", [("ORG", True), ("PER", False)])
def test_to_token_spans_merges_an_expansion_with_its_bracket_for_org_and_loc(kind, merged):
    s = Sentence(["Di", "Partai", "Persatuan", "(PP)", "terdapat"], ["O"] * 5)
    spans = [(3, 19, kind), (21, 23, kind)]  # "Partai Persatuan", "PP"
    expected = [(1, 4, kind)] if merged else [(1, 3, kind), (3, 4, kind)]
    assert to_token_spans(s, spans) == expected


def test_score_conll_is_exact_and_typed():
    s = Sentence(["kata", "Anis", "di", "Samarinda"], ["O", "B-PER", "O", "B-LOC"])
    perfect = score_conll([s], lambda text: [(5, 9, "PER"), (13, 22, "LOC")])
    mistyped = score_conll([s], lambda text: [(5, 9, "ORG"), (13, 22, "LOC")])
    assert perfect.prf == (1.0, 1.0, 1.0)
    assert mistyped.tp == 1 and mistyped.n_pred == 2


@pytest.mark.parametrize("tagger_only", [True, False])
def test_evaluate_file_runs_warta_on_a_conll_file(tmp_path, tagger_only):
    from warta.eval.conll import evaluate_file, format_score

    path = tmp_path / "x.txt"
    path.write_text("kata NOUN O\nAnis PROPN B-PER\ndi ADP O\nSamarinda PROPN B-LOC\n. PUNCT O\n", encoding="utf-8")
    score = evaluate_file(path, tagger_only=tagger_only)
    assert score.n_gold == 2 and score.tp == 2
    assert "F1 1.000" in format_score(score)
