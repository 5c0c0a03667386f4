"""The event timeline across the corpus: dated, filtered by entity, type and date, copies counted once."""

from __future__ import annotations

import pytest

from warta.corpus.timeline import _date, _words, timeline
from warta.store.testing import BACKENDS, fresh_store

from .corpus_stories import fill


@pytest.fixture(params=BACKENDS)
def store(request, tmp_path):
    store = fresh_store(request.param, tmp_path)
    fill(store)
    yield store
    store.close()


@pytest.mark.parametrize("about, type_, since, until, expected", [
    (None, None, None, None, [("2024-05-02", "CONSULT", "bertemu"), ("2024-05-03", "AID", "mengirim bantuan"),
                              ("2024-06-10", "CONSULT", "menolak bertemu")]),  # the reprint adds nothing
    ("Retno", None, None, None, [("2024-05-02", "CONSULT", "bertemu"), ("2024-06-10", "CONSULT", "menolak bertemu")]),
    ("Kabupaten Bandung", None, None, None, [("2024-05-03", "AID", "mengirim bantuan")]),  # as the location
    ("Myanmar", None, None, None, [("2024-06-10", "CONSULT", "menolak bertemu")]),  # as the target
    (None, "aid", None, None, [("2024-05-03", "AID", "mengirim bantuan")]),  # type in any case
    # The reprint of 2024-05-03 does not bring the 2024-05-02 story into range: a story counts when it first ran.
    (None, None, "2024-05-03", "2024-05-31", [("2024-05-03", "AID", "mengirim bantuan")]),
    ("Kim Jong Un", None, None, None, []),
])
def test_timeline_filters_oldest_first(store, about, type_, since, until, expected):
    got = timeline(about, type_, since, until, db=store)
    assert [(e.date, e.type, e.trigger) for e in got] == expected


def test_timeline_names_the_participants_and_keeps_negation(store):
    last = timeline("Myanmar", db=store)[0]
    assert (last.actor, last.target, last.negated) == ("Retno Marsudi", "Myanmar", True)
    assert "menolak bertemu" in last.context


@pytest.mark.parametrize("value, expected", [
    ("2024-10-29", "2024-10-29"), ("2024-10", "2024-10"), ("2024-10-29T14:00", "2024-10-29"),
    ("P6W", None), ("1950/1953", None), (None, None), ("XXXX-10", None),
])
def test_an_event_date_is_a_day_month_or_year(value, expected):
    assert _date(value) == expected


@pytest.mark.parametrize("context, cut_before, cut_after, expected", [
    ("ra Retno Marsudi bertemu utusan ASEAN di Jak", True, True, "… Retno Marsudi bertemu utusan ASEAN di …"),
    ("Retno Marsudi bertemu utusan ASEAN.", False, False, "Retno Marsudi bertemu utusan ASEAN."),
    ("ta Retno Marsudi bertemu utusan ASEAN.", True, False, "… Retno Marsudi bertemu utusan ASEAN."),
])
def test_context_drops_the_words_cut_at_its_edges(context, cut_before, cut_after, expected):
    assert _words(context, cut_before, cut_after) == expected
