"""Entity recognition end to end (tagger + rules + coreference + linking), one row per Indonesian example."""

from __future__ import annotations

import pytest

from warta.components.entities import EntityRecognizer, find_entities
from warta.components.segment import split_sentences, tokenize
from warta.kb import knowledge_base

from .entity_builders import by_name, entities
from .fakekb import FakeKB, Rec

KB = FakeKB(
    Rec("Q159", "LOC", "Rusia", "Q159", aliases=("Federasi Rusia",)),
    Rec("Q649", "LOC", "Moskow", "Q649", stands_for="Q159"),
    Rec("Q1", "ORG", "Kremlin", "Q1", stands_for="Q159"),
    Rec("Q30", "LOC", "Amerika Serikat", "Q30", acronyms=("AS",)),
    Rec("Q212", "LOC", "Ukraina", "Q212"),
    Rec("Q423", "LOC", "Korea Utara", "Q423", aliases=("Korut",)),
    Rec("Q252", "LOC", "Indonesia", "Q252", acronyms=("RI",)),
    Rec("Q3052772", "PER", "Joko Widodo", "Q3052772", aliases=("Jokowi",)),
    Rec("Q2", "ORG", "Komisi Pemberantasan Korupsi", "Q2", acronyms=("KPK",)),
    Rec("Q3", "ORG", "Kementerian Luar Negeri", "Q3", acronyms=("Kemlu", "Kemenlu")),
    Rec("Q4", "LOC", "Kabupaten Buton Selatan", "Q4", aliases=("Buton Selatan",)),
    Rec("Q7747", "PER", "Vladimir Putin", "Q7747", aliases=("Putin",)),
)


@pytest.mark.parametrize("text,name,kind", [
    ("Peneliti Pusat Studi Strategis dan Internasional (CSIS) menyebut jumlahnya kecil.",
     "Pusat Studi Strategis dan Internasional", "ORG"),
    ("Rapat dipimpin Kementerian Koordinator Bidang Politik, Hukum, dan Keamanan pada pagi hari.",
     "Kementerian Koordinator Bidang Politik, Hukum, dan Keamanan", "ORG"),
    ("Data itu dirilis Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) setelah gempa.",
     "Badan Meteorologi, Klimatologi, dan Geofisika", "ORG"),
    ("Warga Kabupaten Lebak diminta waspada terhadap banjir.", "Kabupaten Lebak", "LOC"),
    ("Saham PT Sinar Khatulistiwa Abadi naik tajam kemarin.", "PT Sinar Khatulistiwa Abadi", "ORG"),
    ("Pupuk itu disalurkan PT Pupuk Indonesia (Persero) ke daerah.", "PT Pupuk Indonesia (Persero)", "ORG"),
    ("Mahasiswa Universitas Padjadjaran menggelar aksi damai.", "Universitas Padjadjaran", "ORG"),
    ("Pertandingan digelar di Stadion Utama Gelora Bung Karno malam ini.", "Stadion Utama Gelora Bung Karno", "LOC"),
    ("Gempa itu dipicu aktivitas Sesar Cimandiri di selatan Cianjur.", "Sesar Cimandiri", "LOC"),
])
def test_entities_head_words_decide_extent_and_type(text, name, kind):
    found = by_name(text)
    assert name in found and found[name].type == kind


@pytest.mark.parametrize("text,name,titles", [
    ("Presiden Rusia Vladimir Putin tidak punya rencana untuk menemuinya.", "Vladimir Putin", ["Presiden Rusia"]),
    ("Kapolri Jenderal Listyo Sigit Prabowo meninjau lokasi banjir.", "Listyo Sigit Prabowo", ["Kapolri Jenderal"]),
    ("Menteri Luar Negeri Korea Utara Choe Son Hui tiba di Moskow.", "Choe Son Hui", ["Menteri Luar Negeri Korea Utara"]),
    ("Presiden Ukraina Volodymyr Zelenskiy meminta bantuan.", "Volodymyr Zelenskiy", ["Presiden Ukraina"]),
    ("Menlu Retno L.P. Marsudi tiba di Kairo.", "Retno L.P. Marsudi", ["Menlu"]),
    ("Menteri Luar Negeri Retno L.P. Marsudi tiba di Kairo.", "Retno L.P. Marsudi", ["Menteri Luar Negeri"]),
])
def test_entities_titles_are_kept_out_of_person_names(text, name, titles):
    found = by_name(text, KB)
    assert name in found and found[name].type == "PER"
    assert found[name].titles == titles


@pytest.mark.parametrize("text,name", [
    ("Hal itu disampaikan Prof. Dr. Ani Wijaya, M.Si. dalam seminar di Bandung.", "Ani Wijaya"),
    ("Menurut Pak Budi Santoso, harga beras terus naik.", "Budi Santoso"),
    ("Bantuan diserahkan oleh Hj. Euis Komariah kepada warga.", "Euis Komariah"),
    ("Kepala BNPB Letjen TNI Suharyanto meninjau lokasi gempa.", "Suharyanto"),
    ("Bupati H.M. Sanusi mengatakan jalan itu rampung bulan depan.", "M. Sanusi"),  # H. (Haji) glued to an initial
    ("Rapat bersama Bupati Malang H.M. Sanusi di Surabaya.", "M. Sanusi"),  # after the place split off
    ("Rapat bersama Bupati Malang H. M. Sanusi di Surabaya.", "M. Sanusi"),  # an initial is no corps (TNI, Pol)
    ("Bupati H.M. Sanusi dan penyair Taufiq Ismail hadir.", "M. Sanusi"),  # the tagger's ORG after a title
    ("Bupati Sumenep H.A. Syaifuddin meminta camat mendata warga miskin.", "A. Syaifuddin"),  # Haji Ahmad, Abdul
    ("Wakil Ketua DPRD Pinrang H.A. Mappatoba membuka rapat paripurna.", "A. Mappatoba"),
    # "H." before an initial other than "M." (Muhammad) is the name's own initial, not Haji
    ("Buku karya H.B. Jassin dipamerkan di Jakarta.", "H.B. Jassin"),
    ("Kritik sastra H.B. Jassin masih dibaca hingga kini.", "H.B. Jassin"),
    ("Hadir pula Bupati H. A. Rahman dan sejumlah pejabat.", "A. Rahman"),  # written apart: Haji
])
def test_entities_honorifics_and_degrees_are_not_part_of_names(text, name):
    found = by_name(text)
    assert name in found and found[name].type == "PER"


@pytest.mark.parametrize("text,word", [
    ("JAKARTA, KOMPAS.com - Pemerintah menaikkan harga BBM di Jakarta.", "KOMPAS.com"),
    ("Rapat digelar pada Senin (8/5/2023) di Bandung.", "Senin"),
    ("Pada Oktober lalu, banjir melanda Semarang.", "Oktober"),
    ("Ia fasih berbahasa Inggris dan belajar bahasa Jepang di Bandung.", "Jepang"),
    ("Mahasiswa asing itu fasih berbahasa Indonesia.", "Indonesia"),
    ("Orang Sunda dikenal ramah, kata Takeshi Yamada.", "Sunda"),
    ("Jumlah pasukan itu kecil.\nPELATIHAN PASUKAN\nMiliter Rusia melatih mereka.", "PELATIHAN PASUKAN"),
    ("Vonis itu dibacakan hakim di Bandung. Hakim menilai vonis tersebut adil.", "Vonis"),
    ("Pemerintah mengalokasikan dana US$300.000 untuk Bandung.", "US$300.000"),
    ("Presiden Joko Widodo meninjau lokasi. Sang presiden juga mengunjungi rumah sakit.", "Sang"),
    ("Menurutnya, situasi di Jakarta aman.", "Menurutnya"),
    ("Kekeringan akibat El Nino melanda Ngawi.", "El Nino"),
    ("Hal itu dikatakan Budi. Pernyataannya dikritik Partai Golkar.", "Pernyataannya"),
    ("Kebijakan Jokowi-nya dikritik warga.", "Jokowi-nya"),
])
def test_entities_capitalisation_traps_are_not_entities(text, word):
    names = {m.text for e in entities(text) for m in e.mentions}
    assert word not in names


@pytest.mark.parametrize("text,name", [
    ("Indonesia gagal lolos ke Piala Dunia setelah kalah dari Irak.", "Piala Dunia"),
    ("Buruh kembali menolak UU Cipta Kerja di depan gedung DPR.", "UU Cipta Kerja"),
])
def test_entities_events_and_laws_are_misc_not_org(text, name):
    found = by_name(text)
    assert found[name].type == "MISC"


def test_entities_dateline_city_alone_is_named_in_title_case():
    found = entities("LABUAN BAJO, KOMPAS.com - Para pemimpin tiba untuk KTT.")
    assert [(e.name, e.type) for e in found] == [("Labuan Bajo", "LOC")]


def test_entities_dateline_city_is_a_place_and_outlet_is_not():
    found = entities("JAKARTA, KOMPAS.com - Banjir melanda Jakarta sejak pagi.")
    jakarta = next(e for e in found if e.name.lower() == "jakarta")
    assert jakarta.type == "LOC" and [m.text for m in jakarta.mentions] == ["JAKARTA", "Jakarta"]
    assert not any("KOMPAS" in m.text for e in found for m in e.mentions)


@pytest.mark.parametrize("text,name,kind,stands_for", [
    ("Kremlin mengatakan Rusia tidak akan mundur.", "Kremlin", "ORG", "e2"),
    ("Moskow membutuhkan mitra baru, kata seorang diplomat.", "Moskow", "LOC", "Q159"),
])
def test_entities_seats_of_power_keep_their_type_and_stand_for_the_state(text, name, kind, stands_for):
    found = by_name(text, KB)
    assert found[name].type == kind and found[name].stands_for == stands_for


@pytest.mark.parametrize("text,name,kind", [
    ('"Kami siap menghadapi banjir," kata Sutrisno di posko.', "Sutrisno", "PER"),
    ("Polisi menetapkan tersangka berinisial RA dalam kasus suap itu.", "RA", "PER"),
    ("Proyek itu dibangun di Sendangbiru oleh pemerintah daerah.", "Sendangbiru", "LOC"),
])
def test_entities_unknown_names_are_typed_from_context(text, name, kind):
    found = by_name(text)
    assert name in found and found[name].type == kind


@pytest.mark.parametrize("text,name,mentions", [
    ("Menteri Luar Negeri Korea Utara Choe Son Hui tiba di Rusia. Tidak jelas siapa yang akan ditemui Choe.",
     "Choe Son Hui", ["Choe Son Hui", "Choe"]),
    ("Presiden Joko Widodo membuka rapat. Jokowi meminta menteri bekerja cepat.",
     "Joko Widodo", ["Joko Widodo", "Jokowi"]),
    ("Komisi Pemberantasan Korupsi menahan bupati itu. KPK menyita uang tunai.",
     "Komisi Pemberantasan Korupsi", ["Komisi Pemberantasan Korupsi", "KPK"]),
    ("Badan Nasional Penanggulangan Bencana mengirim bantuan. Menurut BNPB, korban bertambah.",
     "Badan Nasional Penanggulangan Bencana", ["Badan Nasional Penanggulangan Bencana", "BNPB"]),
    ("Banjir melanda Kabupaten Lebak sejak Senin. Warga Lebak mengungsi ke sekolah.",
     "Kabupaten Lebak", ["Kabupaten Lebak", "Lebak"]),
    ("Kemlu memulangkan warga itu. Kementerian Luar Negeri menyebut kasusnya bertambah.",
     "Kementerian Luar Negeri", ["Kemlu", "Kementerian Luar Negeri"]),
])
def test_entities_coreference_groups_all_mentions(text, name, mentions):
    found = by_name(text, KB)
    assert [m.text for m in found[name].mentions] == mentions


@pytest.mark.parametrize("text,org,person", [
    ("Pelatih Timnas Indonesia Shin Tae-yong puas dengan hasil itu. Menurut Shin, timnya bermain disiplin.",
     "Timnas Indonesia", "Shin Tae-yong"),
    ("Direktur Utama Perum Bulog Bayu Krisnamurthi meninjau gudang. Stok aman, kata Bayu kepada wartawan.",
     "Perum Bulog", "Bayu Krisnamurthi"),
])
def test_entities_person_cut_off_the_organisation_it_ran_into(text, org, person):
    found = by_name(text, KB)
    assert found[org].type == "ORG" and found[person].type == "PER"


@pytest.mark.parametrize("text,name,kind", [
    ("Bupati Buton Selatan La Ode Mustari hadir di Jakarta.", "La Ode Mustari", "PER"),
    ("Ketua DPW PAN Sulsel Andi Baso Rahman membuka rapat di Makassar.", "Andi Baso Rahman", "PER"),
])
def test_entities_place_words_stay_in_place_names(text, name, kind):
    # the KB warta ships, which knows Sulsel: without it, the tagger trained at stop 31 runs the region into the
    # person ("Sulsel Andi Baso Rahman"), a weakness of recognising without the KB, not of these rules
    found = by_name(text)
    assert name in found and found[name].type == kind


def test_entities_title_only_reference_resolves_to_the_one_holder():
    text = "Presiden Rusia Vladimir Putin tiba di Beijing. Sang presiden disambut meriah."
    putin = by_name(text, KB)["Vladimir Putin"]
    assert ("Sang presiden", "title") in [(m.text, m.kind) for m in putin.mentions]


def test_entities_link_to_kb_ids_and_keep_unknown_names_unlinked():
    found = by_name("Presiden Joko Widodo bertemu Sutrisno di Ukraina.", KB)
    assert found["Joko Widodo"].kb == "Q3052772" and found["Ukraina"].kb == "Q212"
    assert found["Sutrisno"].kb is None


@pytest.mark.parametrize("text", [
    "MOSKOW - Menteri luar negeri Korea Utara tiba di Rusia. NATO dan Korea Selatan menyatakan kekhawatiran.",
    "Kapolri Jenderal Listyo Sigit Prabowo dan Kepala BNPB Suharyanto meninjau Kabupaten Lebak, Banten.",
])
def test_entities_ids_in_order_and_offsets_slice_the_text(text):
    found = entities(text, KB)
    assert [e.id for e in found] == [f"e{i}" for i in range(1, len(found) + 1)]
    firsts = [e.mentions[0].start for e in found]
    assert firsts == sorted(firsts)
    for e in found:
        for m in e.mentions:
            assert text[m.start:m.end] == m.text


def test_entity_recognizer_runs_in_the_pipeline(seed_path):
    from warta import Pipeline

    article = Pipeline(["normalize", "segment", "metadata", EntityRecognizer(None)]).analyze(
        seed_path.read_text(encoding="utf-8"))
    names = {e.name for e in article.entities}
    assert {"Vladimir Putin", "NATO", "Pusat Studi Strategis dan Internasional", "Korea Utara"} <= names
    assert "PELATIHAN PASUKAN" not in names


def test_entities_aliases_are_the_other_written_forms():
    text = "MOSKOW - Presiden Rusia Vladimir Putin tiba di Moskow. Sang presiden bertemu warga. Putin tersenyum."
    found = by_name(text, KB)
    assert found["Vladimir Putin"].aliases == ["Putin"]
    assert found["Moskow"].aliases == []


@pytest.mark.parametrize("text,name", [
    ("Kepala Penerangan Kodam XVII/Cenderawasih Letkol Inf Candra Kurniawan mengatakan hal itu.", "Candra Kurniawan"),
    ("Jenazah Pratu Andi Rahman diterbangkan ke Timika.", "Andi Rahman"),
    ("Dandim 0501/Jakarta Pusat Kolonel Czi Budi Santoso meninjau lokasi.", "Budi Santoso"),
    ("Menurut Serka Yohanes Wenda, pos itu diserang dini hari.", "Yohanes Wenda"),
])
def test_entities_ranks_and_corps_are_not_part_of_names(text, name):
    found = by_name(text)
    assert name in found and found[name].type == "PER"


@pytest.mark.parametrize("text,rank", [
    ("Keduanya berpangkat Bripka dan Brigpol saat ditangkap.", "Brigpol"),
    ("Seorang prajurit berpangkat Pratu tewas dalam serangan itu.", "Pratu"),
])
def test_entities_a_rank_alone_names_no_one(text, rank):
    assert rank not in by_name(text)


@pytest.mark.parametrize("text,name", [
    ("Prajurit dari Batalyon Infanteri 715/Motuliato gugur di Intan Jaya.", "Batalyon Infanteri 715/Motuliato"),
    ("Kepala Penerangan Kodam XVII/Cenderawasih Letkol Inf Candra Kurniawan mengatakan hal itu.",
     "Kodam XVII/Cenderawasih"),
    ("Sebelumnya, Kodim 1615/Lombok Timur menggelar tes urine bagi prajurit.", "Kodim 1615/Lombok Timur"),
])
def test_entities_army_units_keep_their_number_and_name(text, name):
    found = by_name(text)
    assert name in found and found[name].type == "ORG"


@pytest.mark.parametrize("text,name,kind", [
    ("Pasien dirujuk dari Puskesmas Beru ke rumah sakit.", "Puskesmas Beru", "LOC"),
    ("Ratusan santri Pondok Pesantren Darul Hikmah mengikuti upacara.", "Pondok Pesantren Darul Hikmah", "ORG"),
    ("Ketua Paguyuban Pedagang Pasar Prambanan, Sugeng Riyadi, meminta keringanan.",
     "Paguyuban Pedagang Pasar Prambanan", "ORG"),
    ("Ketua Kelompok Tani Garam Sumber Rejeki, Mujiono, mengatakan kerugian besar.",
     "Kelompok Tani Garam Sumber Rejeki", "ORG"),
])
def test_entities_rule_head_words_decide_type(text, name, kind):
    found = by_name(text)
    assert name in found and found[name].type == kind


@pytest.mark.parametrize("text,names", [
    ("Ketiga pelaku berinisial RS (19), AP (22), dan MF (17) ditangkap polisi.", ["RS", "AP", "MF"]),
])
def test_entities_people_named_by_initials_even_when_the_initials_spell_a_word(text, names):
    found = by_name(text)
    assert all(n in found and found[n].type == "PER" for n in names)


@pytest.mark.parametrize("text,word", [
    ("Pemerintah menyiapkan kredit murah bagi pelaku UMKM di desa.", "UMKM"),
    ("Korban BBM oplosan itu dirawat di rumah sakit.", "BBM"),
])
def test_entities_a_generic_acronym_after_a_cue_is_no_person(text, word):
    assert word not in by_name(text)


@pytest.mark.parametrize("text,country", [
    ("Ia banyak belajar dari pemain Denmark Viktor Axelsen.", "Denmark"),
    ("Sebanyak 23 warga negara Indonesia (WNI) diselamatkan dari kompleks judi daring.", "Indonesia"),
    ("Dua turis Australia hilang saat mendaki.", "Australia"),
    # language and people words keep a country's name from being found again: "orang Jepang", "bahasa Jepang"
    ("Pemilik warung mengatakan orang Jepang itu ramah dan fasih berbahasa Jepang.", "Jepang"),
])
def test_entities_a_nationality_is_not_the_country(text, country):
    assert country not in by_name(text)


@pytest.mark.parametrize("text,country", [
    ("Bek asal Brasil itu tampil solid.", "Brasil"),
    ("Pemain Denmark Viktor Axelsen berlatih di Denmark sejak kecil.", "Denmark"),
    ("Ratusan warga Jepang mengungsi setelah gempa.", "Jepang"),
])
def test_entities_a_country_named_as_a_place_stays(text, country):
    found = by_name(text)
    assert country in found and found[country].type == "LOC"


@pytest.mark.parametrize("text,word", [
    ("Dinkes menetapkan status kejadian luar biasa (KLB) setelah kasus melonjak. Status KLB berlaku sebulan.", "KLB"),
    (("Guru honorer menuntut pengangkatan sebagai pegawai pemerintah dengan perjanjian kerja (PPPK). Formasi "
      "PPPK terbatas."), "PPPK"),
])
def test_entities_an_acronym_defined_by_common_words_is_no_name(text, word):
    assert word not in by_name(text)


def test_entities_a_police_directorate_is_part_of_the_title():
    found = by_name("Direktur Reserse Kriminal Khusus Polda Riau Kombes Pol Ade Kuncoro mengatakan hal itu.")
    assert "Reserse Kriminal" not in found and "Reserse Kriminal Khusus" not in found
    assert found["Ade Kuncoro"].type == "PER" and found["Polda Riau"].type == "ORG"


@pytest.mark.parametrize("text,org,person", [
    ("Kepala Dinas Lingkungan Hidup Tanah Bumbu Rahmat Prapto Udoyo menyebut sampel sudah diambil.",
     "Dinas Lingkungan Hidup Tanah Bumbu", "Rahmat Prapto Udoyo"),
    ("Dari Beijing, juru bicara Kementerian Luar Negeri China Guo Jiakun meminta nelayan dibebaskan.",
     "Kementerian Luar Negeri China", "Guo Jiakun"),
])
def test_entities_a_person_after_an_organisation_ending_with_a_place(text, org, person):
    found = by_name(text)
    assert found[person].type == "PER"
    assert org in text and not any(person.split()[0] in name for name in found if name != person)


@pytest.mark.parametrize("text,name", [
    ("Kepala Kantor Wilayah Kementerian Agama Jawa Barat Wilayah Selatan hadir.", "Wilayah Selatan"),
    ("Panglima Komando Armada I Laksamana Muda TNI Fauzi Rahman mengatakan hal itu.", "TNI"),
    ("Kepala BNPB Letjen TNI Suharyanto meninjau lokasi gempa.", "TNI"),
])
def test_entities_no_person_or_organisation_made_of_name_parts(text, name):
    assert name not in by_name(text)


def test_entities_a_rank_does_not_take_the_organisation_its_title_names():
    found = by_name("Ketua KPK Nawawi Pomolango mengatakan penyidik sudah bekerja.")
    assert found["KPK"].type == "ORG" and found["Nawawi Pomolango"].type == "PER"


@pytest.mark.parametrize("text,name,kind", [
    ("Ia disambut Presiden Mesir Abdel Fattah el-Sisi di Kairo.", "Abdel Fattah el-Sisi", "PER"),
    ("Setibanya di Istana Al-Ittihadiya, ia disambut langsung.", "Istana Al-Ittihadiya", "LOC"),
])
def test_entities_a_hyphenated_particle_is_part_of_the_name(text, name, kind):
    found = by_name(text)
    assert name in found and found[name].type == kind


@pytest.mark.parametrize("text,name,kind", [
    ("Rencana itu digagas Mesir dan Liga Arab.", "Liga Arab", "ORG"),        # a known body, not a competition
    ("Bantuan disalurkan melalui Bulan Sabit Merah Mesir.", "Bulan Sabit Merah Mesir", "ORG"),
    ("Bentrokan terjadi di Jalur Gaza bagian utara.", "Jalur Gaza", "LOC"),
])
def test_entities_bodies_and_places_with_misleading_first_words(text, name, kind):
    found = by_name(text)
    assert name in found and found[name].type == kind


@pytest.mark.parametrize("text,org,person", [
    ("Ketua PHRI Badung I Gusti Agung Rai Suryawijaya mengimbau hotel bersiap.", "PHRI Badung",
     "I Gusti Agung Rai Suryawijaya"),
    # the party's regional board with its region is one name (GUIDELINES: a branch)
    ("Ketua DPD Partai Demokrat Bali I Made Mudharta mengatakan hal itu.", "DPD Partai Demokrat Bali",
     "I Made Mudharta"),
])
def test_entities_a_balinese_name_start_ends_the_organisation_before_it(text, org, person):
    found = by_name(text)
    assert found[person].type == "PER"
    assert org in found and not any(person.split()[1] in name for name in found if name != person)


@pytest.mark.parametrize("text,name", [
    ("Menteri Ketenagakerjaan Yassierli menyatakan pemerintah masih menghitung.", "Yassierli"),
    ("Menteri Kelautan dan Perikanan Sakti Wahyu Trenggono meninjau pelabuhan.", "Sakti Wahyu Trenggono"),
])
def test_entities_a_ministers_portfolio_is_not_part_of_the_name(text, name):
    found = by_name(text)
    assert name in found and found[name].type == "PER"


@pytest.mark.parametrize("text,place,person", [
    ("Bek asal Brasil Gustavo Franca tampil solid menjaga lini belakang.", "Brasil", "Gustavo Franca"),
    ("Gelandang asal Jepang Kenta Matsuo mencetak gol kedua.", "Jepang", "Kenta Matsuo"),
])
def test_entities_a_country_then_a_person(text, place, person):
    found = by_name(text)
    assert found[place].type == "LOC" and found[person].type == "PER"


def test_entities_a_branch_and_its_place_are_no_part_of_the_person_after_them():
    found = by_name("Kepala Kantor Komnas HAM Perwakilan Papua Frits Ramandey mengatakan pihaknya menerima laporan.")
    assert found["Frits Ramandey"].type == "PER" and found["Komnas HAM Perwakilan Papua"].type == "ORG"


@pytest.mark.parametrize("text,name,kind", [
    # named after a person, with no title before it: one name, no person split off
    ("Pesawat itu mendarat di Bandara I Gusti Ngurah Rai pada pukul 10.00.", "Bandara I Gusti Ngurah Rai", "LOC"),
    ("Massa berkumpul di Jalan Jenderal A. Yani sejak pagi.", "Jalan Jenderal A. Yani", "LOC"),
    ("Gerakan Nasional Anti-narkoba digelar di sekolah-sekolah.", "Gerakan Nasional Anti-narkoba", "ORG"),
    # two organisations that each run into a person in one sentence
    ("Ketua PHRI Badung I Gusti Agung Rai Suryawijaya dan Ketua IHGMA Bali I Made Ramia hadir.",
     "I Made Ramia", "PER"),
    ("Ketua PHRI Badung I Gusti Agung Rai Suryawijaya dan Ketua IHGMA Bali I Made Ramia hadir.",
     "I Gusti Agung Rai Suryawijaya", "PER"),
    # a corps after a rank is part of the rank; after another title it is the organisation
    ("Panglima TNI Agus Subiyanto meninjau lokasi banjir.", "TNI", "ORG"),
    ("Laksamana Muda TNI Fauzi Rahman memimpin operasi itu.", "Fauzi Rahman", "PER"),
])
def test_entities_named_after_people_and_corps_after_ranks(text, name, kind):
    found = by_name(text)
    assert name in found and found[name].type == kind


@pytest.mark.parametrize("text,name,kind", [
    ("Jemaah berangkat menggunakan pesawat Saudia Airlines dari Solo.", "Saudia Airlines", "ORG"),
    ("Putaran pendanaan diikuti Alpha JWC Ventures dan investor lain.", "Alpha JWC Ventures", "ORG"),
    ("Menurut laporan Bain & Company, pasar itu tumbuh.", "Bain & Company", "ORG"),
    ("Warga mengungsi ke Posko Pengungsian Konga sejak pagi.", "Posko Pengungsian Konga", "LOC"),
    ("Partner East Ventures Melisa Irene menilai pasar logistik belum digarap.", "East Ventures", "ORG"),
    ("Partner East Ventures Melisa Irene menilai pasar logistik belum digarap.", "Melisa Irene", "PER"),
    ("Direktur Utama PT Jasa Marga Rivan A. Purwantono menyampaikan belasungkawa.", "PT Jasa Marga", "ORG"),
    ("Direktur Utama PT Jasa Marga Rivan A. Purwantono menyampaikan belasungkawa.", "Rivan A. Purwantono", "PER"),
    ("Kepala Pusat Data, Informasi, dan Komunikasi Kebencanaan BNPB Abdul Muhari menyebut tim sudah tiba.",
     "Pusat Data, Informasi, dan Komunikasi Kebencanaan", "ORG"),
    ("Kepala Pusat Data, Informasi, dan Komunikasi Kebencanaan BNPB Abdul Muhari menyebut tim sudah tiba.",
     "Abdul Muhari", "PER"),
])
def test_entities_organisation_ends_and_person_starts(text, name, kind):
    found = by_name(text)
    assert name in found and found[name].type == kind


@pytest.mark.parametrize("text,word", [
    ("PVMBG menaikkan status gunung dari Siaga menjadi Awas.", "Siaga"),
    ("PVMBG menaikkan status gunung dari Siaga menjadi Awas.", "Awas"),
    ("Pendiri sekaligus CEO Kirimaja, Dimas Prakoso, mengatakan dana akan dipakai.", "CEO Kirimaja"),
    ("Kepala Sekolah SMK Negeri 2 Depok, Yayat Hidayat, mengatakan rombongan pulang.", "Sekolah SMK Negeri 2 Depok"),
])
def test_entities_titles_and_status_words_are_not_names(text, word):
    assert word not in by_name(text)


@pytest.mark.parametrize("text,name,kind", [
    ("BPBD Halmahera Barat mencatat 1.500 warga mengungsi.", "BPBD Halmahera Barat", "ORG"),
    ("Kepala Dinkes Sikka Petrus Herlemus mengatakan sembilan pasien meninggal.", "Dinkes Sikka", "ORG"),
    ("Warga dari enam desa di Kecamatan Ibu dan Ibu Selatan dievakuasi.", "Kecamatan Ibu", "LOC"),
    ("Kapal itu menebar jaring di utara Pulau Laut, masih di dalam wilayah Indonesia.", "Pulau Laut", "LOC"),
])
def test_entities_regional_bodies_and_places_named_by_head_words(text, name, kind):
    found = by_name(text)
    assert name in found and found[name].type == kind


def test_entities_an_acronym_and_its_place_join_the_spelled_out_body():
    text = ("Data Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Bandung mencatat 300 rumah terendam. "
            "Kepala Seksi Kedaruratan BPBD Kabupaten Bandung mengatakan warga mengungsi.")
    found = by_name(text)
    assert "BPBD Kabupaten Bandung" not in found or "Badan Penanggulangan Bencana Daerah" not in found


@pytest.mark.parametrize("text,word", [
    ("Mantan Menteri Perumahan Rakyat itu lebih setuju.", "Perumahan Rakyat"),
    ("Mahasiswa diterima di Kantor Kementerian Sosial, Jakarta.", "Kantor"),
])
def test_entities_an_office_or_portfolio_word_is_no_place(text, word):
    assert word not in by_name(text)


_PATI = ("Kepala Dinas Kelautan dan Perikanan Kabupaten Pati Edy Martanto menyebut produksi garam turun. "
         "Bantuan diusulkan ke Kementerian Kelautan dan Perikanan.")


@pytest.mark.parametrize("text,name,kind", [
    (_PATI, "Dinas Kelautan dan Perikanan Kabupaten Pati", "ORG"),
    (_PATI, "Edy Martanto", "PER"),
    ("Presiden Badan Eksekutif Mahasiswa (BEM) Unhas Muhammad Fadhil mengatakan kenaikan UKT tinggi.",
     "Badan Eksekutif Mahasiswa", "ORG"),
])
def test_entities_ordinary_words_inside_organisation_names(text, name, kind):
    found = by_name(text)
    assert name in found and found[name].type == kind


@pytest.mark.parametrize("text,name", [
    # a first name that is also a regency, when the article calls the person by it
    ("Ketua majelis hakim Lingga Setiawan menyatakan terdakwa bersalah. \"Harta bendanya disita,\" ujar Lingga.",
     "Lingga Setiawan"),
    ("Ketua Umum Garda Indonesia Raden Igun Wicaksono mengatakan aksi diikuti 25.000 pengemudi.", "Igun Wicaksono"),
    ("Analis Doo Financial Futures Lukman Leong mengatakan harga emas turun.", "Lukman Leong"),
])
def test_entities_person_names_kept_whole_and_without_noble_titles(text, name):
    found = by_name(text)
    assert name in found and found[name].type == "PER"


@pytest.mark.parametrize("headline,body,name,kept", [
    ("Israel Serang Kamp Pengungsi di Rafah", "Serangan udara Israel menghantam kamp pengungsi di Rafah.", "Serang",
     False),   # a verb in headline case that the KB knows as a city
    ("Banjir Terjang Garut", "Banjir bandang melanda Kabupaten Garut, Jawa Barat.", "Garut", True),
])
def test_entities_headline_names_need_the_body(headline, body, name, kept):
    text = f"{headline}\n\n{body}"
    sentences = split_sentences(text)
    found = find_entities(text, sentences, tokenize(text, sentences), dateline=None, kb=knowledge_base(),
                          body_start=len(headline))
    assert any(m.text == name for e in found for m in e.mentions) == kept


@pytest.mark.parametrize("text,name,kind", [
    ("Persib Bandung menaklukkan Persija Jakarta 2-1 di kandang.", "Persib Bandung", "ORG"),   # clubs named by city
    ("Ketua PAN Sulsel Andi Baso menyebut koalisi siap.", "Sulsel", "LOC"),                    # a branch: split
    ("Rapat Komisi XI DPR digelar kemarin.", "DPR", "ORG"),
])
def test_entities_a_known_name_and_a_place_split_unless_known_whole(text, name, kind):
    found = by_name(text)
    assert name in found and found[name].type == kind


@pytest.mark.parametrize("text,name,kind", [
    ("Keduanya membahas batas laut di Selat Singapura. Singapura juga menawarkan pelatihan.", "Singapura", "LOC"),
    ("Aparatur sipil negara dilatih di Ibu Kota Nusantara.", "Ibu Kota Nusantara", "LOC"),
    ("Nota itu diteken PLN dan Sembcorp Industries.", "Sembcorp Industries", "ORG"),
    ("Sekretaris Umum Pimpinan Pusat Muhammadiyah Abdul Mu'ti menilai tambang berisiko.",
     "Pimpinan Pusat Muhammadiyah", "ORG"),
])
def test_entities_known_names_and_waters_keep_their_extent(text, name, kind):
    found = by_name(text)
    assert name in found and found[name].type == kind
    assert "Pusat Muhammadiyah" not in found


@pytest.mark.parametrize("text,word", [
    ("Sejumlah menteri akan diganti, termasuk Menteri Agama dan Menteri Sosial.", "Agama"),
    ("Sejumlah menteri akan diganti, termasuk Menteri Agama dan Menteri Sosial.", "Sosial"),
])
def test_entities_a_portfolio_after_a_title_is_no_person(text, word):
    assert word not in by_name(text)


@pytest.mark.parametrize("text,name", [
    ("Bank Indonesia menahan suku bunga Deposit Facility di level 5,25 persen.", "Deposit Facility"),
    ("Jonatan Christie menjuarai Indonesia Masters 2025 di Istora Senayan.", "Indonesia Masters"),
    ("Pendanaan itu bagian dari Just Energy Transition Partnership senilai 20 miliar dolar.",
     "Just Energy Transition Partnership"),
])
def test_entities_programmes_and_tournaments_named_in_english_are_misc(text, name):
    found = by_name(text)
    assert name not in found or found[name].type == "MISC"


@pytest.mark.parametrize("text,word", [
    ("Kendati demikian, harga beras masih tinggi.", "Kendati"),
    ("Namun, warga tetap mengungsi.", "Namun"),
])
def test_entities_sentence_opening_conjunctions_are_not_names(text, word):
    assert word not in by_name(text)


def test_entities_a_branch_of_a_detention_centre_keeps_its_owner():
    found = by_name("Keempat tersangka ditahan di Rutan Cabang KPK selama 20 hari pertama.")
    assert found["Rutan Cabang KPK"].type == "LOC"


@pytest.mark.parametrize("text,names", [
    ("Pembangunan JLS ruas Tambakrejo-Sendangbiru di Kabupaten Malang rampung.", ["Tambakrejo", "Sendangbiru"]),
    ("Pelaku bagian dari jaringan Malaysia-Dumai yang sudah lama diburu.", ["Malaysia", "Dumai"]),
    ("Bus melayani rute Terminal Purabaya-Jalan Tunjungan setiap pagi.", ["Terminal Purabaya", "Jalan Tunjungan"]),
])
def test_entities_a_routes_ends_are_places(text, names):
    found = by_name(text)
    assert all(n in found and found[n].type == "LOC" for n in names)


@pytest.mark.parametrize("text,name", [
    # a prefix before the hyphen makes one name, a route word before it or not
    ("Tanah longsor menimbun ruas Jalan Trans-Sulawesi di Desa Pinontoyonga.", "Jalan Trans-Sulawesi"),
    ("Pembangunan Jalan Trans-Papua terus berjalan.", "Jalan Trans-Papua"),
])
def test_entities_a_hyphen_after_a_prefix_is_no_route(text, name):
    found = by_name(text)
    assert found[name].type == "LOC" and "Sulawesi" not in found and "Papua" not in found


def test_entities_a_hyphenated_pair_of_people_is_no_route():
    found = by_name("PPP mendukung pemerintahan Jokowi-JK hingga akhir masa jabatan.")
    assert not any(e.type == "LOC" for e in found.values())


@pytest.mark.parametrize("text,name,kind", [
    ("Ketua KPU Bali I Dewa Agung Gede Lidartawan mengatakan rekapitulasi selesai.",
     "I Dewa Agung Gede Lidartawan", "PER"),
    ("Banjir bandang menerjang Kecamatan Bakti Raja, Kabupaten Humbang Hasundutan.", "Kecamatan Bakti Raja", "LOC"),
])
def test_entities_balinese_name_starts_and_titles_inside_place_names(text, name, kind):
    found = by_name(text)
    assert name in found and found[name].type == kind


@pytest.mark.parametrize("text,name", [
    ("Kapolresta Barelang Kombes Pol Nugroho Tri Nuryanto mengatakan petugas menembakkan gas air mata.",
     "Nugroho Tri Nuryanto"),
    ("Kepala OJK Provinsi Jawa Timur Giri Tribroto mengatakan nasabah tidak perlu panik.", "Giri Tribroto"),
])
def test_entities_a_person_after_a_titles_place_complement(text, name):
    found = by_name(text)
    assert name in found and found[name].type == "PER"


@pytest.mark.parametrize("text,name,kind", [
    ("Ketua Majelis Nasional Woo Won-shik menyatakan dekrit itu tidak sah.", "Woo Won-shik", "PER"),
    ("Ketua Majelis Nasional Woo Won-shik menyatakan dekrit itu tidak sah.", "Majelis Nasional", "ORG"),
    ("Kemenangan ini membuat Barcelona unggul enam poin di puncak klasemen La Liga.", "La Liga", "MISC"),
])
def test_entities_korean_given_names_and_competitions(text, name, kind):
    found = by_name(text)
    assert name in found and found[name].type == kind


@pytest.mark.parametrize("text,word", [
    # acronyms of kinds of things from labour, health, schooling and permits (entities.yaml rule_not_names)
    ("Perusahaan itu melakukan PHK terhadap 180 karyawan.", "PHK"),
    ("Pemprov mengusulkan formasi PPPK bagi guru honorer.", "PPPK"),
    ("Pekerja menuntut THR dibayar penuh.", "THR"),
    ("Kasus DBD di kota itu naik dua kali lipat.", "DBD"),
    ("Panitia PPDB menerima ribuan pendaftar.", "PPDB"),
    ("Perusahaan tambang itu belum memiliki dokumen Amdal.", "Amdal"),
    ("Perusahaan wajib menyalurkan dana CSR ke desa sekitar.", "CSR"),
])
def test_entities_acronyms_of_kinds_of_things_are_no_names(text, word):
    assert word not in by_name(text)


@pytest.mark.parametrize("text,person,title", [
    # company officers by their English titles (entities.yaml rule_titles)
    ("Chief Executive Officer Kirimaja, Dimas Prakoso, mengatakan dana cukup.", "Dimas Prakoso",
     "Chief Executive Officer"),
    ("Chief Financial Officer Bukalapak, Natalia Firmansyah, mengatakan laba naik.", "Natalia Firmansyah",
     "Chief Financial Officer"),
    ("Menurut Managing Director Sinar Group, Hendra Wijaya, ekspor turun.", "Hendra Wijaya", "Managing Director"),
])
def test_entities_english_officer_titles_are_kept_out_of_names(text, person, title):
    found = by_name(text)
    assert person in found and found[person].type == "PER"
    assert not any(title.split()[0] in name for name in found)


@pytest.mark.parametrize("text,name", [
    # state schools by their short forms, number and place (entities.yaml rule_org_heads)
    ("Kepala SDN 04 Batang Lupar, Margaretha Imang, mengaku terpaksa menggabungkan kelas.", "SDN 04 Batang Lupar"),
    ("Siswa SMAN 1 Pontianak meraih juara lomba debat.", "SMAN 1 Pontianak"),
    ("Ratusan siswa SMP Negeri 3 Kupang mengikuti upacara.", "SMP Negeri 3 Kupang"),
])
def test_entities_state_schools_are_organisations(text, name):
    found = by_name(text)
    assert name in found and found[name].type == "ORG"


@pytest.mark.parametrize("text,places", [
    ("Kekurangan guru terjadi di Kecamatan Badau, Embaloh Hulu, dan Puring Kencana.", ["Embaloh Hulu", "Puring Kencana"]),
    ("Banjir merendam Desa Sungai Ayak, Nanga Tepuai, dan Nanga Sejirak.", ["Nanga Tepuai", "Nanga Sejirak"]),
    ("Banjir melanda Desa Sukamaju, Cibeureum, dan Pasir Jati pada Senin.", ["Cibeureum", "Pasir Jati"]),
])
def test_entities_a_list_opened_by_an_area_is_a_list_of_areas(text, places):
    found = by_name(text)
    assert all(p in found and found[p].type == "LOC" for p in places)


@pytest.mark.parametrize("text,company,person", [
    # a one-word person named as one (in apposition, after a speech verb) is not the company carrying his name
    (("PT Santoso Jaya Abadi Tbk digugat warga. Juru bicara warga, Santoso, mengatakan gugatan itu didaftarkan "
      "pekan lalu."), "PT Santoso Jaya Abadi Tbk", "Santoso"),
    ("PT Hartono Makmur Tbk digugat warga. \"Kami siap,\" kata Hartono kepada wartawan.", "PT Hartono Makmur Tbk",
     "Hartono"),
])
def test_entities_a_person_named_as_one_is_not_the_company(text, company, person):
    found = by_name(text)
    assert found[company].type == "ORG" and person in found and found[person].type == "PER"


@pytest.mark.parametrize("text,company,short", [
    # the company's first words alone, where nothing names a person, are still the company
    ("PT Kalbe Farma Tbk untung. Kalbe menambah pabrik.", "PT Kalbe Farma Tbk", "Kalbe"),
    ("PT Industri Jamu dan Farmasi Sido Muncul Tbk untung. Direktur Sido Muncul hadir.",
     "PT Industri Jamu dan Farmasi Sido Muncul Tbk", "Sido Muncul"),
])
def test_entities_a_company_by_its_first_or_last_words(text, company, short):
    found = by_name(text)
    assert short not in found and short in [m.text for m in found[company].mentions]


@pytest.mark.parametrize("text,person", [
    # a person opening the sentence whose surname is also a company's name the KB knows
    ("Putera Sampoerna menghadiri acara itu di Jakarta.", "Putera Sampoerna"),
    ("Keisuke Honda kembali melatih timnas Kamboja. Honda mengaku senang.", "Keisuke Honda"),
    ("Kiichiro Toyota mendirikan pabrik itu pada 1937.", "Kiichiro Toyota"),
])
def test_entities_a_person_named_like_a_company_stays_a_person(text, person):
    found = by_name(text)
    assert person in found and found[person].type == "PER"


@pytest.mark.parametrize("text,people", [
    # no locative cue before the area: the people after it, in apposition and listed, stay people
    ("Perwakilan warga Desa Sukamaju, Budi Santoso, dan Ani Lestari menolak rencana itu.",
     ["Budi Santoso", "Ani Lestari"]),
    ("Tokoh masyarakat Kelurahan Tanjung Priok, Ahmad Fauzi, dan Rudi Hartono hadir dalam rapat itu.",
     ["Ahmad Fauzi", "Rudi Hartono"]),
    ("Sejumlah petani Desa Mekarsari, Joko Susilo, dan Slamet Riyadi mengaku gagal panen.",
     ["Joko Susilo", "Slamet Riyadi"]),
])
def test_entities_people_after_an_area_stay_people(text, people):
    found = by_name(text)
    assert all(p in found and found[p].type == "PER" for p in people)


@pytest.mark.parametrize("text,degree", [
    ("Kepala Dinkes Papua dr. Agustinus Wanimbo, M.Kes, mengatakan kasus naik.", "M.Kes"),
    ("Direktur RSUD Abepura dr. Fransina Rumbiak, Sp.PD, menyebut ruang rawat penuh.", "Sp.PD"),
])
def test_entities_a_degree_without_its_full_stop_is_no_name(text, degree):
    assert degree not in by_name(text)


@pytest.mark.parametrize("text,name", [
    # a noun for a kind of organisation before the name's own legal form is no part of the name
    ("Kepala Bidang Komunikasi Perusahaan PT Timah, Dinda Permatasari, mengatakan kegiatan dihentikan.", "PT Timah"),
    # a company name ending the sentence with its abbreviation is named without the stop
    ("Izin itu diterbitkan untuk mitra usaha PT Timah Tbk. Pihak perusahaan membantah.", "PT Timah Tbk"),
])
def test_entities_company_names_without_the_words_around_them(text, name):
    assert name in by_name(text)


@pytest.mark.parametrize("text,name", [
    # regional offices by their acronyms and region (entities.yaml rule_org_heads)
    ("Ombudsman akan memanggil Disdikbud Kapuas Hulu pekan depan.", "Disdikbud Kapuas Hulu"),
    ("Bantuan disalurkan Dinsos Kota Kupang kepada warga.", "Dinsos Kota Kupang"),
    ("Warga mengadu ke DPMPTSP Provinsi Bangka Belitung soal izin.", "DPMPTSP Provinsi Bangka Belitung"),
])
def test_entities_regional_offices_by_acronym_and_region(text, name):
    found = by_name(text)
    assert name in found and found[name].type == "ORG"


@pytest.mark.parametrize("text,name,parts", [
    # a place the KB knows across its hyphen, and a street or facility named after two people, are one place
    ("Delegasi Timor-Leste juga hadir dalam pertemuan itu.", "Timor-Leste", ["Timor", "Leste"]),
    ("Rombongan mendarat di Bandara Soekarno-Hatta, Tangerang.", "Bandara Soekarno-Hatta", ["Hatta"]),
    ("Kemacetan terjadi di Jalan Soekarno-Hatta, Malang, pagi tadi.", "Jalan Soekarno-Hatta", ["Hatta"]),
])
def test_entities_hyphenated_places_stay_whole(text, name, parts):
    found = by_name(text)
    assert name in found and found[name].type == "LOC" and not any(p in found for p in parts)


@pytest.mark.parametrize("text,ends", [
    # a route between two places is still two places
    ("Kapal rute Malaysia-Dumai tiba kemarin.", ["Malaysia", "Dumai"]),
    ("Bus melintas di ruas Tambakrejo-Sendangbiru.", ["Tambakrejo", "Sendangbiru"]),
])
def test_entities_route_ends_are_two_places(text, ends):
    found = by_name(text)
    assert all(e in found and found[e].type == "LOC" for e in ends)


@pytest.mark.parametrize("text,name", [
    # a connector right after the head word ("untuk", "of"), not "dan"
    ("Komisi untuk Orang Hilang dan Korban Tindak Kekerasan (KontraS) mengecam penangkapan itu.",
     "Komisi untuk Orang Hilang dan Korban Tindak Kekerasan"),
    ("Saham Bank of America turun tajam kemarin.", "Bank of America"),
])
def test_entities_a_connector_after_the_head_word(text, name):
    found = by_name(text)
    assert name in found and found[name].type == "ORG"


@pytest.mark.parametrize("text,name,kind,swallowed", [
    # an Indonesian connector after a head word, with no acronym in brackets after: the name after it is its own
    ("Masyarakat menerima bantuan Pemprov untuk Masjid Raya Baiturrahman pada Senin.",
     "Masjid Raya Baiturrahman", "LOC", "Pemprov untuk"),
    ("Petugas membagikan logistik dari Dinsos bagi Warga Desa Sukamaju yang terdampak banjir.",
     "Desa Sukamaju", "LOC", "Dinsos bagi"),
    ("Bantuan Baznas untuk Rumah Sakit Umum Daerah Cut Meutia disalurkan kemarin.",
     "Rumah Sakit Umum Daerah Cut Meutia", "LOC", "Baznas untuk"),
    ("Dana hibah Pemkot atas Gedung Olahraga Sudiang dicairkan pekan lalu.", "Gedung Olahraga Sudiang", "LOC",
     "Pemkot atas"),
])
def test_entities_an_indonesian_connector_after_a_head_ends_the_name(text, name, kind, swallowed):
    found = by_name(text)
    assert name in found and found[name].type == kind
    assert not any(n.startswith(swallowed) for n in found)


@pytest.mark.parametrize("text,name,linked", [
    # names the KB knows in the standard spelling (entities.yaml spelling_variants)
    ("Kementrian Luar Negeri menyebut kunjungan ditunda.", "Kementrian Luar Negeri", "W:kementerian-luar-negeri"),
    ("Kementerian Luar Negri menyebut kunjungan ditunda.", "Kementerian Luar Negri", "W:kementerian-luar-negeri"),
])
def test_entities_variant_spellings_link_to_the_kb(text, name, linked):
    found = by_name(text)
    assert name in found and found[name].kb == linked


@pytest.mark.parametrize("text,person", [
    ("Menteri Luar Negri Sugiono bertemu Menlu Filipina.", "Sugiono"),
    ("Mentri Keuangan Purbaya Yudhi Sadewa menyebut defisit aman.", "Purbaya Yudhi Sadewa"),
])
def test_entities_titles_in_variant_spellings(text, person):
    found = by_name(text)
    assert person in found and found[person].type == "PER"


@pytest.mark.parametrize("text,name,kind", [
    # a city right after a sports word is its club in a story that names a club
    ("Persib menang 2-0 atas Makassar di Bandung. Juku Eja, julukan PSM, tertahan.", "Makassar", "ORG"),
    ("PSIS Semarang kalah. Pekan depan Arema menjamu Semarang di Malang.", "Semarang", "ORG"),
    ("PSIS Semarang kalah. Pekan depan Arema menjamu Semarang di Malang.", "Malang", "LOC"),
    # a city whose club the article does not name stays a place
    ("Pekan depan Arema menjamu Semarang di Malang.", "Semarang", "LOC"),
    # no club named: the city stays a place
    ("Pemerintah kota menghadapi Makassar yang terus tumbuh.", "Makassar", "LOC"),
])
def test_entities_clubs_named_by_their_city(text, name, kind):
    found = {m["text"] if isinstance(m, dict) else m.text: e.type for e in entities(text) for m in e.mentions}
    assert found.get(name) == kind


@pytest.mark.parametrize("text,club,city,club_at,city_at", [
    # the city named for its club in one place stays the city elsewhere, its own entity
    (("PSM Makassar kalah 0-2. Menurut pelatih Makassar Bernardo Tavares, timnya lelah. Suporter di Makassar "
      "berunjuk rasa."), "PSM Makassar", "Makassar", ["pelatih Makassar"], ["di Makassar"]),
    # a cue opening the sentence
    ("PSM Makassar kalah 0-2. Pelatih Makassar Bernardo Tavares mengaku timnya lelah.", "PSM Makassar", None,
     ["Pelatih Makassar"], []),
    # 'atas' alone is no cue: 'di atas' is a place; a score between the cue's words
    ("Pesawat itu terbang di atas Makassar pada Senin. PSM Makassar menang atas Persija.", "PSM Makassar",
     "Makassar", [], ["di atas Makassar"]),
    ("Persib menang 2-0 atas Makassar di Bandung. PSM Makassar tertahan. Hotel di Makassar penuh.", "PSM Makassar",
     "Makassar", ["2-0 atas Makassar"], ["di Makassar"]),
])
def test_entities_a_city_named_for_its_club_stays_the_city_elsewhere(text, club, city, club_at, city_at):
    found = {e.name: e for e in entities(text)}
    # the places in the text (given by the words before them) where an entity is mentioned
    at = lambda e: {c for c in club_at + city_at if any(text[:m.end].endswith(c) for m in e.mentions)}
    assert club in found and found[club].type == "ORG" and at(found[club]) == set(club_at)
    if city is None:
        assert not any(e.type == "LOC" and e.name == "Makassar" for e in found.values())
    else:
        assert found[city].type == "LOC" and at(found[city]) == set(city_at)


@pytest.mark.parametrize("text,name,kind", [
    # ministries' technical offices (entities.yaml rule_org_heads)
    ("Kepala Balai Taman Nasional Komodo (BTNK) Hendrikus Rani Siga mengatakan timnya menyelidiki.",
     "Balai Taman Nasional Komodo", "ORG"),
    ("Petugas Balai Karantina Pertanian Kupang memeriksa sapi itu.", "Balai Karantina Pertanian Kupang", "ORG"),
    ("BKSDA NTT menyebut komodo itu mati karena sakit.", "BKSDA NTT", "ORG"),
    # religious before a name (entities.yaml rule_honorifics)
    ("Pater Marselinus Agot ikut mendoakan para korban.", "Marselinus Agot", "PER"),
    ("Pdt. Yohanes Manu memimpin ibadah syukur.", "Yohanes Manu", "PER"),
])
def test_entities_regional_offices_and_religious(text, name, kind):
    found = by_name(text)
    assert name in found and found[name].type == kind


@pytest.mark.parametrize("text,name", [
    # a rank inside what the tagger took for a person starts the name, after a title's complement or an
    # operation's name
    ("Kasatgas Humas Operasi Damai Cartenz Kombes Yusuf Sutejo mengatakan anggota terluka.", "Yusuf Sutejo"),
    ("Kapolresta Barelang Kombes Pol Nugroho Tri Nuryanto mengatakan pelaku ditangkap.", "Nugroho Tri Nuryanto"),
])
def test_entities_a_rank_inside_starts_the_name(text, name):
    found = by_name(text)
    assert name in found and found[name].type == "PER"


@pytest.mark.parametrize("text,name,linked", [
    # security bodies news names by acronym (state.yaml, orgs.yaml)
    ("Seorang anggota Brimob terluka dalam serangan itu.", "Brimob", "W:korps-brigade-mobil"),
    ("Personel Paspampres berjaga di sekitar lokasi.", "Paspampres", "W:pasukan-pengamanan-presiden"),
    ("Juru bicara TPNPB-OPM mengklaim penyerangan itu.", "TPNPB-OPM", "W:tentara-pembebasan-nasional-papua-barat"),
])
def test_entities_security_bodies_by_acronym(text, name, linked):
    found = by_name(text)
    assert name in found and found[name].type == "ORG" and found[name].kb == linked


@pytest.mark.parametrize("text,name", [
    ("Mantan pelatih Louis van Gaal memuji Jay Idzes.", "Louis van Gaal"),
    ("Pelatih Robin van Persie mengaku puas dengan hasil laga.", "Robin van Persie"),
])
def test_entities_a_particle_inside_a_name(text, name):
    found = by_name(text)
    assert name in found and found[name].type == "PER"


@pytest.mark.parametrize("text,person,left", [
    # the tagger ran the title's last words into the person; the person split off, those words name nothing
    ("Menteri Luar Negeri Retno L.P. Marsudi menerima delegasi Jepang di Jakarta.", "Retno L.P. Marsudi",
     "Luar Negeri"),
    ("Menteri Dalam Negeri Tito M. Karnavian membuka rapat di Jakarta.", "Tito M. Karnavian", "Dalam Negeri"),
    ("Kepala Pelaksana BPBD Sintang, Bernard Saragih, mengatakan 2.300 rumah terendam.", "Bernard Saragih",
     "Pelaksana"),
])
def test_entities_a_title_left_behind_by_its_person_is_no_entity(text, person, left):
    found = by_name(text)
    assert person in found and found[person].type == "PER"
    assert left not in {m.text for e in found.values() for m in e.mentions}


@pytest.mark.parametrize("text,person,title", [
    # an honorific after a title and its complement starts the person, with or without initials after it
    ("Rapat paripurna dibuka Ketua DPRD Hj. R.A. Siti Aminah, Senin (14/10/2024).", "Siti Aminah", "Ketua DPRD"),
    ("Rapat paripurna dibuka Ketua DPRD Hj. Siti Aminah kemarin.", "Siti Aminah", "Ketua DPRD"),
    ("Pengajian itu dihadiri Ketua PCNU K.H. A. Pandji Taufiq dan ratusan santri.", "A. Pandji Taufiq",
     "Ketua PCNU"),
])
def test_entities_an_honorific_after_a_title_starts_the_person(text, person, title):
    found = by_name(text)
    assert person in found and found[person].type == "PER" and found[person].titles == [title]


@pytest.mark.parametrize("text,office,region", [
    # a national body the KB knows, right before a region: its office there, one organisation
    ("BPBD juga berkoordinasi dengan Basarnas Palu untuk mencari seorang warga yang hanyut.", "Basarnas Palu", None),
    ('"Titik api bertambah," kata Direktur Eksekutif Walhi Jambi, Abdullah, kepada wartawan.', "Walhi Jambi", None),
    # a party's: the party and the province, as the guidelines annotate it
    ("Sekretaris Gerindra Sulsel hadir dalam rapat itu.", "Gerindra", "Sulsel"),
])
def test_entities_a_national_body_before_a_region_is_its_office(text, office, region):
    found = by_name(text)
    assert found[office].type == "ORG"
    assert (region in found and found[region].type == "LOC") if region else office.split()[0] not in found


@pytest.mark.parametrize("text,person,short", [
    # a given name written short belongs to the name, even where the segmenter ends a sentence at its stop
    ('Kepala Desa Toboli, Moh. Ridwan Lasimpo, meminta air bersih. "Anak-anak mulai sakit," tutur Ridwan.',
     "Moh. Ridwan Lasimpo", "Ridwan"),
    ("Bantuan diterima Abd. Rahman Hakim, warga Desa Lempe. Menurut Rahman, bantuan itu cukup.",
     "Abd. Rahman Hakim", "Rahman"),
])
def test_entities_a_given_name_written_short_is_part_of_the_name(text, person, short):
    found = by_name(text)
    assert person in found and found[person].type == "PER"
    assert short in [m.text for m in found[person].mentions]
    assert "Moh" not in found and "Abd" not in found


@pytest.mark.parametrize("text,body,person", [
    # a title the lists lack before an acronym is no part of a person: the organisation, which the KB knows or the
    # article defines, or an acronym alone
    ("Auditor BPK, Rina Wulandari, memeriksa laporan keuangan desa.", "BPK", "Rina Wulandari"),
    ("Investigator KNKT, Capt. Budi Hartono Siregar, meminta data manifes kapal.", "KNKT", "Budi Hartono Siregar"),
    (("Komite Nasional Keselamatan Transportasi (KNKT) turun tangan. Investigator KNKT, Capt. Budi Hartono "
      "Siregar, meminta data manifes."), "Komite Nasional Keselamatan Transportasi", "Budi Hartono Siregar"),
])
def test_entities_a_person_span_ending_with_an_organisation_is_the_organisation(text, body, person):
    found = by_name(text)
    assert found[person].type == "PER" and found[body].type == "ORG"
    assert not any(e.type == "PER" and ("KNKT" in e.name or "BPK" in e.name) for e in found.values())


@pytest.mark.parametrize("text,person,short", [
    # a person named in full, then by a name the KB knows as a company or a city
    (('Mantan gelandang Jepang Keisuke Honda melatih anak-anak di Jakarta. Honda mengaku senang. "Mereka berbakat,"'
      ' kata Honda.'), "Keisuke Honda", "Honda"),
    ("Petani sawit Darwin Sembiring mengeluhkan harga. Darwin menambahkan, pupuk makin mahal.", "Darwin Sembiring",
     "Darwin"),
])
def test_entities_a_person_called_by_a_name_the_kb_knows_otherwise(text, person, short):
    found = by_name(text)
    assert found[person].type == "PER" and short in [m.text for m in found[person].mentions]
    assert short not in found


@pytest.mark.parametrize("text,person,place", [
    # a place after "di", "ke", "dari"... is the place, though a person of that first name was named before
    ("Polisi menangkap Paris Hutagalung karena menipu calon pekerja. Para korban dijanjikan bekerja di Paris.",
     "Paris Hutagalung", "Paris"),
    ("Camat Stabat Sydney Ginting meminta warga melapor. Ginting pernah tinggal di Sydney selama lima tahun.",
     "Sydney Ginting", "Sydney"),
    ("Petani sawit Darwin Sembiring mengeluhkan harga. Anaknya pindah ke Darwin, Australia, tahun lalu.",
     "Darwin Sembiring", "Darwin"),
])
def test_entities_a_place_after_a_place_word_is_not_a_person_of_that_name(text, person, place):
    found = by_name(text)
    assert found[person].type == "PER" and place not in [m.text for m in found[person].mentions]
    assert found[place].type == "LOC" and found[place].kb is not None


@pytest.mark.parametrize("text,person,short", [
    # "dari", "ke" come before people as well as places: a clan name still makes the span a person, and the given
    # name alone after "dari" is that person, not the city
    ("Bantuan itu datang dari Paris Hutagalung, seorang pengusaha di Medan.", "Paris Hutagalung", None),
    ("Panitia menyerahkan laporan ke Sydney Ginting, ketua yayasan, pada Senin.", "Sydney Ginting", None),
    ("Warga menerima bantuan dari Darwin Sembiring. Menurut keterangan dari Darwin, bantuan akan terus disalurkan.",
     "Darwin Sembiring", "Darwin"),
])
def test_entities_a_person_after_dari_or_ke_stays_a_person(text, person, short):
    found = by_name(text)
    assert found[person].type == "PER"
    if short:
        assert short in [m.text for m in found[person].mentions] and short not in found


@pytest.mark.parametrize("text,place", [
    # a place made of clan names, or one after a place word, is no person ("Pasaribu Tobing", a kecamatan)
    ("Jalan menuju Pasaribu Tobing, Tapanuli Tengah, putus akibat longsor.", "Pasaribu Tobing"),
    ("Longsor menutup jalan di Pasaribu Tobing sejak Senin malam.", "Pasaribu Tobing"),
])
def test_entities_a_place_named_by_clans_stays_a_place(text, place):
    found = by_name(text)
    assert found[place].type == "LOC"


@pytest.mark.parametrize("text,office", [
    # an office's short name after "seluruh", "setiap", "semua"... is every office of its kind, not the one named
    ("Kapolri memerintahkan seluruh Polda meningkatkan patroli. Polda Metro Jaya mengerahkan 5.000 personel.",
     "Polda Metro Jaya"),
    ("Mendagri meminta setiap Pemkab menyiapkan anggaran. Pemkab Bogor sudah menyiapkan Rp 10 miliar.", "Pemkab Bogor"),
    ("Menkes meminta semua Dinkes menyiagakan petugas. Dinkes Jawa Barat menurunkan 200 tenaga medis.",
     "Dinkes Jawa Barat"),
])
def test_entities_an_offices_short_name_after_a_quantifier_is_no_office(text, office):
    found = by_name(text)
    short = office.split()[0]
    assert found[office].type == "ORG" and short not in [m.text for m in found[office].mentions]
    assert short not in found


@pytest.mark.parametrize("text,name,mentions", [
    # head words the bracketed acronym spells name the body, the region after it a place of its own, which the
    # body's name takes in
    ("Pemerintah Provinsi (Pemprov) Kalbar menyiapkan dana. Pemprov juga berjanji menambah guru.",
     "Pemerintah Provinsi Kalbar", ["Pemerintah Provinsi", "Pemprov"]),
    # an office's short name alone names the office
    ("Dinsos dan Dishub diminta membantu pendataan warga korban banjir.", "Dishub", ["Dishub"]),
    ("Kepala BPBD mengatakan air mulai surut di tiga desa.", "BPBD", ["BPBD"]),
])
def test_entities_a_bodys_head_words_and_short_name(text, name, mentions):
    found = by_name(text)
    assert found[name].type == "ORG" and set(mentions) <= {m.text for m in found[name].mentions}


def test_entities_a_partys_unit_before_its_acronym_is_no_body():
    found = by_name("Dewan Pimpinan Pusat (DPP) Partai Golkar menggelar rapat pleno.")
    assert "Dewan Pimpinan Pusat" not in found


def test_entities_a_division_before_a_known_company_is_the_titles():
    found = by_name("Vice President Komunikasi Korporat Pupuk Indonesia, Dimas Prasetyo, menyatakan stok aman.")
    assert found["Pupuk Indonesia"].type == "ORG" and found["Dimas Prasetyo"].type == "PER"
    assert not any("Komunikasi" in name for name in found)


@pytest.mark.parametrize("text,person", [
    # a person whose given name is a place the KB knows, named by a clan name
    ("Warga Desa Sei Rampah, Darwin Sembiring, menuturkan banjir datang malam hari.", "Darwin Sembiring"),
    ("Hadir pula tokoh adat Darwin Purba dalam pertemuan itu.", "Darwin Purba"),
    ("Hal itu dikatakan Kepala Dinas Pertanian Langkat Darwin Sembiring kepada wartawan.", "Darwin Sembiring"),
])
def test_entities_a_person_whose_given_name_is_a_place(text, person):
    found = by_name(text)
    assert person in found and found[person].type == "PER"
    assert "Darwin" not in found


def test_entities_a_company_after_a_title_is_no_person():
    found = by_name("Analis Samuel Sekuritas, Juan Harahap, menilai saham itu masih menarik.")
    assert found["Juan Harahap"].type == "PER"
    assert not any(e.type == "PER" and "Sekuritas" in e.name for e in found.values())


def test_entities_a_person_after_a_title_ending_with_a_state_body_is_the_body():
    found = by_name("Direktur Pupuk dan Pestisida Kementan, Dr. Ir. Tommy Nugraha, M.Sc., menolak tambahan kuota.")
    assert found["Tommy Nugraha"].type == "PER" and found["Kementan"].type == "ORG"
    assert not any("Pestisida" in name for name in found)


def test_entities_a_hospital_named_after_a_doctor_is_no_person():
    found = by_name("Direktur RSUD dr. TC Hillers, dr. Clara Francis, menyebut ruang isolasi penuh.")
    assert found["RSUD dr. TC Hillers"].type == "LOC" and found["Clara Francis"].type == "PER"
    assert "TC Hillers" not in found


@pytest.mark.parametrize("text,person,title", [
    # a trade is a title: kept out of the name, as at the start of a sentence
    ("Sopir Andi Malang mengatakan angkotnya ditabrak truk di Jalan Gatot Subroto.", "Andi Malang", "Sopir"),
    ("Buruh Joko Susilo ikut berunjuk rasa di depan pabrik tekstil itu.", "Joko Susilo", "Buruh"),
    ("Kata sopir Dedi Garut, penumpang turun drastis sejak ada ojek daring.", "Dedi Garut", "sopir"),
    # a city abroad right after a trade is the person's given name, whatever the surname
    ("Nelayan Paris Wattimena mengaku tidak melaut selama sepekan karena gelombang tinggi.", "Paris Wattimena",
     "Nelayan"),
    ("Pedagang Sydney Manurung mengatakan harga cabai naik dua kali lipat.", "Sydney Manurung", "Pedagang"),
    ("Guru honorer Darwin Laia mengatakan gajinya belum dibayar tiga bulan.", "Darwin Laia", "Guru honorer"),
    ("Menurut nelayan Darwin Sinjai, cuaca buruk sudah terjadi sepekan.", "Darwin Sinjai", "nelayan"),
    # capitalised words the tagger left untagged after a trade are a person, as after a title
    ("Guru honorer Dewi Palu mengajar di SD Negeri 3 Sigi sejak 2010.", "Dewi Palu", "Guru honorer"),
])
def test_entities_a_trade_before_a_name_is_the_persons_title(text, person, title):
    found = by_name(text)
    assert person in found and found[person].type == "PER" and found[person].titles == [title]
    assert not any(e.type == "LOC" and e.name in person for e in found.values())


@pytest.mark.parametrize("text,person,word", [
    # a name start's first word alone is no short form of the person (review 18, finding 3)
    ("Bupati Lombok Tengah Lalu Pathul Bahri meresmikan bendungan. Lalu, ia meninjau sawah.", "Lalu Pathul Bahri",
     "Lalu"),
    ("Gubernur NTB Lalu Muhammad Iqbal menghadiri acara adat di Praya. Lalu, ia meninjau sawah.",
     "Lalu Muhammad Iqbal", "Lalu"),
])
def test_entities_a_name_starts_first_word_is_no_short_form(text, person, word):
    found = by_name(text)
    assert found[person].type == "PER" and word not in [m.text for m in found[person].mentions]


@pytest.mark.parametrize("text,org", [
    # a trade inside an organisation's name is no title there (review 18, finding 2)
    ("Forum Guru Honorer Bersatu mengaku kecewa.", "Forum Guru Honorer Bersatu"),
    ("Ketua Forum Guru Honorer Indonesia Ahmad Suryadi mengaku kecewa.", "Forum Guru Honorer Indonesia"),
    ("Sekjen Konfederasi Serikat Buruh Sejahtera Indonesia Ahmad Suryadi menolak.",
     "Konfederasi Serikat Buruh Sejahtera Indonesia"),
])
def test_entities_a_trade_inside_an_organisations_name_stays_in_it(text, org):
    found = by_name(text)
    assert org in found and found[org].type == "ORG"


@pytest.mark.parametrize("text,place,person", [
    # an Indonesian region after a trade stays the title's complement
    ("Nelayan Lampung Hendra Saputra mengaku kesulitan mendapatkan solar.", "Lampung", "Hendra Saputra"),
    ("Sopir Medan Sitorus mengatakan angkot yang dikemudikannya ditabrak truk.", "Medan", "Sitorus"),
])
def test_entities_a_region_after_a_trade_stays_the_titles_complement(text, place, person):
    found = by_name(text)
    assert found[place].type == "LOC" and found[person].type == "PER"


@pytest.mark.parametrize("text,person", [
    # a place the KB knows as a person's given name, when the sentence says the name is someone's
    ("Medan Prakarsa mengaku rumahnya terendam banjir setinggi satu meter.", "Medan Prakarsa"),
    ("Warga mengeluhkan banjir. Kudus Santoso mengatakan air datang tengah malam.", "Kudus Santoso"),
    ("Padang Wicaksono, warga Desa Sumberejo, kehilangan dua ekor sapi.", "Padang Wicaksono"),
    ("Dalam sidang itu, Bandung Mawardi menegaskan dirinya tidak bersalah.", "Bandung Mawardi"),
])
def test_entities_a_person_whose_given_name_is_a_place_the_sentence_says_is_someone(text, person):
    found = by_name(text)
    assert person in found and found[person].type == "PER"
    assert person.split()[0] not in found


@pytest.mark.parametrize("text,place", [
    # without a person's verb or apposition, or after a title or a place word, the place stays
    ("Wali Kota Medan Rico Waas mengatakan banjir mulai surut.", "Medan"),
    ("Banjir merendam Medan Sunggal dan Medan Johor sejak Senin.", "Medan Sunggal"),
    ("Jakarta Selatan mengatakan siap menampung pengungsi.", "Jakarta Selatan"),
])
def test_entities_a_place_before_a_name_word_stays_a_place_without_a_persons_verb(text, place):
    found = by_name(text)
    assert found[place].type == "LOC"


@pytest.mark.parametrize("text,place,person", [
    # "Kota" ends the title "Wali Kota": the place is the name after it, not the KB's "Kota X" the words run into
    ("Wali Kota Medan Rico Waas mengatakan banjir mulai surut.", "Medan", "Rico Waas"),
    ("Wakil Wali Kota Bogor Jenal Mutaqin meninjau pasar yang terbakar.", "Bogor", "Jenal Mutaqin"),
    # a region's chief civil servant, then a region named whole with its head word and a one-word name
    ("Sekda Kabupaten Gowa Muchlis mengatakan anggaran sudah disahkan.", "Kabupaten Gowa", "Muchlis"),
    ("Ia didampingi Sekretaris Daerah Kota Bogor Syarifah kemarin.", "Kota Bogor", "Syarifah"),
])
def test_entities_a_region_inside_or_after_a_title_and_the_person_after_it(text, place, person):
    found = by_name(text)
    assert found[place].type == "LOC" and found[person].type == "PER"
    assert not any(place in e.name and e.name != place for e in found.values() if e.type == "LOC")


@pytest.mark.parametrize("text,person,title,region", [
    # Haji written together with the name's initial, after a title and its complement: the person is found
    ("Ketua DPRD Gowa H.A. Rizal mengatakan anggaran itu sudah disahkan.", "A. Rizal", "Ketua DPRD Gowa",
     "DPRD Gowa"),
    ("Ketua DPRD Gowa H.A. Rizal meminta jalan diperbaiki. Menurut Rizal, janji itu sudah lama.", "A. Rizal",
     "Ketua DPRD Gowa", "DPRD Gowa"),
    ("Wakil Ketua DPRD Sulsel H.M. Amir Uskara mengatakan rapat ditunda.", "M. Amir Uskara",
     "Wakil Ketua DPRD Sulsel", "DPRD Sulsel"),
    # a regency the KB knows before honorifics is the place, not an organisation
    ("Bupati Sumenep Dr. H. Achmad Fauzi meresmikan pasar itu.", "Achmad Fauzi", "Bupati Sumenep", "Sumenep"),
])
def test_entities_a_person_after_a_title_with_haji_and_initials(text, person, title, region):
    found = by_name(text)
    assert found[person].type == "PER" and found[person].titles == [title]
    assert found[region].type == ("LOC" if region == "Sumenep" else "ORG")


@pytest.mark.parametrize("text,village,person", [
    # a village head: the village, then the person, as the guidelines annotate "Desa Toboli"
    ("Kepala Desa Sukamaju Udin Samsudin mengatakan warga mulai mengungsi.", "Desa Sukamaju", "Udin Samsudin"),
    ("Kepala Desa Sukamaju H. Udin mengatakan warga mulai mengungsi.", "Desa Sukamaju", "Udin"),
    ("Kepala Desa Lumban Sinaga Hotman Sitorus mengatakan jalan putus.", "Desa Lumban Sinaga", "Hotman Sitorus"),
])
def test_entities_a_village_after_its_heads_title_then_the_person(text, village, person):
    found = by_name(text)
    assert found[village].type == "LOC" and found[person].type == "PER"


@pytest.mark.parametrize("text,person", [
    # two to four name words opening a sentence before a person's verb, the first an ordinary word too
    ("Ratna Sari Dewi mengatakan stok obat di puskesmas menipis.", "Ratna Sari Dewi"),
    ("Putri Ayu Lestari mengaku sekolahnya sudah tiga hari ditutup.", "Putri Ayu Lestari"),
    ("Banjir datang malam hari. Indah Permatasari mengatakan air naik cepat.", "Indah Permatasari"),
    ('"Kami rugi besar," kata pedagang. Sari Wulandari, warga Pasar Baru, mengaku omzetnya turun.', "Sari Wulandari"),
    # ordinary words that end names, which the tagger leaves out
    ("Kuasa hukum terdakwa, Yan Mangandar Putra, menilai putusan itu terlalu berat.", "Yan Mangandar Putra"),
    ("Jaksa Anak Agung Gede Putra menyatakan pikir-pikir atas vonis itu.", "Anak Agung Gede Putra"),
    # Sasak noble names start with Lalu and Baiq
    ("Mantan Kepala Dinas Pariwisata Lombok Timur, Lalu Ahmad Fahrurrozi, divonis enam tahun.",
     "Lalu Ahmad Fahrurrozi"),
])
def test_entities_a_persons_whole_name_though_its_words_are_ordinary_words(text, person):
    found = by_name(text)
    assert person in found and found[person].type == "PER"


@pytest.mark.parametrize("text,word", [
    # a noun for people or a conjunction opening the sentence is no name's first word
    ("Keluarga Sutrisno mengatakan jenazah akan dimakamkan di kampung halaman.", "Keluarga Sutrisno"),
    ("Warga Sukamaju mengatakan banjir datang tengah malam.", "Warga Sukamaju"),
    ("Sementara Budi mengatakan hal itu tidak benar.", "Sementara Budi"),
])
def test_entities_a_word_for_people_opening_a_sentence_is_no_part_of_a_name(text, word):
    assert word not in by_name(text)


@pytest.mark.parametrize("text,body,person", [
    # a one-word name after an office and its region, before a verb only a person does
    ("Kepala Pelaksana BPBD Samarinda Suwarso mengatakan 2.300 rumah terendam.", "BPBD Samarinda", "Suwarso"),
    ("Kepala Dinas Pertanian Garut Haeruman mengatakan pihaknya akan menyerap panen.", "Dinas Pertanian Garut",
     "Haeruman"),
])
def test_entities_a_one_word_name_after_an_office_and_its_region(text, body, person):
    found = by_name(text)
    assert found[body].type == "ORG" and found[person].type == "PER"


def test_entities_an_office_and_its_region_without_a_name_stay_whole():
    found = by_name("Kepala Dinas Pertanian Garut mengatakan pihaknya akan menyerap panen.")
    assert found["Dinas Pertanian Garut"].type == "ORG" and not any(e.type == "PER" for e in found.values())


@pytest.mark.parametrize("text,people", [
    # a doubles pair joined by a slash: both are people, though the tagger found one
    ("Pasangan ganda putra Fajar Alfian/Muhammad Rian Ardianto mengalahkan wakil Jepang.",
     ["Fajar Alfian", "Muhammad Rian Ardianto"]),
    ("Ganda campuran Rinov Rivaldy/Pitha Haningtyas Mentari lolos ke final.", ["Rinov Rivaldy",
                                                                             "Pitha Haningtyas Mentari"]),
])
def test_entities_a_pair_joined_by_a_slash_is_two_people(text, people):
    found = by_name(text)
    assert all(found[p].type == "PER" for p in people)


@pytest.mark.parametrize("text,name,place", [
    # a tournament or fair named by a place the KB knows and a tail word: MISC, not the place
    ("Tim Indonesia meraih dua gelar di Indonesia Masters 2025.", "Indonesia Masters", "Indonesia"),
    ("Jakarta Fair dibuka pekan depan di Kemayoran.", "Jakarta Fair", None),
    ("Pebulu tangkis itu akan tampil di India Open bulan depan.", "India Open", None),
])
def test_entities_a_tournament_named_by_a_place_is_no_place(text, name, place):
    found = by_name(text)
    assert found[name].type == "MISC"
    assert (place in found) == (place is not None)


@pytest.mark.parametrize("text,name,kb_name", [
    # directorates general by the short names news uses (kb/data/state.yaml)
    ("Jake Thompson ditangkap petugas Bea Cukai di bandara karena membawa kokain.", "Bea Cukai",
     "Direktorat Jenderal Bea dan Cukai"),
    ("Ditjen Pajak mencatat penerimaan naik 8 persen.", "Ditjen Pajak", "Direktorat Jenderal Pajak"),
])
def test_entities_a_directorate_general_by_its_short_name(text, name, kb_name):
    found = by_name(text)
    assert found[name].type == "ORG" and found[name].kb == knowledge_base().lookup(kb_name)[0].id


@pytest.mark.parametrize("text,offices,place", [
    # a name after a body the KB knows, with no title before and no person's verb after, is no person (review 18,
    # finding 9): a service's office named by its airport is one organisation, as a branch written with its
    # parent's name is (GUIDELINES)
    ("Petugas Bea Cukai Ngurah Rai menggagalkan penyelundupan sabu.", ["Bea Cukai Ngurah Rai"], "Ngurah Rai"),
    ("Petugas Bea Cukai Ngurah Rai menggagalkan penyelundupan sabu. Imigrasi Ngurah Rai mendeportasi tiga warga "
     "negara Rusia.", ["Bea Cukai Ngurah Rai", "Imigrasi Ngurah Rai"], "Ngurah Rai"),
])
def test_entities_a_name_after_a_body_without_a_persons_verb_is_no_person(text, offices, place):
    found = by_name(text)
    assert all(found[office].type == "ORG" for office in offices)
    assert not [e for e in found.values() if e.type == "PER" and place in e.name]


@pytest.mark.parametrize("text,body,person", [
    # with a person's verb or apposition after the name, the name stays a person
    ("Pertamina Nicke Widyawati mengatakan stok BBM aman.", "Pertamina", "Nicke Widyawati"),
    ("Bea Cukai Askolani, direktur jenderal yang baru, hadir.", "Bea Cukai", "Askolani"),
])
def test_entities_a_name_after_a_body_with_a_persons_verb_stays_a_person(text, body, person):
    found = by_name(text)
    assert found[body].type == "ORG" and found[person].type == "PER"


@pytest.mark.parametrize("text,club,short,person", [
    # a club the article names in full, then by its last word as a coach's title complement
    ("Manchester City menang 3-1 atas Liverpool. Pelatih City Pep Guardiola memuji timnya.", "Manchester City",
     "City", "Pep Guardiola"),
    ("Manchester United kalah di kandang. Pelatih United Ruben Amorim kecewa.", "Manchester United", "United",
     "Ruben Amorim"),
])
def test_entities_a_club_by_its_last_word_before_its_coach(text, club, short, person):
    found = by_name(text)
    assert found[person].type == "PER" and short in [m.text for m in found[club].mentions]
    assert short not in found


@pytest.mark.parametrize("text,club", [
    # another club's short name ("City", "United") never splits a club named whole (review 18, finding 1)
    ("Persis Solo kalah 0-1 dari Bali United. Pelatih Bali United Johnny Jansen memuji pemainnya. Manchester City "
     "menang 3-0. Menurut Pelatih City Pep Guardiola, timnya tampil disiplin.", "Bali United"),
    ("Bali United menang atas Persija. Manchester United kalah di kandang. Pelatih United Ruben Amorim kecewa.",
     "Bali United"),
])
def test_entities_a_club_named_whole_keeps_its_name(text, club):
    found = by_name(text)
    assert found[club].type == "ORG" and "Bali" not in found and "United" not in found


@pytest.mark.parametrize("text,people", [
    # a list of initials after "berinisial": every item a person, though initials may spell a degree ("MH")
    ("Polisi menetapkan tiga tersangka berinisial AS, RD, dan MH dalam kasus penipuan.", ["AS", "RD", "MH"]),
    ("Tersangka berinisial RS (19), AP (22), dan MF (17) ditahan di Polres Bogor.", ["RS", "AP", "MF"]),
])
def test_entities_a_list_of_initials_is_a_list_of_people(text, people):
    found = by_name(text)
    assert all(found[p].type == "PER" for p in people)


@pytest.mark.parametrize("text,place,person", [
    # a district named with its head word, then bare as the complement of its head's title
    ("Longsor melanda Desa Cibeureum, Kecamatan Cisarua. Camat Cisarua Ivan Pramudia mengatakan tidak ada korban.",
     "Kecamatan Cisarua", "Ivan Pramudia"),
])
def test_entities_a_district_named_before_is_the_titles_complement(text, place, person):
    found = by_name(text)
    assert found[place].type == "LOC" and found[person].type == "PER"
    assert "Cisarua" in [m.text for m in found[place].mentions]


@pytest.mark.parametrize("text,person", [
    # a job the lists lack, before an honorific in lower case: no part of the name
    ("Psikiater dr. Eniarti, M.Sc., Sp.KJ., MMR mengatakan hal itu.", "Eniarti"),
    ("Ahli gizi dr. Tan Shot Yen menilai menu itu kurang protein.", "Tan Shot Yen"),
])
def test_entities_a_job_before_a_lower_case_honorific_is_no_part_of_the_name(text, person):
    found = by_name(text)
    assert found[person].type == "PER" and len(found) == 1


@pytest.mark.parametrize("text,person", [
    # a name right before an age in brackets, the first words of a sentence or after a cue
    ("Sutarmi (56) tewas tertimpa pohon tumbang di Jalan Magelang, Sleman.", "Sutarmi"),
    ("Korban bernama Ahmad Rifai (12) tenggelam saat berenang di sungai.", "Ahmad Rifai"),
])
def test_entities_a_name_before_an_age_in_brackets_is_a_person(text, person):
    found = by_name(text)
    assert found[person].type == "PER"


@pytest.mark.parametrize("text,org,person", [
    # research houses and brokers whose analysts news quotes end with these words (entities.yaml org_tails)
    ("Ekonom Capital Economics Gareth Leather memperkirakan rupiah melemah.", "Capital Economics", "Gareth Leather"),
    ("Analis Mirae Asset Securities Nafan Aji Gusta menilai saham itu menarik.", "Mirae Asset Securities",
     "Nafan Aji Gusta"),
])
def test_entities_an_analysts_firm_ends_before_the_analyst(text, org, person):
    found = by_name(text)
    assert found[org].type == "ORG" and found[person].type == "PER"


@pytest.mark.parametrize("text,person", [
    # "lalu" in lower case is "then", no Sasak name start
    ("Musim lalu Pep Guardiola membawa timnya juara liga.", "Pep Guardiola"),
])
def test_entities_a_lower_case_name_start_is_an_ordinary_word(text, person):
    assert person in by_name(text)
