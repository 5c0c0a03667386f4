"""Person-name rules (titles, honorifics, degrees, name starts, nicknames, initials), one row per example."""

from __future__ import annotations

import pytest

from warta.components.ner_person import (
    after_lower_case,
    alias_after,
    degree_tail,
    initials,
    name_start_before,
    portfolio_overlap,
    rank_inside,
    strip_person,
    title_before,
    title_in_apposition,
    title_overlap,
    unit_names,
)


def _words(sentence: str) -> list[str]:
    return sentence.split()


@pytest.mark.parametrize("sentence,a,start", [
    ("Gubernur Bali I Wayan Koster", 4, 2),
    ("oleh Ni Nyoman Sri Utari", 3, 1),
    ("kata Presiden Joko Widodo", 2, 2),
    # the given name right after a rank (and its corps), which the tagger left out
    ("Kapolsek Tanah Abang Kompol Haris Akhmat Basuki", 5, 4),
    ("Kabid Humas Kombes Pol. Haris Akhmat", 5, 4),
    ("Dandim Letkol Inf Candra Wijaya", 3, 3),  # the corps is no name
    ("Kapolsek Kompol Haris", 2, 2),  # the span starts right after the rank already
])
def test_name_start_before_keeps_balinese_names_whole(sentence, a, start):
    assert name_start_before(_words(sentence), a) == start


@pytest.mark.parametrize("sentence,name", [
    ("Presiden Joko Widodo", "Joko Widodo"),
    ("Prof. Dr. Ani Wijaya M.Si.", "Ani Wijaya"),
    ("Letjen TNI Suharyanto", "Suharyanto"),
    ("Hj. Euis Komariah", "Euis Komariah"),
    ("Kang Dadang", "Dadang"),
    ("Gus Dur", "Gus Dur"),
    ("Cak Imin", "Cak Imin"),
    # ministers and deputy ministers by their short titles
    ("Menaker Yassierli", "Yassierli"),
    ("Mendikdasmen Abdul Mu'ti", "Abdul Mu'ti"),
    ("Wamenlu Anis Matta", "Anis Matta"),
    ("Wamenkeu Suahasil Nazara", "Suahasil Nazara"),
    ("Wamendagri Bima Arya", "Bima Arya"),
    ("Wamenaker Immanuel Ebenezer", "Immanuel Ebenezer"),
    ("Seskab Teddy Indra Wijaya", "Teddy Indra Wijaya"),
    # a title that is also a given name, after another title, starts the name
    ("Menhut Raja Juli Antoni", "Raja Juli Antoni"),
    ("Bupati Ratu Tatu Chasanah", "Ratu Tatu Chasanah"),
    ("Raja Charles", "Charles"),
    ("Dirreskrimum Kombes Wira Satya", "Wira Satya"),
    ("Menko Polhukam Djoko Suyanto", "Djoko Suyanto"),
    ("Menko Kumham Imipas Yusril Ihza Mahendra", "Yusril Ihza Mahendra"),
    ("Kasatreskrim AKP Teguh Kumara", "Teguh Kumara"),
    ("Pak H. Ahmad Yani", "Ahmad Yani"),
])
def test_strip_person_cuts_titles_honorifics_degrees(sentence, name):
    words = _words(sentence)
    a, b = strip_person(words, 0, len(words))
    assert " ".join(words[a:b]) == name


@pytest.mark.parametrize("sentence,start,name", [
    # the tagger began the name after the rank: the corps is still the rank's
    ("bersama Letkol Inf Budiman Manurung kemarin", 2, "Budiman Manurung"),
    ("oleh Laksma TNI Fauzi Rahman", 2, "Fauzi Rahman"),
    # no rank before: an all-capitals first word stays ("AKBP" is a rank, "RA" initials)
    ("oleh RA Kartini", 1, "RA Kartini"),
])
def test_strip_person_cuts_a_corps_after_a_rank_outside_the_span(sentence, start, name):
    words = _words(sentence)
    a, b = strip_person(words, start, len(words) - (sentence.endswith("kemarin")))
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
    # a title after "dan" starts a second person's title, not a longer one for this person
    ("Menhut Budi Hartono dan Mendikdasmen Abdul Mu'ti hadir", 5, "Mendikdasmen"),
    ("Ketua Panitia Budi dan Wamenag Romo Syafii", 5, "Wamenag"),
    ("Menteri Kelautan dan Perikanan Sakti Wahyu", 4, "Menteri Kelautan dan Perikanan"),
])
def test_title_before_a_name(sentence, at, title):
    assert title_before(_words(sentence), at)[1] == title


@pytest.mark.parametrize("sentence,a,n", [
    ("Menteri Luar Negeri Korea Utara Choe", 1, 2),   # "Luar Negeri" finishes "Menteri Luar Negeri"
    ("Kepala Badan Geologi Muhammad Wafid", 1, 0),     # "Badan Geologi" is an organisation, not the title
    ("Presiden Joko Widodo", 1, 0),
    ("Menteri Luar Negeri", 1, 2),  # the whole span finishes the title: nothing is left of a name
    ("Kepala Pelaksana", 1, 1),     # also one word
])
def test_title_overlap(sentence, a, n):
    words = _words(sentence)
    assert title_overlap(words, a, len(words)) == n


@pytest.mark.parametrize("sentence,b,alias", [
    ("Yohanes Tanoto alias Ahong ditahan", 2, "Ahong"),
    ("Zulkifli Hasan akrab disapa Zulhas hadir", 2, "Zulhas"),
])
def test_alias_after_a_person(sentence, b, alias):
    words = _words(sentence)
    x, y = alias_after(words, b)
    assert " ".join(words[x:y]) == alias


@pytest.mark.parametrize("sentence,found", [
    ("tersangka berinisial RA ditahan", ["RA"]),
    ("pelaku AS dan LKS ditangkap", ["AS", "LKS"]),
    ("rapat di DPR kemarin", []),
    ("pria berinisial MS ( 34 ) dan RH ( 29 ) ditangkap", ["MS", "RH"]),
    ("pelaku berinisial RS ( 19 ) , AP ( 22 ) , dan MF ( 17 ) ditangkap", ["RS", "AP", "MF"]),
    # a cue capitalised inside a name is a word of it, not a cue; opening the sentence it is one
    ("ketua Aliansi Korban APD hadir", []),
    ("Korban AB ditemukan tewas", ["AB"]),
])
def test_initials_after_cues_are_people(sentence, found):
    words = _words(sentence)
    assert [words[a] for a, _, _ in initials(words)] == found


@pytest.mark.parametrize("sentence,b,tail", [
    ("dr. Eniarti , M.Sc. , Sp . KJ . , MMR mengatakan", 2, ", M.Sc. , Sp . KJ . , MMR"),
    ("Ani Wijaya , S.H. hadir", 2, ", S.H."),
    ("Ani Wijaya , Budi Santoso , dan", 2, ""),
    # the last piece of a degree written without its full stop
    ("Agustinus Wanimbo , M . Kes , mengatakan", 2, ", M . Kes"),
    ("Fransina Rumbiak , Sp . PD , menyebut", 2, ", Sp . PD"),
    ("Ani Wijaya , S . Pd , M . Pd , hadir", 2, ", S . Pd , M . Pd"),
    # a capitalised word after a full stop that follows a long word is no degree piece
    ("Ani Wijaya , MMR . Budi hadir", 2, ", MMR"),
])
def test_degree_tail_after_a_name(sentence, b, tail):
    words = _words(sentence)
    assert " ".join(words[b:degree_tail(words, b)]) == tail


@pytest.mark.parametrize("sentence,person,persons,found", [
    # a title and its complement before a comma belong to the person after it
    ("Ketua KPU Buton Selatan , Muhammad Irfan Saleh , mengatakan", (5, 8), [(5, 8)],
     ("Ketua KPU Buton Selatan", None)),
    ("Kepala BNPB , Suharyanto mengatakan", (3, 4), [(3, 4)], ("Kepala BNPB", None)),
    ("kata Kepala Bidang Kedaruratan BPBD Lebak , Rahmat Hidayat .", (7, 9), [(7, 9)],
     ("Kepala Bidang Kedaruratan BPBD Lebak", None)),
    # a title whose complement is a person: the person after the comma holds it, the one before does not
    ("Pengacara Hendra , Markus Simanjuntak , membantah", (3, 5), [(1, 2), (3, 5)], ("Pengacara Hendra", (1, 2))),
    ("Juru bicara Anies , Sahrin Hamid , mengatakan", (4, 6), [(2, 3), (4, 6)], ("Juru bicara Anies", (2, 3))),
    # another person before the comma: no apposition
    ("Menurut Presiden Joko Widodo , Anies Baswedan tidak hadir", (5, 7), [(2, 4), (5, 7)], None),
    # a list of names, not an apposition
    ("Pengacara Hendra , Markus , dan Budi hadir", (3, 4), [(1, 2), (3, 4), (6, 7)], None),
    ("Kepala BNPB , Suharyanto dan Budi hadir", (3, 4), [(3, 4), (5, 6)], None),
    ("Kepala Bidang Pembangunan Jalan Dinas PU , Ir. Bambang Suryanto , menjelaskan", (8, 10), [(8, 10)],
     ("Kepala Bidang Pembangunan Jalan Dinas PU", None)),
    # no title before the comma
    ("Di Jakarta , Budi Santoso mengatakan", (3, 5), [(3, 5)], None),
    # a group's word before the comma, not the person's title
    ("Di hadapan para wartawan , Anies Baswedan berjanji", (5, 7), [(5, 7)], None),
    ("Di depan 200 petani , Ganjar Pranowo berpidato", (5, 7), [(5, 7)], None),
    ("Kepada sejumlah pengamat , Budi Santoso menjelaskan", (4, 6), [(4, 6)], None),
    ("Bersama seluruh kepala desa , Kustini meninjau", (5, 6), [(5, 6)], None),
    ("Salah satu pengamat , Budi Santoso , menilai", (4, 6), [(4, 6)], ("pengamat", None)),
])
def test_title_in_apposition(sentence, person, persons, found):
    assert title_in_apposition(_words(sentence), *person, persons) == found


@pytest.mark.parametrize("sentence,tags,units", [
    ("Kepala Bidang Kedaruratan dan Logistik BPBD Lebak , Rahmat", None, ["Kedaruratan dan Logistik"]),
    ("Kepala Seksi Kedaruratan BPBD Kabupaten Bandung Hj. Euis", None, ["Kedaruratan"]),
    ("Kepala Bidang Pembangunan Jalan Dinas PU Bina Marga", None, ["Pembangunan Jalan"]),
    ("Kabid Humas Polda Jatim Kombes Pol Dirmanto", None, ["Humas"]),
    ("Kadiv Humas Irjen Sandi Nugroho", None, ["Humas"]),
    ("Kasat Reskrim Polres Bogor AKP Teguh", None, ["Reskrim"]),
    ("Kepala Satuan Reserse Kriminal Polrestabes Semarang mengatakan", None, ["Reserse Kriminal"]),
    ("Kanit Reskrim Polsek Cilandak Iptu Budi", None, ["Reskrim"]),
    ("Kepala Seksi Ketertiban Kecamatan Ibu , Budi", None, ["Ketertiban"]),
    ("Kepala Bagian Umum Sekretariat Daerah Lebak", None, ["Umum"]),
    # a name the KB knows ends the division's name
    ("Kepala Bidang Humas Jawa Barat Budi", ["", "", "", "B-LOC", "I-LOC", ""], ["Humas"]),
    # no division named: the title stands before an organisation or a lower-case word
    ("Kepala Bidang BPBD Lebak", None, []),
    ("kepala bidang yang baru", None, []),
    ("Kepala Badan Geologi Muhammad Wafid", None, []),
])
def test_unit_names_after_a_division_title(sentence, tags, units):
    words = _words(sentence)
    assert [" ".join(words[a:b]) for a, b in unit_names(words, tags)] == units


@pytest.mark.parametrize("sentence,a,b,n", [
    ("Menteri Ketenagakerjaan Yassierli menyatakan", 1, 3, 1),
    ("Menteri Kelautan dan Perikanan Sakti Wahyu Trenggono hadir", 1, 7, 3),
    ("Menteri Sosial Saifullah Yusuf hadir", 1, 4, 1),
    ("Menteri Luar Negeri Sugiono tiba", 1, 4, 2),
    ("Presiden Prabowo Subianto tiba", 1, 3, 0),        # a name, no portfolio
    ("kata Ketenagakerjaan Yassierli", 1, 3, 0),        # no title before it
    ("Menteri Kesehatan kemarin", 1, 2, 1),             # the portfolio alone: all of it, no one named
])
def test_portfolio_overlap_after_a_title(sentence, a, b, n):
    assert portfolio_overlap(_words(sentence), a, b) == n


@pytest.mark.parametrize("sentence,a,b,start", [
    ("kata Kapolresta Barelang Kombes Pol Nugroho Tri Nuryanto kemarin", 2, 8, 3),
    ("bertemu Menteri Agama Lukman Hakim Syaifuddin di Jakarta", 3, 6, 3),   # "Hakim" is part of the name
])
def test_rank_inside_a_person_after_a_title(sentence, a, b, start):
    assert rank_inside(_words(sentence), a, b) == start


@pytest.mark.parametrize("sentence,glued,name", [
    # "H." written together with an initial other than "M." (Muhammad) is the name's own; apart, it is Haji
    ("Pak H. B. Jassin", {1}, "H. B. Jassin"),
    ("Bupati H. M. Sanusi", {1}, "M. Sanusi"),
    ("Bupati H. A. Rahman", set(), "A. Rahman"),
])
def test_strip_person_reads_h_before_an_initial(sentence, glued, name):
    words = _words(sentence)
    a, b = strip_person(words, 0, len(words), frozenset(glued))
    assert " ".join(words[a:b]) == name


@pytest.mark.parametrize("sentence,a,glued,start", [
    ("karya H. B. Jassin", 2, {1}, 1),   # the tagger took the first initial for Haji
    ("kata H. M. Sanusi", 2, {1}, 2),    # Haji Muhammad: "H." stays out
    ("kata H. A. Rahman", 2, set(), 2),  # written apart: Haji
])
def test_name_start_before_takes_back_a_first_initial(sentence, a, glued, start):
    assert name_start_before(_words(sentence), a, frozenset(glued)) == start


@pytest.mark.parametrize("sentence,start", [
    ("Kritik sastra H. B. Jassin", 2),  # the tagger ran the person over ordinary words
    ("David de Gea", 0),                # a particle is part of the name
    ("Ali bin Abi Thalib", 0),
    ("Abdul Aziz al Saud", 0),
    ("Budi Santoso", 0),
])
def test_after_lower_case(sentence, start):
    words = _words(sentence)
    assert after_lower_case(words, 0, len(words)) == start
