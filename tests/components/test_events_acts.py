"""Who does an act to whom and whether it is one: recommendations, promises that lure, places in the content."""

import re

import pytest

from warta.article import Article, Entity, Mention, Meta, Time
from warta.components.events import code_events
from warta.components.segment import split_sentences


def _article(text, entities, published="2026-03-10", times=()):
    """An article over ``text`` with the named ``entities`` (name -> type) it holds and ``times`` ((text, value))."""
    found = []
    for name, type_ in entities.items():
        spans = [(m.start(), m.end()) for m in re.finditer(rf"\b{re.escape(name)}\b", text)]
        if spans:
            found.append(Entity(id=f"e{len(found) + 1}", name=name, type=type_,
                                mentions=[Mention(text=name, start=s, end=e) for s, e in spans]))
    article = Article(id="t", text=text, meta=Meta(published=published), sentences=split_sentences(text),
                      entities=found)
    for i, (t, value) in enumerate(times):
        s = text.index(t)
        article.times.append(Time(id=f"t{i + 1}", text=t, start=s, end=s + len(t), value=value))
    return article


def _rows(article):
    names = {e.id: e.name for e in article.entities}
    return [(v.type, names.get(v.actor), names.get(v.target)) for v in code_events(article)]


@pytest.mark.parametrize("text, entities, actor, target", [
    ("KPK memberikan rekomendasi kepada Kementan agar memperbaiki tata kelola pupuk bersubsidi.",
     {"KPK": "ORG", "Kementan": "ORG"}, "KPK", "Kementan"),
    ("Ombudsman memberi rekomendasi kepada Pemprov Banten supaya membatalkan pungutan sekolah.",
     {"Ombudsman": "ORG", "Pemprov Banten": "ORG"}, "Ombudsman", "Pemprov Banten"),
    ("BPK menyampaikan rekomendasi kepada PT Pelindo agar menagih piutang dari mitra usahanya.",
     {"BPK": "ORG", "PT Pelindo": "ORG"}, "BPK", "PT Pelindo"),
    ("Komnas HAM mengeluarkan rekomendasi kepada Polda Papua agar mengusut penembakan itu.",
     {"Komnas HAM": "ORG", "Polda Papua": "ORG"}, "Komnas HAM", "Polda Papua"),
])
def test_a_recommendation_given_to_a_party_is_its_giver_s_request_to_that_party(text, entities, actor, target):
    assert ("REQUEST", actor, target) in _rows(_article(text, entities))


@pytest.mark.parametrize("text, entities, actor, target", [
    # a party after a preposition of recipient is no doer of the noun before it
    ("Rekomendasi kepada Kementan agar memperbaiki tata kelola pupuk disampaikan pekan ini.",
     {"Kementan": "ORG"}, None, "Kementan"),
    ("Kecaman terhadap Israel terus berdatangan.", {"Israel": "LOC"}, None, "Israel"),
])
def test_a_party_after_kepada_or_terhadap_is_the_recipient_of_a_noun(text, entities, actor, target):
    rows = _rows(_article(text, entities))
    assert [r[1:] for r in rows] == [(actor, target)]


@pytest.mark.parametrize("text, entities", [
    # recruitment fraud: the doer arrested before
    ("Polda Sumut menangkap Paris Hutagalung di Medan. Ia menjanjikan korban bekerja di Lyon, Prancis.",
     {"Polda Sumut": "ORG", "Paris Hutagalung": "PER", "Medan": "LOC", "Lyon": "LOC", "Prancis": "LOC"}),
    # investment fraud: the modus named
    ("Modusnya, tersangka menjanjikan imbal hasil 8 persen per bulan bagi nasabah Koperasi Sejahtera.",
     {"Koperasi Sejahtera": "ORG"}),
    ("Kejari Bogor mendakwa Rudi Hartono. Rudi menjanjikan para pendaftar kursi di sekolah kedinasan.",
     {"Kejari Bogor": "ORG", "Rudi Hartono": "PER", "Rudi": "PER"}),
])
def test_a_promise_that_lures_the_victims_of_a_fraud_is_no_agreement(text, entities):
    assert "AGREE" not in [r[0] for r in _rows(_article(text, entities))]


@pytest.mark.parametrize("text, entities, actor", [
    ("Bupati Demak Eisti'anah menjanjikan korban banjir rumah baru.", {"Eisti'anah": "PER"}, "Eisti'anah"),
    ("Pemprov Jateng menjanjikan bantuan bagi petani yang gagal panen.", {"Pemprov Jateng": "ORG"}, "Pemprov Jateng"),
])
def test_a_promise_to_people_in_need_stays_an_agreement(text, entities, actor):
    assert ("AGREE", actor, None) in _rows(_article(text, entities))


@pytest.mark.parametrize("text, entities, type_, actor", [
    ("Ia menjanjikan para pekerja gaji tinggi di Osaka, Jepang. Andi Wijaya menjanjikan itu kemarin.",
     {"Osaka": "LOC", "Jepang": "LOC", "Andi Wijaya": "PER"}, "AGREE", None),
    ("Perusahaan itu mengirim tenaga kerja ke pabrik di Kairo, Mesir, bulan lalu. Menaker Ida mendesak perusahaan "
     + "memulangkan pekerja yang tinggal di Dubai, Uni Emirat Arab.",
     {"Kairo": "LOC", "Mesir": "LOC", "Ida": "PER", "Dubai": "LOC", "Uni Emirat Arab": "LOC"}, "REQUEST", "Ida"),
])
def test_a_country_after_a_place_it_locates_is_no_recipient(text, entities, type_, actor):
    found = [r for r in _rows(_article(text, entities)) if r[0] == type_]
    assert found and all(r[2] is None for r in found)


@pytest.mark.parametrize("text, entities, actor, target", [
    ("Bantuan dari Kemensos tiba di Kecamatan Cugenang pada Selasa.",
     {"Kemensos": "ORG", "Kecamatan Cugenang": "LOC"}, "Kemensos", "Kecamatan Cugenang"),
    ("Sebanyak 800 paket sembako kiriman BNPB tiba di posko pengungsian Desa Sukamaju.",
     {"BNPB": "ORG", "Desa Sukamaju": "LOC"}, "BNPB", "Desa Sukamaju"),
    ("Beras dan selimut dari Pemprov Kalbar sudah diterima warga Desa Sungai Ambawang.",
     {"Pemprov Kalbar": "ORG", "Desa Sungai Ambawang": "LOC"}, "Pemprov Kalbar", "Desa Sungai Ambawang"),
    ("Selimut dan obat dari PMI Lombok Utara akhirnya menjangkau Dusun Lendang Bila.",
     {"PMI Lombok Utara": "ORG", "Dusun Lendang Bila": "LOC"}, "PMI Lombok Utara", "Dusun Lendang Bila"),
    # where it comes from is no recipient; a party in a description of the aid is not its giver
    ("Dua ekskavator yang diminta Pemkab Garut akan tiba dari Bandung pada Rabu.",
     {"Pemkab Garut": "ORG", "Bandung": "LOC"}, None, None),
])
def test_aid_arriving_is_aid_by_its_giver_to_where_it_arrives(text, entities, actor, target):
    assert ("AID", actor, target) in _rows(_article(text, entities))


@pytest.mark.parametrize("text, entities, rows", [
    # no aid arrives: a visit, or nothing
    ("Menlu Jepang Yoko Kamikawa tiba di Jakarta pada Senin.", {"Yoko Kamikawa": "PER", "Jakarta": "LOC"},
     [("CONSULT", "Yoko Kamikawa", None)]),
    ("Laporan warga sudah diterima Polres Garut.", {"Polres Garut": "ORG"}, []),
    ("Kapal penumpang KM Lambelu tiba dari Makassar pada Jumat.", {"Makassar": "LOC"}, []),
    # a noun of aid with its giver and the verb of its arrival: one act
    ("Bantuan logistik dari Pemprov Kalbar sudah diterima warga Desa Sungai Ambawang.",
     {"Pemprov Kalbar": "ORG", "Desa Sungai Ambawang": "LOC"}, [("AID", "Pemprov Kalbar", None)]),
    # the aid told before arrives: the same act
    ("Kemenkes mengirimkan 2 ton larvasida ke Kabupaten Sikka. Bantuan itu tiba di Maumere, Selasa.",
     {"Kemenkes": "ORG", "Kabupaten Sikka": "LOC", "Maumere": "LOC"}, [("AID", "Kemenkes", "Kabupaten Sikka")]),
])
def test_arriving_without_new_aid_is_no_aid(text, entities, rows):
    assert _rows(_article(text, entities)) == rows


def _modality(article, trigger):
    return next(v.modality for v in code_events(article) if v.trigger.text == trigger)


@pytest.mark.parametrize("text, entities, trigger, modality", [
    ("Polda Jatim, yang menangkap Budi Santoso pekan lalu, kini menggeledah kantor PT Maju Jaya.",
     {"Polda Jatim": "ORG", "Budi Santoso": "PER", "PT Maju Jaya": "ORG"}, "menangkap", "historical"),
    ("Kejati Sumut, yang kemarin menahan Suparman, hari ini memeriksa dua pejabat Dinas PUPR.",
     {"Kejati Sumut": "ORG", "Suparman": "PER"}, "menahan", "historical"),
    ("PSSI, yang sebelumnya memecat Shin Tae-yong, menunjuk pelatih baru.",
     {"PSSI": "ORG", "Shin Tae-yong": "PER"}, "memecat", "historical"),
    ("Rusia, yang bulan lalu menyerang Kharkiv, menawarkan gencatan senjata.",
     {"Rusia": "LOC", "Kharkiv": "LOC"}, "menyerang", "historical"),
    # a time that ended before the publication day
    ("Bawaslu, yang menegur Partai Hijau pada 2 Maret, menggelar rapat pleno.",
     {"Bawaslu": "ORG", "Partai Hijau": "ORG"}, "menegur", "historical"),
    # no word of the past in the clause: the act told with the news
    ("KPK, yang menetapkan Rudi Hartono sebagai tersangka, memanggil tiga saksi.",
     {"KPK": "ORG", "Rudi Hartono": "PER"}, "menetapkan", "asserted"),
    # not a clause of background: the news itself, told of yesterday
    ("Polda Jatim menangkap Budi Santoso kemarin.", {"Polda Jatim": "ORG", "Budi Santoso": "PER"}, "menangkap",
     "asserted"),
])
def test_a_past_act_told_as_background_of_a_party_is_historical(text, entities, trigger, modality):
    times = [("2 Maret", "2026-03-02")] if "2 Maret" in text else []
    assert _modality(_article(text, entities, times=times), trigger) == modality


@pytest.mark.parametrize("text, entities, trigger", [
    ("Ketua DPW PAN Andi Rahman akan sowan ke para kiai di Bone, Gowa, sampai Luwu.",
     {"Andi Rahman": "PER", "Bone": "LOC", "Gowa": "LOC", "Luwu": "LOC"}, "sowan"),
    ("Polda Babel menertibkan 43 ponton ilegal di Teluk Kelabat dan Sungai Layang.",
     {"Polda Babel": "ORG", "Teluk Kelabat": "LOC", "Sungai Layang": "LOC"}, "menertibkan"),
])
def test_places_listed_after_di_are_where_not_whom(text, entities, trigger):
    article = _article(text, entities)
    assert [v.target for v in code_events(article) if v.trigger.text == trigger] == [None]


@pytest.mark.parametrize("text, type_, n", [
    ("Tiga orang tak dikenal menganiaya seorang juru parkir di Makassar. Para pelaku memukul korban dengan balok kayu.",
     "ASSAULT", 1),
    ("Ratusan buruh berunjuk rasa di depan kantor DPRD. Mereka berunjuk rasa menuntut kenaikan upah.", "PROTEST", 1),
    ("Kelompok bersenjata menculik dua guru di Intan Jaya. Pelaku tersebut menyandera keduanya di hutan.",
     "ASSAULT", 1),
    ("Massa merusak kantor desa di Sumba Barat. Mereka membakar kendaraan di halaman kantor.", "ASSAULT", 1),
    # told as another act, or by other doers: another row
    ("Ratusan buruh berunjuk rasa di depan kantor DPRD. Para buruh juga berunjuk rasa di depan kantor gubernur.",
     "PROTEST", 2),
    ("Ratusan sopir angkot mogok di Bogor. Sekelompok pengemudi ojek mogok di Depok pada hari yang sama.",
     "PROTEST", 2),
])
def test_an_act_by_unnamed_doers_retold_by_them_is_one_row(text, type_, n):
    assert [r[0] for r in _rows(_article(text, {}))].count(type_) == n


@pytest.mark.parametrize("text, entities, type_", [
    ("KKB menyerang pos TNI di Distrik Sugapa. Para pelaku menembaki pos itu selama dua jam.",
     {"KKB": "ORG", "TNI": "ORG", "Distrik Sugapa": "LOC"}, "ASSAULT"),
    ("Geng motor Jepang Pangkalan membacok dua pelajar di Cirebon. Pelaku tersebut menusuk korban di bagian perut.",
     {"Jepang Pangkalan": "ORG", "Cirebon": "LOC"}, "ASSAULT"),
])
def test_an_act_of_a_named_doer_retold_by_doers_unnamed_is_one_row(text, entities, type_):
    rows = [r for r in _rows(_article(text, entities)) if r[0] == type_]
    assert [r[1] for r in rows] == [next(iter(entities))]


@pytest.mark.parametrize("text, n", [
    # "Mereka" for the body that acted, with the same verb: the act retold
    ("Serikat Pekerja Nasional mogok kerja di Bekasi. Mereka mogok menuntut upah layak.", 1),
    ("Aliansi Mahasiswa Papua berdemonstrasi di Bundaran HI. Mereka berdemonstrasi hingga sore.", 1),
    # ... with another verb, another act of the body
    ("Serikat Pekerja Nasional mogok kerja di Bekasi. Mereka memblokade jalan tol Cikampek.", 2),
])
def test_a_body_s_act_retold_by_mereka_with_its_verb_is_one_row(text, n):
    entities = {"Serikat Pekerja Nasional": "ORG", "Aliansi Mahasiswa Papua": "ORG"}
    assert [r[0] for r in _rows(_article(text, entities))].count("PROTEST") == n


@pytest.mark.parametrize("text", [
    "Dua orang tak dikenal menembak seorang pengemudi ojek di Jayapura.",
    "Oknum tidak bertanggung jawab merusak pos ronda di Desa Sukamaju.",
])
def test_an_unknown_doer_is_no_negation(text):
    assert [v.negated for v in code_events(_article(text, {}))] == [False]


@pytest.mark.parametrize("text, entities, actor, target", [
    ("Kementerian ESDM menunda larangan ekspor bauksit bagi PT Aneka Tambang hingga Desember.",
     {"Kementerian ESDM": "ORG", "PT Aneka Tambang": "ORG"}, "Kementerian ESDM", "PT Aneka Tambang"),
    ("Amerika Serikat menunda pemberlakuan tarif impor terhadap Vietnam selama 90 hari.",
     {"Amerika Serikat": "LOC", "Vietnam": "LOC"}, "Amerika Serikat", "Vietnam"),
    ("Kejaksaan Agung menunda eksekusi mati terhadap Mary Jane Veloso.",
     {"Kejaksaan Agung": "ORG", "Mary Jane Veloso": "PER"}, "Kejaksaan Agung", "Mary Jane Veloso"),
    ("Komdis PSSI menunda sanksi larangan bertanding bagi Persebaya hingga akhir musim.",
     {"Komdis PSSI": "ORG", "Persebaya": "ORG"}, "Komdis PSSI", "Persebaya"),
    # lifting a restriction, told in the object voice or the passive
    ("Larangan impor itu akan kami cabut pekan depan, kata Mendag Budi Santoso kepada Malaysia.",
     {"Budi Santoso": "PER", "Malaysia": "LOC"}, None, None),
])
def test_postponing_or_lifting_a_measure_on_a_party_is_a_retreat_toward_it(text, entities, actor, target):
    rows = _rows(_article(text, entities))
    assert [r[0] for r in rows if r[0] in ("RETREAT", "SANCTION")] == ["RETREAT"]
    if actor:
        assert ("RETREAT", actor, target) in rows


@pytest.mark.parametrize("text, entities", [
    # a policy with no party acted on
    ("Pemerintah menunda kenaikan tarif listrik hingga Juli.", {}),
    ("Kementerian Perhubungan menunda kenaikan tarif ojek daring.", {"Kementerian Perhubungan": "ORG"}),
    ("Pemprov DKI menunda penerapan ganjil genap di 25 ruas jalan.", {"Pemprov DKI": "ORG"}),
    # postponing one's own meeting is no retreat
    ("DPRD Jabar menunda rapat paripurna hingga pekan depan.", {"DPRD Jabar": "ORG"}),
])
def test_postponing_a_policy_or_a_meeting_is_no_retreat(text, entities):
    assert "RETREAT" not in [r[0] for r in _rows(_article(text, entities))]


@pytest.mark.parametrize("text, entities, type_", [
    ("Izin usaha PT Sinar Laut kami cabut mulai hari ini.", {"PT Sinar Laut": "ORG"}, "SANCTION"),
    ("Sanksi embargo terhadap Iran dicabut Dewan Keamanan.", {"Iran": "LOC", "Dewan Keamanan": "ORG"}, "RETREAT"),
])
def test_revoking_a_restriction_is_a_retreat_and_a_permit_a_sanction(text, entities, type_):
    assert type_ in [r[0] for r in _rows(_article(text, entities))]


@pytest.mark.parametrize("text, entities, n", [
    # a rescue is relief only when people are saved: not a club, a currency or old manuscripts
    ("Klub PSIS Semarang diselamatkan dari jurang degradasi setelah menang atas Persik Kediri.",
     {"PSIS Semarang": "ORG", "Persik Kediri": "ORG"}, 0),
    ("Nilai tukar rupiah diselamatkan dari pelemahan lebih dalam oleh intervensi Bank Indonesia.",
     {"Bank Indonesia": "ORG"}, 0),
    ("Ribuan naskah kuno Keraton Surakarta diselamatkan dari banjir oleh petugas perpustakaan.",
     {"Keraton Surakarta": "LOC"}, 0),
    # ... people named by a noun or by name
    ("Lima nelayan asal Buton diselamatkan oleh kapal patroli Bakamla.", {"Buton": "LOC", "Bakamla": "ORG"}, 1),
    ("Sebanyak 23 WNI korban perdagangan orang diselamatkan dari kompleks judi daring di Kamboja.",
     {"Kamboja": "LOC"}, 1),
    ("Budi Santoso diselamatkan dari reruntuhan rumahnya oleh tim SAR.", {"Budi Santoso": "PER"}, 1),
])
def test_a_rescue_is_aid_only_when_people_are_saved(text, entities, n):
    article = _article(text, entities)
    assert [v.type for v in code_events(article, min_confidence=0.0)].count("AID") == n


@pytest.mark.parametrize("text, entities, actor, target", [
    # a place in a person's title right before his name: the person is the party, acting for what his title names
    ("Warga Binjai Asep Sunandar meminta maaf kepada pengelola pasar.", {"Binjai": "LOC", "Asep Sunandar": "PER"},
     "Asep Sunandar", None),
    ("Petani Garut Ujang Supriatna menggugat PT Agro Lestari ke pengadilan.",
     {"Garut": "LOC", "Ujang Supriatna": "PER", "PT Agro Lestari": "ORG"}, "Ujang Supriatna", "PT Agro Lestari"),
    ("Polda Jatim memeriksa pengusaha Surabaya Budi Santoso sebagai saksi.",
     {"Polda Jatim": "ORG", "Surabaya": "LOC", "Budi Santoso": "PER"}, "Polda Jatim", "Budi Santoso"),
])
def test_a_place_in_a_title_before_a_name_is_not_the_party(text, entities, actor, target):
    assert (actor, target) in [r[1:] for r in _rows(_article(text, entities))]


@pytest.mark.parametrize("text, entities, actor", [
    # a place after "oleh" + agent noun + "di" is where the act was done: the agent is the body of the noun's kind
    ("Polres Malang menggelar razia narkoba. Dua pengedar sabu ditangkap oleh polisi di Sidoarjo.",
     {"Polres Malang": "ORG", "Sidoarjo": "LOC"}, "Polres Malang"),
    ("Kejati Sumut memeriksa Budi Santoso. Dua kontraktor juga ditahan oleh penyidik di Rutan Tanjung Gusta.",
     {"Kejati Sumut": "ORG", "Budi Santoso": "PER", "Rutan Tanjung Gusta": "LOC"}, "Kejati Sumut"),
    ("KPK menggelar operasi tangkap tangan. Uang tunai Rp 2 miliar disita oleh penyidik di Bandara Soekarno-Hatta.",
     {"KPK": "ORG", "Bandara Soekarno-Hatta": "LOC"}, "KPK"),
])
def test_a_place_after_the_agent_of_a_passive_is_not_its_agent(text, entities, actor):
    assert _rows(_article(text, entities))[-1][1] == actor


@pytest.mark.parametrize("text, entities, times, type_, n", [
    # told again: one row (the rows of the tests above hold too)
    ("Serikat Pekerja Nasional mogok kerja di Bekasi pada Senin. Mereka mogok menuntut upah layak.",
     {"Serikat Pekerja Nasional": "ORG", "Bekasi": "LOC"}, (("Senin", "2026-03-09"),), "PROTEST", 1),
    # a word saying another act, after the trigger too
    ("Serikat Pekerja Nasional mogok kerja di Bekasi pada Senin. Mereka mogok lagi pada Kamis di Karawang.",
     {"Serikat Pekerja Nasional": "ORG", "Bekasi": "LOC", "Karawang": "LOC"}, (), "PROTEST", 2),
    (("Polda Metro Jaya menangkap direktur perusahaan itu, Rudi Hartono. Mereka menangkap dua karyawan lain sehari "
      "kemudian."), {"Polda Metro Jaya": "ORG", "Rudi Hartono": "PER"}, (), "COERCE", 2),
    ("Ratusan buruh berunjuk rasa di depan kantor DPRD. Mereka berunjuk rasa di depan kantor bupati keesokan harinya.",
     {}, (), "PROTEST", 2),
    # a party counted after the verb
    ("Polres Bogor menangkap tiga pengedar sabu. Mereka menangkap dua kurir yang mengantar paket itu.",
     {"Polres Bogor": "ORG"}, (), "COERCE", 2),
    ("Tiga orang tak dikenal menganiaya seorang juru parkir. Para pelaku menganiaya dua pedagang di pasar.",
     {}, (), "ASSAULT", 2),
    # another time or another place
    ("Serikat Pekerja Nasional mogok kerja pada Senin. Mereka mogok menuntut upah layak pada Kamis.",
     {"Serikat Pekerja Nasional": "ORG"}, (("Senin", "2026-03-09"), ("Kamis", "2026-03-12")), "PROTEST", 2),
    ("Serikat Pekerja Nasional mogok kerja di Bekasi. Mereka mogok menuntut upah layak di Karawang.",
     {"Serikat Pekerja Nasional": "ORG", "Bekasi": "LOC", "Karawang": "LOC"}, (), "PROTEST", 2),
])
def test_a_retelling_with_another_party_time_place_or_word_of_another_act_is_another_row(text, entities, times,
                                                                                          type_, n):
    article = _article(text, entities, times=times)
    assert [r[0] for r in _rows(article)].count(type_) == n


@pytest.mark.parametrize("text, entities, n", [
    # an apology for what went wrong, whatever word follows "mohon maaf"
    ("PT KAI mohon maaf karena keterlambatan perjalanan kereta akibat banjir.", {"PT KAI": "ORG"}, 1),
    ("PLN mohon maaf karena pemadaman listrik bergilir di Medan.", {"PLN": "ORG", "Medan": "LOC"}, 1),
    ("PDAM Tirta Pakuan mohon maaf, distribusi air ke Bogor Barat terganggu.", {"PDAM Tirta Pakuan": "ORG"}, 1),
    ("Kami mohon maaf kepada para petani.", {}, 1),
    # ... with "tidak bisa" further on, about what went wrong, still one
    ("PT KAI mohon maaf karena kereta tidak bisa berangkat tepat waktu.", {"PT KAI": "ORG"}, 1),
    # "mohon maaf" opening a refusal to comment or to give data is politeness, not an apology
    ('"Mohon maaf, saya belum bisa berkomentar," kata Kepala Dinas PUPR Garut.', {}, 0),
    ("Dinas Pendidikan Jabar mohon maaf karena belum bisa memberikan data sekolah yang rusak.",
     {"Dinas Pendidikan Jabar": "ORG"}, 0),
    ("Humas PT KAI Divre I mohon maaf karena tidak dapat menjawab pertanyaan wartawan.", {"PT KAI": "ORG"}, 0),
    ("Kuasa hukum terdakwa mohon maaf karena belum sempat membaca berkas dakwaan.", {}, 0),
    ("Mohon maaf karena kami belum bisa memberikan data lengkap, kata petugas BPBD.", {}, 0),
    ("Dinas Kesehatan mohon maaf, kami tidak dapat menyebut nama pasien.", {"Dinas Kesehatan": "ORG"}, 0),
    # ... and so is the greeting of Idulfitri
    ("Pemkot Medan mengucapkan selamat Idulfitri, mohon maaf lahir dan batin.", {"Pemkot Medan": "ORG"}, 0),
])
def test_mohon_maaf_is_an_apology_but_in_a_refusal_or_a_greeting(text, entities, n):
    assert [r[0] for r in _rows(_article(text, entities))].count("CONCEDE") == n
