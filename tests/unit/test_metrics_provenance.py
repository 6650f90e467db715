"""Every figure leads to its quote and to the indexed case-report passage the assistant would cite."""

from __future__ import annotations

from pathlib import Path

import pytest

from tandem.core.index import KnowledgeIndex
from tandem.core.lexical import LexicalIndex
from tandem.core.settings import REPO_ROOT, Settings
from tandem.db.core import get_engine
from tandem.metrics.provenance import FilePassage, figure_source, find_passage, resolve_source
from tandem.metrics.store import load_bundled, pilot_metrics_frame
from tandem.text.normalize import normalize_inline


@pytest.fixture
def figures(settings: Settings) -> list[dict]:  # type: ignore[type-arg]
    engine = get_engine(settings)
    load_bundled(engine, REPO_ROOT / "knowledge" / "metrics")
    return pilot_metrics_frame(engine).to_dict("records")


def test_every_bundled_figure_has_its_passage_in_the_index(
    figures: list[dict],
    bundled_index: KnowledgeIndex,
    settings: Settings,  # type: ignore[type-arg]
) -> None:
    assert len(figures) == 29
    for figure in figures:
        prov = figure_source(figure, bundled_index.lexical, settings)
        assert prov.origin == "index", (figure["metric"], prov.note)
        assert normalize_inline(figure["quote"]) in normalize_inline(prov.passage or "")
        chunk = bundled_index.lexical.chunks_by_id([prov.chunk_id])[prov.chunk_id]  # a chunk search can return
        assert chunk.source == figure["source"] and chunk.text == prov.passage
        assert prov.title and prov.note == ""
        assert f":orange-background[**{normalize_inline(figure['quote'])}**]" in prov.highlighted_markdown()


def test_without_an_index_the_file_gives_the_same_passage(
    figures: list[dict],
    bundled_index: KnowledgeIndex,
    settings: Settings,  # type: ignore[type-arg]
) -> None:
    empty = LexicalIndex(settings.data_dir / "empty.sqlite3")
    try:
        for figure in figures:
            indexed = figure_source(figure, bundled_index.lexical, settings)
            from_file = figure_source(figure, empty, settings)
            assert from_file.origin == "file" and "还没有这份文件" in from_file.note
            assert (from_file.passage, from_file.heading, from_file.ordinal, from_file.title) == (
                indexed.passage,
                indexed.heading,
                indexed.ordinal,
                indexed.title,
            )
    finally:
        empty.close()


def test_the_bakeyang_figure_shows_the_results_passage(figures: list[dict], settings: Settings) -> None:  # type: ignore[type-arg]
    figure = next(f for f in figures if f["metric"] == "接诉即办案件数量降幅")
    prov = figure_source(figure, None, settings)
    assert prov.quote == "降幅达到51%"
    assert "成效与数据" in prov.heading and "接诉即办案件数量减少" in (prov.passage or "")
    assert "八棵杨" in prov.title


def test_missing_sources_and_quotes_are_explained(settings: Settings, tmp_path: Path) -> None:
    base = {"region": "北京市", "community": "", "program": "", "metric": "m", "value": 1.0, "unit": "个"}
    missing = figure_source({**base, "source": "knowledge/cases/nope.md", "quote": "x"}, None, settings)
    assert missing.origin == "missing" and "找不到来源文件" in missing.note and missing.passage is None
    no_source = figure_source({**base, "source": "", "quote": "x"}, None, settings)
    assert "没有注明来源" in no_source.note
    wrong_quote = figure_source(
        {**base, "source": "knowledge/cases/bakeyang-courier-volunteers.md", "quote": "这句话不在原文里"},
        None,
        settings,
    )
    assert wrong_quote.origin == "missing" and "没有找到这句引述" in wrong_quote.note


def test_sources_outside_the_repository_and_data_dir_are_refused(settings: Settings, tmp_path: Path) -> None:
    outside = tmp_path.parent / "secret.md"
    outside.write_text("---\ntitle: t\n---\n秘密内容在这里。", encoding="utf-8")
    assert resolve_source(str(outside), settings) is None
    assert resolve_source("../../../../etc/passwd", settings) is None
    assert resolve_source("knowledge/cases/bakeyang-courier-volunteers.md", settings) is not None


def test_find_passage_normalises_and_ignores_spaces() -> None:
    chunks = [
        FilePassage("第一段，没有数字。", "h", 0, "t"),
        FilePassage("累计服务居民1000余人次（含 培训）。", "h", 1, "t"),
    ]
    assert find_passage(chunks, "服务居民１０００余人次").ordinal == 1  # type: ignore[union-attr]
    assert find_passage(chunks, "含培训").ordinal == 1  # type: ignore[union-attr]
    assert find_passage(chunks, "不存在") is None
    assert find_passage(chunks, "") is None
