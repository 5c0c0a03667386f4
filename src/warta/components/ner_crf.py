# cython: boundscheck=False, wraparound=False, annotation_typing=False
# (its .pxd gives the compiled functions their C types; the annotations stay as written, for Python)
"""The shipped CRF's weights, read from crfsuite's model file, and Viterbi decoding over them.

With the package compiled (``pip install .``), ``ner_crf.pxd`` gives ``viterbi`` C types and the tagger decodes
here: each position's label scores are the sum of a few weight vectors cached per word form, so a word's features
are not passed to crfsuite one string at a time. As plain Python this loop would be slower than crfsuite, so the
tagger calls crfsuite then (``COMPILED`` says which). Both give the same labels on every dev sentence (a test
compares them), but not the same scores to the last bit: weights are summed per group of features here, one
feature at a time in crfsuite, so a near tie could in principle be decided the other way.
"""

from __future__ import annotations

import struct
from array import array
from importlib.machinery import EXTENSION_SUFFIXES

# an extension module's file is the built library; a .pyc alone, or a module in a zip, is Python still
COMPILED = __file__.endswith(tuple(EXTENSION_SUFFIXES))

_STATE, _TRANSITION = 0, 1  # crfsuite's feature types


def read_weights(model: bytes) -> tuple[int, int, dict[int, list[tuple[int, float]]], array]:
    """From a crfsuite (CRF1d) model file: the number of labels, the number of attributes, attribute id ->
    [(label id, weight)], and the label-to-label transition weights (from * labels + to)."""
    if len(model) < 48 or model[:4] != b"lCRF" or model[8:12] != b"FOMC":
        raise ValueError("not a crfsuite CRF1d model")
    n_labels, n_attributes, at = struct.unpack_from("<III", model, 20)  # header fields
    chunk, _, count = struct.unpack_from("<4sII", model, at) if len(model) >= at + 12 else (b"", 0, 0)
    if chunk != b"FEAT" or len(model) < at + 12 + 20 * count:
        raise ValueError("crfsuite model without its feature chunk")
    state: dict[int, list[tuple[int, float]]] = {}
    transitions = array("d", [0.0] * n_labels * n_labels)
    for kind, src, dst, weight in struct.iter_unpack("<iiid", model[at + 12:at + 12 + 20 * count]):
        if kind == _STATE:
            state.setdefault(src, []).append((dst, weight))
        elif kind == _TRANSITION:
            transitions[src * n_labels + dst] = weight
    return n_labels, n_attributes, state, transitions


# A sentence's table holds ROW vector indices per word: a window's words with the two words either side of it (a
# padding word past an end of the sentence), window after window. A word's fields: its own features; its context
# features as seen from the word two after it, from the word one after it, from the word one before and from the word
# two before it; the start feature (BOS) it gives the word after it.
# A position's score takes, for each (offset, field) of LAYOUT, that field of the word at that offset from it.
ROW = 6
LAYOUT = ((0, 0), (-1, 5), (-2, 1), (-1, 2), (1, 3), (2, 4))  # in the order viterbi adds them


def viterbi(vectors, table, windows, extra, n_labels: int, work, labels: list[str]) -> list[str]:
    """The best label sequence (the names in ``labels``, by id) over the positions of ``windows`` (a list: start,
    end, start, end...: a window's positions read the table's rows start + 2 to end + 1, and the two rows either
    side), in order. A position's score for each label is the sum of nine
    weight vectors (``vectors[v * n_labels:(v + 1) * n_labels]``, vector 0 is zeros): six from ``table``, as
    ``LAYOUT`` says, and three from ``extra`` (a list), three runs of one index per position: its word pair with the
    word after it, with the word before it, and the KB tags around it. Vectors 1 to ``n_labels`` are the
    transitions: vector x + 1 holds the weights from label x to each label. Ties go to the lower label id, as in
    crfsuite. ``windows`` and ``extra`` are lists, read a few times each: turning them into arrays would cost more.
    ``work`` (doubles: 2 * n_labels, then n_labels a position) is scratch space the caller keeps: the scores of a
    position and of the one before, then the backpointers (label ids, exact as doubles). Compiled, making an array
    costs more than decoding a short sentence's labels, and each array passed is a buffer to set up (about a
    thousand instructions): the transitions ride in ``vectors`` and the backpointers in ``work`` for that. The
    names are filled in here, where the ids are machine ints: mapping them afterwards would cost a call per
    position."""
    n = len(extra) // 3
    if n == 0:
        return []
    # work[:n_labels]: the position's best scores by label; work[n_labels:2 * n_labels], the previous position's;
    # the backpointers from 2 * n_labels on
    t, r, back = 0, ROW, 2 * n_labels
    for w in range(0, len(windows), 2):
        for i in range(windows[w] + 2, windows[w + 1] + 2):  # the word's row in the table
            # where the position's nine vectors start, read once for all its labels
            v0, v1, v2 = table[i * r] * n_labels, table[(i - 1) * r + 5] * n_labels, table[(i - 2) * r + 1] * n_labels
            v3, v4 = table[(i - 1) * r + 2] * n_labels, table[(i + 1) * r + 3] * n_labels
            v5, v6, v7, v8 = table[(i + 2) * r + 4] * n_labels, extra[t], extra[n + t], extra[2 * n + t]
            v6, v7, v8 = v6 * n_labels, v7 * n_labels, v8 * n_labels  # as machine ints, compiled
            for y in range(n_labels):
                emission = (vectors[v0 + y] + vectors[v1 + y] + vectors[v2 + y] + vectors[v3 + y] + vectors[v4 + y]
                            + vectors[v5 + y] + vectors[v6 + y] + vectors[v7 + y] + vectors[v8 + y])
                if t == 0:
                    work[y] = emission
                    continue
                best, arg = work[n_labels] + vectors[n_labels + y], 0
                for x in range(1, n_labels):
                    value = work[n_labels + x] + vectors[(x + 1) * n_labels + y]
                    if value > best:
                        best, arg = value, x
                work[y] = best + emission
                work[back + t * n_labels + y] = arg
            for y in range(n_labels):
                work[n_labels + y] = work[y]
            t += 1
    last = 0
    for y in range(1, n_labels):
        if work[n_labels + y] > work[n_labels + last]:
            last = y
    path = [""] * n
    for t in range(n - 1, -1, -1):
        path[t] = labels[last]
        last = int(work[back + t * n_labels + last])
    return path


def _view(data):
    """``data`` (an array of doubles) as ``viterbi`` is passed it: compiled (ner_crf.pxd), a typed memoryview, which
    viterbi takes without acquiring the buffer again (a thousand instructions a sentence saved on each array);
    in Python, ``data`` itself."""
    return data


class Scores:
    """The model's weights as label-score vectors, one per group of features, kept in one flat array
    (``vectors``; vector 0 is zeros, for a group without any weighted feature, and vectors 1 to ``n_labels`` are
    the transitions, as ``viterbi`` reads them)."""

    # slots: ``best`` reads five of them per sentence, for less than an instance dict's entries
    __slots__ = ("transitions", "labels", "n_labels", "weights", "vectors", "_groups", "_work", "_vectors_view")

    def __init__(self, model: bytes, attributes: tuple[str, ...], labels: list[str]) -> None:
        n_labels, n_attributes, state, self.transitions = read_weights(model)
        if n_labels != len(labels):
            raise ValueError(f"the model has {n_labels} labels, {len(labels)} named")
        if n_attributes != len(attributes):  # the names are matched to ids by their position in the list
            raise ValueError(f"the model has {n_attributes} attributes, {len(attributes)} named")
        self.labels, self.n_labels = labels, n_labels
        self.weights = {name: state[i] for i, name in enumerate(attributes) if i in state}
        self.vectors = array("d", bytes(8 * n_labels)) + self.transitions
        self._vectors_view = None  # ``_view(vectors)``, made by ``best``, dropped when the vectors change
        self._groups: dict[tuple[str, ...], int] = {}
        self._work = _view(array("d"))  # viterbi's scratch space, kept between sentences

    def reset(self) -> None:
        """Drop the vectors summed so far (and so every index into them); the weights stay."""
        self.vectors = array("d", bytes(8 * self.n_labels)) + self.transitions
        self._vectors_view = None
        self._groups.clear()

    def vector(self, features: tuple[str, ...]) -> int:
        """The index of the vector summing these features' weights (cached by the tuple)."""
        found = self._groups.get(features)
        if found is None:
            total = [0.0] * self.n_labels
            for feature in features:
                for label, weight in self.weights.get(feature, ()):
                    total[label] += weight
            found = len(self.vectors) // self.n_labels if any(total) else 0
            if found:
                self._vectors_view = None  # an array whose buffer a view holds cannot grow
                self.vectors.extend(total)
            self._groups[features] = found
        return found

    def best(self, table: array, windows: list[int], extra: list[int]) -> list[str]:
        """The labels of the best sequence (the arguments are ``viterbi``'s)."""
        size = (2 + len(extra) // 3) * self.n_labels  # viterbi's scores and backpointers: n_labels a position
        if len(self._work) < size:
            self._work = _view(array("d", bytes(16 * size)))  # twice the size (8 bytes a double): it grows seldom
        if self._vectors_view is None:
            self._vectors_view = _view(self.vectors)
        return viterbi(self._vectors_view, table, windows, extra, self.n_labels, self._work, self.labels)
