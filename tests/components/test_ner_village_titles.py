"""A village office's title names its village, then the person, though the KB knows few villages
(ner_cues.villages_after_offices, entities.yaml village_offices); "Ketua RT 05" takes a number, no village
(ner_person.title_before). End to end with the KB warta ships; one row per Indonesian example."""

from __future__ import annotations

import pytest

from .entity_builders import by_name


@pytest.mark.parametrize("text,village,person,title", [
    ("Kades Sukamaju Sri Mulyani mengatakan bantuan sudah disalurkan kepada warga.",
     "Sukamaju", "Sri Mulyani", "Kades Sukamaju"),
    ("Kepala Desa Karangrejo Suparman mengatakan bantuan sudah disalurkan kepada warga.",
     "Desa Karangrejo", "Suparman", "Kepala Desa Karangrejo"),
    ("Kepala Dusun Krajan Sutrisno Wibowo menyebut banjir merendam rumah warga.",
     "Dusun Krajan", "Sutrisno Wibowo", "Kepala Dusun Krajan"),
    ("Kades Ngablak Rini Astuti Handayani menyebut jalan desa rusak berat.",
     "Ngablak", "Rini Astuti Handayani", "Kades Ngablak"),
    ("Kuwu Sukamaju Wetan Dedi Mulyadi mengatakan bantuan sudah tiba.",
     "Sukamaju Wetan", "Dedi Mulyadi", "Kuwu Sukamaju Wetan"),
    ("Kepala Dusun Krajan Kidul Sutarno menyebut air mulai surut.", "Dusun Krajan Kidul", "Sutarno",
     "Kepala Dusun Krajan Kidul"),
    ("Keuchik Lamteuba Muhammad Yusuf menyebut warga sudah mengungsi.", "Lamteuba", "Muhammad Yusuf",
     "Keuchik Lamteuba"),
    ("Lurah Cigadung Hendra Gunawan meminta warga waspada.", "Cigadung", "Hendra Gunawan", "Lurah Cigadung"),
    ("Kades Tegalrejo, Suparno, mengatakan bantuan sudah disalurkan kepada warga.",
     "Tegalrejo", "Suparno", "Kades Tegalrejo"),
    ("Kades Sidomulyo, Bambang Riyadi, menyebut sawah warga terendam.", "Sidomulyo", "Bambang Riyadi",
     "Kades Sidomulyo"),
    # the village's head word after an office written without it, and Aceh's noble titles opening the name
    ("Keuchik Gampong Meunasah Baro Teuku Zulkifli mengatakan air masih tinggi.", "Gampong Meunasah Baro",
     "Teuku Zulkifli", "Keuchik Gampong Meunasah Baro"),
    ("Keuchik Lamteh Baroh Cut Nurhayati meminta warga mengungsi.", "Lamteh Baroh", "Cut Nurhayati",
     "Keuchik Lamteh Baroh"),
    ("Keuchik Gampong Lamteh, Zulfikar, mengatakan air naik sejak subuh.", "Gampong Lamteh", "Zulfikar",
     "Keuchik Gampong Lamteh"),
    ("Keuchik Gampong Meunasah Tutong, Teuku Syarifuddin, mengeluhkan lambatnya bantuan.",
     "Gampong Meunasah Tutong", "Teuku Syarifuddin", "Keuchik Gampong Meunasah Tutong"),
    # the comma after the person, not after a two-word village
    ("Kepala Desa Karangrejo Suparman, mengatakan jalan rusak.", "Desa Karangrejo", "Suparman",
     "Kepala Desa Karangrejo"),
])
def test_a_village_office_names_its_village_then_the_person(text, village, person, title):
    found = by_name(text)
    assert found[village].type == "LOC"
    assert found[person].type == "PER" and title in found[person].titles


@pytest.mark.parametrize("text,person,title", [
    ("Ketua RT 05 Agus Salim mengatakan warga sudah dievakuasi.", "Agus Salim", "Ketua RT 05"),
    ("Ketua RW 12 Siti Aminah meminta warga tetap waspada.", "Siti Aminah", "Ketua RW 12"),
])
def test_a_numbered_units_head_has_the_number_in_the_title_and_no_place(text, person, title):
    found = by_name(text)
    assert found[person].type == "PER" and found[person].titles == [title]
    assert not any(e.type == "LOC" for e in found.values())


@pytest.mark.parametrize("text,names", [
    ("Camat Cibinong Ahmad Sudrajat mengatakan bantuan sudah disalurkan kepada warga.",
     {"Cibinong": ("LOC", []), "Ahmad Sudrajat": ("PER", ["Camat Cibinong"])}),
    ("Lurah Pasar Minggu Budi Hartono mengatakan bantuan sudah disalurkan kepada warga.",
     {"Pasar Minggu": ("LOC", []), "Budi Hartono": ("PER", ["Lurah Pasar Minggu"])}),
    ("Kades Suparno mengatakan bantuan sudah disalurkan kepada warga.", {"Suparno": ("PER", ["Kades"])}),
    ("Kades Martoba Sinaga mengatakan jalan desa putus.", {"Martoba Sinaga": ("PER", ["Kades"])}),
    ("Kepala Desa Sri Mulyani mengatakan warga sudah dievakuasi ke balai desa.",
     {"Sri Mulyani": ("PER", ["Kepala Desa"])}),
    ("Kepala Desa Toboli, Moh. Ridwan Lasimpo, meminta jembatan darurat.",
     {"Desa Toboli": ("LOC", []), "Moh. Ridwan Lasimpo": ("PER", ["Kepala Desa Toboli"])}),
])
def test_what_worked_before_village_offices_is_unchanged(text, names):
    found = by_name(text)
    assert {name: (found[name].type, found[name].titles) for name in names} == names
    assert set(found) == set(names)


@pytest.mark.parametrize("text,person,title", [
    ("Kades Ahmad Yani mengatakan bantuan sudah disalurkan kepada warga.", "Ahmad Yani", "Kades"),
    ("Kepala Desa Siti Aminah meminta warga tetap waspada.", "Siti Aminah", "Kepala Desa"),
    ("Kades Joko Susilo menyebut air sudah surut.", "Joko Susilo", "Kades"),
    ("Lurah Muhammad Rizki Pratama mengatakan posko sudah dibuka.", "Muhammad Rizki Pratama", "Lurah"),
])
def test_a_common_given_name_after_the_office_starts_the_person_and_names_no_village(text, person, title):
    found = by_name(text)
    assert found[person].type == "PER" and found[person].titles == [title]
    assert set(found) == {person}


def test_a_village_named_with_its_head_word_is_the_same_place_when_its_name_is_taken_for_a_person():
    found = by_name("Syaifudin menyalahgunakan dana di Desa Tambakrejo Wetan, Kecamatan Sugio. Inspektorat menerima "
                    "pengaduan dari Badan Permusyawaratan Desa (BPD) Tambakrejo Wetan. Puluhan warga Tambakrejo Wetan "
                    "menggelar aksi damai.")
    assert "Tambakrejo Wetan" not in found
    assert {m.text for m in found["Desa Tambakrejo Wetan"].mentions} >= {"Desa Tambakrejo Wetan", "Tambakrejo Wetan"}


def test_a_gelar_after_the_person_ends_his_name_and_leaves_the_village_a_place():
    # a Minangkabau gelar (entities.yaml title_suffixes); the village was read as a person before stop 34
    found = by_name("Wali Nagari Salareh Aia, Yusrizal Dt. Rajo Batuah, menyebut warga sudah mengungsi.")
    assert found["Nagari Salareh Aia"].type == "LOC" and found["Yusrizal"].type == "PER"
    assert "Salareh Aia" not in found

