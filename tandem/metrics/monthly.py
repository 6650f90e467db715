"""Leaders' own monthly records: per month and team, the change from the month before, the latest month's cards."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from tandem.metrics.kpi import Kpi, fmt_number

MEASURES = {
    "participants": "参与人数",
    "volunteer_hours": "志愿服务时长（小时）",
    "cases_reported": "上报案件数",
    "cases_resolved": "办结案件数",
    "resolution_rate": "办结率（%）",
}


def _measure(rows: pd.DataFrame, measure: str) -> float:
    if measure == "resolution_rate":
        reported = rows["cases_reported"].sum()
        return float(rows["cases_resolved"].sum() / reported * 100) if reported else float("nan")
    return float(rows[measure].sum())


def monthly_series(
    records: pd.DataFrame, measure: str, *, teams: Sequence[str] = (), communities: Sequence[str] = ()
) -> pd.DataFrame:
    """Per month and team: the measure, last month's value and the change in % (month over month)."""
    if measure not in MEASURES:
        raise ValueError(f"unknown measure {measure}")
    data = records
    if teams:
        data = data[data["team"].isin(teams)]
    if communities:
        data = data[data["community"].isin(communities)]
    rows = [
        {"month": month, "team": team, "value": _measure(group, measure)}
        for (month, team), group in data.groupby(["month", "team"], sort=True)
    ]
    out = pd.DataFrame(rows, columns=["month", "team", "value"])
    if out.empty:
        return out.assign(previous=pd.Series(dtype=float), change_pct=pd.Series(dtype=float))
    prev = out.assign(month=out["month"] + pd.DateOffset(months=1)).rename(columns={"value": "previous"})
    out = out.merge(prev, on=["month", "team"], how="left")
    change = (out["value"] - out["previous"]) / out["previous"].where(out["previous"] != 0) * 100
    return out.assign(change_pct=change.round(1)).sort_values(["team", "month"]).reset_index(drop=True)


def latest_month_summary(records: pd.DataFrame) -> tuple[pd.Timestamp | None, list[Kpi]]:
    """The latest month's totals with the change from the month before, one card per measure."""
    if records.empty:
        return None, []
    latest = records["month"].max()
    before = latest - pd.DateOffset(months=1)
    now_rows, prev_rows = records[records["month"] == latest], records[records["month"] == before]
    cards = []
    for key, label in MEASURES.items():
        value = _measure(now_rows, key)
        previous = _measure(prev_rows, key) if not prev_rows.empty else float("nan")
        delta: float | None = None
        delta_unit, note = ("个百分点", "") if key == "resolution_rate" else ("%", "")
        if pd.isna(previous):
            note = "上月无数据"
        elif pd.isna(value):
            note = "本月无上报案件"
        elif key == "resolution_rate":
            delta = round(value - previous, 1)
        elif previous:
            delta = round((value - previous) / previous * 100, 1)
        else:
            note = "上月为 0"
        display = "—" if pd.isna(value) else (f"{value:.1f}%" if key == "resolution_rate" else fmt_number(value))
        cards.append(
            Kpi(
                key,
                label,
                None if pd.isna(value) else value,
                display,
                "",
                f"{latest:%Y年%m月}合计，与上月相比",
                delta=delta,
                delta_unit=delta_unit if delta is not None else "",
                note=note,
            )
        )
    return latest, cards


def history_table(history: pd.DataFrame) -> pd.DataFrame:
    """The upload history as shown: Chinese headers, status in words, times to the minute."""
    return pd.DataFrame(
        {
            "编号": history["id"],
            "上传时间": history["uploaded_at"].dt.strftime("%Y-%m-%d %H:%M"),
            "文件": history["filename"],
            "行数": history["n_rows"],
            "状态": history["status"].map({"active": "有效", "undone": "已撤销"}),
            "撤销时间": history["undone_at"].dt.strftime("%Y-%m-%d %H:%M").fillna(""),
        }
    )


def undo_choices(history: pd.DataFrame) -> dict[int, str]:
    """Uploads still in effect, newest first: id → label."""
    active = history[history["status"] == "active"]
    return {int(r["id"]): f"#{r['id']} {r['filename']}（{r['n_rows']} 行）" for _, r in active.iterrows()}


def series_table(series: pd.DataFrame, measure: str) -> pd.DataFrame:
    """A monthly series as shown under its chart."""
    return pd.DataFrame(
        {
            "月份": series["month"].dt.strftime("%Y-%m"),
            "团队": series["team"],
            MEASURES[measure]: series["value"],
            "上月": series["previous"],
            "环比变化（%）": series["change_pct"],
        }
    )
