"""The loaded knowledge base: records by id, an alias index for exact look-up and an Aho-Corasick automaton
that finds every known name in a text in one pass.

The file is built by ``python -m warta.kb.build``; records are stored most-likely-first (countries before
provinces before cities...), so candidate ids keep that order.
"""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Iterable
from functools import lru_cache
from importlib.resources.abc import Traversable
from pathlib import Path

import ahocorasick

from .model import KBMatch, KBRecord

_SPACE = re.compile(r"\s+")


def fold(name: str) -> str:
    """The key ``lookup`` compares: case-folded, one space, straight apostrophes."""
    return _SPACE.sub(" ", name.replace("\u2019", "'").replace("\u2018", "'")).strip().casefold()


# ``fold`` by name, for look-ups: an article asks for its names again and again (each candidate, each prefix)
_folded = lru_cache(maxsize=65536)(fold)


def read_file(path: Path | Traversable) -> tuple[dict, list[KBRecord]]:
    """The meta line and the records of a built file (a path, or a resource inside a zipped package)."""
    with path.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as fh:
        meta = json.loads(fh.readline())["meta"]
        return meta, [KBRecord.from_dict(json.loads(line)) for line in fh]


class KnowledgeBase:
    """Records plus the two indexes over their names. Build it with ``knowledge_base()`` (cached).
    ``common_names``: the lower-case words very many Indonesians are named by (data/common_names.yaml)."""

    def __init__(self, records: Iterable[KBRecord], no_find: Iterable[str] = (),
                 common_names: Iterable[str] = ()) -> None:
        self.common_names = frozenset(common_names)
        self._records: dict[str, KBRecord] = {}
        self._by_name: dict[str, list[str]] = {}
        surfaces: dict[str, list[str]] = {}
        skip = set(no_find)
        for rec in records:
            self._records[rec.id] = rec
            for name in rec.names:
                _add(self._by_name, fold(name), rec.id)
                if name in skip:
                    continue
                # As written, and in capitals for datelines and shouting headlines ("MOSKOW", "KOREA UTARA").
                for surface in {name, name.upper()}:
                    _add(surfaces, surface, rec.id)
        # ``get(kb_id)``: the record with this id (KeyError when unknown). The dict's own method, bound once: the
        # pipeline asks for a record some 80 times an article, and a method of ours costs a Python call more
        self.get = self._records.__getitem__
        self._automaton = ahocorasick.Automaton()
        for surface, ids in surfaces.items():
            self._automaton.add_word(surface, (len(surface), tuple(ids)))
        if surfaces:
            self._automaton.make_automaton()

    def __len__(self) -> int:
        return len(self._records)

    def __contains__(self, kb_id: str) -> bool:
        return kb_id in self._records

    def __iter__(self):
        return iter(self._records.values())

    def lookup(self, name: str) -> list[KBRecord]:
        """Records one of whose names is exactly ``name``, ignoring case; most likely first."""
        return [self._records[i] for i in self._by_name.get(_folded(name), ())]

    def find(self, text: str) -> list[KBMatch]:
        """Every known name in ``text`` as a whole word (case as written, or all capitals), longest first
        where matches overlap, returned in text order."""
        if not self._records or not text:
            return []
        found = []
        n = len(text)
        for end_index, (length, ids) in self._automaton.iter(text):
            end = end_index + 1
            start = end - length
            if (start > 0 and text[start - 1].isalnum()) or (end < n and text[end].isalnum()):
                continue
            found.append((start, end, ids))
        # text order; no two matches share a span (one surface each), so ``ids`` are never compared
        found.sort()
        kept: list[KBMatch] = []
        i, total = 0, len(found)
        while i < total:
            # the run of matches overlapping one another from here: most names overlap none, and are kept as they are
            start, end, ids = found[i]
            j, reach = i + 1, end
            while j < total and found[j][0] < reach:
                reach = max(reach, found[j][1])
                j += 1
            if j == i + 1:
                kept.append(KBMatch(start, end, text[start:end], ids))
            else:
                kept += [KBMatch(a, b, text[a:b], run_ids) for a, b, run_ids in _longest_first(found[i:j])]
            i = j
        return kept


def _longest_first(run: list[tuple[int, int, tuple]]) -> list[tuple[int, int, tuple]]:
    """Of overlapping matches, the longest, then the earliest, and so on among those that overlap none kept: "Korea
    Utara" over "Korea", "Bank Indonesia" over "Indonesia". Returned in text order. A run resolves alone: what it
    keeps depends on its own matches only."""
    kept: list[tuple[int, int, tuple]] = []
    for start, end, ids in sorted(run, key=_longest_key):
        if all(end <= a or b <= start for a, b, _ in kept):
            kept.append((start, end, ids))
    kept.sort()
    return kept


def _longest_key(match: tuple[int, int, tuple]) -> tuple[int, int]:
    return match[0] - match[1], match[0]


def _add(index: dict[str, list[str]], key: str, kb_id: str) -> None:
    ids = index.setdefault(key, [])
    if kb_id not in ids:
        ids.append(kb_id)
