"""The written forms of names that coreference compares: a company's name without its legal form, the runs of
words an article may shorten it to, the words that never stand alone for an entity, and what a name's first or
last words say (a region, a branch, a short form of its front)."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from .acronyms import abbreviates, fold
from .ner_lexicon import first_words, lexicon, phrase_at

# a name's acronym in brackets, and the word after it (read ahead, not matched): "... Daerah (BPBD) Sumatera",
# "... Manusia (Komnas HAM) Perwakilan"
ACRONYM_THEN = re.compile(r" \(([^()\s]{2,15}(?: [^()\s]{2,10})?)\) (?=(\w+))")


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


def region_after(text: str, at: int, places: dict[int, int]) -> int | None:
    """Where the region a body serves starts, when it is named at ``at`` or after a branch word there ("Perwakilan
    Kalimantan Barat"): a key of ``places`` (where each place mention starts -> where it ends), else None."""
    if at in places:
        return at
    word = text[at:text.find(" ", at)] if " " in text[at:at + 20] else ""
    if word.lower() in lexicon().branch_words and at + len(word) + 1 in places:
        return at + len(word) + 1
    return None


def shortens_place(head: list[str], short: list[str], full: str) -> bool:
    """Whether a place of a head word and ``short`` words writes ``full`` short: the same head word, then the first
    words of the rest, the honorific of the person it is named after left out ("RSUP Wahidin" for "RSUP Dr.
    Wahidin Sudirohusodo"), or the last words, one or two before them left out. Only so: "Kota Tangerang" is not
    "Kota Tangerang Selatan"."""
    words = fold(full).split()
    honorifics = lexicon().honorifics
    if words[:len(head)] != head or len(words) <= len(head):
        return False
    if words[len(head)] not in honorifics:
        # a word or two of the name left out before its end: "Pasar Mandonga" for "Pasar Rakyat Mandonga", "Jalan
        # Sudirman" for "Jalan Jenderal Sudirman"
        rest = words[len(head):]
        return (len(short) < len(rest) <= len(short) + 2 and rest[-len(short):] == short
                and not names_region(head[0]))  # "Kabupaten Lanny Jaya" is no "Kabupaten Jaya"
    rest = [w for w in words[len(head):] if w not in honorifics]
    return len(rest) > len(short) and rest[:len(short)] == short


def in_order(words: list[str], full: list[str]) -> bool:
    """Whether ``words`` are words of ``full`` in the same order, others between them."""
    rest = iter(full)
    return all(w in rest for w in words)
