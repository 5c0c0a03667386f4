# cython: annotation_typing=False
# (its .pxd gives the compiled functions their C types; the annotations stay as written, for Python)
"""Sentence segmentation and tokenisation.

Sentences never cross a line break (a paragraph), never end after an abbreviation ("Tn.", "dkk.", "S.H.") or
initials in a name ("B. J. Habibie", "Retno L.P. Marsudi"), never split a number ("10.000", "1,5", "10.30 WIB"),
and never end inside a quotation that closes later in the same paragraph, so ``"A. B," kata X.`` stays one
sentence with its attribution. A quotation left open at the paragraph end (one that runs on into the next
paragraph) does not hold sentences together. Tokens keep those abbreviations, initials written together ("L.P."),
numbers and reduplications (berbulan-bulan) whole.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache

from ..lang.id import load
from ..pipeline import Doc
from .ner_model import lowercase_vocab
from .numerals import trie_regex

# "[.!?\u2026]+...": a pattern that opens with a repeat is tried at every character; one that opens with a class is
# skipped to, by re, from one end mark to the next, testing each character against the class (~70 instructions)
_END = re.compile(r"[.!?\u2026][.!?\u2026]*[\"\u201d\u2019')\]]*(?=\s)")
# the same for a paragraph without "!", "?" or "\u2026", where every end opens with a period: re skips to a literal
# first character by a scan that costs a tenth of that
_PERIOD_END = re.compile(r"\.[.!?\u2026]*[\"\u201d\u2019')\]]*(?=\s)")
_NON_SPACE = re.compile(r"\S")
_WORD_END = re.compile(r"\W|$")
_INITIAL = re.compile(r"[A-Z]\.")
_JOINED_INITIALS = re.compile(r"(?:[A-Z]\.){2,}")  # "L.P.", "A.M."
_OPENERS = "\"\u201c\u2018'("
_QUOTE_CHAR = re.compile('[\u201c\u201d"]')
_STRAIGHT_QUOTE = re.compile('"')


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line, as ``text.split("\\n")`` would cut them: found with ``str.find``, which copies
    no line out of the text. (The quote and layout passes read the text's lines by offset.)"""
    out, pos = [], 0
    end = text.find("\n")
    while end >= 0:
        out.append((pos, end))
        pos = end + 1
        end = text.find("\n", pos)
    out.append((pos, len(text)))
    return out


@cache
def _abbreviation_sets() -> tuple[frozenset[str], frozenset[str]]:
    data = load("abbreviations")
    return tuple(frozenset(a for group in data[k].values() for a in group) for k in ("never_final", "may_final"))


@cache
def abbreviations() -> frozenset[str]:
    never, may = _abbreviation_sets()
    return never | may


def _quote_regions(par: str) -> list[tuple[int, int]]:
    """Spans of quotations that open and close inside the paragraph."""
    if "\u201c" not in par and "\u201d" not in par:
        if '"' not in par:
            return []  # most paragraphs
        # straight quotation marks only: they pair off in order. A search for one character is a fast scan in re,
        # one for a class of three tests each character (~70 instructions)
        marks = [m.start() for m in _STRAIGHT_QUOTE.finditer(par)]
        return list(zip(marks[::2], marks[1::2]))
    regions, open_at = [], None
    for m in _QUOTE_CHAR.finditer(par):  # only the quotation marks, not every character
        i, ch = m.start(), m.group()
        if ch == "\u201c" or (ch == '"' and open_at is None):
            if open_at is None or ch == "\u201c":
                open_at = i
        elif (ch == "\u201d" or ch == '"') and open_at is not None:
            regions.append((open_at, i))
            open_at = None
    return regions


def _is_boundary(par: str, end: int, match_start: int) -> bool:
    # only the characters around the end are looked at (no slice of the paragraph's rest or beginning), so a long
    # paragraph costs time in proportion to its length
    nxt_at = _NON_SPACE.search(par, end)
    if nxt_at is None:
        return True
    rest = nxt_at.start()
    nxt = par[rest]
    if not (nxt.isupper() or nxt.isdigit() or nxt in _OPENERS):
        return False
    if par[match_start] != ".":
        return True
    if match_start == 0 or par[match_start - 1].isspace():
        return True
    word = par[:match_start].rsplit(None, 1)[-1]  # the run of non-space characters before the period
    token = word.lstrip(_OPENERS).rsplit("/", 1)[-1] + "."  # after a slash, a word of its own: "Tan/[M.] Thinaah"
    never, may = _abbreviation_sets()
    if token in never:
        return False
    if token in may and _JOINED_INITIALS.fullmatch(token) and nxt.isupper():
        # a degree's letters right after a capitalised word are a name's initials: "Jalan Letjen M.T. Haryono"
        # ("Budi Santoso, M.T. Ia ..." has its comma)
        before = par[:match_start - len(word)].rstrip()
        if (before[-1:].isalpha() and before.rsplit(None, 1)[-1][:1].isupper()
                and par[rest:_WORD_END.search(par, rest).start()].lower() not in lowercase_vocab()):
            return False
    if token in may:  # a bracket after its bare period is an acronym or a year: "Tbk. (Antam)", "dkk. (2020)"
        return nxt.isupper() or (nxt in _OPENERS and (nxt != "(" or end - match_start > 1))
    if _JOINED_INITIALS.fullmatch(token):
        # a name goes on ("kata H.M. Sanusi") unless a word usually written in lower case follows ("ke A.S. Ia ...")
        # or a quotation or a number does
        return not nxt.isupper() or par[rest:_WORD_END.search(par, rest).start()].lower() in lowercase_vocab()
    if len(token) == 2 and token[0].isupper():  # an initial, unless it ends a sentence ("di X. Lalu")
        if _INITIAL.match(par, rest):
            return False
        before_end = match_start - 1  # the word before the initial: after the last space, trailing spaces left out
        while before_end > 0 and par[before_end - 1].isspace():
            before_end -= 1
        before = par[par.rfind(" ", 0, before_end) + 1:before_end]
        return not (before[:1].isupper() or before == "" or _INITIAL.fullmatch(before) is not None)
    return True


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans (start, end) over ``text``; whitespace between sentences belongs to none."""
    spans: list[tuple[int, int]] = []
    offset = 0
    for par in text.split("\n"):
        if not par:  # a blank line holds no sentence
            offset += 1
            continue
        regions = _quote_regions(par)
        opens = [a for a, _ in regions]
        start = 0
        ends = _END if "!" in par or "?" in par or "\u2026" in par else _PERIOD_END
        for m in ends.finditer(par):
            # regions follow one another: only the last one opening before the end can hold it
            mark, end = m.span()
            i = bisect_left(opens, mark) - 1
            if (i >= 0 and end <= regions[i][1]) or not _is_boundary(par, end, mark):
                continue
            spans.append(_trim(par, offset, start, end))
            start = end
        spans.append(_trim(par, offset, start, len(par)))
        offset += len(par) + 1
    return [(s, e) for s, e in spans if e > s]


def _trim(par: str, offset: int, start: int, end: int) -> tuple[int, int]:
    piece = par[start:end]
    lead = len(piece) - len(piece.lstrip())
    return offset + start + lead, offset + start + len(piece.rstrip())


# The commonest token, tried first: a word that starts with a letter and ends before a space, a comma, a closing
# bracket or quotation mark. No other alternative of the token pattern can make anything else of it (every
# abbreviation ends with a period; "Rp" or "RM" glued to digits is the currency sign), and it skips their tests.
_PLAIN_WORD = r"(?!R[pM]\d)[^\W\d_]\w*(?=[\s,;)\]!?\"\u201d]|\Z)"
# The characters after a plain word (above) that are tokens of their own: no alternative but "any other
# character" starts with one of them
_CLOSERS = ",;)]!?\"\u201d"


def _joined_initials() -> str:
    """Initials written together ("Retno L.P. Marsudi") as one token; an honorific written as an initial in front
    ("H." for Haji) is a token of its own, so that "H.M. Sanusi" is read as "H. M. Sanusi"."""
    letters = "".join(sorted({h[0].upper() for h in load("entities")["honorifics"] if len(h) == 2 and h[1] == "."}))
    honorific = rf"|[{letters}]\.(?=[A-Z]\.)" if letters else ""  # tried first: "H." of "H.M."
    return honorific + r"|(?:[A-Z]\.){2,}(?=[\s,;)]|\Z)"


@cache
def _token_pattern(emails: bool = True) -> re.Pattern:
    """``emails=False`` leaves out the e-mail alternative, for texts without "@": it runs through the rest of
    every word looking for one, the costliest test of the pattern when it cannot match."""
    abbr = trie_regex(abbreviations())  # a prefix tree, longest first: a flat alternation is tried at every position
    email = r"|[\w.+-]+@\w[\w-]*(?:\.\w+)+" if emails else ""  # e-mail addresses
    return re.compile(
        r"(?:" + _PLAIN_WORD + "|"
        r"https?://\S+"                                   # URLs
        + email
        + r"|\w+(?:\.\w+)*\.(?:com|co\.id|co|id|net|org)\b"     # outlet domains: KOMPAS.com, TEMPO.CO
        rf"|(?<!\w){abbr}(?!\w)"                          # abbreviations: Tn., dkk., S.H.
        r"|(?:Rp|US\$|S\$|RM|A\$|\$|\u20ac|\u00a3)(?=\s?\d)"     # currency signs before a number: Rp10.000
        r"|[A-Z]\.(?=\s+[A-Z])"                            # initials: B. J. Habibie
        + _joined_initials() +                            # initials written together: L.P.
        r"|\d+(?:[.,]\d+)*"                                # numbers: 10.000, 1,5, 10.30
        r"|\w+(?:(?:-(?=[a-z0-9])|['\u2019](?=\w))\w+)*"   # words, reduplications, Jum'at; Rusia-Ukraina splits
        r"|\S)"                                            # any other character
    )


def _letters(word: str) -> bool:
    """``word.isalpha()``, as a loop over its characters: compiled (``segment.pxd``), a loop in C without the
    method look-up and call that cost more than the test of a short word (asked of every piece of a text). An ASCII
    character is a letter when it is one of a-z, A-Z (as str.isalpha says): two comparisons, where the Unicode
    test of a character is a call; only the others are asked."""
    for char in word:
        if not ("a" <= char <= "z" or "A" <= char <= "Z" or char > "\x7f" and char.isalpha()):
            return False
    return len(word) > 0


def _pattern_tokens(text: str) -> list[tuple[int, int]]:
    """The spans ``_token_pattern``'s finditer gives, read a piece between two spaces at a time: no token holds a
    space, so a piece is cut into tokens by itself. Most pieces are a plain word ("kata"), alone or before a
    comma or a period, read without any regex; the offsets come from the pieces' lengths (``text.find`` for each
    would cost more than the cut)."""
    emails = "@" in text
    pattern = _token_pattern(emails)
    starters = "_$\u20ac\u00a3.+-" if emails else "_$\u20ac\u00a3"  # the non-alphanumeric starts of other alternatives
    abbr = abbreviations()
    spans: list[tuple[int, int]] = []
    start = 0
    for piece in text.replace("\n", " ").split(" "):  # a line break separates pieces as a space does
        end = start + len(piece)
        if _letters(piece):  # a plain word (_PLAIN_WORD)
            spans.append((start, end))
        elif piece[-1:] == "," and _letters(piece[:-1]):
            spans += ((start, end - 1), (end - 1, end))
        elif piece[-1:] == "." and len(piece) > 2 and _letters(piece[:-1]):  # "kata.", "dkk." (as _cut cuts)
            if piece in abbr:
                spans.append((start, end))
            else:
                spans += ((start, end - 1), (end - 1, end))
        elif piece.isdecimal():  # a number without separators (as _cut cuts it)
            spans.append((start, end))
        elif piece:
            spans += _piece_tokens(text, start, end, pattern, starters)
        start = end + 1  # past the space or line break
    return spans


def _piece_tokens(text: str, start: int, end: int, pattern: re.Pattern, starters: str) -> list[tuple[int, int]]:
    """The tokens of ``text[start:end]``, a piece with no space in it but maybe other whitespace (a tab):
    a token starts at each non-space character no token before covers. A character that only the pattern's last
    alternative starts with (not alphanumeric, not one of ``starters``) is a token alone ("(", '"', "/"); the
    common rests are cut by ``_cut``; the pattern is matched only where neither tells."""
    spans = []
    at = start
    while at < end:
        char = text[at]
        if char.isspace():
            at += 1
            continue
        if not (char.isalnum() or char in starters):
            token_end = at + 1
        elif length := _cut(text[at:end], at == start):
            token_end = at + length
        else:
            token_end = pattern.match(text, at).end()
        spans.append((at, token_end))
        at = token_end
    return spans


def _cut(rest: str, after_space: bool) -> int:
    """The length of the first token of ``rest``, the rest of a piece from where a token starts, as the pattern
    would cut it, in the common cases that can be told without it (0 in the others): a word or a number up to
    closing marks or the piece's end ("kata", 'kata,"', "2024)"); after a space, a word before a period ("kata.":
    the word; "dkk.": an abbreviation, all of it); digits before a mark ("8/6).", "2024),")."""
    word = rest.rstrip(_CLOSERS)
    if _letters(word):
        return len(word)
    number = word.rstrip(".")  # digits end a number before anything but a period or comma and a digit
    if number.isdecimal():
        return len(number)
    if after_space and word[-1:] == "." and len(word) > 2 and _letters(word[:-1]):  # not "B.": an initial
        return len(word) if word in abbreviations() else len(word) - 1
    # digits before a mark that is no word character, period or comma ("8/6).", "2024),", "5%"): of the pattern's
    # alternatives only an outlet domain ("123.com"), an e-mail address ("0812-3456@x.id") or a number can start
    # with a digit (no abbreviation does), and only the number can end there
    digits = len(rest) - len(rest.lstrip("0123456789"))
    mark = rest[digits:digits + 1]
    if digits and mark not in ".," and not (mark.isalnum() or mark == "_") and "@" not in rest:
        return digits
    return 0


def tokenize(text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Token spans. A period ending a sentence is its own token unless it belongs to an abbreviation.
    ``sentences`` are in text order, as ``split_sentences`` gives them.

    A regular expression rather than spaCy's blank Indonesian tokenizer: that one loads 16,000 exceptions at
    start-up (about 3 s here), which alone would break the cold-start budget.
    """
    spans = _pattern_tokens(text)
    # only a token that ends a sentence can need splitting: find those few by offset instead of testing every token.
    # Sentences and tokens come in text order: one walk over the tokens finds them
    abbr = abbreviations()
    splits = []
    i, n = 0, len(spans)
    for _, end in sentences:
        while i < n and spans[i][1] < end:
            i += 1
        if i < n and spans[i][1] == end:
            start = spans[i][0]
            word = text[start:end]
            if len(word) > 1 and word.endswith(".") and word not in abbr:
                splits.append(i)
    for i in sorted(set(splits), reverse=True):  # from the end, so earlier indices stay valid
        start, end = spans[i]
        spans[i:i + 1] = [(start, end - 1), (end - 1, end)]
    return spans


class Segmenter:
    name = "segment"
    requires = ("text",)
    assigns = ("sentences", "tokens")

    def __init__(self, options=None) -> None:
        pass

    def __call__(self, doc: Doc) -> None:
        doc.article.sentences = split_sentences(doc.article.text)
        doc.tokens = tokenize(doc.article.text, doc.article.sentences)
