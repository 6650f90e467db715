"""The API as users run it: `python -m assistant keys create` and `serve` as real processes, asked with clients no
one here wrote — the official `openai` SDK (streamed and not), LangChain's `ChatOpenAI`, and the README's curl.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import subprocess
import sys
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import openai
import pytest
from langchain_openai import ChatOpenAI
from sqlalchemy import create_engine, select

from bench.processes import free_port, server_process
from tandem.core.settings import REPO_ROOT
from tandem.db.schema import ask_log

pytestmark = pytest.mark.slow
QUESTION = "独居老人很焦虑，第一次上门怎么陪伴？"
CRISIS = "他说活着没意思，不想活了"
CRISIS_FOLLOW_UP = "那我接下来该怎么做？"
CRISIS_BOX = (
    "⚠️"  # the crisis box's first line: "⚠️ 可能涉及紧急情况（…）" (or, later in a conversation, "⚠️ 这次对话涉及…")
)


def starts_with_crisis_box(text: str) -> bool:
    first_line = text.split("\n", 1)[0]
    return first_line.startswith(CRISIS_BOX) and "紧急情况" in first_line and "12356" in text.split("\n\n", 1)[0]


@dataclass
class Api:
    url: str
    key: str
    env: dict[str, str]
    root: Path
    database_url: str

    def client(self, key: str | None = None) -> openai.OpenAI:
        return openai.OpenAI(base_url=f"{self.url}/v1", api_key=key or self.key, max_retries=0, timeout=120)


def run_assistant(api_env: dict[str, str], cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "assistant", *args],
        cwd=cwd,
        env=api_env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
    )


def new_key(api_env: dict[str, str], cwd: Path, name: str) -> str:
    proc = run_assistant(api_env, cwd, "keys", "create", name)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout.strip().splitlines()[-1]


def api_env(data_dir: Path, database_url: str, **settings: str) -> dict[str, str]:
    """The environment `python -m assistant` runs in: this index and database, no other TANDEM_ setting."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("TANDEM_")}
    env.update({"TANDEM_DATA_DIR": str(data_dir), "TANDEM_DATABASE_URL": database_url})
    env.update({"PYTHONPATH": str(REPO_ROOT), "PYTHONIOENCODING": "utf-8", **settings})
    return env


@contextlib.contextmanager
def served(env: dict[str, str], cwd: Path, key_name: str) -> Iterator[tuple[str, str]]:
    """A key made with the CLI, then `python -m assistant serve` until the block ends: ``(url, key)``."""
    key = new_key(env, cwd, key_name)
    port = free_port()
    url = f"http://127.0.0.1:{port}"

    def healthy() -> bool:
        with urllib.request.urlopen(f"{url}/healthz", timeout=2) as response:
            return json.loads(response.read()) == {"status": "ok"}

    args = [sys.executable, "-m", "assistant", "serve", "--port", str(port)]
    with server_process(args, cwd / "server.log", healthy, 180, cwd=cwd, env=env):
        yield url, key


@pytest.fixture(scope="module")
def api(bundled_index, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Api]:  # type: ignore[no-untyped-def]
    """A key made with the CLI, and `python -m assistant serve` on the bundled index, as README says."""
    root = tmp_path_factory.mktemp("api")
    database_url = f"sqlite:///{root / 'api.sqlite3'}"
    env = api_env(bundled_index.settings.data_dir, database_url)
    with served(env, root, "integration") as (url, key):
        yield Api(url, key, env, root, database_url)


def extra(response: object) -> dict:
    """The fields Tandem adds to OpenAI's (the SDK keeps them in ``model_extra``)."""
    return response.model_extra or {}  # type: ignore[attr-defined]


# ---- the official OpenAI SDK -------------------------------------------------------------


def test_openai_client_gets_the_answer_with_citations_and_sources(api: Api) -> None:
    response = api.client().chat.completions.create(model="tandem", messages=[{"role": "user", "content": QUESTION}])
    content = response.choices[0].message.content or ""
    assert response.model == "tandem" and response.choices[0].finish_reason == "stop"
    sources = extra(response)["sources"]
    cited = {int(n) for n in re.findall(r"\[(\d+)\]", content)}
    assert cited and cited <= {s["n"] for s in sources}
    assert all(set(s) == {"n", "title", "path", "text", "score"} for s in sources)
    assert extra(response)["refused"] is False


def test_openai_client_streams_the_same_answer_with_sources_in_the_final_chunk(api: Api) -> None:
    client = api.client()
    messages = [{"role": "user", "content": QUESTION}]
    whole = client.chat.completions.create(model="tandem", messages=messages)
    chunks = list(client.chat.completions.create(model="tandem", messages=messages, stream=True))
    content = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert content == whole.choices[0].message.content
    assert chunks[-1].choices[0].finish_reason == "stop"
    assert extra(chunks[-1])["sources"] == extra(whole)["sources"]
    assert all("sources" not in extra(c) for c in chunks[:-1])


def test_models_lists_tandem(api: Api) -> None:
    assert [m.id for m in api.client().models.list()] == ["tandem"]


def test_filters_are_extra_request_fields(api: Api) -> None:
    response = api.client().chat.completions.create(
        model="tandem",
        messages=[{"role": "user", "content": "志愿者怎么帮助独居老人？"}],
        extra_body={"kind": "case"},
    )
    paths = [s["path"] for s in extra(response)["sources"]]
    assert paths and all(p.startswith("knowledge/cases/") for p in paths)


def test_follow_ups_read_the_earlier_user_messages(api: Api) -> None:
    first, follow_up = "第一次上门探访独居老人要注意什么？", "那如果他不开门呢？"
    messages = [
        {"role": "user", "content": first},
        {"role": "assistant", "content": "（上一轮回答）"},
        {"role": "user", "content": follow_up},
    ]
    response = api.client().chat.completions.create(model="tandem", messages=messages)  # type: ignore[arg-type]
    ask = httpx.post(
        f"{api.url}/api/ask",
        headers={"Authorization": f"Bearer {api.key}"},
        json={"question": follow_up, "history": [first]},
        timeout=120,
    ).json()
    assert response.choices[0].message.content == ask["answer"]
    assert any(s["path"].endswith("visiting-elders-living-alone.md") for s in extra(response)["sources"])


# ---- crisis ------------------------------------------------------------------------------


def test_a_crisis_question_carries_the_crisis_text_first(api: Api) -> None:
    client = api.client()
    messages = [{"role": "user", "content": CRISIS}]
    whole = client.chat.completions.create(model="tandem", messages=messages)
    assert starts_with_crisis_box(whole.choices[0].message.content or "")
    first_text = next(
        c.choices[0].delta.content
        for c in client.chat.completions.create(model="tandem", messages=messages, stream=True)
        if c.choices and c.choices[0].delta.content
    )
    assert starts_with_crisis_box(first_text)


def test_a_follow_up_in_the_same_messages_keeps_the_crisis_box(api: Api) -> None:
    """The Ask page keeps the crisis box for the rest of a conversation that showed it (issue 16)."""
    client = api.client()
    first = client.chat.completions.create(model="tandem", messages=[{"role": "user", "content": CRISIS}])
    messages = [
        {"role": "user", "content": CRISIS},
        {"role": "assistant", "content": first.choices[0].message.content or ""},
        {"role": "user", "content": CRISIS_FOLLOW_UP},
    ]
    follow_up = client.chat.completions.create(model="tandem", messages=messages)  # type: ignore[arg-type]
    assert starts_with_crisis_box(follow_up.choices[0].message.content or "")
    streamed = "".join(
        c.choices[0].delta.content or ""
        for c in client.chat.completions.create(model="tandem", messages=messages, stream=True)  # type: ignore[arg-type]
        if c.choices
    )
    assert starts_with_crisis_box(streamed)


# ---- LangChain's ChatOpenAI --------------------------------------------------------------


def test_langchain_chat_openai_pointed_at_the_base_url(api: Api) -> None:
    model = ChatOpenAI(model="tandem", base_url=f"{api.url}/v1", api_key=api.key, max_retries=0, timeout=120)  # type: ignore[arg-type]
    expected = api.client().chat.completions.create(model="tandem", messages=[{"role": "user", "content": QUESTION}])
    assert model.invoke(QUESTION).content == expected.choices[0].message.content
    assert "".join(str(piece.content) for piece in model.stream(QUESTION)) == expected.choices[0].message.content


# ---- keys and bad requests ---------------------------------------------------------------


def test_wrong_and_revoked_keys_get_401(api: Api) -> None:
    messages = [{"role": "user", "content": QUESTION}]
    with pytest.raises(openai.AuthenticationError) as wrong:
        api.client("tdm-wrong").chat.completions.create(model="tandem", messages=messages)
    assert wrong.value.code == "invalid_api_key"
    key = new_key(api.env, api.root, "short-lived")
    assert api.client(key).models.list().data
    proc = run_assistant(api.env, api.root, "keys", "revoke", "short-lived")
    assert proc.returncode == 0, proc.stderr
    with pytest.raises(openai.AuthenticationError):
        api.client(key).chat.completions.create(model="tandem", messages=messages)
    listing = run_assistant(api.env, api.root, "keys", "list").stdout
    assert key not in listing and re.search(r"short-lived\t.*已吊销", listing)


@pytest.mark.parametrize(
    ("model", "messages", "code"),
    [
        ("gpt-4o", [{"role": "user", "content": QUESTION}], "model_not_found"),
        ("tandem", [], None),
        ("tandem", [{"role": "user", "content": "  "}], None),
        ("tandem", [{"role": "user", "content": QUESTION}, {"role": "assistant", "content": "好的"}], None),
        ("tandem", [{"role": "user", "content": "问" * 100_000}], "request_too_large"),
    ],
)
def test_bad_bodies_get_400_through_the_openai_client(api: Api, model: str, messages: list, code: str | None) -> None:
    with pytest.raises(openai.BadRequestError) as error:
        api.client().chat.completions.create(model=model, messages=messages)
    assert error.value.status_code == 400 and error.value.code == code
    assert "Traceback" not in error.value.response.text


def test_malformed_json_gets_400(api: Api) -> None:
    response = httpx.post(
        f"{api.url}/v1/chat/completions",
        headers={"Authorization": f"Bearer {api.key}", "Content-Type": "application/json"},
        content=b'{"model": "tandem", "messages": [',
    )
    assert response.status_code == 400 and response.json()["error"]["code"] == "invalid_json"


# ---- the CLI's JSON, the README's curl, the log --------------------------------------------


def test_api_ask_is_exactly_the_cli_json(api: Api) -> None:
    question = "八棵杨社区接诉即办案件降了多少？"
    cli = run_assistant(api.env, api.root, "ask", question, "--json", "-k", "3")
    assert cli.returncode == 0, cli.stderr
    body = httpx.post(
        f"{api.url}/api/ask",
        headers={"Authorization": f"Bearer {api.key}"},
        json={"question": question, "k": 3},
        timeout=120,
    ).json()
    assert body == json.loads(cli.stdout)


def readme_curl() -> str:
    """The curl example of the README's API section."""
    section = (REPO_ROOT / "README.md").read_text(encoding="utf-8").split("\n## API", 1)[1]
    block = re.search(r"```bash\n(curl .*?)```", section, re.S)
    assert block, "the README's API section must show a curl example"
    return block.group(1)


def test_the_readme_curl_example_works(api: Api) -> None:
    command = readme_curl().replace("http://127.0.0.1:8600", api.url)
    proc = subprocess.run(
        ["bash", "-c", command], env={**api.env, "TANDEM_KEY": api.key}, capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 0, proc.stderr
    body = json.loads(proc.stdout)
    assert body["object"] == "chat.completion" and body["sources"]
    assert "[1]" in body["choices"][0]["message"]["content"]


def test_questions_are_logged_with_the_key_name(api: Api) -> None:
    question = "居民情绪激动骂人，我该怎么回应？"
    api.client().chat.completions.create(model="tandem", messages=[{"role": "user", "content": question}])
    with create_engine(api.database_url).connect() as conn:
        rows = conn.execute(select(ask_log.c.client).where(ask_log.c.question == question)).scalars().all()
    assert rows == ["api:integration"]


def test_the_entry_point_explains_itself_and_an_empty_index_is_a_clear_error(api: Api, tmp_path: Path) -> None:
    usage = run_assistant(api.env, tmp_path)
    assert usage.returncode == 2 and all(word in usage.stderr for word in ("ask", "serve", "keys"))
    empty = run_assistant({**api.env, "TANDEM_DATA_DIR": str(tmp_path / "empty")}, tmp_path, "serve")
    assert empty.returncode == 2 and "python -m ingest" in empty.stderr and "Traceback" not in empty.stderr
