"""The knowledge base's part in recognition and linking.

``annotate`` marks the candidates the KB knows (their candidate record ids), lets the KB decide the type of a name
it knows unambiguously, and adds capitalised KB names the tagger missed ("Polri", "Pyongyang"). ``choose`` then
picks one record per entity: the most likely record among its mentions' candidates whose type agrees (for a person,
only if the article's full name is one of the record's names and the article gives evidence that it is that person,
not calling it a village head or a resident as it would a namesake: ``person_evidence``), giving ``kb`` (the QID,
else the local id);
``stands_for`` says what a seat of power or capital stands for (Kremlin -> Rusia: the article's entity for that
record when there is one, else the record's id).

The KB is any object with ``find(text)``, ``get(id)`` and ``lookup(name)`` (``warta.kb.knowledge_base()``); with
none, nothing is linked.
"""

from __future__ import annotations

import re
from functools import cache

from ..lang.id import load
from .acronyms import fold
from .coref import Cluster, by_start
from .ner_lexicon import lexicon, phrase_at
from .ner_rules import Cand
from .spans import Reach


def annotate(cands: list[Cand], text: str, kb, matches, allowed, body_start: int = 0) -> list[Cand]:
    """KB ids and types onto candidates, plus the KB names no candidate covers. ``matches`` is ``kb.find(text)``;
    ``allowed(start, end)`` says whether a new name may be added there (not in the dateline's outlet...);
    ``body_start``: where the body starts after the headline, whose capitals name no person for sure."""
    if kb is None:
        return cands
    lex = lexicon()
    # one pass over the candidates, each attribute read once, for: the candidates by span; the words of the people
    # the article names in full ("kata Darwin" after "Darwin Sembiring" is the man, not the Australian city);
    # people after a title, by where they end (one ending with a state body the KB knows is that body); the spans;
    # and the capitalised first and last words of the people the body names in full, each with where it is first
    # named so: the article may call them by that word after it
    by_span: dict[tuple[int, int], Cand] = {}
    person_words: set[str] = set()
    titled: dict[int, Cand] = {}
    taken: list[tuple[int, int]] = []
    called: dict[str, int] = {}
    for c in cands:
        span = c.start, c.end
        by_span[span] = c
        taken.append(span)
        if c.type == "PER":
            name = text[span[0]:span[1]]
            words = name.split()
            if " " in name:
                person_words.update(words)
            if c.kind == "name":
                if c.after_title:
                    titled[span[1]] = c
                if span[0] >= body_start and len(words) >= 2:
                    for w in (words[0], words[-1]):
                        if w[:1].isupper() and span[0] < called.get(w, len(text)):
                            called[w] = span[0]
    taken.sort()
    overlaps_taken = Reach(taken).overlaps
    added = []
    for m in matches:
        start, end, surface, ids = m.start, m.end, m.surface, m.ids  # read once: each read is a look-up
        cand = by_span.get((start, end)) or by_span.get((start, end + 1))  # "PT Aneka Tambang Tbk."
        if cand is not None and cand.end != end and text[end] != ".":
            cand = None
        records = [kb.get(i) for i in ids]
        person = titled.get(end) if cand is None else None
        if person is not None and person.start < start and all(
                r.type == "ORG" and getattr(r, "kind", "") in lex.office_kinds for r in records):
            # the tagger ran a title's words into a person ending with a state body: "Direktur Pupuk dan
            # [Pestisida] Kementan, Dr. Ir. Tommy Nugraha"; a company may be a surname ("Keisuke Honda")
            person.start, person.type, person.kb_ids, person.titles = start, "ORG", tuple(ids), []
            continue
        if start > called.get(surface, len(text)) and not any(r.type == "PER" for r in records) and not any(
                getattr(r, "kind", "") in lex.never_called_kinds for r in records) and not _after_place_cue(
                text, start):
            # a person named in full before is called by a first or last name that the KB knows as a company or
            # a city: "Keisuke Honda ... Honda mengaku", "Darwin Sembiring ... Darwin menambahkan"
            if cand is not None and cand.source == "crf" and cand.kind == "name":
                cand.type = "PER"
            continue
        if cand is not None:
            cand.kb_ids = tuple(ids)
            types = {r.type for r in records}
            # the tagger confuses ORG and LOC, and takes unfamiliar places for people ("Phnom Penh"); a person
            # right after a title stays a person, but for a name in capitals, the title's complement ("Sekda
            # [NTB]"); an event head word does not make a known body an event ("Liga Arab")
            if len(types) == 1 and (cand.source == "crf" or cand.type == "MISC") and not (
                    cand.type == "PER" and (cand.after_title and not surface.isupper() or surface in person_words)):
                cand.type = records[0].type
            continue
        if overlaps_taken(start, end):
            continue
        low = surface.lower()
        if (not surface[:1].isupper() or low in lex.not_names or low in lex.calendar or not allowed(start, end)
                or after_language_cue(text, start)):
            continue
        added.append(Cand(start, end, records[0].type, source="kb", kb_ids=tuple(ids)))
    return sorted(cands + added, key=by_start)


# "(\w+)\W*$" written for the reversed text: one match anchored at the offset, instead of a search that tries the
# pattern from every character of the 20 before it
_PREV_WORD_REVERSED = re.compile(r"\W*(\w+)")


def _word_before(text: str, start: int) -> str:
    """The word right before offset ``start`` (within 20 characters), in lower case; "" when there is none."""
    m = _PREV_WORD_REVERSED.match(text[max(0, start - 20):start][::-1])
    return m.group(1)[::-1].lower() if m is not None else ""


def _after_place_cue(text: str, start: int) -> bool:
    """ "di Paris", "ke Sydney", "menuju Darwin" (entities.yaml city_cues): the place, even when the article
    names a person with that first name."""
    return _word_before(text, start) in lexicon().city_cues


def after_language_cue(text: str, start: int) -> bool:
    """ "bahasa Jepang", "orang Jawa": a language or a people, not the place."""
    return _word_before(text, start) in lexicon().language_cues


def entity_type(cluster: Cluster, kb) -> str:
    """The type most of the entity's mentions carry, the rules (head words, splits) and the KB outvoting the
    tagger. A mention found again by propagation only copies the type of the first and has no vote of its own."""
    mentions = cluster.mentions
    if len(mentions) == 1:  # most entities are named once: that mention's type, whatever its vote
        return mentions[0].type
    votes: dict[str, int] = {}
    for m in mentions:
        if m.source != "propagated":
            votes[m.type] = votes.get(m.type, 0) + (3 if m.source in _RULED or m.kb_ids else 1)
    if not votes:
        return mentions[0].type
    best = next(iter(votes))
    for kind, n in votes.items():  # max(votes, key=...) as a loop: a call with a keyword costs more than it
        if n > votes[best]:
            best = kind
    return best  # a tie: the type met first


_RULED = frozenset({"rule", "kb", "dateline", "split"})


def choose(cluster: Cluster, kind: str, kb, name: str, text: str = "") -> str | None:
    """The record id the entity is, or None when the KB does not know it or cannot tell. ``text``: the article,
    for what it says around a person's mentions (``person_evidence``)."""
    if kb is None:
        return None
    scores: dict[str, float] = {}  # a plain dict: a Counter per entity costs more than the counting
    for m in cluster.mentions:
        for rank, rid in enumerate(m.kb_ids):
            scores[rid] = scores.get(rid, 0.0) + 1.0 / (rank + 1)
    respelled = False
    if not scores:
        records = kb.lookup(name)
        if not records and kind != "PER":  # "Kementrian Luar Negri": the name as the KB spells it
            standard = standard_spelling(name)
            respelled = standard != name
            records = kb.lookup(standard) if respelled else []
        for rank, rec in enumerate(records):
            scores[rec.id] = scores.get(rec.id, 0.0) + 1.0 / (rank + 1)
    # the most likely record of the entity's type, the first counted when several score the same (as a stable sort
    # would put first): one pass, where a sort pays a key call per record
    best, top, tie = None, 0.0, False
    for rid, score in scores.items():
        if kb.get(rid).type == kind:
            if best is None or score > top:
                best, top, tie = rid, score, False
            elif score == top:
                tie = True
    if best is None:
        return None
    if tie:
        return None  # two equally likely records: do not guess
    if kind != "PER" and not respelled and _spelled_otherwise(cluster, kb.get(best)):
        return None  # "Dinas Ketahanan Pangan dan Pertanian (DKPP)" is not the DKPP the KB knows
    if kind == "ORG" and text and any(_council_after(text, m.end) for m in cluster.mentions):
        return None  # "Komisi I DPRD Bali": the Bali council's commission, not the DPR's Komisi I the KB knows
    if kind == "PER":
        record = kb.get(best)
        if len(name.split()) >= 2 and name.casefold() not in {n.casefold() for n in record.names}:
            # a surname the KB shares ("Sutrisno") under a full name it does not know: "Andi Sutrisno" is not
            # "Try Sutrisno"
            return None
        if not person_evidence(cluster, record, kb, text):
            return None  # "Budi Santoso", a village head, is not the trade minister the KB knows by that name
    return best


def _council_after(text: str, end: int) -> bool:
    """A regional council's acronym (entities.yaml regional_councils, written in capitals) is the next word after
    ``end``."""
    return text[end:end + 1] == " " and text.startswith(_councils(), end + 1) and not text[end + 5:end + 6].isalpha()


@cache
def _councils() -> tuple[str, ...]:
    return tuple(c.upper() for c in load("entities")["regional_councils"])


def person_evidence(cluster: Cluster, record, kb, text: str = "") -> bool:
    """Whether the article says enough to take a person for the KB's ``record`` of that name. It does when

    - one of the person's titles names an office the record holds (``roles``, whatever their dates): the office's
      title, written out, shortened to its first words or followed by a rank ("Menteri Perdagangan", "Presiden"
      for "Presiden Rusia", "Kapolri Jenderal"), or its first words followed by a name of the office's
      body ("Kepala BNPB", "Gubernur BI", "Ketua Umum PAN", "Presiden RI"), or the body's name with its office
      word in front when the office starts with that word (event_context.yaml ``office_bodies``: "Menteri ESDM"
      for "Kementerian ESDM", "Menlu" for "Kemenlu"; not "Menteri Pertanian" for its deputy's office), either one
      followed by a rank ("Kepala BNPB Letjen TNI"). Short titles are written out first, on both sides
      (entities.yaml ``title_abbreviations``: "PM Malaysia" names "Perdana Menteri Malaysia", "Wamentan" "Wakil
      Menteri Pertanian", "Kapolri" "Kepala Kepolisian Negara Republik Indonesia");
    - or the article names it by a name of the record that few people carry: three words or more ("Sri Mulyani
      Indrawati", "Kim Jong Un"), or with a word that is not a common Indonesian name word ("Airlangga
      Hartarto", "Vladimir Putin", the nickname "Jokowi"), but not a name of one or two words after a village
      official's title ("Kepala Desa Siti Nurbaya", "Kades ...": entities.yaml village_heads). Common name words
      are the KB's ``common_names`` (kb/data/common_names.yaml) with entities.yaml's ``clan_names`` and
      ``name_endings``;
    - or the article names it by a short name of two words or more that the KB lists for the record besides its
      full name ("Sri Mulyani" for Sri Mulyani Indrawati), with no title and no apposition describing a private
      person (", warga ...", ", pedagang ...": entities.yaml apposition_heads and occupations) in ``text``: the
      curated data lists such aliases only for the names news calls the person by, and the two words together
      are what readers know.

    None of these counts when the article says the person is someone the record, which holds offices, is not: a
    local official or a private person, or one aged in brackets (``_namesake``: "Lurah Budi Gunadi Sadikin",
    "petani asal Klaten, Anies Baswedan", "Airlangga Hartarto (52)"), unless a title names the record's office.

    Every mention of the entity counts (the cluster: "Menteri Keuangan Sri Mulyani Indrawati ... Sri Mulyani").
    A name made of common words alone that is the record's own name or a one-word alias ("Budi Santoso", "Joko
    Widodo", "Sugiono", "Fransiskus"), a short name written after a title the record does not hold ("Kepala
    Desa Sri Mulyani"), or such a title alone ("Kepala Desa", or "Menteri Keuangan" before another minister's
    name), is no evidence."""
    # a body's acronym in brackets inside a title names no more than the body: "Kepala Badan ... Bencana (BNPB)"
    titles = {fold(_BRACKETED.sub("", t) if "(" in t else t) for m in cluster.mentions for t in m.titles}
    # asked last: most persons give no evidence, and looking for a description around every mention costs more
    return _evidence(cluster, record, kb, titles, text) and not (
        record.roles and _namesake(cluster, record, kb, titles, text))  # "Kepala Desa Sukamaju Sri Mulyani ..."


def _evidence(cluster: Cluster, record, kb, titles: set[str], text: str) -> bool:
    """``person_evidence`` before the namesake test: a name few carry, a listed short name or a title naming one
    of the record's offices (``titles``: the cluster's, folded)."""
    lex, common = lexicon(), kb.common_names
    # a title ending with a village's head word: a village or hamlet official (entities.yaml village_heads)
    local = any(words[-1] in lex.village_heads for words in map(written_out, map(tuple, map(str.split, titles)))
                if words)
    for name in cluster.texts & {fold(n) for n in record.names}:
        words = name.split()
        if len(words) < 3 and local:
            continue  # a village's head is not the minister the KB knows: "Kepala Desa Siti Nurbaya"
        if len(words) >= 3 or not all(w in common or w in lex.clan_names or w in lex.name_endings for w in words):
            return True
        if len(words) == 2 and not titles and name != fold(record.name) and any(
                fold(n) == name for n in record.aliases) and not any(
                _described_as_private(text, m.end) for m in cluster.mentions):
            return True  # a short name the KB lists besides the full name
    return any(_names_office(t.split(), role, kb) for t in titles for role in record.roles)


_BRACKETED = re.compile(r"[ \t]*\([^()]*\)")
_APPOSITION = re.compile(r"[ \t]*,[ \t]*(\w+(?:[ \t]\w+)?)")


def _described_as_private(text: str, end: int) -> bool:
    """Whether a comma and a word for a private person follow a name ending at ``end``: "Sri Mulyani, warga Desa
    Sukamaju", ", pedagang sayur" (entities.yaml apposition_heads and occupations)."""
    m = _APPOSITION.match(text, end)
    if m is None:
        return False
    lex, words = lexicon(), m.group(1).split()
    return bool(phrase_at(words, 0, lex.apposition_heads) or phrase_at(words, 0, lex.occupations))


def _namesake(cluster: Cluster, record, kb, titles: set[str], text: str) -> bool:
    """Whether the article describes the person as someone the record is not: a local official or a private
    person (entities.yaml namesake_offices and namesake_standings) in a title or in the words around a name
    ("Lurah ...", "Ketua RT 05 ...", "petani asal Klaten, ...", "..., warga Desa Sukamaju"), the record holding
    no such office; or a person whose age follows the name in brackets ("(45)"), as news writes it for private
    people. A title of the cluster naming one of the record's offices outweighs it ("Presiden Prabowo ...
    Prabowo Subianto (73)"), but not the first words of such a description ("Ketua" of "Ketua RT 05")."""
    phrases = [tuple(t.split()) for t in titles]
    for m in cluster.mentions:
        if m.kind == "name":
            phrases += [p for p in (_description_before(text, m.start), _description_after(text, m)) if p]
    described = [p for p in phrases if _private_standing(p) and not _holds(p, record, kb)]
    if not described and not any(m.kind == "name" and _AGE.match(text, m.end) for m in cluster.mentions):
        return False
    return not any(_holds(t, record, kb) and not any(d[:len(t)] == t for d in described)
                   for t in map(tuple, map(str.split, titles)))


def _holds(words: tuple[str, ...], record, kb) -> bool:
    """Whether a title (its lower-case words) names one of the record's offices."""
    return any(_names_office(list(words), role, kb) for role in record.roles)


def _private_standing(words: tuple[str, ...]) -> bool:
    """Whether a title or description starts with a local office or a private person's standing (entities.yaml
    namesake_offices, namesake_standings), its short forms written out ("Kades" -> "kepala desa")."""
    return phrase_at(list(written_out(words)), 0, _namesake_words()) > 0


# an age in brackets right after a name: "Sri Mulyani Indrawati (45)", "(45 tahun)"; not a minute "(45')", nor
# a candidate's number "(1)", "(02)"
_AGE = re.compile(r"[ \t]*\([ \t]*[1-9]\d{1,2}(?:[ \t]*(?:tahun|thn|th))?[ \t]*\)")
_TOKENS = re.compile(r"\w+(?:[-.]\w+)*|[^\w\s]")


def _description_before(text: str, start: int) -> tuple[str, ...]:
    """The description the article writes right before a name starting at ``start``, from a local office or a
    standing through its complement in capitals, numbers and namesake_links ("Ketua RT 05", "Siswa SMA Negeri 1
    Bantul", "petani asal Klaten," before the name); () when there is none. The complement holds no title
    ("para petani, Presiden ..." describes no one) and, after a comma, is not empty ("di hadapan para petani,
    ..." is no apposition), and the standing is not a crowd's ("ratusan petani", "200 siswa": namesake_crowds,
    kind_quantifiers). Only on the name's line: a headline above is written in capitals throughout."""
    tokens = _TOKENS.findall(text[max(0, start - 80, text.rfind("\n", 0, start) + 1):start])
    comma = tokens[-1:] == [","]
    if comma:
        tokens.pop()
    lex, links, crowds = lexicon(), _namesake_words("namesake_links"), _namesake_words("namesake_crowds")
    lows = [t.lower() for t in tokens]
    i = len(tokens)
    while i > 0 and (tokens[i - 1][:1].isupper() or tokens[i - 1].isdigit() or lows[i - 1] in links):
        i -= 1
    for k in range(max(0, i - 3), i + 1):
        n = phrase_at(tokens, k, _namesake_words(), lows=lows)
        if n and k + n >= i and (k + n < len(tokens) or not comma) and not any(
                w in lex.titles for w in lows[k + n:]) and not _crowd(lows[k - 1] if k else "", crowds):
            return tuple(lows[k:])
    return ()


def _crowd(word: str, crowds: frozenset[str]) -> bool:
    """Whether a word before a standing makes it many people: a number, "ratusan", "para"."""
    return word.isdigit() or word in crowds or word in lexicon().kind_quantifiers


def _description_after(text: str, mention: Cand) -> tuple[str, ...]:
    """The apposition after a comma following a name ("..., warga Desa Sukamaju"), in lower case; () when there is
    none, or when the comma opens what the person says ("Menurut Anies Baswedan, warga ...": namesake_quote_cues)."""
    m = _APPOSITION.match(text, mention.end)
    if m is None or _word_before(text, mention.start) in _namesake_words("namesake_quote_cues"):
        return ()
    return tuple(m.group(1).lower().split())


@cache
def _namesake_words(*keys: str) -> frozenset[str]:
    """The words of entities.yaml's lists ``keys``, by default the local offices and standings."""
    data = load("entities")
    return frozenset(w.lower() for key in keys or ("namesake_offices", "namesake_standings") for w in data[key])


def _names_office(words: list[str], role: dict, kb) -> bool:
    """Whether a title (its lower-case words) names the office ``role`` (see ``person_evidence``)."""
    words, office = list(written_out(tuple(words))), list(written_out(tuple(fold(role["title"]).split())))
    n = min(len(words), len(office))
    if words[:n] == office[:n] and _ranks(words[n:]):
        return True  # the office, its first words, or the office then a rank; not "Ketua Umum" of another body
    body = role.get("of")
    if body is None or body not in kb:
        return False
    bodies = {fold(b) for b in kb.get(body).names}
    for i in range(len(words)):
        if words[:i] != office[:i]:
            break
        for j in range(i + 1, len(words) + 1):
            named = words[i:j]
            if _ranks(words[j:]) and (" ".join(named) in bodies or i == 0 and office[0] in _office_bodies() and any(
                    " ".join((b, *named[1:])) in bodies for b in _bodies_of_office(named[0]))):
                return True
    return False


@cache
def written_out(words: tuple[str, ...]) -> tuple[str, ...]:
    """A title's lower-case words with its short forms written out (entities.yaml ``title_abbreviations``):
    ("pm", "malaysia") -> ("perdana", "menteri", "malaysia"), ("wamentan",) -> ("wakil", "menteri", "pertanian"),
    "wa" before a short form making it its deputy's."""
    short = _title_abbreviations()
    out: list[str] = []
    i = 0
    while i < len(words):
        pair = " ".join(words[i:i + 2])
        if i + 1 < len(words) and pair in short:
            out += short[pair]
            i += 2
            continue
        w = words[i]
        if w in short:
            out += short[w]
        elif w[:2] == "wa" and w[2:] in short:
            out += ("wakil", *short[w[2:]])
        else:
            out.append(w)
        i += 1
    return tuple(out)


@cache
def _title_abbreviations() -> dict[str, tuple[str, ...]]:
    return {k.lower(): tuple(v.lower().split()) for k, v in load("entities")["title_abbreviations"].items()}


def _ranks(words: list[str]) -> bool:
    """Whether all the words (none at all too) are military or police ranks and corps ("letjen tni")."""
    lex = lexicon()
    return all(w in lex.ranks or w in lex.rank_corps for w in words)


def _bodies_of_office(word: str) -> tuple[str, ...]:
    """The body an office word names (event_context.yaml ``office_bodies``: "menteri" -> "kementerian"), and the
    body's short name a short title stands for, with the letters the body's word has before the office's word:
    "menlu" -> "kemenlu", "mendag" -> "kemendag", as "menteri" sits in "kementerian" after "ke"."""
    offices = _office_bodies()
    found = [offices[word]] if word in offices else []
    return (*found, *(body[:body.find(office)] + word for office, body in offices.items() if body.find(office) > 0))


@cache
def _office_bodies() -> dict[str, str]:
    return {k.lower(): v.lower() for k, v in load("event_context")["office_bodies"].items()}


def standard_spelling(name: str) -> str:
    """The name with its words in their standard spelling (entities.yaml ``spelling_variants``): "Kementrian Luar
    Negri" -> "Kementerian Luar Negeri"; the name itself when no word is a variant."""
    variants = _spelling_variants()
    words = name.split()
    if not any(w.lower() in variants for w in words):
        return name
    return " ".join(_respell(w, variants[w.lower()]) if w.lower() in variants else w for w in words)


def _respell(word: str, standard: str) -> str:
    """``standard`` in the case the word is written in: "NEGRI" -> "NEGERI", "Negri" -> "Negeri"."""
    return standard.upper() if word.isupper() else standard.capitalize() if word[:1].isupper() else standard


@cache
def _spelling_variants() -> dict[str, str]:
    return {k.lower(): v.lower() for k, v in load("entities")["spelling_variants"].items()}


def _spelled_otherwise(cluster: Cluster, record) -> bool:
    """The entity's name is written out in full and holds none of the record's names, nor is held by one: only
    its acronym matched the record ("Dinas Ketahanan Pangan dan Pertanian (DKPP)" is not the election ethics
    council DKPP)."""
    full = [t for t in cluster.texts if " " in t]
    if not full:
        return False
    names = [fold(n) for n in record.names]
    return not any(n in t or t in n for t in full for n in names)


def public_id(kb, rid: str) -> str:
    rec = kb.get(rid)
    return rec.qid or rec.id


def stands_for(kb, rid: str | None, name: str, linked: dict[str, str]) -> str | None:
    """What a seat of power or capital stands for: an entity id in this article, else a KB id."""
    target = None
    if kb is not None and rid is not None:
        target = kb.get(rid).stands_for
    if target is None:
        seat = lexicon_seats().get(name.lower())
        if not seat or not seat.get("stands_for"):
            return None
        if kb is not None:
            found = kb.lookup(seat["stands_for"])
            target = found[0].id if found else None
        if target is None:
            return linked.get("name:" + seat["stands_for"].lower())
    return linked.get(target) or (public_id(kb, target) if kb is not None and target in kb else target)


@cache
def lexicon_seats() -> dict:
    return load("entities")["seats"]
