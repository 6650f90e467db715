"""AppTest of the course builder page: build a 90-minute 倾听+共情 plan for courier volunteers, edit, save, reopen."""

from __future__ import annotations

from sqlalchemy import select
from streamlit.testing.v1 import AppTest

from tandem.core.settings import load_settings
from tandem.courses.plan import CoursePlan
from tandem.courses.store import list_plans, load_plan
from tandem.db.core import get_engine
from tandem.db.schema import course_plans
from tests.app.conftest import APP_TIMEOUT, PAGES

LISTEN_EMPATHY = ["silent-listening", "empathic-response"]


def _page() -> AppTest:
    return AppTest.from_file(str(PAGES / "course.py"), default_timeout=APP_TIMEOUT).run()


def _key(at: AppTest, name: str) -> str:
    """Editor widgets are keyed by plan revision, so a newly built or opened plan gets fresh widgets."""
    return f"course_{name}_{at.session_state['course_rev']}"


def _build(at: AppTest) -> AppTest:
    at.multiselect(key="course_skills").set_value(LISTEN_EMPATHY)
    at.selectbox(key="course_audience").set_value("快递员志愿者")
    at.radio(key="course_duration").set_value(90)
    at.selectbox(key="course_format").set_value("讲授+演练")
    at.number_input(key="course_group_size").set_value(16)
    return at.button(key="course_build").click().run()


def _edit_agenda(at: AppTest, rows: dict[int, dict[str, object]]) -> None:
    at.session_state[_key(at, "agenda")] = {"edited_rows": rows, "added_rows": [], "deleted_rows": []}


def test_build_edit_save_and_reopen() -> None:
    at = _build(_page())
    assert not at.exception
    assert not at.warning
    title = at.text_input(key=_key(at, "title"))
    assert title.value == "静默倾听＋共情回应：快递员志愿者培训课程（90分钟）"
    agenda = at.data_editor(key=_key(at, "agenda")).value
    assert agenda["时长（分钟）"].sum() == 90
    assert "核心要点：静默倾听" in agenda["环节"].tolist() and "角色扮演：张阿姨的下午" in agenda["环节"].tolist()
    quiz = at.data_editor(key=_key(at, "quiz")).value
    assert len(quiz) >= 5 and quiz["答案"].str.len().min() > 0 and quiz["来源"].str.startswith("knowledge/").all()
    assert "石景山区海特花园第三社区" in "\n".join(m.value for m in at.markdown)
    assert {b.label for b in at.get("download_button")} == {"下载 Word（.docx）", "下载 Markdown"}
    assert any("合计 90 分钟" in c.value for c in at.caption)

    # edit: title, handout, a discussion question, and move five minutes from the warm-up to the opening
    title.set_value("八棵杨快递员：倾听与共情（第一期）")
    handout = at.text_area(key=_key(at, "handout"))
    handout.set_value(handout.value + "\n- 本期督导社工：王老师")
    _edit_agenda(at, {0: {"时长（分钟）": 10}, 1: {"时长（分钟）": 0}})
    at.run()
    assert not at.exception and not at.warning, [w.value for w in at.warning]

    at.button(key="course_save").click().run()
    assert not at.exception
    assert any("已保存" in s.value for s in at.success)
    settings = load_settings()
    saved = list_plans(settings)
    assert len(saved) == 1 and saved[0].title == "八棵杨快递员：倾听与共情（第一期）"
    stored = load_plan(settings, saved[0].id)
    assert [i.minutes for i in stored.agenda][:2] == [10, 0] and stored.total_minutes == 90
    assert stored.handout.endswith("本期督导社工：王老师") and stored.params.group_size == 16

    # a new session: the plan is listed, reopens with the edits, and saving again updates it in place
    again = _page()
    chooser = again.selectbox(key="course_saved")
    assert chooser.options and "八棵杨快递员" in chooser.options[0]
    again.button(key="course_open").click().run()
    assert not again.exception
    assert again.text_input(key=_key(again, "title")).value == "八棵杨快递员：倾听与共情（第一期）"
    assert again.data_editor(key=_key(again, "agenda")).value["时长（分钟）"].tolist()[:2] == [10, 0]
    assert again.text_area(key=_key(again, "handout")).value.endswith("本期督导社工：王老师")
    again.text_input(key=_key(again, "title")).set_value("八棵杨快递员：倾听与共情（第二期）").run()
    again.button(key="course_save").click().run()
    assert not again.exception
    with get_engine(settings).connect() as conn:
        rows = conn.execute(select(course_plans.c.id, course_plans.c.title)).all()
    assert [(r.id, r.title) for r in rows] == [(saved[0].id, "八棵杨快递员：倾听与共情（第二期）")]
    assert isinstance(load_plan(settings, saved[0].id), CoursePlan)

    again.button(key="course_save_new").click().run()  # "另存为新方案" keeps the original
    assert not again.exception
    assert [p.title for p in list_plans(settings)] == ["八棵杨快递员：倾听与共情（第二期）"] * 2
    assert again.session_state["course_plan_id"] != saved[0].id


def test_agenda_that_no_longer_adds_up_is_flagged() -> None:
    at = _build(_page())
    _edit_agenda(at, {0: {"时长（分钟）": 20}})
    at.run()
    assert any("合计 105 分钟" in w.value and "90 分钟" in w.value for w in at.warning)


def test_missing_skill_gives_a_chinese_message_and_keeps_the_inputs() -> None:
    at = _page()
    at.selectbox(key="course_audience").set_value("老年志愿者")
    at.text_input(key="course_focus").set_value("独居老人探访")
    at.button(key="course_build").click().run()
    assert not at.exception
    assert any("请至少选择一个技能模块" in w.value for w in at.warning)
    assert "course_plan" not in at.session_state
    assert at.selectbox(key="course_audience").value == "老年志愿者"
    assert at.text_input(key="course_focus").value == "独居老人探访"
