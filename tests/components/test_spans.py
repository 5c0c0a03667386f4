"""Reach answers overlap and hold queries by bisection; each row checks it against a scan of every span."""

import pytest

from warta.components.spans import Reach

SPANS = [(0, 5), (2, 30), (10, 12), (14, 16), (40, 45), (44, 50)]  # sorted by start; (2, 30) holds two others


@pytest.mark.parametrize("start,end", [(5, 6), (12, 14), (30, 40), (31, 39), (45, 46), (50, 60), (0, 1), (29, 31),
                                       (11, 11), (39, 41), (-5, 0)])
def test_overlaps_is_the_scan(start, end):
    assert Reach(SPANS).overlaps(start, end) == any(a < end and start < b for a, b in SPANS)


@pytest.mark.parametrize("pos", [-1, 0, 1, 4, 5, 11, 13, 29, 30, 39, 40, 44, 45, 49, 50])
def test_first_holding_is_the_first_span_around_the_position(pos):
    first = next((i for i, (a, b) in enumerate(SPANS) if a <= pos < b), None)
    assert Reach(SPANS).first_holding(pos) == first


def test_no_spans():
    assert not Reach([]).overlaps(0, 10) and Reach([]).first_holding(3) is None
