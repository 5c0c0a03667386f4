import random
import re

import pytest
from conftest import DEV_GOLD

from warta.components.segment import (
    _END,
    _PERIOD_END,
    _PLAIN_WORD,
    _QUOTE_CHAR,
    _quote_regions,
    _pattern_tokens,
    _token_pattern,
    abbreviations,
    paragraphs,
    split_sentences,
    tokenize,
)


def _sentences(text):
    return [text[s:e] for s, e in split_sentences(text)]


@pytest.mark.parametrize("text, expected", [
    ("Budi datang. Ani pergi.", ["Budi datang.", "Ani pergi."]),
    ("Tn. Budi datang. Ani pergi.", ["Tn. Budi datang.", "Ani pergi."]),
    ("Ny. Ani dan Dr. Budi hadir.", ["Ny. Ani dan Dr. Budi hadir."]),
    ("Ani Wijaya, S.H. mengatakan itu.", ["Ani Wijaya, S.H. mengatakan itu."]),
    ("Ia bertemu Prof. Dr. Ani Wijaya, M.Si. di kampus.", ["Ia bertemu Prof. Dr. Ani Wijaya, M.Si. di kampus."]),
    ("Budi dkk. menyatakan itu.", ["Budi dkk. menyatakan itu."]),
    ("Ada beras, gula, dll. Pemerintah juga siap.", ["Ada beras, gula, dll.", "Pemerintah juga siap."]),
    ("Saham PT Aneka Tambang Tbk. (Antam) naik.", ["Saham PT Aneka Tambang Tbk. (Antam) naik."]),
    ("Siapa pemilik PT Maju Jaya Tbk.? (Baca juga: Polisi Tangkap Begal) Polisi diam.",
     ["Siapa pemilik PT Maju Jaya Tbk.?", "(Baca juga: Polisi Tangkap Begal) Polisi diam."]),
    ("Ada beras, gula, dll. \"Kami siap,\" kata Budi.", ["Ada beras, gula, dll.", '"Kami siap," kata Budi.']),
    ("Rumahnya di Jl. Sudirman No. 5 Jakarta.", ["Rumahnya di Jl. Sudirman No. 5 Jakarta."]),
    ("Dana itu a.n. Budi. Ia menolak.", ["Dana itu a.n. Budi.", "Ia menolak."]),
    ("Jumlahnya 10.000 orang. Harga naik 1,5 persen.", ["Jumlahnya 10.000 orang.", "Harga naik 1,5 persen."]),
    ("Rapat dimulai pukul 10.30 WIB. Semua hadir.", ["Rapat dimulai pukul 10.30 WIB.", "Semua hadir."]),
    ("Hal itu disampaikan B. J. Habibie kala itu.", ["Hal itu disampaikan B. J. Habibie kala itu."]),
    # a given name written short, and a captain's rank, go on into the name
    ("Kepala Desa Toboli, Moh. Ridwan Lasimpo, meminta bantuan.",
     ["Kepala Desa Toboli, Moh. Ridwan Lasimpo, meminta bantuan."]),
    ("Menurut Abd. Rahman dan Muh. Arif, air naik.", ["Menurut Abd. Rahman dan Muh. Arif, air naik."]),
    ("kata Capt. Budi Siregar kepada wartawan.", ["kata Capt. Budi Siregar kepada wartawan."]),
    # the force or corps after a rank goes on into the name too
    ("Kapolda Bali Irjen Pol. Daniel Adityajaya menyebut dua orang tewas.",
     ["Kapolda Bali Irjen Pol. Daniel Adityajaya menyebut dua orang tewas."]),
    ("Danrem itu, Kolonel Inf. Rudi Hartono, tiba di lokasi. Ia memimpin evakuasi.",
     ["Danrem itu, Kolonel Inf. Rudi Hartono, tiba di lokasi.", "Ia memimpin evakuasi."]),
    ("kata Zelenskiy di X. Lalu ia pergi.", ["kata Zelenskiy di X.", "Lalu ia pergi."]),
    ('"Kami siap. Kami menunggu," kata Budi. Ia tersenyum.',
     ['"Kami siap. Kami menunggu," kata Budi.', "Ia tersenyum."]),
    ("\u201cKami siap. Kami menunggu,\u201d kata Budi.", ["\u201cKami siap. Kami menunggu,\u201d kata Budi."]),
    ('Ia berkata, "Kami siap." Semua bertepuk tangan.', ['Ia berkata, "Kami siap."', "Semua bertepuk tangan."]),
    ('"Kami siap. Kami akan datang.\n"Kami juga membawa bantuan," kata Budi.',
     ['"Kami siap.', "Kami akan datang.", '"Kami juga membawa bantuan," kata Budi.']),
    ("Apa benar? Ya! Tentu.", ["Apa benar?", "Ya!", "Tentu."]),
    ("Judul Berita\n\nMOSKOW - Isi berita.", ["Judul Berita", "MOSKOW - Isi berita."]),
    ("PELATIHAN PASUKAN\nKonflik pecah.", ["PELATIHAN PASUKAN", "Konflik pecah."]),
    ("Situs KOMPAS.com melaporkan.", ["Situs KOMPAS.com melaporkan."]),
    ("Menurut dia... Itu benar.", ["Menurut dia...", "Itu benar."]),
    ("Ia lahir di Solo. 20 orang hadir.", ["Ia lahir di Solo.", "20 orang hadir."]),
    # initials written together go on into the name, whatever the word before them ...
    ("Menlu Retno L.P. Marsudi hadir.", ["Menlu Retno L.P. Marsudi hadir."]),
    ('"Kami siap," kata H.M. Sanusi kepada wartawan.', ['"Kami siap," kata H.M. Sanusi kepada wartawan.']),
    ("Hal itu disampaikan oleh A.M. Hendropriyono.", ["Hal itu disampaikan oleh A.M. Hendropriyono."]),
    # ... but they end one before a word usually written in lower case, a quotation or a number
    ("Ia bertolak ke A.S. Ia akan bertemu Biden.", ["Ia bertolak ke A.S.", "Ia akan bertemu Biden."]),
    ("Ia lulus dari I.T.B. Setelah itu bekerja.", ["Ia lulus dari I.T.B.", "Setelah itu bekerja."]),
    ('Ia bertolak ke A.S. "Kami siap," katanya.', ["Ia bertolak ke A.S.", '"Kami siap," katanya.']),
    # an initial after a slash, a name's own; a company form before "Ltd."; the Filipino "Ma."
    ("Ganda putri Pearly Tan/M. Thinaah menang.", ["Ganda putri Pearly Tan/M. Thinaah menang."]),
    ("Harga naik menjadi Rp10.000/kg. Warga mengeluh.", ["Harga naik menjadi Rp10.000/kg.", "Warga mengeluh."]),
    ("Zhejiang Hengtai Nickel Co. Ltd. membangun smelter.", ["Zhejiang Hengtai Nickel Co. Ltd. membangun smelter."]),
    ("Menlu Ma. Theresa Lazaro hadir.", ["Menlu Ma. Theresa Lazaro hadir."]),
])
def test_split_sentences(text, expected):
    assert _sentences(text) == expected


@pytest.mark.parametrize("text", ["Satu. Dua.\n\nTiga   empat.", " Awal spasi. Akhir. "])
def test_sentence_spans_are_trimmed_and_inside_text(text):
    for s, e in split_sentences(text):
        assert 0 <= s < e <= len(text)
        assert text[s:e] == text[s:e].strip()


@pytest.mark.parametrize("text, expected", [
    ("Tn. Budi datang.", ["Tn.", "Budi", "datang", "."]),
    ("kata Zelenskiy di X.", ["kata", "Zelenskiy", "di", "X", "."]),
    ("Harga Rp10.000 dan 1,5 persen.", ["Harga", "Rp", "10.000", "dan", "1,5", "persen", "."]),
    ("US$2 miliar", ["US$", "2", "miliar"]),
    ("berbulan-bulan perang Rusia-Ukraina", ["berbulan-bulan", "perang", "Rusia", "-", "Ukraina"]),
    ("JAKARTA, KOMPAS.com - Presiden", ["JAKARTA", ",", "KOMPAS.com", "-", "Presiden"]),
    ("Ani Wijaya, M.Si. hadir", ["Ani", "Wijaya", ",", "M.Si.", "hadir"]),
    ("Budi dkk.", ["Budi", "dkk."]),
    ("katanya: \"Siap!\"", ["katanya", ":", '"', "Siap", "!", '"']),
    ("Jum'at pagi", ["Jum'at", "pagi"]),
    ("pukul 10.30 WIB.", ["pukul", "10.30", "WIB", "."]),
    ("B. J. Habibie", ["B.", "J.", "Habibie"]),
    ("Retno L.P. Marsudi, B.J. Habibie", ["Retno", "L.P.", "Marsudi", ",", "B.J.", "Habibie"]),
    # an honorific written as an initial is a token of its own, to be dropped from the name: Haji M. Sanusi
    ("Bupati H.M. Sanusi", ["Bupati", "H.", "M.", "Sanusi"]),
    # an e-mail address stays one token (the pattern keeps that alternative only for texts with "@")
    ("Kirim ke redaksi@kompas.co.id hari ini.", ["Kirim", "ke", "redaksi@kompas.co.id", "hari", "ini", "."]),
    ("Kirim ke redaksi kompas.co.id hari ini.", ["Kirim", "ke", "redaksi", "kompas.co.id", "hari", "ini", "."]),
])
def test_tokenize(text, expected):
    spans = tokenize(text, split_sentences(text))
    assert [text[s:e] for s, e in spans] == expected


def test_abbreviations_end_with_a_period():
    # the tokenizer's first alternative (a plain word) relies on it: an abbreviation never ends inside a word
    assert all(a.endswith(".") and a.replace(".", "").isalnum() for a in abbreviations())


@pytest.mark.parametrize("text", [
    "Harga Rp10.000, RM5 dan Rp 5 juta; US$2 atau S$3 (A$4).",
    "Ani Wijaya, S.H. dan B. J. Habibie tiba di Jl. Sudirman No. 5, kata Tn. Budi dkk.",
    "Situs KOMPAS.com, https://kompas.com/a dan redaksi@kompas.co.id: berbulan-bulan Jum'at \u201cSiap\u201d [x]!",
    "Rusia-Ukraina 2024-2025 pukul 10.30 WIB? Ya\u2026 tentu_saja http",
])
@pytest.mark.parametrize("emails", [True, False])
def test_plain_word_alternative_changes_no_token(text, emails):
    # the same tokens as the pattern without its first alternative, which only makes the common case cheaper
    full = _token_pattern(emails)
    rest = re.compile(full.pattern.replace(_PLAIN_WORD + "|", "", 1))
    assert rest.pattern != full.pattern
    assert [m.span() for m in full.finditer(text)] == [m.span() for m in rest.finditer(text)]


def _pattern_spans(text):
    """What ``_pattern_tokens`` stands for: the token pattern searched through the text."""
    return [m.span() for m in re.finditer(r"(?=\S)" + _token_pattern("@" in text).pattern, text)]


_PARTS = ["Tn.", "dkk.", "H.", "K.H.", "Rp", "RM", "5", "2024", "kata", "Kata", ",", ".", " ", " ", " ", "\n", "@",
          "x@y.com", "KOMPAS.com", "-", "Rusia-Ukraina", "B.", "J.", "(", ")", '"', "\u201d", "_", "$", "US$",
          "10.000", "1,5", "Jum'at", "http://a.b", "M.", "S.H.", "\u2026", "?", "!", "berbulan-bulan", "\u00e9",
          "A.M.", "Dr.", "Tbk.", "\t", "\u00a0", "\u00b2", "\u0663", "+", "\u20ac", ":", "/", ";"]


def test_pattern_tokens_agree_with_the_pattern_on_the_dev_texts():
    texts = [p.read_text(encoding="utf-8") for p in sorted(DEV_GOLD.glob("*.txt"))]
    assert texts
    for text in texts:
        assert _pattern_tokens(text) == _pattern_spans(text)


@pytest.mark.parametrize("seed", range(4))
def test_pattern_tokens_agree_with_the_pattern_on_random_texts(seed):
    # pieces of tokens and single characters, glued in any order: every shortcut of _pattern_tokens meets the
    # neighbours that could change a token
    rng = random.Random(seed)
    chars = "".join(p for p in _PARTS if len(p) == 1) + "aBHJKSxp0123456789"
    for _ in range(3000):
        text = "".join(rng.choice(_PARTS if rng.random() < 0.5 else chars) for _ in range(rng.randint(0, 14)))
        assert _pattern_tokens(text) == _pattern_spans(text), repr(text)


@pytest.mark.parametrize("text", [
    "Senin (8/6). Lalu", "Rp10.000), kata", "naik 1,5% dan", "situs 123.com dan 1.co.id", "5.000. Lalu",
    "10.000abc", "0812-3456@mail.com", "pukul 10.30-11.00", "skor 2-1, lalu", "\u0663\u0664) x", "9_1)",
])
def test_a_number_before_a_mark_is_cut_as_the_pattern_cuts_it(text):
    assert _pattern_tokens(text) == _pattern_spans(text)


def test_no_abbreviation_starts_with_a_digit():
    # _cut takes digits before a mark for a number without the pattern: an abbreviation could start there too
    assert not any(a[:1].isdecimal() for a in abbreviations())


def _dev_paragraphs():
    return [par for p in sorted(DEV_GOLD.glob("*.txt")) for par in p.read_text(encoding="utf-8").split("\n")]


def test_period_end_finds_what_end_finds_without_other_marks():
    # split_sentences takes _PERIOD_END for a paragraph without "!", "?" or an ellipsis
    pars = [p for p in _dev_paragraphs() if not any(c in p for c in "!?\u2026")]
    pars += ["Kata. Kata.\" (Dia.) 10.000 x.", "a.) b", "a.\u2026 b", "a.! b"]
    for par in pars:
        assert [m.span() for m in _PERIOD_END.finditer(par)] == [m.span() for m in _END.finditer(par)], par


def _regions_by_class(par):
    """_quote_regions' reading of the marks, one at a time."""
    regions, open_at = [], None
    for m in _QUOTE_CHAR.finditer(par):
        if m.group() == "\u201c" or open_at is None and m.group() == '"':
            open_at = m.start()
        elif open_at is not None:
            regions.append((open_at, m.start()))
            open_at = None
    return regions


@pytest.mark.parametrize("seed", range(2))
def test_quote_regions_pair_the_marks_in_order(seed):
    rng = random.Random(seed)
    for _ in range(2000):
        par = "".join(rng.choice('ab "\u201c\u201d') for _ in range(rng.randint(0, 12)))
        assert _quote_regions(par) == _regions_by_class(par), repr(par)


@pytest.mark.parametrize("text", ["", "satu", "satu\ndua", "satu\n\ndua\n", "\n", "\n\nA. B.\n  kata X.\n"])
def test_paragraphs_are_the_lines_split_at_line_breaks_by_offset(text):
    spans = paragraphs(text)
    assert [text[a:b] for a, b in spans] == text.split("\n")
    assert all(b == len(text) or text[b] == "\n" for _, b in spans)
