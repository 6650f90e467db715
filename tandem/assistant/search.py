"""Hybrid search: dense (Chroma) + lexical (BM25), fused by reciprocal rank fusion.

Dense search finds paraphrases ("老人家一个人住心里发慌" → 独居老人的焦虑);
BM25 finds exact terms and figures (接诉即办, 51%).  Weighted RRF needs no score
calibration between the two.  Only chunks committed to the lexical catalogue are
returned, so a half-written document is never visible.
"""

from __future__ import annotations

import functools
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, Literal

from tandem.core.filters import SearchFilters
from tandem.core.index import KnowledgeIndex
from tandem.core.lexical import ChunkRecord

Mode = Literal["hybrid", "dense", "lexical"]
# Tuned on the labelled set (see README, "Retrieval"): BM25 over jieba words + bigrams is the
# stronger signal on Chinese; dense search adds the paraphrases BM25 misses.
RRF_K = 20
DENSE_WEIGHT = 0.5
# A sentence embedding averages the whole question: a short one ("老人噎住了怎么办") keeps its meaning, a long
# story ("我嘴笨，去独居老人家里最怕冷场，老人一不吭声……") blurs into "visiting elders", while BM25 gains
# distinctive words as the question grows.  Dense search weighs fully up to SHORT_QUESTION characters and
# falls linearly to LONG_QUESTION_SHARE of that from LONG_QUESTION on (README, "Quality").
SHORT_QUESTION, LONG_QUESTION, LONG_QUESTION_SHARE = 20, 45, 0.1


@dataclass(frozen=True)
class SearchHit:
    """One retrieved passage with the evidence behind its rank."""

    chunk: ChunkRecord
    score: float
    dense: float | None = None  # cosine similarity
    lexical: float | None = None  # BM25
    dense_rank: int | None = None
    lexical_rank: int | None = None


class HybridSearcher:
    """Searches one ``KnowledgeIndex``."""

    def __init__(
        self,
        index: KnowledgeIndex,
        candidates: int | None = None,
        rrf_k: int = RRF_K,
        dense_weight: float = DENSE_WEIGHT,
    ) -> None:
        self.index = index
        self.candidates = candidates or index.settings.candidates
        self.rrf_k = rrf_k
        self.weights = {"dense": dense_weight, "lexical": 1.0}

    def search(
        self, query: str, k: int = 5, filters: SearchFilters | None = None, mode: Mode = "hybrid"
    ) -> list[SearchHit]:
        query = query.strip()
        if not query or (filters is not None and filters.matches_nothing):
            return []
        limit = max(self.candidates, k)
        dense: list[tuple[str, float]] = []
        lexical: list[tuple[str, float]] = []
        pending = None
        if mode == "hybrid":  # BM25 runs beside the query embedding and Chroma (both release the GIL)
            pending = _pool().submit(self.index.lexical.search_ids, query, limit, filters)
        elif mode == "lexical":
            lexical = self.index.lexical.search_ids(query, limit, filters)
        if mode in ("hybrid", "dense"):
            vector = self.index.embeddings.embed_query(query)
            dense = self.index.store.search(vector, limit, filters)
        if pending is not None:
            lexical = pending.result()
        return self._fuse(dense, lexical, k, dense_share(query))

    def _fuse(
        self, dense: list[tuple[str, float]], lexical: list[tuple[str, float]], k: int, share: float = 1.0
    ) -> list[SearchHit]:
        """Weighted RRF over committed chunks (dense weighed by ``share``); only the ``k`` chunks returned are read."""
        weights = {"dense": self.weights["dense"] * share, "lexical": self.weights["lexical"]}
        committed = self.index.lexical.committed(cid for cid, _ in dense)  # uncommitted ids take no rank
        evidence: dict[str, dict[str, Any]] = {}
        for rank, (cid, similarity) in enumerate((d for d in dense if d[0] in committed), 1):
            evidence.setdefault(cid, {})["dense"] = (rank, similarity)
        for rank, (cid, bm25) in enumerate(lexical, 1):
            evidence.setdefault(cid, {})["lexical"] = (rank, bm25)
        fused = []
        for cid, found in evidence.items():
            score = sum(weights[kind] / (self.rrf_k + rank) for kind, (rank, _) in found.items())
            d_rank, d_sim = found.get("dense", (None, None))
            l_rank, l_score = found.get("lexical", (None, None))
            fused.append((cid, score, d_sim, l_score, d_rank, l_rank))
        fused.sort(key=lambda f: (-f[1], f[4] or 10**6, f[5] or 10**6))
        chunks = self.index.lexical.chunks_by_id(f[0] for f in fused[:k])
        return [SearchHit(chunks[f[0]], *f[1:]) for f in fused[:k] if f[0] in chunks]


def dense_share(query: str) -> float:
    """How much of its weight dense search keeps for ``query``: all of it for a short question, less for a long one."""
    length = len(query)
    if length <= SHORT_QUESTION:
        return 1.0
    return max(LONG_QUESTION_SHARE, (LONG_QUESTION - length) / (LONG_QUESTION - SHORT_QUESTION))


@functools.cache
def _pool() -> ThreadPoolExecutor:
    """The threads lexical searches run in, beside the dense search (shared by all searchers)."""
    return ThreadPoolExecutor(2, thread_name_prefix="tandem-bm25-search")
