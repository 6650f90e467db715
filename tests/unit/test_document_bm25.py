"""BM25 over whole documents: the module that covers a story holds its words, spread over its passages."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from tandem.assistant.answer import WHOLE_DOCUMENT_WEIGHT, with_whole_documents
from tandem.core.bm25 import TextBm25
from tandem.core.filters import SearchFilters
from tandem.core.lexical import ChunkRecord, DocumentRecord, LexicalIndex


def _write(index: LexicalIndex, source: str, kind: str, passages: list[str]) -> None:
    chunks = [ChunkRecord(f"{source}#{i}", source, i, "", "", kind, text) for i, text in enumerate(passages)]
    document = DocumentRecord(source, source, kind, source, len(chunks), sum(map(len, passages)), time.time(), {})
    index.replace_document(document, chunks)


@pytest.fixture()
def index(tmp_path: Path):
    lexical = LexicalIndex(tmp_path / "lexical.sqlite3")
    # the garden module speaks of each of the story's things in another passage
    _write(lexical, "garden.md", "skill", ["番茄苗要搭架子。", "浇水在清晨。", "叶子发黄先看根。", "施肥少量多次。"])
    # the bakery's one passage shares a single word with it, twice
    _write(lexical, "bakery.md", "skill", ["清晨清晨揉面，面包出炉。", "烤箱预热十分钟。"])
    _write(lexical, "report.md", "case", ["社区菜园一年收番茄三百斤。"])
    yield lexical
    lexical.close()


def test_the_document_holding_most_of_the_words_scores_best(index: LexicalIndex) -> None:
    scores = index.document_scores("我家番茄叶子发黄了，清晨浇水，要不要施肥？")
    assert max(scores, key=lambda source: scores[source]) == "garden.md"
    assert scores["garden.md"] > scores["bakery.md"] > 0


def test_documents_sharing_no_word_are_not_scored(index: LexicalIndex) -> None:
    assert "bakery.md" not in index.document_scores("番茄叶子发黄")
    assert index.document_scores("？！") == {}


def test_filters_keep_to_the_documents_they_admit(index: LexicalIndex) -> None:
    scores = index.document_scores("番茄", SearchFilters(kinds=("case",)))
    assert set(scores) == {"report.md"}


def test_a_document_written_later_is_scored(index: LexicalIndex) -> None:
    assert "weather.md" not in index.document_scores("暴雨预警")
    _write(index, "weather.md", "skill", ["暴雨预警发布后少出门。"])
    assert set(index.document_scores("暴雨预警")) == {"weather.md"}
    index.delete_document("weather.md")
    assert index.document_scores("暴雨预警") == {}


def test_the_best_whole_document_weighs_a_multiple_of_the_best_passage_evidence() -> None:
    evidence = {"a.md": 0.30, "b.md": 0.10}
    combined = with_whole_documents(evidence, {"b.md": 8.0, "c.md": 4.0})
    assert combined["a.md"] == pytest.approx(0.30)
    assert combined["b.md"] == pytest.approx(0.10 + WHOLE_DOCUMENT_WEIGHT * 0.30)
    assert combined["c.md"] == pytest.approx(WHOLE_DOCUMENT_WEIGHT * 0.30 / 2)
    assert with_whole_documents(evidence, {}) == evidence
    assert with_whole_documents({}, {"b.md": 8.0}) == {}


def test_short_texts_are_scored_by_the_rare_words_they_share():
    bm25 = TextBm25([["老人", "看不见", "扶"], ["老人", "吵架"], ["老人", "吃饭"], ["孩子", "落水"]])
    scores = bm25.scores(["老人", "看不见", "老人"])
    assert scores[0] > scores[1] == scores[2] > 0.0  # 看不见 is rarer than 老人, and a word asked twice counts once
    assert scores[3] == 0.0
    assert TextBm25([]).scores(["老人"]).size == 0
