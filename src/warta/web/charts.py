"""Geometry for the dashboard's small hand-drawn SVG charts (no chart library, no script).

Each function turns corpus results into shapes with coordinates in a fixed viewBox; the templates draw them
and the browser scales the SVG to the page width. Every shape carries a label for its <title> tooltip.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

W, H = 640, 220  # viewBox of the time charts
PAD_L, PAD_R, PAD_T, PAD_B = 48, 12, 12, 36
NET_W, NET_H = 900, 620  # viewBox of the network


@dataclass
class Chart:
    width: int = W
    height: int = H
    shapes: list[dict] = field(default_factory=list)
    ticks: list[dict] = field(default_factory=list)  # axis labels: {x, y, text, anchor}
    lines: list[dict] = field(default_factory=list)  # connectors between points
    empty: bool = True


def _y_axis(chart: Chart, top: float, counts: bool = False) -> None:
    fracs = (0, 1) if counts and top < 2 else (0, 0.5, 1)
    for frac in fracs:
        y = H - PAD_B - frac * (H - PAD_T - PAD_B)
        value = round(top * frac) if counts else top * frac
        chart.ticks.append({"x": PAD_L - 6, "y": y + 4, "text": _short(value), "anchor": "end"})


def _short(value: float) -> str:
    for size, suffix in ((1e12, " T"), (1e9, " M"), (1e6, " jt"), (1e3, " rb")):  # triliun, miliar, juta, ribu
        if abs(value) >= size:
            return f"{value / size:.3g}{suffix}".replace(".", ",")
    return f"{value:.3g}".replace(".", ",")


class _TimeAxis:
    """Dates placed in proportion to time: by day for spans up to ``MONTHLY`` days, else by month."""

    MONTHLY = 120

    def __init__(self, days: list[str]) -> None:
        self.monthly = (_ordinal(max(days)) - _ordinal(min(days))) > self.MONTHLY
        self.first = self.unit(min(days))
        self.slots = self.unit(max(days)) - self.first + 1
        self.slot = (W - PAD_L - PAD_R) / self.slots

    def unit(self, day: str) -> int:
        if self.monthly:
            return int(day[:4]) * 12 + int(day[5:7]) - 1
        return _ordinal(day)

    def key(self, day: str) -> str:
        return day[:7] if self.monthly else day

    def x(self, day: str) -> float:
        return PAD_L + (self.unit(day) - self.first + 0.5) * self.slot

    def ticks(self, chart: Chart, days: list[str]) -> None:
        shown = sorted({self.key(d) for d in days})
        step = max(1, -(-len(shown) // 5))  # at most five labels: dates are wide
        for key in shown[::step]:
            chart.ticks.append({"x": round(self.x(key if len(key) == 10 else key + "-01"), 1), "y": H - PAD_B + 16,
                                "text": key, "anchor": "middle"})


def _ordinal(day: str) -> int:
    from datetime import date

    return date.fromisoformat(day[:10] if len(day) >= 10 else day[:7] + "-01").toordinal()


def bars(points: list[tuple[str, int]]) -> Chart:
    """Stories per day on a time axis (per month when the dates span more than four months)."""
    points = [(d, n) for d, n in points if d and len(d) >= 7]
    chart = Chart()
    if not points:
        return chart
    chart.empty = False
    axis = _TimeAxis([d for d, _ in points])
    totals: dict[str, int] = {}
    for day, n in points:
        totals[axis.key(day)] = totals.get(axis.key(day), 0) + n
    top = max(totals.values()) or 1
    width = max(2.0, min(40.0, axis.slot * 0.8))
    for key, n in sorted(totals.items()):
        h = n / top * (H - PAD_T - PAD_B)
        x = axis.x(key if len(key) == 10 else key + "-01")
        chart.shapes.append({"kind": "rect", "x": round(x - width / 2, 1), "y": round(H - PAD_B - h, 1),
                             "w": round(width, 1), "h": round(h, 1), "label": f"{key}: {n}"})
    axis.ticks(chart, list(totals))
    _y_axis(chart, top, counts=True)
    return chart


def claims(points: list[tuple[str, float, str, float | None]]) -> Chart:
    """Values of one unit over publication dates: (date, value, label, revised value or None) as dots.

    A revision the article reports ("naik dari 3.000 menjadi 10.000") is drawn as a segment from the old value
    to the new one at the article's date. Dots are not joined otherwise: claims of one unit are about many things.
    """
    points = sorted((p for p in points if p[0] and len(p[0]) >= 7), key=lambda p: p[0])
    chart = Chart()
    if not points:
        return chart
    chart.empty = False
    axis = _TimeAxis([p[0] for p in points])
    top = max(max(v, prev or 0) for _, v, _, prev in points) or 1

    def y(value: float) -> float:
        return round(H - PAD_B - value / top * (H - PAD_T - PAD_B), 1)

    for day, value, label, previous in points:
        x = round(axis.x(day), 1)
        if previous is not None:
            chart.lines.append({"x1": x, "y1": y(previous), "x2": x, "y2": y(value)})
        chart.shapes.append({"kind": "dot", "x": x, "y": y(value), "label": label})
    axis.ticks(chart, [p[0] for p in points])
    _y_axis(chart, top)
    return chart


def circle(nodes: list[tuple[int, str, str, int]], edges: list[tuple[int, ...]]) -> Chart:
    """Nodes (id, name, type, weight) on an ellipse, heaviest first from the top; edges (source, target, weight)
    or (source, target, weight, polarity), a positive polarity drawn as cooperation, a negative one as conflict.

    The ellipse leaves room on both sides for names; long names are shortened (the full name is the tooltip).
    """
    chart = Chart(width=NET_W, height=NET_H)
    if not nodes:
        return chart
    chart.empty = False
    cx, cy = NET_W / 2, NET_H / 2
    rx, ry = NET_W / 2 - 190, NET_H / 2 - 40
    top = max(w for *_, w in nodes) or 1
    at = {}
    for i, (nid, name, type_, weight) in enumerate(nodes):
        a = -math.pi / 2 + 2 * math.pi * i / len(nodes)
        cos, sin = math.cos(a), math.sin(a)
        at[nid] = (round(cx + rx * cos, 1), round(cy + ry * sin, 1))
        chart.shapes.append({"kind": "node", "x": at[nid][0], "y": at[nid][1], "r": round(4 + 8 * weight / top, 1),
                             "css": f"ent-{type_.lower()}", "label": name, "id": nid,
                             "short": name if len(name) <= 24 else name[:23] + "…",
                             "tx": round(cx + (rx + 14) * cos, 1), "ty": round(cy + (ry + 12) * sin + 4, 1),
                             "anchor": "start" if cos > 0.15 else "end" if cos < -0.15 else "middle"})
    strongest = max(e[2] for e in edges) if edges else 1
    for s, t, w, *sign in edges:
        if s in at and t in at:
            polarity = sign[0] if sign else 0
            chart.lines.append({"x1": at[s][0], "y1": at[s][1], "x2": at[t][0], "y2": at[t][1],
                                "w": round(1 + 3 * w / strongest, 1), "label": w,
                                "css": "pos" if polarity > 0 else "neg" if polarity < 0 else ""})
    return chart
