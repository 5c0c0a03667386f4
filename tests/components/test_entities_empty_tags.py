"""``sentence_candidates`` hands a sentence whose KB tags are all "" (the KB knows no name in it) to the tagger and
the rules as None, so their tag-guarded passes are skipped: each must read a tag for its truth alone and answer
alike for both."""

from __future__ import annotations

import pytest

from warta.components.ner_cues import persons_by_sentence_cues
from warta.components.ner_heads import head_spans, misc_by_tail
from warta.components.ner_model import tag_words
from warta.components.ner_person import title_starts, unit_names
from warta.components.ner_rules import join_branches, route_ends, typed_by_cue
from warta.components.ner_splits import (
    bodies_ending_persons,
    persons_after_places,
    persons_after_titles,
    persons_at_honorifics,
    persons_at_initials,
    persons_by_clan_names,
)
from warta.components.segment import tokenize

from .test_entities_asked_words import ASKING


@pytest.mark.parametrize("sentence", ASKING)
def test_entities_rules_read_no_kb_tag_as_none(sentence):
    toks = tokenize(sentence, [(0, len(sentence))])
    words = [sentence[s:e] for s, e in toks]
    lows = [w.lower() for w in words]
    spans = [(0, 2, "PER"), (3, 5, "ORG")][: len(words) // 3] + [(k, k + 1, "PER") for k in (1, 6, 10)]
    starts = title_starts(words, lows)
    for tags in (None, [""] * len(words)):
        got = (tag_words(words, tags, lows), head_spans(words, set(), tags, frozenset(), lows),
               unit_names(words, tags, starts), join_branches(words, spans, tags, lows),
               typed_by_cue(words, spans, tags, lows), misc_by_tail(words, spans, tags, lows),
               route_ends(words, toks, spans, tags), persons_after_places(words, spans, tags, lows),
               persons_at_initials(words, spans, tags), persons_at_honorifics(words, spans, tags),
               bodies_ending_persons(words, spans, tags), persons_by_sentence_cues(words, spans, tags, lows),
               persons_by_clan_names(words, spans, tags, lows), persons_after_titles(words, spans, tags, starts))
        if tags is None:
            expected = got
    assert got == expected
