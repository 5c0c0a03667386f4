"""Where a time expression sits: its sentence, its paragraph, a quotation, and the dates mentioned so far.

``TimeContext`` answers the questions resolution needs beyond the reference date: which day an undated clock
time belongs to, which day "besok" in a quotation counts from, which year a month written without one is in,
and what "sebelumnya" counts back from. ``time_resolve.Resolver`` builds on it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from datetime import date, timedelta
from functools import cache, cached_property

from .time_grammar import Expr, lexicon

_QUOTES = re.compile(r"\u201c[^\u201d\n]*\u201d?|\"[^\"\n]*\"?")
_AFTER = re.compile(r"\s+(lalu|mendatang|depan|yang lalu)\b", re.IGNORECASE)


@cache
def _future_cue() -> re.Pattern:
    """A future cue ("akan", "dijadwalkan") written as a word of its own, a run of ``\\w`` no longer than itself:
    one search of the sentence, where a set of all its words was made and compared."""
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, lexicon()["future_cues"])) + r")(?!\w)")


def safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


class TimeContext:
    """The text around an expression and the dates, quarters and values found so far (in text order)."""

    def __init__(self, text: str, sentences: list[tuple[int, int]], anchor: date | None):
        self.text, self.anchor = text, anchor
        self.lx = lexicon()
        self.sent_starts = [s for s, _ in sentences] or [0]
        self.sentences = sentences or [(0, len(text))]
        self.days: list[tuple[int, date]] = []  # (position, day) of every day-precision value found
        self.begun: set[int] = set()  # the positions of those days that open a span ("sejak Selasa")
        self.quarters: list[tuple[int, int, int]] = []  # (position, year, quarter)
        self.values: list[tuple[int, str]] = []  # (position, value) of every calendar value found

    @cached_property
    def quotes(self) -> list[tuple[int, int]]:
        """Spans of the quotations, found when first asked for (only "besok", "hari ini"... need them)."""
        return [m.span() for m in _QUOTES.finditer(self.text)]

    # -- context ------------------------------------------------------------------------------------
    def _sentence(self, pos: int) -> tuple[int, int]:
        i = max(0, bisect_right(self.sent_starts, pos) - 1)
        return self.sentences[i] if i < len(self.sentences) else (0, len(self.text))

    def _paragraph(self, pos: int) -> tuple[int, int]:
        start = self.text.rfind("\n", 0, pos) + 1
        end = self.text.find("\n", pos)
        return start, len(self.text) if end < 0 else end

    def _lead(self) -> date | None:
        days = sorted(self.days)
        for _, d in days:
            if self.anchor is None or d <= self.anchor:
                return d
        return None

    def _when(self, pos: int) -> list[tuple[int, date]]:
        """The days mentioned, in text order, less those that open a span ("sejak Selasa", "sejak tiga hari
        lalu"): the day something began is not the day of the clock time or of the statement beside it, unless
        that is written with it ("sejak Senin (3/6) pukul 08.00")."""
        return [(p, d) for p, d in sorted(self.days) if p not in self.begun or pos - 30 <= p < pos]

    def add_day(self, pos: int, day: date) -> None:
        """Record a day found at ``pos``, and whether it opens a span, once (``_when`` asks for each expression)."""
        self.days.append((pos, day))
        if self._after_past_cue(pos):
            self.begun.add(pos)

    def _after_past_cue(self, pos: int) -> bool:
        before = self.text[max(0, pos - 12):pos].lower().split()
        return bool(before) and before[-1] in self.lx["past_cues"]

    def context_date(self, pos: int) -> date | None:
        """The day an undated clock time or "malam hari" belongs to: a day its sentence names (not the one a span
        began, "sejak Selasa sore"), else the last one its paragraph named in a sentence before; a day still to
        come only when its sentence speaks of the future ("Upah dibayar paling lambat Jumat (10/4). Layanan
        kembali berjalan pukul 17.45." is today's)."""
        s0, s1 = self._sentence(pos)
        p0, _ = self._paragraph(pos)
        days = self._when(pos)
        before = [d for p, d in days if s0 <= p < pos]
        after = [d for p, d in days if pos <= p < s1]
        if before or after:
            return (before or after)[-1 if before else 0]
        future = self.anchor is None or self._future(pos)
        para = [d for p, d in sorted(self.days) if p0 <= p < s0 and (future or d <= self.anchor)]
        return para[-1] if para else (self._lead() or self.anchor)

    def speech_date(self, pos: int) -> date | None:
        """The reference for "besok"/"hari ini": inside a quotation, the day the statement was made."""
        if self.anchor is None or not any(a < pos < b for a, b in self.quotes):
            return self.anchor
        s0, s1 = self._sentence(pos)
        days = self._when(pos)
        here = [d for p, d in days if s0 <= p < s1]
        if here:
            return here[0]
        week_ago = self.anchor - timedelta(days=7)
        earlier = [d for p, d in days if p < pos and week_ago <= d <= self.anchor]
        return earlier[-1] if earlier else self.anchor

    def _year_for(self, e: Expr, m: int, d: int | None = None, weekday: int | None = None) -> int | None:
        """The year of a date or month written without one. In the past after "sejak" or before "lalu", in
        the future before "mendatang"; otherwise the reference year unless that puts it more than eight
        months ahead ("November" in a January article is last year's); on the right weekday when written."""
        if self.anchor is None:
            return None
        a = self.anchor
        years = [a.year - 1, a.year, a.year + 1]
        if weekday is not None and d is not None:
            matching = [y for y in years if (day := safe_date(y, m, d)) and day.isoweekday() == weekday]
            years = matching or years
        here = a.year * 12 + a.month + ((a.day - 1) / 31 if d is not None else 0)
        dist = {y: y * 12 + m + ((d - 1) / 31 if d is not None else 0) - here for y in years}
        way = self._direction(e)
        if way:
            allowed = [y for y in years if dist[y] * way >= 0]
        else:
            allowed = [y for y in years if -12 < dist[y] <= 8]
            if a.year in allowed:
                return a.year
        return min(allowed or years, key=lambda y: abs(dist[y]))

    def _direction(self, e: Expr) -> int:
        """-1 when the words around say past ("sejak Januari", "Mei lalu"), +1 for future, else 0."""
        after = _AFTER.match(self.text, e.end)
        if after:
            return -1 if after.group(1).lower() in ("lalu", "yang lalu") else 1
        if self._after_past_cue(e.start):
            return -1
        return 0  # "akan" elsewhere in the sentence is weak evidence: "akan dilanjutkan setelah Pemilu 14 Februari"

    def _future(self, pos: int) -> bool:
        """A future cue before ``pos`` in its sentence, in the same voice: the "akan" of a quotation says nothing of
        the day its attribution names ('"Kami akan mengevaluasi," kata X saat dikonfirmasi, Selasa malam.')."""
        s0, _ = self._sentence(pos)
        if _future_cue().search(self.text[s0:pos].lower()) is None:
            return False  # most sentences: no cue at all, and the quotations are not looked for
        quoted = [(a, b) for a, b in self.quotes if s0 < b <= pos]
        return not quoted or _future_cue().search(self.text[quoted[-1][1]:pos].lower()) is not None

    def told_before(self, pos: int) -> date | None:
        """The last day mentioned before ``pos``: what "keesokan harinya" and "dua hari kemudian" count from. None
        when the text dated no act before: the publication day is not the day of the act told before ("Korban
        dirawat. Dua hari kemudian ia meninggal."), nor is a date written after ("Keesokan harinya, Selasa (4/6)")."""
        days = [d for p, d in sorted(self.days) if p < pos]
        return days[-1] if days else None

    def _previous(self, pos: int, unit: str) -> date | None:
        """What "sebelumnya"/"kemudian" counts from: the last date (D, W), month (M) or year (Y) mentioned; None
        when none was."""
        if unit in ("D", "W"):
            return self.told_before(pos)
        size = 7 if unit == "M" else 4
        usable = [v for p, v in sorted(self.values) if p < pos and len(v) >= size
                  and v[:size].replace("-", "").isdigit() and "/" not in v[:size]]
        # "tahun sebelumnya" compares with the last year or month named, not with the day of a press conference
        coarse = [v for v in usable if len(v) < 10]
        for v in (coarse or usable)[-1:]:
            return date(int(v[:4]), int(v[5:7]) if unit == "M" else 1, 1)
        return None
