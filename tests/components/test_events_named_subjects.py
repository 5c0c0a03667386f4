"""Event actors named in other forms, end to end (the pipeline with the KB warta ships): a subject called by a
nickname in a relative clause ("Pria yang akrab disapa Melki itu"), and an official acting for a region's
government written with the region's short form ("Pemerintah Provinsi (Pemprov) NTT")."""

import pytest


def _actors(pipeline, text: str) -> dict[str, str | None]:
    article = pipeline.analyze(text, published="2026-11-24")
    names = {e.id: e.name for e in article.entities}
    return {ev.trigger.text: names.get(ev.actor) for ev in article.events}


@pytest.mark.parametrize("text, trigger, actor", [
    # the nickname names the subject the relative clause is about: not a description of someone else
    ("Pemerintah Provinsi (Pemprov) NTT meminjam dana itu. Gubernur NTT Emanuel Melkiades Laka Lena mengatakan "
     "pemprov terbuka. Pria yang akrab disapa Melki itu berjanji menyerahkan dokumen kajian kepada DPRD NTT.",
     "berjanji", "Pemerintah Provinsi NTT"),
    ("Ketua Umum PKB Muhaimin Iskandar hadir. Politikus yang akrab disapa Cak Imin itu menolak usulan Partai Golkar.",
     "menolak", "PKB"),
])
def test_a_subject_called_by_its_nickname_acts(pipeline, text, trigger, actor):
    assert _actors(pipeline, text).get(trigger) == actor


def test_a_name_after_yang_still_describes_the_subject(pipeline):
    actors = _actors(pipeline, "Warga Kampung Bayam yang digusur Pemprov DKI menggugat ke pengadilan.")
    assert actors.get("menggugat") != "Pemprov DKI"
