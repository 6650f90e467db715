"""The volunteer's own record: a session id for the question log, and "删除我的对话记录"."""

from __future__ import annotations

import uuid

import streamlit as st

from tandem.assistant.asklog import delete_session
from tandem.ui.resources import get_engine

SESSION_KEY = "ask_session_id"


def session_id() -> str:
    """This browser session's id, stored with each logged question."""
    return str(st.session_state.setdefault(SESSION_KEY, uuid.uuid4().hex))


def render_forget_button() -> None:
    """Delete every question this session logged (and its feedback), and clear the conversation on screen."""
    if st.button("🧹 删除我的对话记录", key="ask_forget", help="从记录中删除本次打开页面以来你问过的全部问题和反馈"):
        removed = delete_session(get_engine(), session_id())
        st.session_state.pop("ask_turns", None)
        st.session_state["ask_forget_flash"] = f"已删除你的 {removed} 条提问记录。"
        st.rerun()
    message = st.session_state.pop("ask_forget_flash", None)
    if message:
        st.success(message)
