"""Quotation marks: quotations, quoted terms and quotations set over several paragraphs."""

import pytest

from warta.components.quote_marks import find_regions


@pytest.mark.parametrize("text, expected", [
    ('"Kami siap," kata Budi.', [("Kami siap", True)]),
    ("\u201cKami siap,\u201d kata Budi.", [("Kami siap", True)]),
    ('Budi mengatakan, "Kami siap."', [("Kami siap.", True)]),
    ('Perry menegaskan: "Kami tidak ragu."', [("Kami tidak ragu.", True)]),
    ('Ia disebut "sasaran yang adil" bagi Ukraina.', [("sasaran yang adil", False)]),
    ('Tema KTT adalah "ASEAN Matters: Epicentrum of Growth".', [("ASEAN Matters: Epicentrum of Growth", False)]),
    ('"Laskar Pelangi" menjadi film terlaris.', [("Laskar Pelangi", False)]),
    ('"Ya," kata Budi, "kami siap."', [("Ya", True), ("kami siap.", True)]),
    ("\"Terakhir dia bilang, 'Bu, tolong.' Lalu hilang,\" ucap Warsini.",
     [("Terakhir dia bilang, 'Bu, tolong.' Lalu hilang", True)]),
    ('STY menegaskan, "Kami harus tenang.', [("Kami harus tenang.", True)]),
    # curly single quotes as quotation marks, in a paragraph with no double marks
    ("\u2018Kami akan banding,\u2019 kata Febri.", [("Kami akan banding", True)]),
    ("Ani mengatakan: \u2018Pasar ini kami tutup sementara.\u2019", [("Pasar ini kami tutup sementara.", True)]),
    ("Salat Jum\u2019at digelar. \u2018Kami siap,\u2019 kata Budi pada Jum\u2019at pagi.", [("Kami siap", True)]),
    ("Warga menyebut kawasan itu \u2018kampung hantu\u2019 sejak banjir.", [("kampung hantu", False)]),
    ("\u2018Ngabuburit\u2019 berasal dari bahasa Sunda.", [("Ngabuburit", False)]),
    ("Kata \u2018Qur\u2019an\u2019 ditulis dengan apostrof.", [("Qur\u2019an", False)]),
])
def test_regions_and_their_class(text, expected):
    assert [(text[r.start:r.end], r.quotation) for r in find_regions(text)] == expected


def test_an_open_quotation_continues_in_the_next_paragraph_that_opens_with_a_mark():
    text = 'Ia berkata, "Kami harus tenang.\n"Kami punya empat hari."\nLalu ia pergi.'
    first, second = find_regions(text)
    assert first.close is None and first.continues is second
    assert second.continues is None


def test_headline_is_skipped():
    text = 'Jokowi: "Kita Harus Bersatu"\n\n"Kami siap," kata Budi.'
    assert [text[r.start:r.end] for r in find_regions(text, skip_until=text.index("\n"))] == ["Kami siap"]
