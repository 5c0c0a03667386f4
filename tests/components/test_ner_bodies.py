"""Names that stand for another body the article names, one row per Indonesian example."""

from __future__ import annotations

import pytest

from warta.components.ner_bodies import acronyms_with_their_region, branches_by_region
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
