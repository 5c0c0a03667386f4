"""Sentence-level entity rules (head words, brackets, non-names, KB alignment), one row per Indonesian example."""

from __future__ import annotations

import pytest

from warta.components.ner_heads import churches_by_region, head_spans, merge_heads, misc_by_tail, units_with_parents
from warta.components.ner_person import division_before_known
from warta.components.ner_rules import (
    align_to_kb,
    bracket_after,
    common_word_at_start,
    is_not_name,
    join_branches,
    join_particles,
    looks_like_acronym,
    only_titles,
    places_in_lists,
    split_org_tails,
    trim,
    typed_by_cue,
)
from warta.components.segment import split_sentences, tokenize


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
    ("dengan Dewan Pimpinan Pusat Partai Demokrat terkait", "Partai Demokrat", "ORG"),
    ("lolos ke Piala Dunia 2026 nanti", "Piala Dunia", "MISC"),
    ("dirawat di Rumah Sakit Umum Pusat Fatmawati", "Rumah Sakit Umum Pusat Fatmawati", "LOC"),
    ("menolak UU Cipta Kerja kemarin", "UU Cipta Kerja", "MISC"),
    ("setelah Perang Korea berakhir", "Perang Korea", "MISC"),
    # an acronym after a law's head word names the law, inside the organisation's name
    ("kata Koalisi Sipil untuk UU PPRT kemarin", "Koalisi Sipil untuk UU PPRT", "ORG"),
    ("Jaringan Advokasi untuk RUU TPKS menilai", "Jaringan Advokasi untuk RUU TPKS", "ORG"),
    ("Badan Geologi KESDM menilai", "Badan Geologi", "ORG"),
    # a generic acronym (a kind of thing) inside a name starts no other name
    ("lewat PT Pilar Sinergi BUMN Indonesia kemarin", "PT Pilar Sinergi BUMN Indonesia", "ORG"),
    ("Asosiasi Pelaku UMKM Jawa Barat menilai", "Asosiasi Pelaku UMKM Jawa Barat", "ORG"),
    # a place named after a person whose honorific is written in lower case
    ("Direktur RSUD dr. TC Hillers , dr. Clara", "RSUD dr. TC Hillers", "LOC"),
    ("macet di Jalan dr. Wahidin pagi ini", "Jalan dr. Wahidin", "LOC"),
    # a place named after an officer or a ruler, title and all
    ("laga di Stadion Kapten I Wayan Dipta , Gianyar", "Stadion Kapten I Wayan Dipta", "LOC"),
    ("macet di Jalan Letjen S. Parman pagi ini", "Jalan Letjen S. Parman", "LOC"),
    ("mendarat di Bandara Sultan Hasanuddin , Makassar", "Bandara Sultan Hasanuddin", "LOC"),
    # a list goes on a head-word name only over words of it, not over other bodies' names
    ("tim Dinas Sosial Banjarnegara , TNI , dan Polri tiba", "Dinas Sosial Banjarnegara", "ORG"),
    ("antre di SPBU Lubuk Begalung sejak pagi", "SPBU Lubuk Begalung", "LOC"),
    # an acronym after a word for what an association is about: part of its name
    ("kata Aliansi Mahasiswa Peduli KIP kemarin", "Aliansi Mahasiswa Peduli KIP", "ORG"),
    ("kata Aliansi Korban APD kemarin", "Aliansi Korban APD", "ORG"),
    # a hyphenated prefix inside a name
    ("tim Satuan Tugas Anti - Mafia Tanah menangkap", "Satuan Tugas Anti - Mafia Tanah", "ORG"),
    # a kind of event right before a company's legal form names the title's division, not an event
    ("General Manager Operasi PT Jasamarga Semarang Batang , Andi", "PT Jasamarga Semarang Batang", "ORG"),
    ("Kapolri membuka Operasi Zebra Jaya di Jakarta", "Operasi Zebra Jaya", "MISC"),
    # a party's faction after "dan" starts another name
    ("Fraksi Partai Golkar dan Fraksi Partai Gerindra mendukung", "Partai Golkar", "ORG"),
])
def test_head_spans_extent_and_type(sentence, name, kind):
    words = _words(sentence)
    spans = {" ".join(words[a:b]): k for a, b, k in head_spans(words, set())}
    assert spans.get(name) == kind


@pytest.mark.parametrize("sentence,tags,name", [
    ("ke Pengadilan Tinggi DKI Jakarta kemarin", ["", "", "", "B-LOC", "I-LOC", ""], "Pengadilan Tinggi DKI Jakarta"),
    ("rapat Komisi XI DPR kemarin", ["", "", "", "B-ORG", ""], "Komisi XI"),
    ("kata Kepala Dinas Perdagangan Ni Nyoman Sri Utari", [""] * 8, "Dinas Perdagangan"),
    # a body the KB knows after "dan": two names
    ("Pemerintah Provinsi Sumatera Barat dan Pertamina sepakat", ["", "", "B-LOC", "I-LOC", "", "B-ORG", ""],
     "Pemerintah Provinsi Sumatera Barat"),
])
def test_head_spans_stop_where_another_name_starts(sentence, tags, name):
    words = _words(sentence)
    assert name in {" ".join(words[a:b]) for a, b, _ in head_spans(words, set(), tags)}


@pytest.mark.parametrize("sentence,per_starts,name", [
    # a state school's short form, its number and its place, even where the tagger saw a person start
    ("Kepala SDN 04 Batang Lupar , Margaretha", {3}, "SDN 04 Batang Lupar"),
    ("siswa SMAN 1 Pontianak mengikuti", {3}, "SMAN 1 Pontianak"),
    ("siswa SMP Negeri 3 Kupang mengikuti", set(), "SMP Negeri 3 Kupang"),
    # without a number, the organisation still stops where the person starts
    ("Direktur PT Maju Jaya Budi Santoso hadir", {4}, "PT Maju Jaya"),
    # a head of two words names nothing alone: the name follows, whatever the tagger saw there
    ("Ketua Kelompok Tani Sagu Lestari di Desa Hila", {3}, "Kelompok Tani Sagu Lestari"),
])
def test_head_spans_numbered_organisations(sentence, per_starts, name):
    words = _words(sentence)
    assert name in {" ".join(words[a:b]) for a, b, _ in head_spans(words, per_starts)}


@pytest.mark.parametrize("sentence,name", [
    ("Kementerian Hukum dan HAM menilai", "Kementerian Hukum dan HAM"),  # a topic after "dan"
    ("diserap Perum Bulog dan BUMD PT Maluku Energi Abadi", "Perum Bulog"),  # a kind of body, then another name
])
def test_head_spans_a_generic_acronym_after_dan(sentence, name):
    words = _words(sentence)
    assert name in {" ".join(words[a:b]) for a, b, _ in head_spans(words, set())}


def test_head_spans_a_head_word_alone_names_nothing():
    assert head_spans(_words("digelar pada Hari Senin pagi"), set()) == []


@pytest.mark.parametrize("sentence,names", [
    # an office's short name alone names the office (entities.yaml office_acronyms); other head words do not
    ("Dinsos dan Dishub diminta membantu", ["Dinsos", "Dishub"]),
    ("kata Kepala BPBD kemarin", ["BPBD"]),
    ("BPBD Lebak mencatat", ["BPBD Lebak"]),
    ("pegawai Dinas dan Badan itu", []),
])
def test_head_spans_an_offices_short_name_alone(sentence, names):
    words = _words(sentence)
    assert [" ".join(words[a:b]) for a, b, _ in head_spans(words, set())] == names


def test_head_spans_wali_kota_is_a_title_not_a_city_head():
    assert head_spans(_words("kata Wali Kota Surabaya Eri Cahyadi"), set()) == []


@pytest.mark.parametrize("sentence,expected", [
    ("pasukan Rusia", "Rusia"),
    ("Ukraina timur", "Ukraina"),
    ("Fraksi Partai Golkar", "Partai Golkar"),
    ("LKEKP ) , Prof. Dr.", "LKEKP"),
    ("China Development Bank ( CDB", "China Development Bank"),
    ("Pemprov ) Kalbar", "Pemprov"),          # the tagger ran out of the brackets: "(Pemprov) Kalbar"
    ("BPBD ) Kabupaten Lebak", "BPBD"),
    ("Bank ( BI ) Jakarta", "Bank ( BI ) Jakarta"),
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
    ("S.H. M.H.", True), ("Prof. Dr.", True), ("Kota", True), ("Kota Bandung", False), ("Dewan Pimpinan Pusat", True),
    # a coordinating minister's title with its portfolio, a short minister's title
    ("Menko Polhukam", True), ("Menko Perekonomian", True), ("Menaker", True), ("Wamenlu", True),
    ("Menko Polhukam Djoko", False),
    ("Dinsos", False), ("Pemprov", False),  # an office's short name names the office
])
def test_only_titles(sentence, expected):
    words = _words(sentence)
    assert only_titles(words, 0, len(words)) is expected


@pytest.mark.parametrize("sentence,b,inside", [
    ("Pusat Studi Strategis ( CSIS ) menulis", 3, "CSIS"),
    ("Joko Widodo ( Jokowi ) hadir", 2, "Jokowi"),
    ("Siti Aminah ( 42 ) warga", 2, None),
    ("Hyundai Engineering & Construction ( Hyundai E & C ) asal", 4, "Hyundai E & C"),
])
def test_bracket_after_a_name(sentence, b, inside):
    words = _words(sentence)
    found = bracket_after(words, b)
    assert (" ".join(words[found[0]:found[1]]) if found else None) == inside


@pytest.mark.parametrize("word,expected", [("KPK", True), ("PDI-P", True), ("Kemenlu", True), ("kemenlu", False)])
def test_looks_like_acronym(word, expected):
    assert looks_like_acronym(word) is expected


@pytest.mark.parametrize("tags,a,b,kind,expected", [
    (["", "", "B-LOC", "I-LOC", "", "", ""], 3, 7, "PER", (4, 7)),    # Perdana Menteri Timor [Leste Taur Matan Ruak]
    (["", "", "B-LOC", "I-LOC", "", "", ""], 2, 3, "LOC", (2, 4)),    # [Timor] Leste
    (["", "B-ORG", "", ""], 2, 4, "PER", (2, 4)),                     # nothing to align
])
def test_align_to_kb(tags, a, b, kind, expected):
    assert align_to_kb(tags, a, b, kind) == expected


@pytest.mark.parametrize("sentence,inert,names", [
    ("Kepala Bidang Pembangunan Jalan Dinas PU Bina Marga Jatim", {2, 3}, [("Dinas PU Bina Marga Jatim", "ORG")]),
    ("Kepala Bidang Pembangunan Jalan Dinas PU Bina Marga Jatim", set(),
     [("Jalan Dinas PU Bina Marga Jatim", "LOC")]),
])
def test_head_spans_start_at_no_inert_word(sentence, inert, names):
    words = sentence.split()
    assert [(" ".join(words[a:b]), k) for a, b, k in head_spans(words, set(), None, frozenset(inert))] == names


@pytest.mark.parametrize("sentence,spans,names", [
    # a person span across a club's or company's last word
    ("CEO Khatulistiwa United Hendrawan Sutanto menuding", [(1, 5, "PER")],
     [("Khatulistiwa United", "ORG"), ("Hendrawan Sutanto", "PER")]),
    ("bos Madura United", [(1, 3, "PER")], [("Madura United", "ORG")]),
    ("Pelatih Borneo FC Pieter Huistra", [(1, 2, "LOC"), (2, 5, "PER")],
     [("Borneo FC", "ORG"), ("Pieter Huistra", "PER")]),
    ("melawan Arema FC kemarin", [(1, 2, "LOC")], [("Arema FC", "ORG")]),
    # other spans stay
    ("kata Budi Santoso kepada Persib", [(1, 3, "PER"), (4, 5, "ORG")], [("Budi Santoso", "PER"), ("Persib", "ORG")]),
    ("kata Budi Santoso FC", [(1, 3, "PER")], [("Budi Santoso", "PER")]),
    # an organisation span after a title that runs on past its tail into two name words or more
    ("Pebalap Aprilia Racing Marco Bezzecchi menang", [(1, 5, "ORG")],
     [("Aprilia Racing", "ORG"), ("Marco Bezzecchi", "PER")]),
    ("Ketua Bali United Football Club hadir", [(1, 5, "ORG")], [("Bali United Football Club", "ORG")]),
    ("melawan Aprilia Racing Marco Bezzecchi", [(1, 5, "ORG")], [("Aprilia Racing Marco Bezzecchi", "ORG")]),
    # a person span opened by the tail, the organisation's first words untagged after a title
    ("Analis Doo Financial Futures Lukman Leong mengatakan", [(3, 6, "PER")],
     [("Doo Financial Futures", "ORG"), ("Lukman Leong", "PER")]),
])
def test_split_org_tails(sentence, spans, names):
    words = _words(sentence)
    assert [(" ".join(words[a:b]), k) for a, b, k in split_org_tails(words, spans)] == names


@pytest.mark.parametrize("sentence,a,b,common", [
    ("Kendati begitu , harga naik", 0, 1, True),
    ('" Vonis itu adil , " katanya', 1, 2, True),
    ("Ayah korban , Pak Dedi , menangis", 0, 1, True),
    ("Istri Budi hadir", 0, 1, True),
    # a name, or an ordinary word inside the sentence or with another word
    ("Budi hadir", 0, 1, False),
    ("kata Ayah kepada wartawan", 1, 2, False),
    ("Ayah Budi hadir", 0, 2, False),
    ("Putri menambahkan , harga naik", 0, 1, False),  # a given name as well as a relation
])
def test_common_word_at_start(sentence, a, b, common):
    assert common_word_at_start(_words(sentence), a, b, frozenset({"kendati", "vonis"})) is common


@pytest.mark.parametrize("text,joined", [
    ("Presiden Abdel Fattah el-Sisi tiba", ["Presiden", "Abdel", "Fattah", "el-Sisi", "tiba"]),
    ("di Istana Al-Ittihadiya kemarin", ["di", "Istana", "Al-Ittihadiya", "kemarin"]),
    ("rute Jakarta-Bandung dibuka", ["rute", "Jakarta", "-", "Bandung", "dibuka"]),  # no particle: two names
    ("pemerintahan Jokowi - JK", ["pemerintahan", "Jokowi", "-", "JK"]),
    # a reduplication before the particle: its hyphen joins lower-case words, the particle's is still found
    ("anak-anak di Istana Al-Ittihadiya", ["anak-anak", "di", "Istana", "Al-Ittihadiya"]),
    ("masing-masing pihak setuju", ["masing-masing", "pihak", "setuju"]),
])
def test_join_particles_joins_a_hyphenated_particle_and_name(text, joined):
    toks, _ = join_particles(text, tokenize(text, split_sentences(text)))
    assert [text[a:b] for a, b in toks] == joined


@pytest.mark.parametrize("sentence,spans,tags,found", [
    # the organisation a span, the branch and the place after it join it; the person after the place is left
    ("kata Kepala Kantor Komnas HAM Perwakilan Papua Frits Ramandey kemarin", [(3, 5, "ORG"), (5, 9, "PER")],
     None, [("Komnas HAM Perwakilan Papua", "ORG"), ("Frits Ramandey", "PER")]),
    # the organisation known to the KB only
    ("bandara AirNav Indonesia Cabang Ternate beroperasi", [],
     ["", "B-ORG", "I-ORG", "", "B-LOC", ""], [("AirNav Indonesia Cabang Ternate", "ORG")]),
    # a regional office: "Kantor Wilayah", "Kanwil" (also a head word of its own) after the organisation
    ("Kepala Perum Bulog Kantor Wilayah Sumatera Barat , Fadli", [(1, 3, "ORG"), (3, 7, "ORG")],
     ["", "B-ORG", "I-ORG", "", "", "B-LOC", "I-LOC", "", ""], [("Perum Bulog Kantor Wilayah Sumatera Barat", "ORG")]),
    ("nasabah BRI Kanwil Jakarta mengeluh", [(1, 2, "ORG"), (2, 4, "ORG")],
     ["", "B-ORG", "", "B-LOC", ""], [("BRI Kanwil Jakarta", "ORG")]),
    # no organisation before the branch word: nothing to join
    ("buka cabang Ternate kemarin", [(2, 3, "LOC")], None, [("Ternate", "LOC")]),
    ("pegawai Kanwil Kemenkumham Bali hadir", [(1, 4, "ORG")], None, [("Kanwil Kemenkumham Bali", "ORG")]),
])
def test_join_branches_makes_an_organisations_branch_part_of_its_name(sentence, spans, tags, found):
    words = _words(sentence)
    assert [(" ".join(words[a:b]), k) for a, b, k in join_branches(words, spans, tags)] == found


@pytest.mark.parametrize("sentence,spans,found", [
    ("pengemudi aplikasi Grab dan Maxim mengeluh", [], [("Grab", "ORG"), ("Maxim", "ORG")]),
    ("menurut lembaga survei Indikator , warga", [], [("Indikator", "ORG")]),
    ("terbang dengan maskapai Wings Air ke Maumere", [(3, 5, "PER"), (6, 7, "LOC")],
     [("Wings Air", "ORG"), ("Maumere", "LOC")]),
    ("penonton klub Liga 1 itu kecewa", [(2, 4, "MISC")], [("Liga 1", "MISC")]),       # a competition stays
    ("kata Budi kepada wartawan", [(1, 2, "PER")], [("Budi", "PER")]),                 # no cue
    # a list of three goes on over its commas, a person after a comma is no item of it
    ("pengemudi aplikasi Grab , Gojek , dan Maxim mengeluh", [(7, 8, "PER")],
     [("Grab", "ORG"), ("Gojek", "ORG"), ("Maxim", "ORG")]),
    ("kepada harian Jakarta Globe , Stefanus menyebut", [(2, 4, "LOC"), (5, 6, "PER")],
     [("Jakarta Globe", "ORG"), ("Stefanus", "PER")]),
    # a cue opening the sentence, which the tagger ran into the name
    ("Harian The Straits Times melaporkan", [(0, 4, "ORG")], [("The Straits Times", "ORG")]),
])
def test_typed_by_cue_a_name_after_a_kind_of_organisation(sentence, spans, found):
    words = _words(sentence)
    assert [(" ".join(words[a:b]), k) for a, b, k in typed_by_cue(words, spans)] == found


@pytest.mark.parametrize("sentence,spans,tags,found", [
    # the KB knows part of the name only: the outlet named after its city
    ("kepada harian Jakarta Globe kemarin", [(2, 4, "LOC")], {2: "B-LOC"}, [("Jakarta Globe", "ORG")]),
    # the KB knows it whole: its type stays the KB's, and a list goes on past it
    ("aplikasi Gojek , Grab , dan Maxim", [(1, 2, "ORG")], {1: "B-ORG"},
     [("Gojek", "ORG"), ("Grab", "ORG"), ("Maxim", "ORG")]),
    ("harian Jakarta melaporkan", [(1, 2, "LOC")], {1: "B-LOC"}, [("Jakarta", "LOC")]),
])
def test_typed_by_cue_and_the_kb(sentence, spans, tags, found):
    words = _words(sentence)
    kb_tags = [tags.get(k, "") for k in range(len(words))]
    assert [(" ".join(words[a:b]), k) for a, b, k in typed_by_cue(words, spans, kb_tags)] == found


@pytest.mark.parametrize("sentence,spans,found", [
    ("membuka pintu perlintasan Kerem Shalom , menurut PBB", [(3, 5, "PER")], [("Kerem Shalom", "LOC")]),
    ("memasuki perairan Huangyan Dao secara ilegal", [(2, 4, "PER")], [("Huangyan Dao", "LOC")]),
    ("kata warga Budi Santoso kemarin", [(2, 4, "PER")], [("Budi Santoso", "PER")]),   # a person after "warga"
    # a person the tagger began at a place noun, capitalised after a title
    ("Kepala Desa Toboli , Moh . Ridwan", [(1, 3, "PER")], [("Desa Toboli", "LOC")]),
    ("Kepala Kampung Yoboi hadir", [(1, 3, "PER")], [("Kampung Yoboi", "LOC")]),
    ("kata Budi Desa kemarin", [(1, 3, "PER")], [("Budi Desa", "PER")]),  # not one the noun ends
])
def test_typed_by_cue_a_person_after_a_place_noun_is_a_place(sentence, spans, found):
    words = _words(sentence)
    assert [(" ".join(words[a:b]), k) for a, b, k in typed_by_cue(words, spans)] == found


def _spans(words, names):
    """(start, end, type) token ranges for "name:TYPE" items, found in order in the words."""
    out, at = [], 0
    for item in names:
        name, kind = item.rsplit(":", 1)
        n = len(name.split())
        at = next(i for i in range(at, len(words)) if words[i:i + n] == name.split())
        out.append((at, at + n, kind))
        at += n
    return out


@pytest.mark.parametrize("sentence,tagged,places", [
    ("di Kecamatan Badau , Embaloh Hulu , dan Puring Kencana .",
     ["Kecamatan Badau:LOC", "Embaloh Hulu:PER", "Puring Kencana:PER"], ["Embaloh Hulu", "Puring Kencana"]),
    ("warga Desa Lanjak , Sungai Besar serta Nanga Kantuk mengungsi",
     ["Desa Lanjak:LOC", "Sungai Besar:LOC", "Nanga Kantuk:PER"], ["Nanga Kantuk"]),
    # a person in apposition is no list item
    ("Kepala Desa Lanjak , Budi Santoso , mengatakan", ["Desa Lanjak:LOC", "Budi Santoso:PER"], []),
    # nor are people listed after an area with no locative cue before it and no item the tagger took for a place
    ("Perwakilan warga Desa Sukamaju , Budi Santoso , dan Ani Lestari menolak",
     ["Desa Sukamaju:LOC", "Budi Santoso:PER", "Ani Lestari:PER"], []),
    ("Tokoh masyarakat Kelurahan Tanjung Priok , Ahmad Fauzi , dan Rudi Hartono hadir",
     ["Kelurahan Tanjung Priok:LOC", "Ahmad Fauzi:PER", "Rudi Hartono:PER"], []),
    # a cue of its own opens a list of areas
    ("Banjir melanda Desa Sukamaju , Cibeureum , dan Pasir Jati", ["Desa Sukamaju:LOC", "Cibeureum:PER",
                                                                  "Pasir Jati:PER"], ["Cibeureum", "Pasir Jati"]),
    # nor is a list opened by a street: its items may be people
    ("di Jalan Melati , Andi dan Budi ditangkap", ["Jalan Melati:LOC", "Andi:PER", "Budi:PER"], []),
    # an organisation in the list breaks it
    ("di Kecamatan Badau , Polsek Badau , dan Budi Santoso", ["Kecamatan Badau:LOC", "Polsek Badau:ORG",
                                                            "Budi Santoso:PER"], []),
])
def test_places_in_lists(sentence, tagged, places):
    words = _words(sentence)
    spans = _spans(words, tagged)
    found = places_in_lists(words, spans)
    changed = [" ".join(words[a:b]) for a, b, k in found if k == "LOC" and (a, b, "LOC") not in spans]
    assert changed == places


@pytest.mark.parametrize("sentence,tags,a,b,name", [
    # a division's words before a whole organisation the KB knows are the title's
    ("Vice President Komunikasi Korporat Pupuk Indonesia , Dimas", ["", "", "", "", "B-ORG", "I-ORG", "", ""],
     2, 6, "Pupuk Indonesia"),
    # a head word starts a name of its own; words the KB knows in part, or a name it knows only in part, stay
    ("Kepala Badan Geologi Kementerian ESDM", ["", "B-ORG", "I-ORG", "B-ORG", "I-ORG"], 1, 5,
     "Badan Geologi Kementerian ESDM"),
    ("Direktur Sinar Jaya Pertamina Patra", ["", "", "", "B-ORG", "I-ORG"], 1, 4, "Sinar Jaya Pertamina"),
    ("Direktur Sinar Jaya Abadi", ["", "", "", ""], 1, 4, "Sinar Jaya Abadi"),
])
def test_division_before_known(sentence, tags, a, b, name):
    words = _words(sentence)
    assert " ".join(words[division_before_known(words, tags, a, b):b]) == name


@pytest.mark.parametrize("sentence,spans,tags,names", [
    # a listed competition the tagger left out
    ("puncak klasemen La Liga .", [], {}, [("La Liga", "MISC")]),
    # a name the KB knows, tagged alone, then a tournament's or fair's tail word
    ("gelar di Indonesia Masters 2025", [(2, 3, "LOC")], {2: "B-LOC"}, [("Indonesia Masters", "MISC")]),
    ("Jakarta Fair dibuka pekan depan", [(0, 1, "LOC")], {0: "B-LOC"}, [("Jakarta Fair", "MISC")]),
    # no tail word after it: the place stays
    ("gelar di Indonesia tahun ini", [(2, 3, "LOC")], {2: "B-LOC"}, [("Indonesia", "LOC")]),
])
def test_misc_by_tail(sentence, spans, tags, names):
    words = _words(sentence)
    kb_tags = [tags.get(k, "") for k in range(len(words))]
    assert [(" ".join(words[a:b]), k) for a, b, k in misc_by_tail(words, spans, kb_tags)] == names


@pytest.mark.parametrize("sentence,spans,heads,names", [
    # a region ending an organisation the tagger found: one name, the office serving it
    ("pejabat Kantor Pertanahan Kota Bekasi yang", [(1, 5, "ORG")], [(3, 5, "LOC")],
     [("Kantor Pertanahan Kota Bekasi", "ORG")]),
    # a head-word name inside a place or a person span still replaces it
    ("warga Desa Sukamaju Budi", [(1, 4, "PER")], [(1, 3, "LOC")], [("Desa Sukamaju", "LOC"), ("Budi", "PER")]),
    # two organisations joined by a hyphen that the tagger read as one: one name, a movement's two names
    ("bagian dari Tentara Pembebasan - Organisasi Papua Merdeka (", [(2, 8, "ORG")], [(2, 4, "ORG"), (5, 8, "ORG")],
     [("Tentara Pembebasan - Organisasi Papua Merdeka", "ORG")]),
    # joined by "dan", or typed apart by the tagger: two
    ("bagian dari Tentara Pembebasan dan Organisasi Papua Merdeka (", [(2, 8, "ORG")],
     [(2, 4, "ORG"), (5, 8, "ORG")], [("Tentara Pembebasan", "ORG"), ("Organisasi Papua Merdeka", "ORG")]),
    ("bagian dari Tentara Pembebasan - Organisasi Papua Merdeka (", [(2, 4, "ORG"), (5, 8, "ORG")],
     [(2, 4, "ORG"), (5, 8, "ORG")], [("Tentara Pembebasan", "ORG"), ("Organisasi Papua Merdeka", "ORG")]),
])
def test_merge_heads(sentence, spans, heads, names):
    words = _words(sentence)
    assert [(" ".join(words[a:b]), k) for a, b, k in merge_heads(words, spans, heads)] == names


@pytest.mark.parametrize("sentence,spans,tags,names", [
    # a unit, then the body it belongs to as the tagger or a head word found it: one name
    ("Satgas Pangan Polresta Surakarta menyita", [(0, 2, "ORG"), (2, 4, "ORG")], {},
     [("Satgas Pangan Polresta Surakarta", "ORG")]),
    # the body as an acronym only the KB knows (two words of it), or one in capitals
    ("Komite Wasit PSSI memeriksa", [(0, 2, "ORG")], {2: "B-ORG"}, [("Komite Wasit PSSI", "ORG")]),
    ("Direktorat Jenderal Perhubungan Laut Kementerian Perhubungan menerbitkan", [(0, 4, "ORG")],
     {4: "B-ORG", 5: "I-ORG"}, [("Direktorat Jenderal Perhubungan Laut Kementerian Perhubungan", "ORG")]),
    ("di Gedung Rektorat UNKP kemarin", [(1, 3, "LOC")], {}, [("Gedung Rektorat UNKP", "LOC")]),
    # a unit of a unit reads on to the body
    ("Subdit Siber Direktorat Reserse Polda Bali menangkap", [(0, 2, "ORG"), (2, 4, "ORG"), (4, 6, "ORG")], {},
     [("Subdit Siber Direktorat Reserse Polda Bali", "ORG")]),
    # not a body after it: a place the KB knows, a common word in capitals, a person
    ("Satgas Pangan Jawa Timur menyita", [(0, 2, "ORG"), (2, 4, "LOC")], {2: "B-LOC", 3: "I-LOC"},
     [("Satgas Pangan", "ORG"), ("Jawa Timur", "LOC")]),
    ("Satgas Penanganan DBD menyemprot", [(0, 2, "ORG")], {}, [("Satgas Penanganan", "ORG")]),
    ("Kepala Satgas Humas AKBP Yusuf", [(1, 3, "ORG"), (4, 5, "PER")], {},
     [("Satgas Humas", "ORG"), ("Yusuf", "PER")]),  # a rank in capitals
    ("Ketua Komite Wasit Ahmad Riyadh menyebut", [(1, 3, "ORG"), (3, 5, "PER")], {},
     [("Komite Wasit", "ORG"), ("Ahmad Riyadh", "PER")]),
    # bodies of their own, annotated apart from the body after them (GUIDELINES)
    ("Komisi XI DPR menyetujui", [(0, 2, "ORG"), (2, 3, "ORG")], {}, [("Komisi XI", "ORG"), ("DPR", "ORG")]),
    ("Badan Geologi Kementerian ESDM mencatat", [(0, 2, "ORG"), (2, 4, "ORG")], {},
     [("Badan Geologi", "ORG"), ("Kementerian ESDM", "ORG")]),
])
def test_units_with_parents(sentence, spans, tags, names):
    words = _words(sentence)
    kb_tags = [tags.get(k, "") for k in range(len(words))]
    assert [(" ".join(words[a:b]), k) for a, b, k in units_with_parents(words, spans, kb_tags)] == names


@pytest.mark.parametrize("sentence,spans,names", [
    ("Sidang Gereja Kristen Injili di Tanah Papua dibuka", [(1, 4, "LOC")],
     [("Gereja Kristen Injili di Tanah Papua", "ORG")]),
    ("Ketua Umum Persekutuan Gereja-gereja di Indonesia hadir", [(3, 4, "LOC")],
     [("Persekutuan Gereja-gereja di Indonesia", "ORG")]),
    # a title and a unit of the church before it: the unit is part of the name, the title is not
    ("Ketua Klasis Paniai Gereja Kingmi di Tanah Papua hadir", [(3, 5, "LOC"), (7, 8, "LOC")],
     [("Klasis Paniai Gereja Kingmi di Tanah Papua", "ORG")]),
    # a church building in a city, and a school named with a church word: a place in a place
    ("jemaat Gereja Kemah Injil di Tanah Papua berdoa", [(1, 4, "LOC")],
     [("Gereja Kemah Injil di Tanah Papua", "ORG")]),
    ("misa di Gereja Katedral di Jakarta Pusat", [(2, 4, "LOC"), (5, 7, "LOC")],
     [("Gereja Katedral", "LOC"), ("Jakarta Pusat", "LOC")]),
    ("siswa SD YPK Bethel Yadauw di Distrik Kaureh", [(1, 5, "ORG"), (6, 8, "LOC")],
     [("SD YPK Bethel Yadauw", "ORG"), ("Distrik Kaureh", "LOC")]),
])
def test_churches_by_region(sentence, spans, names):
    words = _words(sentence)
    assert [(" ".join(words[a:b]), k) for a, b, k in churches_by_region(words, spans)] == names
