"""Knowledge-base typing, additions and linking, with a tiny in-memory KB; one row per Indonesian example."""

from __future__ import annotations

import pytest

from warta.components.coref import cluster
from warta.components.linking import annotate, choose, entity_type, standard_spelling, stands_for
from warta.components.ner_rules import Cand

from .fakekb import FakeKB, Rec

KB = FakeKB(
    Rec("Q159", "LOC", "Rusia", "Q159"),
    Rec("W:kremlin", "ORG", "Kremlin", None, stands_for="Q159"),
    Rec("Q1490", "LOC", "Tokyo", "Q1490"),
    Rec("Q5", "ORG", "Tentara Nasional Indonesia", "Q5", acronyms=("TNI",)),
    Rec("W:bone-1", "LOC", "Bone", None),
    Rec("W:bone-2", "LOC", "Bone", None),
    Rec("W:jokowi", "PER", "Joko Widodo", None, aliases=("Jokowi",)),
    Rec("W:try", "PER", "Try Sutrisno", None, aliases=("Sutrisno",)),
    Rec("W:dkpp", "ORG", "Dewan Kehormatan Penyelenggara Pemilu", None, acronyms=("DKPP",)),
    Rec("W:darwin", "LOC", "Darwin", None),
    Rec("W:honda", "ORG", "Honda", None, kind="company"),
    Rec("W:kementan", "ORG", "Kementerian Pertanian", None, acronyms=("Kementan",), kind="ministry"),
    Rec("W:georgia", "LOC", "Georgia", None, kind="country"),
    Rec("W:kota-cimahi", "LOC", "Kota Cimahi", None, aliases=("Cimahi",), kind="kota"),
)


def _cand(text: str, surface: str, kind: str, **kw) -> Cand:
    start = text.index(surface)
    return Cand(start, start + len(surface), kind, **kw)


@pytest.mark.parametrize("text,surface,tagged,expected", [
    ("Menlu tiba di Tokyo kemarin.", "Tokyo", "PER", "LOC"),        # the tagger took a city for a person
    ("Kremlin membantah laporan itu.", "Kremlin", "LOC", "ORG"),
])
def test_annotate_lets_the_kb_type_names_it_knows(text, surface, tagged, expected):
    cands = annotate([_cand(text, surface, tagged)], text, KB, KB.find(text), lambda a, b: True)
    assert cands[0].type == expected and cands[0].kb_ids


def test_annotate_keeps_a_person_named_after_a_title():
    text = "kata Presiden Tokyo kepada wartawan."
    cand = _cand(text, "Tokyo", "PER", after_title=True)
    assert annotate([cand], text, KB, KB.find(text), lambda a, b: True)[0].type == "PER"


@pytest.mark.parametrize("text,added", [
    ("Personel TNI dan Polri dikerahkan.", ["TNI"]),
    ("pasukan tni dikerahkan.", []),           # written in lower case: not a name
])
def test_annotate_adds_capitalised_kb_names_the_tagger_missed(text, added):
    cands = annotate([], text, KB, KB.find(text), lambda a, b: True)
    assert [text[c.start:c.end] for c in cands] == added


@pytest.mark.parametrize("text,surface,kind,expected", [
    ("Jokowi meresmikan bendungan.", "Jokowi", "PER", "W:jokowi"),
    ("Banjir melanda Bone.", "Bone", "LOC", "W:bone-1"),  # several records: the most likely one
    ("Rusia menolak.", "Rusia", "PER", None),              # no record of the entity's type
])
def test_choose_links_only_when_confident(text, surface, kind, expected):
    cands = annotate([_cand(text, surface, kind)], text, KB, KB.find(text), lambda a, b: True)
    for c in cands:
        c.type = kind
    (cl,) = cluster(cands, text)
    assert choose(cl, kind, KB, surface) == expected


@pytest.mark.parametrize("linked,expected", [
    ({"Q159": "e2"}, "e2"),     # the article mentions Russia: point at its entity
    ({}, "Q159"),               # otherwise at the KB id
])
def test_stands_for_prefers_the_articles_entity(linked, expected):
    assert stands_for(KB, "W:kremlin", "Kremlin", linked) == expected


def test_stands_for_falls_back_to_the_seats_list_without_a_kb():
    assert stands_for(None, None, "Pentagon", {"name:amerika serikat": "e3"}) == "e3"


@pytest.mark.parametrize("text,linked", [
    ("Andi Sutrisno tiba di Bandung. Sutrisno lalu berpidato.", None),   # another Sutrisno than the KB's
    ("Try Sutrisno tiba di Bandung. Sutrisno lalu berpidato.", "W:try"),
])
def test_choose_a_person_only_when_the_full_name_agrees(text, linked):
    first = text.split(" tiba")[0]
    cands = annotate([_cand(text, first, "PER"), Cand(text.rindex("Sutrisno"), text.rindex("Sutrisno") + 8, "PER")],
                     text, KB, KB.find(text), lambda a, b: True)
    (cl,) = cluster(cands, text)
    assert choose(cl, "PER", KB, first) == linked


@pytest.mark.parametrize("text,linked", [
    # the acronym alone matches the KB, but the article spells out another body
    ("Wali kota meminta Dinas Ketahanan Pangan dan Pertanian (DKPP) memantau harga.", None),
    ("Laporan itu masuk ke Dewan Kehormatan Penyelenggara Pemilu (DKPP) kemarin.", "W:dkpp"),
    ("Laporan itu masuk ke DKPP kemarin.", "W:dkpp"),
])
def test_choose_an_organisation_only_when_its_written_name_agrees(text, linked):
    acronym = text.index("DKPP")
    cands = [Cand(acronym, acronym + 4, "ORG")]
    if "(" in text:
        full = text[:text.index(" (")].split(" meminta ")[-1].split(" ke ")[-1]
        cands.insert(0, _cand(text, full, "ORG"))
        cands[1].partner, cands[1].kind = cands[0], "acronym"
    cands = annotate(cands, text, KB, KB.find(text), lambda a, b: True)
    (cl,) = cluster(cands, text)
    assert choose(cl, "ORG", KB, text[cl.mentions[0].start:cl.mentions[0].end]) == linked


def test_annotate_a_known_name_written_with_its_abbreviations_full_stop():
    kb = FakeKB(Rec("W:antam", "ORG", "PT Aneka Tambang Tbk", None, acronyms=("Antam",)))
    text = "Harga emas produksi PT Aneka Tambang Tbk. turun."
    (cand,) = annotate([_cand(text, "PT Aneka Tambang Tbk.", "ORG", source="rule")], text, kb, kb.find(text),
                       lambda a, b: True)
    assert cand.kb_ids == ("W:antam",)


@pytest.mark.parametrize("text,surface,expected", [
    # a word of a person the article names in full is that person, not the place the KB knows by it
    ("Pengamat Darwin Sembiring menilai pasar lesu. \"Harus untung,\" kata Darwin.", "Darwin", "PER"),
    ("Pengamat Budi Santoso menilai pasar lesu. \"Harus untung,\" kata Darwin.", "Darwin", "LOC"),
])
def test_annotate_keeps_a_persons_short_name(text, surface, expected):
    person = text.split(".")[0].split("Pengamat ")[1].split(" menilai")[0]
    cands = [_cand(text, person, "PER"), Cand(text.rindex(surface), text.rindex(surface) + len(surface), "PER")]
    cands = annotate(cands, text, KB, KB.find(text), lambda a, b: True)
    assert [c.type for c in cands if text[c.start:c.end] == surface] == [expected]


@pytest.mark.parametrize("sources,expected", [
    # a split made by rule outvotes the tagger's one guess
    ([("ORG", "split"), ("LOC", "crf")], "ORG"),
    # mentions found again by propagation copy the first mention's type and do not vote
    ([("LOC", "crf"), ("ORG", "split"), ("LOC", "propagated"), ("LOC", "propagated"), ("LOC", "propagated")], "ORG"),
    ([("LOC", "crf"), ("ORG", "crf")], "LOC"),  # a tie: the type met first
])
def test_entity_type_votes(sources, expected):
    from warta.components.coref import Cluster
    c = Cluster()
    for i, (kind, source) in enumerate(sources):
        c.mentions.append(Cand(i * 10, i * 10 + 5, kind, source=source))
    assert entity_type(c, None) == expected


@pytest.mark.parametrize("name,standard", [
    ("Kementrian Luar Negri", "Kementerian Luar Negeri"),
    ("KEMENTRIAN LUAR NEGRI", "KEMENTERIAN LUAR NEGERI"),
    ("Propinsi Sumatra Utara", "Provinsi Sumatera Utara"),
    ("Kementerian Luar Negeri", "Kementerian Luar Negeri"),  # already standard
])
def test_standard_spelling(name, standard):
    assert standard_spelling(name) == standard


@pytest.mark.parametrize("text,person,short,tagged,expected", [
    # a first or last name of a person named in full before: the person, not the company or city the KB knows
    ("Keisuke Honda tiba di Jakarta. Honda mengaku senang.", "Keisuke Honda", "Honda", "ORG", "PER"),
    ("Petani Darwin Sembiring melapor. Darwin menambahkan, banjir datang malam.", "Darwin Sembiring", "Darwin",
     "LOC", "PER"),
    # before the person is named, and a country the article names by itself, stay what the KB says
    ("Honda meluncurkan mobil baru. Keisuke Honda hadir.", "Keisuke Honda", "Honda", "ORG", "ORG"),
    ("Georgia Stanway mencetak gol. Georgia menolak tuduhan itu.", "Georgia Stanway", "Georgia", "LOC", "LOC"),
    # nor an Indonesian region: a person span may have taken in a title's complement
    ("Wakil Wali Kota Cimahi Erwin hadir. Banjir melanda Cimahi kemarin.", "Cimahi Erwin", "Cimahi", "LOC",
     "LOC"),
])
def test_annotate_a_name_a_person_was_named_by_is_that_person(text, person, short, tagged, expected):
    at = text.index(person)
    full = Cand(at, at + len(person), "PER")
    at = next(k for k in range(len(text)) if text.startswith(short + " ", k) and not full.start <= k < full.end)
    cand = Cand(at, at + len(short), tagged)
    annotate(sorted([full, cand], key=lambda c: c.start), text, KB, KB.find(text), lambda a, b: True)
    assert cand.type == expected
    assert bool(cand.kb_ids) == (expected != "PER")


def test_annotate_adds_no_kb_name_a_person_was_named_by():
    text = "Keisuke Honda tiba di Jakarta. \"Saya senang,\" kata Honda."
    person = Cand(0, len("Keisuke Honda"), "PER")
    out = annotate([person], text, KB, KB.find(text), lambda a, b: True)
    assert [text[c.start:c.end] for c in out] == ["Keisuke Honda"]  # coreference finds "Honda" as the person


@pytest.mark.parametrize("text,person,expected", [
    # a person after a title ending with a state body the KB knows: the title's words, then the body
    ("Direktur Pupuk dan Pestisida Kementan, Dr. Tommy Nugraha, menolak.", "Pestisida Kementan",
     ("Kementan", "ORG")),
    # a company the KB knows may be a surname
    ("Mantan gelandang Keisuke Honda melatih anak-anak.", "Keisuke Honda", ("Keisuke Honda", "PER")),
])
def test_annotate_a_person_after_a_title_ending_with_a_state_body(text, person, expected):
    cand = _cand(text, person, "PER", after_title=True)
    annotate([cand], text, KB, KB.find(text), lambda a, b: True)
    assert (text[cand.start:cand.end], cand.type) == expected
