"""Journey in a real browser: a trainer builds a 90-minute 倾听+共情 plan for courier volunteers and downloads the DOCX."""

from __future__ import annotations

import docx
import pytest

pytestmark = pytest.mark.e2e


def _choose(page, label: str, option: str) -> None:  # type: ignore[no-untyped-def]
    """Pick ``option`` in the Streamlit select/multiselect whose label is ``label``."""
    widget = page.locator("[data-testid='stMultiSelect'], [data-testid='stSelectbox']").filter(has_text=label).first
    box = widget.locator("input").first
    box.click()
    box.press_sequentially(option)  # long option lists are virtualised: filter first
    page.get_by_role("option", name=option, exact=True).first.click()
    page.keyboard.press("Escape")


def test_trainer_builds_a_plan_and_downloads_the_docx(streamlit_app, page, tmp_path):  # type: ignore[no-untyped-def]
    page.goto(f"{streamlit_app}/course")
    page.get_by_text("1. 课程参数").first.wait_for()
    _choose(page, "技能模块", "静默倾听")
    _choose(page, "技能模块", "共情回应")
    _choose(page, "培训对象", "快递员志愿者")
    page.locator("[data-testid='stRadio']").filter(has_text="课程时长").get_by_text("90", exact=True).click()
    page.get_by_role("button", name="生成课程方案").click()

    page.get_by_text("2. 编辑方案").first.wait_for()
    page.get_by_text("课程流程合计 90 分钟").first.wait_for()
    title = "静默倾听＋共情回应：快递员志愿者培训课程（90分钟）"
    assert page.get_by_label("课程标题").input_value() == title
    page.screenshot(path=str(tmp_path / "course-built.png"), full_page=True)

    with page.expect_download() as info:
        page.get_by_role("button", name="下载 Word（.docx）").click()
    download = info.value
    assert download.suggested_filename.endswith(".docx")
    path = tmp_path / "plan.docx"
    download.save_as(path)

    document = docx.Document(str(path))
    headings = [(p.style.name, p.text) for p in document.paragraphs if p.style.name.startswith(("Heading", "Title"))]
    assert ("Title", title) in headings
    for name in ("学习目标", "课程流程", "核心要点与话术", "角色扮演", "答案与出处（培训者用）"):
        assert ("Heading 1", name) in headings, name
    assert ("Heading 1", f"小测验：{title}") in headings
    assert ("Heading 2", "静默倾听") in headings and ("Heading 2", "共情回应") in headings
    agenda = next(t for t in document.tables if t.rows[0].cells[0].text == "时间")
    minutes = [int(row.cells[1].text.split()[0]) for row in agenda.rows[1:-1]]
    assert sum(minutes) == 90
    quiz = next(t for t in document.tables if [c.text for c in t.rows[0].cells] == ["题号", "题型", "题目与选项"])
    assert len(quiz.rows) - 1 >= 5
