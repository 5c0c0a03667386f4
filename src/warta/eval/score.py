"""Scoring one predicted ``Article`` against one ``GoldArticle``.

Every field is matched one-to-one, greedily in text order; each ``Score`` keeps the misses (gold not found) and
false hits (predicted, not in gold) so ``warta eval -v`` can show them.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from dataclasses import dataclass, field

from ..article import Article
from .gold import GoldArticle, anchor


@dataclass
class Score:
    tp: int = 0
    n_pred: int = 0
    n_gold: int = 0
    misses: list[str] = field(default_factory=list)
    false_hits: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        self.tp += other.tp
        self.n_pred += other.n_pred
        self.n_gold += other.n_gold

    @property
    def precision(self) -> float:
        return self.tp / self.n_pred if self.n_pred else (1.0 if not self.n_gold else 0.0)

    @property
    def recall(self) -> float:
        return self.tp / self.n_gold if self.n_gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Accuracy:
    right: int = 0
    total: int = 0
    wrong: list[str] = field(default_factory=list)

    def add(self, other: Accuracy) -> None:
        self.right += other.right
        self.total += other.total

    @property
    def value(self) -> float:
        return self.right / self.total if self.total else 1.0


def _fold(s: str | None) -> str:
    return " ".join((s or "").casefold().split())


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _match(gold: list, pred: list, same) -> list[tuple[int, int]]:
    """One-to-one greedy matching: each gold item takes the first unused predicted item that ``same`` accepts."""
    used: set[int] = set()
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if pi not in used and same(g, p):
                used.add(pi)
                pairs.append((gi, pi))
                break
    return pairs


def _score(pairs, n_gold, n_pred, gold_label, pred_label, ok=lambda gi, pi: True) -> Score:
    good = [(gi, pi) for gi, pi in pairs if ok(gi, pi)]
    hit_g, hit_p = {gi for gi, _ in good}, {pi for _, pi in good}
    return Score(tp=len(good), n_pred=n_pred, n_gold=n_gold,
                 misses=[gold_label(i) for i in range(n_gold) if i not in hit_g],
                 false_hits=[pred_label(i) for i in range(n_pred) if i not in hit_p])


def score_entities(gold: GoldArticle, pred: Article) -> Score:
    ents = [e for e in pred.entities if e.type in ("PER", "ORG", "LOC")]
    gold_names = [{_fold(g["name"]), *map(_fold, g.get("mentions", []))} for g in gold.entities]
    pred_names = [{_fold(e.name), *(_fold(m.text) for m in e.mentions), *map(_fold, e.aliases)} for e in ents]

    def same(gi, pi):
        g, e = gold.entities[gi], ents[pi]
        return g["type"] == e.type and (_fold(e.name) in gold_names[gi] or _fold(g["name"]) in pred_names[pi])

    pairs = _match(range(len(gold.entities)), range(len(ents)), same)
    return _score(pairs, len(gold.entities), len(ents),
                  lambda i: f'{gold.entities[i]["type"]} {gold.entities[i]["name"]}',
                  lambda i: f"{ents[i].type} {ents[i].name}")


def score_linking(gold: GoldArticle, pred: Article) -> Accuracy:
    """Of the gold entities annotated with a Wikidata id (``"qid"``), how many warta finds with that id."""
    ents = [e for e in pred.entities if e.type in ("PER", "ORG", "LOC")]
    by_name: dict[str, list] = {}
    for e in ents:
        for name in {_fold(e.name), *(_fold(m.text) for m in e.mentions)}:
            by_name.setdefault(name, []).append(e)
    acc = Accuracy()
    for g in gold.entities:
        if not g.get("qid"):
            continue
        acc.total += 1
        names = {_fold(g["name"]), *map(_fold, g.get("mentions", []))}
        found = {e.kb for n in names for e in by_name.get(n, []) if e.type == g["type"]}
        if g["qid"] in found:
            acc.right += 1
        else:
            acc.wrong.append(f'{g["name"]} gold {g["qid"]}, got {sorted(k or "-" for k in found) or "no entity"}')
    return acc


def _speaker_ok(gold: GoldArticle, g: dict, pred: Article, q) -> bool:
    if q.speaker is None:
        return False
    by_name = {_fold(e["name"]): e for e in gold.entities}
    wanted = {_fold(g.get("speaker")), *map(_fold, g.get("alt_speakers", []))}
    is_entity = _fold(g.get("speaker")) in by_name
    for name in list(wanted):
        if name in by_name:
            wanted |= set(map(_fold, by_name[name].get("mentions", [])))
    got = {_fold(q.speaker.name)}
    entity = next((e for e in pred.entities if e.id == q.speaker.entity), None)
    if entity is not None:
        got |= {_fold(entity.name), *(_fold(m.text) for m in entity.mentions if m.kind in ("name", "acronym"))}
    if wanted & got:
        return True
    if is_entity:
        return False
    # an unnamed source: a fuller description of the same source is right ("seorang diplomat yang ...")
    return any(w and (w in p or (len(p.split()) > 1 and p in w)) for w in wanted for p in got)


def score_quotes(gold: GoldArticle, pred: Article) -> tuple[Score, Score, Accuracy]:
    heads = anchor(pred.text, [g.get("content_head", "") for g in gold.quotes])
    quotes = pred.quotes

    def same(gi, pi):
        return heads[gi] is not None and _overlaps(heads[gi], (quotes[pi].start, quotes[pi].end))

    pairs = _match(range(len(gold.quotes)), range(len(quotes)), same)
    glabel = lambda i: f'{gold.quotes[i].get("speaker")}: {gold.quotes[i].get("content_head")}'  # noqa: E731
    plabel = lambda i: f'{quotes[i].speaker.name if quotes[i].speaker else "?"}: {quotes[i].content[:50]}'  # noqa: E731
    detection = _score(pairs, len(gold.quotes), len(quotes), glabel, plabel)
    attribution = _score(pairs, len(gold.quotes), len(quotes), glabel, plabel,
                         ok=lambda gi, pi: _speaker_ok(gold, gold.quotes[gi], pred, quotes[pi]))
    kind = Accuracy()
    for gi, pi in pairs:
        kind.total += 1
        if gold.quotes[gi].get("kind") == quotes[pi].kind:
            kind.right += 1
        else:
            kind.wrong.append(f"{glabel(gi)} gold {gold.quotes[gi].get('kind')}, got {quotes[pi].kind}")
    return detection, attribution, kind


def _score_spans(gold_items, spans, pred_items, value_ok) -> tuple[Score, Score]:
    def same(gi, pi):
        return spans[gi] is not None and _overlaps(spans[gi], (pred_items[pi].start, pred_items[pi].end))

    pairs = _match(range(len(gold_items)), range(len(pred_items)), same)
    glabel = lambda i: f'{gold_items[i]["text"]!r}={gold_items[i].get("value")}'  # noqa: E731
    plabel = lambda i: f"{pred_items[i].text!r}={pred_items[i].value}"  # noqa: E731
    found = _score(pairs, len(gold_items), len(pred_items), glabel, plabel)
    exact = _score(pairs, len(gold_items), len(pred_items), glabel, plabel,
                   ok=lambda gi, pi: value_ok(gold_items[gi].get("value"), pred_items[pi].value))
    return found, exact


def score_times(gold: GoldArticle, pred: Article) -> tuple[Score, Score]:
    """Dates and times only: the gold format does not annotate durations and frequencies (GUIDELINES.md)."""
    spans = anchor(pred.text, [t["text"] for t in gold.times])
    points = [t for t in pred.times if t.type in ("DATE", "TIME")]
    return _score_spans(gold.times, spans, points, lambda g, p: g == p)


def score_quantities(gold: GoldArticle, pred: Article) -> tuple[Score, Score]:
    spans = anchor(pred.text, [q["text"] for q in gold.quantities])

    def value_ok(g, p):
        return g is not None and p is not None and math.isclose(float(g), float(p), rel_tol=1e-9)

    return _score_spans(gold.quantities, spans, pred.quantities, value_ok)


def score_dateline(gold: GoldArticle, pred: Article) -> Accuracy:
    right = _fold(gold.dateline) == _fold(pred.meta.dateline)
    return Accuracy(right=int(right), total=1,
                    wrong=[] if right else [f"gold {gold.dateline}, got {pred.meta.dateline}"])


def score_events(gold: GoldArticle, pred: Article) -> tuple[Score, Accuracy] | None:
    """Event type + actor; None when the gold article has no event annotation."""
    if gold.events is None:
        return None
    starts = [s for s, _ in pred.sentences]
    heads = anchor(pred.text, [g.get("sentence_head", "") for g in gold.events])
    sentence_of = [bisect_right(starts, h[0]) - 1 if h else -1 for h in heads]
    by_id = {e.id: e for e in pred.entities}
    gold_ents = {_fold(e["name"]): {_fold(e["name"]), *map(_fold, e.get("mentions", []))} for e in gold.entities}

    def actor_ok(gold_actor, pred_actor):
        if not gold_actor or not pred_actor:
            return not gold_actor and not pred_actor
        entity = by_id.get(pred_actor)
        if entity is None:
            return False
        names = {_fold(entity.name), *(_fold(m.text) for m in entity.mentions)}
        if entity.stands_for and entity.stands_for in by_id:
            names.add(_fold(by_id[entity.stands_for].name))
        return bool(names & gold_ents.get(_fold(gold_actor), {_fold(gold_actor)}))

    def same(gi, pi):
        g, v = gold.events[gi], pred.events[pi]
        near = _fold(v.trigger.text) in map(_fold, g.get("triggers", [])) or v.sentence == sentence_of[gi]
        return g.get("type") == v.type and near and actor_ok(g.get("actor"), v.actor)

    pairs = _match(range(len(gold.events)), range(len(pred.events)), same)
    score = _score(pairs, len(gold.events), len(pred.events),
                   lambda i: f'{gold.events[i]["type"]} {gold.events[i].get("actor")} {gold.events[i].get("triggers")}',
                   lambda i: f"{pred.events[i].type} {pred.events[i].trigger.text!r}")
    modality = Accuracy()
    for gi, pi in pairs:
        modality.total += 1
        if gold.events[gi].get("modality") == pred.events[pi].modality:
            modality.right += 1
    return score, modality
