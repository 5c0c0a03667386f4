"""Fetching article pages and feeds over HTTP(S), safely, into ``Record``s or ``Failure``s.

    fetcher = Fetcher()                      # one client; reuse it for a batch, close it (or use ``with``)
    fetcher.page("https://...")              # -> Record | Failure
    read_url(url, fetcher=fetcher)           # a page -> its Record; a feed -> a Record per entry
    read_sources(["a.txt", "nasional.rss", "https://..."])   # files, feed files and URLs mixed

Safety, because warta fetches whatever pages and feeds point to:
- every hop (the URL and each redirect) is resolved once and every address checked by ``netguard``; the
  connection then goes to the checked IP (``PinnedTransport``: the URL's host is replaced by the IP, the Host
  header and TLS SNI/certificate check keep the name), so a second DNS answer (rebinding) is never used;
- redirects are followed by hand, at most ``max_redirects``, each re-checked (scheme, credentials, address);
- connect/read timeouts plus an overall deadline; the body is streamed and dropped past ``max_bytes``
  (decoded size, so a compressed bomb stops too); only the expected content types are read;
- no proxies or netrc from the environment (``trust_env=False``): the guard must see the real destination.
Nothing here raises for network or user errors: they come back as a ``Failure`` with a one-line reason.
"""

from __future__ import annotations

import hashlib
import re
import ssl
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Self

import httpx

from .. import __version__
from ..errors import InputError
from ..pipeline import Record, parse_date
from ..settings import Options
from .files import Failure
from .html import record_from_html
from .netguard import Refused, Resolver, pick, resolve

REPO_URL = "https://warta.invalid/"  # placeholder until the project has a public home
USER_AGENT = f"warta/{__version__} (+{REPO_URL})"
PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml")
REDIRECTS = (301, 302, 303, 307, 308)
MAX_POOLS = 16  # hosts with open keep-alive connections at once
_META_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


@dataclass
class Fetched:
    """A response body that passed every check."""

    url: str  # the final URL, after redirects
    media_type: str  # lower-case, without parameters ('text/html')
    charset: str | None
    body: bytes

    def text(self) -> str:
        """The body decoded: the header's charset, else an HTML meta charset, else UTF-8 (bad bytes replaced)."""
        charset = self.charset
        if not charset and self.media_type in ("text/html", "application/xhtml+xml"):
            found = _META_CHARSET.search(self.body[:4096])
            charset = found.group(1).decode("ascii") if found else None
        try:
            return self.body.decode(charset or "utf-8", errors="replace").lstrip("\ufeff")
        except LookupError:  # an unknown charset name
            return self.body.decode("utf-8", errors="replace").lstrip("\ufeff")


class PinnedTransport(httpx.BaseTransport):
    """Resolves each request's host once, checks the addresses, and connects to the checked IP only."""

    def __init__(self, *, allow_private: bool = False, resolver: Resolver = resolve,
                 inner: httpx.BaseTransport | None = None, verify: ssl.SSLContext | bool = True) -> None:
        self.allow_private = allow_private
        self.resolver = resolver
        self._inner = inner
        self._verify = verify
        # One pool per host name: a TLS connection made (and verified) for one name is never reused for another
        # name that happens to resolve to the same IP.
        self._pools: dict[str, httpx.BaseTransport] = {}

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        url = request.url
        port = url.port or (443 if url.scheme == "https" else 80)
        ip = pick(url.host, port, resolver=self.resolver, allow_private=self.allow_private)
        extensions = dict(request.extensions)
        if url.scheme == "https":
            extensions["sni_hostname"] = url.host  # SNI and the certificate check use the name, not the IP
        pinned = httpx.Request(request.method, url.copy_with(host=ip), headers=request.headers,
                               stream=request.stream, extensions=extensions)
        return self._pool(url.host).handle_request(pinned)

    def _pool(self, host: str) -> httpx.BaseTransport:
        if self._inner is not None:
            return self._inner
        pool = self._pools.pop(host, None)
        if pool is None:
            pool = httpx.HTTPTransport(verify=self._verify, trust_env=False, retries=0)
            if len(self._pools) >= MAX_POOLS:  # a feed of many sites: close the least recently used host's pool
                self._pools.pop(next(iter(self._pools))).close()
        self._pools[host] = pool  # re-inserted last: the dict's order is the recency order
        return pool

    def close(self) -> None:
        for pool in self._pools.values():
            pool.close()
        if self._inner is not None:
            self._inner.close()


def _check_url(url: str | httpx.URL) -> httpx.URL:
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError, UnicodeError) as err:
        raise Refused(f"not a valid URL: {err}") from None
    if parsed.scheme not in ("http", "https"):
        raise Refused(f"only http and https URLs are fetched, not '{parsed.scheme or '(none)'}'")
    if not parsed.host:
        raise Refused("the URL has no host")
    if parsed.userinfo:
        raise Refused("URLs with a user name or password are not fetched")
    return parsed


def url_id(url: str) -> str:
    """A short, file-name-safe, stable id for a page: its last path segment's slug plus a hash of the URL."""
    parsed = httpx.URL(url)
    segments = [s for s in parsed.path.split("/") if s]
    stem = segments[-1].rsplit(".", 1)[0] if segments else parsed.host
    slug = re.sub(r"[^a-z0-9]+", "-", stem.lower()).strip("-")[:60].strip("-") or "page"
    return f"{slug}-{hashlib.sha1(url.encode('utf-8')).hexdigest()[:8]}"


class Fetcher:
    """An HTTP client with warta's limits; ``allow_private=True`` lets loopback/private addresses through."""

    def __init__(self, options: Options | None = None, *, allow_private: bool | None = None,
                 resolver: Resolver = resolve, timeout: float | None = None, deadline: float | None = None,
                 max_bytes: int | None = None, max_redirects: int | None = None, user_agent: str = USER_AGENT,
                 transport: httpx.BaseTransport | None = None, verify: ssl.SSLContext | bool = True) -> None:
        options = options or Options()

        def setting(given: object, name: str, default: object):
            # An argument wins, then the Options field 'fetch_<name>' where settings has it, then the default.
            return given if given is not None else getattr(options, f"fetch_{name}", default)

        timeout = setting(timeout, "timeout", 10.0)
        self.deadline = setting(deadline, "deadline", 30.0)
        self.max_redirects = setting(max_redirects, "max_redirects", 5)
        self.max_bytes = max_bytes or options.max_bytes
        self.transport = PinnedTransport(allow_private=bool(setting(allow_private, "allow_private", False)),
                                         resolver=resolver, inner=transport, verify=verify)
        self._client = httpx.Client(transport=self.transport, follow_redirects=False, trust_env=False,
                                    timeout=httpx.Timeout(timeout),
                                    # gzip/deflate only, whatever decoders are installed: their expansion per
                                    # chunk is bounded (about 1000:1) before the size limit is checked.
                                    headers={"User-Agent": user_agent, "Accept-Encoding": "gzip, deflate"})

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._client.close()

    def fetch(self, url: str, accept: tuple[str, ...] = PAGE_TYPES) -> Fetched | Failure:
        """GET ``url`` within the limits; the body if it is one of the ``accept``ed media types."""
        started = time.monotonic()
        try:
            current = _check_url(url)
            for _hop in range(self.max_redirects + 1):
                with self._client.stream("GET", current, headers={"Accept": ", ".join(accept) + ", */*;q=0.1"}) as r:
                    location = r.headers.get("location")
                    if r.status_code in REDIRECTS and location:
                        current = _check_url(current.join(location))
                        continue
                    if r.status_code != 200:
                        return Failure(url, f"HTTP {r.status_code} {r.reason_phrase} from {current}".rstrip())
                    return self._read(url, r, accept, started)
            return Failure(url, f"more than {self.max_redirects} redirects")
        except Refused as err:
            return Failure(url, str(err))
        except httpx.ConnectTimeout:
            return Failure(url, f"timed out connecting (after {self._client.timeout.connect:g} s)")
        except httpx.TimeoutException:
            return Failure(url, f"timed out (no data for {self._client.timeout.read:g} s)")
        except (httpx.HTTPError, httpx.StreamError, httpx.InvalidURL, OSError, UnicodeError) as err:
            return Failure(url, f"cannot fetch: {type(err).__name__}: {err}".rstrip(": "))

    def _read(self, url: str, response: httpx.Response, accept: tuple[str, ...],
              started: float) -> Fetched | Failure:
        media, _, params = response.headers.get("content-type", "").partition(";")
        media = media.strip().lower()
        if media not in accept:
            return Failure(url, f"unexpected content type '{media or '(none)'}'; expected {', '.join(accept)}")
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.max_bytes:
            return Failure(url, f"the response is {declared} bytes, over the limit of {self.max_bytes}")
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > self.max_bytes:
                return Failure(url, f"the response is over the limit of {self.max_bytes} bytes")
            if time.monotonic() - started > self.deadline:
                return Failure(url, f"the download took longer than {self.deadline:g} s")
            chunks.append(chunk)
        found = re.search(r"charset=[\"']?([^\"';\s]+)", params, re.IGNORECASE)
        return Fetched(str(response.url), media, found.group(1) if found else None, b"".join(chunks))

    def page(self, url: str, *, published: str | None = None, id: str | None = None) -> Record | Failure:
        """One article page (HTML, or plain text) as a ``Record`` whose url is the final URL."""
        fetched = self.fetch(url, PAGE_TYPES)
        if isinstance(fetched, Failure):
            return fetched
        return page_record(fetched, source=url, published=published, id=id)


def page_record(fetched: Fetched, *, source: str, published: str | None = None,
                id: str | None = None) -> Record | Failure:
    """A fetched page as a ``Record`` (HTML through trafilatura, plain text as it is)."""
    text = fetched.text()
    if not text.strip():
        return Failure(source, "the page is empty")
    rid = id or url_id(fetched.url)
    try:
        if fetched.media_type == "text/plain":
            record = Record(text=text, id=rid, url=fetched.url)
        else:
            record = record_from_html(text, id=rid, url=fetched.url)
    except InputError as err:
        return Failure(source, err.message)
    record.published = published
    try:
        record.meta["date"] = parse_date(record.meta.get("date"))
    except InputError:
        record.meta["date"] = None  # a page's own unreadable date is not worth failing the article for
    return record


def is_url(source: str) -> bool:
    return source.lower().startswith(("http://", "https://"))


def read_url(url: str, *, fetcher: Fetcher | None = None, published: str | None = None,
             options: Options | None = None) -> Iterator[Record | Failure]:
    """A URL as Records: an article page gives one; an RSS/Atom feed gives one per entry (each page fetched)."""
    from .feeds import feed_records, parse_feed

    own = fetcher is None
    fetcher = fetcher or Fetcher(options)
    try:
        fetched = fetcher.fetch(url, PAGE_TYPES + FEED_TYPES)
        if isinstance(fetched, Failure):
            yield fetched
        elif fetched.media_type in FEED_TYPES:
            entries = parse_feed(fetched.body, url, content_type=fetched.media_type, base=fetched.url)
            yield from feed_records(entries, fetcher=fetcher, published=published)
        else:
            yield page_record(fetched, source=url, published=published)
    finally:
        if own:
            fetcher.close()


def read_sources(paths: Iterable[str], *, published: str | None = None, options: Options | None = None,
                 fetcher: Fetcher | None = None, allow_private: bool | None = None) -> Iterator[Record | Failure]:
    """Records from any mix of files, ``-``, feed files (.rss/.atom/.xml) and http(s) URLs (pages or feeds).

    One ``Fetcher`` serves the whole run (made on the first URL or feed unless given, closed at the end).
    """
    from .feeds import is_feed_path, read_feed_records
    from .files import read_path

    own: Fetcher | None = None
    try:
        for path in paths:
            if not (is_url(path) or is_feed_path(path)):
                yield from read_path(path, published=published, options=options)
                continue
            if fetcher is None:
                fetcher = own = Fetcher(options, allow_private=allow_private)
            if is_url(path):
                yield from read_url(path, fetcher=fetcher, published=published)
            else:
                yield from read_feed_records(path, fetcher=fetcher, published=published, options=options)
    finally:
        if own is not None:
            own.close()
