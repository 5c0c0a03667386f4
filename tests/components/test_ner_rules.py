"""Sentence-level entity rules (head words, titles, honorifics, brackets), one row per Indonesian example."""

from __future__ import annotations

import pytest

from warta.components.ner_rules import (
    alias_after,
    align_to_kb,
    bracket_after,
    head_spans,
    initials,
    is_not_name,
    looks_like_acronym,
    name_start_before,
    only_titles,
    strip_person,
    title_before,
    title_overlap,
    trim,
)


def _words(sentence: str) -> list[str]:
    return sentence.split()


@pytest.mark.parametrize("sentence,name,kind", [
    ("warga Kabupaten Lebak mengungsi", "Kabupaten Lebak", "LOC"),
    ("kata Kepala Badan Pusat Statistik di Jakarta", "Badan Pusat Statistik", "ORG"),
    ("oleh Badan Meteorologi , Klimatologi , dan Geofisika pada Senin", "Badan Meteorologi , Klimatologi , dan Geofisika", "ORG"),
    ("saham PT Bank Sentosa Raya Tbk naik", "PT Bank Sentosa Raya Tbk", "ORG"),
    ("pupuk dari PT Pupuk Indonesia ( Persero ) tiba", "PT Pupuk Indonesia ( Persero )", "ORG"),
    ("rapat Komisi XI DPR kemarin", "Komisi XI", "ORG"),
    ("di Stadion Utama Gelora Bung Karno malam ini", "Stadion Utama Gelora Bung Karno", "LOC"),
    ("di Kecamatan Ibu dan Ibu Selatan", "Kecamatan Ibu", "LOC"),
    ("Kepolisian Resor Kota Besar Semarang menangkap", "Kepolisian Resor Kota Besar Semarang", "ORG"),
    ("tim Badan Geologi Kementerian Energi tiba", "Badan Geologi", "ORG"),
    ("ke Kementerian Hukum dan HAM kemarin", "Kementerian Hukum dan HAM", "ORG"),
    ("oleh Dinas Sosial dan BPBD Kabupaten Bandung", "Dinas Sosial", "ORG"),
])
def test_head_spans_extent_and_type(sentence, name, kind):
    words = _words(sentence)
    spans = {" ".join(words[a:b]): k for a, b, k in head_spans(words, set())}
    assert spans.get(name) == kind


@pytest.mark.parametrize("sentence,tags,name", [
    ("ke Pengadilan Tinggi DKI Jakarta kemarin", ["", "", "", "B-LOC", "I-LOC", ""], "Pengadilan Tinggi DKI Jakarta"),
    ("rapat Komisi XI DPR kemarin", ["", "", "", "B-ORG", ""], "Komisi XI"),
    ("kata Kepala Dinas Perdagangan Ni Nyoman Sri Utari", [""] * 8, "Dinas Perdagangan"),
])
def test_head_spans_stop_where_another_name_starts(sentence, tags, name):
    words = _words(sentence)
    assert name in {" ".join(words[a:b]) for a, b, _ in head_spans(words, set(), tags)}


@pytest.mark.parametrize("sentence,a,start", [
    ("Gubernur Bali I Wayan Koster", 4, 2),
    ("oleh Ni Nyoman Sri Utari", 3, 1),
    ("kata Presiden Joko Widodo", 2, 2),
])
def test_name_start_before_keeps_balinese_names_whole(sentence, a, start):
    assert name_start_before(_words(sentence), a) == start


def test_head_spans_wali_kota_is_a_title_not_a_city_head():
    assert head_spans(_words("kata Wali Kota Surabaya Eri Cahyadi"), set()) == []


@pytest.mark.parametrize("sentence,name", [
    ("Presiden Joko Widodo", "Joko Widodo"),
    ("Prof. Dr. Ani Wijaya M.Si.", "Ani Wijaya"),
    ("Letjen TNI Suharyanto", "Suharyanto"),
    ("Hj. Euis Komariah", "Euis Komariah"),
    ("Kang Dadang", "Dadang"),
    ("Gus Dur", "Gus Dur"),
    ("Cak Imin", "Cak Imin"),
])
def test_strip_person_cuts_titles_honorifics_degrees(sentence, name):
    words = _words(sentence)
    a, b = strip_person(words, 0, len(words))
    assert " ".join(words[a:b]) == name


@pytest.mark.parametrize("sentence,at,title", [
    ("kata Presiden Rusia Vladimir Putin", 3, "Presiden Rusia"),
    ("Menteri Luar Negeri Korea Utara Choe Son Hui tiba", 5, "Menteri Luar Negeri Korea Utara"),
    ("menurut Kapolri Jenderal Listyo Sigit", 3, "Kapolri Jenderal"),
    ("ujar pelatih Timnas Indonesia Shin", 4, "pelatih Timnas Indonesia"),
    ("kata Ani Wijaya kepada wartawan", 1, None),
    ("kata Kapolrestabes Surabaya Kombes Pol Luthfie", 5, "Kapolrestabes Surabaya Kombes Pol"),
    ("bertemu Wakil Perdana Menteri China He Lifeng", 5, "Wakil Perdana Menteri China"),
    ("kata Gubernur Bali I Wayan Koster", 3, "Gubernur Bali"),
])
def test_title_before_a_name(sentence, at, title):
    assert title_before(_words(sentence), at)[1] == title


@pytest.mark.parametrize("sentence,a,n", [
    ("Menteri Luar Negeri Korea Utara Choe", 1, 2),   # "Luar Negeri" finishes "Menteri Luar Negeri"
    ("Kepala Badan Geologi Muhammad Wafid", 1, 0),     # "Badan Geologi" is an organisation, not the title
    ("Presiden Joko Widodo", 1, 0),
])
def test_title_overlap(sentence, a, n):
    words = _words(sentence)
    assert title_overlap(words, a, len(words)) == n


@pytest.mark.parametrize("sentence,expected", [
    ("pasukan Rusia", "Rusia"),
    ("Ukraina timur", "Ukraina"),
    ("Fraksi Partai Golkar", "Partai Golkar"),
    ("LKEKP ) , Prof. Dr.", "LKEKP"),
    ("China Development Bank ( CDB", "China Development Bank"),
    ("US$300.000", ""),
])
def test_trim_keeps_names_to_capitalised_edges(sentence, expected):
    words = _words(sentence)
    a, b = trim(words, 0, len(words))
    assert " ".join(words[a:b]) == expected


@pytest.mark.parametrize("sentence,a,b,expected", [
    ("pada Senin pagi", 1, 2, True),
    ("sejak Oktober lalu", 1, 2, True),
    ("umat Muslim berdoa", 1, 2, True),
    ("fasih bahasa Inggris", 2, 3, True),
    ("antrean di SPBU", 2, 3, True),
    ("pergi ke Inggris", 2, 3, False),
    ("saya orang PKB", 2, 3, False),
])
def test_is_not_name(sentence, a, b, expected):
    assert is_not_name(_words(sentence), a, b) is expected


@pytest.mark.parametrize("sentence,expected", [
    ("S.H. M.H.", True), ("Prof. Dr.", True), ("Kota", True), ("Kota Bandung", False),
])
def test_only_titles(sentence, expected):
    words = _words(sentence)
    assert only_titles(words, 0, len(words)) is expected


@pytest.mark.parametrize("sentence,b,inside", [
    ("Pusat Studi Strategis ( CSIS ) menulis", 3, "CSIS"),
    ("Joko Widodo ( Jokowi ) hadir", 2, "Jokowi"),
    ("Siti Aminah ( 42 ) warga", 2, None),
])
def test_bracket_after_a_name(sentence, b, inside):
    words = _words(sentence)
    found = bracket_after(words, b)
    assert (" ".join(words[found[0]:found[1]]) if found else None) == inside


@pytest.mark.parametrize("sentence,b,alias", [
    ("Yohanes Tanoto alias Ahong ditahan", 2, "Ahong"),
    ("Zulkifli Hasan akrab disapa Zulhas hadir", 2, "Zulhas"),
])
def test_alias_after_a_person(sentence, b, alias):
    words = _words(sentence)
    x, y = alias_after(words, b)
    assert " ".join(words[x:y]) == alias


@pytest.mark.parametrize("word,expected", [("KPK", True), ("PDI-P", True), ("Kemenlu", True), ("kemenlu", False)])
def test_looks_like_acronym(word, expected):
    assert looks_like_acronym(word) is expected


@pytest.mark.parametrize("sentence,found", [
    ("tersangka berinisial RA ditahan", ["RA"]),
    ("pelaku AS dan LKS ditangkap", ["AS", "LKS"]),
    ("rapat di DPR kemarin", []),
])
def test_initials_after_cues_are_people(sentence, found):
    words = _words(sentence)
    assert [words[a] for a, _, _ in initials(words)] == found


@pytest.mark.parametrize("tags,a,b,kind,expected", [
    (["", "", "B-LOC", "I-LOC", "", "", ""], 3, 7, "PER", (4, 7)),    # Perdana Menteri Timor [Leste Taur Matan Ruak]
    (["", "", "B-LOC", "I-LOC", "", "", ""], 2, 3, "LOC", (2, 4)),    # [Timor] Leste
    (["", "B-ORG", "", ""], 2, 4, "PER", (2, 4)),                     # nothing to align
])
def test_align_to_kb(tags, a, b, kind, expected):
    assert align_to_kb(tags, a, b, kind) == expected
