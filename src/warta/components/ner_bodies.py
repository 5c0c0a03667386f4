"""Names that stand for another body the article names, found over the whole article:

- an acronym defined in brackets before a region, written again with that region in another form, is the body it
  was defined for ("Kepolisian Daerah (Polda) Kepulauan Bangka Belitung" ... "Polda Babel");
- a body written before the region of one of its branches is that branch ("Kepala Ombudsman Kalbar" after
  "Ombudsman RI Perwakilan Kalimantan Barat");
- a city after a sports word is the club of that city the article names ("pelatih Makassar": PSM Makassar);
- a national body written right before a region is its office there, one organisation ("Basarnas Palu"), also
  after "Kantor", which the tagger takes for a building ("Kantor Basarnas Banda Aceh");
- an office's short name alone stands for the one office of its kind the article names, none when it names two;
  a region's government's ("Pemkab") none when it names none either.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from ..lang.id import load
from . import coref
from .coref_forms import region_after
from .ner_lexicon import lexicon, phrase_at
from .ner_rules import Cand


def acronyms_with_their_region(cands: list[Cand], text: str, kb) -> list[Cand]:
    """An acronym defined in brackets before a region, written again with that region in any of its forms, is
    the body defined there: "Kepolisian Daerah (Polda) Kepulauan Bangka Belitung" ... "Polda Babel" (the KB
    knows Babel), "Dinas Kesehatan (Dinkes) Provinsi Papua" ... "Dinkes Papua", "Komisi Nasional Hak Asasi
    Manusia (Komnas HAM) Perwakilan Kalimantan Barat" ... "Komnas HAM Perwakilan Kalbar". Another region ("Disdikbud
    Kapuas Hulu" after "Disdikbud) Kalimantan Barat") is another body."""
    places = {c.start: c.end for c in cands if c.type == "LOC"}
    defined: dict[str, tuple[Cand, set[str]]] = {}
    for c in cands:
        if c.kind != "acronym" or c.partner is None or c.partner.type != "ORG" or text[c.end:c.end + 2] != ") ":
            continue
        at = region_after(text, c.end + 2, places)
        if at is not None:  # the branch word, if any, is read as written: "perwakilan kalimantan barat", "... kalbar"
            branch = coref.fold(text[c.end + 2:at]) + " " if at > c.end + 2 else ""
            head = coref.fold(text[c.partner.start:c.partner.end]).split()[0] + " "
            defined[coref.fold(text[c.start:c.end])] = (c.partner, head, {branch + f for f in _region_forms(
                text[at:places[at]], kb)})
    if not defined:
        return cands
    for c in cands:
        if c.type == "ORG" and c.kind == "name" and c.partner is None:
            written = coref.fold(text[c.start:c.end])
            for acronym, (partner, head, forms) in defined.items():  # an article defines few
                # the body's head word may come first: "Dinas PUPR Muratara" after "Dinas Pekerjaan Umum dan
                # Penataan Ruang (PUPR) Kabupaten Musi Rawas Utara"
                rest = written[len(head):] if written.startswith(head) else written
                if rest.startswith(acronym + " ") and rest[len(acronym) + 1:] in forms:
                    c.partner = partner
                    break
    return cands


def bodies_by_region_forms(cands: list[Cand], text: str, kb) -> list[Cand]:
    """A body written again with its region in another form is the body named in the most words: "Dinas Kehutanan
    Sumbar" and "Dinas Kehutanan Sumatera Barat" are "Dinas Kehutanan Provinsi Sumatera Barat" (the KB knows one
    region by each form). "Dinas Kesehatan Kota Kupang" is not "Dinas Kesehatan Kabupaten Kupang": the region's
    head word is read with it, and a form the KB knows for two regions names neither."""
    if kb is None:
        return cands
    groups: dict[tuple[str, str], list[Cand]] = {}
    for c in cands:
        if c.type == "ORG" and c.kind == "name" and c.partner is None and " " in text[c.start:c.end]:
            key = _body_and_region(text[c.start:c.end], kb)
            if key is not None:
                groups.setdefault(key, []).append(c)
    for group in groups.values():
        if len(group) > 1:
            full = max(group, key=lambda c: (len(text[c.start:c.end].split()), -c.start))
            for c in group:
                if text[c.start:c.end] != text[full.start:full.end]:
                    c.partner = full
    return cands


@lru_cache(maxsize=4096)
def _body_and_region(name: str, kb) -> tuple[str, str] | None:
    """A body's name without the region at its end, folded, and the KB id of that region: None when no region the
    KB knows as one place ends it, or nothing is left before it."""
    words = name.split()
    for k in range(min(4, len(words) - 1), 0, -1):
        if words[-k - 1].lower() in lexicon().region_heads:
            continue  # the region is read with its head word, one more word
        places = [r for r in kb.lookup(" ".join(words[-k:])) if r.type == "LOC"]
        if len(places) == 1:
            return coref.fold(" ".join(words[:-k])), places[0].id
    return None


def _region_forms(name: str, kb) -> set[str]:
    """The forms a region may take again: as written, without its head word, and every name the KB knows it by
    ("Provinsi Kepulauan Bangka Belitung": "bangka belitung", "babel"...), folded."""
    forms = {coref.fold(name), coref.fold(coref.strip_head(name) or name)}
    records = kb.lookup(name) if kb is not None else []
    if len(records) == 1:
        forms |= {coref.fold(f) for f in records[0].names}
    return forms


def offices_of_bodies(cands: list[Cand], text: str, kb) -> list[Cand]:
    """A place named "Kantor" and a body the KB knows is that body's office, an organisation: "[Kantor Basarnas
    Banda Aceh]", "[Kantor Imigrasi Ngurah Rai]"; not a building of an office holder's, a place whatever the
    tagger took it for ("[Kantor Gubernur Aceh]", "[Kantor Bupati Jayapura]")."""
    for c in cands:
        if c.kind == "name" and kb is not None and text.startswith("Kantor ", c.start):
            words = text[c.start + 7:c.end].split()
            if c.type == "ORG" and words and phrase_at(words, 0, lexicon().person_titles):
                c.type, c.kb_ids = "LOC", ()
                continue
            if c.type != "LOC":
                continue
            if any(r.type == "ORG" for k in range(len(words), 0, -1) for r in kb.lookup(" ".join(words[:k]))):
                c.type, c.kb_ids = "ORG", ()  # the office, not the national body the KB knows
    return cands


def branches_by_region(cands: list[Cand], text: str, kb) -> list[Cand]:
    """A body written before the region of one of its branches the article names is that branch: "Kepala
    [Ombudsman] Kalbar" after "Ombudsman RI Perwakilan Kalimantan Barat" (the region stays a place of its own)."""
    branch_words = lexicon().branch_words
    branches = []
    for c in cands:
        if c.type == "ORG" and c.kind == "name":
            words = text[c.start:c.end].split()
            k = next((k for k in range(1, len(words) - 1) if words[k].lower() in branch_words), None)
            if k is not None:
                branches.append((coref.fold(" ".join(words[:k])), _region_forms(" ".join(words[k + 1:]), kb), c))
    if not branches:
        return cands
    by_start = {c.start: c for c in cands if c.type == "LOC"}
    for c in cands:
        region = by_start.get(c.end + 1)
        if c.type != "ORG" or c.kind != "name" or c.partner is not None or region is None or text[c.end] != " ":
            continue
        body, place = coref.fold(text[c.start:c.end]), coref.fold(text[region.start:region.end])
        for parent, forms, branch in branches:
            if branch is not c and (parent == body or parent.startswith(body + " ")) and place in forms:
                c.partner, c.kb_ids = branch, ()  # the branch, not the national body the KB knows
                break
    return cands


def clubs_named_by_city(cands: list[Cand], text: str, kb) -> list[Cand]:
    """A city right after a sports word is the club of that city the article names: "PSM ... Persib menang 2-0
    atas [Makassar]", "pelatih [Makassar] Bernardo Tavares" (PSM Makassar). The city stays a place elsewhere ("di
    Makassar", "terbang di atas Makassar"), and where the article names no club of that city: the mention is
    borrowed, so the club's entity does not take the city's name for one of its own."""
    if kb is None:
        return cands
    clubs: dict[str, Cand] = {}
    for c in cands:
        if c.type == "ORG" and c.kb_ids and getattr(kb.get(c.kb_ids[0]), "kind", "") == "club":
            clubs.setdefault(c.kb_ids[0], c)
    if not clubs:
        return cands  # not a sports story
    by_city = _cities_of(tuple(clubs), kb)
    cues = lexicon().club_cues
    for c in cands:
        if c.type != "LOC" or not c.kb_ids:
            continue
        club = by_city.get(coref.fold(text[c.start:c.end]))
        if club is None:
            continue
        before = _PREV_TWO.search(text, max(0, c.start - 40), c.start)
        if before and (before.group(2).lower() in cues or f"{before.group(1)} {before.group(2)}".lower() in cues):
            # the club's entity, not the city's
            c.type, c.kb_ids, c.partner, c.kind, c.borrowed = "ORG", (club,), clubs[club], "alias", True
    return cands


# the two words before a city, over a score ("menang 2-0 atas Makassar"); one when the cue opens the sentence
_PREV_TWO = re.compile(r"(?:(\w+) )?(?:\d+-\d+ )?(\w+) $")


def _cities_of(club_ids: tuple[str, ...], kb) -> dict[str, str]:
    """The city each club is named after, when only that club is: "makassar" -> PSM Makassar."""
    by_city: dict[str, str] = {}
    shared = set()
    for rid in club_ids:
        for word in {coref.fold(w) for name in kb.get(rid).names for w in name.split()}:
            places = kb.lookup(word)
            if places and all(r.type == "LOC" for r in places):
                if by_city.get(word, rid) != rid:
                    shared.add(word)
                by_city[word] = rid
    return {w: rid for w, rid in by_city.items() if w not in shared}


def is_office(kb, body_ids: tuple[str, ...], place_ids: tuple[str, ...]) -> bool:
    """Whether the body the KB knows by ``body_ids`` written right before the region it knows by ``place_ids``
    is the body's office there (entities.yaml office_kinds, office_regions): "Basarnas Palu", "Walhi Riau"; not a
    party's ("PAN Sulsel": the party and the province)."""
    if kb is None or not body_ids or not place_ids:
        return False
    lex = lexicon()
    return (getattr(kb.get(body_ids[0]), "kind", "") in lex.office_kinds
            and all(getattr(kb.get(i), "kind", "") in lex.office_regions for i in place_ids))


def offices_in_regions(cands: list[Cand], text: str, kb) -> list[Cand]:
    """A body the KB knows written right before a region it knows is the body's office in that region, one
    organisation that is not the national body ("BPBD juga berkoordinasi dengan [Basarnas Palu]"); a bracket
    defining the region's acronym goes to it ("Wahana Lingkungan Hidup Indonesia Riau (Walhi Riau)"). Not a
    body written as an acronym in capitals ("KPU DKI Jakarta", "DPD Bali" are annotated as the body and the
    place, and "DPD" may be a party's board), nor one already found to stand for a branch the article names
    (``branches_by_region``: "Ombudsman Kalbar")."""
    if kb is None:
        return cands
    by_start = {c.start: c for c in cands if c.type == "LOC" and c.kind == "name" and c.kb_ids}
    gone = set()
    for c in cands:
        region = (by_start.get(c.end + 1) if c.type == "ORG" and c.kind == "name" and c.kb_ids and c.partner is None
                  else None)
        if (region is None or text[c.end] != " " or id(c) in gone or text[c.start:c.end].isupper()
                or not is_office(kb, c.kb_ids, region.kb_ids)):
            continue
        c.end, c.kb_ids, c.source = region.end, (), "rule"
        gone.add(id(region))
        for x in cands:
            if x.partner is region:
                x.partner, x.type = c, c.type
    return [c for c in cands if id(c) not in gone]


def lone_offices(cands: list[Cand], text: str) -> list[Cand]:
    """An office's short name alone (entities.yaml office_acronyms: "Polres juga menutup jalan") stands for the
    office of its kind the article names with its region, which coreference finds; when the article names two
    ("Polres Sikka", "Polres Ende") it stands for neither, and is dropped; so is one after a word making it every
    office of its kind (entities.yaml kind_quantifiers: "seluruh Polda"), and a government's named by none
    (``_unnamed_government``)."""
    lex = lexicon()
    short = lex.office_acronyms
    named: dict[str, set[str]] = {}
    for c in cands:
        if c.type != "ORG":
            continue
        first, _, rest = text[c.start:c.end].partition(" ")
        if rest and first.lower() in short:
            named.setdefault(first.lower(), set()).add(coref.fold(rest))

    def generic(c: Cand) -> bool:
        before = text[max(0, c.start - 20):c.start].split()
        return bool(before) and before[-1].lower() in lex.kind_quantifiers

    governments = _governments()
    longest = _longest_short_name()
    out = []
    for c in cands:
        if c.end - c.start > longest:
            out.append(c)  # no short name: most names (lower case is never shorter)
            continue
        low = text[c.start:c.end].lower()
        # the government test only for a government's short name: the test has no effect on other names
        if len(named.get(low, ())) < 2 and not (low in short and generic(c)) and not (
                c.end - c.start <= 7 and low in governments and _unnamed_government(c, cands, text)):
            out.append(c)
    return out


@cache
def _governments() -> dict[str, str]:
    return dict(lexicon().government_acronyms)


@cache
def _longest_short_name() -> int:
    """The length of the longest office or government short name: ``lone_offices`` reads no longer name."""
    return max(map(len, lexicon().office_acronyms | _governments().keys()))


def _unnamed_government(c: Cand, cands: list[Cand], text: str) -> bool:
    """A government's short name alone names the one government of its kind the article names with its region,
    also spelled out ("Pemerintah Kabupaten Karawang" ... "Pemkab juga meminta": joined to it here), and no one
    when it names none ("Pemkab" alone, like "Pemerintah Kabupaten" alone: entities.yaml government_acronyms).
    One an acronym bracket defines is its body ("Pemerintah Provinsi (Pemprov)")."""
    if c.kind != "name" or c.partner is not None:
        return False
    short = text[c.start:c.end].lower()
    spelled = _governments().get(short)
    if spelled is None:
        return False
    named = {coref.fold(text[x.start:x.end]): x for x in cands
             if x.type == "ORG" and x.kind == "name" and x.partner is None
             and coref.fold(text[x.start:x.end]).startswith((short + " ", spelled + " "))}
    if len(named) == 1:
        c.partner = next(iter(named.values()))
    return not named


def facility(name: str, kb) -> tuple[str, ...]:
    """The KB's places named ``name`` after a facility's head word (entities.yaml office_places): the port or
    airport a state office there is named by, "Kepala Bea Cukai [Ngurah Rai] Hendra Wijaya" for "Bandara Ngurah
    Rai"; () when there is none."""
    if kb is None:
        return ()
    for head in _office_places():
        ids = tuple(r.id for r in kb.lookup(f"{head} {name}") if r.type == "LOC")
        if ids:
            return ids
    return ()


@cache
def _office_places() -> tuple[str, ...]:
    return tuple(load("entities")["office_places"])
