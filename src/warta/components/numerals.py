"""Indonesian numerals: digits as written in news ("10.000", "1,5", "1.234.567") and number words ("dua puluh
lima", "seratus", "satu setengah", "puluhan ribu") turned into exact values.

Shared by the times component ("dua pekan lalu") and the quantities component. Values are computed with
``Decimal`` so "Rp4,6 miliar" is exactly 4600000000, then returned as int when whole.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import cache

from ..lang.id import load

_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")


@cache
def data() -> dict:
    return load("numbers")


def _variants(words) -> list[str]:
    """Lower case, sentence case, title case and capitals: cheaper for ``re`` than case-insensitive matching."""
    return [v for w in words for v in (w, w[:1].upper() + w[1:], w.title(), w.upper())]


def trie_regex(words) -> str:
    """An alternation of ``words`` as a prefix tree ("S(?:enin|elasa|abtu)"): Python's ``re`` tries branches one
    by one, so sharing prefixes cuts the work at every position several-fold. Spaces match any whitespace;
    longer words are preferred over their prefixes."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        kids = [(r"\s+" if ch == " " else re.escape(ch)) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not kids:
            return ""
        body = kids[0] if len(kids) == 1 else "(?:" + "|".join(kids) + ")"
        if "" in node:
            body = f"(?:{body})?" if len(kids) == 1 else body + "?"
        return body

    return f"(?:{emit(trie)})"


def _alt(words) -> str:
    return trie_regex(words)


@cache
def word_pattern() -> str:
    """A regex (no groups) for a run of number words that starts with a value word: "dua puluh lima"."""
    d = data()
    starts = [*d["units"], *d["se_forms"], *d["fractions"]]
    words = [*starts, d["teen"], *(m for m in d["multipliers"] if m.isalpha() and len(m) > 2)]
    return rf"(?<![\w-])(?:{_alt(_variants(starts))})(?:\s+(?:{_alt(_variants(words))}))*(?![\w-])"


@cache
def vague_pattern() -> str:
    """A regex for vague amounts: "ribuan", "puluhan ribu", "beberapa ribu"."""
    d = data()
    scales = _alt(_variants(s for s in d["scales"] if s.isalpha() and len(s) > 2))
    return (rf"(?<![\w-])(?:(?:{_alt(_variants(d['vague']))})(?:\s+(?:{scales}))?"
            rf"|(?:{_alt(_variants(d['vague_prefix']))})\s+(?:{scales}))(?![\w-])")


def parse_digits(text: str) -> Decimal | None:
    """ "10.000" -> 10000, "1,5" -> 1.5, "5,00" -> 5.00; a dot before three digits groups thousands."""
    text = text.strip()
    try:
        if _THOUSANDS.fullmatch(text):
            return Decimal(text.replace(".", "").replace(",", "."))
        if text.count(".") == 1 and "," not in text:
            return Decimal(text)  # "2.5": an English-style decimal point
        return Decimal(text.replace(",", "."))
    except InvalidOperation:
        return None


def parse_words(text: str) -> Decimal | None:
    """ "dua puluh lima" -> 25, "seratus dua puluh" -> 120, "satu setengah juta" -> 1500000."""
    d = data()
    total = group = last = Decimal(0)
    seen = False
    for word in text.lower().split():
        if word in d["units"]:
            last += d["units"][word]
        elif word in d["se_forms"]:
            value = Decimal(d["se_forms"][word])
            if value >= 1000:
                total += (group + last) * value if group + last else value
                group = last = Decimal(0)
            elif value == 100:
                group += 100
            else:
                last += value
        elif word == d["teen"]:
            last += 10
        elif word in d["fractions"]:
            last += Decimal(str(d["fractions"][word]))
        elif word in d["multipliers"]:
            scale = Decimal(d["multipliers"][word])
            if scale >= 1000:
                total += (group + last or 1) * scale
                group = last = Decimal(0)
            else:
                group += (last or 1) * scale
                last = Decimal(0)
        else:
            return None
        seen = True
    return total + group + last if seen else None


def parse_vague(text: str) -> Decimal | None:
    """ "puluhan ribu" -> 10000, "beberapa ribu" -> 1000, "belasan" -> 11."""
    d = data()
    first, _, scale = " ".join(text.lower().split()).partition(" ")
    factor = Decimal(d["scales"][scale]) if scale in d["scales"] else Decimal(1) if not scale else None
    if factor is None:
        return None
    if first in d["vague"]:
        return Decimal(d["vague"][first]) * factor
    return factor if first in d["vague_prefix"] and scale else None


def parse_number(text: str) -> Decimal | None:
    """Digits or number words."""
    text = text.strip()
    if text[:1].isdigit():
        return parse_digits(text)
    return parse_words(text)


def scale_of(word: str | None) -> int:
    return data()["scales"].get(word.lower(), 1) if word else 1


def to_plain(value: Decimal) -> int | float:
    """An int when whole, else a float: 1500000000, 5.12."""
    return int(value) if value == value.to_integral_value() else float(value)
