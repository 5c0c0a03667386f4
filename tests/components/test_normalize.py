import pytest

from warta.components.normalize import normalize_text


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
