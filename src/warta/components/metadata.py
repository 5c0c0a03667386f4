"""Article metadata read from the text: title, dateline city and outlet, wire agency, publication date.

Datelines come in a handful of house styles, all at the start of the first body paragraph:
``MOSKOW -``, ``MOSKOW (Reuters) -``, ``JAKARTA, KOMPAS.com -``, ``BANDUNG, detikJabar -``,
``Liputan6.com, Jakarta -``, ``TEMPO.CO, Jakarta -``, ``Jakarta (ANTARA) -``, ``Jakarta, CNN Indonesia --``,
``Mataram -`` (a city or regency the KB knows), ``detikSumut -``, ``Surabaya (beritajatim.com) -``,
``Semarang, 12/3 (ANTARA) -`` and the outlet alone, ``Suara.com -``. A wire credit may also close the article:
``(Reuters)``, ``(ant/afp)``, ``Sumber: Reuters``. When no publication date is given or found in HTML metadata,
the latest explicit full date in the text ("Senin (8/5/2023)", "29 Oktober 2024") is used.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache

from ..lang.id import load
from ..pipeline import Doc

_DASH = r"\s*[-\u2013\u2014]+\s+"
_CITY_CAPS = r"(?P<city>[A-Z][A-Z.'\u2019-]+(?: [A-Z][A-Z.'\u2019-]+){0,2})"
_CITY_TITLE = r"(?P<city>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})"
_DOMAIN = r"[A-Za-z][\w-]*\.(?:com|co\.id|co|id|net)"  # "Tribun-Timur.com"
_DAY_MONTH = r"(?:\s*,\s*\d{1,2}/\d{1,2})?"  # Antara's "Semarang, 12/3 (ANTARA) -"
_DATELINES = [
    # the outlet of one or two words: "KAIRO, CNN Indonesia -" (a known one, or a domain: see find_dateline)
    re.compile(rf"{_CITY_CAPS}\s*,\s*(?P<outlet>[A-Za-z][\w.-]+(?: [A-Z][\w.]*)?)\s*(?:\((?P<agency>[A-Za-z]+)\))?"
               rf"{_DASH}"),
    re.compile(rf"(?P<outlet>(?i:{_DOMAIN})){_DASH}{_CITY_CAPS}\.\s"),  # Kontan's "KONTAN.CO.ID - JAKARTA. ..."
    re.compile(rf"{_CITY_CAPS}{_DAY_MONTH}\s*(?:\((?P<agency>[A-Za-z]+)\))?{_DASH}"),
    re.compile(rf"(?P<outlet>{_DOMAIN})\s*,\s*{_CITY_TITLE}{_DASH}", re.IGNORECASE),
    re.compile(rf"{_CITY_TITLE}{_DAY_MONTH}\s*\((?P<agency>[A-Za-z]+)\){_DASH}"),
    re.compile(rf"{_CITY_TITLE}\s*\((?P<outlet>{_DOMAIN})\){_DASH}", re.IGNORECASE),  # "Surabaya (beritajatim.com) -"
    re.compile(rf"{_CITY_TITLE}\s*,\s*(?P<outlet>[A-Za-z][\w.]*(?: [A-Z][\w.]*)?){_DASH}"),
    # detik's form: "Mataram - ..." (a city the KB knows, see _dateline_place), "detikSumut - ..."
    re.compile(rf"(?P<place>[A-Z][a-z]+){_DASH}"),
    re.compile(rf"(?P<outlet>detik[A-Za-z]+){_DASH}"),
    re.compile(rf"(?P<outlet>{_DOMAIN}){_DASH}", re.IGNORECASE),  # the outlet alone: "Suara.com - "
]
_CREDIT = re.compile(r"^\(?\s*(?:sumber\s*:\s*)?(?P<names>[A-Za-z]+(?:\s*/\s*[A-Za-z]+)*)\s*\)?\.?$", re.IGNORECASE)
_CREDIT_TAIL = re.compile(r"\((?P<names>[A-Za-z]+(?:\s*/\s*[A-Za-z]+)*)\)\s*$")
_SLASH = re.compile(r"\s*/\s*")
_NUMERIC_DATE = re.compile(r"\((\d{1,2})/(\d{1,2})/(\d{4})\)")
# "\d(?<!\w.)\d?" is "\b\d{1,2}" written to start with a character class, which lets re skip to the next digit
_WRITTEN_DATE = re.compile(r"(\d(?<!\w.)\d?) ([A-Z][a-z]+) (\d{4})\b")


@dataclass(slots=True)
class Dateline:
    city: str | None
    outlet: str | None
    agency: str | None
    start: int
    end: int


def _body_start(text: str) -> tuple[str | None, int]:
    """The title (a short first line followed by a blank line) and where the body starts. A first line ending
    like a sentence or a quotation is the body's first paragraph, unless a dateline opens the paragraph after it
    (a headline quoting someone: 'Kapolri: "Tidak Ada Toleransi"')."""
    first, sep, _ = text.partition("\n\n")
    if not sep or "\n" in first or len(first) > 200:
        return None, 0
    body = len(first) + 2
    if first.rstrip().endswith((".", '"', "\u201d")) and find_dateline(text, body) is None:
        return None, 0
    return first.strip(), body


_SETTLEMENTS = frozenset({"city", "capital", "town", "kota", "kabupaten", "province"})


def _dateline_place(word: str, rest: str) -> bool:
    """detik's one-word dateline: a city or regency the KB knows, then a sentence (a capital or a quotation mark)
    that does not start with another place. Not a country ("Israel - Hamas sepakat": a pair), not an aside
    ("Gaza - yang ... -"), not a route ("Jakarta - Bandung kini ...")."""
    if not rest[:1].isupper() and rest[:1] not in "\"\u201c":
        return False
    from .entities import knowledge_base_or_none  # here: the KB is read only for a dateline of this form

    kb = knowledge_base_or_none()
    if kb is None:  # no KB built: only the unambiguous forms are read
        return False
    if not any(r.type == "LOC" and r.kind in _SETTLEMENTS for r in kb.lookup(word)):
        return False
    first = rest.split(maxsplit=1)[0].strip(",.")
    return not any(r.type == "LOC" for r in kb.lookup(first))


def find_dateline(text: str, start: int = 0) -> Dateline | None:
    sources = load("sources")
    for pattern in _DATELINES:
        m = pattern.match(text, start)
        if not m:
            continue
        groups = m.groupdict()
        outlet = (groups.get("outlet") or "").lower() or None
        agency = groups.get("agency")
        if "place" in groups and not _dateline_place(groups["place"], text[m.end():m.end() + 60]):
            continue
        if outlet:
            family = next((d for p, d in sources["outlet_prefixes"].items() if outlet.startswith(p)), None)
            if outlet not in sources["outlets"] and family is None and "." not in outlet:
                continue  # "JAKARTA, Senin -" is not an outlet
            outlet = sources["outlets"].get(outlet) or family or outlet
        agency = sources["agencies"].get(agency.lower()) if agency else None
        if outlet == "antaranews.com":
            agency = agency or "Antara"
        city = groups.get("city") or groups.get("place")
        return Dateline(city=city.upper() if city else None, outlet=outlet, agency=agency, start=m.start(),
                        end=m.end())
    return None


def find_agency(text: str) -> str | None:
    """A wire credit in the last paragraph: "(Reuters)", "(ant/afp)", "Sumber: AFP"."""
    agencies = load("sources")["agencies"]
    last = text.rstrip().rsplit("\n", 1)[-1].strip()
    m = _CREDIT.match(last) if len(last) < 40 else None
    m = m or _CREDIT_TAIL.search(last)
    if not m:
        return None
    # "(ant/afp)": Antara relaying AFP; the last named agency is the wire the story came from
    for name in reversed(_SLASH.split(m.group("names").lower())):
        if name in agencies:
            return agencies[name]
        if name == "ant":
            return "Antara"
    return None


def explicit_dates(text: str) -> list[date]:
    """Full dates written in the text: "(8/5/2023)" (day/month/year) and "29 Oktober 2024"."""
    months = load("calendar")["months"]
    found = []
    for d, m, y in _NUMERIC_DATE.findall(text):
        found.append((int(y), int(m), int(d)))
    for d, name, y in _WRITTEN_DATE.findall(text):
        if name.lower() in months:
            found.append((int(y), months[name.lower()], int(d)))
    dates = []
    for y, m, d in found:
        try:
            dates.append(date(y, m, d))
        except ValueError:
            continue
    return dates


# every byte but a-z as a space: the ASCII-encoded lower-case text (other characters become "?") then splits into
# the same runs of a-z as re.findall("[a-z]+") would find, in one pass of C instead of a match per word
_LETTERS_ONLY = bytes(c if 97 <= c <= 122 else 32 for c in range(256))
# the same that also lower-cases A-Z, all that str.lower() changes in ASCII: an ASCII text skips str.lower()
_LOWER_LETTERS_ONLY = bytes(c + 32 if 65 <= c <= 90 else c if 97 <= c <= 122 else 32 for c in range(256))


@cache
def _function_words() -> dict[str | None, frozenset[bytes]]:
    """Each language's function words, and (under None) those of all of them."""
    vocabularies = {lang: frozenset(w.encode() for w in ws) for lang, ws in load("language").items()}
    return {**vocabularies, None: frozenset().union(*vocabularies.values())}


def detect_language(text: str) -> str:
    """'id', 'en' or 'jv' by function-word counts; 'id' when the text is too short to tell."""
    head = text[:5000]
    if head.isascii():
        words = head.encode("ascii").translate(_LOWER_LETTERS_ONLY).split()
    else:
        words = head.lower().encode("ascii", "replace").translate(_LETTERS_ONLY).split()
    if len(words) < 8:
        return "id"
    # the function words of any language first, then each language's among them; a Counter of the words cost
    # three times more (built in Python, and each function word the text lacks is a call of its __missing__).
    # Comprehensions, not filter() or map(), which call set.__contains__ through a wrapper for each word
    vocabularies = _function_words()
    union = vocabularies[None]
    known = [w for w in words if w in union]
    counts = {lang: len([w for w in known if w in vocab]) for lang, vocab in vocabularies.items() if lang}
    best = max(counts, key=counts.get)
    return best if counts[best] > counts["id"] and counts[best] >= 3 else "id"


def first_body_sentence(article) -> int:
    """Index of the first sentence after the title line, when the text starts with its title."""
    title = article.meta.title
    return 1 if title and article.text.startswith(title) and len(article.sentences) > 1 else 0


class MetadataReader:
    name = "metadata"
    requires = ("text", "meta.given")
    assigns = ("meta", "dateline")

    def __init__(self, options=None) -> None:
        pass

    def __call__(self, doc: Doc) -> None:
        meta, text = doc.article.meta, doc.article.text
        source = doc.scratch.get("source_meta") or {}
        title, body = _body_start(text)
        meta.title = meta.title or source.get("title") or title
        meta.author = meta.author or source.get("author")
        meta.outlet = source.get("sitename")
        dateline = find_dateline(text, body)
        doc.scratch["dateline"] = dateline
        if dateline:
            meta.dateline = dateline.city
            meta.outlet = dateline.outlet or meta.outlet
            meta.agency = dateline.agency
        meta.agency = meta.agency or find_agency(text)
        meta.language = detect_language(text)
        if meta.language != "id":
            doc.article.warnings.append(f"the text looks like '{meta.language}', not Indonesian; results may be poor")
        if meta.published is None and source.get("date"):
            meta.published, meta.published_source = source["date"], "html"
        if meta.published is None:
            dates = explicit_dates(text)
            if dates:
                meta.published, meta.published_source = max(dates).isoformat(), "text"
