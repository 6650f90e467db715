"""Many volunteers at once: N browser sessions asking together against one ``streamlit run app.py``.

``python -m bench --load [--sessions 20] [--rounds 2] [--load-size 10000] [--ingest]``

- One app process (``--server.address 127.0.0.1``), its index built beforehand in
  ``<work dir>/load-<size>`` (the bundled knowledge, or it plus synthetic documents
  from bench/corpus.py up to ``--load-size`` chunks; vectors from the bench cache).
- One Debian Chromium, one browser *context* per session (separate cookies, so
  separate Streamlit sessions).  Every page opens ``/ask`` first; then all sessions
  type their own question at the same moment, ``rounds`` times.  Time to a rendered
  answer = Enter pressed → the answer's 👍 button on screen (the page has rerun with
  the answer and its citations).
- Checked: no page shows an exception, the server log holds no traceback, each page
  shows its own questions and no other session's, every question is in the log.
- With ``ingest``, ``python -m ingest`` adds new documents while the sessions ask;
  afterwards the index must be consistent (no half document) and every source an
  answer cited must be a whole document.
- Reported: p50/p95/max seconds, the server's peak RSS (``VmHWM``), errors.
"""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import subprocess
import sys
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from bench.corpus import count_chunks, knowledge_documents, write_corpus
from bench.measure import percentiles
from bench.processes import CHROMIUM, CHROMIUM_ARGS, free_port, server_process, streamlit_args, streamlit_healthy
from bench.system import peak_rss_mb
from tandem.core.settings import REPO_ROOT, load_settings

START_TIMEOUT = 600
ANSWER_TIMEOUT = 300
# Volunteers' questions (none of them an example button of the Ask page, so a page shows a question only once
# asked); sessions × rounds up to 40 ask 40 different questions.
QUESTIONS = (
    "老人不愿意开门，隔着门怎么跟他说话？",
    "第一次入户走访要带什么？",
    "居民在楼道里大声吵架，我要不要上前劝？",
    "老人让我帮忙取钱，可以吗？",
    "发现老人家里有燃气味怎么办？",
    "孩子说爸爸打他，我该怎么回应？",
    "独居老人说最近总睡不着，我能做什么？",
    "快递员志愿者怎样上报楼道隐患？",
    "居民送我一篮水果，我能收下吗？",
    "入户时可以给老人拍照吗？",
    "老人听力不好，怎么沟通更有效？",
    "邻居之间因为停车吵起来了怎么调解？",
    "老人被电信诈骗后很自责，怎么安慰？",
    "志愿服务时长怎么记录？",
    "残疾人家庭需要哪些帮助？",
    "老人摔倒在地，我该不该扶？",
    "留守儿童放学后没人照看怎么办？",
    "居民情绪崩溃大哭，我该说些什么？",
    "老人把钥匙交给我保管，能接吗？",
    "遇到醉酒的居民骂人怎么处理？",
    "老人不会用智能手机挂号，怎么帮他？",
    "居民说楼上漏水好几天没人管，我能做什么？",
    "陪老人去医院要注意什么？",
    "老人总说自己没用，是不是抑郁了？",
    "外卖骑手志愿者每周能服务几个小时？",
    "怎么跟失智老人的家属沟通？",
    "居民拒绝垃圾分类，怎么劝说？",
    "探访时老人突然胸口疼怎么办？",
    "社区板凳会怎么组织？",
    "志愿者之间有矛盾怎么办？",
    "老人想立遗嘱问我怎么办，我该怎么回答？",
    "发现邻居家孩子经常一个人在家怎么办？",
    "上门时闻到很浓的酒味，老人说话含糊怎么办？",
    "居民在群里骂社区工作人员，志愿者该说话吗？",
    "帮老人买菜收了钱，怎么记账才清楚？",
    "老人拒绝吃药，我该劝吗？",
    "雨雪天气探访独居老人要注意什么？",
    "给残疾人推轮椅有什么讲究？",
    "新来的志愿者不敢跟陌生人说话怎么办？",
    "居民问我要社工的私人电话，能给吗？",
)


@dataclass
class LoadResult:
    """One load run."""

    label: str
    sessions: int
    rounds: int
    chunks: int = 0
    answers: int = 0
    seconds: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    peak_rss_mb: float = 0.0
    server_cpu_seconds: float = 0.0  # CPU time the app process used while the sessions asked
    load_average: float = 0.0  # the machine's 1-minute load average at the end (other work on it shows here)
    ingest: dict[str, Any] | None = None

    @property
    def cpu_per_answer(self) -> float:
        return self.server_cpu_seconds / self.answers if self.answers else float("nan")

    @property
    def p50_p95_max(self) -> list[float]:
        """Seconds to a rendered answer: median, p95 (nearest rank), worst."""
        if not self.seconds:
            return [float("nan")] * 3
        p50_ms, p95_ms = percentiles(self.seconds)
        return [p50_ms / 1000, p95_ms / 1000, max(self.seconds)]

    def line(self) -> str:
        p50, p95, worst = self.p50_p95_max
        ingest = ""
        if self.ingest is not None:
            ingest = f" · ingest during: +{self.ingest.get('chunks_added', 0)} chunks, consistent={self.ingest['consistent']}"
        return (
            f"{self.label}: {self.sessions} sessions × {self.rounds} rounds, {self.answers} answers, "
            f"{len(self.errors)} errors · p50 {p50:.2f} s · p95 {p95:.2f} s · max {worst:.2f} s · "
            f"server peak RSS {self.peak_rss_mb:.0f} MB · server CPU {self.cpu_per_answer:.2f} s/answer · "
            f"load average {self.load_average:.1f}{ingest}"
        )

    def as_dict(self) -> dict[str, Any]:
        return {**asdict(self), "p50_p95_max": self.p50_p95_max, "cpu_per_answer": self.cpu_per_answer}


def _env(data_dir: Path) -> dict[str, str]:
    env = {**os.environ, "TANDEM_DATA_DIR": str(data_dir), "TANDEM_LLM_PROVIDER": "none"}
    for name in ("TANDEM_CHROMA_HOST", "TANDEM_DATABASE_URL", "TANDEM_ADMIN_PASSWORD", "TANDEM_LEADER_PASSWORD"):
        env.pop(name, None)
    return env


def prepare_index(data_dir: Path, size: int | None = None, cache_path: Path | None = None) -> int:
    """Index the bundled knowledge (plus synthetic documents up to ``size`` chunks) into ``data_dir``, once."""
    from ingest.indexer import Indexer
    from tandem.core.embeddings import make_embeddings
    from tandem.core.index import open_index

    settings = load_settings(data_dir=data_dir, llm_provider="none")
    model: Any = make_embeddings("use-m3", threads=settings.embedding_threads)
    if cache_path is not None:
        from bench.embed_cache import CachedEmbeddings

        model = CachedEmbeddings(model, cache_path)
    index = open_index(settings, model)
    try:
        if index.is_empty():
            paths = [settings.knowledge_dir]
            if size:
                corpus = data_dir / "corpus"
                docs = knowledge_documents(settings.knowledge_dir)
                write_corpus(docs, corpus, size, settings.chunk_size, settings.chunk_overlap)
                paths.append(corpus)
            summary = Indexer(index).run(paths)
            if summary.failures:
                raise RuntimeError(f"ingest failed: {summary.failures[:3]}")
        return index.lexical.count_chunks()
    finally:
        index.close()


def ingest_folder(out_dir: Path, chunks: int = 300, seed: int = 1818) -> Path:
    """New documents for the ingest that runs while sessions ask (synthetic, about ``chunks`` chunks)."""
    settings = load_settings()
    docs = knowledge_documents(settings.knowledge_dir)
    # write_corpus tops the bundled documents up to a total: ask for theirs plus ``chunks``
    bundled = sum(
        count_chunks(p.read_text(encoding="utf-8"), settings.chunk_size, settings.chunk_overlap) for p in docs
    )
    shutil.rmtree(out_dir, ignore_errors=True)
    write_corpus(docs, out_dir, bundled + chunks, settings.chunk_size, settings.chunk_overlap, seed=seed)
    for path in out_dir.rglob("syn-*.md"):  # their own names, so they add documents instead of replacing
        path.rename(path.with_name("load-" + path.name))
    return out_dir


def cpu_seconds(pid: int) -> float:
    """User + system CPU seconds a process has used (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def niced_chromium(folder: Path) -> str:
    """A wrapper that starts Chromium at the lowest CPU priority.

    The sessions' browsers stand in for volunteers' phones; on the app's own 2 cores they
    would otherwise compete with the server they are measuring.
    """
    wrapper = folder / "chromium-niced"
    wrapper.write_text(f'#!/bin/sh\nexec nice -n 19 {CHROMIUM} "$@"\n')
    wrapper.chmod(0o755)
    return str(wrapper)


async def _ask(page: Any, question: str, turn: int) -> float:
    box = page.get_by_placeholder("遇到什么情况")
    await box.fill(question)
    started = time.perf_counter()
    await box.press("Enter")
    await page.get_by_role("button", name="👍 有用").nth(turn).wait_for(timeout=ANSWER_TIMEOUT * 1000)
    return time.perf_counter() - started


async def _drive(
    url: str, sessions: int, rounds: int, result: LoadResult, on_start: Any, log: Any, browser_path: str, pid: int
) -> list[list[str]]:
    from playwright.async_api import async_playwright

    asked: list[list[str]] = [[] for _ in range(sessions)]
    async with async_playwright() as p:
        browser = await p.chromium.launch(executable_path=browser_path, args=CHROMIUM_ARGS)
        try:
            await _warm_up(browser, url)
            log(f"load: warmed up; opening {sessions} sessions")
            contexts = [await browser.new_context(viewport={"width": 420, "height": 900}) for _ in range(sessions)]
            pages = [await c.new_page() for c in contexts]
            for page in pages:  # open one after another: sessions start, then ask together
                page.set_default_timeout(START_TIMEOUT * 1000)
                await page.goto(f"{url}/ask")
                await page.get_by_placeholder("遇到什么情况").wait_for()
            log(f"load: {sessions} pages open")
            cpu_before = cpu_seconds(pid)
            for turn in range(rounds):
                questions = [QUESTIONS[(i + turn * sessions) % len(QUESTIONS)] for i in range(sessions)]
                if turn == 0:
                    on_start()
                outcomes = await asyncio.gather(
                    *(_ask(page, q, turn) for page, q in zip(pages, questions, strict=True)), return_exceptions=True
                )
                log(f"load: round {turn + 1} answered")
                for i, outcome in enumerate(outcomes):
                    asked[i].append(questions[i])
                    if isinstance(outcome, BaseException):
                        result.errors.append(f"session {i + 1}, round {turn + 1}: {type(outcome).__name__}: {outcome}")
                    else:
                        result.seconds.append(float(outcome))
                        result.answers += 1
            result.server_cpu_seconds = cpu_seconds(pid) - cpu_before
            for i, page in enumerate(pages):
                await _check_page(page, i, asked, result)
        finally:
            await browser.close()
    return asked


async def _warm_up(browser: Any, url: str) -> None:
    """One question before the timers: the model and the caches load once per process, not per session."""
    context = await browser.new_context()
    page = await context.new_page()
    page.set_default_timeout(START_TIMEOUT * 1000)
    await page.goto(f"{url}/ask")
    await _ask(page, "第一次上门探访独居老人要注意什么？", 0)
    await context.close()


async def _check_page(page: Any, i: int, asked: list[list[str]], result: LoadResult) -> None:
    if await page.locator("[data-testid='stException']").count():
        result.errors.append(f"session {i + 1}: the page shows an exception")
    text = await page.locator("[data-testid='stMainBlockContainer']").inner_text(timeout=60_000)
    mine = set(asked[i])
    for question in mine:
        if question not in text:
            result.errors.append(f"session {i + 1}: its question {question!r} is not on its page")
    others = {q for j, qs in enumerate(asked) if j != i for q in qs} - mine
    leaked = [q for q in others if q in text]
    if leaked:
        result.errors.append(f"session {i + 1}: shows another session's question {leaked[0]!r}")


def _consistency(data_dir: Path, asked: list[list[str]], result: LoadResult) -> bool:
    """The index has no half document; the log holds every question; every cited source is a whole document."""
    from sqlalchemy import select

    from ingest.library import check_health
    from tandem.core.index import open_index
    from tandem.db.core import get_engine
    from tandem.db.schema import ask_log

    settings = load_settings(data_dir=data_dir, llm_provider="none")
    index = open_index(settings)
    try:
        health = check_health(index)
        for problem in health.problems():
            result.errors.append(f"index: {problem}")
        whole = {d.source for d in index.lexical.documents()}
        result.chunks = index.lexical.count_chunks()
    finally:
        index.close()
    with get_engine(settings).connect() as conn:
        rows = conn.execute(select(ask_log.c.question, ask_log.c.sources)).all()
    logged = [r.question for r in rows]
    for question in {q for qs in asked for q in qs}:
        if question not in logged:
            result.errors.append(f"log: {question!r} was not logged")
    cited = {s["path"] for r in rows for s in json.loads(r.sources)}
    half = sorted(cited - whole)
    if half:
        result.errors.append(f"answers cited sources that are not whole documents: {half[:3]}")
    return not health.problems() and not half


def run_load(
    data_dir: Path,
    *,
    sessions: int = 20,
    rounds: int = 2,
    label: str = "bundled",
    ingest_dir: Path | None = None,
    log: Any = print,
) -> LoadResult:
    """Start the app on ``data_dir`` (index already built), drive ``sessions`` browsers, check, report."""
    result = LoadResult(label, sessions, rounds)
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    args = streamlit_args(port)
    server_log = data_dir / "load-streamlit.log"
    ingest: dict[str, Any] = {}
    before = _chunk_count(data_dir)
    with server_process(
        args, server_log, lambda: streamlit_healthy(url), START_TIMEOUT, cwd=REPO_ROOT, env=_env(data_dir)
    ) as server:
        log(f"load: app up on {url}")

        def start_ingest() -> None:
            if ingest_dir is not None:
                command = [sys.executable, "-m", "ingest", str(ingest_dir), "--quiet", "--json", "--wait", "600"]
                out = (data_dir / "load-ingest.log").open("wb")
                ingest["process"] = subprocess.Popen(
                    command, cwd=REPO_ROOT, env=_env(data_dir), stdout=out, stderr=subprocess.STDOUT
                )
                ingest["started"] = time.perf_counter()

        browser_path = niced_chromium(data_dir)
        asked = asyncio.run(_drive(url, sessions, rounds, result, start_ingest, log, browser_path, server.pid))
        result.peak_rss_mb = peak_rss_mb(server.pid)
        result.load_average = os.getloadavg()[0]
        if "process" in ingest:
            code = ingest["process"].wait(timeout=1800)
            ingest_seconds = time.perf_counter() - ingest["started"]
            if code != 0:
                result.errors.append(f"ingest exited with {code}: {(data_dir / 'load-ingest.log').read_text()[-500:]}")
    if "Traceback" in server_log.read_text(errors="replace"):
        result.errors.append("the server log holds a traceback")
    consistent = _consistency(data_dir, asked, result)
    if ingest_dir is not None:
        result.ingest = {"seconds": ingest_seconds, "consistent": consistent}
        result.ingest["chunks_added"] = result.chunks - before
    log(f"load: {result.line()}")
    return result


def _chunk_count(data_dir: Path) -> int:
    from tandem.core.lexical import LexicalIndex

    lexical = LexicalIndex(load_settings(data_dir=data_dir).lexical_path)
    try:
        return lexical.count_chunks()
    finally:
        lexical.close()


def load_benchmark(
    work_dir: Path, *, sessions: int, rounds: int, size: int | None, with_ingest: bool, log: Any = print
) -> list[LoadResult]:
    """``python -m bench --load``: the load run on a fresh copy of a prepared index, then again with an ingest."""
    label = f"{size:,}-chunk corpus" if size else "bundled"
    base = work_dir / f"load-{size or 'bundled'}"
    log(f"load: preparing the index in {base} …")
    chunks = prepare_index(base, size, work_dir / "vector-cache.sqlite3" if size else None)
    results = []
    for ingesting in (False, True) if with_ingest else (False,):
        # a path of its own per run: chromadb caches clients by path within a process
        run_dir = work_dir / f"load-run-{size or 'bundled'}-{sessions}{'-ingest' if ingesting else ''}"
        shutil.rmtree(run_dir, ignore_errors=True)
        shutil.copytree(base, run_dir)
        shutil.rmtree(run_dir / "uploads", ignore_errors=True)
        folder = ingest_folder(work_dir / "load-ingest-docs") if ingesting else None
        result = run_load(
            run_dir,
            sessions=sessions,
            rounds=rounds,
            label=label + (" + ingest" if ingesting else ""),
            ingest_dir=folder,
            log=log,
        )
        result.chunks = result.chunks or chunks
        results.append(result)
    return results


def render_load(results: list[LoadResult]) -> str:
    lines = [
        "| corpus | sessions × rounds | answers | errors | p50 s | p95 s | max s | server CPU s/answer "
        "| server peak RSS MB | load avg | ingest during |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in results:
        p50, p95, worst = r.p50_p95_max
        ingest = "—" if r.ingest is None else f"{r.ingest['seconds']:.0f} s, consistent: {r.ingest['consistent']}"
        lines.append(
            f"| {r.label} ({r.chunks:,} chunks) | {r.sessions} × {r.rounds} | {r.answers} | {len(r.errors)} | "
            f"{p50:.2f} | {p95:.2f} | {worst:.2f} | {r.cpu_per_answer:.2f} | {r.peak_rss_mb:.0f} | "
            f"{r.load_average:.1f} | {ingest} |"
        )
    for r in results:
        lines += [f"- {r.label}: {e}" for e in r.errors[:10]]
    return "\n".join(lines)
