"""The load driver of ``python -m bench --load`` (bench/load.py) with a few sessions: the code path, no timings.

Three Chromium sessions ask twice each against one ``streamlit run app.py`` while
``python -m ingest`` adds documents; the driver must find no error, every session its
own answers, a consistent index afterwards and the added chunks.  Outside tests/e2e so
its own Playwright event loop never meets the e2e package's browser.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bench.load import LoadResult, ingest_folder, render_load, run_load
from tandem.core.index import KnowledgeIndex

pytestmark = [pytest.mark.slow, pytest.mark.e2e]


def test_three_sessions_ask_while_an_ingest_runs(bundled_index: KnowledgeIndex, tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(bundled_index.settings.data_dir, data)  # a copy: the app writes its log, the ingest adds
    before = bundled_index.lexical.count_chunks()
    folder = ingest_folder(tmp_path / "new-docs", chunks=40)
    lines: list[str] = []
    result = run_load(data, sessions=3, rounds=2, label="test", ingest_dir=folder, log=lines.append)
    assert result.errors == [], result.errors
    assert result.answers == 6 and len(result.seconds) == 6 and all(s > 0 for s in result.seconds)
    assert result.ingest is not None and result.ingest["consistent"]
    assert result.ingest["chunks_added"] > 0 and result.chunks > before
    assert result.peak_rss_mb > 100
    assert "3 sessions × 2 rounds, 6 answers, 0 errors" in lines[-1]
    assert "| test (" in render_load([result])


def test_a_failed_session_is_reported() -> None:
    result = LoadResult("x", 2, 1, answers=1, seconds=[1.0], errors=["session 2, round 1: TimeoutError"])
    table = render_load([result])
    assert "| 1 | 1 |" in table and "- x: session 2, round 1: TimeoutError" in table
