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
from functools import cache

from ..lang.id import load
from ..pipeline import Doc

_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"), None)
_TRANSLATE = {
    **_INVISIBLE,
    **dict.fromkeys(map(ord, "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t"), " "),
    **dict.fromkeys(map(ord, "\u201e\u201f\u2033\u00ab\u00bb\uff02"), '"'),
    **dict.fromkeys(map(ord, "\u201a\u201b\u2032\u2039\u203a\uff07"), "'"),
    ord("\u2028"): "\n",
    ord("\u2029"): "\n",
    # control characters but the newline (and the tab, a space above) are dropped in the same pass
    **dict.fromkeys([*range(0x00, 0x09), *range(0x0b, 0x20), *range(0x7f, 0xa0)], None),
}
_SPACES = re.compile(r" {2,}")
_LINE_EDGES = re.compile(r" *\n *")
_BLANK_LINES = re.compile(r"\n{3,}")


def normalize_text(raw: str) -> str:
    # each replacement only where the cheap test says there is something to replace: most texts need few of them
    text = unicodedata.normalize("NFC", raw)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.translate(_TRANSLATE)
    if "  " in text:
        text = _SPACES.sub(" ", text)
    if " \n" in text or "\n " in text:
        text = _LINE_EDGES.sub("\n", text)
    text = drop_furniture(text)
    if "\n\n\n" in text:
        text = _BLANK_LINES.sub("\n\n", text)
    return text.strip()


@cache
def _furniture() -> tuple[int, tuple[str, ...], tuple[str, ...], frozenset[str], re.Pattern]:
    data = load("furniture")
    links, prompts = tuple(data["links"]), tuple(data["prompts"])
    # after a link's marker comes ":" or the linked title, quoted or capitalised
    markers = "|".join(map(re.escape, links))
    link = re.compile(rf"(?i:{markers})\s*(?:[:\-\u2013\u2014]|[\"\u201c'A-Z])")
    return data["max_words"], links, prompts, frozenset(data["whole_lines"]), link


def drop_furniture(text: str) -> str:
    """``text`` without its lines of page furniture (a prefix test on each line first)."""
    max_words, links, prompts, whole, link = _furniture()
    lines = text.split("\n")
    kept = []
    for line in lines:
        low = line.lower()
        if low.strip(" .:") in whole:
            continue
        if len(line.split()) <= max_words and (low.startswith(prompts) or (low.startswith(links) and link.match(line))):
            continue
        kept.append(line)
    return text if len(kept) == len(lines) else "\n".join(kept)


class Normalizer:
    name = "normalize"
    requires = ("raw",)
    assigns = ("text",)

    def __init__(self, options=None) -> None:
        pass

    def __call__(self, doc: Doc) -> None:
        doc.article.text = normalize_text(doc.raw)
