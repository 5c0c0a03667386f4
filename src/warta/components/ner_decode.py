# cython: annotation_typing=False
# (its .pxd gives the compiled function its C types; the annotations stay as written, for Python)
"""The tagger's compiled path: the shipped CRF decoded by ``ner_crf.viterbi`` instead of crfsuite.

``ner_model.tag_words`` calls ``decoded`` when the package is compiled (``ner_crf.COMPILED``). The features are
``ner_model``'s, but summed into label-score vectors (``ner_crf.Scores``) once per word form: each word form gets
a row of vector indices in the layout of ``ner_crf.LAYOUT``, and a sentence's table is its words' rows joined.
The caches here hold indices into those vectors, so they are emptied together (``forget``), between sentences.
"""

from __future__ import annotations

from array import array

from . import ner_crf
from .ner_model import (
    _BOS_AFTER,
    _KB_AFTER,
    _KB_BEFORE,
    _KB_HERE,
    _NO_PAIRS,
    _PAD_ROW,
    _attribute_list,
    _known_pairs,
    _loaded,
    _word_row,
    tagger,
)

_ROWS_MAX = 65_536  # word forms with a row; past this the rows and vectors are dropped (at most six vectors a
# form, besides one per word pair and KB tags met)


# the model's weights as ``ner_crf.Scores``, and ``_pad()``'s row: one each, made on first use. Kept in lists
# rather than behind functools.cache, whose call per sentence costs several times reading a list's item
_SCORES: list[ner_crf.Scores] = []
_PAD: list[tuple] = []


def _scores() -> ner_crf.Scores:
    if not _SCORES:
        _SCORES.append(ner_crf.Scores(_loaded()[1], _attribute_list(), tagger().labels()))
    return _SCORES[0]


def _scored_row(word: str) -> tuple:
    """A word form's row of the table (``ner_crf.LAYOUT``'s fields: ``_word_row``'s five feature groups, then the
    BOS feature it gives the word after it, as vector indices in machine ints); then its lower case, and the
    word-pair features it starts ("bi+=", "bi-=") by the lower case of the word after it."""
    scores = _scores()
    parts = _word_row(word)
    plus, minus = _known_pairs()
    low = parts[5]
    vectors = (*map(scores.vector, parts[:5]), scores.vector(("BOS",) if word in _BOS_AFTER else ()))
    return array("i", vectors).tobytes(), low, plus.get(low, _NO_PAIRS), minus.get(low, _NO_PAIRS)


# ``_scored_row`` by word form. A plain dict, its misses filled by ``decoded``: a subclass with __missing__ is
# subscripted through a Python-level __getitem__ look-up (dict's own __getitem__ is a method, not its C slot),
# about four times a plain dict's cost. Its keys are all strings, which CPython looks up faster than mixed keys: a
# position outside the sentence is ``_pad()``.
_SCORED: dict[str, tuple] = {}


def _pad() -> tuple:
    """The row of a position outside the sentence (its indices go with ``_SCORED``'s)."""
    if not _PAD:
        scores = _scores()
        _PAD.append((array("i", (0, *map(scores.vector, _PAD_ROW[1:5]), scores.vector(("BOS",)))).tobytes(), None,
                     _NO_PAIRS, _NO_PAIRS))
    return _PAD[0]


class _FeatureVectors(dict):
    """A feature known to the model, in bytes -> the index of its vector (word pairs, found one at a time)."""

    def __missing__(self, feature: bytes) -> int:
        self[feature] = _scores().vector((feature.decode("utf-8"),))
        return self[feature]


_PAIR_VECTORS = _FeatureVectors()


def _kb_vector(tags: tuple[str, str, str]) -> int:
    """The index of the vector of the features (``model_features``') of the KB tags before, of and after a word."""
    before, here, after = tags
    features = _KB_HERE[here] + _KB_BEFORE[before] + _KB_AFTER[after]
    return _scores().vector(tuple(f.decode("utf-8") for f in features))


_KB_VECTORS: dict[tuple[str, str, str], int] = {}  # ``_kb_vector`` by tags, a plain dict as ``_SCORED`` is


def decoded(words: list[str], windows: list[tuple[int, int]], kb_tags: list[str] | None) -> list[str]:
    """Labels of the windows' words, in order, by the compiled decoder (crfsuite's on every dev sentence)."""
    scores = _SCORES[0] if _SCORES else _scores()
    if len(_SCORED) > _ROWS_MAX:  # between sentences: a sentence's rows all index the same vectors
        scores.reset()  # the weights stay: the model is not read again
        _forget_indices()
    n = len(words)
    pad = _PAD[0] if _PAD else _pad()
    scored, kb_vectors = _SCORED, _KB_VECTORS
    # the table holds the rows a window's positions read (the two words either side of each included), window after
    # window: the words far from any capital (a third of a sentence's) are not looked up. A window's run of rows
    # starts at ``o``, so its word a is row o + 2, and viterbi reads it as the window (o, o + b - a)
    rows: list[tuple] = []
    spans: list[int] = []
    for a, b in windows:
        o = len(rows)
        for i in range(a - 2, b + 2):
            if i < 0 or i >= n:
                rows.append(pad)
                continue
            word = words[i]
            row = scored.get(word)
            if row is None:
                row = scored[word] = _scored_row(word)
            rows.append(row)
        spans.append(o)
        spans.append(o + b - a)
    after: list[int] = []  # per position: the vector of the pair it starts, of the pair it ends, of KB tags
    before: list[int] = []
    kb: list[int] = []
    for w in range(0, len(spans), 2):
        # one indexed loop (ner_decode.pxd gives it C types: no slices, zips or tuples per word); a word starting
        # no known pair has an empty dict, tested before any look-up (most words)
        o = spans[w]
        row = rows[o + 1]
        for i in range(o + 2, spans[w + 1] + 2):
            last, row = row, rows[i]
            pairs = row[2]
            after.append(_PAIR_VECTORS[f] if pairs and (f := pairs.get(rows[i + 1][1])) else 0)
            pairs = last[3]
            before.append(_PAIR_VECTORS[f] if pairs and (f := pairs.get(row[1])) else 0)
    for a, b in windows:
        if kb_tags and any(tags := kb_tags[max(0, a - 1):b + 1]):
            tags = ([""] if a == 0 else []) + tags + ([""] if b == n else [])
            for j in range(1, len(tags) - 1):
                if not (tags[j - 1] or tags[j] or tags[j + 1]):
                    kb.append(0)  # no KB tag at or beside the word: none of their features
                    continue
                key = (tags[j - 1], tags[j], tags[j + 1])
                vector = kb_vectors.get(key)
                if vector is None:
                    vector = kb_vectors[key] = _kb_vector(key)
                kb.append(vector)
        else:
            kb += [0] * (b - a)
    table = array("i", b"".join([row[0] for row in rows]))
    return scores.best(table, spans, after + before + kb)


def forget() -> None:
    """Drop everything read from the model, for ``ner_model.forget_model``."""
    _SCORES.clear()
    _forget_indices()


def _forget_indices() -> None:
    """Drop the indices into the vectors (rows by word form, pairs, KB tags), which go with them."""
    for indices in (_SCORED, _PAIR_VECTORS, _KB_VECTORS, _PAD):
        indices.clear()
