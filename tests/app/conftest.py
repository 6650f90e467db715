"""AppTest fixtures: fresh Streamlit caches per test; pages can run on the bundled index."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import streamlit as st

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


@pytest.fixture
def bundled_data_dir(bundled_index: KnowledgeIndex, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Run the page against the session's indexed bundled knowledge."""
    path = bundled_index.settings.data_dir
    monkeypatch.setenv("TANDEM_DATA_DIR", str(path))
    return path
