"""The API in-process: keys, rate limit, request checks, responses and logging (real index, real SQLite).

The app runs under Starlette's TestClient over the bundled index; the real server
process and real OpenAI / LangChain clients are in tests/integration/test_api_server.py.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from langchain_core.language_models import FakeListChatModel
from sqlalchemy import create_engine, select, text

from tandem.api.keys import ApiKeyError, create_key, list_keys, revoke_key, verify_key
from tandem.api.ratelimit import RateLimiter
from tandem.api.server import INTERRUPTED, create_app, stream_answer
from tandem.assistant.answer import Answer, Assistant
from tandem.assistant.search import HybridSearcher
from tandem.core.settings import Settings
from tandem.db.core import get_engine, init_db
from tandem.db.schema import api_keys, ask_log

QUESTION = "独居老人很焦虑，第一次上门怎么陪伴？"
CRISIS = "他说活着没意思，不想活了，我该怎么办？"


@pytest.fixture
def engine(settings: Settings):  # type: ignore[no-untyped-def]
    return get_engine(settings)


@pytest.fixture
def assistant(bundled_index) -> Assistant:  # type: ignore[no-untyped-def]
    return Assistant(HybridSearcher(bundled_index), k=5)


def make_client(assistant: Assistant, engine, settings: Settings, **overrides: Any) -> TestClient:  # type: ignore[no-untyped-def]
    return TestClient(create_app(assistant, engine, settings.model_copy(update=overrides)))


@pytest.fixture
def client(assistant: Assistant, engine, settings: Settings) -> Iterator[TestClient]:  # type: ignore[no-untyped-def]
    with make_client(assistant, engine, settings) as test_client:
        yield test_client


@pytest.fixture
def key(engine) -> str:  # type: ignore[no-untyped-def]
    return create_key(engine, "群机器人")


def auth(key: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {key}"}


def chat(question: str = QUESTION, **extra: Any) -> dict[str, Any]:
    return {"model": "tandem", "messages": [{"role": "user", "content": question}], **extra}


def assert_openai_error(response, status: int, code: str | None = None) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    assert response.status_code == status, response.text
    error = response.json()["error"]
    assert set(error) == {"message", "type", "param", "code"} and error["message"]
    assert "Traceback" not in response.text
    if code is not None:
        assert error["code"] == code
    return error


# ---- keys ----------------------------------------------------------------------------------


def test_a_key_is_stored_only_as_its_hash_and_verifies(engine) -> None:
    key = create_key(engine, "八棵杨群")
    assert key.startswith("tdm-") and len(key) > 40
    with engine.connect() as conn:
        stored = conn.execute(select(api_keys)).mappings().one()
    assert key not in json.dumps({k: str(v) for k, v in stored.items()})
    found = verify_key(engine, key)
    assert found is not None and found.name == "八棵杨群"
    assert verify_key(engine, key[:-1] + ("A" if key[-1] != "A" else "B")) is None
    assert verify_key(engine, "sk-" + key[4:]) is None


def test_a_revoked_key_no_longer_verifies_and_its_name_can_be_reused(engine) -> None:
    old = create_key(engine, "bot")
    with pytest.raises(ApiKeyError, match="已有名为"):
        create_key(engine, "bot")
    revoke_key(engine, "bot")
    assert verify_key(engine, old) is None
    new = create_key(engine, "bot")
    assert verify_key(engine, new) is not None
    assert [(k.name, k.active) for k in list_keys(engine)] == [("bot", False), ("bot", True)]
    with pytest.raises(ApiKeyError, match="没有名为"):
        revoke_key(engine, "nobody")


@pytest.mark.parametrize("name", ["", "  ", "two words", "x" * 65])
def test_a_key_name_must_be_one_short_word(engine, name: str) -> None:
    with pytest.raises(ApiKeyError):
        create_key(engine, name)


# ---- rate limit --------------------------------------------------------------------------


def test_the_rate_limit_admits_n_requests_in_any_window_per_key() -> None:
    now = [100.0]
    limiter = RateLimiter(2, window=60.0, clock=lambda: now[0])
    assert limiter.check("a") is None and limiter.check("a") is None
    assert limiter.check("a") == pytest.approx(60.0)
    assert limiter.check("b") is None, "each key has its own budget"
    now[0] = 130.0
    assert limiter.check("a") == pytest.approx(30.0)
    now[0] = 160.0
    assert limiter.check("a") is None
    assert all(RateLimiter(0).check("a") is None for _ in range(100)), "0 = no limit"


def test_over_the_limit_the_api_answers_429_with_retry_after(assistant, engine, settings) -> None:
    first, second = create_key(engine, "one"), create_key(engine, "two")
    with make_client(assistant, engine, settings, api_rate_limit=2) as client:
        assert [client.get("/v1/models", headers=auth(first)).status_code for _ in range(2)] == [200, 200]
        response = client.get("/v1/models", headers=auth(first))
        error = assert_openai_error(response, 429, "rate_limit_exceeded")
        assert 1 <= int(response.headers["retry-after"]) <= 60 and "每分钟最多 2 次" in error["message"]
        assert client.get("/v1/models", headers=auth(second)).status_code == 200


# ---- authorisation -------------------------------------------------------------------------


def test_health_needs_no_key(client) -> None:
    assert client.get("/healthz").json() == {"status": "ok"}


@pytest.mark.parametrize(
    ("method", "path"), [("GET", "/v1/models"), ("POST", "/v1/chat/completions"), ("POST", "/api/ask")]
)
def test_every_other_endpoint_needs_a_valid_key(client, engine, key, method: str, path: str) -> None:
    body = chat() if path.endswith("completions") else {"question": QUESTION}
    for headers in ({}, {"Authorization": "Basic abc"}, auth("tdm-not-a-key"), {"Authorization": "Bearer "}):
        assert_openai_error(client.request(method, path, headers=headers, json=body), 401, "invalid_api_key")
    assert client.request(method, path, headers=auth(key), json=body).status_code == 200
    revoke_key(engine, "群机器人")
    assert_openai_error(client.request(method, path, headers=auth(key), json=body), 401, "invalid_api_key")


# ---- bad requests ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "code", "param"),
    [
        (b"{not json", "invalid_json", None),
        (b"[1, 2]", "invalid_json", None),
        (json.dumps({"model": "tandem"}).encode(), None, "messages"),
        (json.dumps({"model": "tandem", "messages": []}).encode(), None, "messages"),
        (json.dumps(chat("   ")).encode(), None, "messages"),
        (json.dumps(chat(model="gpt-4o")).encode(), "model_not_found", "model"),
        (json.dumps({"messages": chat()["messages"]}).encode(), None, "model"),
        (json.dumps(chat(kind="news")).encode(), None, "kind"),
        (json.dumps(chat(k=0)).encode(), None, "k"),
        (
            json.dumps({"model": "tandem", "messages": [*chat()["messages"], {"role": "assistant", "content": "好"}]}),
            None,
            "messages",
        ),
        (json.dumps({"model": "tandem", "messages": [{"role": "robot", "content": "x"}]}).encode(), None, None),
        (json.dumps({"model": "tandem", "messages": [{"role": "user", "content": 5}]}).encode(), None, None),
    ],
)
def test_bad_chat_requests_get_openai_style_400(client, key, body: bytes | str, code: str | None, param) -> None:
    error = assert_openai_error(client.post("/v1/chat/completions", headers=auth(key), content=body), 400, code)
    if param is not None:
        assert error["param"] == param


def test_a_body_over_the_limit_gets_400_whatever_it_holds(assistant, engine, settings, key) -> None:
    with make_client(assistant, engine, settings, api_max_body_bytes=2048) as client:
        big = json.dumps(chat("问" * 1000)).encode()
        assert len(big) > 2048
        assert_openai_error(
            client.post("/v1/chat/completions", headers=auth(key), content=big), 400, "request_too_large"
        )
        ok = client.post("/v1/chat/completions", headers=auth(key), json=chat())
        assert ok.status_code == 200


def test_bad_ask_requests_get_400(client, key) -> None:
    assert_openai_error(client.post("/api/ask", headers=auth(key), json={"question": " "}), 400)
    assert_openai_error(client.post("/api/ask", headers=auth(key), json={}), 400)
    assert_openai_error(client.post("/api/ask", headers=auth(key), content=b"\xff"), 400, "invalid_json")


def test_unknown_paths_and_methods_get_openai_style_errors(client, key) -> None:
    assert_openai_error(client.get("/v1/engines", headers=auth(key)), 404, "not_found")
    assert_openai_error(client.delete("/v1/models", headers=auth(key)), 405, "method_not_allowed")
    assert_openai_error(client.get("/v1/models/gpt-4o", headers=auth(key)), 404, "model_not_found")
    assert client.get("/v1/models/tandem", headers=auth(key)).json()["id"] == "tandem"


# ---- answers -------------------------------------------------------------------------------


def test_the_completion_is_the_cli_answer_with_its_sources(client, assistant, key) -> None:
    body = client.post("/v1/chat/completions", headers=auth(key), json=chat(temperature=0.2, max_tokens=50)).json()
    expected = assistant.answer(QUESTION).as_json()
    assert body["object"] == "chat.completion" and body["model"] == "tandem"
    assert body["choices"][0]["message"] == {"role": "assistant", "content": expected["answer"]}
    assert body["choices"][0]["finish_reason"] == "stop"
    assert body["sources"] == expected["sources"] and body["refused"] is False
    assert "[1]" in expected["answer"] and set(expected["sources"][0]) == {"n", "title", "path", "text", "score"}


def test_api_ask_returns_exactly_the_cli_json(client, assistant, key) -> None:
    body = client.post("/api/ask", headers=auth(key), json={"question": QUESTION, "k": 3}).json()
    assert body == assistant.answer(QUESTION, k=3).as_json()


def test_a_refusal_is_a_completion_that_says_so(client, key) -> None:
    body = client.post("/v1/chat/completions", headers=auth(key), json=chat("感冒了吃什么药好得快？")).json()
    assert body["refused"] is True and body["sources"] == []
    assert body["choices"][0]["message"]["content"].startswith("知识库中没有找到相关内容")


def test_filters_are_request_fields(client, key) -> None:
    question = "志愿者怎么帮助独居老人？"
    cases = client.post("/api/ask", headers=auth(key), json={"question": question, "kind": "case"}).json()
    skills = client.post("/v1/chat/completions", headers=auth(key), json=chat(question, kind="skill")).json()
    assert cases["sources"] and all(s["path"].startswith("knowledge/cases/") for s in cases["sources"])
    assert skills["sources"] and all(s["path"].startswith("knowledge/skills/") for s in skills["sources"])
    one_skill = client.post("/api/ask", headers=auth(key), json={"question": question, "skill": ["静默倾听"]}).json()
    assert {s["path"] for s in one_skill["sources"]} == {"knowledge/skills/silent-listening.md"}


def test_earlier_user_messages_are_the_conversation(client, assistant, key) -> None:
    first, follow_up = "第一次上门探访独居老人要注意什么？", "那如果他不开门呢？"
    messages = [
        {"role": "system", "content": "你是群助手"},
        {"role": "user", "content": [{"type": "text", "text": first}]},
        {"role": "assistant", "content": "（上一轮回答）"},
        {"role": "user", "content": follow_up},
    ]
    body = client.post("/v1/chat/completions", headers=auth(key), json={"model": "tandem", "messages": messages})
    expected = assistant.answer(follow_up, history=[first]).as_json()
    assert body.json()["choices"][0]["message"]["content"] == expected["answer"]
    assert any(s["path"].endswith("visiting-elders-living-alone.md") for s in expected["sources"])
    assert expected != assistant.answer(follow_up).as_json(), "the history must change the answer"


def streamed(response) -> tuple[list[dict[str, Any]], bool]:  # type: ignore[no-untyped-def]
    lines = [line for line in response.iter_lines() if line]
    assert all(line.startswith("data: ") for line in lines), lines
    return [json.loads(line[6:]) for line in lines if line != "data: [DONE]"], lines[-1] == "data: [DONE]"


def test_a_streamed_completion_sends_the_answer_then_sources_in_its_final_chunk(client, assistant, key) -> None:
    with client.stream("POST", "/v1/chat/completions", headers=auth(key), json=chat(CRISIS, stream=True)) as response:
        assert response.status_code == 200 and response.headers["content-type"].startswith("text/event-stream")
        chunks, done = streamed(response)
    expected = assistant.answer(CRISIS).as_json()
    assert done and all(c["object"] == "chat.completion.chunk" and c["model"] == "tandem" for c in chunks)
    assert chunks[0]["choices"][0]["delta"]["role"] == "assistant"
    content = "".join(c["choices"][0]["delta"].get("content", "") for c in chunks)
    assert content == expected["answer"] and content.startswith("⚠️")
    assert chunks[-1]["choices"][0]["finish_reason"] == "stop" and chunks[-1]["sources"] == expected["sources"]


def test_with_a_chat_model_pieces_stream_after_the_crisis_box(bundled_index) -> None:
    model = FakeListChatModel(responses=["先陪着他，不要让他一个人[1]。"])
    assistant = Assistant(HybridSearcher(bundled_index), model)
    prepared = assistant.prepare(CRISIS)
    items = list(stream_answer(assistant, prepared))
    final, pieces = items[-1], items[:-1]
    assert isinstance(final, Answer) and final.mode == "llm"
    assert prepared.crisis is not None and pieces[0] == f"{prepared.crisis.text}\n\n"
    assert len(pieces) > 3 and "".join(pieces[1:]) == "先陪着他，不要让他一个人[1]。"


def test_a_chat_model_failing_midway_is_followed_by_the_extractive_answer(bundled_index) -> None:
    model = FakeListChatModel(responses=["先陪着他，不要让他一个人[1]。"], error_on_chunk_number=4)
    assistant = Assistant(HybridSearcher(bundled_index), model)
    items = list(stream_answer(assistant, assistant.prepare(QUESTION)))
    final, text = items[-1], "".join(i for i in items if isinstance(i, str))
    assert isinstance(final, Answer) and final.mode == "fallback"
    assert text == f"先陪着他\n\n{INTERRUPTED}\n\n{final.text}"


# ---- the Ask log ---------------------------------------------------------------------------


def test_api_questions_are_logged_with_the_key_name(client, engine, key) -> None:
    client.post("/v1/chat/completions", headers=auth(key), json=chat())
    with client.stream("POST", "/v1/chat/completions", headers=auth(key), json=chat(CRISIS, stream=True)) as r:
        streamed(r)
    client.post("/api/ask", headers=auth(key), json={"question": "八棵杨社区接诉即办案件降了多少？"})
    with engine.connect() as conn:
        rows = conn.execute(select(ask_log.c.question, ask_log.c.client, ask_log.c.answer)).all()
    assert [(q, c) for q, c, _ in rows] == [
        (QUESTION, "api:群机器人"),
        (CRISIS, "api:群机器人"),
        ("八棵杨社区接诉即办案件降了多少？", "api:群机器人"),
    ]
    assert rows[1][2].startswith("⚠️")


def test_an_ask_log_from_before_the_client_column_is_migrated(tmp_path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'old.sqlite3'}")
    with engine.begin() as conn:
        conn.execute(
            text(
                "CREATE TABLE ask_log (id INTEGER PRIMARY KEY, asked_at DATETIME DEFAULT CURRENT_TIMESTAMP, "
                "question TEXT NOT NULL, query TEXT NOT NULL DEFAULT '', answer TEXT NOT NULL, "
                "sources TEXT NOT NULL DEFAULT '[]', refused INTEGER NOT NULL DEFAULT 0, "
                "mode VARCHAR(20) NOT NULL DEFAULT 'extractive', skill VARCHAR(100) NOT NULL DEFAULT '', "
                "rating INTEGER, comment TEXT)"
            )
        )
        conn.execute(text("INSERT INTO ask_log (question, answer) VALUES ('旧问题', '旧回答')"))
    init_db(engine)
    init_db(engine)  # idempotent
    with engine.connect() as conn:
        assert conn.execute(select(ask_log.c.question, ask_log.c.client)).all() == [("旧问题", "web")]
