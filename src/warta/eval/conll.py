"""Exact-span typed scoring of the entity recogniser on CoNLL files (the idner-news-2k format).

A CoNLL file has one token per line (token, optional POS, BIO tag last) and a blank line between sentences.
Each sentence is rebuilt as text (tokens joined by spaces), run through warta's tokeniser and recogniser, and the
predicted character spans are mapped back onto the file's tokens.

One convention differs and is bridged here, not in the recogniser: idner tags an organisation or place with its
bracketed acronym as one span ("Partai Persatuan Pembangunan (PPP)"), while warta keeps the expansion and the
acronym as two mentions of one entity. When a predicted ORG/LOC span is followed by a predicted acronym that
covers the next, bracketed token, the two are merged before scoring.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

Span = tuple[int, int, str]  # token start, token end (exclusive), type


@dataclass
class Sentence:
    tokens: list[str]
    labels: list[str]

    @property
    def text(self) -> str:
        return " ".join(self.tokens)

    def offsets(self) -> list[tuple[int, int]]:
        out, pos = [], 0
        for tok in self.tokens:
            out.append((pos, pos + len(tok)))
            pos += len(tok) + 1
        return out


@dataclass
class ConllScore:
    tp: int = 0
    n_pred: int = 0
    n_gold: int = 0
    by_type: dict[str, list[int]] = field(default_factory=dict)  # type -> [tp, pred, gold]
    errors: list[str] = field(default_factory=list)

    @staticmethod
    def _prf(tp: int, pred: int, gold: int) -> tuple[float, float, float]:
        p = tp / pred if pred else 0.0
        r = tp / gold if gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    @property
    def prf(self) -> tuple[float, float, float]:
        return self._prf(self.tp, self.n_pred, self.n_gold)

    def type_prf(self, kind: str) -> tuple[float, float, float]:
        return self._prf(*self.by_type.get(kind, [0, 0, 0]))


def read_conll(path: str | Path) -> list[Sentence]:
    sentences, tokens, labels = [], [], []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if not parts:
            if tokens:
                sentences.append(Sentence(tokens, labels))
                tokens, labels = [], []
            continue
        tokens.append(parts[0])
        labels.append(parts[-1])
    if tokens:
        sentences.append(Sentence(tokens, labels))
    return sentences


def gold_spans(labels: list[str]) -> list[Span]:
    from ..components.ner_model import bio_spans

    return bio_spans(labels)


def char_spans(sentence: Sentence) -> list[tuple[int, int, str]]:
    """The gold entities as character spans in warta's convention: a trailing "(ACR)" becomes its own span."""
    offs = sentence.offsets()
    out = []
    for a, b, kind in gold_spans(sentence.labels):
        last = sentence.tokens[b - 1]
        bracketed = last.startswith("(") and last.endswith(")") and len(last) > 2
        if bracketed and b - a > 1:
            out.append((offs[a][0], offs[b - 2][1], kind))
        if bracketed:
            out.append((offs[b - 1][0] + 1, offs[b - 1][1] - 1, kind))
        else:
            out.append((offs[a][0], offs[b - 1][1], kind))
    return out


def to_token_spans(sentence: Sentence, spans: list[tuple[int, int, str]]) -> list[Span]:
    """Character spans -> file token ranges (a token belongs when it overlaps), merging "X (ACR)" pairs."""
    offs = sentence.offsets()
    mapped: list[Span] = []
    for start, end, kind in sorted(spans):
        toks = [i for i, (s, e) in enumerate(offs) if s < end and start < e]
        if toks:
            mapped.append((toks[0], toks[-1] + 1, kind))
    merged: list[Span] = []
    for span in mapped:
        if merged:
            a, b, kind = merged[-1]
            tok = sentence.tokens[span[0]]
            if (span[0] == b and span[1] == b + 1 and kind == span[2] and kind in ("ORG", "LOC")
                    and tok.startswith("(") and tok.endswith(")")):
                merged[-1] = (a, span[1], kind)
                continue
        if not merged or span[0] >= merged[-1][1]:
            merged.append(span)
    return merged


def score_conll(sentences: list[Sentence], recognise: Callable[[str], list[tuple[int, int, str]]],
                keep_errors: int = 0) -> ConllScore:
    """Exact-span typed P/R/F1; ``recognise`` maps a sentence's text to (start, end, type) character spans."""
    score = ConllScore()
    for sentence in sentences:
        gold = set(gold_spans(sentence.labels))
        pred = {s for s in to_token_spans(sentence, recognise(sentence.text)) if s[2] in ("PER", "ORG", "LOC")}
        score.tp += len(gold & pred)
        score.n_pred += len(pred)
        score.n_gold += len(gold)
        for kind in ("PER", "ORG", "LOC"):
            row = score.by_type.setdefault(kind, [0, 0, 0])
            row[0] += sum(1 for s in gold & pred if s[2] == kind)
            row[1] += sum(1 for s in pred if s[2] == kind)
            row[2] += sum(1 for s in gold if s[2] == kind)
        if len(score.errors) < keep_errors and gold != pred:
            missed, extra = _show(sentence, gold - pred), _show(sentence, pred - gold)
            score.errors.append(f"{sentence.text}\n  missed: {missed}\n  extra:  {extra}")
    return score


def _show(sentence: Sentence, spans: set[Span]) -> str:
    return ", ".join(f"{k} {' '.join(sentence.tokens[a:b])}" for a, b, k in sorted(spans))


def recognise_text(text: str) -> list[tuple[int, int, str]]:
    """warta's full recogniser over one sentence of plain text (no dateline, no title)."""
    from ..components.entities import find_entities, knowledge_base_or_none
    from ..components.segment import tokenize

    sentences = [(0, len(text))]  # one CoNLL sentence is one sentence: do not re-split it
    tokens = tokenize(text, sentences)
    entities = find_entities(text, sentences, tokens, dateline=None, kb=knowledge_base_or_none())
    return [(m.start, m.end, e.type) for e in entities for m in e.mentions if m.kind in ("name", "acronym", "alias")]


def tag_text(text: str) -> list[tuple[int, int, str]]:
    """The statistical tagger alone (with its KB features), without rules, coreference or KB additions."""
    from ..components.entities import knowledge_base_or_none
    from ..components.ner_model import bio_spans, kb_tags, tag_words
    from ..components.segment import tokenize

    tokens = tokenize(text, [(0, len(text))])
    kb = knowledge_base_or_none()
    tags = kb_tags(tokens, kb.find(text), kb) if kb is not None else None
    spans = bio_spans(tag_words([text[s:e] for s, e in tokens], tags))
    return [(tokens[a][0], tokens[b - 1][1], kind) for a, b, kind in spans]


def evaluate_file(path: str | Path, keep_errors: int = 0, tagger_only: bool = False) -> ConllScore:
    """What ``warta eval-conll FILE`` reports: the full recogniser, or with ``tagger_only`` the CRF alone.

    The two differ by convention as much as by quality: idner-news-2k often leaves country names used as actors
    unannotated ("serangan yang dilancarkan Israel") and keeps titles and honorifics in names ("Ir. Soprijanto"),
    where warta's guidelines, and so its rules and KB additions, do the opposite."""
    return score_conll(read_conll(path), tag_text if tagger_only else recognise_text, keep_errors=keep_errors)


def format_score(score: ConllScore, label: str = "entities") -> str:
    p, r, f = score.prf
    lines = [f"{label} (exact span, typed)  P {p:.3f}  R {r:.3f}  F1 {f:.3f}   "
             f"gold {score.n_gold}  pred {score.n_pred}"]
    for kind in ("PER", "ORG", "LOC"):
        p, r, f = score.type_prf(kind)
        lines.append(f"  {kind}  P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
    return "\n".join(lines + score.errors)
