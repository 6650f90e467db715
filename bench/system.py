"""The machine and the process: CPU, RAM, load, and peak resident memory.

Peak RSS comes from ``/proc/<pid>/status`` (``VmHWM``), which Linux lets a
process reset (``echo 5 > /proc/self/clear_refs``) so each phase gets its own
peak; elsewhere ``resource.getrusage`` gives the whole-process peak.  psutil is
not a dependency and is not needed.
"""

from __future__ import annotations

import os
import platform
import resource
import sys
from pathlib import Path


def _status_kb(pid: int | str, field: str) -> int | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        return None
    return None


def reset_peak_rss() -> bool:
    """Start a new peak-RSS window for this process (Linux ≥ 4.0); False if unsupported."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
        return True
    except OSError:
        return False


def peak_rss_mb(pid: int | None = None) -> float:
    """Peak RSS in MB of ``pid`` (default: this process) since start or the last reset."""
    kb = _status_kb(pid or "self", "VmHWM")
    if kb is None and pid is None:
        kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KB on Linux
        if sys.platform == "darwin":
            kb //= 1024
    return (kb or 0) / 1024


def rss_mb(pid: int | None = None) -> float:
    return (_status_kb(pid or "self", "VmRSS") or 0) / 1024


def load_average() -> float:
    try:
        return os.getloadavg()[0]
    except OSError:
        return float("nan")


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def ram_gb() -> float:
    kb = None
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                kb = int(line.split()[1])
    except (OSError, ValueError):
        pass
    return (kb or 0) / 1024 / 1024


def machine() -> str:
    """One line: cores, CPU model, RAM, Python."""
    return (
        f"{os.cpu_count()} cores (nproc {len(os.sched_getaffinity(0)) if hasattr(os, 'sched_getaffinity') else os.cpu_count()}), "
        f"{cpu_model()}, {ram_gb():.0f} GB RAM, Python {platform.python_version()}, {platform.system()}"
    )
