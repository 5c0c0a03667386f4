"""A tiny in-memory knowledge base with the interface of warta.kb (find/get/lookup), for entity tests."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Rec:
    id: str
    type: str
    name: str
    qid: str | None = None
    aliases: tuple[str, ...] = ()
    acronyms: tuple[str, ...] = ()
    stands_for: str | None = None
    kind: str = ""
    roles: tuple[dict, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases, *self.acronyms)


@dataclass(frozen=True)
class Match:
    start: int
    end: int
    surface: str
    ids: tuple[str, ...]


class FakeKB:
    """The KB interface (find/get/lookup, common_names) over a handful of records, longest match first."""

    def __init__(self, *records: Rec) -> None:
        self.records = {r.id: r for r in records}
        self.common_names: frozenset[str] = frozenset()

    def __contains__(self, rid: str) -> bool:
        return rid in self.records

    def get(self, rid: str) -> Rec:
        return self.records[rid]

    def lookup(self, name: str) -> list[Rec]:
        return [r for r in self.records.values() if name.casefold() in (n.casefold() for n in r.names)]

    def find(self, text: str) -> list[Match]:
        found = []
        for r in self.records.values():
            for n in r.names:
                pos = text.find(n)
                while pos >= 0:
                    end = pos + len(n)
                    if (pos == 0 or not text[pos - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
                        found.append((pos, end, r.id))
                    pos = text.find(n, pos + 1)
        ids: dict[tuple[int, int], list[str]] = {}
        for s, e, rid in found:  # records in the order given: most likely first
            ids.setdefault((s, e), []).append(rid)
        taken, out = set(), []
        for s, e in sorted(ids, key=lambda m: (m[0] - m[1], m[0])):
            if not taken & set(range(s, e)):
                taken |= set(range(s, e))
                out.append(Match(s, e, text[s:e], tuple(ids[s, e])))
        return sorted(out, key=lambda m: m.start)
