"""Spans sorted by start, with the furthest end any of the first k reaches: which spans overlap a range, or hold a
position, found by bisection. A scan of every span for every candidate makes long texts quadratic."""

from __future__ import annotations

from bisect import bisect_left, bisect_right


class Reach:
    def __init__(self, spans: list[tuple[int, int]]) -> None:
        """``spans``: (start, end) pairs sorted by start."""
        self.starts = [a for a, _ in spans]
        # the running maximum of the ends, a loop: builtin max costs a call per span; built in a local list, not
        # read from the attribute three times per span
        reach: list[int] = []
        for _, b in spans:
            reach.append(b if not reach or b > reach[-1] else reach[-1])
        self.reach = reach

    def overlaps(self, start: int, end: int) -> bool:
        """Whether a span overlaps [start, end): of those starting before ``end``, the furthest passes ``start``."""
        i = bisect_left(self.starts, end)
        return i > 0 and self.reach[i - 1] > start

    def first_holding(self, pos: int) -> int | None:
        """Index of the first span (in start order) with start <= pos < end, or None."""
        i = bisect_right(self.reach, pos)  # the first span whose end passes ``pos``
        return i if i < bisect_right(self.starts, pos) else None
