"""The API with a chat model configured: openai SDK → `python -m assistant serve` → a real llama.cpp server.

Gemma 3 270M writes poor Chinese; this proves that a chat model's answer streams through the API
in pieces, after the crisis box, with the sources in the final chunk — not answer quality.
"""

from __future__ import annotations

from pathlib import Path

import openai
import pytest

from tests.integration.conftest import MODEL_ALIAS, LlmServer
from tests.integration.test_api_server import CRISIS, api_env, served, starts_with_crisis_box

pytestmark = pytest.mark.slow


def test_a_chat_model_answer_streams_through_the_api_in_pieces_after_the_crisis_box(
    bundled_index,
    llm_server: LlmServer,
    tmp_path: Path,
) -> None:
    env = api_env(
        bundled_index.settings.data_dir,
        f"sqlite:///{tmp_path / 'api.sqlite3'}",
        TANDEM_LLM_PROVIDER="openai",
        TANDEM_LLM_MODEL=MODEL_ALIAS,
        TANDEM_LLM_BASE_URL=llm_server.url,
        TANDEM_LLM_MAX_TOKENS="48",
    )
    with served(env, tmp_path, "llm") as (url, key):
        client = openai.OpenAI(base_url=f"{url}/v1", api_key=key, max_retries=0, timeout=300)
        stream = client.chat.completions.create(
            model="tandem", messages=[{"role": "user", "content": CRISIS}], stream=True
        )
        chunks = list(stream)
    texts = [c.choices[0].delta.content for c in chunks if c.choices and c.choices[0].delta.content]
    assert starts_with_crisis_box(texts[0]), texts[:2]
    assert len(texts) >= 3, "a chat model's answer must arrive in pieces, not as one block"
    final = chunks[-1].model_extra or {}
    assert chunks[-1].choices[0].finish_reason == "stop" and final["sources"] and final["refused"] is False
