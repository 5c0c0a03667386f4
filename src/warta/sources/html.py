"""HTML pages: main text, title, date, author and site name through trafilatura."""

from __future__ import annotations

from ..errors import E, InputError
from ..pipeline import Record


MIN_WORDS = 8


def record_from_html(html: str, *, id: str, url: str | None = None) -> Record:  # noqa: A002
    import trafilatura

    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True)
    if doc is None:  # trafilatura drops the whole page when a metadata date fails to parse (a "+99:00" offset
        doc = trafilatura.bare_extraction(html, url=url, with_metadata=False)  # raises in htmldate): keep the text
    body = (doc.text or "").strip() if doc else ""
    if len(body.split()) < MIN_WORDS:  # trafilatura falls back to menus and footers on pages with no article
        raise InputError(E.E008)
    title = (doc.title or "").strip() or None
    first, _, rest = body.partition("\n")
    if title and first.strip() == title:
        body = f"{title}\n\n{rest.lstrip()}"  # the title line is followed by a blank line, as in the gold format
    meta = {"title": title, "date": doc.date, "author": doc.author, "sitename": doc.sitename}
    return Record(text=body, id=id, title=title, url=url or doc.url, meta=meta)
