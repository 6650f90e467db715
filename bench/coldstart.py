"""Cold starts: a fresh process to its first answer, from the CLI and from the app.

- CLI: ``python -m assistant ask "…" --json`` on a built index; wall time to exit
  and the child's peak RSS (``os.wait4``).
- Search, cold: the first ``HybridSearcher.search`` of a fresh process, after it has
  opened the index and loaded the model (one process per question).
- App, ``browser`` probe: ``streamlit run app.py`` started from nothing, then
  Debian's Chromium (launched beforehand, not counted) opens ``/ask``, asks one
  question and waits until the rated answer is on screen.  Time from process
  start, and the server's peak RSS (``VmHWM``) after that answer.
- App, ``apptest`` probe (when no browser is available): a fresh Python process
  runs ``pages/ask.py`` under Streamlit's AppTest and asks the same question;
  no HTTP server and no browser rendering are involved.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from bench.measure import percentiles
from bench.processes import CHROMIUM, CHROMIUM_ARGS, free_port, server_process, streamlit_args, streamlit_healthy
from bench.system import peak_rss_mb
from tandem.core.settings import REPO_ROOT

QUESTION = "居民情绪激动骂人，我该怎么回应？"
# Asked after the first answer, so the app reaches its steady state (the in-memory BM25 matrix is
# built from a process's second search on) before its peak RSS is read.
MORE_QUESTIONS = ("第一次上门探访独居老人要注意什么？", "快递员志愿者发现楼道隐患后怎样上报？")
SETTLE_SECONDS = 5.0
START_TIMEOUT = 300


def _env(data_dir: Path) -> dict[str, str]:
    env = {**os.environ, "TANDEM_DATA_DIR": str(data_dir), "TANDEM_LLM_PROVIDER": "none"}
    for name in ("TANDEM_CHROMA_HOST", "TANDEM_DATABASE_URL", "TANDEM_ADMIN_PASSWORD"):
        env.pop(name, None)
    return env


def cli_cold_start(data_dir: Path, question: str = QUESTION) -> dict[str, Any]:
    """Seconds from ``python -m assistant ask`` starting to its answer printed, and its peak RSS."""
    code, stdout, seconds, rss = _run_child([sys.executable, "-m", "assistant", "ask", question, "--json"], data_dir)
    if code != 0:
        raise RuntimeError(f"CLI failed ({code}): {stdout[-2000:]}")
    answer = json.loads(stdout.strip().splitlines()[-1])
    if answer["refused"] or not answer["sources"]:
        raise RuntimeError(f"CLI gave no cited answer: {answer}")
    return {"seconds": seconds, "rss_mb": rss}


_SEARCH_SCRIPT = """
import sys, time
from tandem.assistant.search import HybridSearcher
from tandem.core.index import open_index
from tandem.core.settings import load_settings
index = open_index(load_settings())
searcher = HybridSearcher(index)
started = time.perf_counter()
hits = searcher.search(sys.argv[1], k=5)
print("FIRST", time.perf_counter() - started, len(hits), flush=True)
"""


def search_cold_start(data_dir: Path, questions: list[str]) -> dict[str, Any]:
    """The first search of a fresh process (index opened and model loaded before, not timed), one process
    per question: ``{"ms": [p50, p95], "processes": n}`` (nearest-rank p95)."""
    samples = []
    for question in questions:
        code, stdout, _, _ = _run_child([sys.executable, "-c", _SEARCH_SCRIPT, question], data_dir)
        if code != 0:
            raise RuntimeError(f"cold search failed ({code}): {stdout[-2000:]}")
        samples.append(float(next(line.split()[1] for line in stdout.splitlines() if line.startswith("FIRST "))))
    return {"ms": percentiles(samples), "processes": len(samples)}


def _run_child(command: list[str], data_dir: Path) -> tuple[int, str, float, float]:
    """``(exit code, stdout, wall seconds, peak RSS MB)`` of a child process (stderr to a log file)."""
    log = data_dir / "bench-child.log"
    with log.open("wb") as err:
        started = time.perf_counter()
        process = subprocess.Popen(command, cwd=REPO_ROOT, env=_env(data_dir), stdout=subprocess.PIPE, stderr=err)
        stdout = process.stdout.read() if process.stdout else b""
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
    process.returncode = code = os.waitstatus_to_exitcode(status)
    text = stdout.decode(errors="replace")
    if code != 0:
        text += "\n" + log.read_text(errors="replace")[-3000:]
    return code, text, seconds, usage.ru_maxrss / 1024


def browser_available() -> bool:
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return False
    return Path(CHROMIUM).exists()


def app_cold_start(
    data_dir: Path, probe: str = "auto", question: str = QUESTION, more: tuple[str, ...] = MORE_QUESTIONS
) -> dict[str, Any]:
    """Seconds from starting the app to the first rendered answer; peak RSS after ``more`` questions too."""
    if probe == "auto":
        probe = "browser" if browser_available() else "apptest"
    if probe == "browser":
        return {**_browser_probe(data_dir, question, more), "probe": "browser", "questions": 1 + len(more)}
    return {**_apptest_probe(data_dir, question, more), "probe": "apptest", "questions": 1 + len(more)}


def _browser_probe(data_dir: Path, question: str, more: tuple[str, ...]) -> dict[str, Any]:
    from playwright.sync_api import sync_playwright

    port = free_port()
    url = f"http://127.0.0.1:{port}"
    args = streamlit_args(port)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_context(viewport={"width": 1280, "height": 900}, locale="zh-CN").new_page()
        page.set_default_timeout(START_TIMEOUT * 1000)
        started = time.perf_counter()
        try:
            with server_process(
                args,
                data_dir / "bench-streamlit.log",
                lambda: streamlit_healthy(url),
                START_TIMEOUT,
                cwd=REPO_ROOT,
                env=_env(data_dir),
                poll=0.1,
            ) as process:
                healthy = time.perf_counter() - started
                page.goto(f"{url}/ask")
                box = page.get_by_placeholder("遇到什么情况")
                box.fill(question)
                box.press("Enter")
                page.get_by_role("button", name="👍 有用").wait_for()
                page.locator("[data-testid='stExpander'] summary").filter(has_text="[1]").first.wait_for()
                seconds = time.perf_counter() - started
                first_rss = peak_rss_mb(process.pid)
                for n, next_question in enumerate(more, 2):
                    box.fill(next_question)
                    box.press("Enter")
                    page.get_by_role("button", name="👍 有用").nth(n - 1).wait_for()
                    time.sleep(SETTLE_SECONDS)
                rss = peak_rss_mb(process.pid)
        finally:
            browser.close()
    return {"seconds": seconds, "healthy_seconds": healthy, "first_rss_mb": first_rss, "rss_mb": rss}


_APPTEST_SCRIPT = """
import sys, time
from streamlit.testing.v1 import AppTest
at = AppTest.from_file("pages/ask.py", default_timeout=600).run()
at.chat_input(key="ask_input").set_value(sys.argv[1]).run()
assert not at.exception, at.exception
assert any(e.label.startswith("[1]") for e in at.expander), "no cited answer"
print("FIRST", time.time(), flush=True)
for question in sys.argv[2:]:
    at.chat_input(key="ask_input").set_value(question).run()
    time.sleep(float(__SETTLE__))
"""


def _apptest_probe(data_dir: Path, question: str, more: tuple[str, ...]) -> dict[str, Any]:
    script = _APPTEST_SCRIPT.replace("__SETTLE__", str(SETTLE_SECONDS))
    started = time.time()  # wall clock: compared with the child's
    code, output, _, rss = _run_child([sys.executable, "-c", script, question, *more], data_dir)
    if code != 0:
        raise RuntimeError(f"AppTest probe failed: {output[-2000:]}")
    first = next(float(line.split()[1]) for line in output.splitlines() if line.startswith("FIRST "))
    return {"seconds": first - started, "rss_mb": rss}
