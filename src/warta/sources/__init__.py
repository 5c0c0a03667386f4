"""Sources turn files, records, pages and feeds into ``Record``s for the pipeline, or ``Failure``s with a reason.

Network sources (``web``, ``feeds``) import httpx lazily: reading local files needs no network code.
"""

from .files import Failure, read_inputs, read_path, read_text_bytes

__all__ = ["Failure", "is_url", "read_feed_records", "read_inputs", "read_path", "read_sources", "read_text_bytes",
           "read_url"]


def __getattr__(name: str):
    if name in ("read_url", "read_sources", "is_url", "Fetcher"):
        from . import web

        return getattr(web, name)
    if name in ("read_feed", "read_feed_records", "is_feed_path", "FeedEntry"):
        from . import feeds

        return getattr(feeds, name)
    raise AttributeError(name)
