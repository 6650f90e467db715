"""The one writer lock of the knowledge index: a file lock beside it, held by whoever writes.

Ingest (``python -m ingest``, the app's first start) and the library's uploads,
deletions and re-indexing all write under it, so two writers never interleave.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from filelock import FileLock, Timeout

from tandem.core.settings import Settings
from tandem.errors import TandemError


class IngestBusyError(TandemError, RuntimeError):
    """Another process is writing to the index."""


@contextmanager
def writer_lock(settings: Settings, timeout: float = 0) -> Iterator[None]:
    """Hold the index's writer lock, waiting up to ``timeout`` seconds; ``IngestBusyError`` if it stays taken."""
    lock = FileLock(str(settings.lock_path))
    try:
        lock.acquire(timeout=timeout)
    except Timeout as exc:
        raise IngestBusyError(
            f"另一个导入任务正在写入知识库（锁文件 {settings.lock_path}），请等它完成后再试。"
        ) from exc
    try:
        yield
    finally:
        lock.release()
