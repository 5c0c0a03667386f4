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

    def get(self, kb_id: str) -> KBRecord:
        """The record with this id (KeyError when unknown)."""
        return self._records[kb_id]

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
            # the sort key leads the tuple, so that a plain sort orders them (a key function is a call per match);
            # no two matches share a span (one surface each), so ``ids`` are never compared
            found.append((start - end, start, end, ids))
        # Longest wins, then the earliest: "Korea Utara" over "Korea", "Bank Indonesia" over "Indonesia".
        found.sort()
        taken = bytearray(n)
        kept = []
        for _, start, end, ids in found:
            if taken.find(1, start, end) >= 0:  # a longer name took one of its characters
                continue
            taken[start:end] = b"\x01" * (end - start)
            kept.append((start, end, ids))
        kept.sort()  # text order: kept names do not overlap, so no two share a start
        return [KBMatch(start, end, text[start:end], ids) for start, end, ids in kept]


def _add(index: dict[str, list[str]], key: str, kb_id: str) -> None:
    ids = index.setdefault(key, [])
    if kb_id not in ids:
        ids.append(kb_id)
