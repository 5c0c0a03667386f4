"""Names written in forms the tagger splits or runs on: the Batak "br"/"boru" between a woman's given name and her
marga, the English and Arabic spellings of Syekh, a body's name listed with commas before its head's name (in the
title as well). End to end with the KB warta ships; one row per Indonesian example."""

from __future__ import annotations

import pytest

from .entity_builders import by_name, names


@pytest.mark.parametrize("text,person", [
    ("Saksi Rosmawati br Siregar mengaku tidak mengetahui aliran dana itu.", "Rosmawati br Siregar"),
    ("Rosmawati br Siregar mengaku tidak mengetahui aliran dana itu.", "Rosmawati br Siregar"),
    ("Menurut Tiurma br. Hutapea, uang itu diserahkan di rumah terdakwa.", "Tiurma br. Hutapea"),
    ("Kepala sekolah Tiur boru Sinaga membantah tudingan itu.", "Tiur boru Sinaga"),
])
def test_a_batak_womans_name_runs_over_br_to_her_marga(text, person):
    found = by_name(text)
    assert found[person].type == "PER"
    assert not {"Rosmawati", "Tiurma", "Siregar", "Hutapea"} & set(found)


@pytest.mark.parametrize("text,person", [
    ("Menurut Sheikh Abdullah bin Zayed Al Nahyan, perundingan berjalan baik.", "Abdullah bin Zayed Al Nahyan"),
    ("Syeikh Hamdan bin Rashid menghadiri pertemuan itu.", "Hamdan bin Rashid"),
    # over each particle in turn
    ("Perdana Menteri Qatar Sheikh Mohammed bin Abdulrahman bin Jassim Al Thani menerima Sugiono.",
     "Mohammed bin Abdulrahman bin Jassim Al Thani"),
])
def test_sheikh_is_an_honorific_not_part_of_the_name(text, person):
    assert by_name(text)[person].type == "PER"


@pytest.mark.parametrize("text,body,person,title", [
    ("Kepala Badan Meteorologi, Klimatologi, dan Geofisika Dwikorita Karnawati mengimbau warga waspada.",
     "Badan Meteorologi, Klimatologi, dan Geofisika", "Dwikorita Karnawati",
     "Kepala Badan Meteorologi, Klimatologi, dan Geofisika"),
    ("Menteri Koordinator Bidang Politik, Hukum, dan Keamanan Budi Gunawan meminta aparat bersiaga.",
     None, "Budi Gunawan", "Menteri Koordinator Bidang Politik, Hukum, dan Keamanan"),
])
def test_a_title_listing_with_commas_ends_at_the_persons_name(text, body, person, title):
    found = by_name(text)
    assert found[person].type == "PER" and title in found[person].titles
    if body:
        assert found[body].type == "ORG"


def test_titles_listed_with_commas_are_not_one_title():
    found = by_name("Gubernur, Wakil Gubernur, dan Sekda Agus Salimun menghadiri rapat itu.")
    assert found["Agus Salimun"].titles == ["Sekda"]


@pytest.mark.parametrize("text,name,kind", [
    ("Bupati Aceh Utara Tgk. H. Zulkarnaini Hasballah meninjau lokasi banjir.", "Zulkarnaini Hasballah", "PER"),
    ("Ampon Syarif mengatakan air mulai surut.", "Syarif", "PER"),
    ("Air Krueng Pase meluap dan merendam rumah warga.", "Krueng Pase", "LOC"),
    ("Di Gampong Meunasah Tutong bantuan baru tiba Selasa siang.", "Gampong Meunasah Tutong", "LOC"),
    ("Warga Nagari Sungai Pua mengungsi ke masjid.", "Nagari Sungai Pua", "LOC"),
])
def test_aceh_and_minang_words(text, name, kind):
    found = by_name(text)
    assert found[name].type == kind
    assert "Tgk" not in found and "Ampon Syarif" not in found


@pytest.mark.parametrize("text,person,title,kb", [
    ("Kepala Badan Nasional Penanggulangan Bencana (BNPB) Suharyanto mengatakan bantuan dikirim.", "Suharyanto",
     "Kepala Badan Nasional Penanggulangan Bencana (BNPB)", "W:suharyanto"),
    ("Ketua Komisi Pemilihan Umum (KPU) Mochammad Afifuddin mengatakan tahapan berjalan.", "Mochammad Afifuddin",
     "Ketua Komisi Pemilihan Umum (KPU)", "W:mochammad-afifuddin"),
])
def test_a_bodys_acronym_in_brackets_stays_in_the_title(text, person, title, kb):
    found = by_name(text)[person]
    assert found.titles == [title]
    assert found.kb == kb  # the title names the office the KB's record holds


@pytest.mark.parametrize("text,body,person,title", [
    # a syllable acronym in brackets, as the title's end
    ("Ketua Gerakan Nasional Anti Narkotika (Granat) Henry Yosodiningrat menilai hukuman itu ringan.",
     "Gerakan Nasional Anti Narkotika", "Henry Yosodiningrat", "Ketua Gerakan Nasional Anti Narkotika (Granat)"),
    # a body the KB knows whole after a title is not a place and a person ("Indonesia" + "Corruption Watch")
    ("Peneliti Indonesia Corruption Watch (ICW) Kurnia Ramadhana mengatakan vonis itu ringan.",
     "Indonesia Corruption Watch", "Kurnia Ramadhana", "Peneliti Indonesia Corruption Watch (ICW)"),
])
def test_a_body_and_its_bracketed_acronym_before_a_person(text, body, person, title):
    found = by_name(text)
    assert found[body].type == "ORG"
    assert found[person].type == "PER" and found[person].titles == [title]


@pytest.mark.parametrize("text,place,person", [
    ("Secara terpisah, Gubernur Papua Pegunungan Nikolaus Kogoya mengimbau kedua kubu.", "Papua Pegunungan",
     "Nikolaus Kogoya"),
    ("Gubernur Papua Tengah Meki Nawipa mengimbau warga tetap tenang.", "Papua Tengah", "Meki Nawipa"),
])
def test_a_province_the_kb_knows_stays_whole_before_a_person(text, place, person):
    found = by_name(text)
    assert found[place].type == "LOC"
    assert found[person].type == "PER" and found[person].titles == [f"Gubernur {place}"]


@pytest.mark.parametrize("text,name,kind", [
    # BMKG's stations are its offices, not places as railway stations are
    ("Tim dari Stasiun Meteorologi Malikussaleh memperkirakan hujan lebat.", "Stasiun Meteorologi Malikussaleh",
     "ORG"),
    ("Penumpang turun di Stasiun Gambir pada pagi hari.", "Stasiun Gambir", "LOC"),
    # "Kantor" and a body the KB knows is that body's office; a building of an office holder stays a place
    ("Tim dari Kantor Basarnas Banda Aceh dikerahkan ke lokasi.", "Kantor Basarnas Banda Aceh", "ORG"),
])
def test_offices_of_bodies(text, name, kind):
    assert by_name(text)[name].type == kind


def test_an_office_holders_building_is_no_body():
    found = by_name("Massa berkumpul di depan Kantor Gubernur Aceh sejak pagi.")
    assert not [name for name, e in found.items() if name.startswith("Kantor") and e.type == "ORG"]


def test_a_rank_alone_is_no_person():
    found = by_name("Kapolrestabes Bandung Kombes Pol. Dani Hamdani mengatakan pihaknya mengerahkan personel.")
    assert "Kombes" not in found
    assert found["Dani Hamdani"].type == "PER"


@pytest.mark.parametrize("text,person,title,not_entities", [
    # a body's board in the title is no entity of its own
    ("Ketua Dewan Komisioner OJK Mahendra Siregar mengatakan sanksi dijatuhkan.", "Mahendra Siregar",
     "Ketua Dewan Komisioner OJK", {"Dewan Komisioner"}),
    ("Anggota Dewan Komisioner OJK Dian Ediana Rae menyebut bank melanggar batas kredit.", "Dian Ediana Rae",
     "Anggota Dewan Komisioner OJK", {"Dewan Komisioner"}),
    # a match official before a one-word name
    ("Pelatih PSM Bernardo Tavares mengkritik kepemimpinan wasit Sudarmadi asal Yogyakarta.", "Sudarmadi", "wasit",
     set()),
    # a player's position, opening the sentence or not
    ("Opposite Rivan Nurmulki tampil paling menonjol dengan 24 poin.", "Rivan Nurmulki", "Opposite",
     {"Opposite Rivan Nurmulki"}),
    ("Tim Merah Putih ditopang libero Dimas Saputra yang tampil solid.", "Dimas Saputra", "libero", set()),
])
def test_titles_of_boards_and_match_officials(text, person, title, not_entities):
    found = by_name(text)
    assert found[person].type == "PER" and found[person].titles == [title]
    assert not not_entities & set(found)


@pytest.mark.parametrize("text,person,title", [
    ("Menlu Malaysia Datuk Seri Mohamad Hasan mengatakan perundingan lancar.", "Mohamad Hasan", "Menlu Malaysia"),
    ("Menlu Filipina Ma. Theresa Lazaro memimpin pertemuan itu.", "Ma. Theresa Lazaro", "Menlu Filipina"),
    ("Nyai Hj. Siti Maemunah Fauzan hadir dalam muktamar itu.", "Siti Maemunah Fauzan", None),
    ("Ketua PHDI Dewa Gede Oka Suryawan mengatakan upacara tetap digelar.", "Dewa Gede Oka Suryawan", "Ketua PHDI"),
    ("Doa dipimpin Habib Husein bin Alwi al-Haddad dari Pasuruan.", "Husein bin Alwi al-Haddad", None),
])
def test_honorifics_and_name_parts_from_malaysia_the_philippines_java_and_bali(text, person, title):
    found = by_name(text)[person]
    assert found.type == "PER" and found.titles == ([title] if title else [])


def test_a_pair_written_with_a_slash_is_two_persons():
    found = by_name("Ganda putri Pearly Tan/M. Thinaah menang atas pasangan China.")
    assert found["Pearly Tan"].type == found["M. Thinaah"].type == "PER"


def test_a_company_with_co_ltd():
    found = by_name("Perusahaan asal China, Zhejiang Hengtai Nickel Co. Ltd., membangun smelter di Morowali.")
    assert [e.type for name, e in found.items() if name.startswith("Zhejiang")] == ["ORG"]


def test_a_portfolio_of_two_parts_stays_in_the_title():
    found = by_name("Hal itu dikatakan Menteri Investasi dan Hilirisasi Rosan Perkasa Roeslani di Jakarta.")
    assert found["Rosan Perkasa Roeslani"].titles == ["Menteri Investasi dan Hilirisasi"]


def test_bodies_listed_each_with_its_head_word_are_several():
    found = by_name("Pasangan itu didukung Partai Golkar, Partai NasDem, dan Partai Demokrat.")
    assert [found[n].type for n in ("Partai Golkar", "Partai NasDem", "Partai Demokrat")] == ["ORG"] * 3


@pytest.mark.parametrize("text,place", [
    ("Kasus terbanyak ada di Kecamatan Labuhan Haji sejak awal bulan.", "Kecamatan Labuhan Haji"),
    ("Pasien dirawat di Puskesmas Labuhan Haji sejak Senin.", "Puskesmas Labuhan Haji"),
])
def test_an_honorific_may_end_a_places_name(text, place):
    assert by_name(text)[place].type == "LOC"


@pytest.mark.parametrize("text,person,not_entities", [
    # degrees the tagger's list lacks end the name and name nothing
    ("Kabid Humas Polda Sulteng Kombes Pol. Djoko Wienartono, S.I.K., M.H., mengatakan tersangka ditahan.",
     "Djoko Wienartono", {"S.I.K."}),
    ("Direktur P2PM dr. Ina Agustina, M.P.H., mengatakan kasus naik.", "Ina Agustina", {"M.P.H."}),
    # a forecaster before the name
    ("Prakirawan BMKG Nurul Fitriani, S.Si., menyebut titik panas bertambah.", "Nurul Fitriani", set()),
    # a Minang gelar after the name ends it
    ("Debat itu diikuti Fadli Rasyid Datuk Rajo Mangkuto dan Hj. Yulia Hendriani.", "Fadli Rasyid",
     {"Fadli Rasyid Datuk Rajo Mangkuto"}),
])
def test_degrees_jobs_and_gelar_around_a_name(text, person, not_entities):
    found = by_name(text)
    assert found[person].type == "PER"
    assert not not_entities & set(found)


@pytest.mark.parametrize("text,team", [
    ("Posisi kedua diraih Pedro Acosta dari Red Bull KTM Factory Racing.", "Red Bull KTM Factory Racing"),
    ("Ai Ogura dari Trackhouse MotoGP Team finis ketiga.", "Trackhouse MotoGP Team"),
])
def test_a_racing_team_is_an_organisation(text, team):
    assert by_name(text)[team].type == "ORG"


@pytest.mark.parametrize("text,places", [
    # a list opened by an area is a list of areas, names the tagger left out among them
    ("Kasus terbanyak di Kecamatan Labuhan Haji, Sakra, dan Selong.", ["Sakra", "Selong"]),
    ("Banjir melanda Desa Sukamaju, Cibeureum, dan Pasir Jati pada Senin.", ["Cibeureum", "Pasir Jati"]),
])
def test_the_items_of_a_list_of_areas(text, places):
    found = by_name(text)
    assert [found[p].type for p in places] == ["LOC"] * len(places)


def test_a_list_of_people_after_a_village_stays_people():
    found = by_name("Perwakilan warga Desa Sukamaju, Budi Santoso, dan Ani Lestari hadir dalam rapat.")
    assert found["Budi Santoso"].type == found["Ani Lestari"].type == "PER"


def test_a_trade_opening_a_sentence_is_no_part_of_the_team_after_it():
    found = by_name("Pebalap Aprilia Racing Marco Bezzecchi menang di Mandalika.")
    assert found["Aprilia Racing"].type == "ORG" and "Pebalap Aprilia Racing" not in found


@pytest.mark.parametrize("text,name,kind", [
    # a name joined to a place after "di" or "menuju" is a place
    ("Tiket dijual di loket resmi di Mataram dan Praya sejak Senin.", "Praya", "LOC"),
    # not one that goes on with its own clause, nor one after "dari"
    ("Ia tinggal di Bandung dan Ani bekerja di sana sejak 2020.", "Ani", "PER"),
    ("Bantuan dari Jakarta dan Budi Santoso tiba kemarin.", "Budi Santoso", "PER"),
])
def test_a_name_joined_to_a_place(text, name, kind):
    assert by_name(text)[name].type == kind


@pytest.mark.parametrize("text,person,title", [
    # Burmese and Chinese-Indonesian forms of address are no part of the name
    ("Sekretaris Tetap Kementerian Luar Negeri Myanmar, U Tin Maung Swe, membantah tudingan itu.", "Tin Maung Swe",
     None),
    # a player from abroad: the country is his origin, the name runs over "da"
    ("Dua pemain diperiksa, yakni bek asal Brasil Rafael Nogueira da Costa dan gelandang asal Jepang Takumi "
     "Hasegawa.", "Rafael Nogueira da Costa", None),
])
def test_forms_of_address_and_origins_before_names(text, person, title):
    found = by_name(text)
    assert found[person].type == "PER"
    assert not [name for name in found if name != person and person in name]


@pytest.mark.parametrize("text,name,kind", [
    ("Kasus pertama ditemukan di SD Inpres Madi, Distrik Paniai Timur.", "SD Inpres Madi", "ORG"),
    ("Ia diiming-imingi beasiswa ke University of Melbourne, Australia.", "University of Melbourne", "ORG"),
    ("Dana beasiswa Kartu Indonesia Pintar (KIP) Kuliah dipotong.", "Kartu Indonesia Pintar", "MISC"),
    # an office named with the region it serves is one organisation
    ("Ia mendesak jaksa mengusut pejabat Kantor Pertanahan Kota Bekasi yang menerbitkan sertifikat itu.",
     "Kantor Pertanahan Kota Bekasi", "ORG"),
    # an analyst's firm the tagger left untagged before its last word
    ("Analis Doo Financial Futures Lukman Leong mengatakan harga emas turun.", "Doo Financial Futures", "ORG"),
])
def test_school_university_programme_and_office_names(text, name, kind):
    assert by_name(text)[name].type == kind


def test_a_club_named_again_without_its_suffix():
    found = by_name("Andalas Putra FC kalah 1-3. Wasit mengusir kiper Andalas Putra, Rizky Ramadhan Lubis, pada "
                    "babak kedua.")
    assert "Andalas Putra" in [m.text for m in found["Andalas Putra FC"].mentions]
    assert found["Rizky Ramadhan Lubis"].type == "PER" and "Andalas Putra" not in found


@pytest.mark.parametrize("text,name,kind", [
    # English "on" joins a name as "of" does (entities.yaml connectors; quoted there: YAML reads a bare on as true)
    ("Perusahaan itu anggota Roundtable on Sustainable Palm Oil (RSPO) sejak 2015.",
     "Roundtable on Sustainable Palm Oil", "ORG"),
    # a Malaysian legal form ends the company's name (org_tails)
    ("Induk perusahaan, Serantau Agro Holdings Berhad, menyatakan tunduk pada aturan.",
     "Serantau Agro Holdings Berhad", "ORG"),
    # a unit that does not stand alone, named with its body (unit_heads)
    ("Petugas dari Laboratorium Forensik Polda Sulawesi Tengah memeriksa lokasi kebakaran.",
     "Laboratorium Forensik Polda Sulawesi Tengah", "ORG"),
    ("Kepala Kanwil I KPPU, Budi Santoso, mengatakan penyelidikan dimulai.", "Kanwil I KPPU", "ORG"),
    # a two-word infix between given name and surname (name_infixes)
    ("Kesepakatan itu dicapai bersama Presiden Komisi Eropa Ursula von der Leyen pada Juli.",
     "Ursula von der Leyen", "PER"),
])
def test_names_read_whole_by_their_connectors_tails_and_unit_heads(text, name, kind):
    assert names(text).get(name) == kind


@pytest.mark.parametrize("text,title,not_name", [
    ("Bendahara Desa Tambakrejo Wetan, Siti Nur Khasanah (34), mengaku diminta mencairkan dana.", "bendahara",
     "Bendahara Desa Tambakrejo Wetan"),
    ("Sekretaris Perusahaan Asuransi Jiwa Pertiwi, Anindya Kusumawardhani, membenarkan adanya serangan.",
     "sekretaris perusahaan", "Perusahaan Asuransi Jiwa Pertiwi"),
])
def test_a_title_is_no_part_of_the_body_or_place_after_it(text, title, not_name):
    assert not_name not in names(text)


@pytest.mark.parametrize("text,not_name", [
    ("Harga gula terus naik menjelang Maulid Nabi di Medan.", "Maulid Nabi"),  # a holy day (not_names)
    ("Komandan Lanal Banyuwangi, Letkol Laut (P) Arief Budiman Santoso, menuturkan posisi kapal aman.", "P"),
    # a navy speciality in brackets after a rank
    ("Direktur Jenderal Perhubungan Laut Kementerian Perhubungan, Hendra Kusumawardhana, meninjau pelabuhan.",
     "Laut Kementerian Perhubungan"),  # the title's portfolio ends before the ministry's head word
])
def test_what_is_no_entity_or_no_part_of_one(text, not_name):
    assert not_name not in names(text)

