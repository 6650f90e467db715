"""AppTest of the metrics page: KPIs, filters, a figure's source, upload with errors → nothing written, corrected → written, undo."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime, timedelta

from openpyxl import Workbook
from sqlalchemy import func, insert, select
from streamlit.testing.v1 import AppTest

from tandem.core.settings import load_settings
from tandem.db.core import get_engine
from tandem.db.schema import ask_log, metric_uploads, monthly_records, pilot_metrics
from tests.app.conftest import APP_TIMEOUT, PAGES

PAGE = str(PAGES / "metrics.py")
HEADER = ["日期", "社区", "团队", "活动类型", "参与人数", "志愿服务时长（小时）", "上报案件数", "办结案件数"]
ROWS = [
    ["2025-06-01", "八棵杨社区", "有劲小哥", "随手拍隐患", 12, 36, 9, 8],
    ["2025-07-01", "八棵杨社区", "有劲小哥", "随手拍隐患", 15, 42.5, 11, 11],
    ["2025-07-01", "八棵杨社区", "银龄志愿队", "入户探访", 8, 20, 3, 2],
]


def page() -> AppTest:
    return AppTest.from_file(PAGE, default_timeout=APP_TIMEOUT).run()


def engine():  # type: ignore[no-untyped-def]
    return get_engine(load_settings())


def count(table) -> int:  # type: ignore[no-untyped-def]
    with engine().connect() as conn:
        return int(conn.execute(select(func.count()).select_from(table)).scalar_one())


def frame(at: AppTest, key: str):  # type: ignore[no-untyped-def]
    """The table with ``key``; tables without selection carry no key, so they are told apart by a column."""
    marker = {
        "metrics_issues": "问题",
        "metrics_preview": "志愿服务时长（小时）",
        "metrics_history": "撤销时间",
        "metrics_thumbs_down": "回答摘要",
        "metrics_topics": "最近的提问",
    }.get(key)
    matches = [d for d in at.dataframe if d.key == key or (marker is not None and marker in d.value.columns)]
    assert matches, f"no table {key}"
    return matches[0].value


def charts(at: AppTest) -> list[dict]:  # type: ignore[type-arg]
    return [json.loads(c.proto.spec) for c in at.get("vega_lite_chart")]


def texts(at: AppTest) -> str:
    return "\n".join(m.value for m in [*at.markdown, *at.caption, *at.success, *at.error, *at.info, *at.warning])


def csv_file(rows: list[list[object]]) -> bytes:
    lines = [",".join(HEADER), *(",".join(str(v) for v in row) for row in rows)]
    return ("\n".join(lines) + "\n").encode("utf-8-sig")


def xlsx_file(rows: list[list[object]]) -> bytes:
    workbook = Workbook()
    workbook.active.append(HEADER)
    for row in rows:
        workbook.active.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def test_page_renders_kpis_charts_map_and_table(data_dir) -> None:  # type: ignore[no-untyped-def]
    at = page()
    assert not at.exception, at.exception
    kpis = {m.label: m.value for m in at.metric}
    assert kpis["试点社区数（个）"] == "37"
    assert kpis["每名社工对应志愿者（名）"] == "8.6"
    assert kpis["志愿者（名）"] == "2,400余" and kpis["社工（名）"] == "280余"
    assert kpis["接诉即办案件变化"] == "-51%"
    assert len(charts(at)) >= 2
    assert len(at.get("deck_gl_json_chart")) == 1
    assert len(frame(at, "metrics_table")) == 29
    assert {b.key for b in at.get("download_button")} >= {"metrics_dl_csv", "metrics_dl_xlsx", "metrics_template_csv"}
    assert count(pilot_metrics) == 29
    page()  # a second start loads nothing twice
    assert count(pilot_metrics) == 29


def test_filters_narrow_kpis_table_and_charts(data_dir) -> None:  # type: ignore[no-untyped-def]
    at = page()
    at.multiselect(key="metrics_community").select("劲松街道八棵杨社区").run()
    assert not at.exception
    kpis = {m.label: m.value for m in at.metric}
    assert kpis["每名社工对应志愿者（名）"] == "1.5"
    table = frame(at, "metrics_table")
    assert set(table["社区/镇街"]) == {"劲松街道八棵杨社区"} and len(table) == 5
    at.multiselect(key="metrics_metric").select("群内快递员志愿者人数（多）").run()
    assert len(frame(at, "metrics_table")) == 1
    assert len(charts(at)) == 2  # the ratio chart needs both numbers; the raw-values chart appears
    at.multiselect(key="metrics_metric").unselect("群内快递员志愿者人数（多）").run()
    at.radio(key="metrics_group_by").set_value("program").run()
    compare = next(c for c in charts(at) if "相对规模" in json.dumps(c, ensure_ascii=False))
    assert "项目" in json.dumps(compare, ensure_ascii=False)


def test_a_figure_opens_its_quote_and_indexed_passage(bundled_data_dir) -> None:  # type: ignore[no-untyped-def]
    at = page()
    at.button(key="metrics_kpi_src_hotline_change").click().run()
    assert not at.exception
    shown = texts(at)
    assert "原文引述：“降幅达到51%”" in shown
    assert ":orange-background[**降幅达到51%**]" in shown and "接诉即办案件数量减少" in shown
    assert "来源文件：`knowledge/cases/bakeyang-courier-volunteers.md`" in shown
    assert "索引中还没有" not in shown  # the passage came from the index

    table = frame(at, "metrics_table")
    figure_id = int(table[table["指标"] == "入选融合试点社区数"]["id"].iloc[0])
    at.selectbox(key="metrics_figure").select(figure_id).run()
    shown = texts(at)
    assert "原文引述：“北京市共有37个社区入选”" in shown
    assert "**北京市共有37个社区入选**" in shown
    # the same figure open from its KPI card and from the table at once
    hotline = int(table[table["指标"] == "接诉即办案件数量降幅"]["id"].iloc[0])
    at.selectbox(key="metrics_figure").select(hotline).run()
    assert not at.exception
    assert texts(at).count("原文引述：“降幅达到51%”") == 2


def test_upload_with_an_error_then_corrected_then_undo(data_dir) -> None:  # type: ignore[no-untyped-def]
    at = page()
    bad = [*ROWS[:1], ["2025-07-01", "八棵杨社区", "有劲小哥", "随手拍隐患", "十五", 42.5, 11, 11], ROWS[2]]
    at.file_uploader(key="metrics_upload").set_value(("七月.csv", csv_file(bad), "text/csv")).run()
    assert not at.exception
    assert any("发现 1 个问题" in e.value and "没有写入" in e.value for e in at.error)
    issues = frame(at, "metrics_issues")
    assert list(issues["行"]) == [3] and list(issues["列"]) == ["参与人数"]
    assert "十五" in issues["问题"].iloc[0]
    assert not [b for b in at.button if b.key == "metrics_commit"]
    assert count(monthly_records) == 0 and count(metric_uploads) == 0

    at.file_uploader(key="metrics_upload").set_value(
        ("七月.xlsx", xlsx_file(ROWS), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    ).run()
    assert any("校验通过：3 行" in s.value for s in at.success)
    assert len(frame(at, "metrics_preview")) == 3
    assert count(monthly_records) == 0  # nothing before the leader confirms
    at.button(key="metrics_commit").click().run()
    assert not at.exception
    assert any("已写入 3 行" in s.value for s in at.success)
    assert count(monthly_records) == 3 and count(metric_uploads) == 1
    history = frame(at, "metrics_history")
    assert list(history["状态"]) == ["有效"] and list(history["行数"]) == [3]
    assert {m.label for m in at.metric} >= {"参与人数", "志愿服务时长（小时）", "办结率（%）"}
    monthly = next(c for c in charts(at) if "按月、按团队" in json.dumps(c, ensure_ascii=False))
    assert monthly
    assert not [b for b in at.button if b.key == "metrics_commit"]  # the same file is not offered twice

    upload_id = at.selectbox(key="metrics_undo_choice").value
    assert upload_id is not None
    at.button(key="metrics_undo").click().run()
    assert not at.exception
    assert any(f"已撤销上传 #{upload_id}，删除了 3 行" in s.value for s in at.success)
    assert count(monthly_records) == 0
    assert list(frame(at, "metrics_history")["状态"]) == ["已撤销"]
    assert any("还没有月度数据" in i.value for i in at.info)

    # the same file can be written again after the undo, and that upload undone too
    assert any("校验通过：3 行" in s.value for s in at.success)
    at.button(key="metrics_commit").click().run()
    assert count(monthly_records) == 3
    second = at.selectbox(key="metrics_undo_choice").value
    assert second is not None and second != upload_id
    at.button(key="metrics_undo").click().run()
    assert count(monthly_records) == 0 and count(metric_uploads) == 2
    assert list(frame(at, "metrics_history")["状态"]) == ["已撤销", "已撤销"]


def test_what_volunteers_ask(data_dir) -> None:  # type: ignore[no-untyped-def]
    with engine().begin() as conn:
        for question, skill, rating in [
            ("独居老人不开门怎么办？", "同频陪伴", -1),
            ("独居老人拒绝探访怎么沟通？", "同频陪伴", 1),
            ("居民情绪激动骂人，我该怎么回应？", "倾听与共情", None),
        ]:
            conn.execute(
                insert(ask_log).values(
                    asked_at=datetime.now(UTC) - timedelta(days=3),  # within the retention period
                    question=question,
                    query=question,
                    answer="回答",
                    skill=skill,
                    rating=rating,
                )
            )
    at = page()
    assert not at.exception
    assert {m.label: m.value for m in at.metric}["被点 👎 的回答"] == "1"
    assert list(frame(at, "metrics_thumbs_down")["问题"]) == ["独居老人不开门怎么办？"]
    topics = frame(at, "metrics_topics")
    assert topics.iloc[0]["话题"] == "独居老人" and topics.iloc[0]["次数"] == 2
    dumped = [json.dumps(c, ensure_ascii=False) for c in charts(at)]
    assert any("每周最常问的话题" in c for c in dumped) and any("按技能模块" in c for c in dumped)


def test_unreachable_database_gets_a_clear_message(data_dir, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("TANDEM_DATABASE_URL", "postgresql+psycopg://postgres@127.0.0.1:1/tandem?connect_timeout=2")
    at = page()
    assert not at.exception
    assert any("无法连接试点数据库" in e.value for e in at.error)
    assert not at.metric


def test_people_served_is_shown_per_unit(data_dir) -> None:  # type: ignore[no-untyped-def]
    """1,000 person-times and 700 people are two cards; the old page showed "1,700余" in "人次/人"."""
    kpis = {m.label: m.value for m in page().metric}
    assert kpis["服务/帮助居民（人次）"] == "1,000余" and kpis["服务/帮助居民（人）"] == "700余"
    assert not [label for label in kpis if "人次/人" in label]
