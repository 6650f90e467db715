"""A leader's journey in a real browser: filter, see a chart, open a figure's source, upload a file with an
error, then the corrected file, then undo."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

pytestmark = pytest.mark.e2e

HEADER = "日期,社区,团队,活动类型,参与人数,志愿服务时长（小时）,上报案件数,办结案件数"
GOOD = [
    "2025-06-01,八棵杨社区,有劲小哥,随手拍隐患,12,36,9,8",
    "2025-07-01,八棵杨社区,有劲小哥,随手拍隐患,15,42.5,11,11",
    "2025-07-01,八棵杨社区,银龄志愿队,入户探访,8,20,3,2",
]
BAD = [GOOD[0], "2025-07-01,八棵杨社区,有劲小哥,随手拍隐患,十五,42.5,11,11", GOOD[2]]


def _csv(rows: list[str]) -> bytes:
    return ("\n".join([HEADER, *rows]) + "\n").encode("utf-8-sig")


def leader_journey(page, base_url: str, shots: Path) -> None:  # type: ignore[no-untyped-def]
    # The app's first start (index build) happens on the entry page; then the leader opens 试点数据.
    page.goto(base_url)
    page.get_by_text("Tandem 社工+志愿 智能助手").first.wait_for()
    page.goto(f"{base_url}/metrics")
    page.get_by_role("heading", name="试点数据").first.wait_for()
    ratio = page.locator("[data-testid='stMetric']").filter(has_text="每名社工对应志愿者")
    ratio.locator("[data-testid='stMetricValue']").get_by_text("8.6", exact=True).wait_for()
    communities = page.locator("[data-testid='stMetric']").filter(has_text="试点社区数")
    assert communities.locator("[data-testid='stMetricValue']").inner_text().strip() == "37"

    # filter to one community: the KPI follows
    option = page.get_by_role("option", name="劲松街道八棵杨社区")
    for _ in range(3):  # a click that lands while the page reruns opens no list: open it again
        page.locator(".st-key-metrics_community").click()
        try:
            option.wait_for(timeout=15_000)
            break
        except PlaywrightTimeoutError:
            page.keyboard.press("Escape")
    option.click()
    page.keyboard.press("Escape")
    ratio.locator("[data-testid='stMetricValue']").get_by_text("1.5", exact=True).wait_for()

    # a chart is drawn
    chart = page.locator(".st-key-metrics_chart_ratio [data-testid='stVegaLiteChart']")
    chart.wait_for()
    chart.locator("canvas, svg").first.wait_for()
    page.screenshot(path=str(shots / "metrics-filtered.png"), full_page=True)

    # open a figure's source from its KPI card
    page.locator(".st-key-metrics_kpi_src_hotline_change button").click()
    page.get_by_text("原文引述：“降幅达到51%”").wait_for()
    page.get_by_text("接诉即办案件数量减少").first.wait_for()
    page.get_by_text("knowledge/cases/bakeyang-courier-volunteers.md").first.wait_for()
    page.screenshot(path=str(shots / "metrics-source.png"), full_page=True)

    # upload a month of records with one bad row: messages, nothing written
    page.get_by_role("tab", name="本社区月度数据").click()
    uploader = page.locator(".st-key-metrics_upload input[type='file']")
    uploader.set_input_files(files=[{"name": "七月.csv", "mimeType": "text/csv", "buffer": _csv(BAD)}])
    page.get_by_text("发现 1 个问题，没有写入任何数据").wait_for()
    assert page.get_by_role("button", name="确认写入").count() == 0
    page.screenshot(path=str(shots / "metrics-upload-error.png"), full_page=True)

    # the corrected file: checked, confirmed, written
    uploader.set_input_files(files=[{"name": "七月-修正.csv", "mimeType": "text/csv", "buffer": _csv(GOOD)}])
    page.get_by_text("校验通过：3 行").wait_for()
    page.get_by_role("button", name="确认写入").click()
    page.get_by_text("已写入 3 行").wait_for()
    page.locator(".st-key-metrics_chart_monthly [data-testid='stVegaLiteChart']").wait_for()
    page.screenshot(path=str(shots / "metrics-upload-written.png"), full_page=True)

    # undo the whole upload
    page.get_by_role("button", name="撤销这次上传").click()
    page.get_by_text("删除了 3 行").wait_for()
    page.get_by_text("还没有月度数据").wait_for()
    page.screenshot(path=str(shots / "metrics-undone.png"), full_page=True)


def test_leader_filters_traces_a_figure_uploads_and_undoes(own_app, page, tmp_path) -> None:  # type: ignore[no-untyped-def]
    leader_journey(page, own_app, tmp_path)
