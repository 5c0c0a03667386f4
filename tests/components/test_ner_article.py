"""Article-level checks on entity candidates, one row per Indonesian example."""

from __future__ import annotations

import pytest

from warta.components import ner_drops
from warta.components.ner_article import (
    split_known_prefixes,
    split_person_heads,
    split_person_tails,
    split_title_complements,
)
from warta.components.ner_drops import common_acronyms, drop_opening_word, drop_sentence_initial, drop_state_suffix
from warta.components.ner_rules import Cand

from .fakekb import FakeKB, Rec

KB = FakeKB(Rec("W:babel", "LOC", "Kepulauan Bangka Belitung", None, aliases=("Bangka Belitung",), acronyms=("Babel",)),
            Rec("W:ombudsman", "ORG", "Ombudsman Republik Indonesia", None, aliases=("Ombudsman",)),
            Rec("W:kalbar", "LOC", "Kalimantan Barat", None, aliases=("Kalbar",)),
            Rec("W:persib", "ORG", "Persib Bandung", None, aliases=("Persib",)),
            Rec("W:mandiri", "ORG", "Bank Mandiri", None), Rec("W:sampoerna", "ORG", "Sampoerna", None),
            Rec("W:honda", "ORG", "Honda", None), Rec("W:sido-muncul", "ORG", "Sido Muncul", None,
                                                       aliases=("Sidomuncul",)),
            Rec("Q212", "LOC", "Ukraina", "Q212"), Rec("W:pan", "ORG", "Partai Amanat Nasional", None,
                                                       acronyms=("PAN",)), Rec("W:sulsel", "LOC", "Sulawesi Selatan",
                                                                               None, aliases=("Sulsel",)))


def _cand(text: str, surface: str, kind: str, **kw) -> Cand:
    start = text.index(surface)
    return Cand(start, start + len(surface), kind, **kw)


def _texts(text, cands):
    return [(text[c.start:c.end], c.type) for c in cands]


@pytest.mark.parametrize("text,surface,kept", [
    ("Vonis itu dibacakan hakim. Hakim menilai vonis tersebut adil.", "Vonis", False),
    ("Sutrisno datang pagi. Ia membawa bantuan.", "Sutrisno", True),
])
def test_drop_sentence_initial_ordinary_words(text, surface, kept):
    cand = _cand(text, surface, "PER", initial=True)
    assert (drop_sentence_initial([cand], text) == [cand]) is kept


@pytest.mark.parametrize("text,surface,kind,title,expected", [
    ("kata Presiden Ukraina Volodymyr Zelenskiy.", "Ukraina Volodymyr Zelenskiy", "PER", "Presiden",
     [("Ukraina", "LOC"), ("Volodymyr Zelenskiy", "PER")]),
    ("rapat PAN Sulsel digelar.", "PAN Sulsel", "ORG", None, [("PAN", "ORG"), ("Sulsel", "LOC")]),
    ("kata Hendra Saputra kemarin.", "Hendra Saputra", "PER", None, [("Hendra Saputra", "PER")]),
    # a title's complement naming a body and its region, then a one-word name
    ("Kepala Ombudsman Kalbar Sumirah mengatakan.", "Ombudsman Kalbar Sumirah", "ORG", "Kepala",
     [("Ombudsman", "ORG"), ("Kalbar", "LOC"), ("Sumirah", "PER")]),
    # a company the KB knows, run into the person after the title, whoever the article calls him by
    ("Direktur Sidomuncul Irwan Hidayat hadir. Sidomuncul untung besar, ujar Hidayat.",
     "Sidomuncul Irwan Hidayat", "PER", "Direktur", [("Sidomuncul", "ORG"), ("Irwan Hidayat", "PER")]),
])
def test_split_known_prefixes(text, surface, kind, title, expected):
    cand = _cand(text, surface, kind, after_title=title is not None, title=title)
    assert _texts(text, split_known_prefixes([cand], text, KB)) == expected


@pytest.mark.parametrize("text,surface,expected", [
    ("Pelatih Timnas Indonesia Shin Tae-yong puas. Menurut Shin, timnya disiplin.", "Timnas Indonesia Shin Tae-yong",
     [("Timnas Indonesia", "ORG"), ("Shin Tae-yong", "PER")]),
    ("Pasukan Jaringan Nasional Advokasi Pekerja Rumah Tangga datang. Pekerja rumah tangga menunggu.",
     "Jaringan Nasional Advokasi Pekerja Rumah Tangga", [("Jaringan Nasional Advokasi Pekerja Rumah Tangga", "ORG")]),
    # an acronym met alone elsewhere starts no person's name
    ("Lewat PT Pilar Sinergi BUMN Nusantara saham dibeli. BUMN itu untung.", "PT Pilar Sinergi BUMN Nusantara",
     [("PT Pilar Sinergi BUMN Nusantara", "ORG")]),
])
def test_split_person_tails(text, surface, expected):
    assert _texts(text, split_person_tails([_cand(text, surface, "ORG")], text, KB)) == expected


@pytest.mark.parametrize("text,common", [
    ("Pemda menetapkan status kejadian luar biasa (KLB) demam berdarah dengue (DBD).", {"KLB", "DBD"}),
    ("Pemerintah akan memberlakukan bea masuk tindakan pengamanan (BMTP) atas baja.", {"BMTP"}),
    ("Kapal itu masih di dalam zona ekonomi eksklusif (ZEE) Indonesia.", {"ZEE"}),
    ("Kasus itu ditangani Komisi Pemberantasan Korupsi (KPK) sejak Mei.", set()),  # a name, capitalised
    ("Mereka bertemu di kantor (KPK) kemarin.", set()),                          # letters that spell nothing
    # glossed in English inside the bracket, the acronym after a slash
    ("Pungutan ekspor minyak sawit mentah (crude palm oil/CPO) naik.", {"CPO"}),
    ("Harga minyak sawit (bahan bakar/CPO) naik.", set()),                      # words that do not spell it
])
def test_common_acronyms_are_defined_by_lower_case_words(text, common):
    assert common_acronyms(text) == common


def test_a_person_begun_inside_the_organisation_before_it_starts_where_the_article_calls_them():
    text = "Direktur Perumda Air Minum Tirta Giri Nata Sofyan Satari mengatakan hal itu. \"Maaf,\" ujar Sofyan."
    org, per = _cand(text, "Perumda Air Minum", "ORG"), _cand(text, "Tirta Giri Nata Sofyan Satari", "PER")
    split_person_heads([org, per], text)
    assert (text[org.start:org.end], text[per.start:per.end]) == ("Perumda Air Minum Tirta Giri Nata", "Sofyan Satari")


@pytest.mark.parametrize("text,org,kept", [
    ("Anggota Bawaslu RI Lolly Suhenty meminta ASN netral.", "Bawaslu", False),   # whose body: no place
    ("Menteri Luar Negeri RI Sugiono tiba di Kairo.", None, True),                 # after a title: Indonesia
])
def test_ri_after_an_organisation_is_part_of_its_name(text, org, kept):
    cands = [_cand(text, "RI", "LOC")] + ([_cand(text, org, "ORG")] if org else [])
    assert any(text[c.start:c.end] == "RI" for c in drop_state_suffix(cands, text)) == kept


@pytest.mark.parametrize("text,surface,expected", [
    # a one-word company the article names alone, ran into its officer after the title
    ("CEO Halopasar Reza Nasution hadir. Laba naik sejak Halopasar berdiri, ujar Reza.",
     "Halopasar Reza Nasution", [("Halopasar", "ORG"), ("Reza Nasution", "PER")]),
    # a first name the article never writes alone stays with the person
    ("Menteri Keuangan Sri Mulyani Indrawati hadir. Kata Sri Mulyani, defisit aman.",
     "Sri Mulyani Indrawati", [("Sri Mulyani Indrawati", "PER")]),
])
def test_split_title_complements(text, surface, expected):
    cand = _cand(text, surface, "PER", after_title=True, source="crf")
    assert _texts(text, split_title_complements([cand], text, KB)) == expected


def test_split_known_prefixes_drops_a_part_another_candidate_covers():
    text = "Anggota Komisi X DPR RI mendesak kementerian."
    kb = FakeKB(Rec("W:komisi-x", "ORG", "Komisi X", None), Rec("W:dpr", "ORG", "Dewan Perwakilan Rakyat", None,
                                                                 acronyms=("DPR", "DPR RI")))
    cands = [_cand(text, "Komisi X DPR", "ORG"), _cand(text, "DPR RI", "ORG")]
    assert _texts(text, split_known_prefixes(cands, text, kb)) == [("Komisi X", "ORG"), ("DPR RI", "ORG")]


@pytest.mark.parametrize("text,surface,kind,expected", [
    # an ordinary word opening the sentence before a name the KB knows
    ("Persib unggul. Saham Persib naik.", "Saham Persib", "ORG", [("Persib", "ORG")]),
    ("Persib unggul. Laga Persib ditunda.", "Laga Persib", "PER", [("Persib", "ORG")]),  # nobody is "Laga Persib"
    # a head word or a title stays, and so does a name the KB knows whole
    ("Dana naik. Bank Mandiri untung.", "Bank Mandiri", "ORG", [("Bank Mandiri", "ORG")]),
    # not opening a sentence: left to the other rules
    ("Kemarin laga Saham Persib ditunda.", "Saham Persib", "ORG", [("Saham Persib", "ORG")]),
    # a name word before a surname that is also a company's name is no ordinary word
    ("Putera Sampoerna menghadiri acara itu.", "Putera Sampoerna", "PER", [("Putera Sampoerna", "PER")]),
    ("Timnas kalah. Keisuke Honda kembali melatih.", "Keisuke Honda", "PER", [("Keisuke Honda", "PER")]),
])
def test_drop_opening_word(text, surface, kind, expected):
    cands = drop_opening_word([_cand(text, surface, kind, source="crf")], text, KB)
    assert _texts(text, cands) == expected


@pytest.mark.parametrize("before,words", [
    ("kata pemain asal Denmark ", ["pemain", "asal", "denmark"]),  # three at most
    ("Ia berkata, warga negara ", ["warga", "negara"]),  # none across punctuation
    ("pemain\nbulu-tangkis ", ["pemain", "bulu-tangkis"]),  # a line feed is a space; "-" joins a word
    ("warga negara", []),  # no space right before the offset
    ("", []),
])
def test_words_before(before, words):
    text = before + "Indonesia"
    assert ner_drops._words_before(text, len(before)) == words
