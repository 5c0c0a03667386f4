import json
from pathlib import Path

import pytest

from warta.errors import InputError
from warta.pipeline import Record
from warta.settings import Options
from warta.sources import Failure, read_inputs, read_path, read_text_bytes

ARTICLE = "JAKARTA, KOMPAS.com - Menteri Keuangan mengatakan inflasi turun, Senin (8/5/2023)."
def _one(path, **kw):
    items = list(read_path(str(path), **kw))
    assert len(items) == 1
    return items[0]


def test_read_txt_uses_file_stem_as_id(tmp_path):
    p = tmp_path / "berita-1.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    rec = _one(p, published="2023-05-09")
    assert isinstance(rec, Record) and rec.id == "berita-1" and rec.text == ARTICLE and rec.published == "2023-05-09"


def test_read_html_extracts_text_title_date_author_site(tmp_path, html_page):
    p = tmp_path / "halaman.html"
    p.write_text(html_page, encoding="utf-8")
    rec = _one(p)
    assert rec.title == "Inflasi Turun"
    assert rec.text.startswith("Inflasi Turun\n\nJAKARTA, KOMPAS.com -")
    assert "Beranda" not in rec.text and "Hak cipta" not in rec.text
    assert rec.meta["date"] == "2023-05-08" and rec.meta["author"] == "Budi Santoso"


def test_read_json_record(tmp_path):
    p = tmp_path / "satu.json"
    p.write_text(json.dumps({"id": "x1", "text": ARTICLE, "published": "2023-05-08", "title": "T"}), encoding="utf-8")
    rec = _one(p)
    assert (rec.id, rec.published, rec.title) == ("x1", "2023-05-08", "T")


def test_read_jsonl_goes_on_after_a_malformed_line(tmp_path):
    p = tmp_path / "banyak.jsonl"
    lines = [json.dumps({"id": "a", "text": ARTICLE}), "{not json", json.dumps({"id": "c", "text": ARTICLE}),
             json.dumps({"id": "d"}), json.dumps({"id": "e", "text": ARTICLE, "published": "kemarin"})]
    p.write_text("\n".join(lines), encoding="utf-8")
    items = list(read_path(str(p)))
    assert [type(i).__name__ for i in items] == ["Record", "Failure", "Record", "Failure", "Failure"]
    assert items[1].source.endswith("banyak.jsonl:2") and "E004" in items[1].reason
    assert "E007" in items[3].reason and "E009" in items[4].reason


@pytest.mark.parametrize("name, data, code", [
    ("kosong.txt", b"", "E001"),
    ("spasi.txt", b"  \n\t \n", "E001"),
    ("gambar.txt", bytes(range(256)) * 10, "E002"),
    ("cp1252.txt", "\u201cKami siap,\u201d kata Budi.".encode("cp1252"), "E003"),
    ("latin1.txt", "Caf\u00e9 di Bandung".encode("latin-1"), "E003"),
    ("data.xml", b"<x/>", "E005"),
    ("rusak.json", b"{\"text\": ", "E004"),
    ("daftar.json", b"[1, 2]", "E004"),
    ("kosong.html", b"<html><body><nav>menu</nav></body></html>", "E008"),
])
def test_bad_input_becomes_a_failure_naming_input_and_reason(tmp_path, name, data, code):
    p = tmp_path / name
    p.write_bytes(data)
    item = _one(p)
    assert isinstance(item, Failure)
    assert item.source == str(p) and item.reason.startswith(code)
    assert "\n" not in str(item)


def test_file_over_byte_limit_is_refused(tmp_path):
    p = tmp_path / "besar.txt"
    p.write_text("kata " * 1000, encoding="utf-8")
    item = _one(p, options=Options(max_bytes=100))
    assert isinstance(item, Failure) and item.reason.startswith("E013")


def test_missing_file_is_a_failure(tmp_path):
    item = _one(tmp_path / "tidak-ada.txt")
    assert isinstance(item, Failure) and item.reason.startswith("E012")


@pytest.mark.parametrize("data, expected", [
    ("Berita".encode("utf-8-sig"), "Berita"),
    ("Berita \u201cini\u201d".encode("utf-16"), "Berita \u201cini\u201d"),
])
def test_read_text_bytes_accepts_utf8_bom_and_utf16_bom(data, expected):
    assert read_text_bytes(data) == expected


WIDE = "JAKARTA - \u201cKami siap,\u201d kata Budi di Pasar Baru, Senin (8/5/2023) \u2013 harga naik 2,5 persen."


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be", "utf-16", "utf-32"])
@pytest.mark.parametrize("text", [WIDE, "Berita singkat.", WIDE * 100])
def test_read_text_bytes_reads_utf16_and_utf32_with_or_without_bom(encoding, text):
    assert read_text_bytes(text.encode(encoding)) == text


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_every_dev_article_reads_the_same_in_utf16_and_utf32_without_bom(encoding):
    for path in sorted((Path(__file__).resolve().parents[2] / "eval" / "dev").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        assert read_text_bytes(text.encode(encoding)) == text, path.name


@pytest.mark.parametrize("data, code", [
    (b"".join(i.to_bytes(2, "little") for i in range(300)), "E002"),  # 16-bit numbers: NUL high bytes, no text
    (b"".join(i.to_bytes(2, "big") for i in range(300)), "E002"),
    (b"".join((i * 7).to_bytes(4, "little") for i in range(300)), "E002"),  # 32-bit numbers
    (b"\x00" * 2048, "E002"),
    (b"\x00A" * 10 + bytes(range(256)) * 4, "E002"),  # a binary file that starts like UTF-16
    (WIDE.encode("utf-16-le")[:-1], "E003"),  # cut in the middle of a character
    (WIDE.encode("utf-16-le") + "\ud800".encode("utf-16-le", "surrogatepass"), "E003"),  # a lone surrogate
])
def test_read_text_bytes_refuses_binary_that_looks_like_utf16(data, code):
    with pytest.raises(InputError) as err:
        read_text_bytes(data)
    assert err.value.code == code


@pytest.mark.parametrize("suffix, data", [
    (".txt", WIDE.encode("utf-16-le")),
    (".json", json.dumps({"id": "a", "text": WIDE}, ensure_ascii=False).encode("utf-16-be")),
    (".jsonl", (json.dumps({"id": "a", "text": WIDE}) + "\n").encode("utf-32-le")),
    (".html", f"<html><body><article><p>{WIDE * 3}</p></article></body></html>".encode("utf-16-le")),
])
def test_every_reader_decodes_utf16_without_bom(tmp_path, suffix, data):
    p = tmp_path / f"berita{suffix}"
    p.write_bytes(data)
    item = _one(p)
    assert isinstance(item, Record), item
    assert "Kami siap" in item.text


def test_read_inputs_continues_over_a_batch(tmp_path):
    good, bad = tmp_path / "a.txt", tmp_path / "b.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    bad.write_bytes(b"")
    items = list(read_inputs([str(bad), str(good)]))
    assert isinstance(items[0], Failure) and isinstance(items[1], Record)
