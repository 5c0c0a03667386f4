"""Who does an act to whom and whether it is one: recommendations, promises that lure, places in the content."""

import re

import pytest

from warta.article import Article, Entity, Mention, Meta, Time
from warta.components.events import code_events
from warta.components.segment import split_sentences


def _article(text, entities, published="2026-03-10", times=()):
    """An article over ``text`` with the named ``entities`` (name -> type) it holds and ``times`` ((text, value))."""
    found = []
    for name, type_ in entities.items():
        spans = [(m.start(), m.end()) for m in re.finditer(rf"\b{re.escape(name)}\b", text)]
        if spans:
            found.append(Entity(id=f"e{len(found) + 1}", name=name, type=type_,
                                mentions=[Mention(text=name, start=s, end=e) for s, e in spans]))
    article = Article(id="t", text=text, meta=Meta(published=published), sentences=split_sentences(text),
                      entities=found)
    for i, (t, value) in enumerate(times):
        s = text.index(t)
        article.times.append(Time(id=f"t{i + 1}", text=t, start=s, end=s + len(t), value=value))
    return article


def _rows(article):
    names = {e.id: e.name for e in article.entities}
    return [(v.type, names.get(v.actor), names.get(v.target)) for v in code_events(article)]


@pytest.mark.parametrize("text, entities, actor, target", [
    ("KPK memberikan rekomendasi kepada Kementan agar memperbaiki tata kelola pupuk bersubsidi.",
     {"KPK": "ORG", "Kementan": "ORG"}, "KPK", "Kementan"),
    ("Ombudsman memberi rekomendasi kepada Pemprov Banten supaya membatalkan pungutan sekolah.",
     {"Ombudsman": "ORG", "Pemprov Banten": "ORG"}, "Ombudsman", "Pemprov Banten"),
    ("BPK menyampaikan rekomendasi kepada PT Pelindo agar menagih piutang dari mitra usahanya.",
     {"BPK": "ORG", "PT Pelindo": "ORG"}, "BPK", "PT Pelindo"),
    ("Komnas HAM mengeluarkan rekomendasi kepada Polda Papua agar mengusut penembakan itu.",
     {"Komnas HAM": "ORG", "Polda Papua": "ORG"}, "Komnas HAM", "Polda Papua"),
])
def test_a_recommendation_given_to_a_party_is_its_giver_s_request_to_that_party(text, entities, actor, target):
    assert ("REQUEST", actor, target) in _rows(_article(text, entities))


@pytest.mark.parametrize("text, entities, actor, target", [
    # a party after a preposition of recipient is no doer of the noun before it
    ("Rekomendasi kepada Kementan agar memperbaiki tata kelola pupuk disampaikan pekan ini.",
     {"Kementan": "ORG"}, None, "Kementan"),
    ("Kecaman terhadap Israel terus berdatangan.", {"Israel": "LOC"}, None, "Israel"),
])
def test_a_party_after_kepada_or_terhadap_is_the_recipient_of_a_noun(text, entities, actor, target):
    rows = _rows(_article(text, entities))
    assert [r[1:] for r in rows] == [(actor, target)]


@pytest.mark.parametrize("text, entities", [
    # recruitment fraud: the doer arrested before
    ("Polda Sumut menangkap Paris Hutagalung di Medan. Ia menjanjikan korban bekerja di Lyon, Prancis.",
     {"Polda Sumut": "ORG", "Paris Hutagalung": "PER", "Medan": "LOC", "Lyon": "LOC", "Prancis": "LOC"}),
    # investment fraud: the modus named
    ("Modusnya, tersangka menjanjikan imbal hasil 8 persen per bulan bagi nasabah Koperasi Sejahtera.",
     {"Koperasi Sejahtera": "ORG"}),
    ("Kejari Bogor mendakwa Rudi Hartono. Rudi menjanjikan para pendaftar kursi di sekolah kedinasan.",
     {"Kejari Bogor": "ORG", "Rudi Hartono": "PER", "Rudi": "PER"}),
])
def test_a_promise_that_lures_the_victims_of_a_fraud_is_no_agreement(text, entities):
    assert "AGREE" not in [r[0] for r in _rows(_article(text, entities))]


@pytest.mark.parametrize("text, entities, actor", [
    ("Bupati Demak Eisti'anah menjanjikan korban banjir rumah baru.", {"Eisti'anah": "PER"}, "Eisti'anah"),
    ("Pemprov Jateng menjanjikan bantuan bagi petani yang gagal panen.", {"Pemprov Jateng": "ORG"}, "Pemprov Jateng"),
])
def test_a_promise_to_people_in_need_stays_an_agreement(text, entities, actor):
    assert ("AGREE", actor, None) in _rows(_article(text, entities))


@pytest.mark.parametrize("text, entities, type_, actor", [
    ("Ia menjanjikan para pekerja gaji tinggi di Osaka, Jepang. Andi Wijaya menjanjikan itu kemarin.",
     {"Osaka": "LOC", "Jepang": "LOC", "Andi Wijaya": "PER"}, "AGREE", None),
    ("Perusahaan itu mengirim tenaga kerja ke pabrik di Kairo, Mesir, bulan lalu. Menaker Ida mendesak perusahaan "
     "memulangkan pekerja yang tinggal di Dubai, Uni Emirat Arab.",
     {"Kairo": "LOC", "Mesir": "LOC", "Ida": "PER", "Dubai": "LOC", "Uni Emirat Arab": "LOC"}, "REQUEST", "Ida"),
])
def test_a_country_after_a_place_it_locates_is_no_recipient(text, entities, type_, actor):
    found = [r for r in _rows(_article(text, entities)) if r[0] == type_]
    assert found and all(r[2] is None for r in found)
