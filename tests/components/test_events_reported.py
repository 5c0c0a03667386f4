"""Events told in reported speech and told twice (review 20): the subject a reported clause names for itself, and
one act told again by the side it was done to."""

import pytest

from warta.components.events import code_events

from .test_events import _kb_article
from .test_events_own_clause import _said

SUMARNI = ("Sumarni", "PER", None, [])


def _actors(article, ids, type_):
    names = {v: k for k, v in ids.items()}
    return [names.get(v.actor) for v in code_events(article) if v.type == type_]


@pytest.mark.parametrize("content, entities, type_, actor", [
    # the reported clause names its own subject: its act, not the speaker's
    ("suaminya memukul penagih utang itu di depan rumah", [], "ASSAULT", None),
    ("anak bungsunya sudah meminta maaf kepada pemilik warung", [], "CONCEDE", None),
    ("tetangganya menyerang petugas ronda dengan sebilah parang", [], "ASSAULT", None),
    ("pemuda itu menganiaya seorang juru parkir di terminal", [], "ASSAULT", None),
    ("mereka memukul penagih utang itu di depan rumah", [], "ASSAULT", None),
    ("Hendra Wijaya memukul penagih utang itu di depan rumah", [("Hendra Wijaya", "PER", None, [])], "ASSAULT",
     "Hendra Wijaya"),
    # ... with no subject of its own, the speaker acts
    ("akan melaporkan penagih utang itu ke polisi", [], "ACCUSE", "Sumarni"),
    ("siap melaporkan penagih utang itu ke polisi", [], "ACCUSE", "Sumarni"),
    ("sudah mulai melaporkan penagih utang itu ke polisi", [], "ACCUSE", "Sumarni"),
    ("pihaknya akan melaporkan penagih utang itu ke polisi", [], "ACCUSE", "Sumarni"),
])
def test_a_reported_clause_with_a_subject_of_its_own_is_not_the_speakers_act(content, entities, type_, actor):
    article, ids = _said(f"Sumarni mengatakan {content}.", [*entities, SUMARNI], content, "Sumarni")
    assert _actors(article, ids, type_) == [actor]


UNAND = ("Universitas Andalas", "ORG", None, [])
RECTOR = ("Efa Yonnedi", "PER", None, ["Rektor Universitas Andalas"])


@pytest.mark.parametrize("content, actor", [
    # a body noun with "-nya" is the speaker's own body
    ("kampusnya siap mengirim 80 relawan ke Agam", "Universitas Andalas"),
    ("timnya sudah mengirim 80 relawan ke Agam", "Universitas Andalas"),
    # ... so are its members or leaders, said by one who acts for it
    ("para pimpinan akan mengirim 80 relawan ke Agam", "Universitas Andalas"),
    # ... but not someone of the speaker's own ("istrinya", kin)
    ("istrinya mengirim 80 paket bantuan ke Agam", None),
])
def test_the_speakers_own_body_named_in_a_reported_clause_is_his_side(content, actor):
    text = f"Rektor Universitas Andalas Efa Yonnedi mengatakan {content}."
    article, ids = _said(text, [UNAND, RECTOR], content, "Efa Yonnedi")
    assert _actors(article, ids, "AID") == [actor]


def test_leaders_named_by_a_person_acting_alone_are_not_his_act():
    content = "para pemimpin akan mengirim 80 relawan ke Agam"
    article, ids = _said(f"Sumarni mengatakan {content}.", [SUMARNI], content, "Sumarni")
    assert _actors(article, ids, "AID") == [None]
