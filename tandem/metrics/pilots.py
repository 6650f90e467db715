"""Pilot figures: what a leader reads from the bundled (and edited) figures — KPI cards, comparisons, the table.

Pilot figures are free-text metrics ("参与试点的志愿者骨干人数（余）"), so each is
first given a *category* (volunteers, social workers, service hours …) by
keyword rules.  Figures of one category are summed over non-overlapping scopes:
a region-wide figure (北京市, no community) already contains the figures of
the districts and communities inside it, so those are not added again.  Figures of
different units are never added (人次 and 人 are two cards).  Every KPI keeps the
ids of the figures it was computed from, so it leads to its source.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import pandas as pd

from tandem.metrics.kpi import Kpi, fmt_number

CATEGORY_LABELS = {
    "communities": "试点社区",
    "social_workers": "社工",
    "volunteers": "志愿者",
    "service_hours": "志愿服务时长",
    "teams": "志愿服务队伍",
    "people_served": "服务/帮助居民（人次）",
    "people_served_people": "服务/帮助居民（人）",
    "hotline_change": "接诉即办案件变化",
    "other": "其他",
}
COMPARED_CATEGORIES = (
    "volunteers",
    "social_workers",
    "service_hours",
    "teams",
    "people_served",
    "people_served_people",
)
APPROX_MARKS = ("（余）", "（多）", "（超过）")
RESULT_WORDS = ("降幅", "增收", "服务居民", "帮助", "时长", "客流", "价值")
GROUP_LABELS = {"region": "地区", "program": "项目", "community": "社区"}


@dataclass(frozen=True)
class Filters:
    """The explorer's filters; empty = everything."""

    regions: tuple[str, ...] = ()
    communities: tuple[str, ...] = ()
    programs: tuple[str, ...] = ()
    metrics: tuple[str, ...] = ()


# ---- categories and scopes --------------------------------------------------------------
def categorize(metric: str, unit: str = "") -> str:
    """The KPI category of a free-text metric name (see module docstring)."""
    m = metric
    if "接诉即办" in m:
        return "hotline_change"
    if "社区数" in m and "试点" in m:
        return "communities"
    if "每" in m or "成员数" in m:
        return "other"
    if "社工" in m and "人数" in m and "社区工作者" not in m:
        return "social_workers"
    if "志愿者" in m and "人数" in m:
        return "volunteers"
    if "时长" in m and unit == "小时":
        return "service_hours"
    if "队" in m and unit == "支":
        return "teams"
    if ("服务居民" in m or "帮助" in m) and unit in ("人次", "位", "人", "名"):
        return "people_served"
    return "other"


def scope_label(region: str, community: str) -> str:
    return f"{region}·{community}" if community else region


def with_categories(frame: pd.DataFrame) -> pd.DataFrame:
    out = frame.copy()
    out["category"] = [categorize(m, u) for m, u in zip(out["metric"], out["unit"], strict=True)]
    out["scope"] = [scope_label(r, c) for r, c in zip(out["region"], out["community"], strict=True)]
    return out


def _contains(outer: tuple[str, str], inner: tuple[str, str]) -> bool:
    """True when scope ``outer`` (region, community) strictly contains ``inner``."""
    (o_region, o_comm), (i_region, i_comm) = outer, inner
    return not o_comm and i_region.startswith(o_region) and (i_region != o_region or bool(i_comm))


def outermost(frame: pd.DataFrame) -> pd.DataFrame:
    """One figure per scope (the largest), dropping scopes contained in another scope of ``frame``."""
    if frame.empty:
        return frame
    best = frame.sort_values("value", ascending=False).drop_duplicates(["region", "community"])
    scopes = list(zip(best["region"], best["community"], strict=True))
    keep = [not any(_contains(o, s) for o in scopes if o != s) for s in scopes]
    return best[keep]


def _approx(metrics: Iterable[str]) -> bool:
    return any(mark in m for m in metrics for mark in APPROX_MARKS)


# ---- filters ---------------------------------------------------------------------------
def apply_filters(frame: pd.DataFrame, filters: Filters) -> pd.DataFrame:
    """Rows matching the filters; a region also matches the regions inside it (北京市 ⊃ 北京市朝阳区)."""
    mask = pd.Series(True, index=frame.index)
    if filters.regions:
        mask &= frame["region"].map(lambda r: any(r.startswith(sel) for sel in filters.regions))
    if filters.communities:
        mask &= frame["community"].isin(filters.communities)
    if filters.programs:
        mask &= frame["program"].isin(filters.programs)
    if filters.metrics:
        mask &= frame["metric"].isin(filters.metrics)
    return frame[mask]


def filter_options(frame: pd.DataFrame, filters: Filters) -> dict[str, list[str]]:
    """Choices for each filter, narrowed by the filters before it."""
    by_region = apply_filters(frame, Filters(regions=filters.regions))
    by_community = apply_filters(by_region, Filters(communities=filters.communities))
    by_program = apply_filters(by_community, Filters(programs=filters.programs))
    return {
        "regions": sorted(frame["region"].unique()),
        "communities": sorted(c for c in by_region["community"].unique() if c),
        "programs": sorted(p for p in by_community["program"].unique() if p),
        "metrics": sorted(by_program["metric"].unique()),
    }


# ---- KPI cards -------------------------------------------------------------------------
def kpis(frame: pd.DataFrame) -> list[Kpi]:
    """The KPI cards for the (filtered) figures."""
    data = with_categories(frame)
    cards = [_communities(data)]
    for key, unit in (("social_workers", "名"), ("volunteers", "名")):
        cards.append(_sum_card(data, key, unit))
    cards.append(_ratio_card(data))
    cards.append(_sum_card(data, "service_hours", "小时"))
    cards.append(_hotline_card(data))
    cards.append(_sum_card(data, "teams", "支"))
    cards += _people_served_cards(data)
    return cards


def _ids(rows: pd.DataFrame) -> tuple[int, ...]:
    return tuple(int(i) for i in rows["id"])


def _explain(rows: pd.DataFrame) -> str:
    return "；".join(
        f"{scope}：{metric} {fmt_number(v)}{u}"
        for scope, metric, v, u in zip(rows["scope"], rows["metric"], rows["value"], rows["unit"], strict=True)
    )


def _communities(data: pd.DataFrame) -> Kpi:
    rows = outermost(data[data["category"] == "communities"])
    label = "试点社区数"
    if not rows.empty:
        value = float(rows["value"].sum())
        return Kpi("communities", label, value, fmt_number(value), "个", "来源数字：" + _explain(rows), _ids(rows))
    named = sorted(c for c in data["community"].unique() if c)
    if not named:
        return Kpi("communities", label, None, "—", "个", "当前筛选范围内没有社区层面的数字。")
    return Kpi(
        "communities",
        label,
        float(len(named)),
        str(len(named)),
        "个",
        "当前筛选范围内有数字的社区/镇街：" + "、".join(named),
    )


def _sum_card(data: pd.DataFrame, key: str, unit: str) -> Kpi:
    rows = outermost(data[data["category"] == key])
    label = {
        "social_workers": "社工",
        "volunteers": "志愿者",
        "service_hours": "志愿服务时长",
        "teams": "志愿服务队伍",
        "people_served": "服务/帮助居民",
    }[key]
    if rows.empty:
        return Kpi(key, label, None, "—", unit, "当前筛选范围内没有这类数字。")
    value = float(rows["value"].sum())
    display = fmt_number(value) + ("余" if _approx(rows["metric"]) else "")
    note = "（同一范围内已包含的下级数字不重复相加）" if len(rows) < len(data[data["category"] == key]) else ""
    return Kpi(key, label, value, display, unit, "来源数字：" + _explain(rows) + note, _ids(rows))


# people counted once (位, 名, 人) and visits (人次) are different units: never added together
PEOPLE_UNITS = {"人": "人", "位": "人", "名": "人", "人次": "人次"}


def _people_served_cards(data: pd.DataFrame) -> list[Kpi]:
    """One "服务/帮助居民" card per unit (人次, 人); one "—" card when there are none."""
    rows = data[data["category"] == "people_served"]
    units = rows["unit"].map(PEOPLE_UNITS)
    if rows.empty:
        return [_sum_card(data, "people_served", "人次")]
    cards = []
    for unit in sorted(set(units), key=["人次", "人"].index):
        same = data.copy()
        same.loc[rows.index[units != unit], "category"] = "other"
        card = _sum_card(same, "people_served", unit)
        cards.append(Kpi(**{**card.__dict__, "key": "people_served" if unit == "人次" else "people_served_people"}))
    return cards


def ratio_rows(data: pd.DataFrame) -> pd.DataFrame:
    """Scopes with both a volunteer and a social-worker figure: their volunteers per social worker."""
    vols = outermost_per_scope(data[data["category"] == "volunteers"])
    sws = outermost_per_scope(data[data["category"] == "social_workers"])
    merged = vols.merge(sws, on=["region", "community", "scope"], suffixes=("_v", "_s"))
    merged = merged[merged["value_s"] > 0]
    merged = merged.assign(ratio=merged["value_v"] / merged["value_s"])
    return merged


def outermost_per_scope(rows: pd.DataFrame) -> pd.DataFrame:
    """The largest figure of each scope (no nesting removed)."""
    return rows.sort_values("value", ascending=False).drop_duplicates(["region", "community"])


def _ratio_card(data: pd.DataFrame) -> Kpi:
    merged = ratio_rows(data)
    label = "每名社工对应志愿者"
    if merged.empty:
        return Kpi("ratio", label, None, "—", "名", "当前筛选范围内没有同时给出志愿者和社工人数的试点。")
    top = outermost(merged.assign(value=merged["value_v"]))
    value = float(top["value_v"].sum() / top["value_s"].sum())
    explain = "；".join(
        f"{s}：{mv} {fmt_number(v)} ÷ {ms} {fmt_number(w)}"
        for s, mv, v, ms, w in zip(
            top["scope"], top["metric_v"], top["value_v"], top["metric_s"], top["value_s"], strict=True
        )
    )
    ids = tuple(int(i) for pair in zip(top["id_v"], top["id_s"], strict=True) for i in pair)
    return Kpi("ratio", label, value, f"{value:.1f}", "名", "计算：" + explain, ids)


def _hotline_card(data: pd.DataFrame) -> Kpi:
    rows = data[data["category"] == "hotline_change"]
    label = "接诉即办案件变化"
    if rows.empty:
        return Kpi("hotline_change", label, None, "—", "", "当前筛选范围内没有接诉即办案件数字。")
    signed = [(-v if "降" in m or "减" in m else v) for m, v in zip(rows["metric"], rows["value"], strict=True)]
    value = float(sum(signed) / len(signed))
    prefix = "平均 " if len(signed) > 1 else ""
    return Kpi("hotline_change", label, value, f"{prefix}{value:+.0f}%", "", "来源数字：" + _explain(rows), _ids(rows))


# ---- comparisons -----------------------------------------------------------------------
def compare_by(frame: pd.DataFrame, by: str) -> pd.DataFrame:
    """Per group (region or program) and category: total and an index 0–100 (share of the category's largest group).

    The index makes groups comparable across categories of different units.
    """
    data = with_categories(frame)
    people = (data["category"] == "people_served") & (data["unit"].map(PEOPLE_UNITS) == "人")
    data.loc[people, "category"] = "people_served_people"  # people and person-times are never added
    data = data[data["category"].isin(COMPARED_CATEGORIES)]
    parts = []
    for (group, category), rows in data.groupby([by, "category"], sort=True):
        top = outermost(rows)
        parts.append(
            {
                "group": group or "（未注明）",
                "category": category,
                "类别": CATEGORY_LABELS[category],
                "value": float(top["value"].sum()),
                "unit": "、".join(sorted(set(top["unit"]))),
                "figures": "；".join(top["metric"]),
                "n": len(top),
            }
        )
    out = pd.DataFrame(parts, columns=["group", "category", "类别", "value", "unit", "figures", "n"])
    if out.empty:
        return out.assign(index=pd.Series(dtype=float))
    maxima = out.groupby("category")["value"].transform("max")
    return out.assign(index=(out["value"] / maxima.where(maxima > 0) * 100).fillna(0).round(1))


def ratios_by_scope(frame: pd.DataFrame) -> pd.DataFrame:
    """Normalised figures per pilot: volunteers per social worker, service hours per volunteer."""
    data = with_categories(frame)
    rows = []
    for _, r in ratio_rows(data).iterrows():
        rows.append(
            {
                "scope": r["scope"],
                "measure": "每名社工对应志愿者（名）",
                "value": round(r["ratio"], 2),
                "detail": f"{r['metric_v']} {fmt_number(r['value_v'])} ÷ {r['metric_s']} {fmt_number(r['value_s'])}",
            }
        )
    hours = outermost_per_scope(data[data["category"] == "service_hours"])
    vols = outermost_per_scope(data[data["category"] == "volunteers"])
    for _, r in hours.merge(vols, on=["region", "community", "scope"], suffixes=("_h", "_v")).iterrows():
        if r["value_v"] > 0:
            rows.append(
                {
                    "scope": r["scope"],
                    "measure": "每名志愿者服务时长（小时）",
                    "value": round(r["value_h"] / r["value_v"], 2),
                    "detail": f"{r['metric_h']} {fmt_number(r['value_h'])} ÷ {r['metric_v']} {fmt_number(r['value_v'])}",
                }
            )
    return pd.DataFrame(rows, columns=["scope", "measure", "value", "detail"])


def pilot_summary(frame: pd.DataFrame) -> pd.DataFrame:
    """One row per pilot (region, community, programme): its figures and its result figures."""
    rows = []
    for (region, community, program), group in frame.groupby(["region", "community", "program"], sort=True):
        results = [
            f"{m} {fmt_number(v)}{u}"
            for m, v, u in zip(group["metric"], group["value"], group["unit"], strict=True)
            if any(w in m for w in RESULT_WORDS)
        ]
        rows.append(
            {
                "地区": region,
                "社区/镇街": community or "（全域）",
                "项目": program,
                "数字个数": len(group),
                "成效数字": "；".join(results) or "—",
            }
        )
    out = pd.DataFrame(rows, columns=["地区", "社区/镇街", "项目", "数字个数", "成效数字"])
    has_result = out["成效数字"] != "—"
    return (
        out.assign(_r=has_result)
        .sort_values(["_r", "数字个数"], ascending=False)
        .drop(columns="_r")
        .reset_index(drop=True)
    )


def figures_table(frame: pd.DataFrame) -> pd.DataFrame:
    """The sortable table of figures, Chinese headers, ``id`` kept for selection."""
    table = frame[["id", "region", "community", "program", "metric", "value", "unit", "period", "quote", "source"]]
    return table.rename(
        columns={
            "region": "地区",
            "community": "社区/镇街",
            "program": "项目",
            "metric": "指标",
            "value": "数值",
            "unit": "单位",
            "period": "时期",
            "quote": "原文引述",
            "source": "来源文件",
        }
    ).reset_index(drop=True)


def figure_label(row: pd.Series) -> str:
    where = row["community"] or row["region"]
    return f"{where} · {row['metric']}：{fmt_number(row['value'])}{row['unit']}"
