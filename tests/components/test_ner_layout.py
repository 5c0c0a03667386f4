"""The article's layout: lines and spans that hold no entities, the dateline's edge; one row per example."""

from __future__ import annotations

import pytest

from warta.components.ner_layout import (
    blocked_lines,
    credit_span,
    cut_at_dateline,
    outlet_byline,
)
from warta.components.ner_rules import Cand
from warta.kb import knowledge_base


def _cand(text: str, surface: str, kind: str, **kw) -> Cand:
    start = text.index(surface)
    return Cand(start, start + len(surface), kind, **kw)


@pytest.mark.parametrize("text,heads", [
    ("Jumlahnya kecil.\nPELATIHAN PASUKAN\nMiliter melatih mereka.", ["PELATIHAN PASUKAN"]),
    ("KPK MENAHAN BUPATI\n\nJAKARTA - KPK menahan bupati.", []),  # the headline is before the body start
])
def test_section_heads(text, heads):
    body = text.index("\n\n") + 2 if "\n\n" in text else 0
    assert [text[a:b] for a, b in blocked_lines(text, body)] == heads


@pytest.mark.parametrize("text,credit", [
    ("Korban bertambah menjadi lima orang.\n(Antara)", "(Antara)"),
    ("Korban bertambah menjadi lima orang. (Antara)\n", "(Antara)"),
    ("Korban bertambah.\n(Reuters/Antara)\n", "(Reuters/Antara)"),
    ("Korban bertambah.\n(AFP/ant/dil)", "(AFP/ant/dil)"),
    # not a credit: an agency in the text, a bracket with other words, a bracket before the last line
    ("Kantor berita Antara melaporkan korban bertambah.", None),
    ("Korban bertambah, kata juru bicara (Antara Sakti).", None),
    ("Korban bertambah.\n(Antara)\nBaca juga: banjir di Lebak", None),
])
def test_credit_span(text, credit):
    span = credit_span(text)
    assert (text[span[0]:span[1]] if span else None) == credit


@pytest.mark.parametrize("text,surface,kept", [
    ("MEDAN, KOMPAS.com - Satreskrim Polrestabes Medan menangkap tiga pelaku.", "KOMPAS.com - Satreskrim",
     "Satreskrim"),
    ("MEDAN, KOMPAS.com - polisi menangkap tiga pelaku.", "KOMPAS.com - polisi", None),
    ("JAKARTA, KOMPAS.com - Maskapai Pelita Air menambah rute.", "KOMPAS.com - Maskapai Pelita Air", "Pelita Air"),
])
def test_a_name_run_from_the_dateline_into_the_body_starts_after_it(text, surface, kept):
    end = text.index("- ") + 2
    out = cut_at_dateline([_cand(text, surface, "ORG")], text, 0, end)
    assert [text[c.start:c.end] for c in out] == ([kept] if kept else [])


@pytest.mark.parametrize("line,blocked", [
    ("Laporan Wartawan Tribunjabar.id, Dian Herdiansyah", True),
    ("Penulis: Dian Herdiansyah | Editor: Ravianto", True),
    ("Baca juga: Banjir Rendam 300 Rumah di Indramayu", True),
    (("Editor Senior Budi Santoso mengatakan redaksi tidak akan mundur dari liputannya selama bertahun-tahun, "
      "meski ancaman datang dari banyak pihak dan pengiklan besar menarik diri."), False),  # a long paragraph
    ("Wali Kota Cirebon Effendi Edo meminta perumda menyediakan air bersih.", False),
])
def test_byline_lines_hold_no_entities(line, blocked):
    text = f"Judul Berita\n\nCIREBON - Isi berita.\n{line}\nPenutup."
    start = text.index(line)
    assert ((start, start + len(line)) in blocked_lines(text, 12)) == blocked


@pytest.mark.parametrize("body,outlet", [
    ("Jakarta, CNBC Indonesia - Otoritas Jasa Keuangan mencabut izin BPR.", "CNBC Indonesia - "),
    ("Suara.com - Harga emas naik tipis pagi ini.", "Suara.com - "),
    ("Otoritas Jasa Keuangan - lembaga pengawas - mencabut izin BPR.", None),   # no outlet
])
def test_outlet_byline_without_a_dateline(body, outlet):
    text = f"Judul Berita\n\n{body}"
    found = outlet_byline(text, len("Judul Berita"), knowledge_base())
    assert (text[found[0]:found[1]] if found else None) == outlet


@pytest.mark.parametrize("text,body,blocked", [
    ("KPK MENAHAN BUPATI\n\nJAKARTA - KPK menahan bupati.\nPELATIHAN PASUKAN\nMiliter melatih.\n"
     "Penulis: Dian | Editor: Ravianto\nBaca juga: Banjir Rendam 300 Rumah", 20,
     ["PELATIHAN PASUKAN", "Penulis: Dian | Editor: Ravianto", "Baca juga: Banjir Rendam 300 Rumah"]),
    ("Jumlahnya kecil.\nPELATIHAN PASUKAN\nLaporan Wartawan Tribunjabar.id, Dian Herdiansyah", 0,
     ["PELATIHAN PASUKAN", "Laporan Wartawan Tribunjabar.id, Dian Herdiansyah"]),
    ("Tanpa baris khusus.", 0, []),
])
def test_blocked_lines_are_the_heads_and_bylines(text, body, blocked):
    assert [text[a:b] for a, b in blocked_lines(text, body)] == blocked
