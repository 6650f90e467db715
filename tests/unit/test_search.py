"""tandem.assistant.search on the bundled knowledge base: hybrid ranking, filters, k and ordering."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tandem.assistant.search import LONG_QUESTION_SHARE, HybridSearcher, dense_share
from tandem.core.filters import SearchFilters
from tandem.core.index import KnowledgeIndex
from tandem.core.settings import REPO_ROOT

MODES = ("hybrid", "dense", "lexical")
BROAD_QUERY = "快递员志愿者发现社区隐患后怎样上报"


@pytest.fixture(scope="module")
def searcher(bundled_index: KnowledgeIndex) -> HybridSearcher:
    return HybridSearcher(bundled_index)


def test_bundled_index_is_complete(bundled_index: KnowledgeIndex) -> None:
    kinds = {d.kind for d in bundled_index.lexical.documents()}
    assert kinds == {"skill", "case"}
    assert bundled_index.store.count() == bundled_index.lexical.count_chunks() > 100


def test_hybrid_finds_the_bakeyang_case(searcher: HybridSearcher) -> None:
    hits = searcher.search("八棵杨社区接诉即办案件降幅", k=3)
    sources = [h.chunk.source for h in hits]
    assert "knowledge/cases/bakeyang-courier-volunteers.md" in sources, sources
    best = next(h for h in hits if h.chunk.source == "knowledge/cases/bakeyang-courier-volunteers.md")
    assert best.chunk.kind == "case"
    assert best.chunk.region == "北京市朝阳区"


def test_hybrid_finds_paraphrase(searcher: HybridSearcher) -> None:
    hits = searcher.search(
        "老人家一个人住，心里发慌，志愿者上门该怎么陪他聊天", k=5, filters=SearchFilters.of(kind="skill")
    )
    assert hits
    assert any("独居" in h.chunk.text or "倾听" in h.chunk.text or "陪伴" in h.chunk.text for h in hits)


def test_a_long_word_the_index_holds_counts_once_in_bm25(bundled_index: KnowledgeIndex) -> None:
    """Search mode cuts 老太太 into 老太, 太太 and 老太太: a long word would weigh three times an ordinary one."""
    terms, _ = bundled_index.lexical._query_terms("楼里的老太太心慌睡不着")
    assert "老太太" in terms and "老太" not in terms and "太太" not in terms
    assert "心慌" in terms
    unknown, ids = bundled_index.lexical._query_terms("铝合金窗框")  # a word the index does not hold keeps its parts
    assert "铝合金" not in ids and "合金" in unknown


def test_dense_search_weighs_less_as_the_question_grows() -> None:
    assert dense_share("老人噎住了怎么办？") == 1.0
    middle = dense_share("我嘴笨，去独居老人家里最怕冷场，老人一不吭声怎么办？")
    long = dense_share("我嘴笨，去独居老人家里最怕冷场，老人一不吭声我就赶紧找个话题接上，这样做到底对不对？")
    longer = dense_share(
        "我嘴笨，去独居老人家里最怕冷场，老人一不吭声我就赶紧找个话题接上，这样做到底对不对？他会不会烦我？"
    )
    assert 1.0 > middle > long > longer == LONG_QUESTION_SHARE


def test_a_long_story_is_ranked_by_its_distinctive_words(searcher: HybridSearcher) -> None:
    """A volunteer's long story: the module holding its distinctive words (冷场, 不吭声, 话题 → 静默倾听's
    "把沉默当冷场") ranks first, not the module its sentence embedding blurs into (独居老人探访)."""
    story = "我嘴笨，去独居老人家里最怕冷场，老人一不吭声我就赶紧找个话题接上，这样做到底对不对？"
    hits = searcher.search(story, k=3)
    assert hits[0].chunk.source == "knowledge/skills/silent-listening.md", [h.chunk.source for h in hits]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("kind", ["skill", "case"])
def test_kind_filter_is_respected(searcher: HybridSearcher, mode: str, kind: str) -> None:
    hits = searcher.search(BROAD_QUERY, k=10, filters=SearchFilters.of(kind=kind), mode=mode)  # type: ignore[arg-type]
    assert hits, (mode, kind)
    assert {h.chunk.kind for h in hits} == {kind}
    assert all(h.chunk.source.startswith(f"knowledge/{kind}s/") for h in hits)


@pytest.mark.parametrize("mode", MODES)
def test_region_filter_is_respected(bundled_index: KnowledgeIndex, searcher: HybridSearcher, mode: str) -> None:
    regions = bundled_index.lexical.distinct("region")
    assert len(regions) >= 3, regions
    for region in regions:
        hits = searcher.search("社区志愿服务的做法和成效", k=8, filters=SearchFilters.of(region=region), mode=mode)  # type: ignore[arg-type]
        assert hits, (mode, region)
        assert {h.chunk.region for h in hits} == {region}, (mode, region)


@pytest.mark.parametrize("mode", MODES)
def test_combined_and_list_filters(bundled_index: KnowledgeIndex, searcher: HybridSearcher, mode: str) -> None:
    regions = bundled_index.lexical.distinct("region")[:2]
    filters = SearchFilters.of(kind=["case"], region=regions)
    hits = searcher.search("社区志愿服务的做法和成效", k=10, filters=filters, mode=mode)  # type: ignore[arg-type]
    assert hits
    assert all(h.chunk.kind == "case" and h.chunk.region in regions for h in hits)


@pytest.mark.parametrize("mode", MODES)
def test_skill_filter_is_respected(bundled_index: KnowledgeIndex, searcher: HybridSearcher, mode: str) -> None:
    skill = "静默倾听"
    assert skill in bundled_index.lexical.distinct("skill")
    hits = searcher.search("怎样倾听老人说话", k=5, filters=SearchFilters.of(skill=skill), mode=mode)  # type: ignore[arg-type]
    assert hits and {h.chunk.skill for h in hits} == {skill}


@pytest.mark.parametrize("mode", MODES)
def test_filter_matching_nothing_returns_nothing(searcher: HybridSearcher, mode: str) -> None:
    assert searcher.search(BROAD_QUERY, k=5, filters=SearchFilters.of(region="火星"), mode=mode) == []  # type: ignore[arg-type]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("query", ["", "   ", "\n\t"])
def test_empty_query_returns_nothing(searcher: HybridSearcher, mode: str, query: str) -> None:
    assert searcher.search(query, mode=mode) == []  # type: ignore[arg-type]


def test_query_without_indexable_tokens_still_uses_dense(searcher: HybridSearcher) -> None:
    assert searcher.search("？！……", k=3, mode="lexical") == []
    assert len(searcher.search("？！……", k=3, mode="hybrid")) == 3


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("k", [1, 3, 7, 60])
def test_k_is_respected(searcher: HybridSearcher, mode: str, k: int) -> None:
    hits = searcher.search(BROAD_QUERY, k=k, mode=mode)  # type: ignore[arg-type]
    assert 0 < len(hits) <= k
    if mode != "lexical":
        assert len(hits) == k  # hundreds of chunks: dense always fills k
    assert len({h.chunk.id for h in hits}) == len(hits)


@pytest.mark.parametrize("mode", MODES)
def test_scores_are_descending(searcher: HybridSearcher, mode: str) -> None:
    hits = searcher.search("独居老人探访时发现危机信号怎么转介", k=15, mode=mode)  # type: ignore[arg-type]
    scores = [h.score for h in hits]
    assert len(scores) > 1
    assert scores == sorted(scores, reverse=True)
    assert all(s > 0 for s in scores)


def test_hit_evidence_matches_mode(searcher: HybridSearcher) -> None:
    query = "八棵杨社区接诉即办案件降幅"
    dense = searcher.search(query, k=5, mode="dense")
    assert all(h.dense is not None and h.lexical is None and h.dense_rank is not None for h in dense)
    assert [h.dense_rank for h in dense] == [1, 2, 3, 4, 5]
    assert all(-1.0 <= h.dense <= 1.0 for h in dense)  # type: ignore[operator]
    lexical = searcher.search(query, k=5, mode="lexical")
    assert all(h.lexical is not None and h.dense is None for h in lexical)
    assert [h.lexical for h in lexical] == sorted((h.lexical for h in lexical), reverse=True)  # type: ignore[type-var]
    hybrid = searcher.search(query, k=5)
    top = hybrid[0]
    assert top.dense_rank is not None and top.lexical_rank is not None
    k_, weights = searcher.rrf_k, searcher.weights
    assert top.score == pytest.approx(
        weights["dense"] / (k_ + top.dense_rank) + weights["lexical"] / (k_ + top.lexical_rank)
    )
    assert all(h.score <= weights["dense"] / (k_ + 1) + weights["lexical"] / (k_ + 1) for h in hybrid)


def test_exact_figure_found_lexically(searcher: HybridSearcher) -> None:
    hits = searcher.search("降幅达到51%", k=5, mode="lexical")
    assert any("51%" in h.chunk.text for h in hits)


@pytest.mark.parametrize("mode", MODES)
def test_filters_matching_nothing_explicitly_return_nothing(
    bundled_index: KnowledgeIndex, searcher: HybridSearcher, mode: str
) -> None:
    nothing = SearchFilters.nothing()
    assert searcher.search(BROAD_QUERY, k=5, filters=nothing, mode=mode) == []  # type: ignore[arg-type]
    assert bundled_index.lexical.search(BROAD_QUERY, 5, nothing) == []
    vector = bundled_index.embeddings.embed_query(BROAD_QUERY)
    assert bundled_index.store.search(vector, 5, nothing) == []
    assert bundled_index.lexical.search(BROAD_QUERY, 5, SearchFilters()) != []


def test_the_same_question_gets_the_same_answer_in_every_process(bundled_index: KnowledgeIndex) -> None:
    """Two processes (other hash seeds, so other set orders and another Chroma graph build) answer alike: the
    nearest chunks are the true nearest, not those one build of the HNSW graph finds, and no reading of the
    question's words depends on the order a set or a query gave them.  Once the 40th-nearest chunk and
    the order of a dictionary differed, and so the rank of a hit, the lines chosen, and on CI a refusal."""
    questions = [
        "板凳会上大伙聊着聊着说起3号楼老王家特别困难，我要不要趁机号召大家帮一把",
        "独居老人很焦虑，第一次上门怎么陪伴？",
        "送件时闻到楼道里有煤气味，要不要敲门？",
    ]
    script = (
        "import json, sys\n"
        "from tandem.assistant.answer import Assistant\n"
        "from tandem.assistant.search import HybridSearcher\n"
        "from tandem.core.embeddings import make_embeddings\n"
        "from tandem.core.index import open_index\n"
        "from tandem.core.settings import load_settings\n"
        "index = open_index(load_settings(), make_embeddings('use-m3'))\n"
        "assistant = Assistant(HybridSearcher(index))\n"
        "print(json.dumps([assistant.answer(q).text for q in json.loads(sys.argv[1])], ensure_ascii=False))\n"
    )
    environment = {k: v for k, v in os.environ.items() if not k.startswith("TANDEM_")}
    environment.update({"TANDEM_DATA_DIR": str(bundled_index.settings.data_dir), "PYTHONPATH": str(REPO_ROOT)})
    answers = []
    for seed in ("0", "1"):
        proc = subprocess.run(
            [sys.executable, "-c", script, json.dumps(questions)],
            env={**environment, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=600,
        )
        assert proc.returncode == 0, proc.stderr
        answers.append(json.loads(proc.stdout))
    assert answers[0] == answers[1]
