"""AppTest fixtures: fresh Streamlit caches per test; pages can run on the bundled index."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import streamlit as st

import tandem.ui.admin
from tandem.core.access import Throttle
from tandem.core.index import KnowledgeIndex
from tandem.core.settings import REPO_ROOT

APP_TIMEOUT = 120  # model loading and first-start indexing take longer than AppTest's 3 s default
APP = str(REPO_ROOT / "app.py")
PAGES = REPO_ROOT / "pages"


@pytest.fixture(autouse=True)
def clear_streamlit_caches() -> Iterator[None]:
    st.cache_data.clear()
    st.cache_resource.clear()
    yield
    st.cache_data.clear()
    st.cache_resource.clear()


@pytest.fixture(autouse=True)
def served_on_localhost(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pages run as `make run` serves them, on 127.0.0.1; a fresh password throttle per test.

    Tests of the LAN case patch ``tandem.ui.admin.server_address`` again.
    """
    monkeypatch.setattr(tandem.ui.admin, "server_address", lambda: "127.0.0.1")
    monkeypatch.setattr(tandem.ui.admin, "THROTTLE", Throttle())


@pytest.fixture
def bundled_data_dir(bundled_index: KnowledgeIndex, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Run the page against the session's indexed bundled knowledge."""
    path = bundled_index.settings.data_dir
    monkeypatch.setenv("TANDEM_DATA_DIR", str(path))
    return path
