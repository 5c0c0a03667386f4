"""Places in a region, offices named without their region, nicknames given to a description, and the words around
names that decide them, end to end (tagger + rules + coreference, the KB warta ships)."""

from __future__ import annotations

import pytest

from .entity_builders import mentions, names


@pytest.mark.parametrize("text,place,region", [
    ("Korban dirawat di RSUD Kabupaten Bekasi. Tahun lalu ada 14 kecelakaan di Kabupaten Bekasi.",
     "RSUD Kabupaten Bekasi", "Kabupaten Bekasi"),
    ("Banjir melanda Kabupaten Demak sejak Senin. Warga mengungsi ke Puskesmas Kabupaten Demak.",
     "Puskesmas Kabupaten Demak", "Kabupaten Demak"),
])
def test_a_place_named_with_its_region_is_not_the_region(text, place, region):
    found = mentions(text)
    assert found.get(place) == {place}
    assert region in found and region in found[region]


def test_a_place_shortened_by_its_inner_words_is_the_same_place():
    text = ("Pedagang Pasar Rakyat Mandonga menolak pindah. Wa Ode Sitti Rahma sudah berjualan di Pasar Mandonga "
            "sejak 1998.")
    assert mentions(text).get("Pasar Rakyat Mandonga") == {"Pasar Rakyat Mandonga", "Pasar Mandonga"}


def test_a_regency_is_not_shortened_to_another():
    found = mentions("Bupati Lanny Jaya hadir di Kabupaten Lanny Jaya. Ia lalu terbang ke Kabupaten Puncak Jaya.")
    assert "Kabupaten Puncak Jaya" not in found.get("Kabupaten Lanny Jaya", set())


def test_an_office_named_without_its_region_is_the_one_the_article_names():
    text = ("Kepala Dinas Pertanian Kabupaten Indramayu, Euis Rochmawati, menyebut serangan wereng meluas. "
            "Dinas Pertanian memperkirakan produksi turun 12 persen.")
    assert "Dinas Pertanian" in mentions(text).get("Dinas Pertanian Kabupaten Indramayu", set())


def test_an_office_named_for_two_regions_is_neither_without_one():
    text = ("Dinas Pertanian Kabupaten Indramayu dan Dinas Pertanian Kabupaten Cirebon menggelar rapat. "
            "Dinas Pertanian juga membagikan benih.")
    found = mentions(text)
    assert "Dinas Pertanian" not in found.get("Dinas Pertanian Kabupaten Indramayu", set())
    assert "Dinas Pertanian" not in found.get("Dinas Pertanian Kabupaten Cirebon", set())


def test_a_body_alone_is_not_its_branch():
    text = ("Kepala Jasindo Cabang Cirebon, Andri Gunawan, mengatakan klaim sudah dibayar. Politikus itu meminta "
            "Jasindo tidak mempersulit petani.")
    assert mentions(text).get("Jasindo Cabang Cirebon") == {"Jasindo Cabang Cirebon"}


def test_a_branch_in_a_region_written_by_its_syllables_is_the_branch():
    text = ("Kepala Ombudsman RI Perwakilan Jawa Tengah, Siti Farida, menerima laporan itu. Ombudsman Jateng akan "
            "memeriksa dinas pendidikan.")
    assert "Ombudsman Jateng" in mentions(text).get("Ombudsman RI Perwakilan Jawa Tengah", set())


@pytest.mark.parametrize("text,person,nickname", [
    ('Ketua APPSI Kota Kendari, Hasan Basri Ladjuma, mengatakan pedagang keberatan. "Kami minta sewa digratiskan," '
     "kata pria yang akrab disapa Acang itu.", "Hasan Basri Ladjuma", "Acang"),
    # the person the quotation names is not the speaker it describes
    ('Perawat yang selamat, Martinus Wenda, bersembunyi di kolong rumah. "Kakak Yulianus Murib masih sempat '
     'teriak," tutur pria yang biasa disapa Tinus itu.', "Martinus Wenda", "Tinus"),
])
def test_a_nickname_given_to_a_description_is_the_speaker_named_before(text, person, nickname):
    found = mentions(text)
    assert nickname in found.get(person, set()) and nickname not in found


def test_a_movements_two_names_joined_by_a_hyphen_are_one():
    text = ("Kelompok bersenjata yang diduga bagian dari Tentara Pembebasan Nasional Papua Barat-Organisasi Papua "
            "Merdeka (TPNPB-OPM) menyerang puskesmas.")
    found = mentions(text)
    name = "Tentara Pembebasan Nasional Papua Barat-Organisasi Papua Merdeka"
    assert "TPNPB-OPM" in found.get(name, set()) and "Organisasi Papua Merdeka" not in found


@pytest.mark.parametrize("text,body", [
    ("Bantuan itu berasal dari hibah Japan International Cooperation Agency (JICA) senilai US$1,2 juta.",
     "Japan International Cooperation Agency"),
    ("Desainnya dibuat konsultan asal Korea Selatan, Hanwool Engineering.", "Hanwool Engineering"),
    ("Peneliti dari firma keamanan siber asal Singapura, Ravenfield Security, Marcus Teo, menyebut itu.",
     "Ravenfield Security"),
    ("Kapal itu dioperasikan Pacific Lumina Cruises asal Amerika Serikat.", "Pacific Lumina Cruises"),
    ("Rombongan itu datang dengan kapal milik operator asal Selandia Baru, Tasman Pearl Voyages, pekan lalu.",
     "Tasman Pearl Voyages"),
    ("Analis firma riset asal Belanda, Tidewater Intelligence, menyebut data itu dijual sejak Maret.",
     "Tidewater Intelligence"),
])
def test_english_bodies_are_organisations_by_their_last_word(text, body):
    assert names(text).get(body) == "ORG"


@pytest.mark.parametrize("text,person,not_entity", [
    ("Ahli geologi UGM, Dr. Eng. Wahyu Prasetyo Adi, S.T., M.T., menjelaskan kawasan itu rawan.",
     "Wahyu Prasetyo Adi", "Eng"),
    ("Kepala Dinas Pariwisata, Fransiskus Xaverius Harun, S.Sos., M.AP., menyebut retribusi dibutuhkan.",
     "Fransiskus Xaverius Harun", "AP"),
    ("Ketua DPRD Kota Kendari La Ode Jumardin Saleh, S.H., membantah tuduhan itu. Menurut Jumardin, dewan tidak "
     "menolak.", "La Ode Jumardin Saleh", "DPRD Kota Kendari La Ode"),
])
def test_honorifics_degrees_and_name_starts_around_a_person(text, person, not_entity):
    found = names(text)
    assert found.get(person) == "PER" and not_entity not in found


@pytest.mark.parametrize("text,title_word", [
    ('"Muatannya melebihi kapasitas," ujar Kasat Lantas. Ia menyebut sopir sudah diperiksa.', "Lantas"),
    ("Pengumuman ulang dijadwalkan Jumat, ujar Kadisdik. Ia membantah tudingan itu.", "Kadisdik"),
    ("Situasi sudah terkendali, kata Ronald. Kaops menambahkan, identitas pelaku sudah dikantongi.", "Kaops"),
])
def test_a_title_alone_names_no_one(text, title_word):
    assert title_word not in names(text)


@pytest.mark.parametrize("text,word", [
    ('"Pola itu sudah kami temukan. Perpindahan KK mendadak itu tanda bahaya," tutur Dyah.', "Perpindahan KK"),
    ("Petugas memeriksa rekaman CCTV di perlintasan itu.", "CCTV"),
    ("Peretas masuk melalui jaringan VPN milik vendor.", "VPN"),
])
def test_ordinary_nouns_and_devices_are_no_names(text, word):
    assert word not in names(text)


def test_a_ship_is_no_person():
    assert names("Kapal pesiar MV Ocean Serenade bersandar di Labuan Bajo.").get("MV Ocean Serenade") != "PER"


@pytest.mark.parametrize("text,hall", [
    ("Saat ditemui di Balai Kota Kendari sore tadi, ia memastikan itu.", "Balai Kota Kendari"),
    ("Warga berkumpul di Balai Desa Sukamaju untuk musyawarah.", "Balai Desa Sukamaju"),
])
def test_a_town_or_village_hall_is_a_place(text, hall):
    assert names(text).get(hall) == "LOC"


def test_a_company_named_with_a_regional_legal_form():
    text = ("Layanan PT Bank Pembangunan Daerah Ranah Minang (Perseroda) lumpuh sejak Sabtu malam.")
    assert names(text).get("PT Bank Pembangunan Daerah Ranah Minang (Perseroda)") == "ORG"


def test_a_bracketed_short_name_sharing_a_word_is_the_companys():
    text = ("VP Corporate Secretary PT Kereta Commuter Indonesia (KAI Commuter), Dinda Maharani Putri, mengatakan "
            "kereta itu melaju.")
    found = mentions(text)
    assert found.get("PT Kereta Commuter Indonesia") == {"PT Kereta Commuter Indonesia", "KAI Commuter"}


def test_a_company_named_again_without_its_legal_suffixes():
    text = ("Mayoritas saham Pasarkilat dimiliki perusahaan asal Singapura, Tembusu Capital Pte Ltd. Chief Executive "
            "Officer Tembusu Capital, Leonard Chua, menyebut keputusan itu berat.")
    assert "Tembusu Capital" in mentions(text).get("Tembusu Capital Pte Ltd", set())


def test_a_long_syllable_acronym_in_brackets_names_the_office():
    text = ("Kepala Dinas Tenaga Kerja, Transmigrasi, dan Energi (Disnakertransgi) DKI Jakarta, Benny Agus Sasmito, "
            "menyebut pihaknya memanggil manajemen.")
    found = mentions(text)
    assert "Disnakertransgi" in found.get("Dinas Tenaga Kerja, Transmigrasi, dan Energi", set())


def test_a_street_named_after_a_professor_keeps_the_honorifics():
    found = names("Mereka berunjuk rasa di Jalan Prof. Dr. Satrio, kemarin siang.")
    assert found.get("Jalan Prof. Dr. Satrio") == "LOC"


@pytest.mark.parametrize("text,place,other", [
    ("WAISAI, KOMPAS.com - Kapal ditahan di Pelabuhan Waisai. Warga Waisai menonton dari dermaga.",
     "Pelabuhan Waisai", "Waisai"),
    ("Bantuan tiba di Bandara Banyuwangi pagi tadi. Dari Banyuwangi, bantuan dibawa ke lokasi.",
     "Bandara Banyuwangi", "Banyuwangi"),
])
def test_a_facility_named_by_its_town_is_not_the_town(text, place, other):
    found = mentions(text)
    assert other not in found.get(place, set())


def test_an_area_named_without_its_head_word_is_the_same_place():
    found = mentions("Gempa mengguncang Pulau Lombok, Minggu. Warga Lombok mengungsi ke perbukitan.")
    assert "Lombok" in found.get("Pulau Lombok", set())


@pytest.mark.parametrize("text,name,kind", [
    ("Menurut National Oceanic and Atmospheric Administration (NOAA), suhu laut naik.",
     "National Oceanic and Atmospheric Administration", "ORG"),
    ("Menurut Food and Agriculture Organization (FAO), produksi pangan turun.", "Food and Agriculture Organization",
     "ORG"),
])
def test_a_name_its_bracketed_acronym_spells_is_one_name(text, name, kind):
    assert names(text).get(name) == kind


def test_a_meeting_its_acronym_spells_is_no_organisation():
    found = names("BI menahan suku bunga dalam Rapat Dewan Gubernur (RDG) yang berakhir Rabu.")
    assert found.get("Rapat Dewan Gubernur") not in ("ORG", "PER")


@pytest.mark.parametrize("text,name", [
    ("Skrining digelar bertepatan dengan Hari Tuberkulosis Sedunia, Selasa (24/3/2026).", "Tuberkulosis Sedunia"),
    ("Sekolah itu merayakan Hari Kartini dengan lomba busana.", "Kartini"),
])
def test_a_day_named_after_a_cause_or_a_person_is_no_person(text, name):
    assert names(text).get(name) != "PER"


def test_a_police_units_mobile_brigade_with_its_command_is_one_unit():
    text = "Pemain dievakuasi dengan kendaraan taktis Brimob Polda Jabar ke hotel."
    assert names(text).get("Brimob Polda Jabar") == "ORG"


@pytest.mark.parametrize("text,full,short", [
    ("Kuasa hukum menggugat KPU ke Pengadilan Tata Usaha Negara Samarinda, kemarin. \"Kalau PTUN mengabulkan "
     "gugatan, KPU wajib melaksanakan putusan itu,\" kata Fauzan.", "Pengadilan Tata Usaha Negara Samarinda", "PTUN"),
    ("Sanksi menjadi kewenangan Komite Disiplin PSSI. Ketua Komdis, Fadli Nasution, memastikan sidang digelar Kamis.",
     "Komite Disiplin PSSI", "Komdis"),
])
def test_a_short_name_alone_is_the_one_body_it_writes_short(text, full, short):
    assert short in mentions(text).get(full, set())


def test_a_building_of_a_regional_body_keeps_the_bodys_region():
    found = names("Warga berunjuk rasa di depan Gedung DPRD Kota Bogor, Senin.")
    assert found.get("Gedung DPRD Kota Bogor") == "LOC" and "Kota Bogor" not in found


def test_an_office_acronym_with_another_region_is_another_office():
    text = ("Badan Penanggulangan Bencana Daerah (BPBD) Sumatera Utara mencatat 12.000 warga terdampak. Rico menyebut "
            "petugas BPBD Kota Medan sudah mengevakuasi warga sejak subuh.")
    found = mentions(text)
    assert found.get("BPBD Kota Medan") == {"BPBD Kota Medan"}


def test_a_village_whose_name_opens_with_a_village_word_is_named_short():
    text = "Wilayah terparah berada di Kelurahan Kampung Aur. \"Warga Kampung Aur menunggu di atap rumah,\" tegasnya."
    assert "Kampung Aur" in mentions(text).get("Kelurahan Kampung Aur", set())


def test_a_contingent_is_an_organisation():
    assert names("Kontingen Garuda telah menjadi bagian dari UNIFIL sejak 2006.").get("Kontingen Garuda") == "ORG"


@pytest.mark.parametrize("text,unit", [
    ("Di tengah kelangkaan itu, Satreskrim Polres Lumajang menyita 20 ton pupuk dari sebuah gudang.",
     "Satreskrim Polres Lumajang"),
    ("Sementara itu, Satlantas Polresta Malang memasang 40 rambu baru.", "Satlantas Polresta Malang"),
])
def test_a_police_unit_written_as_one_word_before_its_command_is_one_unit(text, unit):
    found = names(text)
    assert found.get(unit) == "ORG" and unit.split()[0] not in found


def test_a_street_named_with_initials_is_one_place_and_ends_no_sentence():
    found = names("Kantor itu berada di Jalan Letjen M.T. Haryono, Jakarta Timur. Polisi berjaga di sana.")
    assert found.get("Jalan Letjen M.T. Haryono") == "LOC" and "Haryono" not in found


def test_a_head_imam_is_a_title():
    found = names("Imam Besar Masjid Al-Falah, K.H. Abdul Somad Lubis, mengimbau warga menahan diri.")
    assert found.get("Abdul Somad Lubis") == "PER"
    assert not any(name.startswith("Imam Besar") for name in found)


@pytest.mark.parametrize("text,facility", [
    ("Kedua terdakwa ditahan di Rutan Kelas IIB Sigli sejak Januari.", "Rutan Kelas IIB Sigli"),
    ("Napi itu kabur dari Lapas Kelas IIA Jember, Jawa Timur.", "Lapas Kelas IIA Jember"),
])
def test_a_prison_named_with_its_class_keeps_the_class_and_the_place(text, facility):
    assert names(text).get(facility) == "LOC"


def test_an_associations_central_board_is_named_whole():
    found = names("Pengurus Pusat Persatuan Tenis Seluruh Indonesia (Pelti) menyiapkan bonus Rp 500 juta.")
    assert found.get("Pengurus Pusat Persatuan Tenis Seluruh Indonesia") == "ORG"


def test_a_people_is_no_name():
    assert "Rohingya" not in names("Sebanyak 150 pengungsi Rohingya kembali mendarat di pantai Pidie, Aceh.")


def test_running_mates_named_by_one_name_each_are_neither_a_route_nor_a_place():
    text = ("KPU menetapkan pasangan Markus Tebai dan Amir Wonda sebagai pemenang. Tim pemenangan Markus-Amir dan "
            "Yosep-Selvi menandatangani pakta damai. Pasangan Yosep Kadepa dan Selvi Pigai menggugat ke MK.")
    found = names(text)
    assert found.get("Yosep Kadepa") == "PER" and found.get("Selvi Pigai") == "PER"
    assert not any(kind == "LOC" for name, kind in found.items() if "Yosep" in name or "Selvi" in name)


def test_the_house_of_someone_named_with_pak_is_no_place():
    text = 'Ia mengunjungi Yusuf Kobogau kemarin. "Saya akan datang lagi ke rumah Pak Yusuf," ujar Markus.'
    assert names(text).get("Pak Yusuf") != "LOC"
