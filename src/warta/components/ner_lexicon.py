"""The word lists the entity rules read, and the look-ups over them.

``lexicon()`` gathers ``lang/id/entities.yaml`` and the calendar's month and day names into frozen sets (titles,
honorifics, head words, cues...); ``phrase_at`` finds the longest listed phrase starting at a word of a sentence,
``first_words`` and ``any_first`` rule most words out with one look-up, and ``affixed_noun`` tells a noun formed
with a portfolio's affixes ("Perikanan"). The rules over spans are in ``ner_rules`` and ``ner_person``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ..lang.id import load


@dataclass(frozen=True, slots=True)  # slots: the rules read its lists ~100,000 times a batch, a slot costs less
class Lexicon:
    titles: frozenset[str]
    honorifics: frozenset[str]
    degrees: frozenset[str]
    org_heads: frozenset[str]
    loc_heads: frozenset[str]
    not_names: frozenset[str]
    language_cues: frozenset[str]
    connectors: frozenset[str]
    weak_connectors: frozenset[str]
    calendar: frozenset[str]
    bracket_suffixes: frozenset[str]
    alias_cues: frozenset[str]
    unit_prefixes: frozenset[str]
    initials_cues: frozenset[str]
    name_suffixes: frozenset[str]
    person_cues: frozenset[str]
    nickname_honorifics: frozenset[str]
    address_honorifics: frozenset[str]
    name_starts: frozenset[str]
    misc_heads: frozenset[str]
    relational_titles: frozenset[str]
    org_tails: frozenset[str]
    nickname_cues: frozenset[str]
    name_titles: frozenset[str]
    unit_titles: frozenset[str]
    rank_corps: frozenset[str]
    nationality_cues: frozenset[str]
    name_particles: frozenset[str]
    portfolio_affixes: frozenset[str]
    portfolio_words: frozenset[str]
    branch_words: frozenset[str]
    branch_prefixes: frozenset[str]
    org_cues: frozenset[str]
    area_heads: frozenset[str]
    misc_tails: frozenset[str]
    route_cues: frozenset[str]
    place_nouns: frozenset[str]
    ranks: frozenset[str]
    misc_names: frozenset[str]
    legal_forms: frozenset[str]
    legal_suffixes: frozenset[str]
    city_heads: frozenset[str]
    club_cues: frozenset[str]
    list_place_cues: frozenset[str]
    place_only_cues: frozenset[str]
    city_cues: frozenset[str]
    opening_nouns: frozenset[str]
    name_infixes: frozenset[str]
    haji_initials: frozenset[str]
    office_kinds: frozenset[str]
    office_regions: frozenset[str]
    name_abbreviations: frozenset[str]
    office_acronyms: frozenset[str]
    kind_quantifiers: frozenset[str]
    never_called_kinds: frozenset[str]
    clan_names: frozenset[str]
    title_suffixes: frozenset[str]
    place_list_ends: frozenset[str]
    occupations: frozenset[str]
    person_predicates: frozenset[str]
    apposition_heads: frozenset[str]
    place_cues: frozenset[str]
    village_heads: frozenset[str]
    region_heads: frozenset[str]
    village_offices: frozenset[str]
    numbered_units: frozenset[str]
    village_suffixes: frozenset[str]
    given_names: frozenset[str]
    name_endings: frozenset[str]
    person_nouns: frozenset[str]
    verb_affixes: frozenset[str]
    ordinary_name_starts: frozenset[str]
    hyphen_prefixes: frozenset[str]
    origin_cues: frozenset[str]
    club_suffixes: frozenset[str]
    unit_heads: frozenset[str]
    church_words: frozenset[str]
    memorial_heads: frozenset[str]
    topic_words: frozenset[str]
    government_acronyms: tuple[tuple[str, str], ...]  # short name -> the words it stands for
    title_words: frozenset[str]  # every word of every title, for lower-case titles ("menteri luar negeri")
    # the titles read at a person's left edge: titles and trades ("Sopir [Andi Malang]"); a trade is no title
    # elsewhere, for many organisations' names hold one ("Forum Guru Honorer Bersatu", "Serikat Buruh ...")
    person_titles: frozenset[str]
    # the first words of several lists at once (``any_first``), read per sentence or per word: an attribute costs a
    # fraction of the call, whose cache hashes the tuple of lists each time
    head_firsts: frozenset[str]  # org_heads, loc_heads, unit_prefixes, misc_heads: ner_heads.head_spans
    inner_firsts: frozenset[str]  # org_heads, titles, name_starts, loc_heads: ner_heads._starts_name
    name_firsts: frozenset[str]  # titles, org_heads, loc_heads: name_word
    not_name_firsts: frozenset[str]  # calendar, not_names: ner_rules.is_not_name
    # the lower-case words ner_person.title_before walks back over: honorifics, words of titles and trades, connectors
    title_reach: frozenset[str]


_LEXICON: list[Lexicon] = []  # the one Lexicon, read on first use


def lexicon() -> Lexicon:
    """The entity rules' word lists, read once. Kept in a list rather than behind functools.cache: the rules ask
    for it tens of thousands of times per batch, and a compiled look-up costs a fraction of the cache's call."""
    if not _LEXICON:
        _LEXICON.append(_read_lexicon())
    return _LEXICON[0]


def _read_lexicon() -> Lexicon:
    data, cal = load("entities"), load("calendar")
    # an office's head by "Ka" and its short name: "Kadisdik", "Kadinkes" (office_acronyms)
    titles = (*data["titles"], *data["rule_titles"], *data["unit_titles"], *("ka" + a for a in data["office_acronyms"]))
    sets = {k: frozenset(data[k]) for k in ("honorifics", "degrees", "org_heads", "loc_heads",
                                            "not_names", "language_cues", "connectors", "weak_connectors",
                                            "bracket_suffixes",
                                            "alias_cues", "unit_prefixes", "initials_cues", "name_suffixes",
                                            "person_cues", "nickname_honorifics", "address_honorifics",
                                            "name_starts", "misc_heads",
                                            "relational_titles", "unit_titles", "org_tails",
                                            "nickname_cues", "name_titles", "rank_corps", "nationality_cues",
                                            "name_particles", "portfolio_affixes", "portfolio_words",
                                            "branch_words", "org_cues",
                                            "area_heads", "misc_tails", "route_cues",
                                            "place_nouns", "ranks", "misc_names", "legal_forms", "legal_suffixes",
                                            "city_heads",
                                            "club_cues", "name_infixes", "list_place_cues", "place_only_cues",
                                            "city_cues",
                                            "opening_nouns", "haji_initials", "office_kinds", "office_regions",
                                            "name_abbreviations", "office_acronyms", "kind_quantifiers",
                                            "never_called_kinds", "occupations", "person_predicates",
                                            "apposition_heads", "place_cues", "village_heads", "region_heads",
                                            "name_endings",
                                            "village_offices", "numbered_units", "village_suffixes", "given_names",
                                            "person_nouns", "verb_affixes", "title_suffixes", "place_list_ends",
                                            "clan_names", "ordinary_name_starts", "hyphen_prefixes",
                                            "origin_cues", "club_suffixes", "unit_heads",
                                            "church_words", "memorial_heads", "topic_words", "branch_prefixes")}
    sets["org_heads"] |= frozenset(data["rule_org_heads"])
    sets["loc_heads"] |= frozenset(data["rule_loc_heads"])
    sets["not_names"] |= frozenset(data["rule_not_names"])
    sets["honorifics"] |= frozenset(data["rule_honorifics"])
    sets["degrees"] |= frozenset(data["rule_degrees"])
    org, loc, all_titles = sets["org_heads"], sets["loc_heads"], frozenset(titles)
    person_titles = frozenset((*titles, *sets["occupations"]))
    calendar = frozenset((*cal["months"], *cal["weekdays"]))
    return Lexicon(**sets, titles=all_titles, calendar=calendar,
                   government_acronyms=tuple(data["government_acronyms"].items()),
                   title_words=frozenset(w for t in titles for w in t.split()),
                   person_titles=person_titles,
                   head_firsts=any_first((org, loc, sets["unit_prefixes"], sets["misc_heads"])),
                   inner_firsts=any_first((org, all_titles, sets["name_starts"], loc)),
                   name_firsts=any_first((all_titles, org, loc)),
                   not_name_firsts=any_first((calendar, sets["not_names"])),
                   title_reach=sets["honorifics"] | {w for t in person_titles for w in t.split()} | sets["connectors"])


_FIRST_WORDS: dict[frozenset[str], frozenset[str]] = {}


def first_words(entries: frozenset[str]) -> frozenset[str]:
    """The first words of a set of entries, so most words are ruled out with one look-up."""
    try:
        return _FIRST_WORDS[entries]  # a subscript: no bound method built per call, as dict.get needs
    except KeyError:
        found = _FIRST_WORDS[entries] = frozenset(e.split()[0] for e in entries)
        return found


@cache
def any_first(lists: tuple[frozenset[str], ...]) -> frozenset[str]:
    """The first words of the entries of several sets at once (``first_words`` of their union)."""
    return frozenset().union(*map(first_words, lists))


def positions(words: list[str], entries: frozenset[str], present: frozenset[str] | None = None) -> list[int]:
    """The indices of the words that are in ``entries``: most sentences have none, told in one C loop (compiled,
    the indexed loop after it costs less than compress/map, which calls a function per word). ``present``: the
    set of ``words`` (or of those that may be in ``entries``: ``entities`` gives the sentence's words any rule asks
    about), when the caller has it: a set meets a set at a fraction of the cost of a list."""
    if entries.isdisjoint(words if present is None else present):
        return []
    return [i for i, w in enumerate(words) if w in entries]


def is_cap(word: str) -> bool:
    # compiled, word[0] of a str is a character (a machine int) whose isupper() is a C macro: no one-letter string
    # made, nor its method looked up
    return len(word) > 0 and word[0].isupper()


_LENGTHS: dict[frozenset[str], dict[str, tuple[int, ...]]] = {}


def _lengths(entries: frozenset[str]) -> dict[str, tuple[int, ...]]:
    """First word of the entries -> the lengths in words of the entries it starts, longest first."""
    found = _LENGTHS.get(entries)
    if found is None:
        by_first: dict[str, set[int]] = {}
        for e in entries:
            by_first.setdefault(e.split()[0], set()).add(len(e.split()))
        found = _LENGTHS[entries] = {w: tuple(sorted(ns, reverse=True)) for w, ns in by_first.items()}
    return found


def phrase_at(words: list[str], i: int, entries: frozenset[str], longest: int = 3,
              lows: list[str] | None = None) -> int:
    """Length in words of the longest entry starting at words[i] (0 if none); entries are lower-case phrases.
    ``lows``: the words in lower case, when the caller has them (a sentence's rules ask about the same words)."""
    # this runs for most words of every sentence: one look-up rules out most words, and only the lengths some
    # entry has are joined and tried (tokens hold no white space, so an n-word entry is n tokens)
    try:
        lengths = _LENGTHS[entries]  # a subscript: no bound method built per call, as dict.get needs
    except KeyError:
        lengths = _lengths(entries)
    if i >= len(words):
        return 0
    low = words[i].lower() if lows is None else lows[i]
    if low not in lengths:
        return 0  # most words: a membership test costs less than a method call (dict.get)
    for n in lengths[low]:
        if n <= longest and i + n <= len(words) and (
                low in entries if n == 1 else " ".join(words[i:i + n]).lower() in entries):
            return n
    return 0


def affixed_noun(word: str) -> bool:
    """A long noun formed with a portfolio's affixes ("Perikanan", "Kesehatan"): an ordinary word capitalised in
    a name, never a person's name."""
    w = word.lower()
    return w.isalpha() and affixed(w, lexicon().portfolio_affixes)


def affixed(low: str, affixes: frozenset[str]) -> bool:
    """A long lower-case word (8 letters or more) formed with one of ``affixes``, written "ke-an", "di-kan"."""
    return len(low) >= 8 and any(low.startswith(p) and low.endswith(s) for p, s in _affix_pairs(affixes))


@cache
def _affix_pairs(affixes: frozenset[str]) -> tuple[tuple[str, str], ...]:
    """Affixes as (prefix, suffix) pairs: "ke-an" -> ("ke", "an"), split once per list, not per word."""
    return tuple((p, s) for p, _, s in (a.partition("-") for a in affixes))


def name_word(words: list[str], k: int, lex) -> bool:
    """A word that can be part of a person's name: capitalised, letters only, not an acronym, a title, a head
    word, a word ending companies' names ("Samuel Sekuritas"), a day or month."""
    w = words[k]
    if not (is_cap(w) and len(w) > 1 and not w.isupper() and w.replace("'", "").replace("-", "").isalpha()):
        return False
    low = w.lower()
    if low in lex.calendar or low in lex.not_names or low in lex.org_tails:
        return False
    # one look-up rules out the three lists for most words
    return low not in lex.name_firsts or not (
        phrase_at(words, k, lex.titles) or phrase_at(words, k, lex.org_heads) or phrase_at(words, k, lex.loc_heads))


@cache
def capitalised_tails() -> frozenset[str]:
    """One-word misc_tails as written capitalised ("Open", "Fair"): a sentence holds one only if it meets these."""
    return frozenset(e.capitalize() for e in lexicon().misc_tails if " " not in e)


@cache
def tail_words() -> frozenset[str]:
    """``capitalised_tails`` in lower case, as a sentence's ``present`` holds them."""
    return frozenset(e.lower() for e in capitalised_tails())
