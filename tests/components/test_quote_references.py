"""Back-references to speakers: a nickname given with "akrab disapa" used later as the speaker's name, groups
counted in tens or hundreds ("Ratusan warga ...") as what "mereka" refers to, and the first sentence's subject
after the dateline."""

import pytest

from warta.components.quotes import extract_quotes
from warta.components.segment import split_sentences

from .quote_builders import entities, quotes_of, the_quote


@pytest.mark.parametrize("text, ents, head, speaker", [
    ("Wali Kota Semarang Hevearita Gunaryanti Rahayu meninjau pasar. Menurut perempuan yang akrab disapa Mbak Ita "
     'itu, kompensasi masih dihitung.\n"Kami pastikan tidak ada warga yang dirugikan," ujar Ita.',
     "Hevearita Gunaryanti Rahayu:PER; Ita:PER; Semarang:LOC", "Kami pastikan", "Hevearita Gunaryanti Rahayu"),
    ("Ketua DPRD Jawa Tengah Sumanto atau yang akrab disapa Kang Manto mengatakan anggaran sudah disetujui.\n"
     '"Tinggal menunggu evaluasi gubernur," kata Manto.',
     "Sumanto:PER; Manto:PER; Jawa Tengah:LOC", "Tinggal menunggu", "Sumanto"),
])
def test_nickname_given_in_a_statement_names_the_same_speaker_later(text, ents, head, speaker):
    assert the_quote(quotes_of(text, ents), head).speaker.name == speaker


@pytest.mark.parametrize("text, head, speaker", [
    ("Ratusan warga Kampung Tambakrejo menolak rencana relokasi. Mereka menilai lokasi rusun terlalu jauh.",
     "lokasi rusun", "ratusan warga Kampung Tambakrejo"),
    ("Puluhan pedagang Pasar Johar berunjuk rasa di depan balai kota. Mereka meminta retribusi tidak dinaikkan.",
     "retribusi tidak", "puluhan pedagang Pasar Johar"),
])
def test_mereka_refers_to_a_counted_group(text, head, speaker):
    assert the_quote(quotes_of(text), head).speaker.name == speaker


@pytest.mark.parametrize("text", [
    "Kompas.com, SEMARANG - Warga Kampung Tambakrejo menolak relokasi. Mereka mengatakan rusun terlalu jauh.",
    "SEMARANG, KOMPAS.com - Warga Kampung Tambakrejo menolak relokasi. Mereka mengatakan rusun terlalu jauh.",
])
def test_subject_of_the_first_sentence_starts_after_the_dateline(text):
    skip = text.index(" - ") + 3
    quotes = extract_quotes(text, split_sentences(text), entities(text, ""), skip_until=skip)
    assert the_quote(quotes, "rusun terlalu").speaker.name == "warga Kampung Tambakrejo"


@pytest.mark.parametrize("text, ents, head, speaker", [
    ("Ratusan mahasiswa yang tergabung dalam Aliansi Mahasiswa Peduli Pendidikan berunjuk rasa di depan gedung DPRD. "
     "Mereka meminta uang kuliah tunggal diturunkan.", "Aliansi Mahasiswa Peduli Pendidikan:ORG; DPRD:ORG",
     "uang kuliah", "Aliansi Mahasiswa Peduli Pendidikan"),
    ('"Kami hanya ingin didengar," kata puluhan buruh yang tergabung dalam Serikat Pekerja Tekstil Bandung.',
     "Serikat Pekerja Tekstil Bandung:ORG", "Kami hanya", "Serikat Pekerja Tekstil Bandung"),
])
def test_group_that_belongs_to_a_body_speaks_for_it(text, ents, head, speaker):
    assert the_quote(quotes_of(text, ents), head).speaker.name == speaker


@pytest.mark.parametrize("text, ents, head, speaker", [
    ("Kedutaan Besar Jepang di Jakarta mengeluarkan imbauan perjalanan. Dalam keterangannya, kedutaan menyatakan "
     "warga Jepang diminta menghindari lokasi unjuk rasa.", "Kedutaan Besar Jepang:ORG; Jakarta:LOC",
     "warga Jepang", "Kedutaan Besar Jepang"),
    ("Yayasan Lembaga Konsumen Indonesia menerima 300 aduan. Dalam laporannya, yayasan mengatakan sebagian besar "
     "aduan soal pinjaman daring.", "Yayasan Lembaga Konsumen Indonesia:ORG", "sebagian besar",
     "Yayasan Lembaga Konsumen Indonesia"),
    ("Ratusan pekerja PT Kahatex berunjuk rasa di depan pabrik. Dalam keterangan tertulis, perusahaan mengakui gaji "
     "bulan Mei terlambat dibayarkan.", "PT Kahatex:ORG", "gaji bulan", "PT Kahatex"),
])
def test_bare_noun_stands_for_the_body_whose_name_it_starts(text, ents, head, speaker):
    assert the_quote(quotes_of(text, ents), head).speaker.name == speaker
