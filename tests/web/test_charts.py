"""Chart geometry: bars on a time axis, claim dots, the network ellipse."""

from __future__ import annotations

import pytest

from warta.web import charts


@pytest.mark.parametrize("points, labels", [
    ([("2024-10-01", 1), ("2024-10-03", 3)], ["2024-10-01: 1", "2024-10-03: 3"]),  # days
    ([("2024-01-05", 1), ("2024-01-20", 2), ("2024-09-01", 1)], ["2024-01: 3", "2024-09: 1"]),  # months
    ([("", 4)], []),  # undated stories are not drawn
])
def test_bars_per_day_or_month(points, labels):
    chart = charts.bars(points)
    assert [s["label"] for s in chart.shapes] == labels
    assert chart.empty == (not labels)


def test_bars_are_placed_in_proportion_to_time_and_height():
    chart = charts.bars([("2024-10-01", 1), ("2024-10-02", 2), ("2024-10-11", 2)])
    first, second, third = chart.shapes
    gap1, gap2 = second["x"] - first["x"], third["x"] - second["x"]
    assert gap2 == pytest.approx(9 * gap1, rel=0.01)  # one day, then nine
    assert second["h"] == pytest.approx(2 * first["h"])
    assert all(charts.PAD_L <= s["x"] and s["x"] + s["w"] <= charts.W for s in chart.shapes)


def test_claims_put_larger_values_higher():
    chart = charts.claims([("2024-10-24", 3000, "a", None), ("2024-10-28", 10000, "b", None)])
    low, high = chart.shapes
    assert high["y"] < low["y"] and high["x"] > low["x"]
    assert [t["text"] for t in chart.ticks if t["anchor"] == "end"] == ["0", "5 rb", "10 rb"]
    assert chart.lines == []  # claims about different things are not joined


def test_a_reported_revision_is_a_segment_from_old_to_new():
    chart = charts.claims([("2024-10-24", 3000, "a", None), ("2024-10-28", 12000, "b", 10000)])
    (segment,) = chart.lines
    revised = chart.shapes[1]
    assert segment["x1"] == segment["x2"] == revised["x"]
    assert segment["y2"] == revised["y"] < segment["y1"]  # the new value, higher up than the old one


def test_network_nodes_sit_inside_the_view_with_names():
    chart = charts.circle([(1, "Retno Marsudi", "PER", 4), (2, "Myanmar", "LOC", 2),
                           (3, "Kementerian Koordinator Bidang Pembangunan Manusia", "ORG", 1)], [(1, 2, 2), (1, 3, 1)])
    for node in chart.shapes:
        assert 0 < node["x"] < chart.width and 0 < node["y"] < chart.height
        assert len(node["short"]) <= 24
    assert [line["w"] for line in chart.lines] == [4.0, 2.5]


@pytest.mark.parametrize("polarity, css", [(1, "pos"), (-1, "neg"), (0, "")])
def test_network_lines_show_cooperation_and_conflict(polarity, css):
    chart = charts.circle([(1, "Retno Marsudi", "PER", 2), (2, "Myanmar", "LOC", 2)], [(1, 2, 2, polarity)])
    assert [line["css"] for line in chart.lines] == [css]
