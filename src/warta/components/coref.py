"""In-article coreference: which candidate mentions name the same entity.

Full names found first seed the clusters; shorter mentions then join the cluster they shorten:
- the same name again (case-folded: "MOSKOW" and "Moskow");
- a bracketed acronym or nickname joins the name before it ("Pusat Studi ... (CSIS)", "Joko Widodo (Jokowi)");
- the same knowledge-base record ("Jokowi" and "Joko Widodo" via KB aliases, "Kemlu" and "Kementerian Luar
  Negeri");
- a person's surname, first name or any part of the full name ("Choe" -> "Choe Son Hui"); when several people
  share it, the one mentioned most recently before it;
- an acronym spelled by the initials of an organisation's name ("BNPB", "PSSI"), with or without its head word
  ("PUPR" for "Dinas Pekerjaan Umum dan Penataan Ruang"), and a head word plus a known short form ("Dinas PUPR");
- an acronym followed by the place the full name ends with ("PN Bandung" for "Pengadilan Negeri Bandung");
- a place without its head word ("Lebak" for "Kabupaten Lebak");
- a nickname introduced by a cue ("Kiki, sapaan akrab Rizky") and "sang presiden" when exactly one person in the
  article holds that title: both in ``coref_cues``, run on the clusters made here.
Names the tagger missed are found again by their short forms in ``coref_propagate``.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from operator import attrgetter

from .acronyms import fold, heads, initial_options, initials, is_acronym, spells, syllabic, syllables_spell
from .coref_forms import ACRONYM_THEN, branch_after, company_runs, front_short, in_order, names_region, shortens_place
from .coref_forms import without_legal_form
from .ner_lexicon import lexicon, phrase_at
from .ner_rules import Cand

by_start = attrgetter("start")  # the sort key of mentions: a call in C, where a lambda is a Python call per item


@dataclass(slots=True, init=False)
class Cluster:
    mentions: list[Cand]
    texts: set[str]
    kb: set[str]
    rank: int  # the order ``cluster`` made it in, which ``_Index`` answers in

    def __init__(self, rank: int = 0) -> None:
        # written out: the __init__ a dataclass makes is not compiled, and ``cluster`` makes one per entity
        self.mentions, self.texts, self.kb, self.rank = [], set(), set(), rank

    def add(self, cand: Cand, key: str) -> None:
        """``key``: the mention's written form, case-folded (``fold``)."""
        self.mentions.append(cand)
        if not cand.borrowed:  # "pelatih [Makassar]" for PSM: "di Makassar" is still the city
            self.texts.add(key)
            if cand.kind == "alias" and cand.type == "PER" and " " in key:
                # a nickname with its form of address: "alias Cak Ocid" ... "ujar Ocid" is the same person
                address, _, called = key.partition(" ")
                if address in lexicon().nickname_honorifics:
                    self.texts.add(called)
        if cand.kb_ids:  # the first, most likely record
            self.kb.add(cand.kb_ids[0])

    @property
    def first(self) -> int:
        return min(m.start for m in self.mentions)


@lru_cache(maxsize=16384)
def strip_head(text: str) -> str | None:
    known = heads()
    words = text.split()
    for n in (2, 1):
        if len(words) > n and " ".join(words[:n]).lower() in known:
            return " ".join(words[n:])
    return None


class _Index:
    """The clusters built so far, indexed by what ``_find`` asks of them (a written form, a KB id, the ends of
    an acronym they may spell, a word of a name, a place name without its head word), so that each new mention
    is compared with the few clusters that could take it rather than all of them. Answers come in the order the
    clusters were made (their ``rank``), as a scan of them all would find them. A key is a kind ("text", "word",
    "ends"...) and a string: each kind has its dict of strings, whose hashes a string keeps, where a tuple key was
    hashed again at each look-up and compared item by item."""

    def __init__(self) -> None:
        # kind -> key -> its one cluster, or {rank: cluster} once several share it: most keys (the words of a name,
        # the ends of its initials...) file one cluster, which then needs no dict made and freed
        self.by: dict[str, dict[str, Cluster | dict[int, Cluster]]] = {kind: {} for kind in _KINDS}

    def add(self, c: Cluster, cand: Cand, s: str) -> None:
        rank = c.rank
        # a name said again files its cluster where it is already filed, which changes nothing: no record of the
        # forms filed is kept to skip them, since most forms are filed once
        keys: tuple[tuple[str, str], ...] = () if cand.borrowed else _form_keys(s, cand.type == "ORG")
        kb_ids = cand.kb_ids
        if kb_ids:  # the first, most likely record
            keys += (("kb", kb_ids[0]),)
        by: dict = self.by
        for kind, key in keys:
            filed_by: dict = by[kind]  # typed: its ``get`` is a direct call, one hashing where "in" and [] took two
            filed = filed_by.get(key)
            if filed is None:
                filed_by[key] = c
            elif type(filed) is dict:
                filed[rank] = c
            elif filed is not c:
                filed_by[key] = {filed.rank: filed, rank: c}

    def get(self, kind: str, key: str) -> tuple[Cluster, ...]:
        """The clusters filed under ``key``, in the order they were made (a tuple: most look-ups find none, and the
        empty tuple is made once)."""
        filed_by: dict = self.by[kind]
        found = filed_by.get(key)
        if found is None:  # most look-ups
            return ()
        if type(found) is not dict:
            return (found,)
        return tuple([found[r] for r in sorted(found)])

    def first(self, kind: str, key: str) -> Cluster | None:
        """The first cluster made of those filed under ``key``; None when there is none."""
        filed_by: dict = self.by[kind]
        found = filed_by.get(key)
        if type(found) is dict:
            return found[min(found)]
        return found

    def get_any(self, *keys: tuple[str, str]) -> list[Cluster]:
        """The clusters filed under any of ``keys`` (kind, key), in the order they were made."""
        found: dict[int, Cluster] = {}
        for kind, key in keys:
            filed = self.by[kind].get(key)
            if type(filed) is dict:
                found.update(filed)
            elif filed is not None:
                found[filed.rank] = filed
        return [found[r] for r in sorted(found)]


_KINDS = ("text", "word", "ends", "org", "bare", "company", "legal", "kb")


def _spelling(acronym: str) -> str:
    """The "ends" key of the clusters whose names ``acronym`` may spell: its first and last letters ("" for
    none, a key nothing is filed under)."""
    letters = acronym.replace("-", "").upper()
    return letters[0] + letters[-1] if letters else ""


@lru_cache(maxsize=16384)  # by written form: an article says its names again and again
def _form_keys(s: str, org: bool) -> tuple[tuple[str, str], ...]:
    """The ``_Index`` keys (kind, key) a written form files its cluster under (``org``: the mention is an
    organisation)."""
    key = fold(s)
    keys = [("text", key), *(("word", w) for w in key.split())]
    if key.startswith("the ") and org:
        keys.append(("text", key[4:]))  # "Jakmania" after "The Jakmania"
    keys += [("ends", init[0] + init[-1]) for init in initial_options(s) if init]
    if org and " " in s:
        keys.append(("org", ""))
    bare = strip_head(s)
    if bare is not None:
        keys.append(("bare", fold(bare)))
    if org:
        keys += [("company", run) for run in company_runs(s)]
        if " " in s and without_legal_form(s) != s:
            keys.append(("legal", fold(without_legal_form(s))))
    return tuple(keys)


def cluster(cands: list[Cand], text: str) -> list[Cluster]:
    """Group candidates into entities; clusters come back in order of first mention."""
    surface = lambda c: text[c.start:c.end]
    written = [text[c.start:c.end] for c in cands]  # sliced once: the string, and its hash, serve every look-up
    # each form's words and whether it is an acronym, found once for its rank and for ``_find``
    shapes = [(s.split(), is_acronym(s)) for s in written]
    # Full names first, so short forms find them whatever the order they appear in: names before their partners,
    # longer names first, an acronym after a name as long, then in text order
    ranks = [(c.partner is not None, -len(words), acronym, c.start) for c, (words, acronym) in zip(cands, shapes)]
    clusters: list[Cluster] = []
    index = _Index()
    home: dict[int, Cluster] = {}
    defines = _defined_once(cands, written)
    for i in sorted(range(len(cands)), key=ranks.__getitem__):  # a C call per key
        cand, s = cands[i], written[i]
        key = fold(s)
        words, acronym = shapes[i]
        target = _find(cand, s, key, words, acronym, index, home, surface, text)
        if target is None:
            target = Cluster(len(clusters))
            clusters.append(target)
        elif cand.partner is None and cand.kind == "name":
            cand.kind = _kind_in(target, cand, surface)
        target.add(cand, key)
        index.add(target, cand, s)
        home[id(cand)] = target
        if defines and id(cand) in defines:
            # its short form, written elsewhere before the bracket that defines it is reached in rank order, is
            # this entity: "KAI Commuter" after "PT Kereta Commuter Indonesia (KAI Commuter)", not "KAI"
            index.by["text"].setdefault(defines[id(cand)], target)
    clusters = _merge_units_with_parents(_merge_same_text(clusters), text)
    for c in clusters:
        if len(c.mentions) > 1:  # most entities are named once
            c.mentions.sort(key=by_start)
    return sorted(clusters, key=lambda c: c.mentions[0].start)  # the first mention: they are sorted


def _defined_once(cands: list[Cand], written: list[str]) -> dict[int, str]:
    """A name -> the folded short form an acronym in brackets (or after an alias cue) defines for it, for the short
    forms the article defines once: a form defined for two bodies ("BPBD" of two regions) is left to ``_find``."""
    defined = [(id(c.partner), fold(s)) for c, s in zip(cands, written) if c.kind == "acronym" and c.partner]
    if not defined:
        return {}
    counts = Counter(form for _, form in defined)
    return {name: form for name, form in defined if counts[form] == 1}


def _merge_units_with_parents(clusters: list[Cluster], text: str) -> list[Cluster]:
    """A unit's short name, alone or after the kind of unit it is, belongs to the one organisation the article
    defines in brackets by that short name and its parent's: "Dukcapil" and "Ditjen Dukcapil" after "Direktorat
    Jenderal Kependudukan dan Pencatatan Sipil Kementerian Dalam Negeri (Dukcapil Kemendagri)". Clusters are made
    longest name first and brackets last, so the short name met first has not seen the bracket: joined here."""
    units: dict[str, set[int]] = {}  # a short name -> the organisations named with it and a parent's after it
    for c in clusters:
        if c.mentions[0].type == "ORG":
            for m in c.mentions:
                words = text[m.start:m.end].split() if m.partner is not None else ()  # a bracket's
                if len(words) == 2 and _short_name(words[0]) and _short_name(words[1]):
                    units.setdefault(words[0], set()).add(c.rank)
    if not units:
        return clusters  # most articles: no short name with a parent
    by_rank = {c.rank: c for c in clusters}
    gone: set[int] = set()
    for c in clusters:
        if c.kb or c.rank in gone or c.mentions[0].type == "PER":
            continue
        forms = [text[m.start:m.end].split() for m in c.mentions]
        short = forms[0][-1]
        owners = units.get(short, set()) - {c.rank, *gone}
        if len(owners) != 1 or not all(len(f) <= 2 and f[-1] == short for f in forms):
            continue
        into = by_rank[owners.pop()]
        into.mentions += c.mentions
        into.texts |= c.texts
        gone.add(c.rank)
    return [c for c in clusters if c.rank not in gone] if gone else clusters


def _short_name(word: str) -> bool:
    """An acronym in capitals or of syllables: "BPBD", "Dukcapil", "Kemendagri"."""
    return is_acronym(word) or syllabic(word)


def _merge_same_text(clusters: list[Cluster]) -> list[Cluster]:
    """Clusters sharing a written form are one entity (an acronym met alone before its bracketed definition)."""
    out: list[Cluster] = []
    owner: dict[str, int] = {}  # written form -> the first cluster of ``out`` that has it
    for c in clusters:
        found = [owner[t] for t in c.texts if t in owner]
        if not found:
            at = len(out)
            out.append(c)
        else:
            at = min(found)
            into = out[at]
            into.mentions += c.mentions
            into.texts |= c.texts
            into.kb |= c.kb
        for t in c.texts:
            if owner.get(t, at) >= at:
                owner[t] = at
    return out


def _kind_in(target: Cluster, cand: Cand, surface) -> str:
    """How a mention names the entity it joins: the name again (also in capitals: "MOSKOW"), an acronym, or
    a KB alias ("Jokowi" for Joko Widodo)."""
    s = surface(cand)
    if fold(s) in target.texts or cand.source == "dateline":
        return "name"
    if is_acronym(s) and target.mentions and not any(is_acronym(surface(m)) for m in target.mentions[:1]):
        return "acronym"
    # ``texts`` are the folded forms of the target's mentions
    if cand.kb_ids and target.kb and not any(fold(s) in t for t in target.texts):
        return "alias"
    return "name"


def _find(cand: Cand, s: str, key: str, words: list[str], acronym: bool, index: _Index, home: dict, surface,
          text: str) -> Cluster | None:
    """The cluster a mention written ``s`` (``key``: case-folded; ``words``: ``s.split()``; ``acronym``:
    ``is_acronym(s)``) joins, None when it names a new entity."""
    if cand.partner is not None and id(cand.partner) in home:
        return home[id(cand.partner)]
    kind, source = cand.type, cand.source  # read once: each read of an attribute is a look-up
    found = index.first("text", key)
    if found is not None:
        return found
    if cand.kb_ids and len(cand.kb_ids) == 1:
        found = index.first("kb", cand.kb_ids[0])
        if found is not None:
            return found
    # a person's initials found by rule ("berinisial MS") spell no organisation; a tagger's PER may be an acronym
    if acronym and not (kind == "PER" and source == "rule"):
        for c in index.get("ends", _spelling(s)):
            if c.mentions[0].type in ("ORG", "LOC") and any(spells(s, surface(m)) for m in c.mentions):
                return c
    acronym_first = len(words) > 1 and kind != "PER" and is_acronym(words[0])  # "PN Bandung", "BPBD Lebak"
    if acronym_first:
        # "PN Bandung" for "Pengadilan Negeri Bandung": an acronym and the same place after it
        tail, letters = " " + " ".join(words[1:]), words[0] + initials(words[1:])
        # of any type: the tagger often takes "PTUN Pekanbaru" for a place
        for c in index.get("ends", _spelling(letters)):
            if c.mentions[0].type in ("ORG", "LOC") and any(
                    surface(m).endswith(tail) and spells(letters, surface(m)) for m in c.mentions):
                return c
    if acronym_first and source != "kb" and words[0].lower() not in lexicon().legal_forms:
        # "BPBD Kabupaten Bandung" after "Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Bandung": the
        # organisation's acronym, then the place it serves; not a legal form ("PT Sritex Tbk" is not the "PT
        # ... Tbk" named before)
        for c in index.get_any(("text", fold(words[0])), ("ends", _spelling(words[0]))):
            if any((t := fold(surface(m))).startswith(fold(words[0]) + " ") and t != key for m in c.mentions) or any(
                    (after := ACRONYM_THEN.match(text, m.end)) and after.group(2)[:1].isupper()
                    and fold(after.group(2)) not in key for m in c.mentions):
                # "BPBD Kota Medan" is not the "BPBD Sumut" or "Badan ... Daerah (BPBD) Sumatera Utara" named before
                continue
            if c.mentions[0].type == "ORG" and any(fold(surface(m)) == fold(words[0]) or (
                    " " in surface(m) and spells(words[0], surface(m))) for m in c.mentions):
                return c
    if len(words) > 1 and kind != "PER" and syllabic(words[0]):
        # "Dinkes Sikka" for "Dinas Kesehatan Kabupaten Sikka", "Polda NTB" for "Kepolisian Daerah Nusa Tenggara
        # Barat", "Bawaslu Malut" for "Bawaslu Provinsi Maluku Utara": a syllable acronym and the same place
        # a place's initials or syllables ("NTB", "Jabar") are no word of the name: every organisation is asked
        place_acronym = is_acronym(words[-1]) or (len(words) == 2 and syllabic(words[-1]))
        # a name the place's syllables may spell the end of has the place's first letter opening a word: a test in C
        # that rules most organisations out before the spelling is tried
        opening = " " + words[-1][0]
        for c in (index.get("org", "") if place_acronym else index.get("word", fold(words[-1]))):
            if c.mentions[0].type == "ORG" and any(
                    opening in (t := surface(m)) and syllables_spell(s, t) for m in c.mentions):
                return c
    if len(words) == 1 and key in lexicon().office_acronyms:
        # an office's short name alone is the one the article names with its region: "BPBD" after "BPBD Parigi
        # Moutong"; none when it names several
        found = _only(c for c in index.get("word", key) if c.mentions[0].type == "ORG"
                      and any(fold(surface(m)).startswith(key + " ") for m in c.mentions))
        if found is not None:
            return found
    if len(words) == 1 and kind == "ORG" and not cand.kb_ids and (acronym or syllabic(s)):
        # a unit's or an office's short name alone, the one organisation whose name it writes short but for the
        # body or place after it: "PTUN" for "Pengadilan Tata Usaha Negara Samarinda", "Komdis" for "Komite
        # Disiplin PSSI"; none when several
        found = _only(c for c in index.get("org", "") if any(front_short(s, surface(m)) for m in c.mentions))
        if found is not None:
            return found
    if kind == "ORG" and len(words) > 1 and not cand.kb_ids and strip_head(s) and not (
            (after := ACRONYM_THEN.match(text, cand.end)) and after.group(2)[:1].isupper()):
        # a regional office named without its region: "Dinas Pertanian" after "Dinas Pertanian Kabupaten
        # Indramayu"; none when the article names it for several regions, nor when its region follows its acronym:
        # "Dinas Kesehatan (Dinkes) Kota Kupang" is not "Dinas Kesehatan Provinsi NTT"
        found = _only(c for c in index.get("word", fold(words[-1])) if c.mentions[0].type == "ORG" and any(
            (t := fold(surface(m))).startswith(key + " ") and names_region(t[len(key) + 1:]) for m in c.mentions))
        if found is not None:
            return found
    if len(words) > 1 and ((kind == "ORG" and not cand.kb_ids) or (kind == "PER" and source == "crf")):
        # a company named before with its legal form, now without it or with another: "Bank Dana Prima" or "PT
        # Bank Dana Prima" after "PT Bank Dana Prima Tbk"; a club without its suffix, taken for a person:
        # "kiper [Andalas Putra]" after "Andalas Putra FC"
        # "Astra Agro" after "PT Astra Agro Lestari Tbk"; not a name with a legal form of its own ("PT Pertamina"
        # beside "PT Pertamina Patra Niaga" is the parent)
        bare = fold(without_legal_form(s))
        found = index.first("legal", bare) or (index.first("company", key) if kind == "ORG" and bare == key else None)
        if found is not None:
            return found
    if kind == "PER" or (source in ("crf", "rule") and not cand.kb_ids and len(words) == 1):
        # the tagger often mistypes a lone surname, and a rule a possessor after a kind of body: "perusahaan
        # [Kevin]" (his company) after "Kevin Halim"
        same_word = index.get("word", key.split()[0])
        found = _person(cand, key, same_word, surface)
        if found is None and kind == "PER" and len(words) == 1:
            found = _shortened(key, index)  # "Afif" after "Mochammad Afifuddin", "Risma" after "Tri Rismaharini"
        if found is None and kind == "PER" and len(words) == 2 and key.split()[0] in lexicon().nickname_honorifics:
            # the name people use, an honorific and one name: "Mbah Mun'im" for Abdul Mun'im Zainuddin, "Gung
            # Raka" for Anak Agung Gede Raka Pemayun
            name = key.split()[1]
            found = _person(cand, name, index.get("word", name), surface) or _shortened(name, index)
        if found is None and len(words) == 1 and _named_as_person(cand, text):
            return None  # "Juru bicara warga, Santoso, ...": the man, not "PT Santoso Jaya Abadi Tbk"
        if found is None and source in ("crf", "rule") and not cand.kb_ids:
            # a company named before with its legal form, now by the first or last words of its name: "Kalbe"
            # or "Sido Muncul" after "PT Industri Jamu dan Farmasi Sido Muncul Tbk"
            found = index.first("company", key)
        if found is None and source == "crf" and len(words) == 1 and key not in heads():
            # a lone word the tagger took for a person that starts an organisation named before: "Juru kampanye
            # Greenpeace" after "Greenpeace Indonesia"
            # not its branch ("Jasindo" is not "Jasindo Cabang Cirebon")
            found = next((c for c in same_word if c.mentions[0].type == "ORG" and any(
                (t := fold(surface(m))).startswith(key + " ") and not branch_after(t[len(key) + 1:])
                for m in c.mentions)), None)
        if found is None and source == "crf" and not _named_as_person(cand, text):
            # a village named before with its head word, now alone, which the tagger took for a person: "mendatangi
            # [Wangisagara]" after "Desa Wangisagara", "(BPD) [Tambakrejo Wetan]" after "Desa Tambakrejo Wetan"
            found = next((c for c in index.get("bare", key) if c.mentions[0].type == "LOC"
                          and fold(surface(c.mentions[0])).split()[0] in lexicon().village_heads), None)
        if found is not None or kind == "PER":
            return found
    rest = strip_head(s)
    if rest:  # "Dinas PUPR": a head word and the short form of a name already seen
        rest_acronym = is_acronym(rest)
        # a place's head word before a place's name: the same place for an area ("Pulau Bali"), another (in it) for
        # a building or facility ("Pelabuhan Waisai", "RSUD Kabupaten Bekasi")
        facility = kind == "LOC" and not phrase_at(s.split(), 0, lexicon().area_heads)
        for c in index.get_any(("text", fold(rest)), *([("ends", _spelling(rest))] if rest_acronym else [])):
            if c.mentions[0].type == kind and not facility and (fold(rest) in c.texts or (
                    rest_acronym and any(spells(rest, surface(m)) for m in c.mentions))):
                return c
        if kind == "LOC":  # "RSUP Wahidin" for "RSUP Dr. Wahidin Sudirohusodo"
            head, short = fold(s[:len(s) - len(rest)]).split(), fold(rest).split()
            for c in index.get("word", short[0]):
                if c.mentions[0].type == kind and any(shortens_place(head, short, surface(m)) for m in c.mentions):
                    return c
    if kind == "LOC":
        found = None
        for c in index.get("bare", key):
            words0 = fold(surface(c.mentions[0])).split()
            head = words0[0]
            if not phrase_at(words0, 0, lexicon().area_heads):
                continue  # "Singapura" is the country, not "Selat Singapura"; "Waisai" is no "Pelabuhan Waisai"
            if c.mentions[0].type == "LOC" and any(fold(strip_head(surface(m)) or "") == key for m in c.mentions):
                if head in lexicon().city_heads:
                    return c  # "Jayapura" beside "Kota Jayapura" and "Kabupaten Jayapura" is the city
                found = found or c
        return found
    return None


def _only(clusters) -> Cluster | None:
    """The one cluster of ``clusters`` (each may come more than once), None when there are none or several."""
    one = None
    for c in clusters:
        if one is not None and c is not one:
            return None
        one = c
    return one


# "(\w+)(\W*)$" for the reversed text: matched once at the offset instead of searched from every character before
_PREV_WORD_REVERSED = re.compile(r"(\W*)(\w+)")


def _named_as_person(cand: Cand, text: str) -> bool:
    """Whether the sentence names a one-word person as a person: in apposition ("Juru bicara warga, [Santoso],"),
    after a word that cues a person ("kata [Santoso]", "menurut [Santoso]") or after a title relating him to
    someone ("kuasa hukum [Santoso]"); not after any title ("Direktur [Sido Muncul]" may be the company)."""
    if cand.type != "PER":
        return False
    lex = lexicon()
    if cand.title and phrase_at(cand.title.lower().split(), 0, lex.relational_titles):
        return True
    m = _PREV_WORD_REVERSED.match(text[max(0, cand.start - 30):cand.start][::-1])  # groups: gap, word (reversed)
    return m is not None and (m.group(1).strip() == "," or m.group(2)[::-1].lower() in lex.person_cues)


def _person(cand: Cand, key: str, clusters: tuple[Cluster, ...], surface) -> Cluster | None:
    """The person whose full name contains this shorter name as whole words, or begins and ends with it with
    middle names left out ("Lalu Iqbal" for "Lalu Muhammad Iqbal"); the latest one before it."""
    words = key.split()
    best, best_pos = None, -1
    for c in clusters:
        if c.mentions[0].type != "PER":
            continue
        for m in c.mentions:
            full = fold(surface(m)).split()
            if len(full) > len(words) and (any(full[i:i + len(words)] == words for i in range(len(full))) or (
                    len(words) > 1 and full[0] == words[0] and full[-1] == words[-1] and in_order(words, full))):
                pos = max((x.start for x in c.mentions if x.start < cand.start), default=-1)
                if best is None or pos > best_pos:
                    best, best_pos = c, pos
                break
    return best


def _shortened(key: str, index: _Index) -> Cluster | None:
    """The one person a lone name of four letters or more shortens a word of, as news calls people by the start of
    a name: "Afif" for Mochammad Afifuddin, "Risma" for Tri Rismaharini; None when none or several. The longer
    word must go on for four letters or more ("Budi" is not "Budiono"), or be a baptismal name's Latin form
    ("Robert" for Robertus Hardy Tanoto)."""
    if len(key) < 4:
        return None
    found: dict[int, Cluster] = {}
    latin = key + "us"
    for word, filed in index.by["word"].items():
        if (len(word) >= len(key) + 4 or word == latin) and word.startswith(key):
            for c in (filed.values() if type(filed) is dict else (filed,)):
                if c.mentions[0].type == "PER":
                    found[c.rank] = c
    return next(iter(found.values())) if len(found) == 1 else None

