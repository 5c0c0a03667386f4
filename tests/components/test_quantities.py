"""Quantities: value, unit and hedge of numbers in Indonesian news; what is not a quantity; changes; claimants."""

from __future__ import annotations

import pytest

from warta import Pipeline
from warta.article import Quote, Speaker
from warta.components.quantities import find_quantities
from warta.components.segment import split_sentences
from warta.components.times import find_times

REF = "2024-10-29"


def quantities_of(text: str, quotes=()):
    sentences = split_sentences(text)
    return find_quantities(text, sentences, find_times(text, sentences, REF), quotes)


def rows(text: str):
    return [(q.text, q.value, q.unit, q.approx) for q in quantities_of(text)]


QUANTITIES = [
    # digits and counted nouns
    ("Panitia memperkirakan 10.000 peserta datang.", "10.000 peserta", 10000, "peserta", None),
    ("Sebanyak 28 pemain mogok latihan.", "28 pemain", 28, "pemain", None),
    ("Gempa merusak 143 rumah warga.", "143 rumah", 143, "rumah", None),
    ("KPU mencatat 1.234.567 pemilih tetap.", "1.234.567 pemilih", 1234567, "pemilih", None),
    ("Polisi menyita 25.000 butir pil ekstasi.", "25.000 butir", 25000, "butir", None),
    ("MK menerima 310 permohonan sengketa.", "310 permohonan", 310, "permohonan", None),
    ("Pasangan itu meraih 21.458 suara.", "21.458 suara", 21458, "suara", None),
    ("Kemlu menangani 1.247 kasus penipuan.", "1.247 kasus", 1247, "kasus", None),
    ("BMKG mencatat 12 gempa susulan.", "12 gempa susulan", 12, "gempa susulan", None),
    ("Turnamen diikuti 148 klub.", "148 klub", 148, "klub", None),
    ("Sebanyak 23 WNI diselamatkan.", "23 WNI", 23, "WNI", None),
    ("Ketinggian air mencapai 1,5 meter.", "1,5 meter", 1.5, "meter", None),
    ("Pusat gempa berada 45 kilometer dari Lebak.", "45 kilometer", 45, "kilometer", None),
    ("Polisi menyita 12 kilogram sabu.", "12 kilogram", 12, "kilogram", None),
    ("Jalan tol itu sepanjang 12,4 km.", "12,4 km", 12.4, "kilometer", None),
    ("Petani menggarap 2 ha sawah.", "2 ha", 2, "hektare", None),
    ("Kiki butuh 67 menit untuk menang.", "67 menit", 67, "menit", None),
    ("Ia dipenjara 15 tahun.", "15 tahun", 15, "tahun", None),
    ("Stok pupuk mencapai 1,4 juta ton.", "1,4 juta ton", 1400000, "ton", None),
    ("Produksi naik menjadi 2,3 juta ton.", "2,3 juta ton", 2300000, "ton", None),
    ("Sebanyak 22 juta keluarga menerima bantuan.", "22 juta keluarga", 22000000, "keluarga", None),
    ("Kereta itu mengangkut 430 juta penumpang.", "430 juta penumpang", 430000000, "penumpang", None),
    ("Pemerintah membagikan 2.500 paket sembako.", "2.500 paket sembako", 2500, "paket sembako", None),
    ("Omzet naik tiga kali lipat.", "tiga kali lipat", 3, "kali lipat", None),
    ("Ia sudah kalah dua kali dari Aulia.", "dua kali", 2, "kali", None),
    ("Sebanyak 27 warga sipil tewas.", "27 warga sipil", 27, "warga sipil", None),
    ("Dua jet tempur menjatuhkan bom.", "Dua jet tempur", 2, "jet tempur", None),
    ("Posko menyiapkan 14 titik pengungsian.", "14 titik", 14, "titik", None),
    ("BI memangkas bunga 25 basis poin.", "25 basis poin", 25, "basis poin", None),
    ("Suku bunga turun 25 bps.", "25 bps", 25, "basis poin", None),
    # number words
    ("Wabah itu menyebar ke dua negara tetangga.", "dua negara", 2, "negara", None),
    ("KPK menetapkan empat tersangka.", "empat tersangka", 4, "tersangka", None),
    ("Sebelas anak-anak ikut tewas.", "Sebelas anak-anak", 11, "anak-anak", None),
    ("Sembilan fraksi hadir dalam rapat.", "Sembilan fraksi", 9, "fraksi", None),
    ("Kami menyiagakan dua puluh lima perahu karet.", "dua puluh lima perahu karet", 25, "perahu karet", None),
    ("Panitia menyiapkan seratus kursi.", "seratus kursi", 100, "kursi", None),
    ("Seribu relawan diterjunkan.", "Seribu relawan", 1000, "relawan", None),
    ("Dua belas tahun ia menunggu.", "Dua belas tahun", 12, "tahun", None),
    ("Ia menjabat selama enam minggu.", "enam minggu", 6, "minggu", None),
    ("Tim punya waktu empat hari.", "empat hari", 4, "hari", None),
    ("Mereka dilarang ikut selama satu musim.", "satu musim", 1, "musim", None),
    ("Guncangan terasa setengah menit.", "setengah menit", 0.5, "menit", None),
    ("Polisi menyita setengah kilogram sabu.", "setengah kilogram", 0.5, "kilogram", None),
    ("Sepertiga warga mengungsi.", "Sepertiga warga", 1 / 3, "warga", None),
    ("Ia membeli dua kilo setengah beras.", "dua kilo setengah", 2.5, "kilo", None),
    ("Ia menempuh satu setengah jam perjalanan.", "satu setengah jam", 1.5, "jam", None),
    ("Kapal membawa dua ratus lima puluh penumpang.", "dua ratus lima puluh penumpang", 250, "penumpang", None),
    ("Pabrik itu mempekerjakan tiga ribu buruh.", "tiga ribu buruh", 3000, "buruh", None),
    ("Tujuh orang lainnya luka-luka.", "Tujuh orang", 7, "orang", None),
    ("Ia menginap dua malam di posko.", "dua malam", 2, "malam", None),
    # money
    ("Penyidik menyita uang Rp 1,5 miliar.", "Rp 1,5 miliar", 1500000000, "IDR", None),
    ("PDB mencapai Rp5.947 triliun.", "Rp5.947 triliun", 5947000000000000, "IDR", None),
    ("Rupiah ditutup di Rp16.290 per dolar AS.", "Rp16.290", 16290, "IDR", None),
    ("Bantuan senilai Rp 250 juta diserahkan.", "Rp 250 juta", 250000000, "IDR", None),
    ("Investasi mencapai US$4,6 miliar.", "US$4,6 miliar", 4600000000, "USD", None),
    ("Korban dijanjikan gaji US$1.500 per bulan.", "US$1.500", 1500, "USD", None),
    ("Nota kesepahaman senilai 12 miliar yen.", "12 miliar yen", 12000000000, "JPY", None),
    ("Kerugian mencapai 1,5 miliar dolar.", "1,5 miliar dolar", 1500000000, "USD", None),
    ("Denda bisa mencapai ratusan juta rupiah.", "ratusan juta rupiah", 100000000, "IDR", "vague"),
    ("Harga tiket Rp 50.000 per orang.", "Rp 50.000", 50000, "IDR", None),
    ("Modal awal Rp10 juta cukup.", "Rp10 juta", 10000000, "IDR", None),
    ("Proyek itu bernilai Rp 32 miliar.", "Rp 32 miliar", 32000000000, "IDR", None),
    ("Dana S$2 juta disiapkan.", "S$2 juta", 2000000, "SGD", None),
    ("Harga minyak 80 dolar AS per barel.", "80 dolar AS", 80, "USD", None),
    ("Ekspor senilai 3 miliar euro.", "3 miliar euro", 3000000000, "EUR", None),
    ("Pinjaman 500 juta ringgit cair.", "500 juta ringgit", 500000000, "MYR", None),
    ("Biaya proyek Rp 1,2 triliun.", "Rp 1,2 triliun", 1200000000000, "IDR", None),
    ("Anggaran Rp 750 ribu per orang.", "Rp 750 ribu", 750000, "IDR", None),
    # percent
    ("Ekonomi tumbuh 5,12 persen.", "5,12 persen", 5.12, "persen", None),
    ("Bunga acuan turun menjadi 5,75 persen.", "5,75 persen", 5.75, "persen", None),
    ("Pajak naik 20% tahun ini.", "20%", 20, "persen", None),
    ("Komitmen fee sebesar 10 persen.", "10 persen", 10, "persen", None),
    ("Inflasi 2,37 persen pada Juli.", "2,37 persen", 2.37, "persen", None),
    ("Suku bunga 5,00 persen dipertahankan.", "5,00 persen", 5.0, "persen", None),
    ("Harga BBM naik 3,2 persen.", "3,2 persen", 3.2, "persen", None),
    ("Saham turun 0,3 persen.", "0,3 persen", 0.3, "persen", None),
    ("Target tercapai seratus persen.", "seratus persen", 100, "persen", None),
    ("Rumah rusak 71 persen.", "71 persen", 71, "persen", None),
    ("Subsidi naik 10 % tahun depan.", "10 %", 10, "persen", None),
    # hedges
    ("Sekitar 350 jiwa mengungsi.", "Sekitar 350 jiwa", 350, "jiwa", "about"),
    ("Totalnya sekitar Rp 2,3 miliar.", "sekitar Rp 2,3 miliar", 2300000000, "IDR", "about"),
    ("Pertemuan berlangsung sekitar dua jam.", "sekitar dua jam", 2, "jam", "about"),
    ("Guncangan terasa hampir setengah menit.", "hampir setengah menit", 0.5, "menit", "about"),
    ("Penjualan mobil turun hampir 10 persen.", "hampir 10 persen", 10, "persen", "about"),
    ("Konsumsi tumbuh mendekati 5 persen.", "mendekati 5 persen", 5, "persen", "about"),
    ("Harga naik kurang lebih 15 persen.", "kurang lebih 15 persen", 15, "persen", "about"),
    ("Ia hilang kontak hampir dua bulan.", "hampir dua bulan", 2, "bulan", "about"),
    ("Ia tidak pulang hampir sebulan.", "hampir sebulan", 1, "bulan", "about"),
    ("Standar itu dipakai lebih dari 190 negara.", "lebih dari 190 negara", 190, "negara", "at_least"),
    ("Sedikitnya 27 warga sipil tewas.", "Sedikitnya 27 warga sipil", 27, "warga sipil", "at_least"),
    ("Kami harus menang di setidaknya 12 daerah.", "setidaknya 12 daerah", 12, "daerah", "at_least"),
    ("Politik uang terjadi di sedikitnya 14 desa.", "sedikitnya 14 desa", 14, "desa", "at_least"),
    ("Stok cukup untuk setidaknya tiga minggu.", "setidaknya tiga minggu", 3, "minggu", "at_least"),
    ("Garuda bisa mencetak lebih dari satu gol.", "lebih dari satu gol", 1, "gol", "at_least"),
    ("Kerugian minimal Rp 5 juta.", "minimal Rp 5 juta", 5000000, "IDR", "at_least"),
    ("Dana di atas Rp 500 juta wajib dilaporkan.", "di atas Rp 500 juta", 500000000, "IDR", "at_least"),
    ("Pengungkapan ini menyelamatkan lebih dari 60.000 jiwa.", "lebih dari 60.000 jiwa", 60000, "jiwa",
     "at_least"),
    ("Kenaikan itu kurang dari 1 persen per bulan.", "kurang dari 1 persen", 1, "persen", "at_most"),
    ("Persiapan kurang dari satu pekan.", "kurang dari satu pekan", 1, "pekan", "at_most"),
    ("Ia terancam hukuman maksimal 15 tahun penjara.", "maksimal 15 tahun", 15, "tahun", "at_most"),
    ("Iuran hingga Rp 150.000 per bulan.", "hingga Rp 150.000", 150000, "IDR", "at_most"),
    ("Mereka dipaksa bekerja hingga 16 jam sehari.", "hingga 16 jam", 16, "jam", "at_most"),
    ("Luas lahan maksimal dua hektare.", "maksimal dua hektare", 2, "hektare", "at_most"),
    ("Daerah berpenduduk kurang dari 250.000 jiwa.", "kurang dari 250.000 jiwa", 250000, "jiwa", "at_most"),
    ("Antrean paling banyak 50 kendaraan.", "paling banyak 50 kendaraan", 50, "kendaraan", "at_most"),
    # vague amounts
    ("Ribuan buruh berunjuk rasa di depan DPR.", "Ribuan buruh", 1000, "buruh", "vague"),
    ("Beberapa ribu nelayan kehilangan mata pencarian.", "Beberapa ribu nelayan", 1000, "nelayan", "vague"),
    ("Puluhan orang luka-luka.", "Puluhan orang", 10, "orang", "vague"),
    ("Ratusan rumah hangus terbakar.", "Ratusan rumah", 100, "rumah", "vague"),
    ("Gol disaksikan puluhan ribu suporter.", "puluhan ribu suporter", 10000, "suporter", "vague"),
    ("Belasan anggota geng ditangkap.", "Belasan anggota", 11, "anggota", "vague"),
    ("Penumpang harian belasan ribu orang.", "belasan ribu orang", 11000, "orang", "vague"),
    ("Ribuan kasus kekerasan tercatat.", "Ribuan kasus", 1000, "kasus", "vague"),
    ("Jutaan warga terdampak kekeringan.", "Jutaan warga", 1000000, "warga", "vague"),
    ("Kerugian ditaksir miliaran rupiah.", "miliaran rupiah", 1000000000, "IDR", "vague"),
    ("Ratusan kader menyambutnya.", "Ratusan kader", 100, "kader", "vague"),
    # units before the number, ages, units inherited after "menjadi"
    ("BMKG mencatat gempa berkekuatan magnitudo 5,6.", "magnitudo 5,6", 5.6, "magnitudo", None),
    ("Salah satu pengungsi, Siti Aminah (42), panik.", "42", 42, "tahun", None),
    ("Ujar Asep Saepudin (51), warga setempat.", "51", 51, "tahun", None),
    ("Korban, Dedi Kurniawan, 27, asal Indramayu, pulang.", "27", 27, "tahun", None),
    ("Pemain berusia 23 tahun itu mencetak gol.", "23 tahun", 23, "tahun", None),
    ("Hubungan kita terjalin 66 tahun.", "66 tahun", 66, "tahun", None),
    # title case in a headline
    ("Banjir Rendam 4.870 Rumah di Bandung\n\nBANDUNG - Banjir datang.", "4.870 Rumah", 4870, "rumah", None),
    ("BPS: Ekonomi Tumbuh 5,12 Persen\n\nJAKARTA - BPS mencatat.", "5,12 Persen", 5.12, "persen", None),
    ("Gaji Tertunggak Tiga Bulan\n\nJAKARTA - Pemain mogok.", "Tiga Bulan", 3, "bulan", None),
    ("KPK Sita Uang Rp 1,5 Miliar\n\nJAKARTA - KPK menyita uang.", "Rp 1,5 Miliar", 1500000000, "IDR", None),
    # a scale word with -an after digits: some so many thousand
    ("Tiket masuk taman itu Rp 35 ribuan.", "Rp 35 ribuan", 35000, "IDR", "about"),
    ("Gaji mereka sekitar Rp 4 jutaan sebulan.", "sekitar Rp 4 jutaan", 4000000, "IDR", "about"),
    # currency words as news writes them
    ("Kontrak itu bernilai 450 juta US Dollar.", "450 juta US Dollar", 450000000, "USD", None),
    ("Utang perusahaan mencapai 12 juta dollar Amerika.", "12 juta dollar Amerika", 12000000, "USD", None),
]


@pytest.mark.parametrize("text,span,value,unit,approx", QUANTITIES)
def test_quantities_value_unit_and_hedge(text, span, value, unit, approx):
    found = {q.text: q for q in quantities_of(text)}
    assert span in found, found
    q = found[span]
    assert q.value == pytest.approx(value, rel=1e-9)
    assert (q.unit, q.approx) == (unit, approx)


NOT_QUANTITIES = [
    ("Gempa terjadi Senin (10/6/2024) pukul 19.42 WIB.", "10"),
    ("Gempa terjadi Senin (10/6/2024) pukul 19.42 WIB.", "19.42"),
    ("Rapat digelar pada 29 Oktober 2024.", "29"),
    ("Ia lahir 12/03/1990 di Medan.", "1990"),
    ("Perang meletus pada 2022 dan berlanjut.", "2022"),
    ("Pasukan dikirim selama Perang Dunia II.", "II"),
    ("Program 38 North berbasis di AS.", "38"),
    ("Hubungi nomor +62 812 9007 0027 jika ada kasus.", "812"),
    ("Hubungi (021) 5551234 untuk informasi.", "5551234"),
    ("Pelaku dijerat Pasal 12 huruf a.", "12"),
    ("Kasus itu tercatat dengan No. 45 di kepolisian.", "45"),
    ("Sesuai UU Nomor 31 Tahun 1999 tentang korupsi.", "31"),
    ("Sesuai UU Nomor 31 Tahun 1999 tentang korupsi.", "1999"),
    ("Pasangan nomor urut 3 ditetapkan sebagai pemenang.", "3"),
    ("Indonesia mengalahkan Vietnam 1-0 di Jakarta.", "1-0"),
    ("Persib unggul 2-0 lewat gol Ciro.", "2-0"),
    ("Timnas kalah 0-3 dari Irak.", "0-3"),
    ("Ia menang 21-17, 18-21, 21-15 di final.", "18-21"),
    ("Sidang digelar di Panel 1 Mahkamah Konstitusi.", "1"),
    ("Timnas lolos ke Piala Dunia 2026 zona Asia.", "2026"),
    ("Seorang warga meninggal dunia.", "Seorang"),
    ("Salah satu korban adalah Dedi.", "satu"),
    ("Gol dicetak pada menit ke-52.", "52"),
    ("Ia menjadi juara untuk ke-3 kalinya.", "3"),
    ("Konsensus Lima Poin ASEAN dilanggar.", "Lima"),
    ("Ia bekerja 16 jam sehari.", "sehari"),
    ("Pemilu ulang digelar dua tahun lalu.", "dua"),
    ("Rapat berlangsung pukul 10.30 WIB.", "10.30"),
    ("Antrean mengular hingga 14.00 WIB.", "14.00"),
    ("Warga dapat menghubungi layanan 112.", "112"),
    ("Erick menargetkan timnas masuk 3 besar.", "3"),
    ("Indonesia menembus empat besar turnamen ini.", "empat"),
    ("Tahap 2 persiapan dimulai pekan depan.", "2"),
    ("Ia baru sekali tampil di Olimpiade.", "sekali"),
    ("Pasal 5, 6, dan 7 dilanggar.", "7"),
    ("Jumlah pengungsi 3.450 mengungsi di masjid.", "3.450"),
    ("Defisit APBN 2024 Capai Rp 507,8 Triliun\n\nJAKARTA - Defisit melebar.", "2024"),
    ("Piston baru naik dari 10,5 mm menjadi 11 mm, dan rasio kompresinya menjadi 12,5:1.", "12,5"),
    ("Perbandingan murid dan guru 30:1 kelas di desa itu.", "30:1"),
]


@pytest.mark.parametrize("text,forbidden", NOT_QUANTITIES)
def test_quantities_labels_dates_and_scores_are_not_quantities(text, forbidden):
    at = text.index(forbidden)
    hits = [q for q in quantities_of(text) if q.start < at + len(forbidden) and at < q.end]
    assert not hits


@pytest.mark.parametrize("text,new,old", [
    ("Polisi memperkirakan 8.000 pendukung hadir, naik dari perkiraan 5.000 pendukung kemarin.",
     "8.000 pendukung", "5.000 pendukung"),
    ("Impor gula naik dari 3,1 juta ton menjadi 4,25 juta ton.", "4,25 juta ton", "3,1 juta ton"),
    ("Korban bertambah dari 40 jiwa pada Senin malam menjadi 73 jiwa.", "73 jiwa", "40 jiwa"),
    ("Ekspor mencapai US$7,2 miliar, turun dari US$8,1 miliar pada 2021.", "US$7,2 miliar", "US$8,1 miliar"),
    ("Gempa semula bermagnitudo 6,1 lalu direvisi menjadi 5,8.", "5,8", "bermagnitudo 6,1"),
    ("Suku bunga turun dari 6 menjadi 5,75 persen.", "5,75 persen", "6"),
    # the new value told first, the old one after "dari"
    ("Jumlah penumpang naik menjadi 3,4 juta orang dari 2,9 juta orang tahun lalu.", "3,4 juta orang",
     "2,9 juta orang"),
    ("Cadangan beras turun menjadi 800 ribu ton dari sebelumnya 1,1 juta ton.", "800 ribu ton", "1,1 juta ton"),
])
def test_quantities_change_links_new_value_to_old(text, new, old):
    found = {q.text: q for q in quantities_of(text)}
    assert found[new].previous == found[old].id
    assert found[old].previous is None
    assert found[new].unit == found[old].unit


@pytest.mark.parametrize("text,low,high,unit", [
    ("Harga cabai naik 20-30 persen menjelang Lebaran.", "20", "30 persen", "persen"),
    ("Antara 5 hingga 10 orang ditahan polisi.", "5", "hingga 10 orang", "orang"),
    ("Antara 15 dan 20 persen kursi masih kosong.", "15", "20 persen", "persen"),
])
def test_quantities_range_ends_share_the_unit(text, low, high, unit):
    found = {q.text: q for q in quantities_of(text)}
    assert (found[low].unit, found[high].unit) == (unit, unit)
    assert found[high].previous is None


@pytest.mark.parametrize("text,low,value", [
    ("Kebutuhan gula diperkirakan 3,1 hingga 3,4 juta ton.", "3,1", 3100000),
    ("Harga rumah di kawasan itu Rp 450 sampai Rp 700 juta.", "Rp 450", 450000000),
    ("Proyek itu ditaksir Rp 2,5-3 triliun.", "Rp 2,5", 2500000000000),
    ("Sekitar 6 sampai 7 ribu pendukung memadati stadion.", "Sekitar 6", 6000),
    ("Ekspor turun dari 1,8 menjadi 1,6 miliar dolar AS.", "1,8", 1800000000),
    # the first number is of another size: as written
    ("Bantuan berkisar Rp 300 hingga Rp 1 juta per keluarga.", "Rp 300", 300),
    ("Pemilih bertambah dari 900 menjadi 2 ribu orang.", "900", 900),
])
def test_quantities_first_end_of_a_range_takes_the_scale_of_the_other(text, low, value):
    found = {q.text: q for q in quantities_of(text)}
    assert found[low].value == pytest.approx(value, rel=1e-12)


@pytest.mark.parametrize("text", [
    "BI menurunkan suku bunga 25 bps menjadi 5,75 persen.",
    "Harga beras turun 2 persen pekan ini.",
])
def test_quantities_no_change_link_between_different_units(text):
    assert all(q.previous is None for q in quantities_of(text))


def _quote(qid, text, content, entity):
    start = text.index(content)
    speaker = Speaker(entity=entity, name="X", text="X", start=0, end=1)
    return Quote(id=qid, kind="direct", speaker=speaker, content=content, start=start, end=start + len(content))


@pytest.mark.parametrize("entity,expected", [("e9", "e9"), (None, "q1")])
def test_quantities_claimed_by_the_speaker_of_the_quote_holding_them(entity, expected):
    text = '"Ada 10.000 pasukan di sana," kata pejabat itu. Warga melihat dua truk.'
    quote = _quote("q1", text, "Ada 10.000 pasukan di sana,", entity)
    found = {q.text: q for q in quantities_of(text, [quote])}
    assert found["10.000 pasukan"].claimed_by == expected
    assert found["dua truk"].claimed_by is None


def test_quantities_component_in_pipeline():
    text = "BANDUNG - Dinas mencatat 9.000 wisatawan tiba pada hari Selasa, naik dari 6.000 wisatawan."
    article = Pipeline(["normalize", "segment", "metadata", "times", "quantities"]).analyze(text, published=REF)
    assert [(q.id, q.text, q.value, q.previous) for q in article.quantities] == [
        ("n1", "9.000 wisatawan", 9000, "n2"), ("n2", "6.000 wisatawan", 6000, None)]
    assert all(article.text[q.start:q.end] == q.text for q in article.quantities)


def test_a_quantity_starts_with_a_word_character_or_a_currency_sign():
    # texts without a currency sign are searched only at word starts (quantities._matches): a hedge or unit written
    # with another sign first (say "~5 persen") would be missed there unless _CURRENCY_SIGN lists it
    import re

    from warta.components.quantities import _CURRENCY_SIGN, _body
    from warta.components.regex_guard import first_char_guard

    starts = re.compile(first_char_guard(_body())[3:-1])  # the guard's class: "(?=[...])" without "(?=" and ")"
    others = {c for c in map(chr, range(0x3000)) if starts.fullmatch(c) and not re.fullmatch(r"\w", c)}
    assert others and all(re.fullmatch(_CURRENCY_SIGN, c) for c in others)


@pytest.mark.parametrize("text, expected", [
    ("50 orang hadir.", ["50 orang"]),                  # at the text's start
    ("Naik 10%, lalu 20 orang.", ["10%", "20 orang"]),  # right after another quantity and a comma
    ("Harga US$5 dan Rp 2 juta.", ["US$5", "Rp 2 juta"]),
])
def test_quantities_found_at_every_kind_of_start(text, expected):
    assert [q.text for q in quantities_of(text)] == expected


# the ages, scores, ratios and phone numbers as one plain search of the whole text finds them
_PLAIN_AGE = r"[A-Z](?<!\w.)[\w'-]*+(?: \((\d{1,3})\)|, (\d{1,2}),)"


@pytest.mark.parametrize("text", [
    "Siti Aminah (42), Jean-Pierre (7), O'Neil, 27, dan aBudi (30), x-Budi (31), budi (40), Émile (50).",
    "BUDI (42) dan Dedi  (42), Dedi (1234), _Budi (40), 3Budi (41); A (5), Z, 9, lalu Ani-(3).",
])
def test_ages_found_where_a_plain_search_finds_them(text):
    import re

    from warta.components.quantities import _AGES, _after_name

    plain = sorted(m.span(1 if m.group(1) else 2) for m in re.finditer(_PLAIN_AGE, text))
    assert plain and sorted(m.span(1) for ages in _AGES for m in ages.finditer(text)
                            if _after_name(text, m.start())) == plain


@pytest.mark.parametrize("text", [
    "Skor 2-1 dan 21 - 17, rasio 11,6:1 (20:1), hubungi +62 812 3456 7890 atau (021) 345 6789, 0812-3456-7890.",
    "3,5-4 persen, v2-1, 1.2-3, 2:1.5:3, x0812-3456-789, (0274) 123 456, ++62 1234 5678 90, 10:30-2",
])
def test_blocks_found_only_at_numbers_and_signs_are_all_of_them(text):
    # _blocked tries the score, phone and ratio patterns only at the words starting with a digit and at "+", "(":
    # it finds what finditer over the whole text finds

    from warta.components.quantities import _BLOCK, _RATIO, _found_at, _offsets, _word_starts
    from warta.components.regex_guard import lower_words

    numbers = [start for start, which in _word_starts().find(lower_words(text))[0] if which[-1] == 1]
    signs = sorted(numbers + _offsets(text, "+") + _offsets(text, "("))
    for pattern, starts in ((_BLOCK, signs), (_RATIO, numbers)):
        assert [m.span() for m in _found_at(pattern, text, starts)] == [m.span() for m in pattern.finditer(text)]
    assert [m.group() for m in _BLOCK.finditer(text)] and [m.group() for m in _RATIO.finditer(text)]
