"""Splits over all of an article's candidate mentions, where one sentence alone cannot tell: a title's complement
that ran into the name after it is split off ("Presiden Ukraina Volodymyr Zelenskiy"), as is a known organisation
glued to a known place ("PAN Sulsel"), a country glued to a person ("asal Brasil Gustavo Franca"), an airport or
port an office is named by ("Kepala Bea Cukai Ngurah Rai Hendra Wijaya"), and a person the article calls by a
later word ("Perumda Air Minum ... Sofyan Satari"). Candidates that are no names at all are ``ner_drops``'; the
lines a layout keeps free of names, the dateline and the headline are ``ner_layout``'s.
"""

from __future__ import annotations

import re
from functools import cache

from . import coref, ner_bodies
from .ner_lexicon import affixed_noun, first_words, lexicon, phrase_at
from .ner_model import lowercase_vocab
from .ner_person import strip_person
from .ner_rules import Cand, service_offices
from .word_search import whole_words, written_alone

_NAME_PART = re.compile(r"[A-Z]\.(?=[A-Z]\.)|\S+")  # a word, or one of initials written together


def _word_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each whitespace-separated word of text[start:end]."""
    # str.split and the regex \S+ agree on white space; a word is found right after the one before it (only white
    # space lies between), which costs less than the regex's match objects
    out = []
    at = start
    for w in text[start:end].split():
        at = text.find(w, at)
        out.append((at, at + len(w)))
        at += len(w)
    return out


def _known_types(cands: list[Cand], text: str, clubs: dict[str, Cand]) -> dict[str, str]:
    """Names this article (or the KB) knows as an organisation or place on their own (``clubs``: as
    ``_clubs_by_last_word`` gives them)."""
    # the tagger alone vouches only for names of two words or more: it often mistypes a lone first name as a place
    known = {coref.fold(text[c.start:c.end]): c.type for c in cands
             if c.type in ("ORG", "LOC") and (c.source != "crf" or c.kind == "acronym" or c.kb_ids
                                              or " " in text[c.start:c.end])}
    for word in clubs:
        known.setdefault(word, "ORG")
    lex = lexicon()
    for c in cands:  # a district named with its head word, then without as a title's complement: "Kecamatan
        # Cisarua" ... "Camat [Cisarua] Ivan Pramudia"
        if c.type != "LOC" or c.source != "rule":
            continue
        name = text[c.start:c.end]
        if name.split(None, 1)[0].lower() in lex.village_heads:
            bare = coref.strip_head(name)
            if bare:
                known.setdefault(coref.fold(bare), "LOC")
    return known


def _clubs_by_last_word(cands: list[Cand], text: str, kb) -> dict[str, Cand]:
    """Clubs the KB knows that the article names in full, by their last word, which may stand alone for them:
    "pelatih [City] Pep Guardiola" after "Manchester City"; not a city the club is named after ("PSM Makassar":
    ``ner_bodies.clubs_named_by_city`` decides where "Makassar" is the club)."""
    if kb is None:
        return {}
    # most articles call no one by a word ending one of their organisations' names: no KB look-up then
    lasts = {text[c.start:c.end].rsplit(None, 1)[-1] for c in cands if c.type == "ORG" and c.kind == "name"}
    titled = [c for c in cands if c.type == "PER" and c.after_title]
    if lasts.isdisjoint([text[c.start:c.end].split(None, 1)[0] for c in titled]) and lasts.isdisjoint(
            [text[_word_before(text, c.start):c.start - 1] for c in titled]):
        return {}
    found, shared = {}, set()
    for c in cands:
        if c.type == "ORG" and c.kind == "name" and " " in text[c.start:c.end] and any(
                getattr(r, "kind", "") == "club" for r in kb.lookup(text[c.start:c.end])):
            last = text[c.start:c.end].rsplit(None, 1)[1]
            if not any(r.type == "LOC" for r in kb.lookup(last)):
                key = coref.fold(last)
                if key in found and coref.fold(text[found[key].start:found[key].end]) != coref.fold(
                        text[c.start:c.end]):
                    shared.add(key)  # "Bali United" and "Manchester United": "United" is neither's alone
                found[key] = c
    return {key: c for key, c in found.items() if key not in shared}


def _clubs_in_titles(cands: list[Cand], text: str, clubs: dict[str, Cand]) -> list[Cand]:
    """A club's last word ending a person's title, which the tagger left out: "Pelatih [City] Pep Guardiola"."""
    out = []
    for c in cands:
        if c.type == "PER" and c.after_title:
            start = _word_before(text, c.start)
            club = clubs.get(coref.fold(text[start:c.start - 1]))
            if club is not None and not any(o.start <= start < o.end for o in cands):
                out.append(Cand(start, c.start - 1, "ORG", source="split", partner=club))
    return out


def _word_before(text: str, start: int) -> int:
    """Where the word written one space before ``start`` begins (``start`` itself when there is none)."""
    if text[start - 1:start] != " ":
        return start
    return text.rfind(" ", 0, start - 1) + 1


def _known(known: dict[str, str], name: str, kb) -> str | None:
    kind = known.get(coref.fold(name))
    if kind is None and kb is not None:
        kinds = {r.type for r in kb.lookup(name)}
        kind = kinds.pop() if len(kinds) == 1 and kinds <= {"ORG", "LOC"} else None
    return kind


def given_names_abroad(cands: list[Cand], text: str, kb) -> list[Cand]:
    """After a private person's trade (entities.yaml occupations) a city the KB knows abroad is the person's given
    name, not the title's complement: "Nelayan [Paris] Wattimena", "Guru honorer [Darwin Laia]", "nelayan [Darwin
    Sinjai]" (whose surname is a regency). An Indonesian region or a country stays the complement ("Nelayan
    Lampung Hendra Saputra"). The name is then decided by rule, so no later split takes the city off again."""
    if kb is None:
        return cands
    lex = lexicon()
    trades = first_words(lex.occupations)
    drop = set()
    by_span = None
    for c in cands:
        if c.title is None or c.kind != "name" or c.source != "crf" or c.title.split(None, 1)[0].lower() not in trades:
            continue
        words = c.title.split()
        n = next((n for n in range(len(words), 0, -1) if " ".join(words[:n]).lower() in lex.occupations), 0)
        if not n:
            continue
        if n == len(words) - 1 and c.type == "PER":  # "Nelayan [Paris] Wattimena": the title took the city
            place = words[-1]
            at = c.start - len(place) - 1
            if at < 0 or text[at:c.start] != place + " " or not _abroad(place, kb):
                continue
            by_span = by_span or {(x.start, x.end): x for x in cands}
            if (at, at + len(place)) in by_span:
                drop.add(id(by_span[(at, at + len(place))]))
            c.start = at
        elif n == len(words) and " " in text[c.start:c.end] and _abroad(text[c.start:c.end].split()[0], kb):
            c.type = "PER"  # "Guru honorer [Darwin Laia]", "nelayan [Darwin Sinjai]"
        else:
            continue
        c.title, c.titles, c.source = " ".join(words[:n]), [" ".join(words[:n])], "rule"
    return [c for c in cands if id(c) not in drop]


def _abroad(name: str, kb) -> bool:
    """A place the KB knows only as a city or town outside Indonesia's regions (entities.yaml never_called_kinds
    lists the kinds a person is never called by): often a given name ("Darwin", "Sydney", "Paris")."""
    records = kb.lookup(name)
    never = lexicon().never_called_kinds
    return bool(records) and all(r.type == "LOC" and getattr(r, "kind", "") not in never for r in records)


def split_known_prefixes(cands: list[Cand], text: str, kb) -> list[Cand]:
    """Split a known place or organisation off the front of a longer candidate.

    - a title's complement that ran into the person after it: "Presiden Ukraina Volodymyr Zelenskiy" tagged
      "Ukraina Volodymyr Zelenskiy"; "Ketua MK Suhartoyo" tagged "MK Suhartoyo"; "Deputi KPK Asep Guntur Rahayu"
      tagged "KPK Asep" + "Guntur Rahayu" (the rest joins the person after it);
    - a known organisation glued to a known place: "PAN Sulsel", "Gerindra Sulsel".
    The front part must be a name the KB, a head-word rule or an acronym bracket vouches for, not the tagger alone;
    a city abroad after a trade is a given name first (``given_names_abroad``)."""
    cands = given_names_abroad(cands, text, kb)
    clubs = _clubs_by_last_word(cands, text, kb)
    known = _known_types(cands, text, clubs)
    out: list[Cand] = []
    cands = sorted(cands, key=coref.by_start)
    for i, c in enumerate(cands):
        if c.type == "LOC" and c.after_title and c.kind == "name" and not (i > 0 and cands[i - 1].end >= c.start - 1):
            service = _service_before(text, c.start)
            if service is not None and kb is not None and any(r.type == "LOC" for r in kb.lookup(text[c.start:c.end])):
                c.start, c.type, c.kb_ids, c.source = service, "ORG", (), "rule"  # "Kepala Imigrasi [Tanjung Priok]"
                out.append(c)
                continue
        if c.type in ("PER", "LOC") and c.kind == "name" and not c.after_title and c.source != "dateline":
            service = _service_before(text, c.start)
            if service is not None and ner_bodies.facility(text[c.start:c.end], kb):
                # a service's office named by its airport, one name: "[Imigrasi Ngurah Rai] mendeportasi ...",
                # "Petugas [Bea Cukai] [Ngurah Rai] menggagalkan ..."
                body = out[-1] if out and out[-1].type == "ORG" and out[-1].start == service else None
                if body is not None:
                    body.end, body.kb_ids, body.source = c.end, (), "rule"
                else:
                    out.append(Cand(service, c.end, "ORG", source="rule"))
                continue
        # one word (str.split and the regex agree on what is white space): nothing to split
        if c.kind != "name" or c.source in ("dateline", "kb", "rule") or len(text[c.start:c.end].split(None, 1)) < 2:
            out.append(c)
            continue
        words = _word_spans(text, c.start, c.end)
        nxt = cands[i + 1] if i + 1 < len(cands) else None
        joins = (nxt is not None and nxt.type == "PER" and nxt.kind == "name" and text[c.end:nxt.start] == " ")
        # a person right after an organisation: the title's complement may go on with the place of its office
        office = i > 0 and cands[i - 1].type == "ORG" and text[cands[i - 1].end:c.start] == " "
        service = None if office or not c.after_title else _service_before(text, c.start)
        if service is not None and c.type == "PER" and ner_bodies.facility(text[c.start:c.end], kb):
            out.append(Cand(service, c.end, "ORG", source="rule"))  # "Kepala Imigrasi [Ngurah Rai], Made ..."
            continue
        parts = _split(c, text, words, known, kb, office=office or service is not None)
        if parts is not None and parts[1].type == "PER" and c.type != "PER" and (any(
                r.type == c.type for r in kb.lookup(text[c.start:c.end])) or (
                nxt is not None and nxt.type == "PER" and text[c.end:nxt.start] == ", ")):
            # a body or place the KB knows whole is no place and person: "Indonesia Corruption Watch"; nor one the
            # title's holder follows, named after a comma: "Head of Corporate Communications [Astra Agro], Ferdinand"
            parts = None
        elif parts and parts[1].type == "ORG" and phrase_at(text[c.start:c.end].split(), 0, lexicon().unit_heads):
            parts = None  # a unit named with its body is one name (units_with_parents): "Gedung Merah Putih KPK"
        if parts is None:
            out.append(c)
            continue
        head, rest = parts
        if service is not None and head.type == "LOC" and rest.type == "PER":
            # "Kepala [Imigrasi] [Ngurah Rai] Made Sutrisna": the service's office there, one name
            out += [Cand(service, head.end, "ORG", source="rule"), rest]
            continue
        if head.source == "facility":  # "Kepala [Bea Cukai] [Ngurah Rai] Hendra Wijaya"
            head.source = "split"
            body = out[-1]
            if body.end == cands[i - 1].end and any(r.type == "ORG" and getattr(r, "kind", "") in lexicon(
                    ).office_kinds for r in kb.lookup(text[body.start:body.end])):
                body.end, body.kb_ids, body.source = head.end, (), "rule"  # the body's office there, one name
                out.append(rest)
                continue
        if joins and c.type != "PER" and rest.type == "PER":
            nxt.kind = "_merged"
            rest = _person_from(text, rest.start, nxt.end, rest.titles)
        if rest.type == "PER" and c.after_title and " " in text[rest.start:rest.end]:
            # the complement may name a region after the body: "Kepala [Ombudsman] [Kalbar] Sumirah"
            more = _split(rest, text, _word_spans(text, rest.start, rest.end), known, kb, True)
            if more is not None and more[0].type == "LOC":
                out.append(head)
                head, rest = more
        out += [head, rest]
    out = [c for c in out if c.kind != "_merged"]
    if clubs:
        out = sorted(out + _clubs_in_titles(out, text, clubs), key=coref.by_start)
    split = [c for c in out if c.source == "split"]
    if not split:  # most articles: nothing split off, nothing more to check
        return out
    # a part split off that another candidate covers whole is that one's: "Komisi X [DPR]" beside "DPR RI"
    whole = [(c.start, c.end) for c in out if c.source != "split"]

    def covered(c: Cand) -> bool:
        return any(a <= c.start and c.end <= b for a, b in whole)  # or is one: "Komisi III [DPR]" beside "DPR"

    for c in split:
        if c.type == "ORG":
            c.partner = c.partner or clubs.get(coref.fold(text[c.start:c.end]))  # "City": Manchester City's
    return [c for c in out if c.source != "split" or not covered(c)]


def _person_from(text: str, start: int, end: int, titles: list[str]) -> Cand:
    """A person candidate over text[start:end] without the ranks and honorifics in front: "Letjen TNI Suharyanto",
    "H.M. Sanusi" (initials written together are read one by one, so that "H." for Haji goes)."""
    words = [m.span() for m in _NAME_PART.finditer(text, start, end)]
    glued = frozenset(k for k in range(len(words) - 1) if words[k][1] == words[k + 1][0])
    first, _ = strip_person([text[a:b] for a, b in words], 0, len(words), glued)
    return Cand(words[first][0], end, "PER", titles=titles, source="split")


def _split(c: Cand, text: str, words, known, kb, complement: bool = False,
           office: bool = False) -> tuple[Cand, Cand] | None:
    """The known front of ``c`` and the rest; ``complement``: ``c`` goes on with a title's complement, so the
    rest is a person however short; ``office``: ``c`` is a person after a title and the organisation it heads,
    whose office may be named by a port or airport (``ner_bodies.facility``: the front part comes back with the source
    "facility")."""
    if kb is not None and any(getattr(r, "kind", "") == "club" for r in kb.lookup(text[c.start:c.end])):
        return None  # a club's whole name: "Bali United" is neither Bali nor another club's "United"
    lex = lexicon()
    for k in range(len(words) - 1, 0, -1):
        if not text[words[k][0]].isupper():
            continue
        prefix = text[c.start:words[k - 1][1]]
        kind, ids, source = _known(known, prefix, kb), c.kb_ids, "split"
        if kind is None and office and c.type == "PER" and c.after_title and not phrase_at(
                prefix.split(), 0, lex.name_starts):  # "I Gusti Ngurah Rai ...", a Balinese name
            ids, source = ner_bodies.facility(prefix, kb), "facility"
            kind = "LOC" if ids else None
        if kind is None:
            continue
        if prefix.lower() in service_offices() and ner_bodies.facility(text[words[k][0]:c.end], kb):
            return None  # "[Bea Cukai Ngurah Rai] Hendra Wijaya": the service's office at the airport, one name
        if c.type == "PER" and k == 1 and (_called_by(text, prefix) or (
                office and text[words[-1][0]:c.end].lower() in lex.clan_names)):
            # "hakim Lingga Setiawan ... ujar Lingga", "Kepala Dinas Pertanian Langkat Darwin Sembiring": a person's
            # first name, not the regency or city
            return None
        head = Cand(c.start, words[k - 1][1], kind, source=source, kb_ids=ids)
        rest_kind = _known(known, text[words[k][0]:c.end], kb)
        if rest_kind == "LOC" and kb is not None and kb.lookup(text[c.start:c.end]):
            return None  # a name the KB knows whole: "Persib Bandung" is a club, not Persib and a city
        if rest_kind == "LOC" and kb is not None and not prefix.isupper() and ner_bodies.is_office(
                kb, tuple(r.id for r in kb.lookup(prefix))[:1],
                tuple(r.id for r in kb.lookup(text[words[k][0]:c.end]))):
            return None  # "Direktur Eksekutif Walhi Riau": the body's office in the province, one name
        rest = [text[a:b] for a, b in words[k:]]
        if rest_kind is not None and not (kind == "ORG" and phrase_at(rest, 0, lex.loc_heads)):
            return head, Cand(words[k][0], c.end, rest_kind, source="split")  # "PAN Sulsel": a party and a province
        if (rest[0].lower() in lex.name_suffixes or rest[0].lower() in lex.branch_words
                or phrase_at(rest, 0, lex.loc_heads)
                or (kb is not None and any(r.type == "ORG" for r in kb.lookup(rest[0])))):
            # "Buton Selatan", "Bandung Raya": one place; "Komnas HAM Perwakilan Papua", "PGRI Provinsi NTT", "PMI
            # Kabupaten Bekasi" (a body and a region its head word names), "DPD Hanura Papua Barat Daya": a branch
            return None
        if (c.after_title or complement or (c.type == "PER" and len(rest) >= 2)
                or _country_then_name(prefix, rest, kb)):
            titles = [f"{c.title} {prefix}"] if c.title else []
            return head, _person_from(text, words[k][0], c.end, titles)
    return None


def _service_before(text: str, start: int) -> int | None:
    """Where a state service's word written right before ``start`` begins (entities.yaml service_offices:
    "Kepala [Imigrasi] Ngurah Rai ..."); None when there is none."""
    if text[_word_before(text, start):start - 1].lower() not in _service_last_words():
        return None  # most candidates: the word before ends no service's name
    words = text[max(0, start - 16):start].split()
    services = service_offices()
    for n in (1, 2, 3):
        phrase = " ".join(words[-n:])
        if len(words) >= n and phrase[:1].isupper() and phrase.lower() in services:
            return start - 1 - len(phrase)
    return None



@cache
def _service_last_words() -> frozenset[str]:
    return frozenset(name.split()[-1] for name in service_offices())


def _called_by(text: str, name: str) -> bool:
    """The article refers to someone by ``name`` after a speech cue: "ujar Lingga", "kata Lingga"."""
    if not (text.isascii() and name.isascii()):  # re's case-insensitive match of other letters is not lower()'s
        return re.search(rf"\b(?:{_person_cues()})(?:nya)? {re.escape(name)}\b", text, re.IGNORECASE) is not None
    # each place the name is written, then a cue right before it: a pattern per name would be compiled per name
    low, key, (cue, reach) = text.lower(), name.lower(), _cue_before()
    at = low.find(key)
    while at >= 0:
        if _BOUNDARY.match(text, at + len(key)) and cue.search(text, max(0, at - reach), at):
            return True
        at = low.find(key, at + 1)
    return False


_BOUNDARY = re.compile(r"\b")


@cache
def _person_cues() -> str:
    """The speech cues as a regex alternation, longest first."""
    return "|".join(map(re.escape, sorted(lexicon().person_cues, key=len, reverse=True)))


@cache
def _cue_before() -> tuple[re.Pattern, int]:
    """A speech cue (maybe with "-nya") and a space ending where the search ends, and how far back it may start."""
    reach = max(map(len, lexicon().person_cues), default=0) + len("nya ")
    return re.compile(rf"\b(?:{_person_cues()})(?:nya)? \Z", re.IGNORECASE), reach


def _country_then_name(prefix: str, rest: list[str], kb) -> bool:
    """A country followed by two or three capitalised words no vocabulary knows: a nationality or origin, then
    a person ("Bek asal [Brasil] [Gustavo Franca]")."""
    if kb is None or not 2 <= len(rest) <= 3 or not any(getattr(r, "kind", "") == "country" for r in kb.lookup(prefix)):
        return False
    vocab, lex = lowercase_vocab(), lexicon()
    return all(w[:1].isupper() and w.isalpha() and not w.isupper() and w.lower() not in vocab
               and w.lower() not in lex.org_tails and w.lower() not in lex.name_suffixes for w in rest)


_NEXT_WORD = re.compile(r"\s*(\S+)")


def _written_lower(word: str, text: str) -> bool:
    """The article also writes the word in lower case: an ordinary word ("kereta", "bola"), not a name."""
    return written_alone(text, word.lower())


def _standalone(text: str, a: int, b: int) -> bool:
    """A word used on its own, not inside a longer capitalised name: "kata Shin", "Shin menilai"."""
    # the word before, within the 40 characters before: what the regex (\S+)\s*$ searched for there, where it
    # tried each of the 40 starts in turn, each running to the end of its word
    lo = max(0, a - 40)
    head = text[lo:a].rstrip()
    if not head:
        return False
    before = head.rsplit(None, 1)[-1]
    if before[-1] in ".!?\"\u201d" or "\n" in text[lo + len(head):a]:
        return False  # sentence-initial: capitalised for that reason alone
    after = _NEXT_WORD.match(text, b)
    return not _name_like(before) and not (after and _name_like(after.group(1)))


def _name_like(word: str) -> bool:
    """Capitalised, after an opening bracket too ("(KAI Commuter)"), and not a speech cue ("Menurut Shin": the cue
    is capitalised only as the sentence opens)."""
    return word.lstrip("(")[:1].isupper() and word.lower().strip(",.") not in lexicon().person_cues


def _occurrences(text: str, forms: set[str]) -> dict[str, list[int]]:
    """Where each of the (alphabetic) ``forms`` occurs as a whole word: one pass over the text, not a search per
    candidate."""
    found: dict[str, list[int]] = {}
    for a, b in whole_words(text, sorted(f for f in forms if f.isalpha())):
        found.setdefault(text[a:b], []).append(a)
    return found


def _alone_elsewhere(text: str, c: Cand, word: str, found: dict[str, list[int]]) -> bool:
    """The article uses ``word`` on its own outside the candidate ``c`` ("kata Shin"); ``found``: its occurrences."""
    return any(not c.start <= at < c.end and _standalone(text, at, at + len(word)) for at in found.get(word, ()))


def _alone_both(text: str, c: Cand, first: str, second: str) -> bool:
    """The article uses both words on their own outside the candidate ``c``. Only these two are looked for: a
    word of letters is found as a whole word the same whatever other words are looked for with it."""
    found = _occurrences(text, {first, second})
    return _alone_elsewhere(text, c, first, found) and _alone_elsewhere(text, c, second, found)


def split_person_tails(cands: list[Cand], text: str, kb) -> list[Cand]:
    """Cut a person's name off the end of an organisation name it ran into, when the article names that person
    elsewhere by the first word of the tail: "pelatih Timnas Indonesia Shin Tae-yong ... kata Shin"."""
    lex = lexicon()
    # the word spans of names of four words or more only: most are shorter, told by a split in C
    spans = {id(c): _word_spans(text, c.start, c.end) for c in cands
             if c.type == "ORG" and c.kind == "name" and len(text[c.start:c.end].split(None, 3)) == 4}
    if not spans:
        return list(cands)
    found = _occurrences(text, {text[a:b] for words in spans.values() for a, b in words[2:-1]})
    out = []
    for c in cands:
        words = spans.get(id(c), ())
        cut = None
        for k in range(2, len(words) - 1):
            first = text[words[k][0]:words[k][1]]
            tail = text[words[k][0]:c.end]
            if (not first[:1].isupper() or not first.isalpha() or first.isupper()  # an acronym starts no person
                    or first.lower() in lex.name_suffixes or first.lower() in lowercase_vocab()
                    or _written_lower(first, text)
                    or affixed_noun(first)  # "Dinas Kelautan dan [Perikanan] Kabupaten Pati": an ordinary word
                    or first.lower() in lex.connectors or _known({}, tail, kb) or _known({}, first, kb)):
                continue
            if _alone_elsewhere(text, c, first, found):
                cut = k
                break
        if cut is None:
            out.append(c)
            continue
        out += [Cand(c.start, words[cut - 1][1], c.type, source=c.source, after_title=c.after_title),
                Cand(words[cut][0], c.end, "PER", source="split")]
    return out


def split_person_heads(cands: list[Cand], text: str) -> list[Cand]:
    """A person the tagger began inside the organisation named just before ("Perumda Air Minum [Tirta Giri Nata
    Sofyan Satari] ... ujar Sofyan"): when the article calls the person by an inner word of that name and never
    by its first, the words before that one belong to the organisation."""
    by_end = {c.end: c for c in cands if c.type == "ORG" and c.kind == "name"}
    pairs = []
    for c in cands:
        org = by_end.get(c.start - 1) if c.type == "PER" and c.kind == "name" else None
        if org is not None and text[c.start - 1] == " ":
            words = _word_spans(text, c.start, c.end)
            if len(words) >= 3:
                pairs.append((c, org, words))
    if not pairs:
        return cands
    found = _occurrences(text, {text[a:b] for _, _, words in pairs for a, b in words})
    name_starts = lexicon().name_starts
    for c, org, words in pairs:
        alone = [_alone_elsewhere(text, c, text[a:b], found) for a, b in words]
        if alone[0] or phrase_at(text[c.start:c.end].split(), 0, name_starts):
            continue  # "Ketua DPRD Kota Kendari [La Ode Jumardin Saleh] ... Jumardin": the name begins so
        k = next((k for k in range(1, len(words) - 1) if alone[k]), None)
        if k is not None:
            org.end, c.start = words[k - 1][1], words[k][0]
    return cands


def split_title_complements(cands: list[Cand], text: str, kb) -> list[Cand]:
    """A one-word organisation that the tagger ran into the person after a title, when the article names both
    on their own elsewhere: "CEO [Halopasar] [Reza Nasution] ... sejak Halopasar berdiri ... ujar Reza". A first
    name the article never writes alone stays ("Menteri Keuangan Sri Mulyani Indrawati")."""
    out = []
    for c in cands:
        if c.type == "PER" and c.kind == "name" and c.after_title and c.source == "crf":
            words = _word_spans(text, c.start, c.end)
            if len(words) >= 3:
                first, second = (text[a:b] for a, b in words[:2])
                if (first.isalpha() and not first.isupper() and first.lower() not in lowercase_vocab()
                        and _alone_both(text, c, first, second)):
                    kind = _known({}, first, kb) or "ORG"
                    out += [Cand(c.start, words[0][1], kind, source="split"),
                            Cand(words[1][0], c.end, "PER", titles=c.titles, source="split", after_title=True)]
                    continue
        out.append(c)
    return out
