"""Names written in forms the tagger splits or runs on: the Batak "br"/"boru" between a woman's given name and her
marga, the English and Arabic spellings of Syekh, a body's name listed with commas before its head's name (in the
title as well). End to end with the KB warta ships; one row per Indonesian example."""

from __future__ import annotations

import pytest

from .entity_builders import by_name


@pytest.mark.parametrize("text,person", [
    ("Saksi Rosmawati br Siregar mengaku tidak mengetahui aliran dana itu.", "Rosmawati br Siregar"),
    ("Rosmawati br Siregar mengaku tidak mengetahui aliran dana itu.", "Rosmawati br Siregar"),
    ("Menurut Tiurma br. Hutapea, uang itu diserahkan di rumah terdakwa.", "Tiurma br. Hutapea"),
    ("Kepala sekolah Tiur boru Sinaga membantah tudingan itu.", "Tiur boru Sinaga"),
])
def test_a_batak_womans_name_runs_over_br_to_her_marga(text, person):
    found = by_name(text)
    assert found[person].type == "PER"
    assert not {"Rosmawati", "Tiurma", "Siregar", "Hutapea"} & set(found)


@pytest.mark.parametrize("text,person", [
    ("Menurut Sheikh Abdullah bin Zayed Al Nahyan, perundingan berjalan baik.", "Abdullah bin Zayed Al Nahyan"),
    ("Syeikh Hamdan bin Rashid menghadiri pertemuan itu.", "Hamdan bin Rashid"),
])
def test_sheikh_is_an_honorific_not_part_of_the_name(text, person):
    assert by_name(text)[person].type == "PER"


@pytest.mark.parametrize("text,body,person,title", [
    ("Kepala Badan Meteorologi, Klimatologi, dan Geofisika Dwikorita Karnawati mengimbau warga waspada.",
     "Badan Meteorologi, Klimatologi, dan Geofisika", "Dwikorita Karnawati",
     "Kepala Badan Meteorologi, Klimatologi, dan Geofisika"),
    ("Menteri Koordinator Bidang Politik, Hukum, dan Keamanan Budi Gunawan meminta aparat bersiaga.",
     None, "Budi Gunawan", "Menteri Koordinator Bidang Politik, Hukum, dan Keamanan"),
])
def test_a_title_listing_with_commas_ends_at_the_persons_name(text, body, person, title):
    found = by_name(text)
    assert found[person].type == "PER" and title in found[person].titles
    if body:
        assert found[body].type == "ORG"


def test_titles_listed_with_commas_are_not_one_title():
    found = by_name("Gubernur, Wakil Gubernur, dan Sekda Agus Salimun menghadiri rapat itu.")
    assert found["Agus Salimun"].titles == ["Sekda"]
