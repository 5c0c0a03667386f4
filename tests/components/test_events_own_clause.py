"""What a clause tells of its own (review 19's fresh sentences): the subject it names, the patient of a passive in
reported speech, and the time of an act counted from the act told before it."""

import pytest

from warta.article import Time
from warta.components.events import code_events

from .test_events import _kb_article

POLRES = ("Polres Bogor", "ORG", None, [])


def _timed(text, entities, times, published="2026-03-10"):
    """An article with ``times``: (text, value) pairs, valued as the times stage may (a day counted from the
    publication day when the act before gave none)."""
    article, ids = _kb_article(text, entities, published=published)
    for i, (t, value) in enumerate(times):
        at = text.index(t)
        article.times.append(Time(id=f"t{i + 1}", text=t, start=at, end=at + len(t), value=value))
    return article, ids


@pytest.mark.parametrize("text, times, modalities", [
    # an act told as done, then one a day after it: done too, though the day came out after the publication day
    ("Polres Bogor menggerebek gudang pupuk palsu di Cibinong pekan lalu. Polres Bogor menyita 40 karung pupuk "
     "sehari kemudian.", [("pekan lalu", "2026-W10"), ("sehari kemudian", "2026-03-11")], ["asserted", "asserted"]),
    ("Polres Bogor menggerebek gudang pupuk palsu di Cibinong. Keesokan harinya Polres Bogor menahan pemilik "
     "gudang.", [("Keesokan harinya", "2026-03-11")], ["asserted", "asserted"]),
    # ... told as background, the next act is background too, wherever its time stands in the sentence
    ("Pada 2019, Polres Bogor sempat menggerebek gudang pupuk palsu. Dua hari kemudian, Polres Bogor menahan "
     "pemilik gudang.", [("2019", "2019"), ("Dua hari kemudian", "2026-03-12")], ["historical", "historical"]),
    ("Polres Bogor pernah menggerebek gudang pupuk palsu. Keesokan harinya, Polres Bogor menyita truk pengangkut.",
     [("Keesokan harinya", "2026-03-11")], ["historical", "historical"]),
    # ... announced, the next is announced too
    ("Polres Bogor akan memeriksa pemilik gudang pada Senin. Sehari kemudian, Polres Bogor memeriksa sopir truk.",
     [("Senin", "2026-03-16"), ("Sehari kemudian", "2026-03-17")], ["future", "future"]),
])
def test_an_act_a_day_after_another_is_told_as_that_one(text, times, modalities):
    article, _ = _timed(text, [POLRES], times)
    assert [v.modality for v in code_events(article)] == modalities
