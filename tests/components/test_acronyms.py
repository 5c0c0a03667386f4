"""Whether a short form spells a longer name (acronyms.py), one row per Indonesian example."""

from __future__ import annotations

import pytest

from warta.components.acronyms import abbreviates, syllables_spell


@pytest.mark.parametrize("short,name,expected", [
    # initials, with the head word or without it
    ("BNPB", "Badan Nasional Penanggulangan Bencana", True),
    ("PSSI", "Persatuan Sepak Bola Seluruh Indonesia", True),
    # syllables of the words
    ("Pemprov", "Pemerintah Provinsi", True),
    ("Dinsos", "Dinas Sosial", True),
    # a regional office's "Dis": dinas's start and last letter
    ("Diskominfo", "Dinas Komunikasi dan Informatika", True),
    ("Disperindag", "Dinas Perindustrian dan Perdagangan", True),
    ("Dishub", "Dinas Perhubungan", True),
    # words kept at the start or the end, an acronym for those between (an ampersand spells nothing)
    ("Hyundai E&C", "Hyundai Engineering & Construction", True),
    ("GKI di Tanah Papua", "Gereja Kristen Injili di Tanah Papua", True),
    ("PT KAI", "PT Kereta Api Indonesia", True),
    ("BPBD Lebak", "Badan Penanggulangan Bencana Daerah Lebak", True),
    # not: other words kept, no word kept, or letters that are not the initials between
    ("Jawa Timur", "Jawa Tengah", False),
    ("Bank BRI", "Bank Rakyat Indonesia", False),
    ("Hyundai KC", "Hyundai Engineering & Construction", False),
    ("KPU", "Badan Pengawas Pemilu", False),
    ("Diskominfo", "Dinas Kesehatan", False),
    ("Disdik", "Dinas Sosial", False),
])
def test_abbreviates(short, name, expected):
    assert abbreviates(short, name) is expected


@pytest.mark.parametrize("short,name,expected", [
    ("Dinkes Sikka", "Dinas Kesehatan Kabupaten Sikka", True),
    ("Diskominfo Bandung Barat", "Dinas Komunikasi dan Informatika Kabupaten Bandung Barat", True),
    ("Polda NTB", "Kepolisian Daerah Nusa Tenggara Barat", True),
    ("Diskominfo Bandung Barat", "Dinas Komunikasi dan Informatika Kabupaten Bandung", False),
    ("Disdik Sikka", "Dinas Kesehatan Kabupaten Sikka", False),
])
def test_syllables_spell_with_the_place(short, name, expected):
    assert syllables_spell(short, name) is expected
