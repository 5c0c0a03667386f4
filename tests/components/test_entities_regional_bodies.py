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


_KAI = ("Aset itu milik PT Kereta Api Indonesia (Persero) atau KAI. KAI Commuter membantah lalai. Manajer Humas PT "
        "Kereta Commuter Indonesia (KAI Commuter), Adrian Pratama, meminta maaf.")
_DINKES = ("Kepala Dinas Kesehatan Provinsi NTT, dr. Yakobus Taneo, meninjau rumah sakit. Kepala Dinas Kesehatan "
           "(Dinkes) Kota Kupang, drg. Maria Fransiska, menyebut kasus naik. Warga menunggu jadwal pengasapan dari "
           "Dinkes Kota Kupang.")


@pytest.mark.parametrize("text,body,form", [
    # a short form defined in brackets names that body, not the one it begins with
    (_KAI, "PT Kereta Commuter Indonesia", "KAI Commuter"),
    # an office whose region follows its acronym is that region's office
    (_DINKES, "Dinas Kesehatan Kota Kupang", "Dinkes Kota Kupang"),
    # a branch written after the acronym is part of the body's name and of its short form
    ("Kepala Kantor Komisi Nasional Hak Asasi Manusia (Komnas HAM) Perwakilan Kalimantan Barat, Dr. Nurhayati, "
     "menyebut pihaknya menerima aduan. Komnas HAM Perwakilan Kalbar dijadwalkan memanggil manajemen perusahaan.",
     "Komisi Nasional Hak Asasi Manusia Perwakilan Kalimantan Barat", "Komnas HAM Perwakilan Kalbar"),
    # the region in another form the KB knows
    ("Kepala Dinas Kehutanan Provinsi Sumatera Barat, Budi, membantah lalai. Dinas Kehutanan Sumbar menyebut patroli "
     "rutin digelar.", "Dinas Kehutanan Provinsi Sumatera Barat", "Dinas Kehutanan Sumbar"),
    ("Polda Jawa Timur menangkap dua tersangka. Polda Jatim lalu menahan keduanya.", "Polda Jawa Timur", "Polda Jatim"),
    # an English name without its article
    ("Ketua Umum The Jakmania, Diky Soemarno, meminta suporter tenang. Jakmania tidak akan datang ke Bandung.",
     "The Jakmania", "Jakmania"),
    # the head word, the acronym and the region in another form: the body its bracket defined
    ("Kepala Dinas Pekerjaan Umum dan Penataan Ruang (PUPR) Kabupaten Musi Rawas Utara, Budi, ditahan. Dinas PUPR "
     "Muratara menolak berkomentar.", "Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Musi Rawas Utara",
     "Dinas PUPR Muratara"),
])
def test_a_body_written_again_in_another_form_is_the_same_body(text, body, form):
    assert form in mentions(text)[body]


@pytest.mark.parametrize("text,other,form", [
    (_KAI, "PT Kereta Api Indonesia (Persero)", "KAI Commuter"),
    (_DINKES, "Dinas Kesehatan Provinsi NTT", "Dinkes Kota Kupang"),
])
def test_a_short_form_of_one_body_is_no_mention_of_the_body_its_words_begin_alike(text, other, form):
    assert form not in mentions(text)[other]


def test_the_same_office_of_a_city_and_of_a_regency_of_one_name_are_two_bodies():
    found = names("Dinas Kesehatan Kota Kupang mencatat 40 kasus. Dinas Kesehatan Kabupaten Kupang mencatat 12 kasus.")
    assert {"Dinas Kesehatan Kota Kupang", "Dinas Kesehatan Kabupaten Kupang"} <= set(found)
