# cython: annotation_typing=False
# (its .pxd gives the compiled functions their C types; the annotations stay as written, for Python)
"""The statistical part of entity recognition: a CRF (python-crfsuite) that tags PER/ORG/LOC in BIO.

It runs only over *candidate windows*: runs of tokens that carry an upper-case letter, widened by one token on
each side, so lower-case stretches of text (most of an article) cost nothing. Features look at the whole
sentence (two tokens either side), so a window sees the same context it saw in training. Besides word shape,
affixes and neighbours, each word's list in ``lang/id/entities.yaml`` (title, head word, cue...) and the
knowledge base's matches ("B-LOC" over "Korea Utara") are features, so the model must be retrained when those
lists change (a test checks) and is best retrained after large KB changes.

The model is trained by ``scripts/train_ner.py`` on idner-news-2k (MIT; see ``models/ner/LICENSE.txt``) and the
sentences of the team's dev gold articles (eval/dev), and shipped gzipped in ``warta/models/ner/``; it is read into memory on first use, never at import. The compiled
package decodes with ``ner_decode`` (the model's weights summed per word form, Viterbi with C types in
``ner_crf``); plain Python passes the features to crfsuite. Both give the same labels on every dev sentence.
"""

from __future__ import annotations

import gzip
import hashlib
import re
import tempfile
from bisect import bisect_left
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path

from ..lang.id import load
from . import ner_crf

MODEL_PACKAGE = "warta.models.ner"
MODEL_FILE = "crf.crfsuite.gz"
VOCAB_FILE = "lowercase-vocab.txt"
LEXICON_HASH_FILE = "lexicon-hash.txt"
ATTRIBUTES_FILE = "attributes.txt.gz"  # the feature strings the model has weights for
_OPENERS = frozenset('"\u201c\u2018\'(')
_SHAPE_SUBS = [(re.compile(r"[A-Z]"), "X"), (re.compile(r"[a-z]"), "x"), (re.compile(r"\d"), "d")]
_SQUEEZE = re.compile(r"(.)\1+")


@cache
def lexicon() -> dict[str, str]:
    """Lower-case word -> lexicon class, from lang/id/entities.yaml and calendar.yaml (first words count)."""
    data = load("entities")
    lex: dict[str, str] = {}
    for cls in ("degrees", "honorifics", "titles", "loc_heads", "org_heads", "not_names", "language_cues",
                "person_cues", "place_cues"):
        for entry in data[cls]:
            lex.setdefault(entry.split()[0], cls)
    for seat in data["seats"]:
        lex.setdefault(seat.split()[0], "seats")
    calendar = load("calendar")
    for word in (*calendar["months"], *calendar["weekdays"]):
        lex[word] = "calendar"
    return lex


@lru_cache(maxsize=65536)
def lexicon_hash() -> str:
    """A digest of the word lists the features read; the model is stale when it differs from the one saved
    beside it at training time (``LEXICON_HASH_FILE``)."""
    items = "\n".join(f"{w}\t{c}" for w, c in sorted(lexicon().items()))
    return hashlib.sha1(items.encode("utf-8")).hexdigest()


def trained_lexicon_hash() -> str:
    return resources.files(MODEL_PACKAGE).joinpath(LEXICON_HASH_FILE).read_text(encoding="utf-8").strip()


@lru_cache(maxsize=65536)
def _shape(word: str) -> str:
    """Capitals as X, small letters as x, digits as d, runs squeezed: "Jakarta" -> "Xx", "2024" -> "d"."""
    if word.isascii():
        word = word.translate(_ASCII_SHAPE)  # the same as the three substitutions, in one pass
    else:
        for pattern, repl in _SHAPE_SUBS:
            word = pattern.sub(repl, word)
    return _SQUEEZE.sub(r"\1", word)


_ASCII_SHAPE = str.maketrans({**dict.fromkeys(map(chr, range(65, 91)), "X"),
                              **dict.fromkeys(map(chr, range(97, 123)), "x"),
                              **dict.fromkeys("0123456789", "d")})


_VOCAB: list[frozenset[str]] = []  # read on first use


def lowercase_vocab() -> frozenset[str]:
    """Words seen written in lower case in the training data: a capitalised one is likely sentence-initial. Kept in
    a list rather than behind functools.cache: asked for each sentence, where the cache's call costs more."""
    if not _VOCAB:
        text = resources.files(MODEL_PACKAGE).joinpath(VOCAB_FILE).read_text(encoding="utf-8")
        _VOCAB.append(frozenset(text.split()))
    return _VOCAB[0]


def forget_vocab() -> None:
    """Drop the lower-case vocabulary read and the word features made from it (after training writes a new one)."""
    _VOCAB.clear()
    word_features.cache_clear()


@lru_cache(maxsize=65536)
def word_features(word: str) -> tuple[str, ...]:
    """Features of one word form, independent of its position (cached: news repeats its words)."""
    low = word.lower()
    feats = ["w=" + low, "sh=" + _shape(word), "s3=" + low[-3:], "p3=" + low[:3]]
    if word[:1].isupper():
        feats.append("cap")
        if word.isupper() and len(word) > 1:
            feats.append("allcap")
    if low in lowercase_vocab():
        feats.append("lowvocab")
    cls = lexicon().get(low)
    if cls:
        feats.append("lex=" + cls)
    return tuple(feats)


@lru_cache(maxsize=131072)
def _context(word: str, tag: str) -> tuple[str, ...]:
    low = word.lower()
    cls = lexicon().get(low)
    if cls:
        return (f"{tag}w={low}", f"{tag}sh={_shape(word)}", f"{tag}lex={cls}")
    return (f"{tag}w={low}", f"{tag}sh={_shape(word)}")


@lru_cache(maxsize=65536)
def _word_row(word: str) -> tuple:
    """What the features need of one word form: its own features, its context features as seen from each
    neighbouring position, and its lower case (one cache look-up per word instead of five per position)."""
    return (word_features(word), _context(word, "-2:"), _context(word, "-1:"), _context(word, "1:"),
            _context(word, "2:"), word.lower())


def sentence_features(words: list[str], start: int, end: int, kb_tags: list[str] | None = None) -> list[list[str]]:
    """Feature lists for words[start:end], with context from the whole sentence (what the model is trained on).
    ``kb_tags`` gives, per word, "B-LOC"/"I-ORG"... where the knowledge base knows a name there (a gazetteer
    feature), else ""."""
    n = len(words)
    base = max(0, start - 2)
    info = [_word_row(w) for w in words[base:end + 2]]
    rows = []
    for i in range(start, end):
        k = i - base
        row = info[k]
        feats = list(row[0])
        if i == 0 or words[i - 1] in _BOS_AFTER:
            feats.append("BOS")
        feats += info[k - 2][1] if i >= 2 else _PAD_ROW[1]
        feats += info[k - 1][2] if i >= 1 else _PAD_ROW[2]
        feats += info[k + 1][3] if i + 1 < n else _PAD_ROW[3]
        feats += info[k + 2][4] if i + 2 < n else _PAD_ROW[4]
        if i + 1 < n:
            feats.append(f"bi+={row[5]}|{info[k + 1][5]}")
        if i > 0:
            feats.append(f"bi-={info[k - 1][5]}|{row[5]}")
        if kb_tags:
            if kb_tags[i]:
                feats.append("kb=" + kb_tags[i])
            if i > 0 and kb_tags[i - 1]:
                feats.append("-1:kb=" + kb_tags[i - 1])
            if i + 1 < n and kb_tags[i + 1]:
                feats.append("1:kb=" + kb_tags[i + 1])
        rows.append(feats)
    return rows


# the context features of a position outside the sentence, as seen from each neighbour (see ``_word_row``)
_PAD_ROW = (None, ("-2:pad",), ("-1:pad",), ("1:pad",), ("2:pad",), None)
_BOS_AFTER = frozenset([*_OPENERS, ".", ":", "-"])


@cache
def _known_pairs() -> tuple[dict[str, dict[str, bytes]], dict[str, dict[str, bytes]]]:
    """The word-pair features the model has weights for, "bi+=" and "bi-=" each as first word -> second word ->
    feature (a pair is filed under every "|" in the feature, so that words holding one are found too)."""
    after: tuple[dict, dict] = ({}, {})
    for feature in model_attributes():
        for side, prefix in enumerate(("bi+=", "bi-=")):
            if feature.startswith(prefix):
                body = feature[len(prefix):]
                for at in (i for i, ch in enumerate(body) if ch == "|"):
                    after[side].setdefault(body[:at], {})[body[at + 1:]] = feature.encode("utf-8")
    return after


def _encoded(features, known) -> tuple[bytes, ...]:
    return tuple(f.encode("utf-8") for f in features if f in known)


_NO_PAIRS: dict[str, bytes] = {}


def _known_row(word: str) -> tuple:
    """``_word_row`` as tagging reads it: the features the shipped model has weights for, in the bytes crfsuite
    takes without encoding them; then the lower case, the word-pair features this word starts ("bi+=", "bi-=")
    by the word that follows, and the BOS feature it gives the word after it."""
    known = model_attributes()
    row = _word_row(word)
    plus, minus = _known_pairs()
    return (*(_encoded(part, known) for part in row[:5]), row[5], plus.get(row[5], _NO_PAIRS),
            minus.get(row[5], _NO_PAIRS), _encoded(["BOS"] if word in _BOS_AFTER else [], known))


_ROWS: dict[str, tuple] = {}  # _known_row by word form: a dict look-up is about half an lru_cache's
_ROWS_MAX = 65_536  # emptied when it grows past this (the bound the lru_cache had)


def _known_rows(words: list[str]) -> list[tuple]:
    try:
        return list(map(_ROWS.__getitem__, words))
    except KeyError:
        if len(_ROWS) > _ROWS_MAX:
            _ROWS.clear()
        for w in words:
            if w not in _ROWS:
                _ROWS[w] = _known_row(w)
        return list(map(_ROWS.__getitem__, words))


@cache
def _known_pad() -> tuple:
    """The ``_known_row`` of a position outside the sentence (the word after it is the first: BOS)."""
    known = model_attributes()
    return (None, *(_encoded(part, known) for part in _PAD_ROW[1:5]), None, _NO_PAIRS, _NO_PAIRS,
            _encoded(["BOS"], known))


class _KBFeatures(dict):
    """A KB tag ("B-LOC") -> its feature under one prefix, as a tuple to add ("" -> nothing)."""

    def __init__(self, prefix: str) -> None:
        super().__init__({"": ()})
        self.prefix = prefix

    def __missing__(self, tag: str) -> tuple[bytes, ...]:
        self[tag] = ((self.prefix + tag).encode("utf-8"),)
        return self[tag]


_KB_HERE, _KB_BEFORE, _KB_AFTER = _KBFeatures("kb="), _KBFeatures("-1:kb="), _KBFeatures("1:kb=")


def model_features(words: list[str], start: int, end: int, kb_tags: list[str] | None = None) -> list[list[bytes]]:
    """``sentence_features`` as the shipped model reads them: without the features it has no weight for
    (crfsuite would drop them itself, after the cost of passing them) and encoded, from cached rows per word form."""
    lo, hi, n = start - 2, end + 2, len(words)
    info = _known_rows(words[max(0, lo):hi])
    if lo < 0 or hi > n:
        pad = _known_pad()
        info = [pad] * -lo + info + [pad] * (hi - n)
    rows = []
    # each position with the two rows either side of it, read as ner_crf.LAYOUT says (_known_row's BOS is field 8)
    for p2, p1, row, n1, n2 in zip(info, info[1:], info[2:], info[3:], info[4:]):
        feats = [*row[0], *p1[8], *p2[1], *p1[2], *n1[3], *n2[4]]
        if (f := row[6].get(n1[5])) is not None:
            feats.append(f)
        if (f := p1[7].get(row[5])) is not None:
            feats.append(f)
        rows.append(feats)
    # the KB's tag of the word itself, of the one before and of the one after (most windows have none)
    if kb_tags and any(tags := kb_tags[max(0, start - 1):end + 1]):
        tags = ([""] if start == 0 else []) + tags + ([""] if end == n else [])
        for feats, before, here, after in zip(rows, tags, tags[1:], tags[2:]):
            if here or before or after:
                feats += _KB_HERE[here] + _KB_BEFORE[before] + _KB_AFTER[after]
    return rows


def candidate_windows(words: list[str], margin: int = 1, lows: list[str] | None = None) -> list[tuple[int, int]]:
    """Token ranges worth tagging: runs of words with a capital letter, widened by ``margin`` on each side.
    ``lows``: the words in lower case, when the caller has them."""
    windows: list[tuple[int, int]] = []
    n = len(words)
    if lows is None:
        lows = list(map(str.lower, words))
    # the words with a capital letter (changed by lower-casing); compiled, an indexed loop costs less than
    # compress/map, which calls a function per word
    for i, w in enumerate(words):
        if w == lows[i]:
            continue
        a, b = max(0, i - margin), min(n, i + 1 + margin)
        if windows and a <= windows[-1][1]:
            windows[-1] = (windows[-1][0], b)
        else:
            windows.append((a, b))
    return windows


@cache
def _loaded():
    import pycrfsuite

    model = gzip.decompress(resources.files(MODEL_PACKAGE).joinpath(MODEL_FILE).read_bytes())
    t = pycrfsuite.Tagger()
    t.open_inmemory(model)
    return t, model  # crfsuite reads the model in place: the bytes must outlive the tagger


def tagger():
    """The shipped CRF, read into memory once."""
    return _loaded()[0]


@cache
def model_attributes() -> frozenset[str]:
    """The attributes (feature strings) the shipped model has weights for, as the training script listed them."""
    return frozenset(_attribute_list())


@cache
def _attribute_list() -> tuple[str, ...]:
    """The shipped model's attributes in the order of their ids in the model file."""
    return attribute_names(gzip.decompress(resources.files(MODEL_PACKAGE).joinpath(ATTRIBUTES_FILE).read_bytes()))


def attribute_names(data: bytes) -> tuple[str, ...]:
    """The names of an attributes file, one a line as scripts/train_ner.py writes them. Only a line feed ends a
    line: splitlines() would also split at characters a feature may hold (U+2028, U+0085...), shifting later ids."""
    return tuple(data.decode("utf-8").removesuffix("\n").split("\n"))


def forget_model() -> None:
    """Drop everything read from the shipped model, so the next tagging reads the files again (after training)."""
    for cached in (_loaded, model_attributes, _attribute_list, _known_pairs, _known_pad):
        cached.cache_clear()
    _ROWS.clear()
    from . import ner_decode  # here, not at the top: it imports this module

    ner_decode.forget()


def dump_attributes(model: Path) -> list[str]:
    """The attributes a CRF model file has weights for, read from crfsuite's text dump (training time only)."""
    import pycrfsuite

    t = pycrfsuite.Tagger()
    t.open(str(model))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "model.txt"
        t.dump(str(path))
        lines = path.read_text(encoding="utf-8").split("\n")
    t.close()
    start = lines.index("ATTRIBUTES = {") + 1
    end = lines.index("}", start)
    return [line.split(": ", 1)[1] for line in lines[start:end]]


@cache
def _decoder():
    """``ner_decode.decoded``, imported on first use: ner_decode imports this module (an import statement in
    ``tag_words`` would cost several microseconds a sentence)."""
    from .ner_decode import decoded

    return decoded


def tag_words(words: list[str], kb_tags: list[str] | None = None, lows: list[str] | None = None) -> list[str]:
    """BIO labels for one sentence's words; words outside candidate windows are "O". ``lows``: the words in lower
    case, when the caller has them."""
    labels = ["O"] * len(words)
    windows = candidate_windows(words, lows=lows)
    if not windows:
        return labels
    # one sequence for all of a sentence's windows: they are joined at margin words, which are nearly always "O"
    if ner_crf.COMPILED:
        tagged = _decoder()(words, windows, kb_tags)
    else:
        feats: list[list[bytes]] = []
        for a, b in windows:
            feats += model_features(words, a, b, kb_tags)
        tagged = tagger().tag(feats)
    k = 0
    for a, b in windows:
        labels[a:b] = tagged[k:k + b - a]
        k += b - a
    return labels


def kb_tags(tokens: list[tuple[int, int]], matches, kb) -> list[str]:
    """Per token, the BIO tag of the knowledge-base name covering it (type of its most likely record), else ""."""
    tags = [""] * len(tokens)
    if not matches:
        return tags
    starts = [s for s, _ in tokens]
    n = len(tokens)
    for m in matches:
        i = bisect_left(starts, m.start)
        kind = kb.get(m.ids[0]).type
        first = True
        end = m.end
        while i < n and tokens[i][1] <= end:
            tags[i] = ("B-" if first else "I-") + kind
            first = False
            i += 1
    return tags


def bio_spans(labels: list[str]) -> list[tuple[int, int, str]]:
    """(start, end, type) token ranges from BIO labels; a stray I- starts a new span."""
    spans: list[tuple[int, int, str]] = []
    start, kind, last = -1, "", -1
    for i, label in enumerate(labels):  # most labels are "O" (a string compare, compiled)
        if label == "O":
            continue
        if start >= 0 and (i != last + 1 or label[0] == "B" or label[2:] != kind):
            spans.append((start, last + 1, kind))
            start = -1
        if start < 0:
            start, kind = i, label[2:]
        last = i
    if start >= 0:
        spans.append((start, last + 1, kind))
    return spans
