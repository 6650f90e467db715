"""Measure one corpus: build it, ingest it for real, then time and score the three retrievers.

``measure_corpus(spec)`` runs in a fresh process per corpus when called from
``python -m bench`` (so peak RSS and caches belong to that corpus alone) and
in-process from the tests.  Everything it reports is in ``CorpusResult``.
"""

from __future__ import annotations

import shutil
import sqlite3
import statistics
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from bench.baselines import RETRIEVERS, RankBM25Retriever, all_chunks, retrievers
from bench.corpus import write_corpus
from bench.embed_cache import CachedEmbeddings
from bench.evaluation import LabelledQuestion, evaluate_retrieval, load_questions
from bench.system import peak_rss_mb, reset_peak_rss
from ingest.indexer import Indexer
from tandem.assistant.answer import Assistant
from tandem.assistant.search import HybridSearcher
from tandem.core import tokens
from tandem.core.bm25 import MemoryBm25
from tandem.core.embeddings import make_embeddings
from tandem.core.index import open_index
from tandem.core.lexical import LexicalIndex
from tandem.core.settings import load_settings
from tandem.text.chunking import plain_sentences

WARMUP_QUESTIONS = 5


@dataclass
class CorpusSpec:
    """What to build and measure."""

    label: str
    size: int | None  # total chunks wanted; None = the bundled documents alone
    data_dir: str
    documents: list[str]  # bundled Markdown files (indexed, and recombined into distractors)
    cache_path: str | None = None  # embed distinct chunk texts once, via this cache file
    reps: int = 1
    embed_sample: int = 400


@dataclass
class CorpusResult:
    """Figures of one corpus; latencies in ms, rates per second, memory in MB."""

    label: str
    chunks: int = 0
    documents: int = 0
    chars: int = 0
    synthetic_chunks: int = 0
    build_seconds: float = 0.0
    ingest_seconds: float = 0.0
    ingest_peak_rss_mb: float = 0.0
    cache_hits: int | None = None
    cache_misses: int | None = None
    embed_alone_rate: float = 0.0
    embed_alone_sample: int = 0
    bm25_build_seconds: float = 0.0  # baseline (a): rank_bm25 index build
    matrix_seconds: float = 0.0  # Tandem: in-memory BM25 matrix build from SQLite (done at the end of ingest)
    matrix_load_seconds: float = 0.0  # … and its load from the saved file by a fresh LexicalIndex
    sentences: int = 0  # distinct sentences whose vectors ingest stored
    matrix_used: bool = False
    questions: int = 0
    timed_queries: int = 0
    latency_ms: dict[str, list[float]] = field(default_factory=dict)  # name → [p50, p95]
    recall_at_5: dict[str, float] = field(default_factory=dict)
    mrr: dict[str, float] = field(default_factory=dict)
    cold: dict[str, Any] = field(default_factory=dict)  # filled by the runner: cli/app seconds, RSS, probe

    @property
    def ingest_rate(self) -> float:
        return self.chunks / self.ingest_seconds if self.ingest_seconds else 0.0

    @property
    def ingest_chars_rate(self) -> float:
        return self.chars / self.ingest_seconds if self.ingest_seconds else 0.0

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CorpusResult:
        return cls(**data)


def percentiles(samples: list[float]) -> list[float]:
    """``[p50, p95]`` in ms of samples in seconds (nearest-rank p95)."""
    if not samples:
        return [float("nan"), float("nan")]
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, max(0, round(0.95 * len(ordered)) - 1))]
    return [statistics.median(ordered) * 1000, p95 * 1000]


def usable_questions(questions: list[LabelledQuestion], sources: set[str]) -> list[LabelledQuestion]:
    """Off-topic questions, and on-topic ones whose source documents are in the corpus."""
    return [q for q in questions if q.offtopic or any(s in sources for s in q.sources)]


def measure_corpus(spec: CorpusSpec, embeddings: Any = None) -> CorpusResult:
    result = CorpusResult(spec.label)
    data_dir = Path(spec.data_dir)
    shutil.rmtree(data_dir, ignore_errors=True)
    settings = load_settings(data_dir=data_dir, llm_provider="none")
    documents = [Path(p) for p in spec.documents]
    corpus_dir = data_dir / "corpus"
    started = time.perf_counter()
    if spec.size:
        result.synthetic_chunks = write_corpus(
            documents, corpus_dir, spec.size, settings.chunk_size, settings.chunk_overlap
        )
    result.build_seconds = time.perf_counter() - started

    # as ``embeddings_for(settings)``: the weights' uncompressed copy is written to the data dir, as by `python -m ingest`
    model = embeddings or make_embeddings(
        "use-m3", threads=settings.embedding_threads, cache_dir=settings.data_dir / "cache"
    )
    cached = CachedEmbeddings(model, Path(spec.cache_path)) if spec.cache_path else None
    index = open_index(settings, cached or model, rebuild=True)
    try:
        _ingest(index, [*documents, *([corpus_dir] if corpus_dir.exists() else [])], result)
        if cached:
            result.cache_hits, result.cache_misses = cached.hits, cached.misses
        chunks = all_chunks(index)
        _embed_alone(model, chunks, spec.embed_sample, result)
        _matrix(index, result)
        questions = usable_questions(load_questions(), {c.source for c in chunks})
        bm25 = RankBM25Retriever(chunks)
        result.bm25_build_seconds = bm25.build_seconds
        _queries(index, bm25, questions, spec.reps, result)
    finally:
        index.close()
        if cached:
            cached.close()
    return result


def _ingest(index: Any, paths: list[Path], result: CorpusResult) -> None:
    """End-to-end ingest: load, normalise, chunk, embed, Chroma upsert, lexical commit.

    jieba's dictionary and the embedding model's weights (loaded on first use) are
    loaded first: both are one-off process start-up costs (the cold-start rows count
    them), not per-chunk work.
    """
    tokens.warm_up()
    index.embeddings.embed_query("预热")
    reset_peak_rss()
    started = time.perf_counter()
    summary = Indexer(index).run(paths)
    result.ingest_seconds = time.perf_counter() - started
    result.ingest_peak_rss_mb = peak_rss_mb()
    if summary.failures:
        raise RuntimeError(f"ingest failed: {summary.failures[:3]}")
    docs = index.lexical.documents()
    result.documents = len(docs)
    result.chars = sum(d.chars for d in docs)
    result.chunks = index.lexical.count_chunks()


def _embed_alone(model: Any, chunks: list[Any], sample: int, result: CorpusResult) -> None:
    """The embedding model by itself on (a spread-out sample of) the same chunks: their texts, then their
    sentences (ingest embeds both: the sentences' vectors are stored for the answer composer)."""
    step = max(1, len(chunks) // max(sample, 1))
    picked = chunks[::step][:sample]
    sentences = list(dict.fromkeys(s for c in picked for s in plain_sentences(c.text)))
    started = time.perf_counter()
    model.embed_documents([c.index_text() for c in picked])
    model.embed_documents(sentences)
    result.embed_alone_rate = len(picked) / (time.perf_counter() - started)
    result.embed_alone_sample = len(picked)


def _matrix(index: Any, result: CorpusResult) -> None:
    """The BM25 matrix: built from SQLite (what ingest does at its end), then loaded by a fresh connection."""
    db = sqlite3.connect(index.lexical.path, isolation_level=None)
    try:
        started = time.perf_counter()
        db.execute("BEGIN")
        MemoryBm25.build(db, threading.Event())
        db.execute("COMMIT")
        result.matrix_seconds = time.perf_counter() - started
        result.sentences = int(db.execute("SELECT count(DISTINCT hash) FROM sentence_vectors").fetchone()[0])
    finally:
        db.close()
    fresh = LexicalIndex(index.lexical.path)
    try:
        started = time.perf_counter()
        loaded = fresh.warm_up()
        result.matrix_load_seconds = time.perf_counter() - started if loaded else float("nan")
    finally:
        fresh.close()


def _queries(
    index: Any, bm25: RankBM25Retriever, questions: list[LabelledQuestion], reps: int, result: CorpusResult
) -> None:
    """Warm every path, then time each question ``reps`` times, interleaving the systems."""
    result.matrix_used = index.lexical.warm_up()  # loaded from the file ingest saved
    assistant = Assistant(HybridSearcher(index), None, k=5)
    systems = retrievers(index, bm25, k=5)
    calls: dict[str, Any] = {
        **systems,
        "answer": lambda q: assistant.answer(q),
        "embed_query": lambda q: index.embeddings.embed_query(q),
    }
    for question in questions[:WARMUP_QUESTIONS]:
        for call in calls.values():
            call(question.q)
    samples: dict[str, list[float]] = {name: [] for name in [*calls, "answer_first"]}
    hits: dict[str, dict[str, list[Any]]] = {name: {} for name in systems}
    for rep in range(reps):
        for question in questions:
            for name, call in calls.items():
                started = time.perf_counter()
                out = call(question.q)
                samples[name].append(time.perf_counter() - started)
                if rep == 0 and name == "answer":  # the composer embeds sentences it has not seen yet
                    samples["answer_first"].append(samples[name][-1])
                if rep == 0 and name in hits:
                    hits[name][question.q] = out
    for name in RETRIEVERS:
        report = evaluate_retrieval(lambda q, n=name: hits[n][q], questions)
        result.recall_at_5[name] = report.recall_at_5
        result.mrr[name] = report.mrr
    result.matrix_used = result.matrix_used and index.lexical.in_memory
    result.latency_ms = {name: percentiles(values) for name, values in samples.items()}
    result.questions = sum(1 for q in questions if not q.offtopic)
    result.timed_queries = len(questions) * reps
