"""Gold annotations in the format of examples/FORMAT.md, loaded and anchored in the article text.

The gold format gives strings, not offsets; ``anchor`` finds the k-th occurrence of the k-th annotation with the
same string, so repeated expressions ("pada hari Selasa" three times) land on their own places.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ..components.normalize import normalize_text


@dataclass
class GoldArticle:
    id: str
    text: str
    published: str | None
    dateline: str | None
    entities: list[dict]
    quotes: list[dict]
    times: list[dict]
    quantities: list[dict]
    events: list[dict] | None
    path: Path = field(repr=False, default=None)


def load_gold_dir(folder: Path) -> list[GoldArticle]:
    """Every ``<id>.gold.json`` with its ``<id>.txt`` in ``folder``, sorted by id."""
    articles = []
    for gold_path in sorted(Path(folder).glob("*.gold.json")):
        gid = gold_path.name[: -len(".gold.json")]
        txt = gold_path.with_name(f"{gid}.txt")
        data = json.loads(gold_path.read_text(encoding="utf-8"))
        articles.append(GoldArticle(
            id=gid,
            text=txt.read_text(encoding="utf-8"),
            published=data.get("published"),
            dateline=data.get("dateline"),
            entities=[e for e in data.get("entities", []) if e.get("type") in ("PER", "ORG", "LOC")],
            quotes=data.get("quotes", []),
            times=data.get("times", []),
            quantities=data.get("quantities", []),
            events=data.get("events"),
            path=gold_path,
        ))
    return articles


def anchor(text: str, strings: list[str]) -> list[tuple[int, int] | None]:
    """Offsets of each string in ``text``: the k-th occurrence for the k-th time a string is listed."""
    seen: Counter[str] = Counter()
    spans: list[tuple[int, int] | None] = []
    for s in strings:
        s = normalize_text(s) if s else s
        k = seen[s]
        seen[s] += 1
        pos = -1
        for _ in range(k + 1):
            pos = text.find(s, pos + 1) if s else -1
            if pos < 0:
                break
        if pos < 0 and s:
            pos = text.find(s)  # fewer occurrences than listings: fall back to the first
        spans.append((pos, pos + len(s)) if pos >= 0 else None)
    return spans
