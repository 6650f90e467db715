"""The API load benchmark on a tiny corpus: a real server, every level measured, failures counted, one table.

No figure is asserted as a time limit; only that each was measured and lands in the table.
"""

from __future__ import annotations

from pathlib import Path

from bench.api_load import index_knowledge, measure_api, render, run_level
from tandem.core.settings import REPO_ROOT

KNOWLEDGE = REPO_ROOT / "knowledge"
QUESTIONS = ["居民情绪激动骂人，我该怎么回应？", "八棵杨社区接诉即办案件降了多少？", "今天天气怎么样？"]


def test_api_load_measures_each_level_against_a_real_server(tmp_path: Path) -> None:
    data_dir = tmp_path / "api"
    index_knowledge(
        data_dir,
        [KNOWLEDGE / "skills" / "calming-and-mediation.md", KNOWLEDGE / "cases" / "bakeyang-courier-volunteers.md"],
    )
    result = measure_api(data_dir, QUESTIONS, concurrency=(1, 3), requests_per_client=2)
    assert [level.clients for level in result.levels] == [1, 3]
    assert [len(level.latencies) for level in result.levels] == [3, 6]
    assert all(level.errors == 0 and level.answers_per_second > 0 for level in result.levels)
    assert result.server_rss_mb > 50
    rows = [line for line in render(result).splitlines() if line.startswith("| ") and line[2].isdigit()]
    assert [row.split("|")[1].strip() for row in rows] == ["1", "3"]
    assert all("nan" not in row for row in rows)


def test_a_failed_request_is_counted_not_timed() -> None:
    level = run_level("http://127.0.0.1:9", "tdm-none", QUESTIONS, clients=2, total=4)  # nothing listens on port 9
    assert level.errors == 4 and level.latencies == [] and level.seconds > 0
