"""Names whose extent, type or entity the words around them decide, end to end (tagger + rules + coreference, the
KB warta ships): a village named alone later, a country naming a currency, a retired officer's rank, a nickname
given after a title, a pair of running mates, a company's legal form after a comma, place head words."""

from __future__ import annotations

import pytest

from .entity_builders import entities


def names(text: str) -> dict[str, str]:
    return {e.name: e.type for e in entities(text)}


def mentions(text: str) -> dict[str, set[str]]:
    return {e.name: {text[m.start:m.end] for m in e.mentions} for e in entities(text)}


def test_a_village_named_alone_later_is_the_village():
    text = ("Air sungai di Desa Wangisagara berubah hitam. Gubernur Jawa Barat Dedi Mulyadi mendatangi Wangisagara "
            "pada Senin sore.")
    found = mentions(text)
    assert "Wangisagara" in found.get("Desa Wangisagara", set())
    assert "Wangisagara" not in found


@pytest.mark.parametrize("text,country", [
    ("Total hadiah turnamen itu mencapai 1,45 juta dolar AS.", "AS"),
    ("Harga paket wisata itu 300 dolar Singapura per orang.", "Singapura"),
])
def test_a_country_naming_a_currency_is_no_place(text, country):
    assert country not in names(text)


def test_a_country_named_elsewhere_stays_with_its_currency():
    assert names("Presiden AS Donald Trump menyebut nilai 5 miliar dolar AS terlalu kecil.").get("AS") == "LOC"


@pytest.mark.parametrize("text,person", [
    ("Juru Bicara BSSN, Brigjen TNI (Purn.) Ariandi Putra, mengatakan hasil forensik keluar.", "Ariandi Putra"),
    ("Mayjen TNI (Purn) Budi Santoso hadir dalam acara itu.", "Budi Santoso"),
])
def test_a_retired_officers_corps_is_part_of_the_rank(text, person):
    found = names(text)
    assert found.get(person) == "PER" and "TNI" not in found


def test_a_nickname_after_a_title_is_the_title_holders():
    text = ("Menteri Sosial Saifullah Yusuf meninjau posko. \"Kami siap,\" kata Mensos yang akrab disapa Gus Ipul "
            "itu.")
    found = mentions(text)
    assert "Gus Ipul" in found.get("Saifullah Yusuf", set())
    assert "Mensos" not in found


def test_a_pair_of_running_mates_is_no_person():
    text = ("Pasangan nomor urut 1, Abdul Rahim Sangaji dan Stevanus Tjoa, menang di tujuh kecamatan. Pasangan "
            "Ubaidillah bin Salim dan Nurlela Hasan menggugat. Hakim menyatakan Rahim-Stevanus unggul, tetapi PKB "
            "mendukung Ubaid-Nurlela.")
    found = names(text)
    assert "Rahim-Stevanus" not in found and "Ubaid-Nurlela" not in found
    assert found.get("Abdul Rahim Sangaji") == "PER"


def test_a_hyphenated_name_that_is_no_pair_stays():
    assert names("Pesawat itu mendarat di Bandara Soekarno-Hatta kemarin.").get("Bandara Soekarno-Hatta") == "LOC"


@pytest.mark.parametrize("text,company", [
    ("Koperasi itu meneken kontrak dengan importir asal Jepang, Yamato Coffee Trading Co., Ltd., di Takengon.",
     "Yamato Coffee Trading Co., Ltd"),
    ("Ia bekerja di Samsung Electronics Co., Ltd., sejak 2010.", "Samsung Electronics Co., Ltd"),
])
def test_a_companys_legal_form_after_a_comma_is_part_of_its_name(text, company):
    assert names(text).get(company) == "ORG"


def test_myanmars_senior_general_is_a_rank():
    assert "Min Aung Hlaing" in names("Utusan itu akan menemui Jenderal Senior Min Aung Hlaing pekan depan.")


@pytest.mark.parametrize("text,place", [
    ("Banjir terjadi setelah Kali Cikarang Bekasi Laut (CBL) dan Kali Bekasi meluap.", "Kali Bekasi"),
    ("Kontrak itu diteken di Pendopo Bupati Aceh Tengah kemarin.", "Pendopo Bupati Aceh Tengah"),
    ("Perusahaan itu memilih kopi dari Tanah Gayo karena rasanya stabil.", "Tanah Gayo"),
    ("Menteri berencana meninjau Pelatnas Cipayung pekan depan.", "Pelatnas Cipayung"),
])
def test_place_head_words(text, place):
    assert names(text).get(place) == "LOC"


@pytest.mark.parametrize("text", ["Kali ini tim tamu menang.", "Tanah longsor menimbun tiga rumah."])
def test_place_head_words_before_a_common_word_name_nothing(text):
    assert names(text) == {}


def test_a_regions_government_ends_before_dan():
    found = names("Komdigi akan memanggil Pemkab Bandung Barat dan KodeRakyat untuk dimintai klarifikasi.")
    assert "Pemkab Bandung Barat" in found
    assert not any("KodeRakyat" in name and name != "KodeRakyat" for name in found)
