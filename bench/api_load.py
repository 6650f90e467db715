"""API load: answers per second and latency p50/p95 with 1, 5 and 20 concurrent clients.

``python -m bench --api`` indexes the bundled knowledge into ``WORK_DIR/api`` (``python -m
ingest``: incremental, so a second run only checks hashes), creates a key with ``python -m
assistant keys create``, starts ``python -m assistant serve`` with the rate limit off, and
sends the labelled questions (on- and off-topic, in turn) as non-streamed chat completions.
Each client is a thread with its own HTTP connection (httpx) that sends its next question as
soon as the last is answered.  Before the levels, every question is asked once, unmeasured:
the server embeds a document's sentences once per process, and the benchmark measures the
steady state.  The clients run on the same machine as the server and share its cores; their
own work (HTTP and JSON) is small beside an answer's.
"""

from __future__ import annotations

import itertools
import os
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from bench.measure import percentiles
from bench.processes import free_port, server_process
from bench.system import load_average, machine, peak_rss_mb
from tandem.core.settings import REPO_ROOT

CONCURRENCY = (1, 5, 20)
REQUESTS_PER_CLIENT = 20  # at least; a level sends at least every question once
START_TIMEOUT = 300


@dataclass
class Level:
    """One concurrency level: how many answers in how long, and each one's latency."""

    clients: int
    seconds: float
    latencies: list[float] = field(default_factory=list)  # seconds, answered requests only
    errors: int = 0

    @property
    def answers_per_second(self) -> float:
        return len(self.latencies) / self.seconds if self.seconds else float("nan")


@dataclass
class ApiLoad:
    """A run: the machine, the load around it, the levels, the server's peak memory."""

    machine: str
    questions: int
    load_start: float
    load_end: float = float("nan")
    server_rss_mb: float = float("nan")
    levels: list[Level] = field(default_factory=list)


def _env(data_dir: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TANDEM_")}
    env.update(
        {
            "TANDEM_DATA_DIR": str(data_dir),
            "TANDEM_API_RATE_LIMIT": "0",
            "PYTHONPATH": str(REPO_ROOT),
            "PYTHONIOENCODING": "utf-8",
        }
    )
    return env


def _run(env: dict[str, str], *args: str) -> str:
    proc = subprocess.run(
        [sys.executable, "-m", *args], env=env, capture_output=True, text=True, encoding="utf-8", cwd=REPO_ROOT
    )
    if proc.returncode != 0:
        raise RuntimeError(f"python -m {' '.join(args)} failed ({proc.returncode}): {proc.stderr[-2000:]}")
    return proc.stdout


def index_knowledge(data_dir: Path, sources: Sequence[Path] = ()) -> None:
    """``python -m ingest [sources]`` into ``data_dir`` (the bundled knowledge when no sources are given)."""
    _run(_env(data_dir), "ingest", "--quiet", *map(str, sources))


def run_level(url: str, key: str, questions: Sequence[str], clients: int, total: int) -> Level:
    """``total`` chat completions from ``clients`` threads at once; wall time from the first send to the last answer."""
    numbers = itertools.count()
    lock = threading.Lock()
    level = Level(clients, 0.0)
    start = threading.Barrier(clients + 1)

    def client() -> None:
        with httpx.Client(base_url=url, headers={"Authorization": f"Bearer {key}"}, timeout=300) as http:
            start.wait()
            while (n := next(numbers)) < total:
                body = {"model": "tandem", "messages": [{"role": "user", "content": questions[n % len(questions)]}]}
                sent = time.perf_counter()
                try:
                    response = http.post("/v1/chat/completions", json=body)
                    ok = response.status_code == 200 and bool(response.json()["choices"][0]["message"]["content"])
                except (httpx.HTTPError, ValueError, KeyError):
                    ok = False
                took = time.perf_counter() - sent
                with lock:
                    if ok:
                        level.latencies.append(took)
                    else:
                        level.errors += 1

    threads = [threading.Thread(target=client, name=f"api-client-{i}") for i in range(clients)]
    for thread in threads:
        thread.start()
    start.wait()
    began = time.perf_counter()
    for thread in threads:
        thread.join()
    level.seconds = time.perf_counter() - began
    return level


def measure_api(
    data_dir: Path,
    questions: Sequence[str],
    concurrency: Sequence[int] = CONCURRENCY,
    requests_per_client: int = REQUESTS_PER_CLIENT,
    log: Callable[[str], None] = lambda _line: None,
) -> ApiLoad:
    """Serve the index in ``data_dir`` and measure each concurrency level in turn."""
    env = _env(data_dir)
    key = _run(env, "assistant", "keys", "create", f"bench-{int(time.time())}").strip().splitlines()[-1]
    port = free_port()
    url = f"http://127.0.0.1:{port}"

    def healthy() -> bool:
        with urllib.request.urlopen(f"{url}/healthz", timeout=2) as response:
            return response.status == 200

    result = ApiLoad(machine(), len(questions), load_average())
    args = [sys.executable, "-m", "assistant", "serve", "--port", str(port)]
    with server_process(args, data_dir / "api-server.log", healthy, START_TIMEOUT, cwd=REPO_ROOT, env=env) as server:
        log(f"api: warm-up, {len(questions)} questions")
        warm = run_level(url, key, questions, 1, len(questions))
        if warm.errors:
            raise RuntimeError(f"{warm.errors} of {len(questions)} warm-up questions failed; see {data_dir}")
        for clients in concurrency:
            total = max(len(questions), requests_per_client * clients)
            log(f"api: {clients} concurrent clients, {total} questions")
            result.levels.append(run_level(url, key, questions, clients, total))
        result.server_rss_mb = peak_rss_mb(server.pid)
    result.load_end = load_average()
    return result


def render(result: ApiLoad) -> str:
    """The API load as a Markdown table, with its notes."""
    lines = [
        "| concurrent clients | answers/s | latency p50 / p95, ms | answers | errors |",
        "|---|---|---|---|---|",
    ]
    for level in result.levels:
        p50, p95 = percentiles(level.latencies)
        lines.append(
            f"| {level.clients} | {level.answers_per_second:.1f} | {p50:.0f} / {p95:.0f} | "
            f"{len(level.latencies)} | {level.errors} |"
        )
    lines += [
        "",
        f"- {result.machine}; 1-min load average {result.load_start:.1f} at start, {result.load_end:.1f} at end.",
        f"- `python -m assistant serve` (one process, uvicorn, answers in its thread pool; retrieval mode, no chat "
        f"model), non-streamed `POST /v1/chat/completions` over {result.questions} labelled questions (on- and "
        f"off-topic) after one unmeasured pass; clients on the same cores; server peak RSS "
        f"{result.server_rss_mb:.0f} MB.",
    ]
    return "\n".join(lines)
