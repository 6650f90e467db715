"""AppTest of the Ask page: ask, see citations, give feedback, get a refusal, crisis box first."""

import json

from sqlalchemy import select
from streamlit.testing.v1 import AppTest

from tandem.core.settings import load_settings
from tandem.db.core import get_engine
from tandem.db.schema import ask_log
from tests.app.conftest import APP_TIMEOUT, PAGES


def _page() -> AppTest:
    return AppTest.from_file(str(PAGES / "ask.py"), default_timeout=APP_TIMEOUT).run()


def _log_rows():
    with get_engine(load_settings()).connect() as conn:
        return conn.execute(select(ask_log).order_by(ask_log.c.id)).mappings().all()


def test_ask_shows_cited_answer_and_logs_it(bundled_data_dir):
    at = _page()
    assert any("检索模式" in i.value for i in at.info)
    at.chat_input(key="ask_input").set_value("八棵杨社区快递员参与后，接诉即办案件降了多少？").run()
    assert not at.exception
    text = "\n".join(m.value for m in at.markdown)
    assert ("51%" in text and "[1]" in text) or ("51%" in text and "[" in text)
    labels = [e.label for e in at.expander]
    assert any(label.startswith("[1]") and "八棵杨" in label for label in labels)  # one card per document
    assert len([label for label in labels if label.startswith("[")]) == len(
        {s["path"] for s in json.loads(_log_rows()[-1]["sources"])}
    )
    rows = _log_rows()
    assert rows[-1]["question"].startswith("八棵杨") and rows[-1]["refused"] == 0
    assert json.loads(rows[-1]["sources"])[0]["path"].startswith("knowledge/")


def test_feedback_is_stored_with_the_answer(bundled_data_dir):
    at = _page()
    at.chat_input(key="ask_input").set_value("居民情绪激动骂人，我该怎么回应？").run()
    at.text_input(key="fb_comment_0").set_value("很实用").run()
    at.button(key="fb_down_0").click().run()
    assert not at.exception
    row = _log_rows()[-1]
    assert row["rating"] == -1 and row["comment"] == "很实用"
    assert any("已收到反馈" in c.value for c in at.caption)


def test_off_topic_question_is_refused(bundled_data_dir):
    at = _page()
    at.chat_input(key="ask_input").set_value("明天北京会下雨吗？").run()
    text = "\n".join(m.value for m in at.markdown)
    assert "知识库中没有找到相关内容" in text
    assert not any(e.label.startswith("[1]") for e in at.expander)
    assert not any(e.label == "展开更多" for e in at.expander)
    assert _log_rows()[-1]["refused"] == 1


def test_crisis_box_comes_first_and_stays_for_the_conversation(bundled_data_dir):
    at = _page()
    at.chat_input(key="ask_input").set_value("邻居大爷说活着没意思，不想活了，我该怎么办？").run()
    assert at.error, "crisis box missing"
    assert "12356" in at.error[0].value and "110" in at.error[0].value
    at.chat_input(key="ask_input").set_value("那如果他不让我告诉别人呢？").run()
    assert len(at.error) == 2 and "自伤或轻生" in at.error[1].value  # the follow-up keeps the box
    at.button(key="ask_clear").click().run()
    at.chat_input(key="ask_input").set_value("那如果他不让我告诉别人呢？").run()
    assert not at.error  # a cleared chat starts without it


def test_more_lines_are_behind_an_expander(bundled_data_dir):
    at = _page()
    at.chat_input(key="ask_input").set_value("带孩子们去巡河，要注意什么？").run()
    assert not at.exception
    assert any(e.label == "展开更多" for e in at.expander)


def test_example_question_and_clear_chat(bundled_data_dir):
    at = _page()
    at.button(key="ask_example_0").click().run()
    assert any(e.label.startswith("[1]") for e in at.expander)
    at.button(key="ask_clear").click().run()
    assert not any(e.label.startswith("[1]") for e in at.expander)
    assert at.button(key="ask_example_0")  # examples are back for a new volunteer


def test_follow_up_carries_over_the_topic(bundled_data_dir):
    at = _page()
    at.chat_input(key="ask_input").set_value("第一次上门探访独居老人要注意什么？").run()
    at.chat_input(key="ask_input").set_value("那如果他不开门呢？").run()
    rows = _log_rows()
    assert "独居" in rows[-1]["query"] and "不开门" in rows[-1]["query"]


def test_skills_only_filter(bundled_data_dir):
    at = _page()
    at.radio(key="ask_kind").set_value("只看试点案例").run()
    at.chat_input(key="ask_input").set_value("快递员志愿者做了什么？").run()
    paths = [s["path"] for s in json.loads(_log_rows()[-1]["sources"])]
    assert paths and all(p.startswith("knowledge/cases/") for p in paths)
