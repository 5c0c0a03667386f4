"""The written forms of names that coreference compares: a company's name without its legal form, the runs of
words an article may shorten it to, the words that never stand alone for an entity, and what a name's first or
last words say (a region, a branch, a short form of its front)."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from .acronyms import abbreviates, fold
from .ner_lexicon import first_words, lexicon, phrase_at

# a name's acronym in brackets, and the word after it (read ahead, not matched): "... Daerah (BPBD) Sumatera"
ACRONYM_THEN = re.compile(r" \(([^()\s]{2,15})\) (?=(\w+))")


@lru_cache(maxsize=4096)
def without_legal_form(name: str) -> str:
    """A company's name without its legal form and tail: "PT Timah Tbk." -> "Timah", "Tembusu Capital Pte Ltd" ->
    "Tembusu Capital"; a club's without the suffix after two words or more: "Andalas Putra FC" -> "Andalas Putra";
    other names unchanged."""
    lex = lexicon()
    words = name.split()
    if words[0].lower() not in lex.legal_forms:
        if len(words) > 2 and words[-1].lower() in lex.club_suffixes:
            return " ".join(words[:-1])
        while len(words) > 2 and words[-1].lower() in lex.legal_suffixes:
            words.pop()  # "Tembusu Capital Pte Ltd" -> "Tembusu Capital"
        return " ".join(words)
    words = words[1:]
    while len(words) > 1 and words[-1].lower() in lex.org_tails:
        words.pop()
    return " ".join(words)


@lru_cache(maxsize=4096)
def company_runs(name: str) -> tuple[str, ...]:
    """The first and last words of a company's name written with its legal form, as the article may shorten it:
    "PT Kalbe Farma Tbk" -> "kalbe", "farma"; "PT Industri Jamu dan Farmasi Sido Muncul Tbk" -> ..., "sido
    muncul", "muncul". None for a name without a legal form, nor ordinary or head words alone."""
    if name.split()[0].lower() not in lexicon().legal_forms:
        return ()
    words = fold(without_legal_form(name)).split()
    lex, blocked = lexicon(), not_short_forms()
    runs = {" ".join(words[:k]) for k in range(1, len(words))} | {" ".join(words[k:]) for k in range(1, len(words))}
    return tuple(r for r in runs if r not in blocked and r.split()[0] not in lex.connectors
                 and r.split()[-1] not in lex.connectors)


@cache
def not_short_forms() -> frozenset[str]:
    """Words that never stand alone for an entity: titles, trades, head words, month names..., and the first
    word of a name start ("Lalu Pathul Bahri" is not the conjunction "Lalu,"; "Gusti", "Ida", "Anak")."""
    lex = lexicon()
    return (lex.person_titles | lex.honorifics | lex.org_heads | lex.loc_heads | lex.not_names | lex.calendar
            | first_words(lex.name_starts))


def front_short(short: str, name: str) -> bool:
    """Whether ``short`` abbreviates ``name`` without its last word or two: "PTUN" and "Pengadilan Tata Usaha
    Negara Samarinda", "Komdis" and "Komite Disiplin PSSI"."""
    words = name.split()
    return any(abbreviates(short, " ".join(words[:-k])) for k in (1, 2) if len(words) - k >= 2)


def branch_after(rest: str) -> bool:
    """Whether the rest of a name after its body begins with a branch word: "cabang cirebon" (branch_words)."""
    return phrase_at(rest.split(), 0, lexicon().branch_words) > 0


def names_region(name: str) -> bool:
    """Whether ``name`` begins with a region's head word: "Kabupaten Bekasi", "Desa Kalitlaga"."""
    first, lex = name.split(None, 1)[0].lower(), lexicon()
    return first in lex.region_heads or first in lex.village_heads
