"""Fetching pages: the happy paths against a local server (allow_private=True), the limits, and the SSRF guard.

No test sends a packet to a non-loopback address: refusals happen before any connection, and where a "public"
address is involved the connection goes to a recording mock transport, never to the network.
"""

import gzip
import http.server
import ssl
import threading
import time
from dataclasses import dataclass, field

import httpx
import pytest

from warta.pipeline import Record
from warta.settings import Options
from warta.sources.files import Failure
from warta.sources.netguard import Refused, pick, refusal
from warta.sources.web import USER_AGENT, Fetched, Fetcher, PinnedTransport, read_sources, read_url, url_id

PUBLIC = "93.184.216.34"  # a public address that the tests never actually connect to
BODY = "JAKARTA, KOMPAS.com - Menteri Keuangan mengatakan inflasi turun, Senin (8/5/2023)."
PAGE = f"""<html><head><title>Inflasi Turun</title>
<meta property="article:published_time" content="2023-05-08T10:00:00+07:00"></head>
<body><nav>Beranda | Nasional</nav><article><h1>Inflasi Turun</h1>
<p>{BODY} Ini paragraf yang cukup panjang untuk dikenali sebagai isi utama artikel oleh pengekstrak.</p>
<p>"Kami optimistis," kata dia kepada wartawan di Jakarta. Paragraf kedua juga cukup panjang untuk isi.</p>
</article><footer>Hak cipta</footer></body></html>""".encode()
HTML = {"Content-Type": "text/html; charset=utf-8"}


@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    headers: dict = field(default_factory=lambda: dict(HTML))
    delay: float = 0.0  # seconds before the response
    drip: float = 0.0  # seconds between 100-byte pieces of the body
    length: bool = True  # send Content-Length


class Site:
    """A threaded HTTP server on 127.0.0.1 serving ``routes``; ``hits`` records (path, headers) per request."""

    def __init__(self, tls: ssl.SSLContext | None = None) -> None:
        self.routes: dict[str, Route] = {}
        self.hits: list[tuple[str, dict]] = []
        site = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):
                site.hits.append((self.path, dict(self.headers)))
                route = site.routes.get(self.path, Route(b"not found", 404))
                time.sleep(route.delay)
                self.send_response(route.status)
                for name, value in route.headers.items():
                    self.send_header(name, value)
                if route.length:
                    self.send_header("Content-Length", str(len(route.body)))
                self.end_headers()
                try:
                    for i in range(0, len(route.body), 100 if route.drip else len(route.body) or 1):
                        self.wfile.write(route.body[i:i + (100 if route.drip else len(route.body))])
                        self.wfile.flush()
                        time.sleep(route.drip)
                except OSError:  # the client stopped reading, as it should past a limit
                    pass

            def log_message(self, *args):
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.server.block_on_close = False
        if tls:
            self.server.socket = tls.wrap_socket(self.server.socket, server_side=True)
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, args=(0.05,), daemon=True).start()

    def url(self, path: str, host: str = "127.0.0.1", scheme: str = "http") -> str:
        return f"{scheme}://{host}:{self.port}{path}"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def site():
    s = Site()
    yield s
    s.close()


class Forbidden(httpx.BaseTransport):
    """An inner transport that records what it is asked to connect to and never opens a socket."""

    def __init__(self, respond=None) -> None:
        self.requests: list[httpx.Request] = []
        self.respond = respond

    def handle_request(self, request):
        self.requests.append(request)
        if self.respond is None:
            raise AssertionError(f"connection attempted to {request.url}")
        return self.respond(request)


def table(mapping):
    """A resolver from a dict host -> addresses; a list of lists answers successive lookups in turn."""
    calls = []

    def resolver(host, port):
        calls.append(host)
        answer = mapping[host]
        return answer.pop(0) if answer and isinstance(answer[0], list) else answer
    resolver.calls = calls
    return resolver


# --- the happy paths (local server, allow_private=True) ---------------------------------------------------------

def test_page_becomes_a_record_with_final_url_title_and_date(site):
    site.routes["/lama"] = Route(status=301, headers={"Location": "/nasional/inflasi-turun.html"})
    site.routes["/nasional/inflasi-turun.html"] = Route(PAGE)
    with Fetcher(allow_private=True) as fetcher:
        record = fetcher.page(site.url("/lama"), published="2023-05-09")
    assert isinstance(record, Record)
    assert record.url == site.url("/nasional/inflasi-turun.html")
    assert record.id.startswith("inflasi-turun-")
    assert record.text.startswith("Inflasi Turun\n\nJAKARTA, KOMPAS.com -") and "Hak cipta" not in record.text
    assert (record.title, record.published, record.meta["date"]) == ("Inflasi Turun", "2023-05-09", "2023-05-08")


def test_requests_carry_warta_user_agent(site):
    site.routes["/a"] = Route(PAGE)
    with Fetcher(allow_private=True) as fetcher:
        fetcher.page(site.url("/a"))
    assert site.hits[0][1]["User-Agent"] == USER_AGENT and USER_AGENT.startswith("warta/")


def test_plain_text_page_is_read_as_it_is(site):
    site.routes["/b.txt"] = Route(BODY.encode(), headers={"Content-Type": "text/plain; charset=utf-8"})
    with Fetcher(allow_private=True) as fetcher:
        record = fetcher.page(site.url("/b.txt"))
    assert isinstance(record, Record) and record.text == BODY


@pytest.mark.parametrize("fetched, text", [
    (Fetched("u", "text/html", "cp1252", "Rp 5 juta – naik".encode("cp1252")), "Rp 5 juta – naik"),
    (Fetched("u", "text/html", None, b'<meta charset="windows-1252"><p>caf\xe9'), '<meta charset="windows-1252"><p>café'),
    (Fetched("u", "text/html", None, "\ufeffBerita".encode()), "Berita"),
    (Fetched("u", "text/html", "no-such-charset", b"Berita"), "Berita"),
])
def test_body_decoding_follows_header_then_meta_charset(fetched, text):
    assert fetched.text() == text


@dataclass(frozen=True)
class FetchOptions(Options):
    fetch_max_redirects: int = 1
    fetch_allow_private: bool = True


def test_fetch_settings_come_from_options_when_settings_has_them(site):
    site.routes["/a"] = Route(status=302, headers={"Location": "/b"})
    site.routes["/b"] = Route(status=302, headers={"Location": "/c"})
    with Fetcher(FetchOptions()) as fetcher:
        result = fetcher.page(site.url("/a"))
    assert isinstance(result, Failure) and "more than 1 redirects" in result.reason and len(site.hits) == 2


@pytest.mark.parametrize("url, expected", [
    ("https://www.kompas.com/nasional/read/2023/05/08/1/inflasi-turun-kata-menkeu?page=all", "inflasi-turun-kata-menkeu-"),
    ("https://detik.com/berita/d-123/Banjir%20Jakarta.html", "banjir-jakarta-"),
    ("https://antaranews.com/", "antaranews-com-"),
])
def test_url_id_is_a_readable_slug_with_a_hash(url, expected):
    assert url_id(url).startswith(expected) and len(url_id(url)) == len(expected) + 8


# --- limits: every one a Failure with a reason, never an exception -----------------------------------------------

@pytest.mark.parametrize("route, options, reason", [
    (Route(b"hilang", 404), {}, "HTTP 404"),
    (Route(b"%PDF-1.4", headers={"Content-Type": "application/pdf"}), {}, "unexpected content type 'application/pdf'"),
    (Route(b"x" * 5000), {"max_bytes": 1000}, "5000 bytes, over the limit of 1000"),
    (Route(b"x" * 5000, length=False), {"max_bytes": 1000}, "over the limit of 1000 bytes"),
    (Route(gzip.compress(b"a" * 200_000), headers={**HTML, "Content-Encoding": "gzip"}), {"max_bytes": 50_000},
     "over the limit of 50000 bytes"),
    (Route(PAGE, delay=1.0), {"timeout": 0.2}, "timed out"),
    (Route(b"x" * 2000, drip=0.05), {"deadline": 0.3}, "took longer than 0.3 s"),
    (Route(b"<html><body><nav>Beranda</nav></body></html>"), {}, "no article text"),
])
def test_limits_give_a_failure_with_a_reason(site, route, options, reason):
    site.routes["/x"] = route
    with Fetcher(allow_private=True, **options) as fetcher:
        result = fetcher.page(site.url("/x"))
    assert isinstance(result, Failure) and reason in result.reason and result.source == site.url("/x")


def test_redirect_loop_stops_at_the_cap(site):
    site.routes["/loop"] = Route(status=302, headers={"Location": "/loop"})
    with Fetcher(allow_private=True, max_redirects=3) as fetcher:
        result = fetcher.page(site.url("/loop"))
    assert isinstance(result, Failure) and "more than 3 redirects" in result.reason
    assert len(site.hits) == 4


@pytest.mark.parametrize("url, reason", [
    ("ftp://example.com/berita.txt", "only http and https"),
    ("file:///etc/passwd", "only http and https"),
    ("http://admin:rahasia@example.com/", "user name or password"),
    ("http:///berita", "no host"),
])
def test_urls_that_are_not_plain_http_are_refused(url, reason):
    with Fetcher(transport=Forbidden()) as fetcher:
        result = fetcher.page(url)
    assert isinstance(result, Failure) and reason in result.reason


@pytest.mark.parametrize("location, reason", [
    ("file:///etc/passwd", "only http and https"),
    ("http://169.254.169.254/latest/meta-data/", "cloud metadata"),
    ("http://[fd00:ec2::254]/latest/meta-data/", "cloud metadata"),
])
def test_redirects_are_rechecked_even_with_allow_private(site, location, reason):
    site.routes["/r"] = Route(status=302, headers={"Location": location})
    with Fetcher(allow_private=True) as fetcher:
        result = fetcher.page(site.url("/r"))
    assert isinstance(result, Failure) and reason in result.reason and len(site.hits) == 1


# --- the SSRF guard -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("address, kind", [
    ("127.0.0.1", "loopback"), ("127.8.9.10", "loopback"), ("::1", "loopback"),
    ("10.1.2.3", "private"), ("172.16.5.4", "private"), ("192.168.0.1", "private"), ("fd12:3456::1", "private"),
    ("169.254.1.1", "link-local"), ("fe80::1", "link-local"),
    ("169.254.169.254", "cloud metadata"), ("fd00:ec2::254", "cloud metadata"), ("100.100.100.200", "cloud metadata"),
    ("0.0.0.0", "unspecified"), ("::", "unspecified"),
    ("224.0.0.1", "multicast"), ("ff02::1", "multicast"),
    ("240.0.0.1", "reserved"), ("100.64.0.1", "non-public"),
    ("::ffff:127.0.0.1", "loopback address (127.0.0.1 inside)"), ("::ffff:10.0.0.1", "private address (10.0.0.1 inside)"),
    ("::ffff:169.254.169.254", "cloud metadata"), ("64:ff9b::7f00:1", "loopback address (127.0.0.1 inside)"),
    ("2002:7f00:1::1", "loopback address (127.0.0.1 inside)"),
    ("2001:0:4136:e378:8000:63bf:80ff:fffe", "loopback address (127.0.0.1 inside)"),  # Teredo client 127.0.0.1
])
def test_refusal_names_the_kind_of_address(address, kind):
    reason = refusal(address)
    assert reason is not None and kind in reason


@pytest.mark.parametrize("address", [PUBLIC, "8.8.8.8", "2606:4700:4700::1111", "::ffff:93.184.216.34"])
def test_public_addresses_pass(address):
    assert refusal(address) is None


@pytest.mark.parametrize("address, allowed", [
    ("127.0.0.1", True), ("10.0.0.1", True), ("::ffff:127.0.0.1", True),
    ("169.254.169.254", False), ("fd00:ec2::254", False),
])
def test_allow_private_never_opens_cloud_metadata(address, allowed):
    assert (refusal(address, allow_private=True) is None) is allowed


@pytest.mark.parametrize("url, resolved, kind", [
    ("http://127.0.0.1/", None, "loopback"),
    ("http://[::1]:8080/", None, "loopback"),
    ("http://[::ffff:127.0.0.1]/", None, "loopback"),
    ("http://2130706433/", None, "loopback"),  # decimal spelling of 127.0.0.1
    ("http://0x7f.1/", None, "loopback"),  # hex short form of 127.0.0.1
    ("http://localhost/", ["127.0.0.1", "::1"], "loopback"),
    ("http://intranet.local/", ["10.0.0.8"], "private"),
    ("http://metadata.google.internal/computeMetadata/v1/", ["169.254.169.254"], "cloud metadata"),
    ("https://berita.example/", [PUBLIC, "192.168.1.5"], "private"),  # one inward address taints the name
])
def test_fetch_refuses_inward_addresses_before_connecting(url, resolved, kind, monkeypatch):
    if resolved is not None:
        from warta.sources import netguard

        monkeypatch.setattr(netguard.socket, "getaddrinfo",
                            lambda host, port, **kw: [(0, 0, 0, "", (a, port)) for a in resolved])
    inner = Forbidden()
    with Fetcher(transport=inner) as fetcher:
        result = fetcher.page(url)
    assert isinstance(result, Failure) and "refused" in result.reason and kind in result.reason
    assert inner.requests == []


def test_redirect_from_a_public_page_to_loopback_is_refused(site):
    inner = Forbidden(lambda request: httpx.Response(302, headers={"Location": site.url("/rahasia")}))
    resolver = table({"berita.example": [PUBLIC]})
    with Fetcher(resolver=resolver, transport=inner) as fetcher:
        result = fetcher.page("http://berita.example/artikel")
    assert isinstance(result, Failure) and "127.0.0.1 is a loopback address" in result.reason
    assert [r.url.host for r in inner.requests] == [PUBLIC] and site.hits == []


def test_dns_rebinding_the_checked_public_ip_is_the_one_connected(site):
    # The name answers a public IP, then (to a second lookup) 127.0.0.1. Only one lookup happens, and the
    # connection goes to the IP that was checked, with the name kept in the Host header and the TLS SNI.
    site.routes["/rahasia"] = Route(PAGE)
    resolver = table({"rebind.example": [[PUBLIC], ["127.0.0.1"]]})
    inner = Forbidden(lambda request: httpx.Response(200, headers=HTML, content=PAGE))
    with Fetcher(resolver=resolver, transport=inner) as fetcher:
        record = fetcher.page(f"https://rebind.example:{site.port}/rahasia")
    assert isinstance(record, Record)
    assert resolver.calls == ["rebind.example"]
    sent = inner.requests[0]
    assert (sent.url.host, sent.url.port) == (PUBLIC, site.port)
    assert sent.headers["Host"] == f"rebind.example:{site.port}"
    assert sent.extensions["sni_hostname"] == "rebind.example"
    assert site.hits == []


def test_pinned_connection_uses_the_checked_address_without_a_second_lookup(site, monkeypatch):
    # Through the real HTTP transport: a '.test' name resolves only through our resolver (once, to 127.0.0.1,
    # allowed here); any lookup by the HTTP stack itself would fail or, on a second call, meet 169.254.169.254.
    from warta.sources import netguard

    system = netguard.socket.getaddrinfo

    def getaddrinfo(host, *args, **kwargs):
        assert host != "rebind.test", "the HTTP stack looked the name up itself"
        return system(host, *args, **kwargs)
    monkeypatch.setattr(netguard.socket, "getaddrinfo", getaddrinfo)
    site.routes["/berita"] = Route(PAGE)
    resolver = table({"rebind.test": [["127.0.0.1"], ["169.254.169.254"]]})
    with Fetcher(allow_private=True, resolver=resolver) as fetcher:
        record = fetcher.page(f"http://rebind.test:{site.port}/berita")
    assert isinstance(record, Record) and record.url == f"http://rebind.test:{site.port}/berita"
    assert resolver.calls == ["rebind.test"]
    assert site.hits[0][1]["Host"] == f"rebind.test:{site.port}"


@pytest.mark.parametrize("name, ok", [("berita.test", True), ("lain.test", False)])
def test_https_pinned_to_the_ip_still_verifies_the_certificate_for_the_name(name, ok):
    # The connection goes to 127.0.0.1, but SNI and the certificate check use the URL's name: a certificate
    # for berita.test is accepted for berita.test and refused for another name pointing at the same IP.
    trustme = pytest.importorskip("trustme")
    ca = trustme.CA()
    server_tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("berita.test").configure_cert(server_tls)
    client_tls = ssl.create_default_context()
    ca.configure_trust(client_tls)
    server = Site(tls=server_tls)
    server.routes["/berita"] = Route(PAGE)
    try:
        resolver = table({name: ["127.0.0.1"]})
        with Fetcher(allow_private=True, resolver=resolver, verify=client_tls) as fetcher:
            result = fetcher.page(server.url("/berita", host=name, scheme="https"))
    finally:
        server.close()
    assert isinstance(result, Record) is ok
    if not ok:
        assert "CERTIFICATE_VERIFY_FAILED" in result.reason and server.hits == []


@pytest.mark.parametrize("answers, reason", [
    ([], "no addresses"),
    (OSError(-2, "Name or service not known"), "cannot resolve"),
])
def test_unresolvable_names_are_refused(answers, reason):
    def resolver(host, port):
        if isinstance(answers, Exception):
            raise answers
        return answers

    with pytest.raises(Refused, match=reason):
        pick("hilang.example", 80, resolver=resolver)


def test_transport_refuses_without_the_fetcher():
    # The guard lives in the transport, so an httpx.Client built on it is safe whatever the caller does.
    with httpx.Client(transport=PinnedTransport(inner=Forbidden())) as client, pytest.raises(Refused):
        client.get("http://127.0.0.1/")


# --- a URL that is a feed ----------------------------------------------------------------------------------------

def test_read_url_gives_one_record_for_a_page_and_one_per_entry_for_a_feed(site):
    site.routes["/a.html"] = Route(PAGE)
    site.routes["/rss"] = Route(f"""<?xml version="1.0"?><rss version="2.0"><channel><title>Nasional</title>
<item><title>Inflasi Turun</title><link>{site.url('/a.html')}</link>
<pubDate>Mon, 08 May 2023 06:00:00 +0700</pubDate></item>
<item><title>Hilang</title><link>{site.url('/hilang.html')}</link></item>
</channel></rss>""".encode(), headers={"Content-Type": "application/rss+xml"})
    with Fetcher(allow_private=True) as fetcher:
        page = list(read_url(site.url("/a.html"), fetcher=fetcher))
        feed = list(read_url(site.url("/rss"), fetcher=fetcher))
    assert len(page) == 1 and isinstance(page[0], Record)
    assert isinstance(feed[0], Record) and feed[0].published == "2023-05-08"
    assert isinstance(feed[1], Failure) and "HTTP 404" in feed[1].reason


def test_read_sources_mixes_files_feed_files_and_urls(site, tmp_path):
    site.routes["/a.html"] = Route(PAGE)
    text = tmp_path / "berita.txt"
    text.write_text(BODY, encoding="utf-8")
    feed = tmp_path / "nasional.rss"
    feed.write_text(f"""<?xml version="1.0"?><rss version="2.0"><channel><title>N</title>
<item><title>Inflasi</title><link>{site.url('/a.html')}</link></item></channel></rss>""", encoding="utf-8")
    missing = str(tmp_path / "hilang.txt")
    items = list(read_sources([str(text), str(feed), site.url("/a.html"), missing], allow_private=True))
    assert [type(i).__name__ for i in items] == ["Record", "Record", "Record", "Failure"]
    assert items[0].text == BODY and items[1].url == items[2].url == site.url("/a.html")
    assert items[1].meta["feed"] == str(feed) and len(site.hits) == 2


def test_read_sources_refuses_inward_urls_by_default_and_opens_no_client_for_files(tmp_path, monkeypatch):
    from warta.sources import web

    made = []
    monkeypatch.setattr(web, "Fetcher", lambda *a, **kw: made.append(kw) or Fetcher(*a, transport=Forbidden(), **kw))
    text = tmp_path / "berita.txt"
    text.write_text(BODY, encoding="utf-8")
    assert [type(i).__name__ for i in read_sources([str(text)])] == ["Record"] and made == []
    items = list(read_sources([str(text), "http://127.0.0.1:9/rahasia"]))
    assert isinstance(items[1], Failure) and "loopback" in items[1].reason and len(made) == 1


def test_keep_alive_pools_are_bounded_least_recently_used_first(monkeypatch):
    from warta.sources import web

    monkeypatch.setattr(web, "MAX_POOLS", 2)
    transport = PinnedTransport()
    for host in ("kompas.example", "detik.example", "kompas.example", "antara.example"):
        transport._pool(host)
    assert list(transport._pools) == ["kompas.example", "antara.example"]
    transport.close()
