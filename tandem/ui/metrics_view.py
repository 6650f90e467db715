"""The Metrics page's three tabs: pilot figures (public), monthly records (leaders change), questions (leaders).

``render_metrics_page`` is the one call of ``pages/metrics.py``.  Access
(:mod:`tandem.ui.admin`): everyone reads the pilot figures and the monthly trends;
uploading and undoing monthly data need the leader or admin password (re-checked at
the click); the "志愿者在问什么" tab shows leaders topics and counts, and only the
admin the questions themselves — masked, as they are stored.
"""

from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st
from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError

from tandem.assistant.asklog import purge_expired
from tandem.core.settings import Settings
from tandem.metrics import charts
from tandem.metrics.explorer import explore
from tandem.metrics.export import template_csv, template_xlsx, to_csv_bytes, to_xlsx_bytes
from tandem.metrics.kpi import Kpi
from tandem.metrics.monthly import (
    MEASURES,
    history_table,
    latest_month_summary,
    monthly_series,
    series_table,
    undo_choices,
)
from tandem.metrics.pilots import GROUP_LABELS, Filters, filter_options
from tandem.metrics.provenance import figure_source
from tandem.metrics.questions import questions_overview
from tandem.metrics.store import (
    UploadRejected,
    check_upload,
    committed_upload,
    monthly_records_frame,
    pilot_metrics_frame,
    save_upload,
    undo_upload,
    upload_history,
)
from tandem.ui.admin import Role, access_gate, allowed_now, current_role
from tandem.ui.metrics_resources import get_metrics_engine, get_passages

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
FILTER_KEYS = {
    "regions": "metrics_region",
    "communities": "metrics_community",
    "programs": "metrics_program",
    "metrics": "metrics_metric",
}
FILTER_LABELS = {"regions": "地区", "communities": "社区/镇街", "programs": "项目", "metrics": "指标"}


def render_metrics_page(settings: Settings) -> None:
    """The whole page: database, access gate, the three tabs."""
    try:
        engine = get_metrics_engine()
    except OperationalError as exc:
        st.error(f"无法连接试点数据库，请检查数据库设置（TANDEM_DATABASE_URL）或稍后再试。\n\n详情：{exc.orig or exc}")
        return
    st.title("📊 试点数据")
    st.caption("每个数字都能追溯到试点案例报告中的原文；也可以上传本社区的月度数据，与上月对比。")
    for message in st.session_state.pop("metrics_flash", []):
        st.success(message)
    can_lead = access_gate(settings, Role.LEADER, prefix="metrics", what="上传和撤销月度数据、查看志愿者提问的统计")
    # Stateful tabs: after an upload or undo (which rerun the page) the leader stays on the same tab.
    pilots, own, asked = st.tabs(
        ["📈 试点成效", "🗂️ 本社区月度数据", "💬 志愿者在问什么"], key="metrics_tab", on_change="rerun"
    )
    with pilots:
        render_pilots(engine, settings)
    with own:
        render_monthly(engine, settings, can_lead)
    with asked:
        render_questions(engine, settings)


# ---- shared widgets ---------------------------------------------------------------------
def _sanitize(key: str, options: list[Any]) -> None:
    """Drop selections that the narrowed options no longer offer (before the widget is drawn)."""
    state = st.session_state
    if key in state and isinstance(state[key], list):
        state[key] = [v for v in state[key] if v in options]
    elif key in state and state[key] is not None and state[key] not in options:
        state[key] = None


def _chart(chart: Any, key: str) -> None:
    """An Altair chart in a keyed container (the key becomes a CSS class the browser tests find)."""
    with st.container(key=key):
        st.altair_chart(chart)


def kpi_row(cards: list[Kpi]) -> None:
    """KPI cards, four a row; a card with figures behind it gets a "查看出处" button."""
    for start in range(0, len(cards), 4):
        for column, card in zip(st.columns(4), cards[start : start + 4], strict=False):
            with column:
                label = f"{card.label}（{card.unit}）" if card.unit else card.label
                delta = f"{card.delta:+.1f}{card.delta_unit}" if card.delta is not None else None
                help_text = f"{card.help}：{card.note}" if card.note else card.help
                st.metric(label, card.display, delta=delta, help=help_text)
                if card.source_ids:
                    st.button(
                        "查看出处",
                        key=f"metrics_kpi_src_{card.key}",
                        type="tertiary",
                        on_click=lambda ids=card.source_ids: st.session_state.update(metrics_kpi_sources=list(ids)),
                    )


def _show_source(figure_id: int, figures: pd.DataFrame, place: str, settings: Settings) -> None:
    rows = figures[figures["id"] == figure_id]
    if rows.empty:
        st.warning("这个数字已不在数据库中。")
        return
    figure = rows.iloc[0].to_dict()
    prov = figure_source(figure, get_passages(), settings)
    where = " · ".join(p for p in (figure["region"], figure["community"], figure["program"], figure["period"]) if p)
    with st.container(border=True, key=f"metrics_source_{place}_{figure_id}"):
        st.markdown(f"**{figure['metric']}：{figure['value']:,.10g}{figure['unit']}**　{where}")
        st.markdown(f"原文引述：“{prov.quote}”")
        if prov.passage:
            st.caption(f"案例报告段落 · {prov.title}" + (f" · {prov.heading}" if prov.heading else ""))
            st.markdown(prov.highlighted_markdown())
            st.caption(
                f"来源文件：`{prov.source}`" + (f" · 第 {prov.ordinal + 1} 段" if prov.ordinal is not None else "")
            )
        if prov.note:
            st.info(prov.note)


# ---- 试点成效 ---------------------------------------------------------------------------
def render_pilots(engine: Engine, settings: Settings) -> None:
    state = st.session_state
    figures = pilot_metrics_frame(engine)
    selected: dict[str, tuple[str, ...]] = {}
    for column, (name, key) in zip(st.columns(4), FILTER_KEYS.items(), strict=True):
        options = filter_options(figures, Filters(**selected))[name]
        _sanitize(key, options)
        with column:
            selected[name] = tuple(st.multiselect(FILTER_LABELS[name], options, key=key, placeholder="全部"))
    by = st.radio(
        "比较维度", ["region", "program"], format_func=GROUP_LABELS.get, horizontal=True, key="metrics_group_by"
    )
    view = explore(figures, Filters(**selected), by)
    if view.filtered.empty:
        st.info("当前筛选条件下没有数字，请放宽筛选。")
        return
    kpi_row(view.kpis)
    kpi_sources = [i for i in state.get("metrics_kpi_sources", []) if i in set(view.filtered["id"])]
    if kpi_sources:
        with st.expander("数字出处", expanded=True):
            for figure_id in kpi_sources:
                _show_source(figure_id, figures, "kpi", settings)
            st.button("收起出处", key="metrics_kpi_src_close", on_click=lambda: state.pop("metrics_kpi_sources", None))

    st.subheader("各试点成效一览")
    st.dataframe(view.summary, hide_index=True, key="metrics_summary")
    st.subheader("比较")
    left, right = st.columns(2)
    with left:
        if view.compare.empty:
            st.caption("当前筛选范围内没有可比较的规模数字。")
        else:
            _chart(charts.compare_chart(view.compare, by), "metrics_chart_compare")
    with right:
        if view.ratios.empty:
            st.caption("当前筛选范围内没有可计算配比的试点（需同时有志愿者和社工人数）。")
        else:
            _chart(charts.ratio_chart(view.ratios), "metrics_chart_ratio")
    if selected["metrics"]:
        _chart(charts.values_chart(view.filtered, by), "metrics_chart_values")
    else:
        st.caption("在上方“指标”中选择一个或几个指标，可按地区或项目比较原始数值。")

    st.subheader("试点分布")
    points = view.locations.dropna(subset=["lat", "lon"])
    st.map(points, latitude="lat", longitude="lon", size="size", color="#e4572e", zoom=3)
    st.caption("试点位置：" + "；".join(f"{r['地点']}（{r['项目']}）" for _, r in view.locations.iterrows()))

    st.subheader("全部数字")
    st.caption("点击表头排序；选中一行即可查看该数字的原文出处。")
    event = st.dataframe(
        view.table,
        hide_index=True,
        key="metrics_table",
        on_select="rerun",
        selection_mode="single-row",
        column_order=[c for c in view.table.columns if c != "id"],
        column_config={"数值": st.column_config.NumberColumn(format="%g")},
    )
    rows = list(event.selection.rows) if event is not None else []
    picked = int(view.table.iloc[rows[0]]["id"]) if rows and rows[0] < len(view.table) else None
    if picked is not None and picked != state.get("metrics_table_picked"):
        state["metrics_figure"] = picked
    state["metrics_table_picked"] = picked
    export = view.table.drop(columns="id")
    left, right = st.columns(2)
    left.download_button("下载 CSV", to_csv_bytes(export), "试点数据.csv", "text/csv", key="metrics_dl_csv")
    right.download_button(
        "下载 Excel（XLSX）", to_xlsx_bytes(export, "试点数据"), "试点数据.xlsx", XLSX, key="metrics_dl_xlsx"
    )

    ids = [int(i) for i in view.table["id"]]
    _sanitize("metrics_figure", ids)
    figure_id = st.selectbox(
        "查看数字出处",
        ids,
        index=None,
        format_func=lambda i: view.labels.get(i, str(i)),
        key="metrics_figure",
        placeholder="选择一个数字，查看原文引述和案例段落",
    )
    if figure_id is not None:
        _show_source(figure_id, figures, "table", settings)


# ---- 本社区月度数据 -----------------------------------------------------------------------
def render_monthly(engine: Engine, settings: Settings, can_change: bool) -> None:
    st.markdown(
        "按模板填写每月的记录（日期、社区、团队、活动类型、参与人数、志愿服务时长、上报案件数、办结案件数），"
        "上传后先校验，全部通过才会写入。"
    )
    left, right = st.columns(2)
    left.download_button("下载模板（CSV）", template_csv(), "月度数据模板.csv", "text/csv", key="metrics_template_csv")
    right.download_button("下载模板（XLSX）", template_xlsx(), "月度数据模板.xlsx", XLSX, key="metrics_template_xlsx")
    if can_change:
        _upload(engine, settings)
    else:
        st.info("上传和撤销月度数据需要负责人或管理员密码（见页面上方）。", icon="🔒")

    st.subheader("上传历史")
    history = upload_history(engine)
    if history.empty:
        st.caption("还没有上传记录。")
    else:
        st.dataframe(history_table(history), hide_index=True, key="metrics_history")
        if can_change:
            _undo(engine, settings, undo_choices(history))

    st.subheader("月度趋势")
    records = monthly_records_frame(engine)
    if records.empty:
        st.info("还没有月度数据。下载模板填写后上传，这里会按月、按团队显示趋势和环比变化。")
        return
    latest, cards = latest_month_summary(records)
    st.caption(f"最新月份：{latest:%Y年%m月}（与上月相比）")
    kpi_row(cards)
    left, right = st.columns(2)
    measures: list[str] = list(MEASURES)
    measure = left.selectbox("指标", measures, format_func=lambda m: MEASURES[m], key="metrics_measure") or measures[0]
    teams = sorted(records["team"].unique())
    _sanitize("metrics_teams", teams)
    chosen = right.multiselect("团队", teams, key="metrics_teams", placeholder="全部团队")
    series = monthly_series(records, measure, teams=chosen)
    _chart(charts.monthly_chart(series, MEASURES[measure]), "metrics_chart_monthly")
    if series["change_pct"].notna().any():
        _chart(charts.change_chart(series), "metrics_chart_change")
    st.dataframe(series_table(series, measure), hide_index=True, key="metrics_series")


def _upload(engine: Engine, settings: Settings) -> None:
    uploaded = st.file_uploader(
        "上传月度数据（CSV 或 XLSX）",
        type=["csv", "xlsx"],
        key="metrics_upload",
        max_upload_size=settings.max_upload_mb,
    )
    if uploaded is None:
        return
    data = uploaded.getvalue()
    committed: dict[str, int] = st.session_state.setdefault("metrics_committed", {})
    done = committed_upload(engine, committed, data)
    if done is not None:
        st.success(f"“{uploaded.name}”已写入（上传 #{done}）。如需撤销，请在下方“上传历史”中操作。")
        return
    max_bytes = settings.max_upload_mb * 1024 * 1024
    report = check_upload(engine, uploaded.name, data, max_bytes=max_bytes)
    if report.errors:
        st.error(f"“{uploaded.name}”发现 {len(report.errors)} 个问题，没有写入任何数据。请修改后重新上传。")
        st.dataframe(report.issues_frame(), hide_index=True, key="metrics_issues")
        return
    st.success(f"“{uploaded.name}”校验通过：{len(report.records)} 行，可以写入。")
    if report.warnings:
        st.warning("请留意：\n\n" + "\n".join(f"- {w.line()}" for w in report.warnings))
    st.dataframe(report.records_frame(), hide_index=True, key="metrics_preview")
    if st.button("确认写入", key="metrics_commit", type="primary") and allowed_now(settings, Role.LEADER):
        try:
            saved = save_upload(engine, uploaded.name, data, max_bytes=max_bytes)
        except UploadRejected as exc:
            st.error(str(exc))
        else:
            committed[report.sha256] = saved.upload_id
            st.session_state["metrics_flash"] = [f"已写入 {saved.n_rows} 行（上传 #{saved.upload_id}）。"]
            st.rerun()


def _undo(engine: Engine, settings: Settings, labels: dict[int, str]) -> None:
    state = st.session_state
    if state.get("metrics_undo_choice") not in labels:  # default: the newest upload still in effect
        state["metrics_undo_choice"] = next(iter(labels), None)
    left, right = st.columns([3, 1], vertical_alignment="bottom")
    choices: list[int] = list(labels)
    choice = left.selectbox(
        "撤销一次上传（删除该次写入的全部行）",
        choices,
        format_func=lambda i: labels[i],
        key="metrics_undo_choice",
        placeholder="没有可撤销的上传",
    )
    clicked = right.button("撤销这次上传", key="metrics_undo", disabled=choice is None)
    if clicked and choice is not None and allowed_now(settings, Role.LEADER):
        try:
            removed = undo_upload(engine, int(choice))
        except ValueError as exc:
            st.error(str(exc))
        else:
            state["metrics_flash"] = [f"已撤销上传 #{choice}，删除了 {removed} 行。"]
            st.rerun()


# ---- 志愿者在问什么 -----------------------------------------------------------------------
def render_questions(engine: Engine, settings: Settings) -> None:
    role = current_role(settings)
    if role < Role.LEADER:
        st.info("志愿者提问的统计只对负责人和管理员开放（见页面上方的密码）。", icon="🔒")
        return
    purge_expired(engine, settings.retention_days)
    overview = questions_overview(engine)
    st.caption(
        f"提问在保存前已隐去姓名、电话、证件号、银行卡号和门牌地址；保留 {settings.retention_days} 天后自动删除。"
        + ("" if role >= Role.ADMIN else "负责人只看话题和次数，提问原文只对管理员显示。")
    )
    if overview.total == 0:
        st.info("还没有提问记录。志愿者在“提问”页提问后，这里会显示最常问的话题、按技能模块的统计和被点 👎 的回答。")
        return
    a, b, c = st.columns(3)
    a.metric("提问总数", overview.total)
    b.metric("覆盖周数", overview.weeks)
    c.metric("被点 👎 的回答", overview.thumbs_down_count)
    admin = role >= Role.ADMIN
    topics = overview.topics if admin else overview.topics.drop(columns="example")
    left, right = st.columns(2)
    with left:
        _chart(charts.topics_week_chart(overview.topics_by_week), "metrics_chart_topics")
        st.dataframe(
            topics.rename(columns={"topic": "话题", "count": "次数", "example": "最近的提问"}),
            hide_index=True,
            key="metrics_topics",
        )
    with right:
        _chart(charts.skills_chart(overview.skills), "metrics_chart_skills")
    if not admin:
        return
    st.subheader("被点 👎 的回答")
    if overview.thumbs_down.empty:
        st.caption("还没有被点 👎 的回答。")
    else:
        st.dataframe(overview.thumbs_down, hide_index=True, key="metrics_thumbs_down")
    st.subheader("知识库没能回答的问题")
    if overview.unanswered.empty:
        st.caption("目前没有。")
    else:
        st.dataframe(overview.unanswered, hide_index=True, key="metrics_unanswered")
