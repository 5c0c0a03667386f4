"""Resolving time expressions: the values of what ``time_grammar`` found, against a reference date.

``Resolver`` keeps what earlier passes found (the days, quarters and values mentioned so far) so later
expressions can lean on them: a clock time takes the day of its sentence or paragraph, else the article's lead
date; "tiga hari sebelumnya" counts from the last date mentioned; "besok" inside a quotation counts from the day
the statement was made. Each ``_r_<family>`` method returns a value, (value, anchor used) or (value, anchor,
warning); ``REJECT`` when the match turns out not to be a time expression.
"""

from __future__ import annotations

from datetime import date, timedelta

from .numerals import parse_number
from .time_context import TimeContext, safe_date
from .time_grammar import Expr

#: What a resolver returns for a match that turns out not to be a time expression.
REJECT = "reject"
_WEEKDAY_NAMES = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]


def _week(d: date, weeks: int = 0) -> str:
    y, w, _ = (d + timedelta(weeks=weeks)).isocalendar()
    return f"{y}-W{w:02d}"


def _month(y: int, m: int, delta: int = 0) -> str:
    k = y * 12 + m - 1 + delta
    return f"{k // 12}-{k % 12 + 1:02d}"


class Resolver(TimeContext):
    """Values for each family of expression, in the passes ``times.find_times`` runs."""

    # -- helpers ------------------------------------------------------------------------------------
    def _part(self, g: dict, *keys: str) -> str | None:
        for k in keys:
            if k in g:
                return self.lx["parts_of_day"][" ".join(g[k].lower().split())]
        return None

    def _clock(self, day: date | None, g: dict) -> str | None:
        if day is None:
            return None
        hh, mm = int(g["hh"]), int(g.get("mm") or 0)
        part = (g.get("cpart") or "").lower()
        if part in self.lx["pm_parts"] and hh < 12 and not (part == "siang" and hh >= 10):
            hh += 12
        zone = g.get("zone")
        offset = self.lx["zones"].get(zone, self.lx["zones"].get(zone.upper(), "")) if zone else ""
        return f"{day.isoformat()}T{hh:02d}:{mm:02d}{offset}"

    def _with_time(self, day: date | None, g: dict, *parts: str) -> str | None:
        if day is None:
            return None
        part = self._part(g, *parts)
        return f"{day.isoformat()}T{part}" if part else day.isoformat()

    # -- resolution ---------------------------------------------------------------------------------
    def resolve(self, e: Expr) -> tuple[str | None, str | None, str | None]:
        """(value, anchor used, warning)."""
        fn = getattr(self, f"_r_{e.kind}")
        out = fn(e, e.f)
        value, used, warning = (out + (None, None))[:3] if isinstance(out, tuple) else (out, None, None)
        if value and value != REJECT and value[:4].isdigit():
            self.values.append((e.start, value))
        if (value and value != REJECT and len(value) >= 10 and value[4] == "-" and value[7] == "-"
                and value[:10].replace("-", "").isdigit()):
            self.add_day(e.start, date.fromisoformat(value[:10]))
        return value, used, warning

    def _r_weekday(self, e: Expr, g: dict):
        wd = self.lx["weekdays"][g["wd"].lower()]
        d, m = g.get("d") or g.get("d2") or g.get("d3"), g.get("m") or g.get("m3")
        y = g.get("y") or g.get("y2") or g.get("y3")
        if "mon2" in g:
            m = self.lx["months"][g["mon2"].lower().rstrip(".")]
        if d and m:
            m, d = int(m), int(d)
            year = (int(y) + 2000 if len(y) == 2 else int(y)) if y else self._year_for(e, m, d, wd)
            day = safe_date(year, m, d) if year else None
            if day is None:
                return REJECT if year else None
            warning = None
            if day.isoweekday() != wd:
                warning = f"{g['wd']} contradicts {day.isoformat()}, a {_WEEKDAY_NAMES[day.isoweekday() - 1]}"
            return self._with_time(day, g, "part1", "part2"), None if y else self.anchor.isoformat(), warning
        if self.anchor is None:
            return None
        a, rel = self.anchor, " ".join(g.get("rel", "").lower().split())
        if g.get("week"):
            return _week(a, {"lalu": -1, "depan": 1, "ini": 0}.get(rel.split()[-1], 0)), a.isoformat()
        monday = a - timedelta(days=a.isoweekday() - 1)
        if rel.startswith(("pekan", "minggu")):
            shift = {"lalu": -7, "depan": 7, "ini": 0}[rel.split()[-1]]
            day = monday + timedelta(days=shift + wd - 1)
        elif rel in ("lalu", "yang lalu"):
            day = a - timedelta(days=(a.isoweekday() - wd) % 7 or 7)
        elif rel in ("depan", "mendatang"):
            day = a + timedelta(days=(wd - a.isoweekday()) % 7 or 7)
        elif rel in ("besok", "lusa"):  # "Kamis besok": the day it names, the weekday only said with it
            day = a + timedelta(days=self.lx["relative_days"][rel])
        elif self._future(e.start):
            day = a + timedelta(days=(wd - a.isoweekday()) % 7)
        else:
            day = a - timedelta(days=(a.isoweekday() - wd) % 7)
        return self._with_time(day, g, "part1", "part2"), a.isoformat()

    def _r_slash(self, e: Expr, g: dict):
        return self._r_paren(e, g)

    def _r_paren(self, e: Expr, g: dict):
        m, d, y = int(g["m"]), int(g["d"]), g.get("y")
        year = (int(y) + 2000 if len(y) == 2 else int(y)) if y else self._year_for(e, m, d)
        day = safe_date(year, m, d) if year else None
        if year and day is None:
            return REJECT
        return self._with_time(day, g, "part"), None if y else (self.anchor and self.anchor.isoformat())

    def _r_dmy(self, e: Expr, g: dict):
        m = self.lx["months"][g["mon"].lower().rstrip(".")]
        year = int(g["y"]) if "y" in g else self._year_for(e, m, int(g["d"]))
        if year is None:
            return None
        used = None if "y" in g else self.anchor.isoformat()
        first = safe_date(year, m, int(g["d"]))
        if first is None:
            return REJECT  # "30 Februari"
        if "dto" in g:
            last = safe_date(year, m, int(g["dto"]))
            return (f"{first}/{last}" if last and last > first else REJECT), used
        return self._with_time(first, g, "part"), used

    def _year_of(self, g: dict) -> tuple[int | None, str | None]:
        if "y" in g or "y2" in g:
            return int(g.get("y") or g["y2"]), None
        if self.anchor is None:
            return None, None
        rel = g.get("yrel", "").lower().split()
        shift = -1 if rel and rel[-1] in ("lalu", "kemarin", "sebelumnya") else 1 if rel and rel[-1] in (
            "depan", "mendatang") else 0
        return self.anchor.year + shift, self.anchor.isoformat()

    def _r_month(self, e: Expr, g: dict):
        m = self.lx["months"][g["mon"].lower()]
        year, used = self._year_of(g)
        if year is None:
            return None
        if used and "yrel" not in g:
            year = self._year_for(e, m)
        if "mon2" in g:
            m2 = self.lx["months"][g["mon2"].lower()]
            # the year belongs to the end of the range: "November-Februari 2024" starts in 2023
            start_year = year - (m2 < m) if used is None else year
            return f"{_month(start_year, m)}/{_month(start_year + (m2 < m), m2)}", used
        return _month(year, m), used

    def _r_year(self, e: Expr, g: dict):
        if "decade" in g:
            return g["y"][:3]
        if "y2" in g:
            return f"{g['y']}/{g['y2']}" if g["y2"] > g["y"] else REJECT
        return g["y"]

    def _r_quarter(self, e: Expr, g: dict):
        n = self.lx["ordinals"].get(g["ord"], self.lx["ordinals"].get(g["ord"].lower()))
        half = g["qw"].lower() in self.lx["half_words"]
        if n is None or (half and n > 2):
            return REJECT
        if half and not ({"y", "y2", "yrel"} & g.keys()):
            return REJECT  # "semester 3", "paruh kedua kompetisi": not calendar halves
        year, used = self._year_of(g)
        if year is None:
            return None
        if not half:
            self.quarters.append((e.start, year, n))
        return f"{year}-{'H' if half else 'Q'}{n}", used

    def _r_qshort(self, e: Expr, g: dict):
        if g["qw"] == "H" and "y" not in g:
            return REJECT
        return self._r_quarter(e, {"qw": "semester" if g["qw"] == "H" else "kuartal", "ord": g["ord"],
                                   **({"y": g["y"]} if "y" in g else {})})

    def _r_qrel(self, e: Expr, g: dict):
        rel, half = g["rel"].lower(), g["qw"].lower() == "semester"
        size = 6 if half else 3
        earlier = [(y, q) for p, y, q in self.quarters if p < e.start]
        if rel in ("sebelumnya", "berikutnya") and earlier and not half:
            y, q = earlier[-1]
            base, used = y * 4 + q - 1, None
        elif self.anchor is not None:
            base = self.anchor.year * (12 // size) + (self.anchor.month - 1) // size
            used = self.anchor.isoformat()
        else:
            return None
        k = base + {"sebelumnya": -1, "lalu": -1, "ini": 0}.get(rel, 1)
        per = 12 // size
        return f"{k // per}-{'H' if half else 'Q'}{k % per + 1}", used

    def _r_clock(self, e: Expr, g: dict):
        if int(g["hh"]) > 24 or int(g.get("mm") or 0) > 59:
            return REJECT  # "25.99 WIB" is not a clock time
        day = self.context_date(e.start)
        return self._clock(day, g), day and day.isoformat()

    def _r_relday(self, e: Expr, g: dict):
        if "next" in g:
            day = self.told_before(e.start)
            return (day + timedelta(days=1)).isoformat() if day else None, day and day.isoformat()
        if "part3" in g and g["suf"].lower() == "hari":
            day = self.context_date(e.start)
            part = self._part(g, "part3")
            return (f"{day.isoformat()}T{part}" if day else None), day and day.isoformat()
        ref = self.speech_date(e.start)
        if ref is None:
            return None
        if "rd" in g:
            day = ref + timedelta(days=self.lx["relative_days"][" ".join(g["rd"].lower().split())])
            part = self._part(g, "part")
        else:
            part = self._part(g, "part2", "part3")
            # "tadi malam": last night; but "dini hari tadi", the small hours, already belong to the day
            back = (part == "NI" and (g.get("pre2") or g.get("suf", "")).lower() == "tadi"
                    and " ".join((g.get("part2") or g.get("part3") or "").lower().split()) != "dini hari")
            day = ref - timedelta(days=1 if back else 0)
        return (f"{day.isoformat()}T{part}" if part else day.isoformat()), ref.isoformat()

    def _r_weekend(self, e: Expr, g: dict):
        if self.anchor is None:
            return None
        shift = self.lx["directions"].get(" ".join(g.get("dir", "ini").lower().split()))
        if not isinstance(shift, int):
            return REJECT
        return f"{_week(self.anchor, shift)}-WE", self.anchor.isoformat()

    def _count(self, g: dict) -> int | float | None:
        if "se" in g:
            return 1
        if "n" not in g:
            return 1
        value = parse_number(g["n"]) if g["n"].lower() != "beberapa" else None
        return None if value is None else (int(value) if value == int(value) else float(value))

    def _r_relunit(self, e: Expr, g: dict):
        unit = self.lx["units"][g["unit"].lower()]
        word = " ".join(g.get("dir", "ini").lower().split())
        n = self._count(g)
        if word in self.lx["recent_words"]:
            if not ({"n", "se"} & g.keys()) or n is None:
                return REJECT
            return f"P{n}{unit}"
        if word in self.lx["sequence"]:
            ref, sign = self._previous(e.start, unit), self.lx["sequence"][word]
        else:
            ref, sign = self.anchor, self.lx["directions"][word]
            if sign == 0 and "n" in g:
                return REJECT  # "tiga hari ini": a span, not a date
        if unit == "D" and "pos" in g:
            return REJECT
        if ref is None or n is None:
            return None
        k = int(sign * n) if n == int(n) else None
        if k is None:
            return None
        if unit == "W" and word in self.lx["sequence"]:  # "sepekan sebelumnya": the day a week before
            return (ref + timedelta(weeks=k)).isoformat(), ref.isoformat()
        value = {"D": lambda: (ref + timedelta(days=k)).isoformat(), "W": lambda: _week(ref, k),
                 "M": lambda: _month(ref.year, ref.month, k), "Y": lambda: str(ref.year + k)}[unit]()
        return value, ref.isoformat()

    def _r_duration(self, e: Expr, g: dict):
        if "redup" in g:
            return f"PX{self.lx['reduplicated_units'][g['redup'].lower()]}"
        n = parse_number(g["n"]) if g["n"].lower() != "beberapa" else None
        unit = self.lx["duration_units"][g["unit"].lower()]
        if n is not None:
            n *= unit.get("years", 1)
        n_text = "X" if n is None else str(int(n) if n == int(n) else float(n))
        return f"P{'T' if unit.get('clock') else ''}{n_text}{unit['designator']}"

    def _r_set(self, e: Expr, g: dict):
        if "wd" in g:
            return f"XXXX-WXX-{self.lx['weekdays'][g['wd'].lower()]}"
        if "unit" in g:
            return f"P1{self.lx['units'][g['unit'].lower()]}"
        return f"XXXX-XX-XXT{self._part(g, 'part')}"
