"""The access gate of the Library and Metrics pages (roles and rules: :mod:`tandem.core.access`).

Passwords come from the settings (``TANDEM_ADMIN_PASSWORD``, ``TANDEM_LEADER_PASSWORD``:
env or ``.env``), else from ``admin_password`` / ``leader_password`` in
``.streamlit/secrets.toml``.  Unlocking lasts for the browser session and covers every
page; the session keeps the password it unlocked with, and each change calls
:func:`allowed_now`, which checks it against the passwords configured *now*.
Whether the app is reachable beyond localhost is read from Streamlit's
``server.address`` as actually configured, and the ``host`` setting.
"""

from __future__ import annotations

import math

import streamlit as st

from tandem.core.access import (
    HOW_TO_SET_PASSWORD,
    ROLE_LABELS,
    THROTTLE,
    Passwords,
    Role,
    SessionAttempts,
    locked_down,
    password_matches,
    reachable_beyond_localhost,
    session_role,
)
from tandem.core.settings import Settings

__all__ = ["Role", "access_gate", "allowed_now", "current_role", "lockdown_notice", "password_matches"]

TOKEN_KEY = "access_token"
ATTEMPTS_KEY = "access_attempts"
SECRET_NAMES = {
    "admin": ("admin_password", "TANDEM_ADMIN_PASSWORD"),
    "leader": ("leader_password", "TANDEM_LEADER_PASSWORD"),
}
LOCKDOWN = (
    "此 Tandem 可以从本机以外的地址访问，但还没有设置管理员密码，所以所有修改（上传、删除、重新索引、撤销）都已停用。"
)


def server_address() -> str | None:
    """The address Streamlit listens on (``None``/empty: every network interface)."""
    value = st.get_option("server.address")
    return str(value) if value else None


def _secret(names: tuple[str, ...]) -> str:
    for name in names:
        try:
            secret = st.secrets.get(name)
        except FileNotFoundError:  # no secrets.toml at all (StreamlitSecretNotFoundError)
            return ""
        if secret:
            return str(secret)
    return ""


def configured_passwords(settings: Settings) -> Passwords:
    return Passwords(
        admin=settings.admin_password.get_secret_value() or _secret(SECRET_NAMES["admin"]),
        leader=settings.leader_password.get_secret_value() or _secret(SECRET_NAMES["leader"]),
    )


def exposed(settings: Settings) -> bool:
    return reachable_beyond_localhost(server_address(), settings)


def current_role(settings: Settings) -> Role:
    """This session's role, from the password it holds checked against the passwords configured now."""
    token = st.session_state.get(TOKEN_KEY)
    return session_role(
        configured_passwords(settings), token if isinstance(token, str) else None, exposed=exposed(settings)
    )


def lockdown_notice(settings: Settings) -> str | None:
    """The refusal text when the app is exposed without an admin password, else ``None``."""
    if locked_down(configured_passwords(settings), exposed=exposed(settings)):
        return LOCKDOWN + HOW_TO_SET_PASSWORD
    return None


def allowed_now(settings: Settings, need: Role) -> bool:
    """Re-check right before a change; shows why when refused."""
    notice = lockdown_notice(settings)
    if notice:
        st.error(notice, icon="🔒")
        return False
    if current_role(settings) >= need:
        return True
    st.error(f"没有执行这项修改的权限：需要{_label(need)}密码（见页面上方）。", icon="🔒")
    return False


def _label(need: Role) -> str:
    return "管理员" if need == Role.ADMIN else "负责人或管理员"


def access_gate(settings: Settings, need: Role, *, prefix: str, what: str) -> bool:
    """Render the lock/unlock controls; ``True`` when this session may do ``what`` now."""
    notice = lockdown_notice(settings)
    if notice:
        st.warning(notice, icon="🔒")
        return False
    passwords = configured_passwords(settings)
    role = current_role(settings)
    if not passwords.admin:
        return True  # local only and no password: the person at this machine is the admin
    if role >= need:
        left, right = st.columns([4, 1], vertical_alignment="center")
        left.success(f"已解锁{ROLE_LABELS[role]}功能：可以{what}。", icon="🔓")
        if right.button("锁定", key=f"{prefix}_logout"):
            st.session_state.pop(TOKEN_KEY, None)
            st.rerun()
        return True
    with st.form(f"{prefix}_login_form", clear_on_submit=True, border=True):
        st.markdown(f"🔒 {what}需要{_label(need)}密码（浏览和阅读不需要）。")
        given = st.text_input(f"{_label(need)}密码", type="password", key=f"{prefix}_password")
        submitted = st.form_submit_button("解锁", key=f"{prefix}_login")
    if submitted:
        _try_unlock(passwords, given, need)
    return False


def _try_unlock(passwords: Passwords, given: str, need: Role) -> None:
    attempts = st.session_state.setdefault(ATTEMPTS_KEY, SessionAttempts())
    wait = THROTTLE.wait(attempts)
    if wait > 0:
        st.error(f"密码尝试次数过多，请 {math.ceil(wait)} 秒后再试。")
        return
    role = passwords.role_of(given)
    if role is None:
        THROTTLE.failed(attempts, need.name.lower())
        st.error(f"{_label(need)}密码不正确。")
        return
    THROTTLE.succeeded(attempts, role)
    st.session_state[TOKEN_KEY] = given
    if role < need:
        st.error(f"这是{ROLE_LABELS[role]}密码；这里需要{_label(need)}密码。")
        return
    st.rerun()
