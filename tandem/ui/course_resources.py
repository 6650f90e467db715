"""Cached look-ups for the course builder page (the skill list shown in the multi-select)."""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from tandem.courses.modules import load_library


@st.cache_data(show_spinner=False, ttl=300)
def skill_options(knowledge_dir: str) -> dict[str, str]:
    """Skill module slug → skill name, for the modules under ``knowledge_dir``."""
    return {m.slug: m.skill for m in load_library(Path(knowledge_dir)).skills}
