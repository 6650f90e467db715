"""Shared fixtures: every test gets its own TANDEM_DATA_DIR; models and the bundled index load once."""

from __future__ import annotations

import os
import platform
from collections.abc import Iterator
from importlib import metadata
from pathlib import Path

import pytest

from ingest.indexer import Indexer
from tandem.core.embeddings import make_embeddings
from tandem.core.index import KnowledgeIndex, open_index
from tandem.core.settings import REPO_ROOT, Settings, load_settings

pytest_plugins = ["pytester"]
KNOWLEDGE = REPO_ROOT / "knowledge"


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """The machine the figures were measured on, last in the log: what to compare when another machine differs."""
    info = {key.strip(): value.strip() for key, _, value in (line.partition(":") for line in _cpu_info())}
    cpu = info.get("model name", platform.processor())
    flags = set(info.get("flags", "").split())
    simd = "/".join(f for f in ("avx2", "avx512f", "avx512_vnni", "amx_tile") if f in flags) or "no avx2"
    versions = ", ".join(f"{name} {metadata.version(name)}" for name in ("numpy", "chromadb", "rjieba", "jieba"))
    terminalreporter.write_line(f"machine: {platform.machine()}, {cpu} ({simd}), {os.cpu_count()} cores; {versions}")


def _cpu_info() -> list[str]:
    try:
        return Path("/proc/cpuinfo").read_text().splitlines()
    except OSError:
        return []


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point all state at a fresh folder (simonw/llm's LLM_USER_PATH pattern)."""
    path = tmp_path / "data"
    monkeypatch.setenv("TANDEM_DATA_DIR", str(path))
    for name in (
        "TANDEM_CHROMA_HOST",
        "TANDEM_LLM_PROVIDER",
        "TANDEM_DATABASE_URL",
        "TANDEM_ADMIN_PASSWORD",
        "TANDEM_LEADER_PASSWORD",
        "TANDEM_HOST",
        "TANDEM_RETENTION_DAYS",
    ):
        monkeypatch.delenv(name, raising=False)
    return path


@pytest.fixture(scope="session")
def embeddings():  # type: ignore[no-untyped-def]
    """The default embedding model (USE multilingual v3), loaded once per session."""
    return make_embeddings("use-m3")


@pytest.fixture
def settings(data_dir: Path) -> Settings:
    return load_settings()


@pytest.fixture
def index(settings: Settings, embeddings) -> Iterator[KnowledgeIndex]:  # type: ignore[no-untyped-def]
    """An empty index in this test's data dir."""
    idx = open_index(settings, embeddings)
    yield idx
    idx.close()


@pytest.fixture(scope="session")
def bundled_index(tmp_path_factory: pytest.TempPathFactory, embeddings) -> Iterator[KnowledgeIndex]:  # type: ignore[no-untyped-def]
    """The bundled knowledge base, indexed once per session (read-only for tests)."""
    settings = load_settings(data_dir=tmp_path_factory.mktemp("bundled"))
    idx = open_index(settings, embeddings)
    summary = Indexer(idx).run([KNOWLEDGE])
    assert not summary.failures, summary.failures
    yield idx
    idx.close()
