"""The retrievers compared side by side on one corpus: two baselines and Tandem's hybrid search.

(a) ``rank_bm25`` over jieba tokens — what Langchain-Chatchat's ensemble retriever
    uses for keywords (``BM25Retriever.from_documents(docs,
    preprocess_func=jieba.lcut_for_search)``, i.e. ``BM25Okapi`` with default
    parameters).  Chatchat rebuilds it on every question; here it is built once
    and only the query is timed, which flatters the baseline.
(b) Chroma dense-only with our embedder (``HybridSearcher`` ``mode="dense"``).
(c) Tandem hybrid (``mode="hybrid"``): weighted RRF of dense and FTS5 BM25.

All three see the same chunks, as ``ChunkRecord.index_text()`` (title and
heading, then the passage), and return ``SearchHit`` lists.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import jieba
import numpy as np

from tandem.assistant.search import HybridSearcher, SearchHit
from tandem.core.index import KnowledgeIndex
from tandem.core.lexical import ChunkRecord

Retriever = Callable[[str], list[SearchHit]]
RETRIEVERS = ("rank_bm25", "dense", "hybrid")
RETRIEVER_LABELS = {
    "rank_bm25": "(a) rank_bm25 + jieba",
    "dense": "(b) Chroma dense-only",
    "hybrid": "(c) Tandem hybrid",
}


def all_chunks(index: KnowledgeIndex) -> list[ChunkRecord]:
    """Every committed chunk of the index, document by document."""
    return [chunk for doc in index.lexical.documents() for chunk in index.lexical.chunks_of(doc.source)]


class RankBM25Retriever:
    """``rank_bm25.BM25Okapi`` over ``jieba.lcut_for_search`` tokens, as Langchain-Chatchat builds it."""

    def __init__(self, chunks: list[ChunkRecord]) -> None:
        from rank_bm25 import BM25Okapi

        started = time.perf_counter()
        self.chunks = chunks
        self.bm25 = BM25Okapi([jieba.lcut_for_search(c.index_text()) for c in chunks])
        self.build_seconds = time.perf_counter() - started

    def search(self, query: str, k: int = 5) -> list[SearchHit]:
        scores = self.bm25.get_scores(jieba.lcut_for_search(query))
        top = np.argsort(scores)[::-1][:k]  # what BM25Okapi.get_top_n does
        return [
            SearchHit(self.chunks[i], float(scores[i]), lexical=float(scores[i]), lexical_rank=r)
            for r, i in enumerate(top, 1)
        ]


def retrievers(index: KnowledgeIndex, bm25: RankBM25Retriever, k: int = 5) -> dict[str, Retriever]:
    """The three retrievers by name, each ``question → top-k hits``."""
    searcher = HybridSearcher(index)
    return {
        "rank_bm25": lambda q: bm25.search(q, k),
        "dense": lambda q: searcher.search(q, k=k, mode="dense"),
        "hybrid": lambda q: searcher.search(q, k=k, mode="hybrid"),
    }
