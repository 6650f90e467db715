"""Altair chart specs for the metrics page (data in, chart out; no Streamlit here)."""

from __future__ import annotations

import altair as alt
import pandas as pd

from tandem.metrics.pilots import GROUP_LABELS


def compare_chart(compare: pd.DataFrame, by: str) -> alt.Chart:
    """Normalised comparison: each category's groups as % of its largest group (tooltip shows raw values)."""
    label = GROUP_LABELS.get(by, by)
    return (
        alt.Chart(compare, title=f"按{label}比较（同类数字中最大者 = 100）")
        .mark_bar()
        .encode(
            y=alt.Y("group:N", title=label, sort="-x"),
            x=alt.X("index:Q", title="相对规模指数（0–100）", scale=alt.Scale(domain=[0, 100])),
            color=alt.Color("类别:N", title="类别"),
            yOffset="类别:N",
            tooltip=[
                alt.Tooltip("group:N", title=label),
                alt.Tooltip("类别:N"),
                alt.Tooltip("value:Q", title="合计", format=",.0f"),
                alt.Tooltip("unit:N", title="单位"),
                alt.Tooltip("index:Q", title="指数", format=".1f"),
                alt.Tooltip("figures:N", title="来源指标"),
            ],
        )
    )


def ratio_chart(ratios: pd.DataFrame) -> alt.FacetChart:
    """Per-pilot ratios (volunteers per social worker, hours per volunteer), one panel per measure."""
    return (
        alt.Chart(ratios)
        .mark_bar()
        .encode(
            y=alt.Y("scope:N", title=None, sort="-x"),
            x=alt.X("value:Q", title=None),
            color=alt.Color("measure:N", title="指标", legend=None),
            tooltip=[
                alt.Tooltip("scope:N", title="试点"),
                alt.Tooltip("measure:N", title="指标"),
                alt.Tooltip("value:Q", title="数值", format=",.2f"),
                alt.Tooltip("detail:N", title="计算"),
            ],
        )
        .properties(width=420)
        .facet(row=alt.Row("measure:N", title=None, header=alt.Header(labelAngle=0, labelAlign="left")))
        .resolve_scale(x="independent", y="independent")
        .properties(title="归一化比较：每名社工对应志愿者、每名志愿者服务时长")
    )


def values_chart(frame: pd.DataFrame, by: str) -> alt.FacetChart:
    """Raw values of the selected metrics by region or programme, one panel per metric."""
    label = GROUP_LABELS.get(by, by)
    data = frame.assign(group=frame[by].replace("", "（未注明）"), 指标=frame["metric"] + "（" + frame["unit"] + "）")
    return (
        alt.Chart(data)
        .mark_bar()
        .encode(
            y=alt.Y("group:N", title=label, sort="-x"),
            x=alt.X("sum(value):Q", title=None),
            color=alt.Color("group:N", legend=None),
            tooltip=[
                alt.Tooltip("group:N", title=label),
                alt.Tooltip("metric:N", title="指标"),
                alt.Tooltip("sum(value):Q", title="数值", format=",.0f"),
                alt.Tooltip("unit:N", title="单位"),
            ],
        )
        .properties(width=420)
        .facet(row=alt.Row("指标:N", title=None, header=alt.Header(labelAngle=0, labelAlign="left")))
        .resolve_scale(x="independent", y="independent")
    )


def monthly_chart(series: pd.DataFrame, measure_label: str) -> alt.LayerChart:
    """The measure per month, one line per team."""
    base = alt.Chart(series, title=f"{measure_label}：按月、按团队").encode(
        x=alt.X("yearmonth(month):T", title="月份"),
        y=alt.Y("value:Q", title=measure_label),
        color=alt.Color("team:N", title="团队"),
        tooltip=[
            alt.Tooltip("yearmonth(month):T", title="月份"),
            alt.Tooltip("team:N", title="团队"),
            alt.Tooltip("value:Q", title=measure_label, format=",.1f"),
            alt.Tooltip("previous:Q", title="上月", format=",.1f"),
            alt.Tooltip("change_pct:Q", title="环比变化（%）", format="+.1f"),
        ],
    )
    return base.mark_line() + base.mark_point(filled=True, size=60)


def change_chart(series: pd.DataFrame) -> alt.Chart:
    """Month-over-month change in %, per team."""
    data = series.dropna(subset=["change_pct"])
    return (
        alt.Chart(data, title="环比变化（与上月相比，%）")
        .mark_bar()
        .encode(
            x=alt.X("yearmonth(month):T", title="月份"),
            xOffset="team:N",
            y=alt.Y("change_pct:Q", title="变化（%）"),
            color=alt.Color("team:N", title="团队"),
            tooltip=[
                alt.Tooltip("yearmonth(month):T", title="月份"),
                alt.Tooltip("team:N", title="团队"),
                alt.Tooltip("change_pct:Q", title="变化（%）", format="+.1f"),
            ],
        )
    )


def topics_week_chart(topics_by_week: pd.DataFrame) -> alt.Chart:
    """Heat map: the most asked topics (rows) per week (columns)."""
    data = topics_by_week.assign(周=topics_by_week["week"].dt.strftime("%m-%d 起"))
    return (
        alt.Chart(data, title="每周最常问的话题")
        .mark_rect()
        .encode(
            x=alt.X("周:N", title="周（周一起）", sort="ascending"),
            y=alt.Y("topic:N", title="话题", sort="-color"),
            color=alt.Color("count:Q", title="提问次数", scale=alt.Scale(scheme="oranges")),
            tooltip=[alt.Tooltip("周:N"), alt.Tooltip("topic:N", title="话题"), alt.Tooltip("count:Q", title="次数")],
        )
    )


def skills_chart(skills: pd.DataFrame) -> alt.Chart:
    """Questions per skill module, with the 👎 count in the tooltip."""
    return (
        alt.Chart(skills, title="按技能模块统计的提问")
        .mark_bar()
        .encode(
            y=alt.Y("skill:N", title="技能模块", sort="-x"),
            x=alt.X("count:Q", title="提问次数"),
            color=alt.Color("thumbs_down:Q", title="👎 次数", scale=alt.Scale(scheme="reds")),
            tooltip=[
                alt.Tooltip("skill:N", title="技能"),
                alt.Tooltip("count:Q", title="提问"),
                alt.Tooltip("thumbs_down:Q", title="👎"),
            ],
        )
    )
