"""Credits with a passive speech verb ('..., demikian disampaikan X', 'Seperti disampaikan X, ...', '"..." Hal itu
disampaikan X'), speakers named with a region ("Polda Jawa Tengah"), pronouns after a sentence whose predicate has
no affix ("tiba", "hadir"), speech verbs of the ber- form, and "Begitu/Demikian kata X" closing or following a
statement."""

import pytest

from .quote_builders import quotes_of, the_quote


@pytest.mark.parametrize("text, ents, head, kind, speaker, cue", [
    ("Pembangunan jembatan itu ditargetkan rampung pada Desember, demikian disampaikan Kepala Dinas PUPR Kota "
     "Medan, Topan Ginting.", "Topan Ginting:PER; Kota Medan:LOC", "Pembangunan jembatan", "indirect",
     "Topan Ginting", "disampaikan"),
    ("Sekolah akan kembali dibuka pada Senin, seperti diumumkan Dinas Pendidikan Kota Padang.",
     "Dinas Pendidikan Kota Padang:ORG", "Sekolah akan", "indirect", "Dinas Pendidikan Kota Padang", "diumumkan"),
    ("Tarif parkir di kawasan Malioboro naik mulai bulan depan, sebagaimana disampaikan oleh Kepala Dinas "
     "Perhubungan Yogyakarta Agus Arif.", "Agus Arif:PER; Malioboro:LOC", "Tarif parkir", "indirect", "Agus Arif",
     "disampaikan"),
    ("Seperti disampaikan Kepala Dinas Sosial Jawa Barat Dodo Suhendar, bantuan tunai dicairkan pekan ini.",
     "Dodo Suhendar:PER; Jawa Barat:LOC", "bantuan tunai", "indirect", "Dodo Suhendar", "disampaikan"),
    ('"Klien kami tidak pernah menerima uang sepeser pun." Hal itu disampaikan kuasa hukum terdakwa, Maqdir Ismail, '
     "usai sidang.", "Maqdir Ismail:PER", "Klien kami", "direct", "Maqdir Ismail", "disampaikan"),
    ('Warga memprotes genangan. "Sudah seminggu air tidak turun." Keluhan itu disampaikan Ketua RT 03, Sutarno, '
     "kepada wartawan.", "Sutarno:PER", "Sudah seminggu", "direct", "Sutarno", "disampaikan"),
    ('"Semua pihak harus menahan diri." Pernyataan tersebut ditegaskan oleh Pangdam Jaya Mayjen Rafael Granada '
     "Baay.", "Rafael Granada Baay:PER", "Semua pihak", "direct", "Rafael Granada Baay", "ditegaskan"),
    ("Warga diminta tidak membuang sampah ke sungai selama musim hujan. Imbauan itu disampaikan Camat Tebet, Dyan "
     "Airlangga.", "Dyan Airlangga:PER", "Warga diminta", "indirect", "Dyan Airlangga", "disampaikan"),
])
def test_passive_credit_names_the_speaker(text, ents, head, kind, speaker, cue):
    q = the_quote(quotes_of(text, ents), head)
    assert (q.kind, q.speaker.name, q.cue.text) == (kind, speaker, cue)


@pytest.mark.parametrize("text", [
    "Paket sembako itu tiba di posko pada Senin, seperti disampaikan kepada warga.",
    "Bantuan itu disampaikan langsung kepada korban banjir di Kecamatan Dayeuhkolot.",
])
def test_passive_without_a_speaker_credits_no_one(text):
    assert quotes_of(text) == []


@pytest.mark.parametrize("text, ents, speaker", [
    ('"Jalur evakuasi sudah kami siapkan," kata Kapolda Sulawesi Tengah Irjen Agus Nugroho.',
     "Agus Nugroho:PER; Sulawesi Tengah:LOC", "Agus Nugroho"),
    ('"Pelaku sudah kami identifikasi," ujar Kepala Bidang Humas Polda Jawa Tengah Kombes Pol Artanto.',
     "Artanto:PER; Polda Jawa Tengah:ORG", "Artanto"),
    ('"Tidak ada korban jiwa," kata Bupati Halmahera Tengah Ikram Malan Sangadji.',
     "Ikram Malan Sangadji:PER; Halmahera Tengah:LOC", "Ikram Malan Sangadji"),
])
def test_capitalised_clause_word_is_part_of_the_speaker_name(text, ents, speaker):
    assert quotes_of(text, ents)[0].speaker.name == speaker


@pytest.mark.parametrize("text, ents, head, speaker", [
    ('Kepala Desa Sukamaju, Dedi Kurniawan, tiba di lokasi longsor sejak pagi. "Hujan turun sejak subuh," kata dia.',
     "Dedi Kurniawan:PER; Desa Sukamaju:LOC", "Hujan turun", "Dedi Kurniawan"),
    ("Wakil Bupati Lombok Tengah Nursiah datang ke pengungsian bersama relawan. Dia mengatakan dapur umum dibuka "
     "hingga Jumat.", "Nursiah:PER; Lombok Tengah:LOC", "dapur umum", "Nursiah"),
    ("Kapolres Cianjur AKBP Rohman Yonky Dilatha hadir di lokasi kejadian. Beliau mengatakan korban sudah "
     "dimakamkan keluarganya.", "Rohman Yonky Dilatha:PER; Cianjur:LOC", "korban sudah", "Rohman Yonky Dilatha"),
])
def test_pronoun_refers_to_the_subject_of_a_sentence_without_an_affixed_verb(text, ents, head, speaker):
    assert the_quote(quotes_of(text, ents), head).speaker.name == speaker


@pytest.mark.parametrize("text, ents, head, speaker", [
    ("Ketua Komisi III DPR Habiburokhman berpesan agar polisi menangani kasus itu secara transparan.",
     "Habiburokhman:PER; DPR:ORG", "polisi menangani", "Habiburokhman"),
    ("Kuasa hukum perusahaan, Rudi Hartono, berdalih kliennya tidak pernah menerima surat teguran.",
     "Rudi Hartono:PER", "kliennya tidak", "Rudi Hartono"),
])
def test_ber_speech_verbs_report_a_statement(text, ents, head, speaker):
    q = the_quote(quotes_of(text, ents), head)
    assert (q.kind, q.speaker.name) == ("indirect", speaker)


@pytest.mark.parametrize("text, ents, head, speaker", [
    ("Kepala Bidang Humas Polda Metro Jaya Kombes Ade Ary Syam Indradi mengungkapkan kepada wartawan, tersangka sudah "
     "ditahan di Rutan Polda.", "Ade Ary Syam Indradi:PER; Polda Metro Jaya:ORG", "tersangka sudah",
     "Ade Ary Syam Indradi"),
    ("Menteri Perdagangan Budi Santoso mengatakan di Jakarta, Senin (3/6/2024), harga minyak goreng mulai turun.",
     "Budi Santoso:PER; Jakarta:LOC", "harga minyak", "Budi Santoso"),
    ("Bupati Garut Rudy Gunawan menjelaskan melalui pesan singkat, perbaikan jalan dimulai bulan depan.",
     "Rudy Gunawan:PER; Garut:LOC", "perbaikan jalan", "Rudy Gunawan"),
    ("Camat Cibinong Ahmad Wildan mengatakan di lokasi banyak rumah rusak.", "Ahmad Wildan:PER",
     "di lokasi banyak", "Ahmad Wildan"),
])
def test_circumstance_after_the_cue_is_not_the_content(text, ents, head, speaker):
    q = the_quote(quotes_of(text, ents), head)
    assert (q.kind, q.speaker.name) == ("indirect", speaker)


@pytest.mark.parametrize("text", [
    'Kapolda Metro Jaya Irjen Karyoto mengatakan kepada wartawan di Mapolda Metro Jaya, "Pelaku sudah kami tangkap."',
    'Kapolda Metro Jaya Irjen Karyoto mengatakan kepada wartawan di Mapolda, Senin (3/6/2024), "Pelaku sudah kami '
    'tangkap."',
])
def test_circumstance_before_a_quotation_is_no_statement(text):
    quotes = quotes_of(text, "Karyoto:PER; Polda Metro Jaya:ORG")
    assert [(q.kind, q.speaker.name, q.cue.text) for q in quotes] == [("direct", "Karyoto", "mengatakan")]


@pytest.mark.parametrize("text, ents, head, speaker, cue", [
    ("Pasokan gas elpiji di Jawa Tengah aman. Begitu kata Ketua Hiswana Migas Jateng, Sulistyo.", "Sulistyo:PER",
     "Pasokan gas elpiji", "Sulistyo", "kata"),
    ("Stok beras cukup sampai Lebaran. Demikian ujar Kepala Bulog Kanwil Jatim Langgeng Wisnu.",
     "Langgeng Wisnu:PER", "Stok beras cukup", "Langgeng Wisnu", "ujar"),
    ("Jalur Puncak ditutup mulai pukul 10.00 WIB, begitu kata Kasat Lantas Polres Bogor AKP Rizky Guntama.",
     "Rizky Guntama:PER", "Jalur Puncak ditutup", "Rizky Guntama", "kata"),
    # the pronoun of the sentence before points forward to the one the credit names
    ("Dia bilang pasokan gas elpiji di wilayahnya aman. Begitu kata Ketua Hiswana Migas Jateng, Sulistyo.",
     "Sulistyo:PER", "pasokan gas elpiji", "Sulistyo", "bilang"),
])
def test_begitu_or_demikian_with_a_post_cue_credits_the_sentence_before(text, ents, head, speaker, cue):
    q = the_quote(quotes_of(text, ents), head)
    assert (q.kind, q.speaker.name, q.cue.text) == ("indirect", speaker, cue)
