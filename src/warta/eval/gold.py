"""Gold annotations in the format of examples/FORMAT.md, loaded and anchored in the article text.

The gold format gives strings, not offsets; ``anchor`` finds the k-th occurrence of the k-th annotation with the
same string, so repeated expressions ("pada hari Selasa" three times) land on their own places.
"""

from __future__ import annotations

import json
import re
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
    """Offsets of each string in ``text``: whole-word occurrences, the k-th for the k-th listing of a string.

    Longer strings are placed first, and a shorter one never lands inside a longer one already placed ("Selasa"
    is not found inside "Selasa (11/6/2024)" when both are annotated).
    """
    strings = [normalize_text(s) if s else s for s in strings]
    nth: list[int] = []
    seen: Counter[str] = Counter()
    for s in strings:
        nth.append(seen[s])
        seen[s] += 1
    spans: list[tuple[int, int] | None] = [None] * len(strings)
    taken: list[tuple[int, int]] = []
    for i in sorted(range(len(strings)), key=lambda i: (-len(strings[i] or ""), i)):
        s = strings[i]
        if not s:
            continue
        whole = rf"(?<!\w)(?<!\d[.,]){re.escape(s)}(?!\w)(?![.,]\d)"  # not "42" inside "19.42"
        found = [(m.start(), m.start() + len(s)) for m in re.finditer(whole, text)]
        if not found:
            continue
        # earlier listings of the same string have taken their occurrences, so the first free one is the k-th
        free = [f for f in found if not any(a < f[1] and f[0] < b for a, b in taken)]
        spans[i] = free[0] if free else found[min(nth[i], len(found) - 1)]
        taken.append(spans[i])
    return spans
