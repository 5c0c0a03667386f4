"""Names whose extent, type or entity the words around them decide, end to end (tagger + rules + coreference, the
KB warta ships): a village named alone later, a country naming a currency, a retired officer's rank, nicknames,
a pair of running mates, a company's legal form after a comma, head words, titles and the names after them."""

from __future__ import annotations

import pytest

from .entity_builders import mentions, names


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
    ("Menteri berencana meninjau Pelatnas Cipayung pekan depan.", "Pelatnas Cipayung"),
])
def test_place_head_words(text, place):
    assert names(text).get(place) == "LOC"


@pytest.mark.parametrize("text", ["Kali ini tim tamu menang.", "Pendopo itu dibangun pada 1901."])
def test_place_head_words_before_a_common_word_name_nothing(text):
    assert names(text) == {}


def test_a_regions_government_ends_before_dan():
    found = names("Komdigi akan memanggil Pemkab Bandung Barat dan KodeRakyat untuk dimintai klarifikasi.")
    assert "Pemkab Bandung Barat" in found
    assert not any("KodeRakyat" in name and name != "KodeRakyat" for name in found)


def test_a_title_holder_named_after_a_comma_leaves_the_complement_whole():
    text = ("PT Astra Agro Lestari Tbk mengirimkan 20 ton beras. Head of Corporate Communications Astra Agro, "
            "Ferdinand Tjahjadi, mengatakan perusahaan siap membantu.")
    found = mentions(text)
    assert "Astra Agro" in found.get("PT Astra Agro Lestari Tbk", set())
    assert "Agro" not in found and found.get("Ferdinand Tjahjadi") == {"Ferdinand Tjahjadi"}


def test_initials_after_an_alias_cue_are_a_nickname():
    text = "Gubernur Sulawesi Barat Suhardi Duka, yang akrab disapa SDK, mengimbau warga tidak panik."
    assert "SDK" in mentions(text).get("Suhardi Duka", set())


def test_a_partys_faction_after_dan_starts_another_name():
    found = names("Fraksi Partai Golkar dan Fraksi Partai Gerindra mendukung pinjaman itu.")
    assert found.get("Partai Golkar") == "ORG" and found.get("Partai Gerindra") == "ORG"


def test_a_bishops_title_honorific_and_order_stay_out_of_his_name():
    found = names("Uskup Timika Mgr. Bernardus Bofitwos Baru, OSA, menyerukan perdamaian.")
    assert found.get("Bernardus Bofitwos Baru") == "PER" and "OSA" not in found


def test_a_unit_and_its_body_spelled_by_two_acronyms_in_brackets_are_one_name():
    text = "Aksi yang dimotori Badan Eksekutif Mahasiswa Universitas Negeri Makassar (BEM UNM) itu berakhir ricuh."
    assert names(text).get("Badan Eksekutif Mahasiswa Universitas Negeri Makassar") == "ORG"


@pytest.mark.parametrize("text,name,kind", [
    ("Setibanya di pelabuhan, BP3MI Kepulauan Riau memfasilitasi kepulangan mereka.", "BP3MI Kepulauan Riau", "ORG"),
    ("Mereka sempat ditahan di pusat detensi imigrasi Syumaisi, dekat Mekkah.", "Syumaisi", "LOC"),
    ("Mahasiswa berkumpul di Menara Pinisi UNM sejak pagi.", "Menara Pinisi UNM", "LOC"),
])
def test_more_heads_and_cues(text, name, kind):
    assert names(text).get(name) == kind


def test_an_english_chief_officer_title_is_no_part_of_the_name():
    found = names("Chief Investment Officer Danantara Pandu Sjahrir mengatakan pembelian akan dimulai.")
    assert found.get("Pandu Sjahrir") == "PER"


def test_a_baptismal_names_latin_ending_may_be_dropped():
    text = "\"Valuasi akan tertahan,\" ujar Robert saat dihubungi. Analis Robertus Hardy Tanoto menilai saham murah."
    assert mentions(text).get("Robertus Hardy Tanoto") == {"Robert", "Robertus Hardy Tanoto"}


def test_a_unit_ending_with_its_acronym_joins_its_command():
    assert names("Polisi mengerahkan 60 personel PJR Ditlantas Polda Jawa Tengah.").get(
        "PJR Ditlantas Polda Jawa Tengah") == "ORG"


def test_a_ministers_portfolio_alone_names_no_one():
    found = names("Ia mengingatkan, Peraturan Bersama Menteri Agama dan Menteri Dalam Negeri sudah mengatur itu.")
    assert "Agama" not in found


def test_a_person_after_an_honorific_ending_with_a_place_word_is_a_person():
    assert names("Uskup Timika Mgr. Bernardus Bofitwos Baru, OSA, memimpin misa.").get(
        "Bernardus Bofitwos Baru") == "PER"


def test_an_english_body_ending_with_committee_is_no_person():
    text = ("Bantuan dari Kementerian Luar Negeri (Kemlu) bersama Badan Amil Zakat Nasional (Baznas) dan Medical "
            "Emergency Rescue Committee (MER-C) itu akan diberangkatkan.")
    assert names(text).get("Medical Emergency Rescue Committee") == "ORG"
