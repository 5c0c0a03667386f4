"""Curated facts (YAML in ``data/``) and package facts turned into drafts: records whose references to other
records (country, stands_for, capital, a role's ``of``) are still names, resolved later by ``build``.

A reference is an id (``Q159``, ``W:...``), a two-letter ISO code for a country (``RU``), or a name that
exactly one record carries (or is the canonical name of).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from .packages import ascii_fold

_SLUG = re.compile(r"[^a-z0-9]+")
TYPES = {"PER", "ORG", "LOC", "MISC"}


@dataclass
class Draft:
    id: str
    type: str
    name: str
    kind: str = ""
    qid: str | None = None
    aliases: list[str] = field(default_factory=list)
    acronyms: list[str] = field(default_factory=list)
    former: list[str] = field(default_factory=list)
    country: str | None = None
    stands_for: str | None = None
    capital: str | None = None
    roles: list[dict[str, Any]] = field(default_factory=list)
    iso: str | None = None


def slug(name: str) -> str:
    return _SLUG.sub("-", ascii_fold(name)).strip("-")


def local_id(name: str) -> str:
    return f"W:{slug(name)}"


def _ascii_variant(name: str) -> list[str]:
    """"Bogotá" is also written "Bogota"; names already plain ASCII give nothing."""
    plain = ascii_fold(name)
    return [] if plain == name.casefold() or not plain else [_restore_case(name, plain)]


def _restore_case(original: str, plain: str) -> str:
    # NFKD keeps letters in place, so the accent-stripped form can take the original's capitals letter by letter.
    stripped = "".join(c for c in unicodedata.normalize("NFKD", original) if not unicodedata.combining(c))
    return stripped if stripped.casefold() == plain else plain.title()


def _draft(entry: dict[str, Any], defaults: dict[str, Any], where: str) -> Draft:
    data = {**defaults, **entry}
    unknown = set(data) - {f for f in Draft.__dataclass_fields__} - {"note"}
    if unknown or "name" not in data:
        raise ValueError(f"{where}: {entry.get('name')!r} has unknown fields {sorted(unknown)} or no name")
    data.pop("note", None)
    if data.get("type") not in TYPES:
        raise ValueError(f"{where}: {data['name']!r} has type {data.get('type')!r}")
    for key in ("aliases", "acronyms", "former", "roles"):
        data[key] = list(data.get(key) or [])
    data.setdefault("id", data.get("qid") or local_id(data["name"]))
    return Draft(**data)


def entry_drafts(data: dict[str, Any], source: str) -> list[Draft]:
    """A plain curated file: ``defaults`` (type, kind, country...) and ``entries``."""
    defaults = data.get("defaults") or {}
    return [_draft(e, defaults, source) for e in data.get("entries") or []]


def country_drafts(countries: list[dict[str, Any]], data: dict[str, Any]) -> list[Draft]:
    """Every ISO country, named as Indonesian news names it: curated name, else pycountry's Indonesian name."""
    curated: dict[str, dict] = dict(data.get("countries") or {})
    out = []
    for c in countries:
        extra = curated.pop(c["iso"], None) or {}
        names = [extra.get("name"), c["indonesian"], *c["english"]]
        name = next(n for n in names if n)
        aliases = [*(extra.get("aliases") or []), *[n for n in names[1:] if n]]
        aliases += [v for n in [name, *aliases] for v in _ascii_variant(n)]
        out.append(_draft({
            "name": name, "qid": extra.get("qid"), "id": extra.get("qid") or f"W:country:{c['iso']}",
            "aliases": aliases, "acronyms": extra.get("acronyms"), "former": extra.get("former"),
            "iso": c["iso"], "stands_for": extra.get("stands_for"),
        }, {"type": "LOC", "kind": "country"}, "countries"))
    for iso, extra in curated.items():  # states pycountry does not list (Kosovo, Palestine's variants...)
        out.append(_draft({**extra, "iso": iso, "id": extra.get("qid") or f"W:country:{iso}"},
                          {"type": "LOC", "kind": "country"}, "countries"))
    return out


def city_drafts(cities: list[dict[str, Any]], data: dict[str, Any]) -> list[Draft]:
    """Capitals and large cities from geonames, with the Indonesian names, QIDs and aliases of ``cities.yaml``
    (matched on country code and the geonames name, exactly)."""
    curated = {}
    for entry in data.get("cities") or []:
        key = (entry["country"], ascii_fold(entry.pop("geonames", entry["name"])))
        curated[key] = entry
    skip = {ascii_fold(n) for n in data.get("skip") or []}
    out = []
    for city in cities:
        key = (city["country"], ascii_fold(city["name"]))
        extra = curated.pop(key, None) or {}
        if key[1] in skip and not extra:
            continue
        name = extra.get("name") or city["name"]
        aliases = [*(extra.get("aliases") or []), city["name"]]
        aliases += [v for n in [name, *aliases] for v in _ascii_variant(n)]
        kind = "capital" if city["capital"] else "city"
        out.append(_draft({
            **extra, "name": name, "aliases": aliases, "kind": extra.get("kind", kind), "country": city["country"],
            "id": extra.get("qid") or f"W:geonames:{city['geonameid']}",
            "stands_for": extra.get("stands_for", city["country"] if city["capital"] else None),
        }, {"type": "LOC"}, "cities"))
    for (iso, _), entry in curated.items():  # curated cities geonames does not hold at our size limits
        out.append(_draft({"kind": "city", **entry, "country": iso}, {"type": "LOC"}, "cities"))
    return out


def region_drafts(data: dict[str, Any]) -> list[Draft]:
    """Indonesian provinces with their cities (kota) and regencies (kabupaten). A province's capital is named
    bare and found among its kota, then its kabupaten (Mamuju); a town that is neither becomes a city record."""
    out = []
    for prov in data.get("provinces") or []:
        prov = dict(prov)
        kota, kabupaten, capital = prov.pop("kota", []) or [], prov.pop("kabupaten", []) or [], prov.pop("capital")
        province = _draft({**prov, "aliases": [*(prov.get("aliases") or []), f"Provinsi {prov['name']}"]},
                          {"type": "LOC", "kind": "province", "country": "ID"}, "regions")
        kota_drafts = [_place(item, "Kota", [""]) for item in kota]
        kab_drafts = [_place(item, "Kabupaten", ["", "Kab. "]) for item in kabupaten]
        kota, kabupaten = [d.aliases[0] for d in kota_drafts], [d.aliases[0] for d in kab_drafts]
        places = dict(zip(kabupaten, kab_drafts)) | dict(zip(kota, kota_drafts))
        out += [province, *kota_drafts, *kab_drafts]
        if capital not in places:  # a town that is neither kota nor kabupaten (Sofifi, Tanjung Selor, Wamena)
            out.append(_draft({"name": capital, "country": "ID"}, {"type": "LOC", "kind": "city"}, "regions"))
            places[capital] = out[-1]
        province.capital = places[capital].id
    return out


def _place(item: str | dict[str, Any], head: str, prefixes: list[str]) -> Draft:
    """A kota or kabupaten: "Bogor" or {"Surakarta": {"aliases": ["Solo"]}} -> "Kota Surakarta" with its names."""
    bare, extra = (item, {}) if isinstance(item, str) else next(iter(item.items()))
    aliases = [f"{p}{bare}" for p in prefixes] + list(extra.get("aliases") or [])
    return _draft({**extra, "name": f"{head} {bare}", "aliases": aliases, "country": "ID"},
                  {"type": "LOC", "kind": head.lower()}, "regions")
