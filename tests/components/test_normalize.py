import re

import pytest

from conftest import DEV_GOLD

from warta.components.normalize import (
    _ASCII_DROPPED,
    _ASCII_TABLE,
    _TRANSLATE,
    _furniture_test,
    normalize_text,
)
from warta.lang.id import load


@pytest.mark.parametrize("raw, expected", [
    ("Jakarta\r\nSurabaya", "Jakarta\nSurabaya"),
    ("kata\u00a0Budi", "kata Budi"),
    ("Rp\u202f1,5 triliun", "Rp 1,5 triliun"),
    ("peng\u00adungsi", "pengungsi"),
    ("\ufeffMOSKOW - Rusia", "MOSKOW - Rusia"),
    ("kata  Budi   di Solo", "kata Budi di Solo"),
    ("Judul\n\n\n\nIsi berita.", "Judul\n\nIsi berita."),
    ("akhir baris   \nawal", "akhir baris\nawal"),
    ("\u201eKami siap\u201f, kata dia", '"Kami siap", kata dia'),
    ("\u00abKami siap\u00bb", '"Kami siap"'),
    ("Cafe\u0301 Bandung", "Caf\u00e9 Bandung"),
    ("satu\u2028dua", "satu\ndua"),
    ("tab\tdi sini", "tab di sini"),
    ("bel\x07 berbunyi", "bel berbunyi"),
])
def test_normalize_text_cleans_without_changing_words(raw, expected):
    assert normalize_text(raw) == expected


@pytest.mark.parametrize("text", ["\u201cKami siap,\u201d kata dia.", "\u2018istilah\u2019 itu"])
def test_normalize_keeps_curly_quotes_for_direction(text):
    assert normalize_text(text) == text


STORY = "Harga beras naik menjadi Rp 13.500 per kilogram."


@pytest.mark.parametrize("line", [
    "Baca juga: Bulog Guyur 200.000 Ton Beras ke Pasar Selasa",
    "BACA JUGA : Presiden Minta Harga Turun 10 Persen",
    'Simak Video "Harga Cabai Tembus Rp 100 Ribu, Pedagang Mengeluh"',
    "Lihat juga \u2013 Warga Antre Minyak Goreng di Medan",
    "ADVERTISEMENT",
    "SCROLL TO CONTINUE WITH CONTENT",
    "Dapatkan update berita pilihan dan breaking news setiap hari dari Kompas.com.",
    "Simak breaking news dan berita pilihan kami langsung di ponselmu.",
])
def test_page_furniture_lines_are_dropped(line):
    text = normalize_text(f"{STORY}\n\n{line}\n\n{STORY}")
    assert text == f"{STORY}\n\n{STORY}"


@pytest.mark.parametrize("line", [
    "Baca juga bagaimana warga Cipinang menyiasati harga yang terus naik.",  # no title after the marker
    "Iklan rokok dilarang tayang di televisi sebelum pukul 21.30.",  # "iklan" starts it, but is not all of it
    ("Ikuti kami di lapangan, kata Budi, karena di sana warga akan melihat sendiri bagaimana beras dibagikan "
     "kepada keluarga yang terdampak banjir selama lebih dari dua pekan terakhir ini."),  # longer than a prompt
])
def test_story_lines_that_start_like_furniture_are_kept(line):
    assert line in normalize_text(f"{STORY}\n\n{line}")


def test_ascii_tables_map_as_the_translation_does():
    ascii_ = "".join(map(chr, range(128)))
    by_bytes = ascii_.encode("ascii").translate(_ASCII_TABLE, _ASCII_DROPPED).decode("ascii")
    assert by_bytes == ascii_.translate(_TRANSLATE)


def _settings() -> dict:
    """furniture.yaml's settings, and the link pattern: a marker, then ":" or the linked title, quoted or
    capitalised."""
    data = load("furniture")
    markers = "|".join(map(re.escape, data["links"]))
    link = re.compile(rf"(?i:{markers})\s*(?:[:\-\u2013\u2014]|[\"\u201c'A-Z])")
    return {"max_words": data["max_words"], "links": tuple(data["links"]), "prompts": tuple(data["prompts"]),
            "whole": frozenset(data["whole_lines"]), "link": link}


def _is_furniture_whole_line(line):
    """The furniture test read on the whole line, lower-cased."""
    settings = _settings()
    low = line.lower()
    marker = low.startswith(settings["prompts"]) or (low.startswith(settings["links"])
                                                     and settings["link"].match(line) is not None)
    return low.strip(" .:") in settings["whole"] or (len(line.split()) <= settings["max_words"] and marker)


def test_furniture_test_reads_only_what_it_needs():
    settings, is_furniture = _settings(), _furniture_test()
    lines = [line for p in sorted(DEV_GOLD.glob("*.txt")) for line in p.read_text(encoding="utf-8").split("\n")]
    for marker in [*settings["links"], *settings["prompts"], *settings["whole"]]:
        for form in (marker, marker.upper(), marker.title()):
            lines += [form, f"{form}: Judul", f" {form}.. ", f"{form} \u0130stanbul", f"{form}" + " kata" * 30]
    assert any(map(is_furniture, lines))
    for line in lines:
        assert is_furniture(line) == _is_furniture_whole_line(line), line
