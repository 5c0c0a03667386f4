"""Whether a short form spells a longer name: an acronym of its initials ("BNPB", "PSSI"), or of its syllables
followed by the same place ("Dinkes Sikka" for "Dinas Kesehatan Kabupaten Sikka"). Coreference and the
sentence rules both ask; names are compared case-folded (``fold``).
"""

from __future__ import annotations

from functools import cache, lru_cache

from .ner_lexicon import lexicon


@lru_cache(maxsize=65536)  # by written form: an article says its names again and again
def fold(s: str) -> str:
    return " ".join(s.casefold().split())


@cache
def heads() -> frozenset[str]:
    lex = lexicon()
    return lex.org_heads | lex.loc_heads


@lru_cache(maxsize=16384)
def initial_options(name: str) -> tuple[str, ...]:
    """The initials an acronym of ``name`` may spell: of all its words, and without a head word in front."""
    words = name.split()
    if len(words) > 2 and words[0].lower() in heads():
        return initials(words), initials(words[1:])
    return (initials(words),)


def initials(words: list[str]) -> str:
    lex = lexicon()
    return "".join(w[0].upper() for w in words if w.lower() not in lex.connectors and w[:1].isalpha())


def spells(acronym: str, name: str) -> bool:
    """True when the acronym's letters are the initials of the name, or an in-order selection of them that keeps
    the first and last ("PSSI" in Persatuan Sepak Bola Seluruh Indonesia)."""
    letters = acronym.replace("-", "").replace("&", "").upper()  # "E&C" for Engineering & Construction
    if len(letters) < 2 or not letters.isalpha():
        return False
    for init in initial_options(name):
        if init == letters:
            return True
        if len(init) > len(letters) and init[0] == letters[0] and init[-1] == letters[-1]:
            it = iter(init)
            if all(ch in it for ch in letters):
                return True
    return False


def syllabic(word: str) -> bool:
    """A word that may be a syllable acronym: "Dinkes", "Polrestabes", "Kemlu", "Disnakertransgi" (a capital, then
    small letters)."""
    return 4 <= len(word) <= 16 and word.isalpha() and word[0].isupper() and word[1:].islower()


def _pieces(short: str, words: list[str]) -> bool:
    """Whether ``short`` cuts into one piece of two letters or more per word, each piece inside its word, in
    order: "polrestabes" over kepolisian resor kota besar (pol, res, ta, bes); a piece may also be its word's
    start and last letter, as "dis" is of dinas ("Diskominfo": dinas komunikasi informatika)."""
    if not words:
        return not short
    word, rest = words[0], words[1:]
    for n in range(2, len(short) - 2 * len(rest) + 1):
        piece = short[:n]
        if (piece in word or (n > 2 and word.startswith(piece[:-1]) and word[-1] == piece[-1])) and _pieces(
                short[n:], rest):
            return True
    return False


def abbreviates(short: str, name: str) -> bool:
    """True when ``short`` is an acronym of ``name``'s initials ("BPBD") or a syllable acronym of two to five of
    its words ("Pemprov" for "Pemerintah Provinsi", "Dinsos" for "Dinas Sosial"), or a name with some of its words
    kept and an acronym for the rest ("Hyundai E&C")."""
    if spells(short, name):
        return True
    words = [w.lower() for w in name.split() if w.lower() not in lexicon().connectors]
    return (syllabic(short) and 2 <= len(words) <= 5 and _pieces(short.lower(), words)) or _spelled_between(
        short, name)


def head_unit(word: str) -> str | None:
    """The unit a head's short title names after "Ka", in lower case ("disdik" of "Kadisdik", "ops" of "Kaops");
    None for a word that is no such title."""
    low = word.lower()
    return low[2:] if len(low) >= 5 and low.startswith("ka") else None


def heads_short(unit: str, title: str) -> bool:
    """Whether a head's short title of ``unit`` (``head_unit``) is ``title`` written short, "Kepala" and the unit's
    syllables: "disdik" for "Kepala Dinas Pendidikan Kota Semarang", "ops" for "Kepala Operasi Damai Cartenz" (the
    letters of one word in order)."""
    words = title.lower().split()
    if len(words) < 2 or words[0] != "kepala":
        return False
    first = words[1]
    rest = iter(first)
    if unit[0] == first[0] and all(ch in rest for ch in unit):
        return True
    return any(_pieces(unit, words[1:k]) for k in (3, 4) if k <= len(words))


def _spelled_between(short: str, name: str) -> bool:
    """True when ``short`` keeps words of ``name`` at its start or end and one acronym spells the words between:
    "Hyundai E&C" for "Hyundai Engineering & Construction", "GKI di Tanah Papua" for "Gereja Kristen Injili di
    Tanah Papua"."""
    s, n = fold(short).split(), fold(name).split()
    if len(s) < 2 or len(s) >= len(n):
        return False
    k = 0
    while k < len(s) - 1 and s[k] == n[k]:
        k += 1
    e = 0
    while e < len(s) - k - 1 and s[-1 - e] == n[-1 - e]:
        e += 1
    rest = short.split()[k:len(s) - e]
    return (k or e) > 0 and len(rest) == 1 and spells(rest[0], " ".join(name.split()[k:len(n) - e]))


def syllables_spell(short: str, name: str) -> bool:
    """True when ``short`` is a syllable acronym of ``name`` followed by the same place: "Dinkes Sikka" for
    "Dinas Kesehatan Kabupaten Sikka", "Polrestabes Semarang" for "Kepolisian Resor Kota Besar Semarang", "Polda
    NTB" for "Kepolisian Daerah Nusa Tenggara Barat" (the place's initials), "Dinkes Jabar" for "Dinas Kesehatan
    Provinsi Jawa Barat" (its syllables); or the body's own one-word name and the place ("Bawaslu Malut")."""
    first, *tail = short.split()
    words = name.split()
    if not tail or len(words) <= len(tail):
        return False
    if [fold(w) for w in words[-len(tail):]] == [fold(w) for w in tail]:
        words = words[:-len(tail)]
    elif len(tail) == 1 and is_acronym(tail[0]):
        k = next((k for k in range(2, 5) if k < len(words) and initials(words[-k:]) == tail[0]), None)
        if k is None:
            return False
        words = words[:-k]
    elif len(tail) == 1 and syllabic(tail[0]):  # "Jabar" for Jawa Barat, "Malut" for Maluku Utara
        place = tail[0].lower()
        k = next((k for k in (2, 3) if k < len(words) and _pieces(place, [w.lower() for w in words[-k:]])), None)
        if k is None:
            return False
        words = words[:-k]
    else:
        return False
    lex = lexicon()
    words = [w.lower() for w in words if w.lower() not in lex.connectors]
    bare = list(words)
    while bare and (bare[-1] in lex.loc_heads or bare[-1] in lex.branch_words):
        bare.pop()  # "Kabupaten" before the place: "Dinkes Sikka" (but "Pemkab Lebak" spells it); "Perwakilan"
    if len(bare) == 2 and bare[1] == "ri" and bare[0] == first.lower():  # the state's, as ner_drops.drop_state_suffix
        return True  # "Ombudsman Jateng" for "Ombudsman RI Perwakilan Jawa Tengah"
    # the last word may go unspelled: "Kemlu China" for "Kementerian Luar Negeri China"
    options = (words, bare, words[:-1] if len(words) >= 3 else [])
    # or the body's one-word name is written whole: "Bawaslu Malut" for "Bawaslu Provinsi Maluku Utara"
    return bare == [first.lower()] or any(2 <= len(ws) <= 5 and _pieces(first.lower(), ws) for ws in options)


@lru_cache(maxsize=16384)  # by written form: coreference asks of each mention's words again and again
def is_acronym(text: str) -> bool:
    core = text.replace("-", "")
    return core.isalpha() and core.isupper() and 2 <= len(core) <= 8
