"""Nothing lost: bad files, a killed ingest, two ingests at once, and the store reopened in new processes.

The crash, concurrency and reopen tests run the real command lines as
subprocesses (``python -m ingest``, ``python -m assistant ask``) on their own
``TANDEM_DATA_DIR``; every check of the stored state is made from a fresh
process too (``CHECK_SCRIPT``), because Chroma's client is not process-safe.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from ingest.indexer import Indexer
from ingest.library import check_health
from ingest.uploads import reindex_all, upload_files
from tandem.core.index import KnowledgeIndex, open_index
from tandem.core.settings import REPO_ROOT, Settings, load_settings
from tests.unit.test_cli import run_cli
from tests.unit.test_uploads import GBK_TEXT, MD_TEXT, bad_corpus, make_docx, snapshot, uploads_of

N_FILES = 600  # one short chunk each: commits come after 256, 512 and 600 files (EMBED_BATCH = 256 chunks)
PROBES = ("读书会为老人朗读报纸", "楼道议事会楼门长主持", "快递堆积报箱塞满", "居民说话时志愿者怎么倾听")

# Run in a fresh process: everything a test needs to know about the stored index, as one JSON object.
CHECK_SCRIPT = r"""
import json, sys
from tandem.core.index import open_index
from tandem.assistant.search import HybridSearcher
from tandem.core.settings import load_settings

index = open_index(load_settings())
lexical = index.lexical
stored = index.store.collection.get(include=["embeddings"])
stored_ids = set(stored["ids"])
committed = lexical.chunk_ids_all()
searcher = HybridSearcher(index)
orphans = sorted(stored_ids - committed)
vectors = dict(zip(stored["ids"], stored["embeddings"]))
orphan_leaks = []
for cid in orphans[:40]:
    index.embeddings.embed_query = lambda _q, v=vectors[cid]: [float(x) for x in v]  # ask for the orphan itself
    for mode in ("dense", "hybrid"):
        if any(h.chunk.id == cid for h in searcher.search("孤儿段落", k=20, mode=mode)):
            orphan_leaks.append(cid)
print(json.dumps({
    "documents": {d.source: [d.n_chunks, sorted(lexical.chunk_ids(d.source))] for d in lexical.documents()},
    "committed": sorted(committed),
    "stored": sorted(stored_ids),
    "lexical_count": lexical.count_chunks(),
    "chroma_count": index.store.count(),
    "orphan_leaks": orphan_leaks,
    "probes": {q: [[h.chunk.source, h.chunk.id, round(h.score, 6)] for h in searcher.search(q, k=10)]
               for q in sys.argv[1:]},
}, ensure_ascii=False))
"""


def check_state(data_dir: Path, *queries: str) -> dict[str, Any]:
    """The stored index as a fresh process sees it."""
    environment = {k: v for k, v in os.environ.items() if not k.startswith("TANDEM_")}
    environment.update({"TANDEM_DATA_DIR": str(data_dir), "PYTHONPATH": str(REPO_ROOT), "PYTHONIOENCODING": "utf-8"})
    proc = subprocess.run(
        [sys.executable, "-c", CHECK_SCRIPT, *queries],
        cwd=data_dir.parent,
        env=environment,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout.strip().splitlines()[-1])


def visit_notes(folder: Path, n: int = N_FILES) -> Path:
    """``n`` one-chunk text files, each with a phrase found in no other file."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (folder / f"visit{i:04d}.txt").write_text(f"第{i}号记录：陪老人聊天{i % 7 + 1}小时。", encoding="utf-8")
    return folder


def start_ingest(folder: Path, data_dir: Path, *args: str) -> subprocess.Popen[str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("TANDEM_")}
    environment.update({"TANDEM_DATA_DIR": str(data_dir), "PYTHONPATH": str(REPO_ROOT), "PYTHONIOENCODING": "utf-8"})
    return subprocess.Popen(
        [sys.executable, "-m", "ingest", str(folder), "--quiet", *args],
        cwd=data_dir.parent,
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )


def committed_documents(data_dir: Path) -> int:
    """Documents committed so far, read from the catalogue while another process writes it."""
    path = data_dir / "lexical.sqlite3"
    if not path.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5) as db:
            return int(db.execute("SELECT count(*) FROM documents").fetchone()[0])
    except sqlite3.OperationalError:  # tables not created yet
        return 0


def pause_after_first_commit(process: subprocess.Popen[str], data_dir: Path) -> int:
    """SIGSTOP ``process`` as soon as some documents are committed; return how many."""
    deadline = time.monotonic() + 600
    while committed_documents(data_dir) == 0:
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline, "ingest committed nothing"
        time.sleep(0.02)
    os.kill(process.pid, signal.SIGSTOP)
    return committed_documents(data_dir)


def pause_between_commits(process: subprocess.Popen[str], data_dir: Path) -> int:
    """SIGSTOP ``process`` mid-run but outside any catalogue transaction; return the documents committed.

    It then holds the ingest lock (as a long-running ingest does) without
    blocking readers of the SQLite catalogue.
    """
    while True:
        committed = pause_after_first_commit(process, data_dir)
        assert committed < N_FILES, "the first ingest finished before it could be paused"
        try:
            with sqlite3.connect(data_dir / "lexical.sqlite3", timeout=0) as db:
                db.execute("BEGIN IMMEDIATE")
                db.execute("ROLLBACK")
            return committed
        except sqlite3.OperationalError:  # stopped inside a transaction: let it finish and try again
            os.kill(process.pid, signal.SIGCONT)
            time.sleep(0.05)


def assert_no_half_documents(state: dict[str, Any]) -> None:
    """Every catalogued document has exactly its chunks, all in Chroma; no orphan is ever returned."""
    committed = set(state["committed"])
    owned: set[str] = set()
    for source, (n_chunks, ids) in state["documents"].items():
        assert len(ids) == n_chunks > 0, source
        owned |= set(ids)
    assert owned == committed
    assert committed <= set(state["stored"]), "a committed chunk is missing from Chroma"
    assert state["orphan_leaks"] == []
    for hits in state["probes"].values():
        assert all(cid in committed for _, cid, _ in hits)


# ---- a corpus of bad files ------------------------------------------------------------------------


@pytest.fixture
def good_index(data_dir: Path, tmp_path: Path, embeddings) -> Iterator[KnowledgeIndex]:  # type: ignore[no-untyped-def]
    """Three good uploads; the bundled-knowledge folder is empty so re-indexing everything stays quick."""
    (tmp_path / "no-knowledge").mkdir()
    index = open_index(load_settings(knowledge_dir=tmp_path / "no-knowledge"), embeddings)
    report = upload_files(
        index,
        [
            ("读书会记录.txt", GBK_TEXT.encode("gbk")),
            ("楼道议事会.md", MD_TEXT.encode()),
            ("快递员培训笔记.docx", make_docx()),
        ],
    )
    assert [r.status for r in report.results] == ["added"] * 3
    yield index
    index.close()


def test_bad_uploads_lose_nothing(good_index: KnowledgeIndex, settings: Settings) -> None:
    before, files_before = snapshot(good_index, PROBES), uploads_of(settings)
    corpus = bad_corpus(settings.max_upload_mb * 1024 * 1024)
    resaved = make_docx(revision=7)  # the same notes saved again: other bytes, same text
    duplicates = [("读书会记录-副本.txt", GBK_TEXT.encode("gbk")), ("快递员培训笔记.docx", resaved)]
    report = upload_files(good_index, [(n, d) for n, (d, _) in corpus.items()] + duplicates)
    by_name = {r.name: r for r in report.results}
    for name, (_, phrase) in corpus.items():
        assert by_name[name].status == "rejected" and phrase in by_name[name].message, by_name[name]
    assert [r.status for r in report.results[-2:]] == ["duplicate", "duplicate"]
    assert snapshot(good_index, PROBES) == before
    assert uploads_of(settings) == files_before
    assert check_health(good_index).ok


def test_bad_files_in_a_folder_lose_nothing(good_index: KnowledgeIndex, settings: Settings, tmp_path: Path) -> None:
    """The same corpus dropped into folders (CLI path and the uploads folder): failures reported, rest intact."""
    before = snapshot(good_index, PROBES)
    folder = tmp_path / "bad"
    folder.mkdir()
    corpus = {n: c for n, c in bad_corpus(1024).items() if Path(n).suffix in (".pdf", ".txt", ".md", ".docx")}
    for upload_rule in ("超大文件.txt", "只有页码的扫描件.pdf"):  # size and text density are checked on upload only
        corpus.pop(upload_rule)
    for name, (data, _) in corpus.items():
        (folder / name).write_bytes(data)
    summary = Indexer(good_index).run([folder])
    failures = {Path(f.source).name: f.error for f in summary.failures}
    assert sorted(failures) == sorted(corpus)
    assert all(failures[name] for name in corpus)
    assert snapshot(good_index, PROBES) == before

    for name, (data, _) in corpus.items():
        (settings.uploads_dir / name).write_bytes(data)
    again = reindex_all(good_index)
    assert len(again.failures) == len(corpus)
    assert {r.status for r in again.results if r not in again.failures} == {"unchanged"}
    assert snapshot(good_index, PROBES) == before


def test_gbk_and_traversal_names_succeed(index: KnowledgeIndex, settings: Settings) -> None:
    report = upload_files(index, [("../../etc/passwd.txt", GBK_TEXT.encode("gbk"))])
    assert report.results[0].status == "added" and report.results[0].source == "uploads/passwd.txt"
    assert index.lexical.document("uploads/passwd.txt").metadata["encoding"] == "gb18030"  # type: ignore[union-attr]
    assert uploads_of(settings) == ["passwd.txt"]


# ---- a process killed in the middle of indexing ---------------------------------------------------------


@pytest.mark.slow
def test_killed_ingest_leaves_no_half_document_and_rerun_completes(tmp_path: Path, index: KnowledgeIndex) -> None:
    folder = visit_notes(tmp_path / "visits")
    data = tmp_path / "killed"
    process = start_ingest(folder, data)
    committed = pause_after_first_commit(process, data)
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=60)
    assert process.returncode == -signal.SIGKILL
    assert 0 < committed < N_FILES, "the ingest must be killed in the middle"

    crashed = check_state(data, "第7号记录", f"第{N_FILES - 1}号记录")
    assert len(crashed["documents"]) == committed
    assert_no_half_documents(crashed)
    missing = sorted(set(f"visit{i:04d}.txt" for i in range(N_FILES)) - {Path(s).name for s in crashed["documents"]})
    assert missing  # files the killed run never committed are not searchable at all
    last = crashed["probes"][f"第{N_FILES - 1}号记录"]
    assert all(Path(source).name in {Path(s).name for s in crashed["documents"]} for source, _, _ in last)

    rerun = run_cli("ingest", str(folder), "--quiet", "--json", data_dir=data, cwd=tmp_path)
    assert rerun.returncode == 0, rerun.stderr
    summary = json.loads(rerun.stdout)
    assert summary["failed"] == [] and summary["unchanged"] == committed and summary["added"] == N_FILES - committed

    clean = Indexer(index).run([folder])  # a clean build of the same folder in another data dir
    assert not clean.failures
    recovered = check_state(data, "第7号记录", f"第{N_FILES - 1}号记录")
    assert_no_half_documents(recovered)
    assert recovered["stored"] == recovered["committed"]  # the rerun swept any orphan
    assert recovered["documents"] == {
        d.source: [d.n_chunks, sorted(index.lexical.chunk_ids(d.source))] for d in index.lexical.documents()
    }
    assert recovered["lexical_count"] == recovered["chroma_count"] == index.lexical.count_chunks() == N_FILES
    assert Path(recovered["probes"][f"第{N_FILES - 1}号记录"][0][0]).name == f"visit{N_FILES - 1:04d}.txt"


# ---- two ingests at once --------------------------------------------------------------------------------


@pytest.mark.slow
def test_second_ingest_refuses_or_waits(tmp_path: Path) -> None:
    folder = visit_notes(tmp_path / "visits")
    other = tmp_path / "other"
    other.mkdir()
    (other / "读书会.txt").write_bytes(GBK_TEXT.encode("gbk"))
    data = tmp_path / "data-two"
    first = start_ingest(folder, data, "--json")
    try:
        pause_between_commits(first, data)  # stopped while holding the writer lock, mid-run
        waiter = start_ingest(folder, data, "--json", "--wait", "600")
        refused = run_cli("ingest", str(other), "--quiet", "--wait", "0", data_dir=data, cwd=tmp_path)
        assert refused.returncode == 2
        assert "错误：另一个导入任务正在写入知识库" in refused.stderr and "请等它完成后再试" in refused.stderr
        assert "Traceback" not in refused.stderr
        assert waiter.poll() is None  # cannot finish while the first ingest holds the lock
    finally:
        os.kill(first.pid, signal.SIGCONT)
    out, err = first.communicate(timeout=600)
    assert first.returncode == 0, err
    assert json.loads(out)["added"] == N_FILES
    out, err = waiter.communicate(timeout=600)
    assert waiter.returncode == 0, err
    waited = json.loads(out)
    assert waited["added"] == 0 and waited["unchanged"] == N_FILES  # it ran after the first one, not beside it
    state = check_state(data)
    assert_no_half_documents(state)
    assert len(state["documents"]) == N_FILES and not any(s.endswith("读书会.txt") for s in state["documents"])
    assert state["stored"] == state["committed"]


# ---- closed and reopened in new processes -------------------------------------------------------------


@pytest.mark.slow
def test_reopened_store_returns_same_counts_and_results(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "读书会记录.txt").write_bytes(GBK_TEXT.encode("gbk"))
    (docs / "楼道议事会.md").write_bytes(MD_TEXT.encode())
    (docs / "快递员培训笔记.docx").write_bytes(make_docx())
    shutil.copytree(
        REPO_ROOT / "knowledge" / "skills",
        docs / "skills",
        ignore=lambda d, names: [n for n in names if n not in ("silent-listening.md", "empathic-response.md")],
    )
    data = tmp_path / "data-reopen"
    built = run_cli("ingest", str(docs), "--quiet", "--json", data_dir=data, cwd=tmp_path)
    assert built.returncode == 0, built.stderr
    chunks = json.loads(built.stdout)["added"]

    states = [check_state(data, *PROBES) for _ in range(2)]
    assert states[0] == states[1]
    assert states[0]["lexical_count"] == states[0]["chroma_count"] == chunks
    assert_no_half_documents(states[0])

    questions = ("银杏社区读书会的老人增加到多少人？", "发现快递堆积、报箱塞满该怎么上报？")
    for question in questions:
        answers = [run_cli("assistant", "ask", question, "--json", data_dir=data, cwd=tmp_path) for _ in range(2)]
        assert all(a.returncode == 0 for a in answers), answers[0].stderr
        first, second = (json.loads(a.stdout) for a in answers)
        assert first == second
        assert first["sources"] and not first["refused"], question
        expected = "读书会记录.txt" if "读书会" in question else "快递员培训笔记.docx"
        assert first["sources"][0]["path"].endswith(expected), first["sources"]
