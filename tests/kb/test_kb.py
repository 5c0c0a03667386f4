"""The knowledge base answers for each entry class by the names Indonesian news uses."""

import pytest

from warta.kb import KBRecord, describe, knowledge_base


@pytest.fixture(scope="module")
def kb():
    return knowledge_base()


def _first(kb, name) -> KBRecord:
    found = kb.lookup(name)
    assert found, f"{name!r} is not in the knowledge base"
    return found[0]


@pytest.mark.parametrize("name, qid", [
    ("Rusia", "Q159"), ("Federasi Rusia", "Q159"), ("Tiongkok", "Q148"), ("China", "Q148"), ("Cina", "Q148"),
    ("AS", "Q30"), ("Amerika Serikat", "Q30"), ("Korut", "Q423"), ("Korea Utara", "Q423"),
    ("Korsel", "Q884"), ("Korea Selatan", "Q884"), ("Inggris", "Q145"), ("Britania Raya", "Q145"),
    ("Jepang", "Q17"), ("Belanda", "Q55"), ("Arab Saudi", "Q851"), ("Timor Leste", "Q574"), ("Swiss", "Q39"),
    ("Ukraina", "Q212"), ("RI", "Q252"), ("Indonesia", "Q252"), ("Palestina", "Q219060"),
])
def test_countries_by_news_name(kb, name, qid):
    rec = _first(kb, name)
    assert (rec.id, rec.qid, rec.type, rec.kind) == (qid, qid, "LOC", "country")


@pytest.mark.parametrize("name", ["korut", "KORUT", "amerika  serikat"])
def test_lookup_ignores_case_and_spacing(kb, name):
    assert _first(kb, name).iso in {"KP", "US"}


def test_every_iso_country_is_known(kb):
    countries = [r for r in kb if r.kind == "country"]
    assert len(countries) >= 249
    assert all(r.iso for r in countries)


@pytest.mark.parametrize("name, canonical", [
    ("Jawa Barat", "Jawa Barat"), ("Jabar", "Jawa Barat"), ("DKI Jakarta", "Jakarta"), ("DIY", "Daerah Istimewa Yogyakarta"),
    ("NTT", "Nusa Tenggara Timur"), ("Kepri", "Kepulauan Riau"), ("Babel", "Kepulauan Bangka Belitung"),
    ("Provinsi Papua Pegunungan", "Papua Pegunungan"), ("Sulsel", "Sulawesi Selatan"), ("Kaltara", "Kalimantan Utara"),
])
def test_provinces_by_name_and_acronym(kb, name, canonical):
    rec = _first(kb, name)
    assert (rec.name, rec.kind, rec.type, rec.country) == (canonical, "province", "LOC", "Q252")


def test_all_38_provinces(kb):
    assert sum(r.kind == "province" for r in kb) == 38


@pytest.mark.parametrize("province, capital", [
    ("Jawa Barat", "Kota Bandung"), ("Jawa Timur", "Kota Surabaya"), ("Banten", "Kota Serang"),
    ("Kalimantan Selatan", "Kota Banjarbaru"), ("Sulawesi Barat", "Kabupaten Mamuju"), ("Maluku Utara", "Sofifi"),
    ("Papua Pegunungan", "Wamena"), ("Daerah Istimewa Yogyakarta", "Kota Yogyakarta"),
])
def test_province_capitals(kb, province, capital):
    assert kb.get(_first(kb, province).capital).name == capital


@pytest.mark.parametrize("name, expected", [
    ("Lebak", ["Kabupaten Lebak"]),
    ("Kab. Lebak", ["Kabupaten Lebak"]),
    ("Bogor", ["Kota Bogor", "Kabupaten Bogor"]),
    ("Solo", ["Kota Surakarta"]),
    ("Jogja", ["Kota Yogyakarta"]),
    ("Tangsel", ["Kota Tangerang Selatan"]),
    ("Jakarta Selatan", ["Kota Jakarta Selatan"]),
    ("Mamuju Utara", ["Kabupaten Pasangkayu"]),
    # the short names news writes for them
    ("Humbahas", ["Kabupaten Humbang Hasundutan"]),
    ("Madina", ["Kabupaten Mandailing Natal"]),
    ("Paluta", ["Kabupaten Padang Lawas Utara"]),
    ("Jaksel", ["Kota Jakarta Selatan"]),
    ("Jaktim", ["Kota Jakarta Timur"]),
])
def test_regencies_and_cities(kb, name, expected):
    assert [r.name for r in kb.lookup(name)] == expected


@pytest.mark.parametrize("name, canonical", [
    ("KPK", "Komisi Pemberantasan Korupsi"),
    ("Kemenlu", "Kementerian Luar Negeri"), ("Kemlu", "Kementerian Luar Negeri"),
    ("Deplu", "Kementerian Luar Negeri"), ("Departemen Luar Negeri", "Kementerian Luar Negeri"),
    ("Kemenkeu", "Kementerian Keuangan"), ("Depkeu", "Kementerian Keuangan"),
    ("Kemendagri", "Kementerian Dalam Negeri"), ("Kemenhan", "Kementerian Pertahanan"),
    ("Kemenkes", "Kementerian Kesehatan"), ("Kemendikbud", "Kementerian Pendidikan, Kebudayaan, Riset, dan Teknologi"),
    ("Kementerian BUMN", "Kementerian Badan Usaha Milik Negara"),
    ("Kemenko Polhukam", "Kementerian Koordinator Bidang Politik, Hukum, dan Keamanan"),
    ("Bappenas", "Kementerian Perencanaan Pembangunan Nasional"),
    ("BMKG", "Badan Meteorologi, Klimatologi, dan Geofisika"), ("BMG", "Badan Meteorologi, Klimatologi, dan Geofisika"),
    ("Polri", "Kepolisian Negara Republik Indonesia"), ("ABRI", "Tentara Nasional Indonesia"),
    ("DPR RI", "Dewan Perwakilan Rakyat"), ("MK", "Mahkamah Konstitusi"), ("BI", "Bank Indonesia"),
    ("Basarnas", "Badan Nasional Pencarian dan Pertolongan"), ("Bawaslu", "Badan Pengawas Pemilihan Umum"),
    ("Komisi XI", "Komisi XI DPR"), ("Baleg", "Badan Legislasi DPR"), ("PVMBG", "Pusat Vulkanologi dan Mitigasi Bencana Geologi"),
    # the ministries of the October 2024 split, and those created since
    ("Kemenko PM", "Kementerian Koordinator Bidang Pemberdayaan Masyarakat"),
    ("Kemenko IPK", "Kementerian Koordinator Bidang Infrastruktur dan Pembangunan Kewilayahan"),
    ("Kemenko Polkam", "Kementerian Koordinator Bidang Politik dan Keamanan"),
    ("KemenHAM", "Kementerian Hak Asasi Manusia"), ("Kementerian HAM", "Kementerian Hak Asasi Manusia"),
    ("Kemenimipas", "Kementerian Imigrasi dan Pemasyarakatan"), ("Kemenkum", "Kementerian Hukum"),
    ("Kemendes", "Kementerian Desa dan Pembangunan Daerah Tertinggal"),
    ("Kemendes PDTT", "Kementerian Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi"),
    ("BKKBN", "Kementerian Kependudukan dan Pembangunan Keluarga"),
    ("Kementerian UMKM", "Kementerian Usaha Mikro, Kecil, dan Menengah"), ("Bekraf", "Kementerian Ekonomi Kreatif"),
    ("Kementerian P2MI", "Kementerian Pelindungan Pekerja Migran Indonesia"), ("Kementerian PKP", "Kementerian Perumahan dan Kawasan Permukiman"),
    ("Kemendikdasmen", "Kementerian Pendidikan Dasar dan Menengah"), ("BPLH", "Kementerian Lingkungan Hidup"),
    ("BP Haji", "Badan Penyelenggara Haji"), ("Otorita IKN", "Otorita Ibu Kota Nusantara"), ("BGN", "Badan Gizi Nasional"),
    ("Lemhannas", "Lembaga Ketahanan Nasional"), ("SKK Migas", "Satuan Kerja Khusus Pelaksana Kegiatan Usaha Hulu Minyak dan Gas Bumi"),
    ("Polda Jatim", "Kepolisian Daerah Jawa Timur"),
    ("Kemenristekdikti", "Kementerian Riset dan Teknologi"),
])
def test_state_bodies_by_acronym_and_former_name(kb, name, canonical):
    rec = _first(kb, name)
    assert (rec.name, rec.type, rec.country) == (canonical, "ORG", "Q252")


@pytest.mark.parametrize("name, canonical", [
    ("PDI-P", "Partai Demokrasi Indonesia Perjuangan"), ("PDIP", "Partai Demokrasi Indonesia Perjuangan"),
    ("Golkar", "Partai Golongan Karya"), ("Gerindra", "Partai Gerakan Indonesia Raya"), ("PKB", "Partai Kebangkitan Bangsa"),
    ("NasDem", "Partai NasDem"), ("PKS", "Partai Keadilan Sejahtera"), ("Demokrat", "Partai Demokrat"),
    ("PAN", "Partai Amanat Nasional"), ("PPP", "Partai Persatuan Pembangunan"), ("Perindo", "Partai Persatuan Indonesia"),
    ("PSI", "Partai Solidaritas Indonesia"), ("Hanura", "Partai Hati Nurani Rakyat"),
])
def test_parties(kb, name, canonical):
    rec = _first(kb, name)
    assert (rec.name, rec.kind) == (canonical, "party")


@pytest.mark.parametrize("name, canonical, qid", [
    ("PBB", "Perserikatan Bangsa-Bangsa", "Q1065"), ("NATO", "Organisasi Pakta Atlantik Utara", "Q7184"),
    ("ASEAN", "Perhimpunan Bangsa-Bangsa Asia Tenggara", "Q7768"), ("WHO", "Organisasi Kesehatan Dunia", "Q7817"),
    ("IMF", "Dana Moneter Internasional", "Q7804"), ("Uni Eropa", "Uni Eropa", "Q458"),
    ("UNICEF", "Dana Anak-Anak PBB", "Q740308"), ("Bank Dunia", "Bank Dunia", None), ("OKI", "Organisasi Kerja Sama Islam", None), ("G20", "Kelompok 20", None),
    ("European Commission", "Komisi Eropa", "Q8880"), ("Parlemen Eropa", "Parlemen Eropa", "Q8889"),
])
def test_international_organisations_come_first(kb, name, canonical, qid):
    rec = _first(kb, name)
    assert (rec.name, rec.qid, rec.type) == (canonical, qid, "ORG")


@pytest.mark.parametrize("name, canonical", [
    ("Pertamina", "Pertamina"), ("PT PLN (Persero)", "PLN"), ("BRI", "Bank Rakyat Indonesia"),
    ("Bank Mandiri", "Bank Mandiri"), ("BCA", "Bank Central Asia"), ("Garuda Indonesia", "Garuda Indonesia"),
    ("Freeport Indonesia", "PT Freeport Indonesia"), ("Reuters", "Reuters"), ("AFP", "Agence France-Presse"),
    ("Kompas.com", "Kompas"), ("Tempo", "Tempo"),
])
def test_companies_and_media(kb, name, canonical):
    rec = _first(kb, name)
    assert (rec.name, rec.type) == (canonical, "ORG")


@pytest.mark.parametrize("name, stands_for, type_", [
    ("Kremlin", "Q159", "ORG"), ("Gedung Putih", "Q30", "ORG"), ("Pentagon", "Q30", "ORG"),
    ("Downing Street", "Q145", "ORG"), ("Zhongnanhai", "Q148", "ORG"), ("Istana", "Q252", "ORG"),
    ("Istana Merdeka", "Q252", "LOC"), ("Moskow", "Q159", "LOC"), ("Washington", "Q30", "LOC"),
    ("Beijing", "Q148", "LOC"), ("Pyongyang", "Q423", "LOC"), ("Kyiv", "Q212", "LOC"),
])
def test_metonymy_stands_for(kb, name, stands_for, type_):
    rec = _first(kb, name)
    assert (rec.stands_for, rec.type) == (stands_for, type_)


def test_senayan_stands_for_parliament(kb):
    assert kb.get(_first(kb, "Senayan").stands_for).name == "Dewan Perwakilan Rakyat"


@pytest.mark.parametrize("name, canonical", [
    ("Jokowi", "Joko Widodo"), ("SBY", "Susilo Bambang Yudhoyono"), ("Gus Dur", "Abdurrahman Wahid"),
    ("Ahok", "Basuki Tjahaja Purnama"), ("Zulhas", "Zulkifli Hasan"), ("Cak Imin", "Muhaimin Iskandar"),
    ("AHY", "Agus Harimurti Yudhoyono"), ("Bung Karno", "Soekarno"), ("Suharto", "Soeharto"),
    ("Ma'ruf Amin", "Ma'ruf Amin"), ("Ma\u2019ruf Amin", "Ma'ruf Amin"), ("Maruf Amin", "Ma'ruf Amin"),
    ("Gus Ipul", "Saifullah Yusuf"), ("Mayor Teddy", "Teddy Indra Wijaya"), ("Eddy Hiariej", "Edward Omar Sharif Hiariej"),
    ("Gus Irfan", "Mochamad Irfan Yusuf"), ("Mualem", "Muzakir Manaf"), ("Emil Dardak", "Emil Elestianto Dardak"),
    ("OSO", "Oesman Sapta Odang"), ("Sri Sultan HB X", "Sri Sultan Hamengku Buwono X"), ("Bima Arya", "Bima Arya Sugiarto"),
])
def test_person_aliases(kb, name, canonical):
    rec = _first(kb, name)
    assert (rec.name, rec.type) == (canonical, "PER")


@pytest.mark.parametrize("name, canonical", [
    ("Zelensky", "Volodymyr Zelensky"), ("Zelenskiy", "Volodymyr Zelensky"), ("Zelenskyy", "Volodymyr Zelensky"),
    ("Volodymyr Zelenskiy", "Volodymyr Zelensky"), ("Kim Jong-un", "Kim Jong Un"), ("Yoon Suk-yeol", "Yoon Suk Yeol"),
    ("Erdoğan", "Recep Tayyip Erdogan"), ("Erdogan", "Recep Tayyip Erdogan"), ("Sergey Lavrov", "Sergei Lavrov"),
    ("Dmitri Peskov", "Dmitry Peskov"), ("Aleksandr Lukashenko", "Alexander Lukashenko"),
    ("Stephane Dujarric", "Stéphane Dujarric"), ("Tô Lâm", "To Lam"), ("el-Sisi", "Abdel Fattah el-Sisi"),
    ("Mohammed bin Zayed", "Mohamed bin Zayed Al Nahyan"), ("MBZ", "Mohamed bin Zayed Al Nahyan"),
    ("Viktor Orban", "Viktor Orbán"), ("Sebastien Lecornu", "Sébastien Lecornu"), ("Andriy Sybiha", "Andrii Sybiha"),
])
def test_transliteration_variants(kb, name, canonical):
    assert _first(kb, name).name == canonical


@pytest.mark.parametrize("name, title, of, start, end", [
    ("Prabowo Subianto", "Presiden", "Q252", "2024-10-20", None),
    ("Prabowo Subianto", "Menteri Pertahanan", "Kementerian Pertahanan", "2019-10-23", "2024-10-20"),
    ("Joko Widodo", "Presiden", "Q252", "2014-10-20", "2024-10-20"),
    ("Retno Marsudi", "Menteri Luar Negeri", "Kementerian Luar Negeri", "2014-10-27", "2024-10-20"),
    ("Sugiono", "Menteri Luar Negeri", "Kementerian Luar Negeri", "2024-10-21", None),
    ("Listyo Sigit Prabowo", "Kapolri", "Kepolisian Negara Republik Indonesia", "2021-01-27", None),
    ("Vladimir Putin", "Presiden Rusia", "Q159", "2012-05-07", None),
    ("Yoon Suk Yeol", "Presiden Korea Selatan", "Q884", "2022-05-10", "2025-04-04"),
    # the Kabinet Merah Putih and its reshuffles of September 2025
    ("Natalius Pigai", "Menteri Hak Asasi Manusia", "Kementerian Hak Asasi Manusia", "2024-10-21", None),
    ("Zulkifli Hasan", "Menteri Koordinator Bidang Pangan", "Kementerian Koordinator Bidang Pangan", "2024-10-21", None),
    ("Budi Gunawan", "Menteri Koordinator Bidang Politik dan Keamanan", "Kemenko Polkam", "2024-10-21", "2025-09-08"),
    ("Djamari Chaniago", "Menteri Koordinator Bidang Politik dan Keamanan", "Kemenko Polkam", "2025-09-17", None),
    ("Erick Thohir", "Menteri Badan Usaha Milik Negara", "Kementerian BUMN", "2019-10-23", "2025-09-17"),
    ("Erick Thohir", "Menteri Pemuda dan Olahraga", "Kemenpora", "2025-09-17", None),
    ("Satryo Soemantri Brodjonegoro", "Menteri Pendidikan Tinggi, Sains, dan Teknologi", "Kemendiktisaintek",
     "2024-10-21", "2025-02-19"),
    ("Brian Yuliarto", "Menteri Pendidikan Tinggi, Sains, dan Teknologi", "Kemendiktisaintek", "2025-02-19", None),
    ("Stella Christie", "Wakil Menteri Pendidikan Tinggi, Sains, dan Teknologi", "Kemendiktisaintek", "2024-10-21", None),
    ("Ahmad Luthfi", "Gubernur Jawa Tengah", "Jawa Tengah", "2025-02-20", None),
    ("Kaesang Pangarep", "Ketua Umum", "Partai Solidaritas Indonesia", "2023-09-25", None),
    ("Sébastien Lecornu", "Perdana Menteri Prancis", "Q142", "2025-09-09", None),
    ("Anutin Charnvirakul", "Perdana Menteri Thailand", "Q869", "2025-09", None),
    ("Hadi Tjahjanto", "Menteri Koordinator Bidang Politik, Hukum, dan Keamanan", "Kemenko Polhukam",
     "2024-02-21", "2024-10-20"),
    ("Tri Rismaharini", "Menteri Sosial", "Kemensos", "2020-12-23", "2024-09-11"),
])
def test_roles_with_dates(kb, name, title, of, start, end):
    roles = _first(kb, name).roles
    of_id = of if of.startswith("Q") else _first(kb, of).id
    assert {"title": title, "of": of_id, "start": start, "end": end} in roles


@pytest.mark.parametrize("name, expected", [
    ("Korut", ["Korea Utara  [LOC, country]  Q423", "acronyms: Korut", "capital: Pyongyang Q18808"]),
    ("Kremlin", ["stands for: Rusia Q159"]),
    ("Jokowi", ["role: Presiden (Indonesia Q252), 2014-10-20 - 2024-10-20"]),
    ("Negeri Antah Berantah", ["not in the knowledge base"]),
])
def test_describe(name, expected):
    text = describe(name)
    for line in expected:
        assert line in text


@pytest.mark.parametrize("name, canonical", [
    ("Batavia", "Jakarta"), ("Ujung Pandang", "Kota Makassar"), ("Irian Jaya", "Papua"), ("Hollandia", "Kota Jayapura"),
    ("Timor Timur", "Timor Leste"), ("Burma", "Myanmar"), ("Ceylon", "Sri Lanka"), ("Swaziland", "Eswatini"),
])
def test_former_place_names(kb, name, canonical):
    rec = _first(kb, name)
    assert rec.name == canonical and name in rec.former


@pytest.mark.parametrize("name, canonical, kind", [
    ("Persib", "Persib Bandung", "club"), ("Timnas Indonesia", "Timnas Indonesia", "team"),
    ("Man United", "Manchester United", "club"), ("Labuan Bajo", "Labuan Bajo", "town"), ("Menteng", "Menteng", "town"),
])
def test_clubs_and_towns(kb, name, canonical, kind):
    rec = _first(kb, name)
    assert (rec.name, rec.kind) == (canonical, kind)


def test_knowledge_base_loads_from_a_zipped_package(tmp_path):
    """spark-submit --py-files ships warta as a zip: data must be read through importlib.resources."""
    import subprocess
    import sys
    import zipfile
    from pathlib import Path

    import warta

    src = Path(warta.__file__).parent
    archive = tmp_path / "warta.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for path in src.rglob("*"):
            if path.is_file() and "__pycache__" not in path.parts:
                zf.write(path, Path("warta") / path.relative_to(src))
    code = ("import warta; assert warta.__file__.startswith(%r); "
            "a = warta.analyze('Menteri Luar Negeri Retno Marsudi tiba di Moskow, Rusia.'); "
            "print(sorted(e.name for e in a.entities))") % str(archive)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path,
                         env={"PYTHONPATH": str(archive), "PATH": "/usr/bin:/bin"}, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "Rusia" in out.stdout


@pytest.mark.parametrize("name, canonical", [
    # companies news names by one word (companies.yaml)
    ("Unilever", "Unilever Indonesia"), ("Mayora", "Mayora Indah"), ("Sidomuncul", "Sido Muncul"),
    ("Kalbe", "Kalbe Farma"), ("Investree", "Investree"), ("eFishery", "eFishery"), ("Ruangguru", "Ruangguru"),
    ("Pelni", "Pelni"), ("ASDP", "ASDP Indonesia Ferry"), ("Indika", "Indika Energy"), ("Lippo", "Lippo Group"),
    # clubs by the nicknames news uses for them (sports.yaml)
    ("Juku Eja", "PSM Makassar"), ("Maung Bandung", "Persib Bandung"), ("Singo Edan", "Arema FC"),
    ("Macan Kemayoran", "Persija Jakarta"), ("Bajul Ijo", "Persebaya Surabaya"), ("Laskar Mahesa Jenar", "PSIS Semarang"),
    # religious councils by their acronyms, an outlet named after its city, an app (orgs, media, companies.yaml)
    ("PGI", "Persekutuan Gereja-gereja di Indonesia"), ("KWI", "Konferensi Waligereja Indonesia"),
    ("PHDI", "Parisada Hindu Dharma Indonesia"), ("Walubi", "Perwakilan Umat Buddha Indonesia"),
    ("Matakin", "Majelis Tinggi Agama Khonghucu Indonesia"), ("Jakarta Globe", "Jakarta Globe"),
    ("Telegram", "Telegram"),
])
def test_organisations_by_the_names_news_uses(kb, name, canonical):
    rec = _first(kb, name)
    assert rec.type == "ORG" and rec.name == canonical


@pytest.mark.parametrize("acronym, canonical", [
    # regencies by the short forms regional news uses (regions.yaml)
    ("Mabar", "Kabupaten Manggarai Barat"), ("Kukar", "Kabupaten Kutai Kartanegara"), ("Inhil", "Kabupaten Indragiri Hilir"),
    ("Tapteng", "Kabupaten Tapanuli Tengah"), ("Halbar", "Kabupaten Halmahera Barat"), ("Lotim", "Kabupaten Lombok Timur"),
    ("Muba", "Kabupaten Musi Banyuasin"), ("TTS", "Kabupaten Timor Tengah Selatan"), ("Kotim", "Kabupaten Kotawaringin Timur"),
])
def test_regencies_by_short_form(kb, acronym, canonical):
    assert _first(kb, acronym).name == canonical


@pytest.mark.parametrize("name, canonical, qid", [
    ("Tokyo", "Tokyo", "Q1490"), ("Osaka", "Osaka", "Q35765"), ("Hamburg", "Hamburg", "Q1055"),
    ("Mekkah", "Mekkah", "Q5806"), ("Makkah", "Mekkah", "Q5806"), ("Saigon", "Ho Chi Minh City", "Q1854"),
])
def test_world_cities_by_news_name_with_their_wikidata_id(kb, name, canonical, qid):
    rec = _first(kb, name)
    assert (rec.name, rec.qid, rec.type) == (canonical, qid, "LOC")


@pytest.mark.parametrize("name, kind", [("Selangor", "LOC"), ("Negeri Sembilan", "LOC"), ("Manggala Agni", "ORG")])
def test_malaysias_states_and_the_forest_fire_brigade_are_known(kb, name, kind):
    assert _first(kb, name).type == kind


@pytest.mark.parametrize("name, canonical, qid", [
    ("Scotland", "Skotlandia", "Q22"), ("Wales", "Wales", "Q25"), ("Irlandia Utara", "Irlandia Utara", "Q26"),
    ("Shenzhen", "Shenzhen", "Q15174"),
])
def test_places_news_names_with_their_wikidata_ids(kb, name, canonical, qid):
    rec = _first(kb, name)
    assert (rec.name, rec.qid, rec.type) == (canonical, qid, "LOC")

