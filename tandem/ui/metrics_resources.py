"""Cached resources of the metrics page: the project database (bundled figures loaded) and the lexical index."""

from __future__ import annotations

import streamlit as st
from sqlalchemy import Engine

from tandem.core.lexical import LexicalIndex
from tandem.metrics.store import load_bundled
from tandem.ui.resources import get_engine, get_settings


@st.cache_resource(show_spinner="正在准备试点数据库…")
def get_metrics_engine() -> Engine:
    """The project database, schema migrated and the bundled pilot figures loaded (idempotent)."""
    engine = get_engine()
    load_bundled(engine, get_settings().knowledge_dir / "metrics")
    return engine


@st.cache_resource(show_spinner=False)
def get_passages() -> LexicalIndex:
    """The knowledge index's chunk catalogue, to find the passage behind a figure (no embedding model needed)."""
    return LexicalIndex(get_settings().lexical_path)
