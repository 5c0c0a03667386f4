"""``warta eval``: precision, recall and F1 of warta against gold annotations, with floors CI enforces."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from ..article import Article
from .gold import GoldArticle, load_gold_dir
from .score import (Accuracy, Score, score_dateline, score_entities, score_events, score_linking,
                    score_quantities, score_quotes, score_times)

__all__ = ["EvalReport", "check_floors", "evaluate", "evaluate_dir", "format_report", "load_gold_dir"]

PRF = ("entities", "quotes", "attribution", "times", "times_value", "quantities", "quantities_value", "events")
ACC = ("quote_kind", "linking", "dateline", "event_modality")


@dataclass
class EvalReport:
    articles: int = 0
    prf: dict[str, Score] = field(default_factory=lambda: {k: Score() for k in PRF})
    acc: dict[str, Accuracy] = field(default_factory=lambda: {k: Accuracy() for k in ACC})
    per_article: list[tuple[str, dict[str, Score | Accuracy]]] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)

    def scores(self) -> dict[str, float]:
        out: dict[str, float] = {}
        for k, s in self.prf.items():
            out.update({f"{k}.p": s.precision, f"{k}.r": s.recall, f"{k}.f1": s.f1})
        out.update({f"{k}.acc": a.value for k, a in self.acc.items()})
        return {k: round(v, 4) for k, v in out.items()}


def evaluate(gold: GoldArticle, pred: Article) -> dict[str, Score | Accuracy]:
    found: dict[str, Score | Accuracy] = {"entities": score_entities(gold, pred), "linking": score_linking(gold, pred)}
    found["quotes"], found["attribution"], found["quote_kind"] = score_quotes(gold, pred)
    found["times"], found["times_value"] = score_times(gold, pred)
    found["quantities"], found["quantities_value"] = score_quantities(gold, pred)
    found["dateline"] = score_dateline(gold, pred)
    events = score_events(gold, pred)
    if events is not None:
        found["events"], found["event_modality"] = events
    return found


def evaluate_dir(gold_dir: Path, pred_dir: Path | None = None, pipeline=None) -> EvalReport:
    """Run warta (or read ``pred_dir/<id>.json``) on every gold article and add up the scores."""
    report = EvalReport()
    if pred_dir is None and pipeline is None:
        from ..pipeline import Pipeline

        pipeline = Pipeline()
    for gold in load_gold_dir(gold_dir):
        if pred_dir is not None:
            path = Path(pred_dir) / f"{gold.id}.json"
            if not path.exists():
                report.failures.append(f"{gold.id}: no prediction {path}")
                continue
            pred = Article.model_validate_json(path.read_text(encoding="utf-8"))
        else:
            pred = pipeline.analyze(gold.text, published=gold.published, id=gold.id)
        found = evaluate(gold, pred)
        report.articles += 1
        report.per_article.append((gold.id, found))
        for k, v in found.items():
            (report.prf if k in report.prf else report.acc)[k].add(v)
    return report


def format_report(report: EvalReport, verbose: bool = False) -> str:
    lines = [f"{report.articles} articles", f"{'':<18}{'P':>7}{'R':>7}{'F1':>7}{'gold':>7}{'pred':>7}"]
    for k, s in report.prf.items():
        lines.append(f"{k:<18}{s.precision:>7.3f}{s.recall:>7.3f}{s.f1:>7.3f}{s.n_gold:>7}{s.n_pred:>7}")
    for k, a in report.acc.items():
        lines.append(f"{k + ' accuracy':<32}{a.value:>7.3f}{a.total:>7}")
    lines += [f"failed: {f}" for f in report.failures]
    if verbose:
        for aid, found in report.per_article:
            lines.append(f"\n== {aid}")
            for k, v in found.items():
                for miss in getattr(v, "misses", []):
                    lines.append(f"  {k} missed: {miss}")
                for hit in getattr(v, "false_hits", []):
                    lines.append(f"  {k} false: {hit}")
                for wrong in getattr(v, "wrong", []):
                    lines.append(f"  {k} wrong: {wrong}")
    return "\n".join(lines)


def check_floors(report: EvalReport, floors_file: Path, set_name: str) -> list[str]:
    """Scores below the floors pinned for ``set_name`` in the TOML file; an empty list when all pass."""
    floors = tomllib.loads(Path(floors_file).read_text(encoding="utf-8")).get(set_name, {})
    scores = report.scores()
    below = [f"{set_name} {k} = {scores.get(k, 0.0):.4f} < {floor}" for k, floor in floors.items()
             if scores.get(k, 0.0) < floor]
    if report.failures:
        below.append(f"{set_name}: {len(report.failures)} articles could not be scored")
    return below
