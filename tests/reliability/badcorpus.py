"""The bad-input corpus, generated on the fly (never downloaded): one builder per kind of input warta meets.

``CASES`` maps a file name to (bytes, expected outcome): ``"ok"`` (analysed, maybe with a warning) or an error
code (``"E002"``...) that must appear on the one-line failure naming the input.
"""

from __future__ import annotations

import json
from pathlib import Path

ID = ("JAKARTA, KOMPAS.com - Menteri Keuangan Sri Mulyani mengatakan inflasi turun menjadi 2,5 persen pada "
      "Senin (8/5/2023). \"Kami optimistis ekonomi tumbuh,\" kata Sri Mulyani di Jakarta. ")
EN = ("LONDON - The finance minister said on Monday that inflation had fallen to 2.5 percent, and that the "
      "government would keep its spending plans. \"We are confident,\" she told reporters in the capital. ")
JV = ("SEMARANG - Gubernur Jawa Tengah ngendika menawa banjir wis surut ing dina Senin. Warga kang manggon ing "
      "pinggir kali dijaluk tetep waspada amarga udan isih bakal teka. \"Aku njaluk warga ora usah kuwatir,\" "
      "ngendikane. ")
HTML_ARTICLE = ("<html><head><title>Inflasi Turun</title><script>alert('x');document.write('<p>palsu</p>')"
                "</script></head><body><iframe src='https://iklan.example/'></iframe><nav>Beranda</nav>"
                "<article><h1>Inflasi Turun</h1><p>" + ID * 3 + "</p><p>" + ID * 2 + "</article>"
                "<div><span><b>markup rusak <i>tanpa penutup</body>")
HTML_NO_ARTICLE = "<html><head><script>var a = 1;</script></head><body><nav>Beranda | Nasional</nav></body></html>"

MB = 1_000_000


def _big_html(size: int) -> str:
    # distinct paragraphs: trafilatura drops repeated ones, which would shrink the page to one copy
    paragraphs, n = [], 0
    while n < size:
        paragraphs.append(f"<p>Paragraf {len(paragraphs)}. {ID * 4}</p>")
        n += len(paragraphs[-1])
    return "<html><body><article>" + "".join(paragraphs) + "</article></body></html>"


def _dated_html(published: str) -> str:
    return (f'<html><head><meta property="article:published_time" content="{published}"><title>Inflasi</title>'
            f"</head><body><article><p>{ID * 3}</p></article></body></html>")


def _jsonl(*lines: str) -> bytes:
    return "\n".join(lines).encode()


def cases() -> dict[str, tuple[bytes, str]]:
    good = json.dumps({"id": "baik", "text": ID, "published": "2023-05-08"})
    return {
        "kosong.txt": (b"", "E001"),
        "spasi.txt": (b" \n\t\r\n   \n", "E001"),
        "biner.txt": (bytes(range(256)) * 64, "E002"),
        "gambar.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 200, "E002"),
        "besar.txt": ((ID * (11 * MB // len(ID) + 1)).encode(), "E006"),
        "besar.html": (_big_html(11 * MB).encode(), "E006"),
        "cp1252.txt": (("Dia berkata \u201cjangan\u201d \u2013 caf\u00e9 " + ID).encode("cp1252"), "E003"),
        "latin1.txt": (("Caf\u00e9 se\u00f1or " + ID).encode("latin-1"), "E003"),
        "utf16-bom.txt": (ID.encode("utf-16"), "ok"),
        "utf16le-tanpa-bom.txt": (ID.encode("utf-16-le"), "ok"),
        "utf16be-tanpa-bom.txt": (ID.encode("utf-16-be"), "ok"),
        "utf32le-tanpa-bom.txt": (ID.encode("utf-32-le"), "ok"),
        "utf16le-tanpa-bom.json": (json.dumps({"id": "u16", "text": ID}).encode("utf-16-le"), "ok"),
        "utf16le-terpotong.txt": (ID.encode("utf-16-le")[:-1], "E003"),  # a cut download: odd length
        "angka-16bit.txt": (b"".join(i.to_bytes(2, "little") for i in range(200)) * 8, "E002"),  # NULs like UTF-16
        "utf8-bom.txt": (b"\xef\xbb\xbf" + ID.encode(), "ok"),
        "campuran.txt": (ID.encode() + "caf\u00e9".encode("latin-1") + ID.encode(), "E003"),
        "skrip.html": (HTML_ARTICLE.encode(), "ok"),
        "tanpa-artikel.html": (HTML_NO_ARTICLE.encode(), "E008"),
        "zona-salah.html": (_dated_html("2023-05-08T10:00:00+99:00").encode(), "ok"),
        "bulan-13.html": (_dated_html("2023-13-45T10:00:00+07:00").encode(), "ok"),
        "tanggal-kata.html": (_dated_html("kemarin sore").encode(), "ok"),
        "inggris.txt": ((EN * 3).encode(), "ok"),
        "jawa.txt": ((JV * 3).encode(), "ok"),
        "kutip-timpang.txt": (('"Kami akan datang, kata Budi. \u201cTidak ada \u201d\u201d" " ' + ID).encode(), "ok"),
        "kalimat-panjang.txt": ((("kata Budi bahwa warga " * 5000)[:100_000]).encode(), "ok"),
        "angka.txt": ((" ".join(str(i * 7919 % 100000) for i in range(3000))).encode(), "ok"),
        "rusak.json": (b'{"id": "x", "text": "tidak ditutup', "E004"),
        "baris.jsonl": (_jsonl(good, '{"id": "patah", "text": ', "[1, 2]", '{"id": "tanpa-teks"}',
                               json.dumps({"id": "tgl", "text": ID, "published": "2023-13-45"}),
                               json.dumps({"id": "zona", "text": ID, "published": "2023-05-08T10:00:00+99:00"}),
                               json.dumps({"id": "tgl-angka", "text": ID, "published": 20230508}),
                               '{"id": "ganda", "text": "' + ID.replace('"', "'") + '"}'), "mixed"),
        "feed.xml": (("<?xml version='1.0'?><rss><channel><title>t</title>"
                      "<item><title>baik</title><link>http://127.0.0.1:9/a</link><description>" + ID +
                      "</description></item><item><title>patah</title><link>bukan url</link></item>"
                      "<item><title>tanpa</item></channel>").encode(), "mixed"),
        "tanpa-ekstensi": (ID.encode(), "E005"),
    }


def write(folder: Path, names: list[str] | None = None) -> dict[str, str]:
    """Write the corpus (or the named cases) into ``folder``; returns name -> expected outcome."""
    folder.mkdir(parents=True, exist_ok=True)
    out = {}
    for name, (data, expected) in cases().items():
        if names is None or name in names:
            (folder / name).write_bytes(data)
            out[name] = expected
    return out
