"""Per-key rate limit: at most N requests in any 60 seconds (a sliding window, in memory)."""

from __future__ import annotations

import threading
import time
from collections import defaultdict, deque
from collections.abc import Callable, Hashable

WINDOW = 60.0


class RateLimiter:
    """``check(key)`` admits a request (None) or says how many seconds until one would be admitted.

    ``limit`` 0 admits everything.  One process's memory: a restarted server starts afresh.
    """

    def __init__(self, limit: int, window: float = WINDOW, clock: Callable[[], float] = time.monotonic) -> None:
        self.limit = limit
        self.window = window
        self.clock = clock
        self._seen: defaultdict[Hashable, deque[float]] = defaultdict(deque)
        self._lock = threading.Lock()

    def check(self, key: Hashable) -> float | None:
        if self.limit <= 0:
            return None
        now = self.clock()
        with self._lock:
            seen = self._seen[key]
            while seen and seen[0] <= now - self.window:
                seen.popleft()
            if len(seen) >= self.limit:
                return seen[0] + self.window - now
            seen.append(now)
            return None
