"""The grammar of Indonesian time expressions: where they are and what they say, before any resolution.

Each family is a regular expression built from ``lang/id/calendar.yaml`` and ``lang/id/times.yaml``;
``candidates`` tries them where a text's words can start them and returns ``Expr`` objects (kind + fields) that
``time_resolve`` resolves against the reference date. Checks that need only the surrounding text live here: a
year after "UU Nomor 19" is part of the law's name, a capitalised word before "2023" makes it part of a name
("Piala Dunia 2026"), "Minggu" is Sunday or a week.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from ..lang.id import load
from .numerals import trie_regex, word_pattern
from .regex_guard import Lowered, WordStarts, group_names, lower_words, prefix_guard


@dataclass(slots=True)
class Expr:
    start: int
    end: int
    kind: str
    f: dict = field(default_factory=dict)
    priority: int = 0


def variants(words) -> list[str]:
    """Each phrase as written in running text, at a sentence start, in a headline and in capitals. Spelled out
    because Python's ``re`` runs case-insensitive alternations two to three times slower."""
    return [v for w in words for v in (w, w[:1].upper() + w[1:], w.title(), w.upper())]


def _alt(words, flags: str = "") -> str:
    return trie_regex(variants(words) if flags == "i" else words)


def _cased(names) -> list[str]:
    """Month and weekday names as written: capitalised or all caps ("Selasa", "SELASA")."""
    return [v for n in names for v in (n[:1].upper() + n[1:], n.upper())]


@cache
def lexicon() -> dict:
    cal, t = load("calendar"), load("times")
    openers = frozenset(w.lower() for w in t["year_openers"])
    return {"months": cal["months"], "weekdays": cal["weekdays"], **t,
            "openers": openers, "openers_or_weekdays": openers | frozenset(cal["weekdays"])}


@cache
def _patterns() -> dict[str, str]:
    lx = lexicon()
    wd = _alt(_cased(lx["weekdays"]))
    mon = _alt(_cased(n for n in lx["months"] if len(n) > 3 or n == "mei"))
    mons = _alt(_cased(lx["months"]))
    part = _alt(lx["parts_of_day"], "i")
    zone = f"(?:{_alt(lx['zones'])}|{_alt(lx['local_time'], 'i')})"
    num = rf"(?:{word_pattern()}|\d{{1,3}}|{_alt(['beberapa'], 'i')})"
    unit = _alt(lx["units"], "i")
    se = _alt(["se"], "i")
    direction = _alt([*lx["directions"], *lx["sequence"], *lx["recent_words"]], "i")
    pos = _alt(lx["positions"], "i")
    ords = _alt(lx["ordinals"])
    ords_i = f"(?:{ords}|{_alt([o for o in lx['ordinals'] if o.isalpha() and o.islower()], 'i')})"
    year = r"(?<![\w.,/$-])(?:1[89]\d\d|20\d\d)(?![\w]|[.,]\d)"
    year2 = r"(?:1[89]\d\d|20\d\d)(?![\w]|[.,]\d)"
    tahun = _alt(["tahun"], "i")
    weeks_rel = [f"{u} {d}" for u in ("pekan", "minggu") for d in ("lalu", "depan", "ini")]
    weekday_rel = ["lalu", "depan", "mendatang", "yang lalu", "besok", "lusa"]  # "Kamis besok": tomorrow, a Thursday
    years_rel = _alt([f"tahun {d}" for d in ("lalu", "ini", "depan", "kemarin", "mendatang", "yang lalu",
                                           "sebelumnya")], "i")
    to = rf"\s*(?:-|\u2013|{_alt(lx['range_words'], 'i')})\s*"

    # "pukul 10.30 WIB", "pukul 8 malam", "pukul 10.00-12.00 WIB" (the start is kept), "14.00 WIB"
    clock_word = _alt(lx["clock_words"], "i")
    clock_range = r"(?:\s*[-\u2013]\s*\d{1,2}[.:]\d{2})?"
    # _accept keeps a clock time only after a clock word or with minutes and a zone; the lookahead asks that
    # first, so that a number alone ("10 orang", most numbers) is passed over inside re, not tried in Python
    clock = (rf"(?={clock_word}|\d{{1,2}}[.:]\d{{2}}(?!\d){clock_range}(?:\s+{part}\b)?\s+{zone}\b)"
             rf"(?:(?P<cw>{clock_word})\s*)?(?P<hh>\d{{1,2}})(?:[.:](?P<mm>\d{{2}}))?(?!\d){clock_range}"
             rf"(?:\s+(?P<cpart>{part})\b)?(?:\s+(?P<zone>{zone})\b)?")

    families = {
        "weekday": (
            rf"(?P<pre>{_alt(['pada hari', 'hari'], 'i')}\s+)?(?P<wd>{wd})\b(?:\s+(?P<part1>{part})\b)?"
            r"(?:\s*,?\s*\((?P<d>\d{1,2})/(?P<m>\d{1,2})(?:/(?P<y>\d{2,4}))?\)"
            r"|\s*,\s*(?P<d3>\d{1,2})/(?P<m3>\d{1,2})/(?P<y3>\d{4})\b"
            rf"|\s*,\s*(?P<d2>\d{{1,2}})\s+(?P<mon2>{mons})\b(?:\s+(?P<y2>{year}))?)?"
            rf"(?:\s+(?P<part2>{part})\b(?:\s+{_alt(['hari'], 'i')}\b)?)?"
            rf"(?:\s+(?P<rel>{_alt([*weeks_rel, *weekday_rel], 'i')})\b)?"),
        "paren": (
            rf"\((?P<d>\d{{1,2}})/(?P<m>\d{{1,2}})(?:/(?P<y>\d{{2,4}}))?\)(?:\s+(?P<part>{part})\b)?"),
        "slash": rf"(?P<d>\d{{1,2}})/(?P<m>\d{{1,2}})/(?P<y>(?:19|20)\d\d)(?![\d/])(?:\s+(?P<part>{part})\b)?",
        "dmy": (
            rf"(?<![\w.,/-])(?P<d>\d{{1,2}})(?:{to}(?P<dto>\d{{1,2}}))?\s+(?P<mon>{mons})\b"
            rf"(?:\s+(?P<y>{year}))?(?:\s+(?P<part>{part})\b)?"),
        "month": (
            rf"(?:(?P<pos>{pos})\s+(?:{_alt(['bulan'], 'i')}\s+)?|(?P<bulan>{_alt(['bulan'], 'i')})\s+)?"
            rf"(?P<mon>{mon})\b"
            rf"(?:{to}(?P<mon2>{mon})\b)?"
            rf"(?:\s*/?\s*(?P<y>{year})|\s+(?P<yrel>{years_rel}))?"),
        "year": (
            rf"(?:(?P<pos>{pos})\s+(?:{tahun}\s+)?|(?P<th>{tahun})\s+)?(?P<y>{year})(?P<decade>-an)?"
            rf"(?:(?:{to}|/)(?P<y2>{year2}))?"),
        "quarter": (
            rf"(?P<qw>{_alt([*lx['quarter_words'], *lx['half_words']], 'i')})\s+(?P<ord>{ords_i})\b"
            rf"(?:\s*[/-]\s*(?P<y>{year2})|\s+(?:{tahun}\s+)?(?P<y2>{year})|\s+(?P<yrel>{years_rel}))?"),
        "qrel": (
            rf"(?P<qw>{_alt([*lx['quarter_words'], 'semester'], 'i')})\s+"
            rf"(?P<rel>{_alt(['sebelumnya', 'lalu', 'ini', 'depan', 'berikutnya', 'mendatang'], 'i')})\b"),
        "qshort": rf"\b(?P<qw>[QH])(?P<ord>[1-4])(?:\s*/?\s*(?P<y>{year}))?\b",
        "clock": clock,
        "relday": (  # "esok harinya" (the day after) before "esok" (tomorrow)
            rf"(?P<next>{_alt(lx['next_day'], 'i')})\b"
            rf"|(?P<rd>{_alt(lx['relative_days'], 'i')})\b(?:\s+(?P<part>{part})\b)?"
            rf"|(?P<pre2>{_alt(['tadi', 'nanti'], 'i')})\s+(?P<part2>{part})\b"
            rf"|(?P<part3>{part})\s+(?P<suf>{_alt(['ini', 'tadi', 'nanti', 'hari'], 'i')})\b"),
        "weekend": rf"{_alt(['akhir pekan', 'akhir minggu'], 'i')}\s+(?P<dir>{_alt(lx['directions'], 'i')})\b",
        # _accept keeps only a unit with a position word or a direction: the lookahead asks for one of them first,
        # so that "tahun" or "hari" alone (most of them) is passed over inside re
        "relunit": (
            rf"(?={pos}\s|(?:{num}\s+|{se})?{unit}\s+{direction}\b)"
            rf"(?:(?P<pos>{pos})\s+)?(?:(?P<n>{num})\s+|(?P<se>{se}))?(?P<unit>{unit})"
            rf"(?:\s+(?P<dir>{direction}))?\b"),
        "duration": (
            rf"(?P<cue>{_alt(lx['duration_words'], 'i')})\s+(?P<n>{num}|\d+(?:,\d+)?)\s+"
            rf"(?P<unit>{_alt(lx['duration_units'], 'i')})\b"
            rf"|(?P<redup>{_alt(lx['reduplicated_units'], 'i')})\b"),
        "set": (
            rf"(?P<cue>{_alt(lx['set_words'], 'i')})\s+(?:(?P<wd>{wd})|(?P<unit>{unit})|(?P<part>{part}))\b"),
    }
    return families


@cache
def _compiled() -> tuple[re.Pattern, list[tuple[str, re.Pattern, tuple[str, ...]]]]:
    """The parenthesised date, and each family alone (which gives the fields), with the names of its groups
    (``group_names``: its matches' groups are read by position).

    Every family but "paren" starts with a word character, at a word start: ``WordStarts`` lists the words of a
    text that can start a family (by their first four characters) and which families can start there (by the six
    characters there), so the families are tried only there, in priority order. The parenthesised date "(8/6)"
    is searched for: it starts with "(", which re finds in one step (no word can start it). Each family alone has
    a guard on the first four characters it can start with."""
    families = _patterns()
    singles = [re.compile(v if k == "paren" else rf"\b{prefix_guard(v, 4)}(?:{v})") for k, v in families.items()]
    return re.compile(families["paren"]), [(k, p, group_names(p)) for k, p in zip(families, singles)]


def families() -> list[str]:
    """The families' patterns in priority order: the patterns ``at_words`` tells the starts of (see ``_starts``)."""
    return list(_patterns().values())


@cache
def _word_starts() -> WordStarts:
    """Where the families can start among a text's words, for ``candidates`` called alone: the pipeline finds them
    in one pass with the quantities' (``quantities.shared_starts``)."""
    return WordStarts([families()], reach=6)


def _starts(text: str, lowered: Lowered, at_words: list[tuple[int, tuple[int, ...]]] | None = None
            ) -> list[tuple[int, tuple[int, ...]]]:
    """Where a family may match, in text order, with the families (their places in the priority order) that may
    match there: at a word start (``at_words``, as ``WordStarts.find`` gives them for the families, when already
    found), or where "paren" matches (it and the families after it)."""
    paren, singles = _compiled()
    found = _word_starts().find(lowered)[0] if at_words is None else at_words
    after_paren = tuple(range(_ranks()["paren"], len(singles)))
    parens = [(m.start(), after_paren) for m in paren.finditer(text)]
    return sorted(found + parens) if parens else found


@cache
def _ranks() -> dict[str, int]:
    """Each family's place in the priority order."""
    return {k: i for i, (k, _, _) in enumerate(_compiled()[1])}


# The word before an offset, separated only by spaces (the 40 characters before it are looked at): written for the
# reversed text, so that one match anchored at the offset finds it instead of a search through every character
# before it. Read forward it is "([\w'.$-]*[\w$]\.?) +$", "$" matching at the offset or before a newline there.
_PREV_WORD_REVERSED = re.compile(r"\n? +(\.?[\w$][\w'.$-]*)")


@cache
def _number_words() -> re.Pattern:
    """Compiled once: through ``re.fullmatch`` the big pattern was compiled again whenever other stages' patterns
    had pushed it out of re's cache."""
    return re.compile(word_pattern())


@cache
def _law() -> re.Pattern:
    """What comes before "Tahun 2019" in a regulation's name: "UU Nomor 19", "Perpres No. 5", "PP"."""
    lx = lexicon()
    return re.compile(rf"(?:{_alt(lx['law_number_words'])}\s*[\w./-]+|\b{_alt(lx['law_words'])})\s*(?:[Tt]ahun\s*)?$")


def prev_word(text: str, start: int) -> str:
    """The word right before ``start``, separated only by spaces ("" after punctuation). Most such words are
    letters and digits alone after one space, and the pattern finds just that word: found with str.rfind, it
    costs a third of the pattern's slice, two reversals and match (some 5,000 instructions). Other words (a "-",
    "." or "'" in them, or after two spaces) are matched as before."""
    low = max(0, start - 40)
    end = start - 1 if start > low and text[start - 1] == "\n" else start
    if end <= low or text[end - 1] != " ":
        return ""
    word = text[max(low, text.rfind(" ", low, end - 1) + 1):end - 1]  # "" after two spaces: matched below
    if word and word.isalnum():
        return word
    m = _PREV_WORD_REVERSED.match(text[low:start][::-1])
    return m.group(1)[::-1] if m else ""


def sentence_initial(text: str, start: int) -> bool:
    before = text[max(0, start - 4):start].rstrip(" \"'\u201c(")
    return not before or before[-1] in ".!?:\n"


def named(text: str, start: int, openers: frozenset[str], prev: str | None = None) -> bool:
    """A capitalised word right before (not a sentence opener) makes what follows part of a name. ``prev``: the
    word before, when the caller has read it already."""
    prev = prev_word(text, start) if prev is None else prev
    if not prev or not prev[:1].isupper() or prev.lower() in openers or prev.endswith("."):
        return False
    return not sentence_initial(text, text.rfind(prev, 0, start))


def _accept(kind: str, g: dict, start: int, end: int, text: str) -> dict | None:
    lx = lexicon()
    if kind == "weekday" and g["wd"].lower() == "minggu" and not (
            {"pre", "d", "d2", "d3", "part1", "part2"} & g.keys()):
        prev = prev_word(text, start).lower()
        if prev.isdigit() or _number_words().fullmatch(prev) or prev in ("beberapa", "akhir", "per"):
            return None  # "tiga Minggu": a count of weeks
        if "rel" in g and sentence_initial(text, start) and prev not in ("pada", "hari"):
            g["week"] = True  # "Minggu lalu, ..." at the start of a sentence: last week
    if kind in ("weekday", "set") and prev_word(text, start).lower() in lx["not_weekday_after"]:
        return None  # "salat Jumat" is the Friday prayer
    if kind == "year":
        if "th" in g and _law().search(text, max(0, start - 30), start):
            return None
        if not ({"th", "pos", "y2"} & g.keys()) and named(text, start, lx["openers"]):
            return None
        if _law().search(text, max(0, start - 30), start) or text[end:end + 1] == "/":
            return None
    if kind == "month" and not ({"y", "yrel", "pos", "bulan", "mon2"} & g.keys()):
        after = text[end:end + 2]
        if named(text, start, lx["openers"]) or (after[:1] == " " and after[1:].isupper()):
            return None  # "Liu Mei", "April Jones"
        if prev_word(text, start).isdigit():
            return None  # the rest of a rejected "Jalan 17 Agustus"
    if kind == "clock" and "cw" not in g and not ({"mm", "zone"} <= g.keys()):
        return None  # without "pukul", only "14.00 WIB" is a clock time
    if kind == "clock" and g.get("cw", "pukul").lower() != "pukul" and not ({"mm", "cpart", "zone"} & g.keys()):
        return None  # "24 jam", "jam 3": too ambiguous without minutes, part of day or zone
    if kind == "relunit":
        if "dir" not in g and "pos" not in g:
            return None
        if g["unit"] == "Minggu" and not sentence_initial(text, start):
            return None  # "Minggu lalu" mid-sentence: the weekday family decides
        if g["unit"].lower() == "hari" and not ({"n", "se"} & g.keys()) and g.get("dir", "").lower() != "ini":
            return None
        if "dir" not in g and g["unit"].lower() in ("hari", "pekan", "minggu"):
            return None  # "akhir pekan" alone is habitual more often than a date
    if kind == "dmy" and (int(g["d"]) > 31 or named(text, start, lx["openers_or_weekdays"])):
        return None  # "Jalan 17 Agustus", "Stadion 10 November": a name
    return g


def candidates(text: str, lowered: Lowered | None = None,
               at_words: list[tuple[int, tuple[int, ...]]] | None = None) -> list[Expr]:
    """Expressions in text order: at each place the first family (in priority order) that matches and whose
    checks accept it ("tiga Minggu" is not Sunday: the families after it are tried at the same place).
    ``lowered`` is ``lower_words(text)`` when already known; ``at_words``, where the families can start among its
    words (see ``_starts``)."""
    singles = _compiled()[1]
    found, pos = [], 0
    for start, families in _starts(text, lowered or lower_words(text), at_words):
        if start < pos or text[start - 1:start] == "-":  # "-": the second half of "berbulan-bulan", "anak-anak"
            continue
        for priority in families:
            k, family, fields = singles[priority]
            hit = family.match(text, start)
            if hit is None or hit.end() == start:
                continue
            g = _accept(k, {x: v for x, v in zip(fields, hit.groups()) if v is not None}, start, hit.end(), text)
            if g is not None:
                found.append(Expr(start, hit.end(), k, g, priority))
                pos = hit.end()
                break
    return found


def select(found: list[Expr]) -> list[Expr]:
    """Leftmost-longest, non-overlapping; ties go to the family listed first."""
    found.sort(key=lambda e: (e.start, -(e.end - e.start), e.priority))
    chosen, last_end = [], -1
    for e in found:
        if e.start >= last_end:
            chosen.append(e)
            last_end = e.end
    return chosen
