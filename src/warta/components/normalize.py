"""Text normalisation: the text every offset in the output refers to.

The article's ``text`` is the normalised input: Unicode NFC, one newline style, no invisible characters, odd
quotation marks and spaces mapped to ordinary ones, trailing spaces and runs of blank lines removed. Curly
quotes are kept because their direction helps the quote extractor. Lines of web page furniture are dropped
(links to other stories, advertising markers, prompts to follow the outlet; ``lang/id/furniture.yaml``): they
are not the story, and a person, date or number in them is not the article's.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import cache

from ..lang.id import load
from ..pipeline import Doc

_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"), None)
_TRANSLATE = {
    **_INVISIBLE,
    **dict.fromkeys(map(ord, "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
                             "\u202f\u205f\u3000\t"), " "),
    **dict.fromkeys(map(ord, "\u201e\u201f\u2033\u00ab\u00bb\uff02"), '"'),
    **dict.fromkeys(map(ord, "\u201a\u201b\u2032\u2039\u203a\uff07"), "'"),
    ord("\u2028"): "\n",
    ord("\u2029"): "\n",
    # control characters but the newline (and the tab, a space above) are dropped in the same pass
    **dict.fromkeys([*range(0x00, 0x09), *range(0x0b, 0x20), *range(0x7f, 0xa0)], None),
}


def _ascii_tables(mapping: dict[int, str | None]) -> tuple[bytes, bytes]:
    """The ASCII part of a ``str.translate`` mapping as ``bytes.translate``'s table and bytes to delete (each ASCII
    character maps to one ASCII character or to None). str.translate looks every character up in the dict (~50
    instructions); bytes.translate reads a table, and most texts are ASCII."""
    table, dropped = bytearray(range(256)), bytearray()
    for char, to in mapping.items():
        if char < 128:
            if to is None:
                dropped.append(char)
            else:
                table[char] = ord(to)
    return bytes(table), bytes(dropped)


_ASCII_TABLE, _ASCII_DROPPED = _ascii_tables(_TRANSLATE)
_SPACES = re.compile(r" {2,}")
_LINE_EDGES = re.compile(r" *\n *")
_BLANK_LINES = re.compile(r"\n{3,}")


def normalize_text(raw: str) -> str:
    # each replacement only where the cheap test says there is something to replace: most texts need few of them
    text = unicodedata.normalize("NFC", raw)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.isascii():
        text = text.encode("ascii").translate(_ASCII_TABLE, _ASCII_DROPPED).decode("ascii")
    else:
        text = text.translate(_TRANSLATE)
    if "  " in text:
        text = _SPACES.sub(" ", text)
    if " \n" in text or "\n " in text:
        text = _LINE_EDGES.sub("\n", text)
    text = drop_furniture(text)
    if "\n\n\n" in text:
        text = _BLANK_LINES.sub("\n\n", text)
    return text.strip()


def drop_furniture(text: str) -> str:
    """``text`` without its lines of page furniture."""
    lines = text.split("\n")
    is_furniture = _furniture_test()
    kept = [line for line in lines if not is_furniture(line)]
    return text if len(kept) == len(lines) else "\n".join(kept)


@cache
def _furniture_test() -> Callable[[str], bool]:
    """Whether a line is page furniture (``is_furniture``), with furniture.yaml's settings and the lengths and
    openings lines are read by computed once, as the test's own names: read from a tuple or fields per line, they
    would cost a tenth of the test of most lines again."""
    data = load("furniture")
    max_words, whole = data["max_words"], frozenset(data["whole_lines"])
    links, prompts = tuple(data["links"]), tuple(data["prompts"])
    # after a link's marker comes ":" or the linked title, quoted or capitalised
    link = re.compile(rf"(?i:{'|'.join(map(re.escape, links))})\s*(?:[:\-\u2013\u2014]|[\"\u201c'A-Z])")
    shortest, longest = min(map(len, links + prompts)), max(map(len, links + prompts))
    openings = frozenset(m[:shortest] for m in links + prompts)
    whole_length = max(map(len, whole))

    def is_furniture(line: str) -> bool:
        """Whether a line is one of the whole furniture lines, or a short one that opens with a marker. Only the
        line's ends are lower-cased, and its words are counted only after a marker: lower-casing and splitting
        every paragraph cost ten times more. The markers are ASCII, so the lower-cased start of the line starts
        with one when the lower-cased line does, and a line whose start is no marker's opening is tested no
        further; lower-casing never shortens a line, so a line longer than every whole furniture line (without
        the spaces, periods and colons around it) is none of them."""
        bare = line.strip(" .:")
        if len(bare) <= whole_length and bare.lower() in whole:
            return True
        start = line[:longest].lower()
        if start[:shortest] not in openings:
            return False
        return ((start.startswith(prompts) or (start.startswith(links) and link.match(line) is not None))
                and len(line.split()) <= max_words)

    return is_furniture


class Normalizer:
    name = "normalize"
    requires = ("raw",)
    assigns = ("text",)

    def __init__(self, options=None) -> None:
        pass

    def __call__(self, doc: Doc) -> None:
        doc.article.text = normalize_text(doc.raw)
