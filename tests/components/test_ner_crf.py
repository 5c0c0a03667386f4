"""The CRF weights read from crfsuite's model file, and the Viterbi loop over them (ner_crf)."""

from __future__ import annotations

import gzip
import importlib.util
import itertools
import py_compile
import random
from array import array
from importlib import resources

import pytest
from conftest import ROOT

from warta.components import ner_crf, ner_model
from warta.components.ner_model import MODEL_FILE, MODEL_PACKAGE, tagger


def test_the_decoder_counts_as_compiled_only_as_an_extension_module(tmp_path):
    # the Python loop is slower than crfsuite: a package installed as byte code alone must keep crfsuite
    bytecode = tmp_path / "ner_crf.pyc"
    py_compile.compile(str(ROOT / "src" / "warta" / "components" / "ner_crf.py"), cfile=str(bytecode), doraise=True)
    spec = importlib.util.spec_from_file_location("ner_crf_as_bytecode", bytecode)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.COMPILED is False
    assert ner_crf.COMPILED == isinstance(ner_crf.__loader__, importlib.machinery.ExtensionFileLoader)


def test_weights_are_the_models():
    n_labels, n_attributes, state, transitions = ner_crf.read_weights(_model())
    info = tagger().info()  # crfsuite's own dump, its weights rounded to six decimals
    labels = {int(i): name for name, i in info.labels.items()}
    attributes = {int(i): name for name, i in info.attributes.items()}
    assert n_labels == len(labels) == 7
    assert n_attributes == len(attributes) > 10_000
    read = {(attributes[a], labels[y]): w for a, pairs in state.items() for y, w in pairs}
    assert read.keys() == info.state_features.keys()
    assert all(abs(w - info.state_features[key]) < 1e-6 for key, w in read.items())
    assert all(abs(transitions[int(info.labels[a]) * n_labels + int(info.labels[b])] - w) < 1e-6
               for (a, b), w in info.transitions.items())


def _model() -> bytes:
    return gzip.decompress(resources.files(MODEL_PACKAGE).joinpath(MODEL_FILE).read_bytes())


@pytest.mark.parametrize("data", [b"", b"not a model at all, but long enough to read a header from" * 2,
                                  b"lCRF" * 20, _model()[:1000]])
def test_a_file_that_is_no_whole_crfsuite_model_is_refused(data):
    with pytest.raises(ValueError, match="crfsuite"):
        ner_crf.read_weights(data)


@pytest.mark.parametrize("change", [lambda names: names[:-1], lambda names: (*names, "w=extra")])
def test_an_attribute_list_of_another_length_than_the_models_is_refused(change):
    # the decoder matches names to the model's attribute ids by position: a list that is not the model's is an error
    names = change(ner_model._attribute_list())
    with pytest.raises(ValueError, match="attributes"):
        ner_crf.Scores(_model(), names, tagger().labels())


@pytest.mark.parametrize("seed", range(20))
def test_viterbi_finds_the_best_sequence(seed):
    # against every sequence, on small random models: 3 labels, two windows of a sentence of 5 words
    rng = random.Random(seed)
    n_labels, n_words = 3, 5
    transitions = array("d", [rng.uniform(-2, 2) for _ in range(n_labels * n_labels)])
    # vector 0 is zeros, vectors 1 to n_labels the transitions, then eight vectors the positions pick from
    vectors = array("d", [0.0] * n_labels) + transitions + array("d", [rng.uniform(-2, 2) for _ in range(8 * n_labels)])
    picks = [0, *range(n_labels + 1, n_labels + 9)]
    table = array("i", [rng.choice(picks) for _ in range((n_words + 4) * ner_crf.ROW)])
    windows = [0, 2, 3, 5]
    positions = [0, 1, 3, 4]
    extra = [rng.choice(picks) for _ in range(3 * len(positions))]

    def emission(t: int, y: int) -> float:
        i, n = positions[t] + 2, len(positions)
        refs = [table[(i + d) * ner_crf.ROW + f] for d, f in ner_crf.LAYOUT]
        refs += [extra[t], extra[n + t], extra[2 * n + t]]
        return sum(vectors[r * n_labels + y] for r in refs)

    def total(path) -> float:
        return (sum(emission(t, y) for t, y in enumerate(path))
                + sum(transitions[a * n_labels + b] for a, b in itertools.pairwise(path)))

    best = max(itertools.product(range(n_labels), repeat=len(positions)), key=total)
    found = ner_crf.viterbi(vectors, table, windows, extra, n_labels, _scratch(n_labels, 4), list(range(n_labels)))
    assert found == list(best) or total(found) == pytest.approx(total(best))


def test_ties_go_to_the_first_label_and_nothing_to_tag_is_no_labels():
    zeros = array("d", [0.0] * 8 * 7)  # vector 0 and the transitions, all zeros
    table = array("i", [0] * 7 * ner_crf.ROW)
    labels = list("ABCDEFG")
    assert ner_crf.viterbi(zeros, table, [0, 3], [0] * 9, 7, _scratch(7, 3), labels) == ["A"] * 3
    assert ner_crf.viterbi(zeros, table, [], [], 7, _scratch(7, 0), labels) == []


def _scratch(n_labels: int, positions: int) -> array:
    """viterbi's scratch space, filled with noise (scores, and backpointers among the label ids): what a previous
    sentence left there must not matter."""
    rng = random.Random(positions)
    return array("d", [rng.uniform(-9, 9) for _ in range(2 * n_labels)]
                 + [rng.randrange(n_labels) for _ in range(n_labels * positions)])
