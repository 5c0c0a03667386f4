"""A namesake is not linked to the famous person (linking._namesake): when the article calls its person a local
official or a private person (entities.yaml namesake_offices, namesake_standings), or gives an age in brackets,
and the KB record of that name holds other offices, the person keeps the entity and its title but gets no KB id.
A title naming the record's office keeps the link. The KB warta ships, one row per Indonesian example."""

from __future__ import annotations

import pytest

from warta.components.entities import find_entities
from warta.components.linking import _description_before, _private_standing
from warta.components.segment import split_sentences, tokenize
from warta.kb import knowledge_base
from warta.lang.id import load


def person(text: str, name: str):
    kb = knowledge_base()
    sentences = split_sentences(text)
    (found,) = [e for e in find_entities(text, sentences, tokenize(text, sentences), kb=kb)
                if e.type == "PER" and e.name == name]
    return found


@pytest.mark.parametrize("text,name,title", [
    ("Kepala Desa Sukamaju Sri Mulyani Indrawati mengatakan warga sudah menerima bantuan.",
     "Sri Mulyani Indrawati", "Kepala Desa Sukamaju"),
    ("Lurah Budi Gunadi Sadikin mengatakan posyandu buka setiap Senin.", "Budi Gunadi Sadikin", "Lurah"),
    ("Camat Cisarua Airlangga Hartarto mengatakan jalan desa rusak parah.", "Airlangga Hartarto", "Camat Cisarua"),
    ("Ketua RT 05 Prabowo Subianto mengatakan warga sudah menerima bantuan.", "Prabowo Subianto", None),
    ("Kata Ketua RW 03 Anies Baswedan, warga sudah menerima bantuan sembako.", "Anies Baswedan", None),
    ("Menurut warga Desa Sukamaju, Prabowo Subianto (45), banjir datang malam hari.", "Prabowo Subianto", None),
    ("Hal itu dikatakan petani asal Klaten, Anies Baswedan, kepada wartawan.", "Anies Baswedan", None),
    ("Siswa SMA Negeri 1 Bantul Anies Baswedan mengatakan ujian berjalan lancar.", "Anies Baswedan", None),
    ("Airlangga Hartarto (52) mengaku rumahnya terendam banjir setinggi lutut.", "Airlangga Hartarto", None),
    ("Budi Gunadi Sadikin (38 tahun) ditemukan selamat oleh tim SAR.", "Budi Gunadi Sadikin", None),
    ("Anies Baswedan, warga Kampung Rawa, mengaku kebanjiran sejak pagi.", "Anies Baswedan", None),
    ("Retno Marsudi, pedagang sayur di Pasar Kramat, mengeluhkan harga cabai.", "Retno Marsudi", None),
    ("Seorang pria bernama Airlangga Hartarto, warga Desa Cibodas, dilaporkan hilang.", "Airlangga Hartarto", None),
])
def test_a_namesake_described_otherwise_is_not_linked(text, name, title):
    found = person(text, name)
    assert found.kb is None
    if title is not None:
        assert found.titles == [title]  # the person keeps the title the article gives


@pytest.mark.parametrize("text,name", [
    ("Menteri Keuangan Sri Mulyani Indrawati mengatakan defisit terkendali.", "Sri Mulyani Indrawati"),
    ("Menkeu Sri Mulyani mengatakan defisit terkendali.", "Sri Mulyani"),
    ("Presiden Prabowo meresmikan bendungan itu.", "Prabowo"),
    ("Mantan Presiden Joko Widodo menghadiri acara itu.", "Joko Widodo"),
    ("Gubernur DKI Jakarta Anies Baswedan meresmikan taman kota.", "Anies Baswedan"),
    ("Airlangga Hartarto menghadiri rapat di Istana.", "Airlangga Hartarto"),
    # a title naming the record's office outweighs an age in brackets
    ("Presiden Prabowo Subianto (73) menerima tamu negara di Istana.", "Prabowo Subianto"),
    # the village's residents are not the minister's description
    ("Di depan warga Desa Sukamaju, Menteri Kesehatan Budi Gunadi Sadikin meresmikan puskesmas.",
     "Budi Gunadi Sadikin"),
    # a comma after "menurut" or "kata" and the name opens what the person says
    ("Menurut Anies Baswedan, warga Jakarta perlu menghemat air.", "Anies Baswedan"),
    ("Kata Airlangga Hartarto, petani tidak perlu khawatir soal pupuk.", "Airlangga Hartarto"),
    # a candidate's number in brackets is no age; a headline's capitals above the name describe no one
    ("Pasangan nomor urut Anies Baswedan (1) dan Prabowo Subianto (2) berdebat semalam.", "Prabowo Subianto"),
    ("Warga Keluhkan Banjir\n\nAnies Baswedan meninjau tanggul yang jebol.", "Anies Baswedan"),
    # a KB person with no roles: nothing to contradict
    ("Burhanuddin Muhtadi, warga Ciputat, mengatakan survei itu valid.", "Burhanuddin Muhtadi"),
])
def test_a_person_with_a_compatible_description_stays_linked(text, name):
    assert person(text, name).kb is not None


@pytest.mark.parametrize("entry", [*load("entities")["namesake_offices"], *load("entities")["namesake_standings"]])
def test_each_office_and_standing_describes_a_namesake(entry):
    # as a title, and as the description written before a name ("<entry> Sukamaju Andi")
    assert _private_standing(tuple(entry.split()))
    text = f"Kata {entry} Sukamaju Andi"
    assert _description_before(text, text.index("Andi"))[:len(entry.split())] == tuple(entry.split())


@pytest.mark.parametrize("before", [
    "Di hadapan para petani, ",          # no complement after the comma: no apposition
    "Kata Presiden ",                    # a national title
    "Para petani menyambut Presiden ",   # the standing describes others, a title comes between
    "Ketua Serikat Petani Indonesia ",   # a standing inside an organisation's name
    "Ribuan petani asal Klaten, ",       # a crowd, not the person named after it
    "Sebanyak 200 siswa SMA 1 Jakarta, ",
    "Para warga Desa Sukamaju, ",
])
def test_words_that_describe_no_namesake(before):
    text = before + "Andi"
    assert _description_before(text, text.index("Andi")) == ()
