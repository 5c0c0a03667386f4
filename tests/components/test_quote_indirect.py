"""Reported speech: more than one statement in a sentence, colloquial speech verbs, verbless complements."""

import pytest

from .quote_builders import quotes_of, the_quote


def test_two_statements_in_one_sentence_split_at_the_clause_link():
    text = ("Presiden Prabowo menyatakan pemerintah akan membangun tiga juta rumah, sementara Menteri PUPR Dody "
            "mengatakan anggarannya belum tersedia.")
    quotes = quotes_of(text, "Prabowo:PER; Dody:PER")
    assert [(q.speaker.name, q.content) for q in quotes] == [
        ("Prabowo", "pemerintah akan membangun tiga juta rumah"), ("Dody", "anggarannya belum tersedia")]


@pytest.mark.parametrize("text, ents, speaker, cue, head", [
    # colloquial speech verbs in their base form
    ("Sutini (52), pedagang sayur di Pasar Gede, bilang harga cabai sudah naik dua kali lipat.", "Sutini:PER",
     "Sutini", "bilang", "harga cabai"),
    ("Ketua RT 03 Sutarno bilang, air baru surut menjelang subuh.", "Sutarno:PER", "Sutarno", "bilang", "air baru"),
    ("Parman, warga Desa Sukamaju, ngomong kalau air sumur sudah kering sejak Juli.", "Parman:PER",
     "Parman", "ngomong", "kalau air sumur"),
    ("Pak Darto bercerita, rumahnya roboh diterjang angin pada malam hari.", "Darto:PER",
     "Darto", "bercerita", "rumahnya roboh"),
    # a complement with no verb of its own is a statement
    ("Kepala Dinas Pendidikan Jawa Timur Aries Agung Paewai menyebut 200 sekolah rusak akibat gempa.",
     "Aries Agung Paewai:PER", "Aries Agung Paewai", "menyebut", "200 sekolah rusak"),
    ("Ketua Bawaslu Rahmat Bagja menyebut sebagian besar laporan berasal dari Jawa Barat.", "Rahmat Bagja:PER",
     "Rahmat Bagja", "menyebut", "sebagian besar laporan"),
    ("Direktur RSUD Cibinong Wahyu Eko mengungkapkan kondisi kedua korban itu stabil.", "Wahyu Eko:PER",
     "Wahyu Eko", "mengungkapkan", "kondisi kedua korban"),
    ("Pengamat politik Dedi Kurnia Syah menilai pernyataan itu blunder.", "Dedi Kurnia Syah:PER",
     "Dedi Kurnia Syah", "menilai", "pernyataan itu blunder"),
])
def test_colloquial_verbs_and_verbless_clauses_are_statements(text, ents, speaker, cue, head):
    q = the_quote(quotes_of(text, ents), head)
    assert (q.kind, q.speaker.name, q.cue.text) == ("indirect", speaker, cue)


@pytest.mark.parametrize("text", [
    "Kapolres Bogor Rio Wahyu membantah tuduhan itu kepada wartawan.",
    "Kapolres Bogor Rio Wahyu menyebut nama tiga tersangka.",
    "Menteri itu menyatakan dukungan penuh kepada tim nasional.",
    "Bupati mengatakan hal itu kepada wartawan di pendopo.",
    "Budi Santoso menulis cerita anak yang terbit tahun lalu.",
])
def test_a_noun_object_after_a_weak_verb_is_no_statement(text):
    assert quotes_of(text) == []
