"""The real protocol path: a real OpenAI-compatible server (llama.cpp) running a real small model.

Gemma 3 270M writes poor Chinese: these tests prove streaming, time-outs, citation checking
and fallback over HTTP, not answer quality.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from bench.processes import free_port
from tandem.assistant.answer import Answer, Assistant
from tandem.assistant.llm import make_chat_model
from tandem.assistant.search import HybridSearcher
from tandem.core.settings import load_settings
from tests.integration.conftest import MODEL_ALIAS, LlmServer

pytestmark = pytest.mark.slow
QUESTION = "居民情绪激动骂人，我该怎么回应？"


def _assistant(bundled_index, server: LlmServer | str, timeout: float = 300, max_tokens: int = 96) -> Assistant:  # type: ignore[no-untyped-def]
    url = server.url if isinstance(server, LlmServer) else server
    settings = load_settings(
        llm_provider="openai", llm_model=MODEL_ALIAS, llm_base_url=url, llm_timeout=timeout, llm_max_tokens=max_tokens
    )
    return Assistant(HybridSearcher(bundled_index), make_chat_model(settings), k=3)


def test_answer_streams_over_http_and_citations_are_checked(bundled_index, llm_server):
    assistant = _assistant(bundled_index, llm_server)
    prepared = assistant.prepare(QUESTION)
    items = list(assistant.stream(prepared))
    pieces, final = [i for i in items if isinstance(i, str)], items[-1]
    assert isinstance(final, Answer)
    assert final.mode == "llm", final.notice
    assert len(pieces) >= 2, "tokens must arrive in pieces, not as one block"
    cited = {int(n) for n in re.findall(r"\[(\d+)\]", final.text)}
    assert cited <= set(range(1, len(prepared.sources) + 1)), "citations beyond the passages must be removed"
    assert bool(cited) or "出处" in final.notice, "an answer without a valid citation must be flagged"


def test_time_out_falls_back_to_the_extractive_answer(bundled_index, llm_server):
    # A question no other test asks: llama.cpp caches the prompt it last evaluated, and on a cached
    # prompt this small model can send its first token within the 50 ms allowed here.
    answer = _assistant(bundled_index, llm_server, timeout=0.05).answer("老人一直哭，我不知道说什么，怎么办？")
    assert answer.mode == "fallback" and "检索模式" in answer.notice
    assert re.search(r"\[1\]", answer.text) and answer.sources


def test_unreachable_server_falls_back(bundled_index):
    answer = _assistant(bundled_index, f"http://127.0.0.1:{free_port()}/v1", timeout=5).answer(QUESTION)
    assert answer.mode == "fallback" and answer.sources


def test_follow_up_is_rewritten_by_the_real_model(bundled_index, llm_server):
    assistant = _assistant(bundled_index, llm_server, max_tokens=48)
    prepared = assistant.prepare("那如果他不开门呢？", history=["第一次上门探访独居老人要注意什么？"])
    assert prepared.query and len(prepared.query) <= 200
    assert prepared.sources, "the rewritten question must still retrieve passages"


def test_cli_uses_the_configured_model(bundled_index, llm_server, tmp_path: Path):
    env = {
        "TANDEM_DATA_DIR": str(bundled_index.settings.data_dir),
        "TANDEM_LLM_PROVIDER": "openai",
        "TANDEM_LLM_MODEL": MODEL_ALIAS,
        "TANDEM_LLM_BASE_URL": llm_server.url,
        "TANDEM_LLM_MAX_TOKENS": "64",
        "PATH": "/usr/bin:/bin",
    }
    proc = subprocess.run(
        [sys.executable, "-m", "assistant", "ask", QUESTION, "--json", "-k", "3"],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
        cwd=tmp_path,
    )
    assert proc.returncode == 0, proc.stderr
    payload = json.loads(proc.stdout)
    assert set(payload) == {"answer", "refused", "sources", "crisis", "parts", "documents", "mode"}
    assert payload["answer"].strip() and payload["mode"] in ("llm", "fallback")
