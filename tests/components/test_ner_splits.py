"""Persons split off the organisations and places the tagger ran them into, or found beside them (ner_splits),
one row per example."""

from __future__ import annotations

import pytest

from warta.components.ner_splits import (
    bodies_ending_persons,
    persons_across_infixes,
    persons_after_lower_honorifics,
    persons_after_places,
    persons_after_titles,
    persons_at_honorifics,
    persons_at_name_starts,
    persons_by_clan_names,
)


def _words(sentence: str) -> list[str]:
    return sentence.split()


@pytest.mark.parametrize("sentence,tagged,person", [
    ("ungkap Bupati Halmahera Barat James Uang saat meninjau", [(2, 4, "LOC")], "James Uang"),
    ("kata Bupati Buton Selatan La Ode Mustari kemarin", [(2, 4, "LOC")], "La Ode Mustari"),
    ("Menteri Pertanian Andi Amran mengatakan", [(2, 4, "PER")], None),     # "Pertanian" completes the title
    ("bertemu Menteri PUPR kemarin", [], None),                              # an acronym is not a person
    ("kata Ketua Umum PSSI Erick Thohir kemarin", [(3, 4, "ORG"), (4, 6, "PER")], None),  # tagged already
    ("kata Ketua Umum kepada wartawan", [], None),                          # "Umum" is an ordinary word
    ("kata Analis Samuel Sekuritas , Juan", [], None),                     # a company's name, not a person
])
def test_persons_after_titles(sentence, tagged, person):
    words = _words(sentence)
    found = [" ".join(words[a:b]) for a, b, _ in persons_after_titles(words, tagged)]
    assert found == ([person] if person else [])


@pytest.mark.parametrize("sentence,tagged,name", [
    # a person's name goes on over a lower-case particle (entities.yaml name_infixes)
    ("Kiper David de Gea hadir", [(1, 2, "PER")], "David de Gea"),
    ("pelatih Louis van Gaal memuji", [(1, 2, "PER"), (4, 5, "PER")], "Louis van Gaal"),
    ("bek Virgil van Dijk cedera", [(1, 2, "PER")], "Virgil van Dijk"),
    # not over an Indonesian preposition, nor into a place or an organisation
    ("Budi di Jakarta hadir", [(0, 1, "PER")], "Budi"),
    ("Budi de Jakarta hadir", [(0, 1, "PER"), (2, 3, "LOC")], "Budi"),
])
def test_persons_across_infixes(sentence, tagged, name):
    words = _words(sentence)
    persons = [" ".join(words[a:b]) for a, b, k in persons_across_infixes(words, tagged) if k == "PER"]
    assert persons[0] == name


@pytest.mark.parametrize("sentence,tagged,expected", [
    # an honorific inside a span after a title starts the person; the words before are the title's complement
    ("kata Ketua PCNU K.H. A. Pandji Taufiq kemarin", [(2, 7, "PER")],
     [("PCNU", "ORG"), ("K.H. A. Pandji Taufiq", "PER")]),
    ("dibuka Ketua DPRD Hj. Siti Aminah kemarin", [(2, 6, "ORG")], [("DPRD", "ORG"), ("Hj. Siti Aminah", "PER")]),
    # no title before: the span stays; nor a place named after a person, nor an honorific in lower case
    ("Budi Hj. Siti Aminah hadir", [(0, 4, "PER")], [("Budi Hj. Siti Aminah", "PER")]),
    ("Direktur RSUD Dr. Soetomo tiba", [(1, 4, "LOC")], [("RSUD Dr. Soetomo", "LOC")]),
    ("Direktur Yayasan dr. Soetomo tiba", [(1, 4, "ORG")], [("Yayasan dr. Soetomo", "ORG")]),
])
def test_persons_at_honorifics(sentence, tagged, expected):
    words = _words(sentence)
    assert [(" ".join(words[a:b]), k) for a, b, k in persons_at_honorifics(words, tagged)] == expected


@pytest.mark.parametrize("sentence,tagged,tags,found", [
    # a person span ending with an organisation: the words of a title the lists lack, then the organisation
    ("Auditor BPK , Rina", [(0, 2, "PER")], ["", "B-ORG", "", ""], [("BPK", "ORG")]),
    ("Investigator KNKT , Capt . Budi", [(0, 2, "PER")], None, []),  # an acronym the KB does not know
    ("mobil Compact SUV itu", [(1, 3, "PER")], None, []),
    # a person called by an acronym after a listed title, or one the KB knows as a person
    ("dipercaya Presiden SBY menjadi menteri", [(1, 3, "PER")], None, [("Presiden SBY", "PER")]),
    ("kata Pak JK kemarin", [(1, 3, "PER")], ["", "", "B-PER", ""], [("Pak JK", "PER")]),
    ("Investigator Budi Santoso hadir", [(0, 3, "PER")], None, [("Investigator Budi Santoso", "PER")]),
    ("kata JOKO WIDODO kemarin", [(1, 3, "PER")], None, [("JOKO WIDODO", "PER")]),  # a name in capitals
    ("Putera Sampoerna hadir", [(0, 2, "PER")], ["", "B-ORG", ""], [("Putera Sampoerna", "PER")]),
    ("Mantan gelandang Jepang Keisuke Honda melatih", [(3, 5, "PER")], ["", "", "B-LOC", "", "B-ORG", ""],
     [("Keisuke Honda", "PER")]),
])
def test_bodies_ending_persons(sentence, tagged, tags, found):
    words = _words(sentence)
    assert [(" ".join(words[a:b]), k) for a, b, k in bodies_ending_persons(words, tagged, tags)] == found


@pytest.mark.parametrize("sentence,tagged,tags,found", [
    # a span ending with a clan name is a person whose given name is a place
    ("Warga Desa Sei Rampah , Darwin Sembiring , menuturkan", [(1, 4, "LOC"), (5, 7, "LOC")],
     ["", "", "", "", "", "B-LOC", "", "", ""], [("Desa Sei Rampah", "LOC"), ("Darwin Sembiring", "PER")]),
    # a place the KB knows right before a clan name the tagger left out
    ("hadir pula Darwin Purba kemarin", [(2, 3, "LOC")], ["", "", "B-LOC", "", ""], [("Darwin Purba", "PER")]),
    # after a title: the complement, then the person's last two words
    ("Camat Stabat Sydney Ginting meninjau", [(1, 4, "ORG")], ["", "", "B-LOC", "", ""],
     [("Stabat", "ORG"), ("Sydney Ginting", "PER")]),
    ("Wakil Bupati Medan Tarigan hadir", [(2, 4, "LOC")], ["", "", "B-LOC", "", ""], [("Medan Tarigan", "LOC")]),
    # a head word's place named by a clan
    ("warga Kecamatan Purba mengungsi", [(1, 3, "LOC")], None, [("Kecamatan Purba", "LOC")]),
    ("Kepala Desa Lumban Sinaga hadir", [(1, 4, "LOC")], None, [("Desa Lumban Sinaga", "LOC")]),
    # a place after a place word, or one made of clan names only: the given name is what would be a place
    ("jalan menuju Pasaribu Tobing putus", [(2, 4, "LOC")], None, [("Pasaribu Tobing", "LOC")]),
    ("banjir di Medan Sembiring surut", [(2, 4, "LOC")], ["", "", "B-LOC", "", ""], [("Medan Sembiring", "LOC")]),
    ("wilayah Sorkam , Pasaribu Tobing terisolasi", [(1, 2, "LOC"), (3, 5, "LOC")], None,
     [("Sorkam", "LOC"), ("Pasaribu Tobing", "LOC")]),
    # "dari", "ke" come before people too: the span is the person
    ("bantuan datang dari Paris Hutagalung kemarin", [(3, 5, "LOC")], ["", "", "", "B-LOC", "", ""],
     [("Paris Hutagalung", "PER")]),
    ("laporan diserahkan ke Sydney Ginting pagi ini", [(3, 5, "LOC")], ["", "", "", "B-LOC", "", "", ""],
     [("Sydney Ginting", "PER")]),
])
def test_persons_by_clan_names(sentence, tagged, tags, found):
    words = _words(sentence)
    assert [(" ".join(words[a:b]), k) for a, b, k in persons_by_clan_names(words, tagged, tags)] == found


@pytest.mark.parametrize("sentence,tagged,tags,found", [
    # the given name the tagger ran into the body after a title: a person of clan names only takes it back
    ("Ketua DPRD Karo Darwin Sembiring Meliala meminta", [(1, 4, "ORG"), (4, 6, "PER")],
     {3: "B-LOC"}, [("DPRD Karo", "ORG"), ("Darwin Sembiring Meliala", "PER")]),
    # one clan name is no whole person: the body keeps the place
    ("Ketua DPRD Karo Darwin Sembiring meminta", [(1, 4, "ORG"), (4, 5, "PER")],
     {3: "B-LOC"}, [("DPRD Karo Darwin", "ORG"), ("Sembiring", "PER")]),
    # no title: a body the KB knows, then its person in apposition
    ("Bea Cukai Askolani , direktur jenderal yang baru", [(0, 3, "ORG")], {0: "B-ORG", 1: "I-ORG"},
     [("Bea Cukai", "ORG"), ("Askolani", "PER")]),
    # a verb after it is not enough: organisations say things too
    ("Bank Mandiri Syariah mengatakan laba naik", [(0, 3, "ORG")], {0: "B-ORG", 1: "I-ORG"},
     [("Bank Mandiri Syariah", "ORG")]),
    # a service's office named by its airport keeps the place, the person is tagged after it
    ("Kepala Bea Cukai Ngurah Rai Hendra Wijaya mengatakan", [(1, 5, "ORG"), (5, 7, "PER")],
     {1: "B-ORG", 2: "I-ORG"}, [("Bea Cukai Ngurah Rai", "ORG"), ("Hendra Wijaya", "PER")]),
])
def test_persons_after_places(sentence, tagged, tags, found):
    words = _words(sentence)
    kb_tags = [tags.get(k, "") for k in range(len(words))]
    assert [(" ".join(words[a:b]), kind) for a, b, kind in persons_after_places(words, tagged, kb_tags)] == found


@pytest.mark.parametrize("sentence,tagged,person", [
    # the given name the tagger left out before a middle initial
    ("Menteri Dalam Negeri Tito M. Karnavian membuka rapat", [(4, 6, "PER")], "Tito M. Karnavian"),
    # a first word that is an ordinary word too, in a name a clan name ends
    ("ujar Bupati Langkat Terbit Rencana Perangin Angin di persidangan", [(2, 3, "LOC")],
     "Terbit Rencana Perangin Angin"),
    ("kata Bupati Langkat Rencana Baru kemarin", [(2, 3, "LOC")], None),  # ordinary words, no clan name
])
def test_persons_after_titles_take_what_the_tagger_left(sentence, tagged, person):
    words = _words(sentence)
    found = [" ".join(words[a:b]) for a, b, _ in persons_after_titles(words, tagged)]
    assert found == ([person] if person else [])


@pytest.mark.parametrize("sentence,tagged,found", [
    ("Psikiater dr. Eniarti , M.Sc. mengatakan", [(0, 1, "PER"), (2, 3, "PER")], [("Eniarti", "PER")]),
    ("Ahli gizi dr. Tan Shot Yen menilai", [(4, 6, "PER")], [("Tan Shot Yen", "PER")]),
    # a place named after a person keeps its name: nothing tagged after the words
    ("Direktur RSUD dr. Soetomo hadir", [(1, 2, "ORG")], [("RSUD", "ORG")]),
])
def test_persons_after_lower_honorifics(sentence, tagged, found):
    words = _words(sentence)
    out = persons_after_lower_honorifics(words, tagged)
    assert [(" ".join(words[a:b]), kind) for a, b, kind in out] == found


@pytest.mark.parametrize("sentence,tagged,found", [
    # an acronym opening a person after a title is the organisation, the name start the person's
    ("Ketua PHDI Dewa Gede Oka Suryawan mengatakan", [(1, 6, "PER")],
     [("PHDI", "ORG"), ("Dewa Gede Oka Suryawan", "PER")]),
    ("Ketua PHRI Badung I Gusti Agung Rai Suryawijaya hadir", [(1, 3, "ORG"), (3, 8, "PER")],
     [("PHRI Badung", "ORG"), ("I Gusti Agung Rai Suryawijaya", "PER")]),
    # a person's own name start, no acronym before it: left alone
    ("Ketua Made Dewa Gede Suryawan hadir", [(1, 5, "PER")], [("Made Dewa Gede Suryawan", "PER")]),
])
def test_persons_at_name_starts(sentence, tagged, found):
    words = _words(sentence)
    assert [(" ".join(words[a:b]), kind) for a, b, kind in persons_at_name_starts(words, tagged)] == found
