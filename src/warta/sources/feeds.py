"""RSS/Atom feeds: the article URLs they list (with title, summary and date), from a file or a URL.

``parse_feed`` is pure (bytes in, entries out) and never touches the network: feedparser is handed a byte
stream, never a string it could take for a URL or a file name. A broken entry (no link, a link that is not an
absolute http(s) URL) becomes a ``Failure`` and the other entries go on; a document that is not a feed at all
is one ``Failure``.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import TYPE_CHECKING

from ..pipeline import Record
from ..settings import Options
from .files import Failure

if TYPE_CHECKING:
    from .web import Fetcher

FEED_SUFFIXES = (".rss", ".atom", ".xml")


@dataclass
class FeedEntry:
    url: str
    feed: str  # the feed it came from (path or URL)
    title: str | None = None
    summary: str | None = None
    published: str | None = None  # YYYY-MM-DD, the date as the feed wrote it (its own time zone)


def entry_date(value: str | None, parsed: object = None) -> str | None:
    """The calendar date an entry gives, in the feed's own offset: news dates are local (WIB), and a
    morning article converted to UTC would fall on the day before. RFC 822 (RSS) or RFC 3339 (Atom)."""
    if value:
        text = value.strip()
        for parse in (parsedate_to_datetime, datetime.fromisoformat):
            try:
                return parse(text).date().isoformat()
            except (TypeError, ValueError, IndexError, OverflowError):
                continue
    if parsed:  # feedparser's struct_time (UTC) for the formats it knows and we do not
        try:
            return datetime(*parsed[:3]).date().isoformat()  # type: ignore[index]
        except (TypeError, ValueError):
            return None
    return None


def _raw_dates(entry: dict) -> tuple[str | None, object]:
    # dict.get, not FeedParserDict.get: the latter maps 'updated' onto 'published' with a deprecation warning.
    text = dict.get(entry, "published") or dict.get(entry, "updated")
    return text, dict.get(entry, "published_parsed") or dict.get(entry, "updated_parsed")


def parse_feed(data: bytes, source: str, *, content_type: str | None = None,
               base: str | None = None) -> Iterator[FeedEntry | Failure]:
    """The entries of an RSS/Atom document; relative links resolve against ``base`` (the feed's URL)."""
    import feedparser

    headers = {"content-type": content_type} if content_type else {}
    if base:
        headers["content-location"] = base
    parsed = feedparser.parse(io.BytesIO(data), response_headers=headers)
    entries = parsed.get("entries") or []
    if not parsed.get("version") and not entries:
        problem = parsed.get("bozo_exception")
        yield Failure(source, "not an RSS/Atom feed" + (f": {problem}" if problem else ""))
        return
    if not entries:
        yield Failure(source, "the feed has no entries")
        return
    for number, entry in enumerate(entries, 1):
        link = (entry.get("link") or "").strip()
        where = f"{source}#{number}"
        if not link:
            yield Failure(where, "the feed entry has no link")
        elif not link.lower().startswith(("http://", "https://")):
            yield Failure(where, f"the feed entry's link is not an absolute http(s) URL: {link[:200]}")
        else:
            yield FeedEntry(
                url=link, feed=source,
                title=(entry.get("title") or "").strip() or None,
                summary=(entry.get("summary") or "").strip() or None,
                published=entry_date(*_raw_dates(entry)),
            )


def is_feed_path(source: str) -> bool:
    return Path(source).suffix.lower() in FEED_SUFFIXES


def read_feed(source: str, *, fetcher: Fetcher | None = None,
              options: Options | None = None) -> Iterator[FeedEntry | Failure]:
    """Entries from a feed file, or from a feed URL (fetched with ``fetcher``'s limits and guard)."""
    from .web import FEED_TYPES, Fetcher, is_url

    options = options or Options()
    if is_url(source):
        own = fetcher is None
        fetcher = fetcher or Fetcher(options)
        try:
            fetched = fetcher.fetch(source, FEED_TYPES)
        finally:
            if own:
                fetcher.close()
        if isinstance(fetched, Failure):
            yield fetched
            return
        yield from parse_feed(fetched.body, source, content_type=fetched.media_type, base=fetched.url)
        return
    try:
        path = Path(source)
        size = path.stat().st_size
        if size > options.max_bytes:
            yield Failure(source, f"the file is {size} bytes, over the limit of {options.max_bytes}")
            return
        data = path.read_bytes()
    except OSError as err:
        yield Failure(source, f"cannot read the feed: {err.strerror or err}")
        return
    yield from parse_feed(data, source)


def feed_records(entries: Iterable[FeedEntry | Failure], *, fetcher: Fetcher,
                 published: str | None = None) -> Iterator[Record | Failure]:
    """Fetch each entry's page; the entry's date, title and summary fill in what the page lacks."""
    for entry in entries:
        if isinstance(entry, Failure):
            yield entry
            continue
        record = fetcher.page(entry.url, published=published or entry.published)
        if isinstance(record, Record):
            record.title = record.title or entry.title
            record.meta.update(feed=entry.feed, feed_title=entry.title, feed_summary=entry.summary,
                               feed_published=entry.published)
        yield record


def read_feed_records(source: str, *, fetcher: Fetcher | None = None, published: str | None = None,
                      options: Options | None = None) -> Iterator[Record | Failure]:
    """A feed (file or URL) as the Records of the pages it lists."""
    from .web import Fetcher

    own = fetcher is None
    fetcher = fetcher or Fetcher(options)
    try:
        yield from feed_records(read_feed(source, fetcher=fetcher, options=options), fetcher=fetcher,
                                published=published)
    finally:
        if own:
            fetcher.close()
