"""RSS/Atom feeds: entries with their dates, broken entries as Failures, feeds from files and from URLs."""

import httpx
import pytest

from warta.pipeline import Record
from warta.settings import Options
from warta.sources.feeds import FeedEntry, entry_date, is_feed_path, parse_feed, read_feed, read_feed_records
from warta.sources.files import Failure
from warta.sources.web import Fetcher

from .test_web import PAGE, Forbidden, Route, site  # noqa: F401 - 'site' is the local server fixture

RSS = b"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Berita Nasional</title><link>https://berita.example/</link>
<item><title>Inflasi Turun</title><link>https://berita.example/nasional/inflasi-turun</link>
  <description>Menteri Keuangan mengatakan inflasi turun.</description>
  <pubDate>Mon, 08 May 2023 06:00:00 +0700</pubDate></item>
<item><title>Tanpa Tautan</title><description>Entri ini tidak punya link.</description></item>
<item><title>Skrip</title><link>javascript:alert(1)</link></item>
<item><title>Banjir Jakarta</title><link>https://berita.example/metro/banjir</link>
  <pubDate>bukan tanggal</pubDate></item>
</channel></rss>"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Kabar</title><id>urn:kabar</id><updated>2024-10-29T08:00:00+07:00</updated>
<entry><title>Gempa di Cianjur</title><id>urn:1</id><link href="https://kabar.example/gempa-cianjur"/>
  <published>2024-10-29T06:30:00+07:00</published><summary>BMKG mencatat gempa magnitudo 5,6.</summary></entry>
<entry><title>Relatif</title><id>urn:2</id><link href="/daerah/relatif"/><updated>2024-10-28T23:00:00Z</updated></entry>
</feed>"""


def test_rss_entries_with_link_title_summary_and_local_date():
    items = list(parse_feed(RSS, "nasional.rss"))
    assert items[0] == FeedEntry(url="https://berita.example/nasional/inflasi-turun", feed="nasional.rss",
                                 title="Inflasi Turun", summary="Menteri Keuangan mengatakan inflasi turun.",
                                 published="2023-05-08")
    assert items[3].url == "https://berita.example/metro/banjir" and items[3].published is None


@pytest.mark.parametrize("index, source, reason", [
    (1, "nasional.rss#2", "has no link"),
    (2, "nasional.rss#3", "not an absolute http(s) URL: javascript:alert(1)"),
])
def test_broken_rss_entries_are_failures_and_the_rest_go_on(index, source, reason):
    items = list(parse_feed(RSS, "nasional.rss"))
    assert len(items) == 4 and isinstance(items[index], Failure)
    assert items[index].source == source and reason in items[index].reason


def test_atom_relative_links_resolve_against_the_feed_url():
    items = list(parse_feed(ATOM, "https://kabar.example/feed", base="https://kabar.example/feed"))
    assert [i.url for i in items] == ["https://kabar.example/gempa-cianjur", "https://kabar.example/daerah/relatif"]
    assert items[0].published == "2024-10-29" and items[0].summary == "BMKG mencatat gempa magnitudo 5,6."


def test_atom_relative_link_without_a_base_is_a_failure():
    items = list(parse_feed(ATOM, "kabar.atom"))
    assert isinstance(items[0], FeedEntry) and isinstance(items[1], Failure) and "/daerah/relatif" in items[1].reason


@pytest.mark.parametrize("value, expected", [
    ("Mon, 08 May 2023 06:00:00 +0700", "2023-05-08"),  # 2023-05-07 in UTC: the feed's own day is kept
    ("2024-10-29T06:30:00+07:00", "2024-10-29"),
    ("2024-10-28T23:00:00Z", "2024-10-28"),
    ("Selasa, 29 Oktober 2024", None),
    ("", None),
    (None, None),
])
def test_entry_date_is_the_feeds_own_calendar_day(value, expected):
    assert entry_date(value) == expected


@pytest.mark.parametrize("data, reason", [
    (b"<html><body><p>Bukan umpan berita.</p></body></html>", "not an RSS/Atom feed"),
    (b"\x00\x01\x02 bukan xml", "not an RSS/Atom feed"),
    (b'<?xml version="1.0"?><rss version="2.0"><channel><title>Kosong</title></channel></rss>', "no entries"),
])
def test_a_document_that_is_no_feed_is_one_failure(data, reason):
    items = list(parse_feed(data, "umpan.xml"))
    assert len(items) == 1 and isinstance(items[0], Failure) and reason in items[0].reason


def test_parse_feed_never_takes_its_bytes_for_a_file_name(tmp_path):
    # feedparser.parse(b"/path") would open the file; the bytes are handed over as a stream instead.
    path = tmp_path / "rahasia.rss"
    path.write_bytes(RSS)
    items = list(parse_feed(str(path).encode(), "umpan"))
    assert len(items) == 1 and isinstance(items[0], Failure)


@pytest.mark.parametrize("name, is_feed", [("nasional.rss", True), ("kabar.atom", True), ("umpan.XML", True),
                                           ("berita.html", False), ("data.jsonl", False)])
def test_feed_files_are_known_by_suffix(name, is_feed):
    assert is_feed_path(name) is is_feed


def test_read_feed_from_file_and_its_failures(tmp_path):
    path = tmp_path / "nasional.rss"
    path.write_bytes(RSS)
    assert sum(isinstance(i, FeedEntry) for i in read_feed(str(path))) == 2
    missing = list(read_feed(str(tmp_path / "hilang.rss")))
    assert len(missing) == 1 and "cannot read the feed" in missing[0].reason
    big = list(read_feed(str(path), options=Options(max_bytes=100)))
    assert len(big) == 1 and "over the limit of 100" in big[0].reason


def test_feed_url_entries_become_records_with_the_entry_date_and_summary(site, tmp_path):  # noqa: F811
    site.routes["/nasional/inflasi-turun"] = Route(PAGE)
    site.routes["/rss"] = Route(RSS.replace(b"https://berita.example", site.url("").encode()),
                                headers={"Content-Type": "application/rss+xml; charset=utf-8"})
    with Fetcher(allow_private=True) as fetcher:
        items = list(read_feed_records(site.url("/rss"), fetcher=fetcher))
    assert [type(i).__name__ for i in items] == ["Record", "Failure", "Failure", "Failure"]
    record = items[0]
    assert record.published == "2023-05-08" and record.title == "Inflasi Turun"
    assert record.meta["feed_summary"] == "Menteri Keuangan mengatakan inflasi turun."
    assert record.meta["feed"] == site.url("/rss")
    assert "HTTP 404" in items[3].reason  # /metro/banjir is not served


def test_feed_url_with_wrong_content_type_is_a_failure(site):  # noqa: F811
    site.routes["/rss"] = Route(RSS, headers={"Content-Type": "image/png"})
    with Fetcher(allow_private=True) as fetcher:
        items = list(read_feed(site.url("/rss"), fetcher=fetcher))
    assert len(items) == 1 and "unexpected content type 'image/png'" in items[0].reason


def test_feed_url_on_loopback_is_refused_without_allow_private():
    inner = Forbidden()
    with Fetcher(transport=inner) as fetcher:
        items = list(read_feed("http://127.0.0.1:9/rss", fetcher=fetcher))
    assert len(items) == 1 and "loopback" in items[0].reason and inner.requests == []


def test_feed_entries_pointing_inward_are_refused(tmp_path):
    # A public feed may list internal URLs; each entry goes through the same guard.
    path = tmp_path / "jahat.rss"
    path.write_bytes(RSS.replace(b"https://berita.example/nasional/inflasi-turun", b"http://169.254.169.254/latest"))
    inner = Forbidden(lambda request: httpx.Response(404))
    with Fetcher(transport=inner, resolver=lambda host, port: ["93.184.216.34"]) as fetcher:
        items = list(read_feed_records(str(path), fetcher=fetcher))
    assert isinstance(items[0], Failure) and "cloud metadata" in items[0].reason
    assert not any(isinstance(i, Record) for i in items)
    assert [r.url.host for r in inner.requests] == ["93.184.216.34"]  # only the public entry was attempted
