"""The benchmark's logic on a tiny corpus: one table with every row and column, every cell measured.

No figure is asserted as a time limit; only that each was measured and lands in the table.
Also: the in-memory BM25 matrix the benchmark led to gives exactly FTS5's results.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from bench.__main__ import main
from bench.corpus import count_chunks, split_clauses, write_corpus
from bench.evaluation import load_questions
from bench.report import KEPT_MARKER, ROW_LABELS, as_json, from_json, render, write_results
from bench.runner import Config, run
from ingest.indexer import Indexer
from tandem.core.filters import SearchFilters
from tandem.core.lexical import LexicalIndex
from tandem.core.settings import REPO_ROOT

KNOWLEDGE = REPO_ROOT / "knowledge"
DOCUMENTS = [
    KNOWLEDGE / "skills" / "calming-and-mediation.md",
    KNOWLEDGE / "skills" / "silent-listening.md",
    KNOWLEDGE / "cases" / "bakeyang-courier-volunteers.md",
]


def _rows(table: str) -> dict[str, list[str]]:
    rows = {}
    for line in table.splitlines():
        if line.startswith("| ") and not line.startswith("|---"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            rows[cells[0]] = cells[1:]
    return rows


def test_synthetic_corpus_has_exactly_the_requested_chunks_and_is_deterministic(tmp_path: Path) -> None:
    bundled = sum(count_chunks(p.read_text(encoding="utf-8"), 320, 80) for p in DOCUMENTS)
    written = write_corpus(DOCUMENTS, tmp_path / "a", bundled + 57)
    assert written == 57
    files = sorted((tmp_path / "a").rglob("*.md"))
    assert sum(count_chunks(p.read_text(encoding="utf-8"), 320, 80) for p in files) == 57
    write_corpus(DOCUMENTS, tmp_path / "b", bundled + 57)
    assert [p.read_text(encoding="utf-8") for p in files] == [
        (tmp_path / "b" / p.relative_to(tmp_path / "a")).read_text(encoding="utf-8") for p in files
    ]
    assert "kind: " in files[0].read_text(encoding="utf-8")


def test_clauses_split_outside_quotes_and_keep_their_separators() -> None:
    assert split_clauses("他说：“我不需要，你走吧。”然后关上门。") == (
        [("他说", "："), ("“我不需要，你走吧。”然后关上门", "")],
        "。",
    )
    assert split_clauses("先问“哪里不舒服？”，再听（不要打断）") == (
        [("先问“哪里不舒服？”", "，"), ("再听（不要打断）", "")],
        "",
    )
    assert split_clauses("你走吧。”他说？") == ([("你走吧。他说", "")], "？")  # an unbalanced quote is dropped


def _punctuation_per_char(paths: list[Path], marks: str) -> dict[str, float]:
    text = "".join(p.read_text(encoding="utf-8").split("---", 2)[-1] for p in paths)
    return {mark: text.count(mark) / len(text) for mark in marks}


def test_synthetic_punctuation_is_balanced_and_close_to_the_knowledge_bases(tmp_path: Path) -> None:
    """Distractors must not be told apart by punctuation tokens (“ ” （ ） ？ are BM25 tokens for rank_bm25)."""
    sources = sorted(KNOWLEDGE.rglob("*.md"))
    write_corpus(sources, tmp_path, 1200)
    synthetic = sorted(tmp_path.rglob("*.md"))
    for path in synthetic:
        for line in path.read_text(encoding="utf-8").splitlines():
            assert line.count("“") == line.count("”") and line.count("（") == line.count("）"), (path, line)
    real = _punctuation_per_char(sources, "“（？，、：")
    fake = _punctuation_per_char(synthetic, "“（？，、：")
    for mark in real:
        assert real[mark] / 3 < fake[mark] < real[mark] * 3, (mark, real[mark], fake[mark])


@pytest.mark.parametrize(
    "args", [["--sizes", "abc"], ["--sizes", "0,1000"], ["--reps", "0"], ["--render", "/nonexistent/run.json"]]
)
def test_bad_command_line_is_a_usage_error(args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(args)
    assert exited.value.code == 2
    assert "error:" in capsys.readouterr().err


@pytest.mark.slow
def test_quick_benchmark_table_has_every_row_and_column(tmp_path: Path, embeddings) -> None:  # type: ignore[no-untyped-def]
    config = Config(
        sizes=(60, 80),
        quick=True,
        work_dir=tmp_path / "bench",
        documents=DOCUMENTS,
        app_probe="apptest",
        cold_sizes="all",
        reps=1,
        isolate=False,
        embed_sample=8,
        cache_above=0,
    )
    result = run(config, embeddings=embeddings, log=lambda _: None)
    table = render(result)
    print("\n" + table)

    header, rows = table.splitlines()[0], _rows(table)
    assert [c.strip() for c in header.strip("|").split("|")] == ["figure", "target", "bundled knowledge", "60", "80"]
    for label in ROW_LABELS:
        assert label in rows, f"row missing: {label}"
        cells = rows[label][1:]
        assert len(cells) == 3 and all(c and c != "n/a" for c in cells), f"{label}: {cells}"

    assert render(from_json(json.loads(json.dumps(as_json(result))))) == table  # --out FILE.json, --render

    by_label = {r.label: r for r in result.results}
    assert by_label["60"].chunks == 60 and by_label["80"].chunks == 80
    assert by_label["bundled"].cache_hits is None
    assert by_label["60"].cache_hits == 0 and by_label["80"].cache_hits  # 80 reuses the vectors 60 cached
    assert "†" in rows["ingest end to end, chunks/s (use-m3)"][3]
    assert any(line.startswith("- † 80:") for line in table.splitlines())
    for r in result.results:
        assert set(r.recall_at_5) == {"rank_bm25", "dense", "hybrid"}
        assert all(0.0 <= v <= 1.0 for v in [*r.recall_at_5.values(), *r.mrr.values()])
        assert r.questions > 0 and r.cold["app"]["probe"] == "apptest"


# ---- the in-memory BM25 matrix that makes lexical search fast at 10k–100k chunks ------------------------

QUERIES = [
    "八棵杨社区接诉即办案件降幅",
    "降幅达到51%",
    "居民情绪激动骂人，我该怎么回应？",
    "独居老人不开门怎么办",
    "3.5小时",
    "？！……",
    "火星上的社区",
]
FILTERS = [
    None,
    SearchFilters.of(kind="case"),
    SearchFilters.of(kind=["skill"], region=[]),
    SearchFilters.of(region="火星"),
]


def _fts5_results(path: Path, query: str, filters: SearchFilters | None) -> list[tuple[str, float]]:
    """What FTS5 answers: an index told not to use the matrix."""
    fresh = LexicalIndex(path, use_matrix=False)
    try:
        return [(c.id, s) for c, s in fresh.search(query, 40, filters)]
    finally:
        fresh.close()


def _assert_same_as_fts5(lexical: LexicalIndex, queries: list[str]) -> None:
    assert lexical.warm_up(), "the in-memory matrix should be available"
    for query in queries:
        for filters in FILTERS:
            got = [(c.id, s) for c, s in lexical.search(query, 40, filters)]
            assert lexical.in_memory, "the search above must have been served by the matrix"
            expected = _fts5_results(lexical.path, query, filters)
            assert [i for i, _ in got] == [i for i, _ in expected], (query, filters)
            assert [s for _, s in got] == pytest.approx([s for _, s in expected], rel=1e-12), (query, filters)


def test_in_memory_bm25_returns_exactly_what_fts5_returns(bundled_index) -> None:  # type: ignore[no-untyped-def]
    questions = [q.q for q in load_questions()]
    _assert_same_as_fts5(bundled_index.lexical, QUERIES + questions)


def test_in_memory_bm25_follows_every_write_and_old_indexes_are_backfilled(index, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "docs"
    folder.mkdir()
    for path in DOCUMENTS:
        (folder / path.name).write_bytes(path.read_bytes())
    Indexer(index).run([folder])
    lexical = index.lexical
    _assert_same_as_fts5(lexical, QUERIES)

    changed = folder / DOCUMENTS[0].name
    changed.write_text(
        changed.read_text(encoding="utf-8") + "\n\n## 补充\n\n社区新增了夜间陪伴热线，专门接听独居老人的来电。\n",
        encoding="utf-8",
    )
    (folder / DOCUMENTS[1].name).unlink()
    Indexer(index).run([folder])
    assert lexical.search("夜间陪伴热线", 5)[0][0].heading.endswith("补充")
    _assert_same_as_fts5(lexical, [*QUERIES, "夜间陪伴热线"])

    with sqlite3.connect(lexical.path) as db:  # an index written before chunk_terms (and the saved matrix) existed
        db.execute("DELETE FROM chunk_terms")
    lexical.matrix_path.unlink()
    assert not lexical.warm_up()
    assert [c.id for c, _ in lexical.search("独居老人", 5)]  # FTS5 still answers
    assert lexical.backfill_terms() == lexical.count_chunks()
    _assert_same_as_fts5(lexical, QUERIES)


def test_writing_results_keeps_the_hand_kept_measurements(tmp_path: Path) -> None:
    path = tmp_path / "RESULTS.md"
    write_results(path, "| old table |\n")
    assert path.read_text(encoding="utf-8") == "| old table |\n"
    path.write_text(f"| old table |\n\n{KEPT_MARKER}\n\n## Design measurements\n\n- 10x\n", encoding="utf-8")
    write_results(path, "| new table |\n")
    assert path.read_text(encoding="utf-8") == f"| new table |\n\n{KEPT_MARKER}\n\n## Design measurements\n\n- 10x\n"


def test_a_figure_said_to_be_absent_declines_an_absent_question_but_answers_an_off_topic_one() -> None:
    """An absent question (a place, or a figure of a place, no document gives) is declined by a refusal or by
    saying the documents about the place give no such figure; an off-topic question only by a refusal."""
    from bench.evaluation import LabelledQuestion, evaluate_answers
    from tandem.assistant.answer import Answer
    from tandem.assistant.extractive import Composed

    says_absent = Composed("资料中关于“柳林村”的内容没有给出这个数字，不能用其他地方的数字代替。", figure_absent=True)
    answers = {
        "柳林村有多少党员志愿者？": Answer(says_absent.text, False, parts=says_absent),
        "柳林村服务了多少户？": Answer("柳林村服务了80户。[1]", False, parts=Composed("柳林村服务了80户。[1]")),
        "明天下雨吗？": Answer(says_absent.text, False, parts=says_absent),
    }
    questions = [
        LabelledQuestion("柳林村有多少党员志愿者？", (), "", "absent"),
        LabelledQuestion("柳林村服务了多少户？", (), "", "absent"),
        LabelledQuestion("明天下雨吗？", (), "", "offtopic"),
    ]
    report = evaluate_answers(lambda q, history: answers[q], questions)
    assert report.false_answers == ["柳林村服务了多少户？", "明天下雨吗？"]
