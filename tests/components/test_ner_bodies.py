"""Names that stand for another body the article names, one row per Indonesian example."""

from __future__ import annotations

import pytest

from warta.components.ner_bodies import (
    acronyms_with_their_region,
    branches_by_region,
    lone_offices,
    offices_in_regions,
)
from warta.components.ner_rules import Cand

from .fakekb import FakeKB, Rec

KB = FakeKB(Rec("W:babel", "LOC", "Kepulauan Bangka Belitung", None, aliases=("Bangka Belitung",), acronyms=("Babel",)),
            Rec("W:ombudsman", "ORG", "Ombudsman Republik Indonesia", None, aliases=("Ombudsman",)),
            Rec("W:kalbar", "LOC", "Kalimantan Barat", None, aliases=("Kalbar",)),
            Rec("Q212", "LOC", "Ukraina", "Q212"))


def _cand(text: str, surface: str, kind: str, **kw) -> Cand:
    start = text.index(surface)
    return Cand(start, start + len(surface), kind, **kw)


@pytest.mark.parametrize("text,later,joins", [
    # the acronym defined before a region, written again with that region in another form
    ("Kepolisian Daerah (Polda) Kepulauan Bangka Belitung menertibkan ponton. Direktur Polda Babel mengatakan.",
     "Polda Babel", True),
    ("Kepolisian Daerah (Polda) Kepulauan Bangka Belitung menertibkan ponton. Kata Polda Bangka Belitung.",
     "Polda Bangka Belitung", True),
    # another region is another body
    ("Kepolisian Daerah (Polda) Kepulauan Bangka Belitung menertibkan ponton. Polda Ukraina membantah.",
     "Polda Ukraina", False),
])
def test_acronyms_with_their_region(text, later, joins):
    body = _cand(text, "Kepolisian Daerah", "ORG")
    start = text.index("Polda")
    acronym = Cand(start, start + 5, "ORG", kind="acronym", partner=body)
    region = _cand(text, "Kepulauan Bangka Belitung", "LOC", kb_ids=("W:babel",))
    start = text.rindex(later)
    again = Cand(start, start + len(later), "ORG")
    acronyms_with_their_region([body, acronym, region, again], text, KB)
    assert (again.partner is body) is joins


@pytest.mark.parametrize("text,body,region,joins", [
    # a body before the region of its branch named in the article is that branch
    ("Ombudsman RI Perwakilan Kalimantan Barat menerima laporan. Kepala Ombudsman Kalbar Sumirah hadir.",
     "Ombudsman", "Kalbar", True),
    # another region is not that branch
    ("Ombudsman RI Perwakilan Kalimantan Barat menerima laporan. Kepala Ombudsman Ukraina hadir.",
     "Ombudsman", "Ukraina", False),
])
def test_branches_by_region(text, body, region, joins):
    branch = _cand(text, "Ombudsman RI Perwakilan Kalimantan Barat", "ORG")
    at = text.rindex(body + " " + region)
    short = Cand(at, at + len(body), "ORG", kb_ids=("W:ombudsman",))
    place = Cand(at + len(body) + 1, at + len(body) + 1 + len(region), "LOC")
    branches_by_region([branch, short, place], text, KB)
    assert (short.partner is branch) is joins and (short.kb_ids == ()) is joins


OFFICES = FakeKB(Rec("W:basarnas", "ORG", "Badan Nasional Pencarian dan Pertolongan", None, acronyms=("Basarnas",),
                     kind="state"),
                 Rec("W:pan", "ORG", "Partai Amanat Nasional", None, acronyms=("PAN",), kind="party"),
                 Rec("W:palu", "LOC", "Kota Palu", None, aliases=("Palu",), kind="kota"),
                 Rec("W:sulsel", "LOC", "Sulawesi Selatan", None, acronyms=("Sulsel",), kind="province"),
                 Rec("Q148", "LOC", "China", "Q148", kind="country"))


@pytest.mark.parametrize("text,body,region,office", [
    # a national body right before a region is its office there
    ("BPBD berkoordinasi dengan Basarnas Palu untuk mencari korban.", "Basarnas", "Palu", "Basarnas Palu"),
    # a party before a province stays the party and the province, as the guidelines annotate it
    ("Ketua PAN Sulsel membuka rapat.", "PAN", "Sulsel", None),
    # a country is no region with offices; the words apart are two names
    ("Basarnas China menolak.", "Basarnas", "China", None),
    ("Basarnas, Palu dan warga mencari korban.", "Basarnas", "Palu", None),
])
def test_offices_in_regions(text, body, region, office):
    ids = {"Basarnas": "W:basarnas", "PAN": "W:pan", "Palu": "W:palu", "Sulsel": "W:sulsel", "China": "Q148"}
    cands = [_cand(text, body, "ORG", kb_ids=(ids[body],)), _cand(text, region, "LOC", kb_ids=(ids[region],))]
    found = [(text[c.start:c.end], c.type, c.kb_ids) for c in offices_in_regions(cands, text, OFFICES)]
    if office:
        assert found == [(office, "ORG", ())]  # the office, not the national body the KB knows
    else:
        assert [name for name, _, _ in found] == [body, region]


def test_offices_in_regions_take_the_regions_bracketed_acronym():
    text = "Wahana Lingkungan Hidup Indonesia Riau (Walhi Riau) menggugat perusahaan itu."
    kb = FakeKB(Rec("W:walhi", "ORG", "Wahana Lingkungan Hidup Indonesia", None, acronyms=("Walhi",), kind="society"),
                Rec("W:riau", "LOC", "Riau", None, kind="province"))
    body = _cand(text, "Wahana Lingkungan Hidup Indonesia", "ORG", kb_ids=("W:walhi",))
    region = _cand(text, "Riau", "LOC", kb_ids=("W:riau",))
    start = text.index("Walhi Riau")
    acronym = Cand(start, start + len("Walhi Riau"), "LOC", kind="acronym", partner=region)
    out = offices_in_regions([body, region, acronym], text, kb)
    assert [text[c.start:c.end] for c in out] == ["Wahana Lingkungan Hidup Indonesia Riau", "Walhi Riau"]
    assert out[1].partner is out[0] and out[1].type == "ORG"


@pytest.mark.parametrize("text,spans,kept", [
    # two offices of a kind named: the short name alone stands for neither
    ("Polres Sikka dan Polres Ende bersiaga. Polres juga menutup jalan.",
     ["Polres Sikka", "Polres Ende", "Polres"], ["Polres Sikka", "Polres Ende"]),
    # one, or none: it stays (coreference joins it to the one)
    ("BPBD Lebak mencatat korban. BPBD juga membuka posko.", ["BPBD Lebak", "BPBD"], ["BPBD Lebak", "BPBD"]),
    ("Dinsos dan Dishub diminta membantu.", ["Dinsos", "Dishub"], ["Dinsos", "Dishub"]),
    # after a quantifier it is every office of its kind, none of them
    ("Kapolri meminta seluruh Polda bersiaga. Polda Riau menambah personel.", ["Polda", "Polda Riau"],
     ["Polda Riau"]),
    ("Gubernur meminta setiap BPBD siaga, dan BPBD Lebak membuka posko.", ["BPBD", "BPBD Lebak"], ["BPBD Lebak"]),
    # a government's short name alone, none of its kind named with a region: no one named
    ("Warga mendatangi kantor Pemkab. Pemkab berjanji meninjau izin.", ["Pemkab", "Pemkab"], []),
    ("Bupati Gowa mengatakan Pemkab akan menanggung biaya.", ["Pemkab"], []),
    ("Pemkot menutup pasar itu dan Distan membagikan bibit.", ["Pemkot", "Distan"], ["Distan"]),
    # one named, by its short name or spelled out: it stays, for that one
    ("Pemkab Gowa menyiapkan dana. Pemkab juga membentuk tim.", ["Pemkab Gowa", "Pemkab"], ["Pemkab Gowa", "Pemkab"]),
    ("Pemerintah Kota Bogor menutup pasar. Pemkot juga memasang garis.", ["Pemerintah Kota Bogor", "Pemkot"],
     ["Pemerintah Kota Bogor", "Pemkot"]),
])
def test_lone_offices(text, spans, kept):
    cands, at = [], 0
    for surface in spans:
        start = text.index(surface, at)
        cands.append(Cand(start, start + len(surface), "ORG"))
        at = start + len(surface)
    assert [text[c.start:c.end] for c in lone_offices(cands, text)] == kept


@pytest.mark.parametrize("text,body,short", [
    ("Pemerintah Kabupaten Karawang menolak. Pemkab juga meminta perusahaan membayar.", "Pemerintah Kabupaten Karawang",
     "Pemkab"),
    ("Pemerintah Provinsi Maluku menanggung biaya. Pemprov juga memberi santunan.", "Pemerintah Provinsi Maluku",
     "Pemprov"),
])
def test_lone_offices_a_governments_short_name_joins_the_one_spelled_out(text, body, short):
    out = lone_offices([_cand(text, body, "ORG"), _cand(text, short, "ORG")], text)
    assert len(out) == 2 and out[1].partner is out[0]
