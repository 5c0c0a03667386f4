"""The invariants of tests/test_invariants.py on real news text disturbed with hostile Unicode: sentences of the
dev articles cut and spliced with zero-width and direction marks, combining accents, emoji, NBSP, CRLF, curly and
unbalanced quotes and digits in other scripts. Normalisation must keep every offset right on all of it."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_invariants import _check  # tests/ is on sys.path (rootdir conftest); one definition of the invariants

DEV = Path(__file__).resolve().parents[2] / "eval" / "dev"
SENTENCES = sorted({s.strip() for p in DEV.glob("*.txt") for s in p.read_text(encoding="utf-8").split(". ")
                    if s.strip()})[:400] or ["Presiden Joko Widodo mengatakan inflasi turun"]
NOISE = ["\u200b", "\u200d", "\ufeff", "\u202e", "\u0301", "\u00a0", "\r\n", "\t", "\U0001F600", "\u201c", "\u201d",
         "\u2018", "\u2019", '"', "'", "\u00ab", "\u00bb", "\u0661\u0662", "\uff11\uff10", "\u2013", "\u2026", "\x00",
         "\ufffd", "\U0001D400", "\u0130", "\u00df", "\u2028", "\u0085"]

piece = st.one_of(st.sampled_from(SENTENCES), st.sampled_from(NOISE), st.text(max_size=5))
spliced = st.lists(piece, min_size=1, max_size=25).map(lambda parts: " ".join(parts))
cut = st.tuples(st.sampled_from(SENTENCES), st.integers(0, 200), st.integers(0, 200)).map(
    lambda t: t[0][t[1]:t[1] + t[2] + 1])


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(spliced)
def test_news_sentences_spliced_with_hostile_unicode_keep_the_invariants(text):
    _check(text)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(cut, st.sampled_from(NOISE)), min_size=1, max_size=40).map("".join))
def test_news_cut_at_any_character_keeps_the_invariants(text):
    _check(text)
