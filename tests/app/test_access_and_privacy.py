"""AppTest of access and privacy across pages: closed when exposed without a password, leader and admin roles,
changes re-checked at the click, slowed-down guessing, questions masked in the database and on the metrics page,
and "删除我的对话记录"."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
import streamlit as st
from sqlalchemy import func, select
from streamlit.testing.v1 import AppTest

import tandem.ui.admin
from tandem.assistant.answer import Answer
from tandem.assistant.asklog import log_answer, set_feedback
from tandem.core.settings import load_settings
from tandem.db.core import get_engine
from tandem.db.schema import ask_log, metric_uploads
from tests.app.conftest import APP_TIMEOUT, PAGES
from tests.app.test_metrics_page import ROWS, csv_file, texts

ADMIN, LEADER = "管理员-口令-1", "负责人-口令-2"
PERSONAL = "5号楼2单元301的王奶奶说不想活了，她女儿电话13812345678，怎么办？"


def page(name: str) -> AppTest:
    return AppTest.from_file(str(PAGES / f"{name}.py"), default_timeout=APP_TIMEOUT).run()


def exposed(monkeypatch: pytest.MonkeyPatch, address: str | None = None) -> None:
    """As if started with plain `streamlit run app.py` (no address: every interface) or on a LAN address."""
    monkeypatch.setattr(tandem.ui.admin, "server_address", lambda: address)


def login(at: AppTest, prefix: str, password: str) -> AppTest:
    at.text_input(key=f"{prefix}_password").set_value(password)
    return at.button(key=f"{prefix}_login").click().run()


def all_text(at: AppTest) -> str:
    tables = "\n".join(d.value.to_csv() for d in at.dataframe)
    return texts(at) + "\n" + tables


def uploads() -> int:
    with get_engine(load_settings()).connect() as conn:
        return int(conn.execute(select(func.count()).select_from(metric_uploads)).scalar_one())


def logged_question() -> None:
    engine = get_engine(load_settings())
    log_id = log_answer(engine, PERSONAL, Answer(text="先确认安全，联系社工。", refused=False))
    set_feedback(engine, log_id, -1, "王奶奶的事没说清楚")


# ---- closed by default ----------------------------------------------------------------------------
@pytest.mark.parametrize("address", [None, "0.0.0.0"])
def test_exposed_without_admin_password_every_change_is_refused(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, address: str | None
) -> None:
    exposed(monkeypatch, address)
    home = page("home")
    assert any("TANDEM_ADMIN_PASSWORD" in w.value and "已停用" in w.value for w in home.warning)

    metrics = page("metrics")
    assert not metrics.exception
    assert any("TANDEM_ADMIN_PASSWORD" in w.value for w in metrics.warning)
    assert not metrics.file_uploader and not [b for b in metrics.button if b.key == "metrics_undo"]
    assert any("只对负责人和管理员开放" in i.value for i in metrics.info)
    assert metrics.metric  # the pilot figures stay public

    library = page("library")
    assert not library.exception
    assert any("TANDEM_ADMIN_PASSWORD" in w.value for w in library.warning)
    assert not library.file_uploader and not [b for b in library.button if b.key == "library_reindex"]
    assert not [t for t in library.text_input if t.key == "library_password"]  # no password could open it


def test_localhost_without_password_is_open_and_exposed_with_password_asks(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    at = page("metrics")  # served on 127.0.0.1 (the fixture): the person at the machine is the admin
    assert at.file_uploader(key="metrics_upload") and not at.warning
    assert not page("home").warning
    exposed(monkeypatch, "192.168.1.20")
    monkeypatch.setenv("TANDEM_ADMIN_PASSWORD", ADMIN)
    st.cache_resource.clear()  # the settings are read once per process
    at = page("metrics")
    assert not at.file_uploader and at.text_input(key="metrics_password")
    login(at, "metrics", ADMIN)
    assert at.file_uploader(key="metrics_upload")


# ---- roles --------------------------------------------------------------------------------------
def test_leader_uploads_and_sees_topics_admin_sees_masked_questions(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TANDEM_ADMIN_PASSWORD", ADMIN)
    monkeypatch.setenv("TANDEM_LEADER_PASSWORD", LEADER)
    logged_question()
    at = page("metrics")
    assert not at.file_uploader and not [d for d in at.dataframe if "问题" in d.value.columns]
    assert any("只对负责人和管理员开放" in i.value for i in at.info)

    login(at, "metrics", LEADER)
    assert not at.exception
    assert any("已解锁负责人功能" in s.value for s in at.success)
    assert {m.label: m.value for m in at.metric}["提问总数"] == "1"
    topics = [d.value for d in at.dataframe if "话题" in d.value.columns]
    assert len(topics) == 1 and list(topics[0].columns) == ["话题", "次数"]  # topics and counts only
    assert not [d for d in at.dataframe if "回答摘要" in d.value.columns]
    assert "不想活" not in all_text(at)
    at.file_uploader(key="metrics_upload").set_value(("七月.csv", csv_file(ROWS), "text/csv")).run()
    at.button(key="metrics_commit").click().run()
    assert uploads() == 1

    library = page("library")  # the leader password does not open the library
    login(library, "library", LEADER)
    assert any("这是负责人密码" in e.value for e in library.error) and not library.file_uploader

    at.button(key="metrics_logout").click().run()
    login(at, "metrics", ADMIN)
    shown = all_text(at)
    assert "[地址]的[姓名]说不想活了，她女儿电话[手机号]" in shown  # the admin sees questions, masked
    assert "[姓名]的事没说清楚" in shown
    for detail in ("王奶奶", "13812345678", "5号楼", "301"):
        assert detail not in shown, detail


def test_a_change_is_rechecked_when_it_is_made(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TANDEM_ADMIN_PASSWORD", ADMIN)
    at = login(page("metrics"), "metrics", ADMIN)
    at.file_uploader(key="metrics_upload").set_value(("七月.csv", csv_file(ROWS), "text/csv")).run()
    assert at.button(key="metrics_commit")
    at.session_state["access_token"] = "an old password"  # e.g. the password was changed meanwhile
    at.button(key="metrics_commit").click().run()
    assert uploads() == 0  # the click was not honoured: the session no longer holds a valid password
    assert not [b for b in at.button if b.key == "metrics_commit"] and at.text_input(key="metrics_password")


def test_guessing_is_slowed_down_and_the_password_never_logged(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv("TANDEM_ADMIN_PASSWORD", ADMIN)
    at = page("metrics")
    with caplog.at_level(logging.INFO, logger="tandem.access"):
        for guess in ("guess-1", "guess-2", "guess-3"):
            login(at, "metrics", guess)
            assert any("密码不正确" in e.value for e in at.error)
        login(at, "metrics", ADMIN)  # right, but too soon after three failures: not even checked
        assert any("尝试次数过多" in e.value for e in at.error) and not at.file_uploader
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert logged.count("failed") == 3
    for secret in ("guess-1", "guess-2", "guess-3", ADMIN):
        assert secret not in logged and secret not in all_text(at)


# ---- what volunteers type --------------------------------------------------------------------------
def test_personal_details_never_reach_the_database_and_my_record_can_be_deleted(bundled_data_dir: Path) -> None:
    at = page("ask")
    at.chat_input(key="ask_input").set_value(PERSONAL).run()
    assert not at.exception
    at.chat_input(key="ask_input").set_value("邻居张大爷住幸福路18号，敲门没人应怎么办？").run()
    engine = get_engine(load_settings())
    with engine.connect() as conn:
        rows = conn.execute(select(ask_log).order_by(ask_log.c.id)).mappings().all()
    assert [r["question"] for r in rows] == [
        "[地址]的[姓名]说不想活了，她女儿电话[手机号]，怎么办？",
        "邻居[姓名]住[地址]，敲门没人应怎么办？",
    ]
    stored = "\n".join(str(v) for r in rows for v in r.values())
    for detail in ("王奶奶", "13812345678", "5号楼2单元301", "张大爷", "幸福路18号"):
        assert detail not in stored, detail
    assert len({r["session_id"] for r in rows}) == 1 and rows[0]["session_id"]
    assert {r["client"] for r in rows} == {"web"}

    other = page("ask")  # someone else's session keeps theirs
    other.chat_input(key="ask_input").set_value("独居老人很焦虑，第一次上门怎么陪伴？").run()
    at.button(key="ask_forget").click().run()
    assert any("已删除你的 2 条提问记录" in s.value for s in at.success)
    with engine.connect() as conn:
        left = conn.execute(select(ask_log.c.question)).scalars().all()
    assert left == ["独居老人很焦虑，第一次上门怎么陪伴？"]
