"""Events told in reported speech and told twice (review 20): the subject a reported clause names for itself, and
one act told again by the side it was done to."""

import pytest

from warta.article import Quote, Speaker
from warta.components.events import code_events

from .test_events_own_clause import _said, _timed

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


OPM = ("OPM", "ORG", None, [])
SATGAS = ("Satgas Yonif 751", "ORG", None, [])
KAMPUNG = ("Kampung Yugumuak", "LOC", None, [])
SINAK = ("Distrik Sinak", "LOC", None, [])
COMMANDER = ("Dedi Kurniawan", "PER", None, ["Komandan Satgas Yonif 751"])
ATTACK = "OPM menembaki pos Satgas Yonif 751 di Kampung Yugumuak pada Kamis pagi."
SAID = "kata Komandan Satgas Yonif 751 Dedi Kurniawan."


@pytest.mark.parametrize("told_after, times, count", [
    # the side attacked tells the attack told just before: one act
    (f'"Kami diserang saat apel pagi," {SAID}', [], 1),
    (f'"Pos kami ditembaki dari arah bukit," {SAID}', [], 1),
    (f'"Kami diserang sekitar pukul 06.00 WIT," {SAID}', [("pukul 06.00 WIT", "2026-03-05T06:00+09:00")], 1),
    # ... but told as done again, at another time or in another place, another
    (f'"Pos kami kembali ditembaki," {SAID}', [], 2),
    (f'"Kami juga diserang saat apel pagi," {SAID}', [], 2),
    (f'"Kami diserang lagi pada Sabtu malam," {SAID}', [("Sabtu malam", "2026-03-07TNI")], 2),
    (f'"Pada Sabtu malam kami diserang," {SAID}', [("Sabtu malam", "2026-03-07TNI")], 2),
    (f'"Pos kami di Distrik Sinak ditembaki," {SAID}', [], 2),
    # ... and so is an attack by the same side told as another, in the same words
    ("Keesokan harinya, OPM kembali menembaki pos Satgas Yonif 751 di Kampung Yugumuak.",
     [("Keesokan harinya", "2026-03-06")], 2),
    ("Pada Sabtu malam, OPM menembaki pos Satgas Yonif 751 di Kampung Yugumuak.", [("Sabtu malam", "2026-03-07TNI")],
     2),
])
def test_an_act_told_again_by_the_side_it_was_done_to_is_one_event(told_after, times, count):
    text = f"{ATTACK} {told_after}"
    article, ids = _timed(text, [OPM, SATGAS, KAMPUNG, SINAK, COMMANDER], [("Kamis pagi", "2026-03-05TMO"), *times])
    if '"' in told_after:
        content = told_after.split('"')[1].rstrip(",")
        at, said = text.index(content), text.rindex("Dedi Kurniawan")
        article.quotes.append(Quote(id="q1", kind="direct", content=content, start=at, end=at + len(content),
                                    speaker=Speaker(entity=ids["Dedi Kurniawan"], name="Dedi Kurniawan",
                                                    text="Dedi Kurniawan", start=said, end=said + 14)))
    events = [v for v in code_events(article) if v.type == "ASSAULT"]
    assert len(events) == count
    assert (events[0].actor, events[0].target) == (ids["OPM"], ids["Satgas Yonif 751"])
