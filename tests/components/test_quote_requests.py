"""Reported requests: the conjunction that opens a request right after the speech verb ("berpesan agar ...",
"meminta supaya ...", "mengimbau untuk tetap ...") is no part of its content, as "bahwa" is not; after an addressee
the content keeps both ("mengimbau masyarakat agar ...", as the dev gold annotates)."""

import pytest

from warta.components.quote_lexicon import lexicon
from warta.lang.id import load

from .quote_builders import quotes_of, the_quote


@pytest.mark.parametrize("text, ents, speaker, cue, content", [
    ("Ketua MUI Jawa Barat Rahmat Syafei berpesan agar warga menjaga kerukunan selama Ramadan.",
     "Rahmat Syafei:PER", "Rahmat Syafei", "berpesan", "warga menjaga kerukunan selama Ramadan"),
    ("Bupati Klaten Sri Mulyani meminta supaya pedagang tidak menaikkan harga menjelang Lebaran.",
     "Sri Mulyani:PER", "Sri Mulyani", "meminta", "pedagang tidak menaikkan harga menjelang Lebaran"),
    ("Kepala BPBD Sleman Makwan mengimbau agar warga di lereng Merapi tetap waspada.",
     "Makwan:PER", "Makwan", "mengimbau", "warga di lereng Merapi tetap waspada"),
    ("Gubernur Bali Wayan Koster mendesak agar pemerintah pusat menambah kuota pupuk.",
     "Wayan Koster:PER", "Wayan Koster", "mendesak", "pemerintah pusat menambah kuota pupuk"),
    ("Kapolda Jawa Timur Imam Sugianto menginstruksikan supaya seluruh jajaran siaga di jalur mudik.",
     "Imam Sugianto:PER", "Imam Sugianto", "menginstruksikan", "seluruh jajaran siaga di jalur mudik"),
    ("Dokter anak Piprim Basarah menyarankan agar orang tua membatasi waktu bermain gawai.",
     "Piprim Basarah:PER", "Piprim Basarah", "menyarankan", "orang tua membatasi waktu bermain gawai"),
    # "untuk" opens the content of a request verb when a verb follows it
    ("Ketua KPU Kota Makassar Yasir Arafat mengingatkan untuk tidak memasang alat peraga di pohon.",
     "Yasir Arafat:PER", "Yasir Arafat", "mengingatkan", "tidak memasang alat peraga di pohon"),
    ("Kapolres Bantul Michael Tamba mengimbau untuk tetap tenang dan tidak terpancing isu.",
     "Michael Tamba:PER", "Michael Tamba", "mengimbau", "tetap tenang dan tidak terpancing isu"),
    # a request verb's request may run on after a comma
    ("Wali Kota Bandung Muhammad Farhan meminta agar warga tenang, tidak panik, dan tetap waspada.",
     "Muhammad Farhan:PER", "Muhammad Farhan", "meminta", "warga tenang, tidak panik, dan tetap waspada"),
    # "agar" reports a request after any speech verb
    ("Rektor UGM Ova Emilia mengatakan agar mahasiswa baru segera mendaftar ulang.",
     "Ova Emilia:PER", "Ova Emilia", "mengatakan", "mahasiswa baru segera mendaftar ulang"),
    # after a circumstance closed by a comma the conjunction still opens the content
    ("Kapolres Garut Rohman Yonky meminta kepada warga, agar tidak menyalakan petasan saat takbiran.",
     "Rohman Yonky:PER", "Rohman Yonky", "meminta", "tidak menyalakan petasan saat takbiran"),
])
def test_a_reported_request_starts_after_its_conjunction(text, ents, speaker, cue, content):
    q = the_quote(quotes_of(text, ents), content)
    assert (q.kind, q.speaker.name, q.cue.text, q.content) == ("indirect", speaker, cue, content)


@pytest.mark.parametrize("text, ents, content", [
    # an addressee before the conjunction keeps both in the content, as the dev gold does
    ("Wali Kota Semarang Agustina Wilujeng meminta kepada camat agar memantau harga bahan pokok.",
     "Agustina Wilujeng:PER", "kepada camat agar memantau harga bahan pokok"),
    ("Menteri Agama Nasaruddin Umar mengimbau masyarakat supaya tidak mudah percaya kabar bohong.",
     "Nasaruddin Umar:PER", "masyarakat supaya tidak mudah percaya kabar bohong"),
    ("Ketua PSSI Erick Thohir mengajak suporter untuk menjaga ketertiban di stadion.",
     "Erick Thohir:PER", "suporter untuk menjaga ketertiban di stadion"),
    # "agar" inside a content that started earlier stays in it
    ("Kapolsek Depok Barat Suwarno mengatakan bahwa warga diminta agar tetap tenang.",
     "Suwarno:PER", "warga diminta agar tetap tenang"),
    ("Kapolsek Depok Barat Suwarno mengatakan warga diminta agar tetap tenang.",
     "Suwarno:PER", "warga diminta agar tetap tenang"),
    # a fronted purpose closed by a comma is part of the content
    ("Kepala Dinas PUPR Medan Topan Ginting menjelaskan, agar banjir tidak terulang, pihaknya akan mengeruk sungai.",
     "Topan Ginting:PER", "agar banjir tidak terulang, pihaknya akan mengeruk sungai"),
    ("Kapolres Bogor Rio Wahyu mengimbau, untuk menghindari kemacetan, pengendara melewati jalur alternatif.",
     "Rio Wahyu:PER", "untuk menghindari kemacetan, pengendara melewati jalur alternatif"),
    # "untuk" before a time, or after a verb that reports no request, is part of the content
    ("Kapolres Bogor Rio Wahyu mengimbau untuk sementara warga tidak melintasi jembatan itu.",
     "Rio Wahyu:PER", "untuk sementara warga tidak melintasi jembatan itu"),
    ("Desainer Anne Avantie menjelaskan, untuk urusan gaya yang paling utama adalah kenyamanan.",
     "Anne Avantie:PER", "untuk urusan gaya yang paling utama adalah kenyamanan"),
])
def test_a_conjunction_after_an_addressee_or_inside_the_content_stays(text, ents, content):
    q = the_quote(quotes_of(text, ents), content)
    assert q.content == content


def test_request_words_are_known_speech_verbs_and_conjunctions():
    lex, data = lexicon(), load("speech")
    verbs = {*data["verbs"]["strong"], *data["verbs"]["weak"]}
    assert lex.request_verbs <= verbs
    assert not lex.request_marks & lex.infinitive_marks
    assert lex.request_marks <= lex.clause_words  # a weak request verb takes "agar ..." as a clause
