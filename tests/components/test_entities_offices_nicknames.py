"""Persons after a village official's title, offices named by a place, a regional council's commission, units named
with their body and nicknames given with "akrab disapa", end to end with the KB warta ships; one row per
Indonesian example."""

from __future__ import annotations

import pytest

from .entity_builders import by_name


@pytest.mark.parametrize("text,person,title", [
    ("Kepala Desa Sri Mulyani mengatakan warga sudah dievakuasi ke balai desa.", "Sri Mulyani", "Kepala Desa"),
    ("Kepala Desa Siti Nurbaya meminta warga tetap waspada malam ini.", "Siti Nurbaya", "Kepala Desa"),
    ("Kepala Desa Sri Mulyani Indrawati menerima bantuan beras.", "Sri Mulyani Indrawati", "Kepala Desa"),
])
def test_a_person_the_kb_knows_after_a_village_officials_title_is_a_person(text, person, title):
    found = by_name(text)
    assert person in found and found[person].type == "PER" and title in found[person].titles
    assert not any(e.type == "LOC" for e in found.values())  # not a village named after the person


@pytest.mark.parametrize("text,person", [
    ("Kepala Desa Sri Mulyani mengatakan warga sudah dievakuasi ke balai desa.", "Sri Mulyani"),
    ("Kepala Desa Siti Nurbaya meminta warga tetap waspada malam ini.", "Siti Nurbaya"),
    ("Kades Siti Nurbaya meminta warga tetap waspada malam ini.", "Siti Nurbaya"),
])
def test_a_village_official_is_not_linked_to_the_minister_of_that_short_name(text, person):
    assert by_name(text)[person].kb is None


def test_a_village_the_kb_does_not_know_as_a_person_stays_a_village():
    found = by_name("Kepala Desa Toboli, Moh. Ridwan, mengatakan jalan desa putus.")
    assert found["Desa Toboli"].type == "LOC" and found["Moh. Ridwan"].type == "PER"


@pytest.mark.parametrize("text,org,person,title", [
    ("Kepala Kantor Imigrasi Soekarno-Hatta Andi Saputra mengatakan tiga WNA dideportasi.",
     "Kantor Imigrasi Soekarno-Hatta", "Andi Saputra", "Kepala Kantor Imigrasi Soekarno-Hatta"),
    ("Kepala Balai Karantina Soekarno-Hatta Rina Marlina meninjau gudang pendingin.",
     "Balai Karantina Soekarno-Hatta", "Rina Marlina", "Kepala Balai Karantina Soekarno-Hatta"),
    ("Ketua Yayasan Kasih-Bunda Siti Aminah menyerahkan bantuan kepada panti.",
     "Yayasan Kasih-Bunda", "Siti Aminah", "Ketua Yayasan Kasih-Bunda"),
    ("Kepala Imigrasi Ngurah Rai Made Sutrisna mengatakan pemeriksaan diperketat.",
     "Imigrasi Ngurah Rai", "Made Sutrisna", "Kepala Imigrasi Ngurah Rai"),
    ("Kepala Karantina Ngurah Rai Komang Adi menyebut sapi itu sehat.",
     "Karantina Ngurah Rai", "Komang Adi", "Kepala Karantina Ngurah Rai"),
    ("Kepala Imigrasi Soekarno-Hatta Heru Prasetyo memeriksa dokumen penumpang.",
     "Imigrasi Soekarno-Hatta", "Heru Prasetyo", "Kepala Imigrasi Soekarno-Hatta"),
    ("Kepala Imigrasi Tanjung Priok Rudi Hartono menerima laporan awak kapal.",
     "Imigrasi Tanjung Priok", "Rudi Hartono", "Kepala Imigrasi Tanjung Priok"),
    ("Kepala Imigrasi Jakarta Utara Budi Santoso menunda layanan paspor.",
     "Imigrasi Jakarta Utara", "Budi Santoso", "Kepala Imigrasi Jakarta Utara"),
])
def test_an_office_named_by_its_place_is_one_organisation_before_the_person(text, org, person, title):
    found = by_name(text)
    assert found[org].type == "ORG" and found[person].type == "PER" and found[person].titles == [title]


def test_a_service_office_named_by_an_airport_before_a_comma_is_one_organisation():
    found = by_name("Kepala Imigrasi Ngurah Rai, Made Sutrisna, mengatakan pemeriksaan diperketat.")
    assert found["Imigrasi Ngurah Rai"].type == "ORG" and found["Made Sutrisna"].type == "PER"


@pytest.mark.parametrize("text,commission", [
    ("Komisi I DPRD Bali menggelar rapat dengan dinas pariwisata.", "Komisi I"),
    ("Ketua Komisi II DPRD Sumatera Barat, Hidayat, hadir. Komisi II lalu menemui petani.", "Komisi II"),
])
def test_a_regional_councils_commission_is_not_the_dprs(text, commission):
    assert by_name(text)[commission].kb is None


def test_the_dprs_commission_keeps_its_link_and_the_dpr_is_named_once():
    found = by_name("Komisi III DPR memanggil Kapolri pekan depan.")
    assert found["Komisi III"].kb is not None
    assert [m.text for m in found["DPR"].mentions] == ["DPR"]


@pytest.mark.parametrize("text,person,nickname", [
    (("Sumanto, yang akrab disapa Kang Manto, membuka warung sejak 2010. Menurut Kang Manto, pembeli ramai "
      "setiap akhir pekan."), "Sumanto", "Manto"),
    ("Warga Sleman, Suparmi atau yang akrab disapa Mbok Parmi, berjualan gudeg. Mbok Parmi mengaku untung tipis.",
     "Suparmi", "Parmi"),
    ("Slamet Riyadi yang akrab dipanggil Cak Met menjadi ketua kelompok. Cak Met mengatakan panen bagus.",
     "Slamet Riyadi", "Cak Met"),
])
def test_a_nickname_given_with_akrab_disapa_is_the_persons_alias(text, person, nickname):
    found = by_name(text)
    persons = [e for e in found.values() if e.type == "PER"]
    assert [e.name for e in persons] == [person]
    assert nickname in persons[0].aliases
    assert [m.text for m in persons[0].mentions].count(nickname) == 2  # the later mention too


@pytest.mark.parametrize("text,person,later", [
    # the nickname said later without its form of address
    ("Pedagang beras Abdul Rosyid alias Cak Ocid mengaku omzetnya turun. Ocid berharap harga segera turun.",
     "Abdul Rosyid", "Ocid"),
    # "sapaan akrabnya": the person named last before it
    ("Juru bicara Kemlu Rolliansyah Soemirat menyebut Indonesia siap. Menurut Roy, sapaan akrabnya, Bali disiapkan "
     "sebagai lokasi pertemuan.", "Rolliansyah Soemirat", "Roy"),
    # the full name after the cue, of two words
    ("Kiki, sapaan akrab Rizky Pratama, hadir di lokasi. Rizky Pratama lalu pulang.", "Rizky Pratama", "Kiki"),
])
def test_a_nickname_said_again_is_the_person(text, person, later):
    persons = [e for e in by_name(text).values() if e.type == "PER"]
    assert [e.name for e in persons] == [person] and later in [m.text for m in persons[0].mentions]


def test_a_short_form_already_matched_to_its_name_is_not_given_to_the_person_before():
    text = ("Kepala Dinas Pendidikan NTT, Fransiskus Xaverius Lake Djawa, hadir bersama Ketua DPRD NTT Syarifah Nur. "
            "Menurut Frans, sapaan akrabnya, data guru terlambat.")
    found = by_name(text)
    assert "Frans" in [m.text for m in found["Fransiskus Xaverius Lake Djawa"].mentions]
    assert "Frans" not in [m.text for m in found["Syarifah Nur"].mentions]


def test_a_foreign_ministers_nickname_the_kb_knows():
    text = "Menlu Malaysia Mohamad Hasan mendukung usulan itu. \"Resolusi ini harus tegas,\" kata Tok Mat."
    persons = [e for e in by_name(text).values() if e.type == "PER"]
    assert [e.name for e in persons] == ["Mohamad Hasan"] and "Tok Mat" in [m.text for m in persons[0].mentions]


@pytest.mark.parametrize("text,name,kind", [
    ("Satgas Pangan Polresta Surakarta menyita 12 ton beras oplosan.", "Satgas Pangan Polresta Surakarta", "ORG"),
    ("Komite Disiplin PSSI menjatuhkan denda kepada klub itu.", "Komite Disiplin PSSI", "ORG"),
    ("Penyidik Direktorat Reserse Siber Polda Bali memeriksa saksi.", "Direktorat Reserse Siber Polda Bali", "ORG"),
    ("Subdit Siber Direktorat Reserse Kriminal Khusus Polda Bali menangkap pelaku.",
     "Subdit Siber Direktorat Reserse Kriminal Khusus Polda Bali", "ORG"),
    ("Detasemen Khusus 88 Antiteror Polri menangkap tiga orang.", "Detasemen Khusus 88 Antiteror Polri", "ORG"),
    ("Dewan Syura PKB menggelar rapat pleno.", "Dewan Syura PKB", "ORG"),
    ("Penyidik Ditreskrimsus Polda Sumbar memeriksa dua pengelola.", "Ditreskrimsus Polda Sumbar", "ORG"),
    ("Massa berkumpul di Gedung Merah Putih KPK sejak pagi.", "Gedung Merah Putih KPK", "LOC"),
    # a hyphenated prefix inside the unit's name, which is then no route's two ends
    ("Tim Satuan Tugas Anti-Mafia Tanah Polda Metro Jaya menangkap tiga tersangka.",
     "Satuan Tugas Anti-Mafia Tanah Polda Metro Jaya", "ORG"),
])
def test_a_unit_named_with_its_body_is_one_entity(text, name, kind):
    found = by_name(text)
    assert list(found) == [name] and found[name].type == kind


@pytest.mark.parametrize("text,names", [
    # a parliament's commission and the parliament are two (GUIDELINES), so are a body and its ministry
    ("Ketua Komisi III DPR menolak usulan itu.", ["Komisi III", "DPR"]),
    ("Badan Geologi Kementerian ESDM mencatat gempa susulan.", ["Badan Geologi", "Kementerian ESDM"]),
])
def test_a_body_of_its_own_stays_apart_from_the_body_after_it(text, names):
    assert sorted(by_name(text)) == sorted(names)


@pytest.mark.parametrize("text,names", [
    # a unit's long syllable acronym in brackets, said again after a title: the unit, no person
    ("Direktorat Tindak Pidana Siber (Dittipidsiber) Bareskrim Polri memeriksa tiga direksi. Timnya berkoordinasi "
     "dengan penyidik Dittipidsiber sejak pekan lalu.",
     {"Direktorat Tindak Pidana Siber": "ORG", "Bareskrim Polri": "ORG"}),
    # a place in brackets after a body is no acronym of it
    ("Mahasiswa Universitas Gadjah Mada (Yogyakarta) berdemo.",
     {"Universitas Gadjah Mada": "ORG", "Yogyakarta": "LOC"}),
    # a rank after a place head starts the person: the head names no place
    ("Kapolresta Kupang Kota Kombes Pol. Aldinan Manurung mengatakan situasi aman.",
     {"Kupang": "LOC", "Aldinan Manurung": "PER"}),
    # an association's branch in a province after a title: one name, no person in it
    ("Ketua PGRI Provinsi NTT, Drs. Yohanes Bria, hadir dalam pertemuan itu.",
     {"PGRI Provinsi NTT": "ORG", "Yohanes Bria": "PER"}),
    # ... a party's regional board: the party the KB knows starts no person
    ("Ketua DPD Hanura Papua Barat Daya, Yohanes Ahwa, menolak hasil itu.",
     {"DPD Hanura Papua Barat Daya": "ORG", "Yohanes Ahwa": "PER"}),
])
def test_bodies_and_places_around_titles(text, names):
    assert {name: e.type for name, e in by_name(text).items()} == names
