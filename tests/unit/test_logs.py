"""tandem.core.logs: Tandem's log goes to data/logs/tandem.log, written by the entry points, never to stdout."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from tandem.core.logs import LOG_FILE, LOGGERS, configure_logging
from tandem.core.settings import Settings
from tests.unit.test_cli import run_cli, write_docs


@pytest.fixture
def clean_loggers() -> Iterator[None]:
    before = {name: list(logging.getLogger(name).handlers) for name in LOGGERS}
    yield
    for name, handlers in before.items():
        logger = logging.getLogger(name)
        for handler in [h for h in logger.handlers if h not in handlers]:
            logger.removeHandler(handler)
            handler.close()


def test_records_of_tandem_and_ingest_go_to_the_log_file_once(tmp_path: Path, clean_loggers: None) -> None:
    settings = Settings(data_dir=tmp_path / "data")
    path = configure_logging(settings)
    assert path == (settings.log_dir / LOG_FILE).resolve()
    configure_logging(settings)  # Streamlit reruns app.py: still one handler
    logging.getLogger("tandem.assistant.answer").warning("chat model failed: %s", "timeout")
    logging.getLogger("ingest.indexer").info("ingest: %s", "文件 2 个")
    logging.getLogger("chromadb").warning("not ours")
    lines = path.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2
    assert "WARNING tandem.assistant.answer: chat model failed: timeout" in lines[0]
    assert "INFO ingest.indexer: ingest: 文件 2 个" in lines[1]


def test_a_moved_data_dir_moves_the_log(tmp_path: Path, clean_loggers: None) -> None:
    first = configure_logging(Settings(data_dir=tmp_path / "a"))
    second = configure_logging(Settings(data_dir=tmp_path / "b"))
    logging.getLogger("tandem.x").warning("here")
    assert first and second and "here" in second.read_text(encoding="utf-8")
    assert "here" not in first.read_text(encoding="utf-8")


def test_an_unwritable_data_dir_means_no_log_not_a_crash(tmp_path: Path, clean_loggers: None) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    assert configure_logging(Settings(data_dir=blocker / "data")) is None


def test_the_ingest_cli_logs_its_summary_and_keeps_stdout_json(tmp_path: Path) -> None:
    docs = write_docs(tmp_path / "docs")
    (docs / "scan.pdf").write_bytes(b"%PDF-1.4 broken")
    proc = run_cli("ingest", str(docs), "--quiet", "--json", data_dir=tmp_path / "data", cwd=tmp_path)
    assert proc.returncode == 1
    summary = json.loads(proc.stdout)
    log = (tmp_path / "data" / "logs" / LOG_FILE).read_text(encoding="utf-8")
    assert f"INFO ingest.indexer: ingest: 文件 {summary['files']} 个" in log
    assert "WARNING ingest.indexer: ingest failed: " in log and "scan.pdf" in log
