"""Regional names around titles, end to end (tagger + rules + coreference, the KB warta ships): a place the KB
knows as the given name before a clan name, an office named by its airport, Sasak names started by "Lalu"."""

from __future__ import annotations

import pytest

from .entity_builders import entities


def persons(text: str) -> dict[str, list[str]]:
    """Each person's name with the titles the article gives it."""
    return {e.name: e.titles for e in entities(text) if e.type == "PER"}


@pytest.mark.parametrize("text,person,title", [
    # a one-word place the KB knows abroad, after a title's region, then a clan name: the person's given name
    ("Ketua DPRD Karo Darwin Sembiring Meliala meminta jalan desa segera diperbaiki.",
     "Darwin Sembiring Meliala", "Ketua DPRD Karo"),
    ("Anggota DPRD Karo Paris Ginting Munthe menyoroti harga pupuk yang terus naik.",
     "Paris Ginting Munthe", "Anggota DPRD Karo"),
    # the given name before a single clan name, and no place at all
    ("Kepala Dinas Pertanian Langkat Darwin Sembiring meninjau sawah yang kering.",
     "Darwin Sembiring", "Kepala Dinas Pertanian Langkat"),
    ("Ketua DPRD Langkat Sugianto Ginting menerima aspirasi para nelayan.", "Sugianto Ginting", "Ketua DPRD Langkat"),
])
def test_a_place_before_a_clan_name_is_the_given_name(text, person, title):
    assert persons(text).get(person) == [title]


@pytest.mark.parametrize("text,person,title", [
    # a Balinese name start after a title and its body, whether the tagger ran it into the body or into the name
    ("Kepala Dinas Pariwisata Badung I Gusti Ngurah Rai Suryawijaya hadir dalam acara itu.",
     "I Gusti Ngurah Rai Suryawijaya", "Kepala Dinas Pariwisata Badung"),
    ("Kepala Dinas Pariwisata Badung I Gusti Ngurah Rai Suryawijaya hadir.", "I Gusti Ngurah Rai Suryawijaya",
     "Kepala Dinas Pariwisata Badung"),
    # a Sasak one
    ("Sekda Lombok Timur Lalu Ahmad membuka rapat koordinasi itu.", "Lalu Ahmad", "Sekda Lombok Timur"),
    ("Bupati Lombok Tengah Lalu Pathul Bahri hadir.", "Lalu Pathul Bahri", "Bupati Lombok Tengah"),
])
def test_a_name_start_opens_the_name_after_a_title(text, person, title):
    assert persons(text).get(person) == [title]


@pytest.mark.parametrize("text,person,office", [
    # a state office at an airport, named by the airport without "Bandara" (entities.yaml office_places): one
    # organisation, as a branch written with its parent's name is (GUIDELINES), then the person
    ("Kepala Bea Cukai Ngurah Rai Hendra Wijaya mengatakan petugas menyita dua kilogram sabu.", "Hendra Wijaya",
     "Bea Cukai Ngurah Rai"),
    ("Kepala Bea Cukai Juanda Rudi Hartono membenarkan penyitaan ratusan ponsel itu.", "Rudi Hartono",
     "Bea Cukai Juanda"),
    # at a place the KB knows by its own name
    ("Kepala Bea Cukai Tanjung Priok Rahmat Hidayat membenarkan penyitaan itu.", "Rahmat Hidayat",
     "Bea Cukai Tanjung Priok"),
])
def test_an_office_named_by_its_airport(text, person, office):
    found = {e.name: e for e in entities(text)}
    assert found[person].type == "PER"
    assert found[person].titles == [f"Kepala {office}"]
    assert found[office].type == "ORG"


@pytest.mark.parametrize("text,name,short", [
    # after a dateline, "Lalu" opens the article; the full name later
    (("LOMBOK - Lalu Iqbal menyerahkan bantuan kepada korban kebakaran di Desa Sukarara, Sabtu (8/3/2025). "
      '"Kami bantu semampunya," kata Lalu Muhammad Iqbal.'), "Lalu Muhammad Iqbal", "Lalu Iqbal"),
    (("MATARAM - Lalu Iqbal meninjau lokasi banjir di Kota Mataram. Menurut Lalu Muhammad Iqbal, bantuan sudah "
      "dikirim ke posko pengungsian."), "Lalu Muhammad Iqbal", "Lalu Iqbal"),
    # the full name first, the short one opening a later sentence
    (("Gubernur NTB Lalu Muhammad Iqbal meresmikan pasar baru di Praya. Lalu Iqbal mengatakan pasar itu akan "
      "menampung 300 pedagang."), "Lalu Muhammad Iqbal", "Lalu Iqbal"),
    # the name start with the first name after it
    (("Lalu Gita Ariadi, Sekda NTB, membuka rapat koordinasi itu. \"Kami siap membantu,\" kata Lalu Gita."),
     "Lalu Gita Ariadi", "Lalu Gita"),
])
def test_a_name_start_with_the_last_name_is_the_same_person(text, name, short):
    people = [e for e in entities(text) if e.type == "PER"]
    assert [e.name for e in people] == [name]
    assert short in people[0].aliases


def test_lalu_as_then_joins_no_one():
    text = "Menteri Keuangan Purbaya Yudhi Sadewa tiba di Istana. Lalu Purbaya menemui wartawan di halaman."
    people = [e for e in entities(text) if e.type == "PER"]
    assert [e.name for e in people] == ["Purbaya Yudhi Sadewa"]
    assert not any(a.startswith("Lalu") for a in people[0].aliases)


def test_a_place_after_a_title_has_no_title():
    text = "Lalu Gita Ariadi, Sekda NTB, membuka rapat koordinasi itu di kantor gubernur."
    places = [e for e in entities(text) if e.name == "NTB"]
    assert [(e.type, e.titles) for e in places] == [("LOC", [])]


@pytest.mark.parametrize("text,name", [
    # a person named by one word elsewhere: the name start before it, found again after the dateline, is his
    ('LOMBOK - Lalu Iqbal menyerahkan bantuan kepada korban kebakaran. "Kami bantu semampunya," kata Iqbal.',
     "Lalu Iqbal"),
    ('MATARAM - Baiq Nurul meninjau posko pengungsian banjir. "Bantuan sudah datang," ujar Nurul.', "Baiq Nurul"),
])
def test_a_name_start_before_a_one_word_name(text, name):
    assert [e.name for e in entities(text) if e.type == "PER"] == [name]


@pytest.mark.parametrize("text,person", [
    # a Catholic priest's diocese or order after his name, written like a degree
    ("Pastor Fransiskus Xaverius Tukan, Pr, mengatakan forum itu sepakat.", "Fransiskus Xaverius Tukan"),
    ("Romo Yohanes Bria, SVD, memimpin misa di Ende.", "Yohanes Bria"),
])
def test_a_priests_order_after_his_name_is_no_person(text, person):
    assert list(persons(text)) == [person]


@pytest.mark.parametrize("text,person", [
    ("Ketua panitia, Sayid Muhammad Alwi al-Habsyi, membantah tudingan itu.", "Muhammad Alwi al-Habsyi"),
    ("Habib Umar bin Hafidz memberi ceramah di Jakarta.", "Umar bin Hafidz"),
])
def test_a_descendant_of_the_prophets_honorific_is_no_part_of_the_name(text, person):
    assert list(persons(text)) == [person]

