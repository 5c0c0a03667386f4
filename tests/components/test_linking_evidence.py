"""A person links to the KB's record of that name only when the article gives evidence (linking.person_evidence):
a title the record holds, or a name few people carry. The KB warta ships, one row per Indonesian example."""

from __future__ import annotations

import pytest

from warta.components.entities import find_entities
from warta.components.linking import _names_office, public_id
from warta.components.segment import split_sentences, tokenize
from warta.kb import knowledge_base


def person_link(text: str, name: str) -> str | None:
    kb = knowledge_base()
    sentences = split_sentences(text)
    (person,) = [e for e in find_entities(text, sentences, tokenize(text, sentences), kb=kb)
                 if e.type == "PER" and e.name == name]
    return person.kb


def kb_id(name: str) -> str:
    kb = knowledge_base()
    (record,) = [r for r in kb.lookup(name) if r.type == "PER"]
    return public_id(kb, record.id)


@pytest.mark.parametrize("text,name,linked", [
    # a common name: the same name with and without a title the record holds
    ("Menteri Perdagangan Budi Santoso mengatakan harga beras stabil.", "Budi Santoso", True),
    ("Mendag Budi Santoso mengatakan harga beras stabil.", "Budi Santoso", True),
    ("Kepala Desa Sukamaju, Budi Santoso, mengatakan warga sudah mengungsi.", "Budi Santoso", False),
    ("Budi Santoso, warga Desa Sukamaju, mengaku rumahnya terendam.", "Budi Santoso", False),
    # a title that belongs to another record (the finance minister's) is no evidence for the trade minister
    ("Menteri Keuangan Budi Santoso mengatakan defisit terkendali.", "Budi Santoso", False),
    # a name carried alone, common in Java, with and without the office
    ("Menlu Sugiono bertemu mitranya di Jakarta.", "Sugiono", True),
    ("Sugiono, warga Desa Sukamaju, mengaku rugi.", "Sugiono", False),
    ("Kepala BNPB Suharyanto meninjau lokasi longsor.", "Suharyanto", True),
    # famous foreign leaders and a name few people carry, by the name alone
    ("Vladimir Putin mengatakan Rusia siap berunding.", "Vladimir Putin", True),
    ("Kim Jong Un meninjau uji coba rudal.", "Kim Jong Un", True),
    ("Airlangga Hartarto menghadiri rapat di Istana.", "Airlangga Hartarto", True),
    # the nickname the KB lists says who a common full name is; the full name alone does not
    ("Jokowi meresmikan bendungan itu.", "Jokowi", True),
    ("Joko Widodo (Jokowi) meresmikan bendungan itu.", "Joko Widodo", True),
    ("Presiden Joko Widodo meresmikan bendungan itu.", "Joko Widodo", True),
    ("Joko Widodo meresmikan bendungan itu.", "Joko Widodo", False),
    # a Pope's name that many Catholics carry: his title says it is him
    ("Paus Fransiskus menyerukan gencatan senjata.", "Fransiskus", True),
    ("Fransiskus menolak rencana gugatan ganti rugi itu.", "Fransiskus", False),
    # a short title the record's office is written out from (entities.yaml title_abbreviations)
    ("PM Malaysia Anwar Ibrahim tiba di Jakarta untuk kunjungan dua hari.", "Anwar Ibrahim", True),
    ("Anwar Ibrahim, pedagang sayur di Pasar Kramat, mengeluhkan harga cabai.", "Anwar Ibrahim", False),
    ("Mensesneg Prasetyo Hadi menyampaikan jadwal pelantikan kepada wartawan.", "Prasetyo Hadi", True),
    ("Prasetyo Hadi menyampaikan jadwal pelantikan kepada wartawan.", "Prasetyo Hadi", False),
    ("Wamentan Sudaryono meninjau panen padi di Karawang.", "Sudaryono", True),
    ("Pedagang Sudaryono menyampaikan keluhannya kepada wartawan.", "Sudaryono", False),
    # a two-word short name the KB lists for the record, with no title and no private person's apposition
    ("Sri Mulyani menyebut penerimaan pajak tahun ini melampaui target.", "Sri Mulyani", True),
    ("Menkeu Sri Mulyani menyebut pajak naik. Menurut Sri Mulyani, belanja tetap dijaga.", "Sri Mulyani", True),
    ("Bidan Sri Mulyani meminta warga membawa balita ke posyandu.", "Sri Mulyani", False),
    ("Sri Mulyani, warga Desa Sukamaju, mengaku rumahnya terendam.", "Sri Mulyani", False),
    ("Sri Mulyani, pedagang sayur di Pasar Kramat, mengeluhkan harga cabai.", "Sri Mulyani", False),
])
def test_a_person_links_only_with_evidence(text, name, linked):
    expected = kb_id(name) if linked else None
    assert person_link(text, name) == expected


@pytest.mark.parametrize("title,office,body,expected", [
    ("Menteri Perdagangan", "Menteri Perdagangan", "Kementerian Perdagangan", True),
    ("Kapolri Jenderal", "Kapolri", "Polri", True),                 # a rank after the title
    ("Presiden", "Presiden Rusia", "Rusia", True),                  # the title's first word alone
    ("Kepala BNPB", "Kepala Badan Nasional Penanggulangan Bencana", "BNPB", True),   # the body by another name
    ("Ketua Umum PAN", "Ketua Umum", "Partai Amanat Nasional", True),
    ("Menteri ESDM", "Menteri Energi dan Sumber Daya Mineral", "Kementerian ESDM", True),  # office word's body
    ("Menlu", "Menteri Luar Negeri", "Kementerian Luar Negeri", True),                     # from "Kemenlu"
    ("Juru bicara BNPB", "Kepala Badan Nasional Penanggulangan Bencana", "BNPB", False),  # another office there
    ("Kepala Pusat Data BNPB", "Kepala Badan Nasional Penanggulangan Bencana", "BNPB", False),
    ("Wakil Presiden", "Presiden", "Indonesia", False),
    ("Wakil Menteri Perdagangan", "Menteri Perdagangan", "Kementerian Perdagangan", False),
    ("Ketua RT", "Ketua Umum", "Partai Amanat Nasional", False),
    ("Ketua Umum PSSI", "Ketua Umum", "Partai Amanat Nasional", False),   # the same office of another body
    ("Menteri Perdagangan Rusia", "Menteri Perdagangan", "Kementerian Perdagangan", False),
    ("Presiden Direktur", "Presiden", "Indonesia", False),
    # short titles written out on both sides (entities.yaml title_abbreviations)
    ("PM Malaysia", "Perdana Menteri Malaysia", "Malaysia", True),
    ("PM Jepang", "Perdana Menteri Malaysia", "Malaysia", False),
    ("Mensesneg", "Menteri Sekretaris Negara", "Kementerian Sekretariat Negara", True),
    ("Wamentan", "Wakil Menteri Pertanian", "Kementerian Pertanian", True),    # "wa": the deputy
    ("Wamentan", "Menteri Pertanian", "Kementerian Pertanian", False),
    ("Mentan", "Wakil Menteri Pertanian", "Kementerian Pertanian", False),
    ("Menlu Jepang", "Menteri Luar Negeri Jepang", "Jepang", True),
    ("Mendagri", "Menteri Dalam Negeri", "Kementerian Dalam Negeri", True),
    ("Kepala Kepolisian Negara Republik Indonesia", "Kapolri", "Polri", True),
    ("Wakapolri", "Kapolri", "Polri", False),
    ("Panglima TNI", "Panglima Tentara Nasional Indonesia", "TNI", True),
    ("Panglima Kodam", "Panglima TNI", "TNI", False),
])
def test_a_title_names_an_office(title, office, body, expected):
    kb = knowledge_base()
    role = {"title": office, "of": kb.lookup(body)[0].id}
    assert _names_office(title.casefold().split(), role, kb) == expected
