"""bench.processes: a server that dies is reported with its exit code, its signal and its log."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bench.processes import death_notice, describe_exit, server_process


def test_a_signal_is_named_and_sigill_explained() -> None:
    assert describe_exit(0) == "exit code 0"
    assert "SIGKILL" in describe_exit(-9)
    text = describe_exit(-4)
    assert "SIGILL" in text and "CPU instructions" in text


def test_a_dead_process_is_reported_with_its_log(tmp_path: Path) -> None:
    log = tmp_path / "server.log"
    code = "import os, signal, sys; print('loading model', flush=True); os.kill(os.getpid(), signal.SIGILL)"
    with log.open("wb") as out:
        process = subprocess.Popen([sys.executable, "-c", code], stdout=out, stderr=subprocess.STDOUT)
    process.wait(timeout=30)
    notice = death_notice(process, log)
    assert notice is not None and "SIGILL" in notice and "exit code -4" in notice and "loading model" in notice


def test_a_running_process_has_no_death_notice(tmp_path: Path) -> None:
    process = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        assert death_notice(process, tmp_path / "none.log") is None
    finally:
        process.kill()
        process.wait()


def test_a_server_dying_at_start_fails_with_the_notice(tmp_path: Path) -> None:
    args = [sys.executable, "-c", "import sys; print('bad flag'); sys.exit(3)"]
    with (
        pytest.raises(RuntimeError, match=r"exit code 3[\s\S]*bad flag"),
        server_process(args, tmp_path / "log", lambda: False, 30),
    ):
        pass


def test_the_integration_report_leads_with_the_death_notice(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The hook in tests/integration/conftest.py rewrites a failed test's report when the server died."""
    monkeypatch.setenv("PYTHONPATH", str(Path(__file__).resolve().parents[2]))  # bench is not installed
    conftest = (Path(__file__).resolve().parents[1] / "integration" / "conftest.py").read_text(encoding="utf-8")
    pytester.makeconftest(conftest.replace('@pytest.fixture(scope="module")\ndef llm_server', "def _real_server"))
    pytester.makepyfile(
        """
        import os, signal, subprocess, sys
        import pytest
        from conftest import LlmServer

        @pytest.fixture
        def llm_server(tmp_path):
            log = tmp_path / "server.log"
            with log.open("wb") as out:
                code = "import os, signal; print('ggml_cpu_init', flush=True); os.kill(os.getpid(), signal.SIGILL)"
                process = subprocess.Popen([sys.executable, "-c", code], stdout=out, stderr=subprocess.STDOUT)
            process.wait()
            return LlmServer("http://127.0.0.1:9/v1", process, log)

        def test_ask(llm_server):
            raise ConnectionError("Connection error.")
        """
    )
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*died: exit code -4, killed by SIGILL*", "*ggml_cpu_init*", "*Connection error*"])
