"""In-article coreference over candidate mentions, one row per Indonesian example."""

from __future__ import annotations

import pytest

from warta.components import word_search
from warta.components.coref import cluster
from warta.components.coref_propagate import propagate
from warta.components.coref_cues import merge_nicknames, title_references
from warta.components.ner_rules import Cand
from warta.components.word_search import whole_words


def _cands(text: str, spans: list[tuple[str, str]]) -> list[Cand]:
    """Candidates for each (surface, type), found left to right in the text."""
    out, pos = [], 0
    for surface, kind in spans:
        start = text.index(surface, pos)
        out.append(Cand(start, start + len(surface), kind))
        pos = start + len(surface)
    return out


def _groups(text: str, clusters) -> list[list[str]]:
    return [[text[m.start:m.end] for m in c.mentions] for c in clusters]


@pytest.mark.parametrize("text,spans,groups", [
    ("Choe Son Hui tiba di Moskow. Tidak jelas siapa yang akan ditemui Choe.",
     [("Choe Son Hui", "PER"), ("Moskow", "LOC"), ("Choe", "PER")],
     [["Choe Son Hui", "Choe"], ["Moskow"]]),
    ("Badan Pusat Statistik mencatat inflasi. BPS menyebut harga beras naik.",
     [("Badan Pusat Statistik", "ORG"), ("BPS", "ORG")],
     [["Badan Pusat Statistik", "BPS"]]),
    ("PSSI menjatuhkan sanksi. Persatuan Sepak Bola Seluruh Indonesia menyebut keputusan final.",
     [("PSSI", "ORG"), ("Persatuan Sepak Bola Seluruh Indonesia", "ORG")],
     [["PSSI", "Persatuan Sepak Bola Seluruh Indonesia"]]),
    ("Perry Warjiyo memimpin rapat. Menurut Perry, inflasi terkendali.",
     [("Perry Warjiyo", "PER"), ("Perry", "ORG")],  # the tagger's mistyped first name still joins the person
     [["Perry Warjiyo", "Perry"]]),
    ("Abdul Muhari dan Abdul Rahman hadir. Abdul Rahman lalu berbicara, disusul Abdul.",
     [("Abdul Muhari", "PER"), ("Abdul Rahman", "PER"), ("Abdul Rahman", "PER"), ("Abdul", "PER")],
     [["Abdul Muhari"], ["Abdul Rahman", "Abdul Rahman", "Abdul"]]),  # the most recently mentioned Abdul
    ("Dinas Pekerjaan Umum dan Penataan Ruang menggelar tender. Kepala Dinas PUPR membantah.",
     [("Dinas Pekerjaan Umum dan Penataan Ruang", "ORG"), ("Dinas PUPR", "ORG")],
     [["Dinas Pekerjaan Umum dan Penataan Ruang", "Dinas PUPR"]]),
    ("MOSKOW - Presiden tiba di Moskow.",
     [("MOSKOW", "LOC"), ("Moskow", "LOC")],
     [["MOSKOW", "Moskow"]]),
    ("Badan Nasional Penanggulangan Bencana mengirim bantuan. Menurut BNPB, korban bertambah.",
     [("Badan Nasional Penanggulangan Bencana", "ORG"), ("BNPB", "PER")],   # mistyped by the tagger
     [["Badan Nasional Penanggulangan Bencana", "BNPB"]]),
    # an acronym followed by the same place as the full name
    ("Pengadilan Negeri Bandung menggelar sidang. Di PN Bandung, terdakwa menangis.",
     [("Pengadilan Negeri Bandung", "ORG"), ("PN Bandung", "ORG")],
     [["Pengadilan Negeri Bandung", "PN Bandung"]]),
    ("Pengadilan Tinggi DKI Jakarta menolak banding. Putusan PT DKI Jakarta itu final.",
     [("Pengadilan Tinggi DKI Jakarta", "ORG"), ("PT DKI Jakarta", "ORG")],
     [["Pengadilan Tinggi DKI Jakarta", "PT DKI Jakarta"]]),
    ("Sidang di Pengadilan Tata Usaha Negara Pekanbaru ditunda. PTUN Pekanbaru menjadwalkan ulang.",
     [("Pengadilan Tata Usaha Negara Pekanbaru", "ORG"), ("PTUN Pekanbaru", "LOC")],  # mistyped by the tagger
     [["Pengadilan Tata Usaha Negara Pekanbaru", "PTUN Pekanbaru"]]),
    # a syllable acronym followed by the same place, or by the place's initials
    ("Kepolisian Resor Kota Besar Semarang menangkap NH. Polrestabes Semarang lalu menahannya.",
     [("Kepolisian Resor Kota Besar Semarang", "ORG"), ("Polrestabes Semarang", "ORG")],
     [["Kepolisian Resor Kota Besar Semarang", "Polrestabes Semarang"]]),
    ("Dinas Kesehatan Kabupaten Sikka menetapkan KLB. Kepala Dinkes Sikka mengatakan hal itu.",
     [("Dinas Kesehatan Kabupaten Sikka", "ORG"), ("Dinkes Sikka", "ORG")],
     [["Dinas Kesehatan Kabupaten Sikka", "Dinkes Sikka"]]),
    ("Kepolisian Daerah Nusa Tenggara Barat memecat dua anggota. Sidang digelar di Polda NTB.",
     [("Kepolisian Daerah Nusa Tenggara Barat", "ORG"), ("Polda NTB", "ORG")],
     [["Kepolisian Daerah Nusa Tenggara Barat", "Polda NTB"]]),
    # a lone word taken for a person that starts an organisation named before
    ("Greenpeace Indonesia mencatat 47 lubang tambang. Juru kampanye Greenpeace, Iqbal Damanik, meminta izin dicabut.",
     [("Greenpeace Indonesia", "ORG"), ("Greenpeace", "PER"), ("Iqbal Damanik", "PER")],
     [["Greenpeace Indonesia", "Greenpeace"], ["Iqbal Damanik"]]),
    ("Budi Santoso hadir. Santoso Group lalu menolak, kata Budi.",
     [("Budi Santoso", "PER"), ("Santoso Group", "ORG"), ("Budi", "PER")],   # a person named before wins
     [["Budi Santoso", "Budi"], ["Santoso Group"]]),
    # an acronym spelling a body's name, then the place it serves
    ("Badan Penanggulangan Bencana Daerah menetapkan siaga. Kepala BPBD Kabupaten Bandung hadir.",
     [("Badan Penanggulangan Bencana Daerah", "ORG"), ("BPBD Kabupaten Bandung", "ORG")],
     [["Badan Penanggulangan Bencana Daerah", "BPBD Kabupaten Bandung"]]),
    # a water's bare name is the land beside it
    ("Kapal melintas di Selat Singapura. Singapura menolak klaim itu.",
     [("Selat Singapura", "LOC"), ("Singapura", "LOC")],
     [["Selat Singapura"], ["Singapura"]]),
    ("Pemerintah Kabupaten Lebak menetapkan status darurat. Bantuan diserahkan kepada Pemkab Lebak.",
     [("Pemerintah Kabupaten Lebak", "ORG"), ("Pemkab Lebak", "ORG")],
     [["Pemerintah Kabupaten Lebak", "Pemkab Lebak"]]),
    ("Kementerian Luar Negeri China membantah. Juru bicara Kemlu China Guo Jiakun menyebut kapal itu ilegal.",
     [("Kementerian Luar Negeri China", "ORG"), ("Kemlu China", "ORG")],   # the last word left unspelled
     [["Kementerian Luar Negeri China", "Kemlu China"]]),
    ("Kepolisian Daerah Riau menyelidiki kasus itu. Polda Jambi membantu.",
     [("Kepolisian Daerah Riau", "ORG"), ("Polda Jambi", "ORG")],     # another place: another police
     [["Kepolisian Daerah Riau"], ["Polda Jambi"]]),
    ("Kejaksaan Tinggi Medan memeriksa saksi. Kejari Medan menunggu.",
     [("Kejaksaan Tinggi Medan", "ORG"), ("Kejari Medan", "ORG")],    # "ari" is in no word of the name
     [["Kejaksaan Tinggi Medan"], ["Kejari Medan"]]),
    ("Pengadilan Negeri Bandung menggelar sidang. PN Surabaya menunda sidang lain.",
     [("Pengadilan Negeri Bandung", "ORG"), ("PN Surabaya", "ORG")],  # another place: another court
     [["Pengadilan Negeri Bandung"], ["PN Surabaya"]]),
    ("Pengadilan Negeri Bandung menggelar sidang. PT Bandung menunda sidang lain.",
     [("Pengadilan Negeri Bandung", "ORG"), ("PT Bandung", "ORG")],  # letters that spell another name
     [["Pengadilan Negeri Bandung"], ["PT Bandung"]]),
])
def test_cluster_groups_mentions_of_one_entity(text, spans, groups):
    assert _groups(text, cluster(_cands(text, spans), text)) == groups


def test_cluster_acronym_in_brackets_joins_its_expansion():
    text = "Konfederasi Sepak Bola Asia (AFC) menjatuhkan denda. Denda dari AFC besar."
    name, bracket, alone = _cands(text, [("Konfederasi Sepak Bola Asia", "ORG"), ("AFC", "ORG"), ("AFC", "ORG")])
    bracket.partner, bracket.kind = name, "acronym"
    assert _groups(text, cluster([name, bracket, alone], text)) == [["Konfederasi Sepak Bola Asia", "AFC", "AFC"]]


@pytest.mark.parametrize("text,spans,missed", [
    ("Banjir melanda Kabupaten Lebak. Warga Lebak mengungsi.", [("Kabupaten Lebak", "LOC")], "Lebak"),
    ("Choe Son Hui tiba. Tidak jelas siapa yang ditemui Choe.", [("Choe Son Hui", "PER")], "Choe"),
    # a company named again without its legal form and tail
    ("Izin itu milik PT Timah Tbk. Pihak Timah membantah.", [("PT Timah Tbk", "ORG")], "Timah"),
    ("Saham PT Aneka Tambang naik. Direksi Aneka Tambang puas.", [("PT Aneka Tambang", "ORG")], "Aneka Tambang"),
])
def test_propagate_finds_names_the_tagger_missed(text, spans, missed):
    cands = _cands(text, spans)
    clusters = cluster(cands, text)
    propagate(clusters, text, [(c.start, c.end) for c in cands], lambda a, b: True)
    assert [text[m.start:m.end] for m in clusters[0].mentions][-1] == missed


@pytest.mark.parametrize("text,forms,found", [
    ("Lebak dan Kabupaten Lebak", ["Lebak", "Kabupaten Lebak"], ["Lebak", "Kabupaten Lebak"]),  # longest at a start
    ("Lebaknya, Lebak-Banten, LebakX, _Lebak", ["Lebak"], []),  # inside a longer word
    ("(Lebak) Lebak.", ["Lebak"], ["Lebak", "Lebak"]),
    ("Choe Son Hui", ["Choe Son", "Son Hui"], ["Choe Son"]),  # no two overlap: the leftmost wins
    ("Tidak ada", ["Lebak"], []),
    ("Lebak", [], []),
    ("Dedi, Dedi Dedi", ["Dedi", "Dedi Dedi"], ["Dedi", "Dedi Dedi"]),  # a form found again inside a longer one
])
@pytest.mark.parametrize("find_forms", [64, 0])  # a few forms: str.find per form; many: one automaton pass
def test_whole_words(text, forms, found, find_forms, monkeypatch):
    monkeypatch.setattr(word_search, "_FIND_FORMS", find_forms)
    assert [text[a:b] for a, b in whole_words(text, forms)] == found


@pytest.mark.parametrize("text,resolved", [
    ("Presiden Rusia Vladimir Putin tiba. Sang presiden disambut.", True),
    ("Presiden Rusia Vladimir Putin bertemu Presiden Ukraina Volodymyr Zelenskiy. Sang presiden tersenyum.", False),
])
def test_title_references_need_a_single_holder(text, resolved):
    cands = _cands(text, [("Vladimir Putin", "PER")] + ([("Volodymyr Zelenskiy", "PER")] if "Ukraina" in text else []))
    cands[0].titles = ["Presiden Rusia"]
    if len(cands) > 1:
        cands[1].titles = ["Presiden Ukraina"]
    refs = title_references(text, cluster(cands, text))
    assert bool(refs) is resolved


@pytest.mark.parametrize("text,spans,kinds", [
    ("MOSKOW - Presiden tiba di Moskow.", [("Moskow", "LOC"), ("MOSKOW", "LOC")], ["name", "name"]),
    ("Badan Pusat Statistik mencatat inflasi. BPS menyebut harga naik.",
     [("Badan Pusat Statistik", "ORG"), ("BPS", "ORG")], ["name", "acronym"]),
])
def test_cluster_mention_kinds(text, spans, kinds):
    (c,) = cluster(_cands(text, sorted(spans, key=lambda s: text.index(s[0]))), text)
    assert [m.kind for m in c.mentions] == kinds


def test_cluster_initials_found_by_rule_spell_no_organisation():
    text = "Pria berinisial MS ditangkap di Kecamatan Medan Sunggal."
    initials, place = _cands(text, [("MS", "PER"), ("Kecamatan Medan Sunggal", "LOC")])
    initials.source = "rule"
    assert _groups(text, cluster([initials, place], text)) == [["MS"], ["Kecamatan Medan Sunggal"]]


@pytest.mark.parametrize("text,spans,groups", [
    ("Rizky Pradana juara. Kiki, sapaan akrab Rizky, menang.",
     [("Rizky Pradana", "PER"), ("Kiki", "PER"), ("Rizky", "PER")],
     [["Rizky Pradana", "Kiki", "Rizky"]]),
    ("Ahmad Dhani datang. Dhani, panggilan akrab Ahmad Dhani, bernyanyi.",
     [("Ahmad Dhani", "PER"), ("Dhani", "PER"), ("Ahmad Dhani", "PER")],
     [["Ahmad Dhani", "Dhani", "Ahmad Dhani"]]),
    # no cue between the names: two people
    ("Rizky Pradana juara. Kiki, pelatih Rizky, senang.",
     [("Rizky Pradana", "PER"), ("Kiki", "PER"), ("Rizky", "PER")],
     [["Rizky Pradana", "Rizky"], ["Kiki"]]),
])
def test_merge_nicknames(text, spans, groups):
    clusters = merge_nicknames(cluster(_cands(text, spans), text), text)
    assert _groups(text, clusters) == groups


def test_propagate_does_not_cut_names_without_a_legal_form():
    text = "Bank Dunia menilai. Dunia usaha lesu."
    cands = _cands(text, [("Bank Dunia", "ORG")])
    clusters = cluster(cands, text)
    propagate(clusters, text, [(c.start, c.end) for c in cands], lambda a, b: True)
    assert [text[m.start:m.end] for m in clusters[0].mentions] == ["Bank Dunia"]


@pytest.mark.parametrize("text,spans,groups", [
    # a legal form is not an acronym of the company named before with it
    ("PT Sinar Jaya Tbk untung. PT Sritex Tbk merugi.", [("PT Sinar Jaya Tbk", "ORG"), ("PT Sritex Tbk", "ORG")],
     [["PT Sinar Jaya Tbk"], ["PT Sritex Tbk"]]),
    # the first or last words of a company's name written with its legal form name it again
    ("PT Industri Jamu dan Farmasi Sido Muncul Tbk untung. Direktur Sido Muncul hadir.",
     [("PT Industri Jamu dan Farmasi Sido Muncul Tbk", "ORG"), ("Sido Muncul", "PER")],
     [["PT Industri Jamu dan Farmasi Sido Muncul Tbk", "Sido Muncul"]]),
    ("PT Kalbe Farma Tbk untung. Kalbe menambah pabrik.", [("PT Kalbe Farma Tbk", "ORG"), ("Kalbe", "PER")],
     [["PT Kalbe Farma Tbk", "Kalbe"]]),
    # a person named in full keeps his surname, even when a company carries it
    ("Aburizal Bakrie hadir. PT Bakrie Sumatera Plantations Tbk merugi. Kata Bakrie, utang aman.",
     [("Aburizal Bakrie", "PER"), ("PT Bakrie Sumatera Plantations Tbk", "ORG"), ("Bakrie", "PER")],
     [["Aburizal Bakrie", "Bakrie"], ["PT Bakrie Sumatera Plantations Tbk"]]),
    # a one-word person the sentence names as one, in apposition or after a speech verb, is no company
    ("PT Santoso Jaya Abadi Tbk digugat warga. Juru bicara warga, Santoso, mengatakan gugatan didaftarkan.",
     [("PT Santoso Jaya Abadi Tbk", "ORG"), ("Santoso", "PER")], [["PT Santoso Jaya Abadi Tbk"], ["Santoso"]]),
    ("PT Hartono Makmur Tbk digugat warga. Kami siap, kata Hartono.",
     [("PT Hartono Makmur Tbk", "ORG"), ("Hartono", "PER")], [["PT Hartono Makmur Tbk"], ["Hartono"]]),
    # the name again without its legal form, or with another part of it
    ("PT Bank Dana Prima Tbk untung. OJK mendenda Bank Dana Prima.",
     [("PT Bank Dana Prima Tbk", "ORG"), ("OJK", "ORG"), ("Bank Dana Prima", "ORG")],
     [["PT Bank Dana Prima Tbk", "Bank Dana Prima"], ["OJK"]]),
    ("BPOM menarik sirup PT Sinar Husada Farma Tbk. Kuasa hukum PT Sinar Husada Farma membantah.",
     [("BPOM", "ORG"), ("PT Sinar Husada Farma Tbk", "ORG"), ("PT Sinar Husada Farma", "ORG")],
     [["BPOM"], ["PT Sinar Husada Farma Tbk", "PT Sinar Husada Farma"]]),
    # but not another company whose name starts the same
    ("PT Pertamina Patra Niaga menaikkan harga. PT Pertamina membantah.",
     [("PT Pertamina Patra Niaga", "ORG"), ("PT Pertamina", "ORG")], [["PT Pertamina Patra Niaga"], ["PT Pertamina"]]),
])
def test_cluster_companies_by_legal_form(text, spans, groups):
    assert _groups(text, cluster(_cands(text, spans), text)) == groups


@pytest.mark.parametrize("text,spans,groups", [
    # a bare name shared by a city and a regency is the city
    ("Warga Kabupaten Jayapura dan Kota Jayapura mengungsi. Tim tiba di Jayapura.",
     [("Kabupaten Jayapura", "LOC"), ("Kota Jayapura", "LOC"), ("Jayapura", "LOC")],
     [["Kabupaten Jayapura"], ["Kota Jayapura", "Jayapura"]]),
    # a regency named alone takes its bare name
    ("Banjir melanda Kabupaten Bandung. Bupati Bandung meninjau.", [("Kabupaten Bandung", "LOC"), ("Bandung", "LOC")],
     [["Kabupaten Bandung", "Bandung"]]),
    # a facility by its head word and the first words of its name, honorifics left out
    ("Balita dirawat di RSUP Dr. Wahidin Sudirohusodo. Direktur RSUP Wahidin menjelaskan.",
     [("RSUP Dr. Wahidin Sudirohusodo", "LOC"), ("RSUP Wahidin", "LOC")],
     [["RSUP Dr. Wahidin Sudirohusodo", "RSUP Wahidin"]]),
    ("Balita dirawat di RSUP Dr. Wahidin Sudirohusodo dan RSUD Daya.",
     [("RSUP Dr. Wahidin Sudirohusodo", "LOC"), ("RSUD Daya", "LOC")],
     [["RSUP Dr. Wahidin Sudirohusodo"], ["RSUD Daya"]]),
    ("Warga Kota Tangerang Selatan dan Kota Tangerang mengungsi.",
     [("Kota Tangerang Selatan", "LOC"), ("Kota Tangerang", "LOC")], [["Kota Tangerang Selatan"], ["Kota Tangerang"]]),
])
def test_cluster_a_bare_place_name(text, spans, groups):
    assert _groups(text, cluster(_cands(text, spans), text)) == groups


@pytest.mark.parametrize("borrowed,groups", [
    # a city named for its club joins the club but lends it no name: the city said again is the city
    (True, [["PSM Makassar", "Makassar"], ["Makassar"]]),
    (False, [["PSM Makassar", "Makassar", "Makassar"]]),
])
def test_cluster_a_borrowed_name_lends_no_form(borrowed, groups):
    text = "PSM Makassar kalah. Pelatih Makassar kecewa. Suporter di Makassar marah."
    club, city_for_club, city = _cands(text, [("PSM Makassar", "ORG"), ("Makassar", "ORG"), ("Makassar", "LOC")])
    city_for_club.partner, city_for_club.borrowed = club, borrowed
    clusters = cluster([club, city_for_club, city], text)
    propagate(clusters, text, [(c.start, c.end) for c in (club, city_for_club, city)], lambda a, b: True)
    assert _groups(text, clusters) == groups


@pytest.mark.parametrize("text,spans,groups", [
    # an office's short name alone is the office the article names with its region
    ("BPBD Parigi Moutong mencatat korban. BPBD juga membuka posko.",
     [("BPBD Parigi Moutong", "ORG"), ("BPBD", "ORG")], [["BPBD Parigi Moutong", "BPBD"]]),
    # none when the article names two
    ("Polres Sikka dan Polres Ende bersiaga. Polres juga menutup jalan.",
     [("Polres Sikka", "ORG"), ("Polres Ende", "ORG"), ("Polres", "ORG")],
     [["Polres Sikka"], ["Polres Ende"], ["Polres"]]),
])
def test_cluster_an_offices_short_name_alone(text, spans, groups):
    assert _groups(text, cluster(_cands(text, spans), text)) == groups


@pytest.mark.parametrize("text,spans,groups", [
    # news calls people by the start of a name
    ("Ketua KPU Mochammad Afifuddin hadir. Rekapitulasi digelar, kata Afif.",
     [("KPU", "ORG"), ("Mochammad Afifuddin", "PER"), ("Afif", "PER")], [["KPU"], ["Mochammad Afifuddin", "Afif"]]),
    ("Tri Rismaharini hadir. Risma mengatakan warga aman.", [("Tri Rismaharini", "PER"), ("Risma", "PER")],
     [["Tri Rismaharini", "Risma"]]),
    # not a name that is a word of its own a little shorter, nor one two people's names start with
    ("Budiono Darsono dan Budi hadir.", [("Budiono Darsono", "PER"), ("Budi", "PER")],
     [["Budiono Darsono"], ["Budi"]]),
    ("Agustinus Wibowo dan Agustiawan Putra hadir. Agus mengatakan rapat ditunda.",
     [("Agustinus Wibowo", "PER"), ("Agustiawan Putra", "PER"), ("Agus", "PER")],
     [["Agustinus Wibowo"], ["Agustiawan Putra"], ["Agus"]]),
    # a one-word name a rule typed as an organisation after a kind of body is its owner, named before
    ("Direktur PT Mitra Medika, Kevin Halim, divonis. Alat dipasok perusahaan Kevin dari China.",
     [("PT Mitra Medika", "ORG"), ("Kevin Halim", "PER"), ("Kevin", "ORG"), ("China", "LOC")],
     [["PT Mitra Medika"], ["Kevin Halim", "Kevin"], ["China"]]),
    # the name people use: an honorific for the familiar and one name of the person
    ("K.H. Abdul Mun'im Zainuddin terpilih. Mbah Mun'im mengatakan siap.",
     [("Abdul Mun'im Zainuddin", "PER"), ("Mbah Mun'im", "PER")], [["Abdul Mun'im Zainuddin", "Mbah Mun'im"]]),
    ("Anak Agung Gede Raka Pemayun diam. Gung Raka menggugat.",
     [("Anak Agung Gede Raka Pemayun", "PER"), ("Gung Raka", "PER")],
     [["Anak Agung Gede Raka Pemayun", "Gung Raka"]]),
])
def test_cluster_shortened_and_possessor_names(text, spans, groups):
    cands = _cands(text, spans)
    for c in cands:
        if text[c.start:c.end] == "Kevin":
            c.source = "rule"
    assert _groups(text, cluster(cands, text)) == groups
