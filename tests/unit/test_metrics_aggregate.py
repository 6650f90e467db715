"""Aggregation: KPI cards on the bundled figures, filters, normalised comparisons, monthly series, charts, map."""

from __future__ import annotations

import csv
import math

import pandas as pd
import pytest

from tandem.core.settings import REPO_ROOT
from tandem.metrics import charts
from tandem.metrics.explorer import explore
from tandem.metrics.export import to_xlsx_bytes
from tandem.metrics.geo import coordinates, locations
from tandem.metrics.monthly import latest_month_summary, monthly_series
from tandem.metrics.pilots import (
    Filters,
    apply_filters,
    categorize,
    compare_by,
    figures_table,
    filter_options,
    kpis,
    outermost,
    pilot_summary,
    ratios_by_scope,
)

CSV = REPO_ROOT / "knowledge" / "metrics" / "pilot_metrics.csv"


@pytest.fixture(scope="module")
def figures() -> pd.DataFrame:
    """The bundled CSV as the store returns it (an ``id`` per figure)."""
    with CSV.open(encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    frame = pd.DataFrame(rows)
    frame["value"] = frame["value"].astype(float)
    return frame.assign(id=range(1, len(frame) + 1))


def by_key(cards):  # type: ignore[no-untyped-def]
    return {c.key: c for c in cards}


def metric_of(figures: pd.DataFrame, ids) -> set[str]:  # type: ignore[no-untyped-def]
    return set(figures[figures["id"].isin(ids)]["metric"])


def test_categories_of_the_bundled_metrics() -> None:
    assert categorize("入选融合试点社区数", "个") == "communities"
    assert categorize("参与试点的持证社工人数（余）", "名") == "social_workers"
    assert categorize("群内专业社工人数（多）", "位") == "social_workers"
    assert categorize("参与试点的志愿者骨干人数（余）", "名") == "volunteers"
    assert categorize("凉小鸭志愿服务时长（超过）", "小时") == "service_hours"
    assert categorize("接诉即办案件数量降幅", "%") == "hotline_change"
    assert categorize("组建志愿服务队数", "支") == "teams"
    # ratios, group sizes and trainees are not head counts of the pilot
    assert categorize("1+N结对中每组社工人数（联系多名志愿者）", "名") == "other"
    assert categorize("快递员志愿者群成员数", "名") == "other"
    assert categorize("参加社工夜校的社区工作者人数（余）", "名") == "other"


def test_kpis_on_all_figures_answer_the_leaders_questions(figures: pd.DataFrame) -> None:
    cards = by_key(kpis(figures))
    assert cards["communities"].value == 37
    assert cards["social_workers"].value == 280 and cards["social_workers"].display == "280余"
    # 北京市's figures already contain 八棵杨's and 开阳里's: they are not added again
    assert cards["volunteers"].value == 2400
    assert cards["ratio"].value == pytest.approx(2400 / 280)
    assert cards["ratio"].display == "8.6"
    assert metric_of(figures, cards["ratio"].source_ids) == {
        "参与试点的志愿者骨干人数（余）",
        "参与试点的持证社工人数（余）",
    }
    assert cards["service_hours"].value == 50000
    assert cards["hotline_change"].value == -51 and cards["hotline_change"].display == "-51%"
    assert metric_of(figures, cards["hotline_change"].source_ids) == {"接诉即办案件数量降幅"}
    assert cards["teams"].value == 334 + 7
    for card in cards.values():
        assert card.source_ids, card  # every KPI leads to its figures
        assert card.help


def test_people_served_is_never_a_sum_of_different_units(figures: pd.DataFrame) -> None:
    """1,000 person-times (人次) and 700 people (位) are two cards, not "1,700余 人次/人"."""
    served = [c for c in kpis(figures) if c.key.startswith("people_served")]
    assert {(c.unit, c.value) for c in served} == {("人次", 1000), ("人", 700)}
    assert all(c.display.endswith("余") for c in served)
    for card in served:
        units = set(figures[figures["id"].isin(card.source_ids)]["unit"])
        assert units in ({"人次"}, {"位"}), units
    one_unit = apply_filters(figures, Filters(regions=("宁夏中卫市沙坡头区",)))
    assert [(c.unit, c.value) for c in kpis(one_unit) if c.key.startswith("people_served")] == [("人次", 1000)]
    one_group = compare_by(figures.assign(program="全部试点"), "program").set_index("category")
    assert one_group.loc["people_served", ["value", "unit"]].tolist() == [1000, "人次"]
    assert one_group.loc["people_served_people", ["value", "unit"]].tolist() == [700, "位"]
    nothing = apply_filters(figures, Filters(communities=("劲松街道八棵杨社区",)))
    assert [c.display for c in kpis(nothing) if c.key.startswith("people_served")] == ["—"]


def test_filters_narrow_the_kpis(figures: pd.DataFrame) -> None:
    cards = by_key(kpis(apply_filters(figures, Filters(communities=("劲松街道八棵杨社区",)))))
    assert cards["ratio"].value == pytest.approx(30 / 20)
    assert cards["volunteers"].value == 30
    assert cards["communities"].value == 1 and not cards["communities"].source_ids
    assert cards["service_hours"].value is None and cards["service_hours"].display == "—"

    ningxia = apply_filters(figures, Filters(regions=("宁夏中卫市沙坡头区",)))
    assert set(ningxia["region"]) == {"宁夏中卫市沙坡头区"}
    assert by_key(kpis(ningxia))["ratio"].value is None


def test_a_region_filter_includes_the_regions_inside_it(figures: pd.DataFrame) -> None:
    beijing = apply_filters(figures, Filters(regions=("北京市",)))
    assert set(beijing["region"]) == {"北京市", "北京市朝阳区", "北京市丰台区"}
    assert set(apply_filters(figures, Filters(programs=("凉小鸭",)))["community"]) == {"右安门街道开阳里第四社区"}
    assert len(apply_filters(figures, Filters(metrics=("接诉即办案件数量降幅",)))) == 1


def test_filter_options_follow_earlier_filters(figures: pd.DataFrame) -> None:
    options = filter_options(figures, Filters(regions=("北京市",)))
    assert "宁夏中卫市沙坡头区" in options["regions"]  # regions are never narrowed
    assert options["communities"] == ["劲松街道八棵杨社区", "右安门街道开阳里第四社区"]
    assert set(options["programs"]) == {"融合试点", "四随行动", "凉小鸭"}
    assert "组建志愿服务队数" not in options["metrics"]


def test_outermost_drops_nested_scopes_and_keeps_siblings() -> None:
    frame = pd.DataFrame(
        {
            "region": ["A市", "A市甲区", "A市甲区", "A市乙区", "B县"],
            "community": ["", "", "一社区", "二社区", "三社区"],
            "value": [100.0, 40.0, 10.0, 5.0, 7.0],
        }
    )
    kept = outermost(frame)
    assert sorted(zip(kept["region"], kept["community"], strict=True)) == [("A市", ""), ("B县", "三社区")]
    siblings = outermost(frame.iloc[2:])
    assert len(siblings) == 3


def test_normalised_comparison_by_region_and_program(figures: pd.DataFrame) -> None:
    compare = compare_by(figures, "program")
    volunteers = compare[compare["category"] == "volunteers"].set_index("group")
    assert volunteers.loc["凉小鸭", "index"] == 100
    assert volunteers.loc["融合试点", "index"] == pytest.approx(80.0)
    assert volunteers.loc["四随行动", "value"] == 30
    assert compare.groupby("category")["index"].max().eq(100).all()
    by_region = compare_by(figures, "region")
    assert set(by_region["group"]) >= {"北京市", "宁夏中卫市沙坡头区", "甘肃酒泉市金塔县"}


def test_ratios_per_pilot(figures: pd.DataFrame) -> None:
    ratios = ratios_by_scope(figures).set_index(["scope", "measure"])["value"]
    assert ratios[("北京市", "每名社工对应志愿者（名）")] == pytest.approx(8.57)
    assert ratios[("北京市朝阳区·劲松街道八棵杨社区", "每名社工对应志愿者（名）")] == pytest.approx(1.5)
    assert ratios[("北京市丰台区·右安门街道开阳里第四社区", "每名志愿者服务时长（小时）")] == pytest.approx(16.67)


def test_pilot_summary_puts_pilots_with_results_first(figures: pd.DataFrame) -> None:
    summary = pilot_summary(figures)
    assert len(summary) == len(figures.groupby(["region", "community", "program"]))
    with_results = summary[summary["成效数字"] != "—"]
    assert list(summary.index[: len(with_results)]) == list(with_results.index)
    bakeyang = summary[summary["项目"] == "四随行动"].iloc[0]
    assert "接诉即办案件数量降幅 51%" in bakeyang["成效数字"]


def test_every_bundled_pilot_is_on_the_map(figures: pd.DataFrame) -> None:
    points = locations(figures)
    assert len(points) == len(figures.groupby(["region", "community"]))
    assert points["lat"].notna().all() and points["lon"].notna().all()
    assert points["lat"].between(18, 54).all() and points["lon"].between(73, 135).all()  # inside China
    assert coordinates("北京市朝阳区", "某个新社区") == coordinates("北京市朝阳区")
    assert coordinates("火星", "") is None


def test_explore_and_charts_build(figures: pd.DataFrame) -> None:
    view = explore(figures, Filters(regions=("北京市",)), "program")
    assert len(view.table) == len(view.filtered) and "指标" in view.table.columns
    assert view.labels[1].startswith("北京市 · 入选融合试点社区数：37")
    for chart in (
        charts.compare_chart(view.compare, "program"),
        charts.ratio_chart(view.ratios),
        charts.values_chart(view.filtered, "program"),
    ):
        spec = chart.to_dict()
        assert spec["$schema"].startswith("https://vega.github.io/schema/vega-lite/")
    table = figures_table(figures)
    roundtrip = pd.read_excel(pd.io.common.BytesIO(to_xlsx_bytes(table.drop(columns="id"))))
    assert list(roundtrip.columns)[:4] == ["地区", "社区/镇街", "项目", "指标"] and len(roundtrip) == len(figures)


# ---- monthly records ---------------------------------------------------------------------
def records(rows: list[tuple[str, str, int, float, int, int]]) -> pd.DataFrame:
    frame = pd.DataFrame(
        rows, columns=["record_date", "team", "participants", "volunteer_hours", "cases_reported", "cases_resolved"]
    )
    frame["record_date"] = pd.to_datetime(frame["record_date"])
    frame["month"] = frame["record_date"].dt.to_period("M").dt.to_timestamp()
    return frame.assign(community="八棵杨社区", activity_type="巡查")


@pytest.fixture
def monthly() -> pd.DataFrame:
    return records(
        [
            ("2025-05-01", "甲队", 10, 20.0, 4, 2),
            ("2025-06-01", "甲队", 15, 30.0, 5, 5),
            ("2025-06-15", "甲队", 5, 10.0, 5, 3),  # two records in one month are summed
            ("2025-06-01", "乙队", 8, 8.0, 0, 0),
            ("2025-08-01", "乙队", 4, 6.0, 2, 1),  # July missing: no month-over-month change
        ]
    )


def test_monthly_series_with_month_over_month_change(monthly: pd.DataFrame) -> None:
    series = monthly_series(monthly, "participants").set_index(["team", "month"])
    may, june, august = pd.Timestamp("2025-05-01"), pd.Timestamp("2025-06-01"), pd.Timestamp("2025-08-01")
    assert series.loc[("甲队", june), "value"] == 20
    assert series.loc[("甲队", june), "previous"] == 10
    assert series.loc[("甲队", june), "change_pct"] == 100.0
    assert math.isnan(series.loc[("甲队", may), "change_pct"])
    assert math.isnan(series.loc[("乙队", august), "change_pct"])  # previous month has no data


def test_resolution_rate_and_team_filter(monthly: pd.DataFrame) -> None:
    rate = monthly_series(monthly, "resolution_rate", teams=["甲队"]).set_index("month")
    assert set(monthly_series(monthly, "participants", teams=["乙队"])["team"]) == {"乙队"}
    assert rate.loc[pd.Timestamp("2025-06-01"), "value"] == pytest.approx(80.0)
    assert rate.loc[pd.Timestamp("2025-06-01"), "change_pct"] == pytest.approx(60.0)
    with pytest.raises(ValueError):
        monthly_series(monthly, "nonsense")


def test_latest_month_summary(monthly: pd.DataFrame) -> None:
    latest, cards = latest_month_summary(monthly)
    assert latest == pd.Timestamp("2025-08-01")
    assert {c.key: c.display for c in cards}["participants"] == "4"
    assert all(c.delta is None and c.note == "上月无数据" for c in cards)
    latest, cards = latest_month_summary(monthly[monthly["month"] <= "2025-06-01"])
    deltas = {c.key: (c.delta, c.delta_unit) for c in cards}
    assert deltas["participants"] == (180.0, "%")  # 28 vs 10: a number, not a display string
    assert deltas["resolution_rate"] == (30.0, "个百分点")  # 80 % vs 50 %
    assert latest_month_summary(monthly.iloc[0:0]) == (None, [])
    chart = charts.monthly_chart(monthly_series(monthly, "volunteer_hours"), "志愿服务时长（小时）").to_dict()
    assert chart["layer"]
