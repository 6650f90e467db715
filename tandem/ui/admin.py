"""The admin gate: changing the library needs the admin password when one is configured.

The password comes from ``TANDEM_ADMIN_PASSWORD`` (settings: env or ``.env``),
else from ``admin_password`` in ``.streamlit/secrets.toml``.  No password means
the library is open.  Unlocking lasts for the browser session; the comparison is
constant-time (``hmac.compare_digest``).  Reading the library never asks.
"""

from __future__ import annotations

import hmac

import streamlit as st

from tandem.core.settings import Settings

UNLOCKED_KEY = "library_admin_unlocked"
SECRET_NAMES = ("admin_password", "TANDEM_ADMIN_PASSWORD")


def configured_password(settings: Settings) -> str:
    """The admin password, or ``""`` when none is set."""
    value = settings.admin_password.get_secret_value()
    if value:
        return value
    for name in SECRET_NAMES:
        try:
            secret = st.secrets.get(name)
        except FileNotFoundError:  # no secrets.toml at all (StreamlitSecretNotFoundError)
            return ""
        if secret:
            return str(secret)
    return ""


def password_matches(given: str, expected: str) -> bool:
    """Constant-time comparison; an empty expected password never matches a guess."""
    return bool(expected) and hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8"))


def is_unlocked(settings: Settings) -> bool:
    """May this session change the library? Re-checked right before every change."""
    expected = configured_password(settings)
    if not expected:
        return True
    token = st.session_state.get(UNLOCKED_KEY)
    return isinstance(token, str) and password_matches(token, expected)


def admin_gate(settings: Settings) -> bool:
    """Render the lock/unlock controls; ``True`` when changes are allowed now."""
    if not configured_password(settings):
        return True
    if is_unlocked(settings):
        left, right = st.columns([4, 1], vertical_alignment="center")
        left.success("已解锁管理功能：可以上传、删除和重新索引。", icon="🔓")
        if right.button("锁定", key="library_logout"):
            st.session_state.pop(UNLOCKED_KEY, None)
            st.rerun()
        return True
    with st.form("library_login_form", clear_on_submit=True, border=True):
        st.markdown("🔒 上传、删除和重新索引需要管理员密码（浏览和阅读不需要）。")
        given = st.text_input("管理员密码", type="password", key="library_password")
        submitted = st.form_submit_button("解锁", key="library_login")
    if submitted:
        if password_matches(given, configured_password(settings)):
            st.session_state[UNLOCKED_KEY] = given
            st.rerun()
        st.error("管理员密码不正确。")
    return False
