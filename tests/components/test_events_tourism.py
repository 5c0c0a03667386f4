"""Errors found on a fresh dev article of tourism and immigration news (pariwisata-01): words that name no act
("visa kunjungan", "melukai perasaan"), who acts for a consulate or a
regional police chief, a verb joined on in a quote, the place a person comes from, and travel bans."""

import pytest

from warta.article import Quote, Speaker
from warta.components.events import code_events

from .test_events import _kb_article


def _events(text, entities):
    article, ids = _kb_article(text, entities)
    names = {v: k for k, v in ids.items()}
    return [(v.type, names.get(v.actor), names.get(v.target)) for v in code_events(article)]


IMIGRASI = ("Kantor Imigrasi Ngurah Rai", "ORG", None, [])


@pytest.mark.parametrize("text", [
    # a kind of visa, hurt feelings, a place tourists visit: no visit, no assault
    "Kantor Imigrasi Ngurah Rai mencatat keduanya masuk dengan visa kunjungan sejak Oktober.",
    "Kantor Imigrasi Ngurah Rai menyebut ulah itu melukai perasaan warga setempat.",
    "Kantor Imigrasi Ngurah Rai mengatakan ulah itu melukai hati umat yang sedang bersembahyang.",
])
def test_words_that_name_no_act_of_a_party(text):
    assert [e[0] for e in _events(text, [IMIGRASI])] == []


@pytest.mark.parametrize("text, type_", [
    ("Kejaksaan Agung mencekal tiga tersangka korupsi tata niaga timah.", "SANCTION"),
    ("Kantor Imigrasi Ngurah Rai memasukkan dua WNA itu ke dalam daftar penangkalan.", "SANCTION"),
    ("Kantor Imigrasi Ngurah Rai memasukkan dua WNA itu ke dalam daftar cekal.", "SANCTION"),
])
def test_a_travel_ban_is_a_sanction(text, type_):
    entities = [IMIGRASI, ("Kejaksaan Agung", "ORG", None, [])]
    assert [e[:2] for e in _events(text, entities)] == [(type_, text.split(" m")[0])]


def test_a_person_is_arrested_not_the_place_he_comes_from():
    text = "Polres Badung menahan seorang WNA asal Rusia berinisial AV setelah cekcok dengan sopir taksi."
    entities = [("Polres Badung", "ORG", None, []), ("Rusia", "LOC", None, []), ("AV", "PER", None, [])]
    assert _events(text, entities) == [("COERCE", "Polres Badung", "AV")]


def test_a_measure_on_goods_from_a_country_is_on_that_country():
    text = "Kementerian Perdagangan menjatuhkan sanksi terhadap kain impor asal China."
    entities = [("Kementerian Perdagangan", "ORG", None, []), ("China", "LOC", None, [])]
    assert _events(text, entities)[0][2] == "China"


@pytest.mark.parametrize("title, body", [
    ("Kapolda Jawa Timur", "Kepolisian Daerah Jawa Timur"),
    ("Kapolres Badung", "Kepolisian Resor Badung"),
    ("Kajati Bali", "Kejaksaan Tinggi Bali"),
])
def test_an_office_acts_for_its_body_named_in_full(title, body):
    place = title.split(" ", 1)[1]
    text = f"{body} menggelar rapat. {title} Imam Santoso meminta warga tetap tenang."
    entities = [(body, "ORG", None, []), (place, "LOC", None, []), ("Imam Santoso", "PER", None, [title])]
    assert _events(text, entities)[-1][:2] == ("REQUEST", body)


CONSULATE = ("Konsulat Jenderal Australia", "ORG", None, [])


@pytest.mark.parametrize("content, actor", [
    # a verb joined on to the verb opening the quoted clause is the speaker's, not the object's before it
    ("menghormati hukum Indonesia dan mengimbau warganya menaati adat setempat", "Konsulat Jenderal Australia"),
    # ... but a name opening the clause is its subject
    ("Indonesia menghormati hukum adat dan mengimbau warga menaati aturan", "Indonesia"),
])
def test_a_verb_joined_on_in_a_quote_is_the_speakers(content, actor):
    text = f"Konsulat Jenderal Australia di Bali meminta maaf. Dalam pernyataannya, konsulat menyatakan {content}."
    article, ids = _kb_article(text, [CONSULATE, ("Indonesia", "LOC", None, []), ("Bali", "LOC", None, [])])
    at, said = text.index(content), text.index("konsulat menyatakan")
    article.quotes.append(Quote(id="q1", kind="indirect", content=content, start=at, end=at + len(content),
                                speaker=Speaker(entity=None, name="konsulat", text="konsulat", start=said,
                                                end=said + 8)))
    names = {v: k for k, v in ids.items()}
    assert [names.get(v.actor) for v in code_events(article) if v.trigger.text == "mengimbau"] == [actor]
