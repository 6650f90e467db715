"""Who may change what: roles, password checks, throttling of failed attempts, exposure.

- **Volunteers** ask and read without logging in.
- **Leader** (``TANDEM_LEADER_PASSWORD``): metrics uploads and undo, question topics and counts.
- **Admin** (``TANDEM_ADMIN_PASSWORD``): everything — library upload/delete/re-index too, and the
  questions themselves (masked).

Closed by default: while the app listens on localhost only, a missing admin password
means the one person at the machine is the admin.  Once it is reachable from other
addresses (Streamlit's ``server.address`` unset, ``0.0.0.0`` or a LAN address, or the
``host`` setting says so), no admin password means no changes at all.

Password checks are constant-time; failed attempts are slowed down per session
(exponential back-off) and over the whole process (too many failures in a minute
pause every login), and logged without the password.
"""

from __future__ import annotations

import enum
import hmac
import logging
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field

from tandem.core.settings import Settings

log = logging.getLogger("tandem.access")

LOCAL_ADDRESSES = frozenset({"127.0.0.1", "localhost", "::1", "[::1]"})
FREE_ATTEMPTS = 2  # failures of one session before back-off starts
MAX_SESSION_DELAY = 300.0  # seconds
GLOBAL_WINDOW = 60.0  # seconds over which failures of all sessions are counted
GLOBAL_LIMIT = 20  # failures in the window before every login pauses
GLOBAL_PAUSE = 30.0  # seconds


class Role(enum.IntEnum):
    """Ordered: a higher role may do everything a lower one may."""

    VOLUNTEER = 0
    LEADER = 1
    ADMIN = 2


ROLE_LABELS = {Role.VOLUNTEER: "志愿者", Role.LEADER: "负责人", Role.ADMIN: "管理员"}
HOW_TO_SET_PASSWORD = (
    "请在 Tandem 所在电脑的 `.env` 文件中设置 `TANDEM_ADMIN_PASSWORD=你的密码`"
    "（或在 `.streamlit/secrets.toml` 中设置 `admin_password`），然后重启应用；"
    "如只在本机使用，可设置 `TANDEM_HOST=127.0.0.1` 后用 `make run` 启动。"
)


def is_local_address(address: str | None) -> bool:
    """Does a listen address serve this machine only?  Unset/empty means every interface."""
    return bool(address) and str(address).strip().lower() in LOCAL_ADDRESSES


def reachable_beyond_localhost(server_address: str | None, settings: Settings) -> bool:
    """True when the server listens beyond localhost, or the ``host`` setting says it is served so."""
    return not is_local_address(server_address) or not is_local_address(settings.host)


def password_matches(given: str, expected: str) -> bool:
    """Constant-time comparison; an empty expected password never matches a guess."""
    return bool(expected) and hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8"))


@dataclass(frozen=True)
class Passwords:
    """The configured passwords (``""`` = not set)."""

    admin: str
    leader: str

    def role_of(self, given: str) -> Role | None:
        """The role a password opens, or ``None``."""
        if password_matches(given, self.admin):
            return Role.ADMIN
        if password_matches(given, self.leader):
            return Role.LEADER
        return None


def session_role(passwords: Passwords, token: str | None, *, exposed: bool) -> Role:
    """The role of a session holding ``token`` (the password it unlocked with), re-checked now.

    No admin password: the admin on a local-only app, nobody beyond volunteers on an exposed one.
    """
    if not passwords.admin:
        return Role.VOLUNTEER if exposed else Role.ADMIN
    if not token:
        return Role.VOLUNTEER
    return passwords.role_of(token) or Role.VOLUNTEER


def locked_down(passwords: Passwords, *, exposed: bool) -> bool:
    """Reachable from other machines with no admin password: every change is refused."""
    return exposed and not passwords.admin


@dataclass
class SessionAttempts:
    """One session's failed attempts (kept in its session state)."""

    failures: int = 0
    not_before: float = 0.0


@dataclass
class Throttle:
    """Slows down password guessing, per session and over the process."""

    clock: Callable[[], float] = time.monotonic
    _recent: deque[float] = field(default_factory=deque)
    _paused_until: float = 0.0
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def wait(self, attempts: SessionAttempts) -> float:
        """Seconds before this session may try again (0 = now)."""
        now = self.clock()
        with self._lock:
            return max(attempts.not_before - now, self._paused_until - now, 0.0)

    def failed(self, attempts: SessionAttempts, what: str) -> None:
        now = self.clock()
        attempts.failures += 1
        if attempts.failures > FREE_ATTEMPTS:
            delay = min(2.0 ** (attempts.failures - FREE_ATTEMPTS), MAX_SESSION_DELAY)
            attempts.not_before = now + delay
        with self._lock:
            self._recent.append(now)
            while self._recent and self._recent[0] < now - GLOBAL_WINDOW:
                self._recent.popleft()
            recent = len(self._recent)
            if recent >= GLOBAL_LIMIT:
                self._paused_until = now + GLOBAL_PAUSE
        log.warning(
            "failed %s password attempt (session failures %d, all sessions %d in %.0fs)",
            what,
            attempts.failures,
            recent,
            GLOBAL_WINDOW,
        )

    def succeeded(self, attempts: SessionAttempts, role: Role) -> None:
        attempts.failures, attempts.not_before = 0, 0.0
        log.info("unlocked as %s", role.name.lower())


THROTTLE = Throttle()  # one per process: every session's failures count towards the global pause
