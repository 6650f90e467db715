"""Server processes for the benchmark and the tests: a free port, start, wait until ready, always stop.

Used by the app cold start (bench/coldstart.py) and by the tests that run real
servers (Streamlit for the browser journeys, Chroma, llama.cpp, PostgreSQL's
port), so each says only what it runs and what "ready" means.
"""

from __future__ import annotations

import contextlib
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

# Debian's Chromium, as the browser tests, the app cold start and the load test launch it: headless, and
# without the background connections this machine's closed network refuses.
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
    "--disable-quic",
    "--disable-dev-shm-usage",
]


def streamlit_args(port: int) -> list[str]:
    """``streamlit run app.py`` on 127.0.0.1:``port``, headless (run it from the repository's root)."""
    server = ["--server.headless", "true", "--server.address", "127.0.0.1", "--server.port", str(port)]
    return [sys.executable, "-m", "streamlit", "run", "app.py", *server, "--browser.gatherUsageStats", "false"]


def streamlit_healthy(url: str) -> bool:
    """Whether the Streamlit server at ``url`` answers its health check."""
    with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
        return bool(response.read().decode() == "ok")


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _tail(log: Path) -> str:
    return log.read_text(errors="replace")[-3000:] if log.exists() else "(no log)"


def describe_exit(returncode: int) -> str:
    """An exit code in words: a negative code is the signal that killed the process."""
    if returncode >= 0:
        return f"exit code {returncode}"
    try:
        name = signal.Signals(-returncode).name
    except ValueError:
        name = f"signal {-returncode}"
    hint = ""
    if name == "SIGILL":
        hint = (
            " (illegal instruction: the binary uses CPU instructions this machine lacks;"
            " rebuild it portably, e.g. scripts/build-llama-wheel.sh)"
        )
    return f"exit code {returncode}, killed by {name}{hint}"


def death_notice(process: subprocess.Popen[bytes], log: Path) -> str | None:
    """If ``process`` has exited, what happened to it and the tail of its log; None while it runs."""
    if process.poll() is None:
        return None
    return f"server process {process.args!r} died: {describe_exit(process.returncode)}\nlog tail:\n{_tail(log)}"


@contextlib.contextmanager
def server_process(
    args: Sequence[str],
    log: Path,
    ready: Callable[[], bool],
    timeout: float,
    *,
    cwd: Path | None = None,
    env: dict[str, str] | None = None,
    poll: float = 0.3,
) -> Iterator[subprocess.Popen[bytes]]:
    """Run ``args`` with output to ``log``; yield once ``ready()`` is true; terminate (then kill) on exit.

    ``ready`` may raise ``OSError`` while the server is still starting.  A process that
    exits early or is not ready within ``timeout`` seconds fails with the log's tail.
    """
    with log.open("wb") as out:
        process = subprocess.Popen(list(args), cwd=cwd, env=env, stdout=out, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + timeout
        while True:
            notice = death_notice(process, log)
            if notice:
                raise RuntimeError(notice)
            with contextlib.suppress(OSError):
                if ready():
                    break
            if time.monotonic() > deadline:
                raise RuntimeError(f"{' '.join(args[:3])} not ready after {timeout:.0f}s:\n{_tail(log)}")
            time.sleep(poll)
        yield process
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=20)
