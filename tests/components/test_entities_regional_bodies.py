"""Regional bodies and their short forms, end to end (tagger + rules + coreference, the KB warta ships): a party's
regional board with its region, a body's branch in a regency, a police unit's acronym before its Polda, a region
written by its syllables, a regional office's "Dis-" acronym, a unit named in brackets with its parent."""

from __future__ import annotations

import pytest

from .entity_builders import entities, mentions, names


@pytest.mark.parametrize("text,board", [
    ("Ketua DPW PKB Jawa Timur, Ahmad Iman, hadir dalam rapat itu.", "DPW PKB Jawa Timur"),
    ("Sekretaris DPD Partai Golkar Jawa Barat, Ade Ruhandi, menolak usulan itu.", "DPD Partai Golkar Jawa Barat"),
    ("Ketua DPC PDI Perjuangan Surabaya, Adi Sutarwijono, memimpin rapat.", "DPC PDI Perjuangan Surabaya"),
    ("Sekretaris DPD Partai Gerindra Maluku Utara, Ismail Marasabessy, menuding KPU lalai.",
     "DPD Partai Gerindra Maluku Utara"),
])
def test_a_partys_regional_board_with_its_region_is_one_organisation(text, board):
    assert names(text).get(board) == "ORG"


def test_a_partys_central_board_is_the_party():
    assert "Partai Golkar" in names("Ketua DPP Partai Golkar, Ahmad Doli, hadir.")


@pytest.mark.parametrize("text,board", [
    ("Kubu itu akan menggugat hasil munas ke Mahkamah Partai PBN pekan depan.", "Mahkamah Partai PBN"),
    ("Ratusan buruh yang tergabung dalam Dewan Pimpinan Cabang Serikat Pekerja Nasional berunjuk rasa.",
     "Dewan Pimpinan Cabang Serikat Pekerja Nasional"),
])
def test_a_regional_board_written_out_and_a_partys_court_are_one_organisation_with_the_body(text, board):
    assert names(text).get(board) == "ORG"


def test_a_kind_of_board_with_no_body_after_it_names_nothing():
    found = names("Hak suara dimiliki 38 Dewan Pimpinan Wilayah (DPW) dan 514 Dewan Pimpinan Cabang (DPC) partai.")
    assert not [n for n in found if n.startswith("Dewan Pimpinan")]


@pytest.mark.parametrize("text,branch", [
    ("Relawan PMI Kabupaten Bekasi membuka pos kesehatan di halaman masjid.", "PMI Kabupaten Bekasi"),
    ("MUI Kota Bogor mengeluarkan fatwa soal kurban.", "MUI Kota Bogor"),
])
def test_a_body_and_the_region_its_head_word_names_are_one_branch(text, branch):
    assert names(text).get(branch) == "ORG"


def test_a_body_glued_to_a_province_without_a_head_word_is_two_names():
    found = names("Kader PAN Sulsel hadir dalam rapat.")
    assert found.get("PAN") == "ORG" and found.get("Sulsel") == "LOC"


@pytest.mark.parametrize("text,unit", [
    ("Kemarin penyidik Ditressiber Polda Jabar memeriksa empat saksi.", "Ditressiber Polda Jabar"),
    ("Kapal Polairud Polda Bali juga dikerahkan ke lokasi.", "Polairud Polda Bali"),
    ("Kemarin penyidik Satreskrim Polres Bogor memeriksa dua saksi.", "Satreskrim Polres Bogor"),
])
def test_a_police_units_acronym_before_its_command_is_one_unit(text, unit):
    assert names(text).get(unit) == "ORG"


@pytest.mark.parametrize("text,name,short", [
    ("Bawaslu Provinsi Maluku Utara memeriksa laporan. Nurhaya menyebut Bawaslu Malut sudah memeriksa saksi.",
     "Bawaslu Provinsi Maluku Utara", "Bawaslu Malut"),
    ("Dinas Kesehatan Provinsi Jawa Barat mencatat kasus baru. Kepala Dinkes Jabar mengatakan kasus naik.",
     "Dinas Kesehatan Provinsi Jawa Barat", "Dinkes Jabar"),
    ("Kepolisian Daerah Jawa Timur menyelidiki kasus itu. Polda Jatim memeriksa saksi.",
     "Kepolisian Daerah Jawa Timur", "Polda Jatim"),
])
def test_a_region_written_by_its_syllables_is_the_same_body(text, name, short):
    assert short in mentions(text).get(name, set())


def test_a_region_whose_syllables_differ_is_another_body():
    found = mentions("Dinas Kesehatan Provinsi Jawa Timur mencatat kasus. Kepala Dinkes Jabar mengatakan kasus naik.")
    assert "Dinkes Jabar" not in found.get("Dinas Kesehatan Provinsi Jawa Timur", set())


def test_a_regional_offices_dis_acronym_is_the_office():
    text = ("Kepala Dinas Komunikasi dan Informatika Kabupaten Bandung Barat, Euis Rohaeni, menampik tudingan itu. "
            "Menurutnya, Diskominfo Bandung Barat rutin memperbarui server.")
    assert "Diskominfo Bandung Barat" in mentions(text).get(
        "Dinas Komunikasi dan Informatika Kabupaten Bandung Barat", set())


def test_a_units_short_name_defined_with_its_parent_in_brackets():
    text = ("Direktorat Jenderal Kependudukan dan Pencatatan Sipil Kementerian Dalam Negeri (Dukcapil Kemendagri) "
            "menonaktifkan akses itu. Sekretaris Ditjen Dukcapil, Yosias Kogoya, memastikan data aman. "
            "\"Segera lapor ke Dukcapil,\" tutur Yosias.")
    found = mentions(text)
    name = "Direktorat Jenderal Kependudukan dan Pencatatan Sipil Kementerian Dalam Negeri"
    assert {"Dukcapil Kemendagri", "Ditjen Dukcapil", "Dukcapil"} <= found.get(name, set())
    assert "Dukcapil" not in found


@pytest.mark.parametrize("text,name,alias", [
    ("Pemerintah Provinsi (Pemprov) NTT meminjam Rp 1,1 triliun dari PT SMI.", "Pemerintah Provinsi NTT",
     "Pemprov NTT"),
    ("Wahana Lingkungan Hidup Indonesia (Walhi) Sulawesi Tengah menggugat izin tambang itu.",
     "Wahana Lingkungan Hidup Indonesia Sulawesi Tengah", "Walhi Sulawesi Tengah"),
])
def test_a_body_written_around_its_acronym_is_named_with_its_region(text, name, alias):
    found = {e.name: e for e in entities(text)}
    assert name in found and found[name].type == "ORG" and alias in found[name].aliases


def test_a_short_form_defined_in_brackets_names_that_body_not_the_one_it_begins_with():
    found = mentions("Aset itu milik PT Kereta Api Indonesia (Persero) atau KAI. KAI Commuter membantah lalai. Manajer "
                     "Humas PT Kereta Commuter Indonesia (KAI Commuter), Adrian Pratama, meminta maaf.")
    assert "KAI Commuter" in found["PT Kereta Commuter Indonesia"]
    assert "KAI Commuter" not in found["PT Kereta Api Indonesia (Persero)"]


def test_an_office_whose_region_follows_its_acronym_is_not_the_same_office_of_another_region():
    found = mentions("Kepala Dinas Kesehatan Provinsi NTT, dr. Yakobus Taneo, meninjau rumah sakit. Kepala Dinas "
                     "Kesehatan (Dinkes) Kota Kupang, drg. Maria Fransiska, menyebut kasus naik. Warga menunggu jadwal "
                     "pengasapan dari Dinkes Kota Kupang.")
    assert "Dinkes Kota Kupang" in found["Dinas Kesehatan Kota Kupang"]
    assert "Dinkes Kota Kupang" not in found["Dinas Kesehatan Provinsi NTT"]


def test_a_branch_written_after_the_acronym_is_part_of_the_bodys_name_and_its_short_form():
    found = mentions("Kepala Kantor Komisi Nasional Hak Asasi Manusia (Komnas HAM) Perwakilan Kalimantan Barat, Dr. "
                     "Nurhayati, menyebut pihaknya menerima aduan. Komnas HAM Perwakilan Kalbar dijadwalkan memanggil "
                     "manajemen perusahaan.")
    assert "Komnas HAM Perwakilan Kalbar" in found["Komisi Nasional Hak Asasi Manusia Perwakilan Kalimantan Barat"]


@pytest.mark.parametrize("text,full,other", [
    ("Kepala Dinas Kehutanan Provinsi Sumatera Barat, Budi, membantah lalai. Dinas Kehutanan Sumbar menyebut patroli "
     "rutin digelar.", "Dinas Kehutanan Provinsi Sumatera Barat", "Dinas Kehutanan Sumbar"),
    ("Polda Jawa Timur menangkap dua tersangka. Polda Jatim lalu menahan keduanya.", "Polda Jawa Timur", "Polda Jatim"),
])
def test_a_body_written_again_with_another_form_of_its_region_is_the_same_body(text, full, other):
    assert other in mentions(text)[full]


def test_the_same_office_of_a_city_and_of_a_regency_of_one_name_are_two_bodies():
    found = names("Dinas Kesehatan Kota Kupang mencatat 40 kasus. Dinas Kesehatan Kabupaten Kupang mencatat 12 kasus.")
    assert {"Dinas Kesehatan Kota Kupang", "Dinas Kesehatan Kabupaten Kupang"} <= set(found)


def test_an_english_name_without_its_article_is_the_same_body():
    found = mentions("Ketua Umum The Jakmania, Diky Soemarno, meminta suporter tenang. Jakmania tidak akan datang ke "
                     "Bandung.")
    assert "Jakmania" in found["The Jakmania"]


def test_a_body_written_again_by_its_head_word_acronym_and_region_is_the_body_defined_in_brackets():
    found = mentions("Kepala Dinas Pekerjaan Umum dan Penataan Ruang (PUPR) Kabupaten Musi Rawas Utara, Budi, ditahan. "
                     "Dinas PUPR Muratara menolak berkomentar.")
    assert "Dinas PUPR Muratara" in found["Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Musi Rawas Utara"]

