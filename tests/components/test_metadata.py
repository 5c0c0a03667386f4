import pytest

from warta import Pipeline
from warta.components.metadata import explicit_dates, find_agency, find_dateline


@pytest.mark.parametrize("text, city, outlet, agency", [
    ("MOSKOW - Menteri luar negeri tiba.", "MOSKOW", None, None),
    ("MOSKOW (Reuters) - Rusia menyatakan.", "MOSKOW", None, "Reuters"),
    ("JAKARTA, KOMPAS.com - Presiden berkata.", "JAKARTA", "kompas.com", None),
    ("KUALA LUMPUR, KOMPAS.com - Menteri berkata.", "KUALA LUMPUR", "kompas.com", None),
    ("Liputan6.com, Jakarta - Ketua KPK berkata.", "JAKARTA", "liputan6.com", None),
    ("TEMPO.CO, Jakarta \u2013 Menteri berkata.", "JAKARTA", "tempo.co", None),
    ("Jakarta (ANTARA) - Badan Pusat Statistik mencatat.", "JAKARTA", None, "Antara"),
    ("BANDUNG, detikJabar - Warga mengungsi.", "BANDUNG", "detik.com", None),
    ("KAIRO, CNN Indonesia - Menteri Luar Negeri tiba.", "KAIRO", "cnnindonesia.com", None),
    ("JAKARTA, CNBC Indonesia - Harga minyak naik.", "JAKARTA", "cnbcindonesia.com", None),
    ("Tribun-Timur.com, Makassar - Warga mengungsi.", "MAKASSAR", "tribun-timur.com", None),
    ("KONTAN.CO.ID - JAKARTA. Harga beras naik lagi.", "JAKARTA", "kontan.co.id", None),
    ("NABIRE, Jubi - Kasus campak bertambah.", "NABIRE", "jubi.id", None),
    ("SURABAYA \u2014 Hujan deras.", "SURABAYA", None, None),
    ("Mataram - Gempa mengguncang Lombok.", "MATARAM", None, None),
    ('Medan - "Kami siap," kata wali kota.', "MEDAN", None, None),
    ("detikSumut - Banjir merendam Medan.", None, "detik.com", None),
    # a desk or region of detik's not listed, a web address in brackets, Antara's day and month, the outlet alone
    ("Yogyakarta, detikJogja - Gunung Merapi kembali erupsi.", "YOGYAKARTA", "detik.com", None),
    ("Surabaya (beritajatim.com) - Polisi menangkap dua pelaku.", "SURABAYA", "beritajatim.com", None),
    ("Semarang, 12/3 (ANTARA) - Harga cabai turun.", "SEMARANG", None, "Antara"),
    ("Suara.com - Pemerintah menaikkan harga BBM.", None, "suara.com", None),
])
def test_find_dateline(text, city, outlet, agency):
    d = find_dateline(text)
    assert (d.city, d.outlet, d.agency) == (city, outlet, agency)
    assert text[d.end:].startswith(text.split("- ", 1)[-1][:3]) or d.end > 0


@pytest.mark.parametrize("text", [
    "NATO mengatakan pada hari Senin bahwa pasukan bergerak.",
    "Presiden Joko Widodo - yang akrab disapa Jokowi - hadir.",
    "Menurut BPS, inflasi naik.",
    "Presiden - yang baru dilantik - hadir.",
    "Gaza - yang dikuasai Hamas sejak 2007 - kembali digempur.",
    "Israel - Hamas sepakat gencatan senjata di Gaza.",
    "Jakarta - Bandung kini bisa ditempuh 40 menit.",
    "Indonesia - Malaysia bertanding malam ini.",
    "JAKARTA, Presiden Prabowo - yang baru dilantik - hadir.",
])
def test_find_dateline_ignores_ordinary_sentences(text):
    assert find_dateline(text) is None


@pytest.mark.parametrize("text, agency", [
    ("Isi berita.\n(Reuters)", "Reuters"),
    ("Isi berita.\n(ant/afp)", "AFP"),
    ("Isi berita terakhir, kata dia. (Antara)", "Antara"),
    ("Isi berita.\nSumber: AFP", "AFP"),
    ("Isi berita.\n(ant)", "Antara"),
    ("Isi berita tanpa kredit.", None),
])
def test_find_agency(text, agency):
    assert find_agency(text) == agency


@pytest.mark.parametrize("text, expected", [
    ("kata dia, Senin (8/5/2023).", ["2023-05-08"]),
    ("Pada 29 Oktober 2024 dan 1 Januari 2025.", ["2024-10-29", "2025-01-01"]),
    ("Tanggal 31/2/2024 tidak ada (31/2/2024).", []),
    ("Pada 5 Kemarin 2024.", []),
])
def test_explicit_dates(text, expected):
    assert [d.isoformat() for d in explicit_dates(text)] == expected


def test_metadata_infers_published_from_latest_explicit_date():
    text = "Judul\n\nJAKARTA, KOMPAS.com - Rapat digelar Senin (8/5/2023). Hasilnya diumumkan Selasa (9/5/2023)."
    article = Pipeline().analyze(text)
    assert article.meta.published == "2023-05-09"
    assert article.meta.published_source == "text"
    assert article.meta.title == "Judul"
    assert article.meta.dateline == "JAKARTA"
    assert article.meta.outlet == "kompas.com"


def test_metadata_given_date_wins_over_text():
    article = Pipeline().analyze("Rapat digelar Senin (8/5/2023).", published="2023-05-10")
    assert (article.meta.published, article.meta.published_source) == ("2023-05-10", "given")


def test_seed_article_dateline_is_moskow(seed_path):
    article = Pipeline().analyze(seed_path.read_text(encoding="utf-8"), published="2024-10-29")
    assert article.meta.dateline == "MOSKOW"
    assert article.meta.title is None


@pytest.mark.parametrize("text, city, outlet", [
    ("Jakarta, CNN Indonesia -- Komisi Pemberantasan Korupsi menahan.", "JAKARTA", "cnnindonesia.com"),
    ("Bisnis.com, JAKARTA - Badan Pusat Statistik mencatat.", "JAKARTA", "bisnis.com"),
    ("Jakarta, Senin - Presiden berkata.", None, None),
    ("Jakarta, CNBC Indonesia - Bank Indonesia menahan suku bunga.", "JAKARTA", "cnbcindonesia.com"),
    ("Medan, IDN Times - Banjir merendam tiga kecamatan.", "MEDAN", "idntimes.com"),
])
def test_find_dateline_city_then_multiword_outlet(text, city, outlet):
    d = find_dateline(text)
    assert (d.city, d.outlet) == (city, outlet) if city else d is None


@pytest.mark.parametrize("text, language", [
    (("Menteri luar negeri Korea Utara tiba di Rusia untuk berunding karena perang tampaknya berubah menjadi "
     "berbahaya, kata pejabat yang tidak mau disebut namanya."), "id"),
    (("The foreign minister of North Korea arrived in Russia for talks as the war appears to be taking a "
     "dangerous turn, officials said on Tuesday."), "en"),
    (("Wong-wong ing desa iki wis ora bisa nandur pari amarga banyune saka kali mung sithik, lan petani kuwi "
     "bakal nunggu udan."), "jv"),
    ("Rapat selesai.", "id"),
])
def test_detect_language(text, language):
    from warta.components.metadata import detect_language

    assert detect_language(text) == language


def test_non_indonesian_text_is_analysed_with_a_warning():
    article = Pipeline().analyze("The minister said on Tuesday that the talks with the delegation were useful "
                                 "and that more meetings would follow in the coming weeks.")
    assert article.meta.language == "en" and article.warnings


@pytest.mark.parametrize("text, title, dateline", [
    # a headline quoting someone, then a dateline: the title
    ('Kapolri: "Tidak Ada Toleransi bagi Pelaku Narkoba"\n\nJAKARTA, KOMPAS.com - Kapolri menegaskan sikapnya.',
     'Kapolri: "Tidak Ada Toleransi bagi Pelaku Narkoba"', "JAKARTA"),
    ("Wali Kota: \u201cBanjir Surut Besok\u201d\n\nSEMARANG - Air mulai surut di Genuk.",
     "Wali Kota: \u201cBanjir Surut Besok\u201d", "SEMARANG"),
    # a first paragraph that is a quotation, with no dateline after it: the body
    ('"Kami siap membantu," kata Budi.\n\nIa datang bersama relawan.', None, None),
])
def test_title_ending_in_a_quotation_mark_before_a_dateline(text, title, dateline):
    meta = Pipeline().analyze(text).meta
    assert (meta.title, meta.dateline) == (title, dateline)


def test_lower_letters_table_lower_cases_ascii_as_str_lower():
    from warta.components.metadata import _LETTERS_ONLY, _LOWER_LETTERS_ONLY

    ascii_ = "".join(map(chr, range(128)))
    assert ascii_.encode("ascii").translate(_LOWER_LETTERS_ONLY) == ascii_.lower().encode("ascii").translate(
        _LETTERS_ONLY)
