"""The question log: masked before stored, session and client recorded, retention, deleting one's own."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta

from sqlalchemy import Engine, insert, select, update

from tandem.assistant.answer import Answer
from tandem.assistant.asklog import delete_session, get_entry, log_answer, purge_expired, set_feedback
from tandem.core.settings import Settings
from tandem.db.core import get_engine
from tandem.db.schema import ask_log

QUESTION = "5号楼2单元301的王奶奶说不想活了，她女儿电话13812345678"


def _answer(text: str = "先稳住情绪，联系社工。") -> Answer:
    return Answer(text=text, refused=False, query=QUESTION + "（改写）")


def test_the_masked_form_is_what_is_stored(settings: Settings) -> None:
    engine = get_engine(settings)
    log_id = log_answer(engine, QUESTION, _answer("王奶奶的情况要转介。"), session_id="s1", client="api:pilot")
    set_feedback(engine, log_id, -1, "李秀兰阿姨也这样，电话010-62345678")
    row = get_entry(engine, log_id)
    assert row is not None
    assert row["question"] == "[地址]的[姓名]说不想活了，她女儿电话[手机号]"
    assert "13812345678" not in str(row["query"]) and "王奶奶" not in str(row["query"])
    assert row["answer"] == "[姓名]的情况要转介。"
    assert row["comment"] == "[姓名]阿姨也这样，电话[电话]"
    assert (row["session_id"], row["client"]) == ("s1", "api:pilot")
    assert log_answer(engine, "独居老人不开门怎么办？", _answer()) > log_id
    assert get_entry(engine, log_id + 1)["client"] == "web"  # type: ignore[index]


def _age(engine: Engine, log_id: int, days: int) -> None:
    with engine.begin() as conn:
        asked = (datetime.now(UTC) - timedelta(days=days)).replace(tzinfo=None)
        conn.execute(update(ask_log).where(ask_log.c.id == log_id).values(asked_at=asked))


def _ids(engine: Engine) -> list[int]:
    with engine.connect() as conn:
        return [r[0] for r in conn.execute(select(ask_log.c.id).order_by(ask_log.c.id))]


def test_retention_purges_old_questions_with_their_feedback(settings: Settings) -> None:
    engine = get_engine(settings)
    old, recent = log_answer(engine, "问题一", _answer()), log_answer(engine, "问题二", _answer())
    set_feedback(engine, old, -1, "没用")
    _age(engine, old, 200)
    _age(engine, recent, 100)
    assert purge_expired(engine, 180) == 1
    assert _ids(engine) == [recent]
    newest = log_answer(engine, "问题三", _answer(), retention_days=90)  # purges on the way in
    assert _ids(engine) == [newest]


def test_delete_my_session(settings: Settings) -> None:
    engine = get_engine(settings)
    mine = [log_answer(engine, f"问题{i}", _answer(), session_id="me") for i in range(3)]
    other = log_answer(engine, "别人的问题", _answer(), session_id="other")
    assert delete_session(engine, "me") == len(mine)
    assert _ids(engine) == [other]
    assert delete_session(engine, "") == 0


def test_an_older_database_gets_the_columns_and_its_questions_masked(settings: Settings) -> None:
    settings.ensure_dirs()
    path = settings.sqlalchemy_url.removeprefix("sqlite:///")
    with sqlite3.connect(path) as conn:  # the table as it was before this change
        conn.execute(
            "CREATE TABLE ask_log (id INTEGER PRIMARY KEY AUTOINCREMENT, asked_at DATETIME NOT NULL "
            "DEFAULT CURRENT_TIMESTAMP, question TEXT NOT NULL, query TEXT NOT NULL DEFAULT '', answer TEXT NOT NULL, "
            "sources TEXT NOT NULL DEFAULT '[]', refused INTEGER NOT NULL DEFAULT 0, mode VARCHAR(20) NOT NULL "
            "DEFAULT 'extractive', skill VARCHAR(100) NOT NULL DEFAULT '', rating INTEGER, comment TEXT)"
        )
        conn.execute("INSERT INTO ask_log (question, query, answer) VALUES (?, ?, ?)", (QUESTION, QUESTION, "好"))
    engine = get_engine(settings)
    row = get_entry(engine, 1)
    assert row is not None and row["question"] == "[地址]的[姓名]说不想活了，她女儿电话[手机号]"
    assert (row["session_id"], row["client"]) == (None, "web")
    with engine.begin() as conn:
        conn.execute(insert(ask_log).values(question="q", answer="a", session_id="x"))
