"""Real-browser fixtures: `streamlit run app.py` on a free port, driven by Debian's Chromium."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from bench.processes import CHROMIUM, CHROMIUM_ARGS, free_port, server_process, streamlit_args, streamlit_healthy
from tandem.core.settings import REPO_ROOT

START_TIMEOUT = 240  # the first start builds the knowledge index


@contextlib.contextmanager
def running_app(data_dir: Path, browser, open_root: bool = True) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """`streamlit run app.py` with its own data dir; yields the base URL once it serves.

    With ``open_root`` the root is opened once and the URL yielded after it has rendered,
    so the first-start index build is done before a journey's timers start.
    """
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    env = {**os.environ, "TANDEM_DATA_DIR": str(data_dir), "TANDEM_LLM_PROVIDER": "none"}
    for name in ("TANDEM_ADMIN_PASSWORD", "TANDEM_LEADER_PASSWORD", "TANDEM_HOST"):
        env.pop(name, None)
    args = streamlit_args(port)
    with server_process(
        args, data_dir / "streamlit.log", lambda: streamlit_healthy(url), START_TIMEOUT, cwd=REPO_ROOT, env=env
    ):
        if open_root:
            warm = browser.new_page()
            warm.set_default_timeout(START_TIMEOUT * 1000)
            warm.goto(url)
            warm.get_by_text("Tandem 社工+志愿 智能助手").first.wait_for()
            warm.close()
        yield url


# Package scope: the browser (Playwright's sync API runs an event loop) and the app are closed
# when the e2e tests end, before any other package's async tests run.
@pytest.fixture(scope="package")
def streamlit_app(tmp_path_factory: pytest.TempPathFactory, browser) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """Base URL of a running app shared by the journeys."""
    with running_app(tmp_path_factory.mktemp("e2e-data"), browser) as url:
        yield url


@pytest.fixture
def own_app(tmp_path_factory: pytest.TempPathFactory, browser) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """A running app of the test's own, for journeys that must start from a clean state."""
    with running_app(tmp_path_factory.mktemp("e2e-own"), browser) as url:
        yield url


@pytest.fixture
def unopened_app(tmp_path_factory: pytest.TempPathFactory, browser) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """A freshly started app on an empty data dir that no browser has opened yet."""
    with running_app(tmp_path_factory.mktemp("e2e-unopened"), browser, open_root=False) as url:
        yield url


@pytest.fixture(scope="package")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        instance = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield instance
        instance.close()


@pytest.fixture
def page(browser, tmp_path: Path) -> Iterator[object]:  # type: ignore[no-untyped-def]
    """A fresh browser page (desktop size); downloads allowed."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True, locale="zh-CN")
    page = context.new_page()
    page.set_default_timeout(120_000)
    yield page
    context.close()
