"""Roles, exposure and the throttle of failed password attempts (tandem.core.access)."""

from __future__ import annotations

import logging

import pytest

from tandem.core.access import (
    FREE_ATTEMPTS,
    GLOBAL_LIMIT,
    Passwords,
    Role,
    SessionAttempts,
    Throttle,
    is_local_address,
    locked_down,
    reachable_beyond_localhost,
    session_role,
)
from tandem.core.settings import load_settings


def test_what_counts_as_reachable_beyond_localhost() -> None:
    local = load_settings()
    assert local.host == "127.0.0.1"  # the default: closed
    assert not reachable_beyond_localhost("127.0.0.1", local)
    assert not reachable_beyond_localhost("localhost", local)
    for address in (None, "", "0.0.0.0", "192.168.1.20", "::"):  # unset = Streamlit serves every interface
        assert reachable_beyond_localhost(address, local), address
    assert reachable_beyond_localhost("127.0.0.1", load_settings(host="0.0.0.0"))  # e.g. behind a reverse proxy
    assert is_local_address("::1") and not is_local_address(None)


def test_roles() -> None:
    both = Passwords(admin="管理-口令", leader="负责-口令")
    assert both.role_of("管理-口令") == Role.ADMIN and both.role_of("负责-口令") == Role.LEADER
    assert both.role_of("") is None and both.role_of("管理-口令 ") is None
    assert session_role(both, "负责-口令", exposed=True) == Role.LEADER
    assert session_role(both, None, exposed=False) == Role.VOLUNTEER
    assert session_role(both, "old password", exposed=False) == Role.VOLUNTEER  # re-checked against now
    nothing = Passwords(admin="", leader="负责-口令")
    assert session_role(nothing, None, exposed=False) == Role.ADMIN  # the person at the machine
    assert session_role(nothing, "负责-口令", exposed=True) == Role.VOLUNTEER
    assert locked_down(nothing, exposed=True) and not locked_down(nothing, exposed=False)
    assert not locked_down(both, exposed=True)
    assert Passwords(admin="", leader="").role_of("") is None


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_failed_attempts_back_off_per_session(caplog: pytest.LogCaptureFixture) -> None:
    clock = Clock()
    throttle = Throttle(clock=clock)
    mine, other = SessionAttempts(), SessionAttempts()
    with caplog.at_level(logging.WARNING, logger="tandem.access"):
        for _ in range(FREE_ATTEMPTS):
            throttle.failed(mine, "admin")
            assert throttle.wait(mine) == 0
        throttle.failed(mine, "admin")
        assert throttle.wait(mine) == 2.0
        throttle.failed(mine, "admin")
        assert throttle.wait(mine) == 4.0  # doubles
    assert throttle.wait(other) == 0  # another session is not slowed by mine
    clock.now += 4
    assert throttle.wait(mine) == 0
    throttle.succeeded(mine, Role.ADMIN)
    assert mine.failures == 0
    failures = [r for r in caplog.records if r.levelno >= logging.WARNING]  # the unlock is logged at INFO
    assert len(failures) == FREE_ATTEMPTS + 2
    assert "failed admin password attempt" in failures[0].getMessage()


def test_many_failures_pause_every_session() -> None:
    clock = Clock()
    throttle = Throttle(clock=clock)
    for _ in range(GLOBAL_LIMIT):
        throttle.failed(SessionAttempts(), "leader")  # each from a fresh session
        clock.now += 1
    assert throttle.wait(SessionAttempts()) > 0
    clock.now += 60
    assert throttle.wait(SessionAttempts()) == 0
