"""The lexical index and document catalogue: SQLite with FTS5 BM25 over Chinese tokens.

This file is also the *commit record* of the knowledge base.  Ingest writes a
document's chunks to Chroma first, then replaces the document here in one
transaction; search only returns chunks listed here.  A process killed in
between leaves the old version (or nothing) searchable, never half a document.

Speed at 10k–100k chunks: an FTS5 ``OR`` query over a question's 20–48 tokens
scores every row holding any of them (most of the table), which costs
~30 ms at 10k and ~10× that at 100k.  So each chunk's term counts are also
stored (``chunk_terms``), and a process that searches more than once loads them
into an in-memory, term-major matrix (built in a background thread) and scores
with numpy: the same ``bm25()`` formula, constants and tokens as FTS5, with the
same results, in a few milliseconds.  Until that matrix is ready and current
(it is rebuilt after any commit), and for queries FTS5 would parse as
multi-token phrases, search runs on FTS5 exactly as before.
"""

from __future__ import annotations

import functools
import json
import logging
import math
import re
import sqlite3
import threading
from array import array
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from tandem.core.filters import SearchFilters
from tandem.core.tokens import tokenize

log = logging.getLogger(__name__)

SCHEMA_VERSION = "1"
MAX_QUERY_TOKENS = 48
FILTER_COLUMNS = ("kind", "skill", "region", "source")
BM25_K1, BM25_B = 1.2, 0.75  # the constants of FTS5's bm25()
_FTS_PIECE = re.compile(r"[^\W_]+")  # a token as FTS5's unicode61 tokenizer sees it: runs of letters/digits

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
    source TEXT PRIMARY KEY, title TEXT NOT NULL, kind TEXT NOT NULL, sha256 TEXT NOT NULL,
    n_chunks INTEGER NOT NULL, chars INTEGER NOT NULL, indexed_at REAL NOT NULL, metadata TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS chunks (
    rowid INTEGER PRIMARY KEY, id TEXT UNIQUE NOT NULL, source TEXT NOT NULL, ordinal INTEGER NOT NULL,
    title TEXT NOT NULL, heading TEXT NOT NULL, kind TEXT NOT NULL, skill TEXT NOT NULL,
    region TEXT NOT NULL, text TEXT NOT NULL, metadata TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS chunks_source ON chunks(source);
CREATE VIRTUAL TABLE IF NOT EXISTS chunks_fts USING fts5(tokens, tokenize='unicode61 remove_diacritics 0');
CREATE TABLE IF NOT EXISTS terms (id INTEGER PRIMARY KEY, term TEXT UNIQUE NOT NULL);
CREATE TABLE IF NOT EXISTS chunk_terms (rowid INTEGER PRIMARY KEY, length INTEGER NOT NULL, terms BLOB NOT NULL,
                                        counts BLOB NOT NULL);
"""


@dataclass(frozen=True)
class ChunkRecord:
    """A chunk as stored: text plus the metadata search filters and cites by."""

    id: str
    source: str
    ordinal: int
    title: str
    heading: str
    kind: str
    text: str
    skill: str = ""
    region: str = ""
    metadata: dict[str, Any] = field(default_factory=dict)

    def index_text(self) -> str:
        """What is embedded and tokenised: title and heading give the passage its context."""
        context = " / ".join(part for part in (self.title, self.heading) if part)
        return f"{context}\n{self.text}" if context else self.text


@dataclass(frozen=True)
class DocumentRecord:
    source: str
    title: str
    kind: str
    sha256: str
    n_chunks: int
    chars: int
    indexed_at: float
    metadata: dict[str, Any]


def _serialised(method: Any) -> Any:
    """Run ``method`` holding the index's lock: Streamlit sessions share one connection, and a
    read on it from another thread would otherwise see a write transaction before its commit."""

    @functools.wraps(method)
    def wrapper(self: LexicalIndex, *args: Any, **kwargs: Any) -> Any:
        with self._lock:
            return method(self, *args, **kwargs)

    return wrapper


class LexicalIndex:
    """SQLite file with the document catalogue, chunk texts and an FTS5 BM25 index.

    Thread-safe: one connection, every use of it under one re-entrant lock, write
    transactions included (readers wait for the commit rather than see half of it).
    """

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._lock = threading.RLock()
        self._db = sqlite3.connect(path, check_same_thread=False, timeout=30, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.executescript(_SCHEMA)
        self._db.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.chunks_vocab USING fts5vocab(main, chunks_fts, row)")
        self._db.execute("INSERT OR IGNORE INTO meta VALUES ('schema', ?)", (SCHEMA_VERSION,))
        self._term_ids: dict[str, int] = {}  # committed term ids (ids never change)
        self._new_term_ids: dict[str, int] = {}  # ids inserted by the open transaction
        self._writes = 0  # own commits; other processes' show in PRAGMA data_version
        self._memory: tuple[tuple[int, int], _MemoryBm25] | None = None
        self._searches: dict[tuple[int, int], int] = {}
        self._unavailable: tuple[int, int] | None = None  # version whose chunk_terms are incomplete (old index)
        self._build_lock = threading.Lock()
        self._builder: threading.Thread | None = None
        self._closing = threading.Event()

    def close(self) -> None:
        self._closing.set()
        if self._builder is not None:
            self._builder.join()
        self._db.close()

    # ---- metadata -------------------------------------------------------------
    @_serialised
    def get_meta(self, key: str) -> str | None:
        row = self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    @_serialised
    def set_meta(self, key: str, value: str) -> None:
        self._db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    # ---- writing --------------------------------------------------------------
    def replace_document(self, document: DocumentRecord, chunks: Sequence[ChunkRecord]) -> None:
        """Atomically make ``chunks`` the only chunks of ``document.source``."""
        self.replace_documents([(document, chunks)])

    def replace_documents(
        self,
        batch: Sequence[tuple[DocumentRecord, Sequence[ChunkRecord]]],
        tokens: Mapping[str, list[str]] | None = None,
    ) -> None:
        """``replace_document`` for several documents in one transaction (one FTS5 flush, one commit).

        ``tokens`` (chunk id → ``tokenize(chunk.index_text())``) may be computed beforehand,
        outside the lock: the indexer tokenizes a batch while its embeddings are computed.
        """
        tokens = tokens or {}
        chunk_tokens = {
            chunk.id: tokens[chunk.id] if chunk.id in tokens else tokenize(chunk.index_text())
            for _, chunks in batch
            for chunk in chunks
        }
        counts = {chunk_id: _fts_counts(toks) for chunk_id, toks in chunk_tokens.items()}
        with self._write():
            for document, chunks in batch:
                self._delete_source(document.source)
                self._db.execute(
                    "INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        document.source,
                        document.title,
                        document.kind,
                        document.sha256,
                        document.n_chunks,
                        document.chars,
                        document.indexed_at,
                        json.dumps(document.metadata, ensure_ascii=False),
                    ),
                )
                for chunk in chunks:
                    cursor = self._db.execute(
                        "INSERT INTO chunks (id, source, ordinal, title, heading, kind, skill, region, text, metadata)"
                        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        (
                            chunk.id,
                            chunk.source,
                            chunk.ordinal,
                            chunk.title,
                            chunk.heading,
                            chunk.kind,
                            chunk.skill,
                            chunk.region,
                            chunk.text,
                            json.dumps(chunk.metadata, ensure_ascii=False),
                        ),
                    )
                    rowid = int(cursor.lastrowid or 0)
                    self._db.execute(
                        "INSERT INTO chunks_fts(rowid, tokens) VALUES (?, ?)", (rowid, " ".join(chunk_tokens[chunk.id]))
                    )
                    self._db.execute(
                        "INSERT OR REPLACE INTO chunk_terms VALUES (?, ?, ?, ?)",
                        (rowid, *self._term_row(counts[chunk.id])),
                    )

    def _term_row(self, counts: Counter[str]) -> tuple[int, bytes, bytes]:
        """``(length, term ids, counts)`` of one chunk for the in-memory matrix (see ``_fts_counts``)."""
        ids = self._ids_for(list(counts))
        return sum(counts.values()), array("I", ids).tobytes(), array("I", counts.values()).tobytes()

    def _ids_for(self, terms: list[str]) -> list[int]:
        """Term ids, adding unknown terms (inside the open write transaction)."""
        committed, new = self._term_ids, self._new_term_ids
        missing = [t for t in terms if t not in committed and t not in new]
        if missing:
            self._db.executemany("INSERT OR IGNORE INTO terms (term) VALUES (?)", [(t,) for t in missing])
            for start in range(0, len(missing), 500):
                batch = missing[start : start + 500]
                marks = ",".join("?" * len(batch))
                for term_id, term in self._db.execute(f"SELECT id, term FROM terms WHERE term IN ({marks})", batch):
                    new[term] = int(term_id)
        return [committed[t] if t in committed else new[t] for t in terms]

    @_serialised
    def backfill_terms(self) -> int:
        """Write ``chunk_terms`` for chunks indexed before it existed; returns how many (0 when complete)."""
        missing = self._db.execute(
            f"SELECT c.rowid, {_CHUNK_COLUMNS_C} FROM chunks c "
            "WHERE NOT EXISTS (SELECT 1 FROM chunk_terms t WHERE t.rowid = c.rowid)"
        ).fetchall()
        if not missing:
            return 0
        with self._write():
            for row in missing:
                counts = _fts_counts(tokenize(_chunk(row[1:]).index_text()))
                self._db.execute(
                    "INSERT OR REPLACE INTO chunk_terms VALUES (?, ?, ?, ?)", (row[0], *self._term_row(counts))
                )
        return len(missing)

    def delete_document(self, source: str) -> None:
        with self._write():
            self._delete_source(source)

    def clear(self) -> None:
        with self._write():
            self._db.execute("DELETE FROM documents")
            self._db.execute("DELETE FROM chunks")
            self._db.execute("DELETE FROM chunks_fts")
            self._db.execute("DELETE FROM chunk_terms")

    def _delete_source(self, source: str) -> None:
        for table in ("chunks_fts", "chunk_terms"):
            self._db.execute(
                f"DELETE FROM {table} WHERE rowid IN (SELECT rowid FROM chunks WHERE source = ?)", (source,)
            )
        self._db.execute("DELETE FROM chunks WHERE source = ?", (source,))
        self._db.execute("DELETE FROM documents WHERE source = ?", (source,))

    def _write(self) -> _transaction:
        return _transaction(self._db, self._committed, self._new_term_ids.clear, self._lock)

    def _committed(self) -> None:
        self._term_ids.update(self._new_term_ids)
        self._new_term_ids.clear()
        self._writes += 1

    # ---- reading --------------------------------------------------------------
    @_serialised
    def documents(self) -> list[DocumentRecord]:
        rows = self._db.execute("SELECT * FROM documents ORDER BY kind, source").fetchall()
        return [_document(row) for row in rows]

    @_serialised
    def document(self, source: str) -> DocumentRecord | None:
        row = self._db.execute("SELECT * FROM documents WHERE source = ?", (source,)).fetchone()
        return _document(row) if row else None

    @_serialised
    def chunk_ids(self, source: str) -> set[str]:
        return {r[0] for r in self._db.execute("SELECT id FROM chunks WHERE source = ?", (source,))}

    @_serialised
    def chunk_ids_all(self) -> set[str]:
        return {r[0] for r in self._db.execute("SELECT id FROM chunks")}

    @_serialised
    def chunks_of(self, source: str) -> list[ChunkRecord]:
        rows = self._db.execute(f"SELECT {_CHUNK_COLUMNS} FROM chunks WHERE source = ? ORDER BY ordinal", (source,))
        return [_chunk(row) for row in rows]

    @_serialised
    def chunks_by_id(self, ids: Iterable[str]) -> dict[str, ChunkRecord]:
        ids = list(ids)
        found: dict[str, ChunkRecord] = {}
        for start in range(0, len(ids), 500):
            batch = ids[start : start + 500]
            marks = ",".join("?" * len(batch))
            for row in self._db.execute(f"SELECT {_CHUNK_COLUMNS} FROM chunks WHERE id IN ({marks})", batch):
                found[row[0]] = _chunk(row)
        return found

    @_serialised
    def count_chunks(self) -> int:
        return int(self._db.execute("SELECT count(*) FROM chunks").fetchone()[0])

    @_serialised
    def document_frequencies(self, terms: Iterable[str]) -> tuple[int, dict[str, int]]:
        """``(chunks in the index, {term: chunks containing it})``; terms never seen are absent.

        From the in-memory matrix when it is current (microseconds), else from FTS5's
        vocabulary (milliseconds per term at 100k chunks).
        """
        terms = list(dict.fromkeys(terms))
        memory = self._memory[1] if self.in_memory and self._memory is not None else None
        if memory is not None:
            marks = ",".join("?" * len(terms))
            ids = self._db.execute(f"SELECT term, id FROM terms WHERE term IN ({marks})", terms).fetchall()
            found = {term: memory.document_frequency(term_id) for term, term_id in ids}
            return memory.n, {term: df for term, df in found.items() if df}
        found = {}
        for term in terms:
            row = self._db.execute("SELECT doc FROM chunks_vocab WHERE term = ?", (term,)).fetchone()
            if row:
                found[term] = int(row[0])
        return self.count_chunks(), found

    @_serialised
    def distinct(self, column: str) -> list[str]:
        if column not in FILTER_COLUMNS:
            raise ValueError(f"unknown column {column}")
        rows = self._db.execute(f"SELECT DISTINCT {column} FROM chunks WHERE {column} != '' ORDER BY 1")
        return [r[0] for r in rows]

    @_serialised
    def search(self, query: str, limit: int, filters: SearchFilters | None = None) -> list[tuple[ChunkRecord, float]]:
        """BM25 search; returns ``(chunk, score)`` with higher scores better."""
        tokens = list(dict.fromkeys(tokenize(query)))[:MAX_QUERY_TOKENS]
        if not tokens:
            return []
        memory = self._current_memory()
        if memory is not None:
            found = memory.search(self._db, tokens, limit, filters)
            if found is not None:
                return self._records_in_order(found, filters)
        return self._search_fts(tokens, limit, filters)

    def _search_fts(
        self, tokens: list[str], limit: int, filters: SearchFilters | None
    ) -> list[tuple[ChunkRecord, float]]:
        match = " OR ".join('"' + t.replace('"', '""') + '"' for t in tokens)
        where, params = _filter_sql(filters)
        sql = (
            f"SELECT {_CHUNK_COLUMNS_C}, bm25(chunks_fts) AS rank FROM chunks_fts "
            f"JOIN chunks c ON c.rowid = chunks_fts.rowid WHERE chunks_fts MATCH ? {where} "
            "ORDER BY rank LIMIT ?"
        )
        rows = self._db.execute(sql, (match, *params, limit)).fetchall()
        return [(_chunk(row[:-1]), -float(row[-1])) for row in rows]

    def _records_in_order(
        self, found: list[tuple[int, float]], filters: SearchFilters | None
    ) -> list[tuple[ChunkRecord, float]]:
        if not found:
            return []
        where, params = _filter_sql(filters)
        marks = ",".join("?" * len(found))
        rows = self._db.execute(
            f"SELECT c.rowid, {_CHUNK_COLUMNS_C} FROM chunks c WHERE c.rowid IN ({marks}) {where}",
            [rowid for rowid, _ in found] + params,
        ).fetchall()
        by_rowid = {row[0]: _chunk(row[1:]) for row in rows}
        return [(by_rowid[rowid], score) for rowid, score in found if rowid in by_rowid]

    # ---- the in-memory BM25 matrix ------------------------------------------------
    @_serialised
    def _version(self) -> tuple[int, int]:
        """Changes whenever any connection (this one included) commits."""
        return int(self._db.execute("PRAGMA data_version").fetchone()[0]), self._writes

    def _current_memory(self) -> _MemoryBm25 | None:
        """The matrix if it matches the database now; else start (re)building it from the 2nd search on.

        A process that asks a single question (the CLI) never pays for the build.
        """
        version = self._version()
        memory = self._memory
        if memory is not None and memory[0] == version:
            return memory[1]
        self._searches = {version: self._searches.get(version, 0) + 1}
        if self._searches[version] >= 2 and version != self._unavailable:
            self._start_build(version)
        return None

    @property
    def in_memory(self) -> bool:
        """True when searches are served by the in-memory matrix (built, and current)."""
        memory = self._memory
        return memory is not None and memory[0] == self._version()

    def warm_up(self) -> bool:
        """Build the in-memory matrix now (blocking); True when searches will use it."""
        version = self._version()
        if self._memory is None or self._memory[0] != version:
            self._build(version)
        return self._memory is not None and self._memory[0] == version

    def _start_build(self, version: tuple[int, int]) -> None:
        with self._build_lock:
            if self._closing.is_set() or (self._builder is not None and self._builder.is_alive()):
                return
            self._builder = threading.Thread(target=self._build, args=(version,), name="tandem-bm25", daemon=True)
            self._builder.start()

    def _build(self, version: tuple[int, int]) -> None:
        try:
            db = sqlite3.connect(self.path, timeout=30)
            try:
                memory = _MemoryBm25.load(db, self._closing)
            finally:
                db.close()
        except Exception as exc:  # the FTS5 path keeps working
            log.warning("in-memory BM25 build failed: %s", exc)
            return
        if memory is not None:
            self._memory = (version, memory)
        elif not self._closing.is_set():
            self._unavailable = version


_CHUNK_COLUMNS = "id, source, ordinal, title, heading, kind, text, skill, region, metadata"
_CHUNK_COLUMNS_C = ", ".join(f"c.{c.strip()}" for c in _CHUNK_COLUMNS.split(","))


def _chunk(row: Sequence[Any]) -> ChunkRecord:
    cid, source, ordinal, title, heading, kind, text, skill, region, metadata = row[:10]
    return ChunkRecord(cid, source, ordinal, title, heading, kind, text, skill, region, json.loads(metadata))


def _document(row: Sequence[Any]) -> DocumentRecord:
    source, title, kind, sha256, n_chunks, chars, indexed_at, metadata = row[:8]
    return DocumentRecord(source, title, kind, sha256, n_chunks, chars, indexed_at, json.loads(metadata))


def _filter_sql(filters: SearchFilters | None) -> tuple[str, list[Any]]:
    if filters is not None and filters.matches_nothing:
        return "AND 0", []
    clauses: list[str] = []
    params: list[Any] = []
    for key, values in (filters.columns() if filters is not None else {}).items():
        clauses.append(f"c.{key} IN ({','.join('?' * len(values))})")
        params.extend(values)
    return ("AND " + " AND ".join(clauses)) if clauses else "", params


class _transaction:
    """``BEGIN IMMEDIATE`` … ``COMMIT`` (or ``ROLLBACK`` on error) on an autocommit connection."""

    def __init__(
        self,
        db: sqlite3.Connection,
        on_commit: Any = None,
        on_rollback: Any = None,
        lock: threading.RLock | None = None,
    ) -> None:
        self.db = db
        self.on_commit = on_commit
        self.on_rollback = on_rollback
        self.lock = lock or threading.RLock()

    def __enter__(self) -> None:
        self.lock.acquire()
        try:
            self.db.execute("BEGIN IMMEDIATE")
        except BaseException:
            self.lock.release()
            raise

    def __exit__(self, exc_type: object, *_: object) -> None:
        try:
            self.db.execute("ROLLBACK" if exc_type else "COMMIT")
            callback = self.on_rollback if exc_type else self.on_commit
            if callback is not None:
                callback()
        finally:
            self.lock.release()


def fts_pieces(token: str) -> list[str]:
    """What FTS5's unicode61 tokenizer makes of one of our tokens: itself, except e.g. ``3.5`` → 3, 5."""
    return [token] if token.isalnum() else _FTS_PIECE.findall(token.lower())


def _fts_counts(tokens: list[str]) -> Counter[str]:
    """A chunk's term counts as FTS5 counts its tokens (the in-memory matrix must score alike)."""
    counts = Counter(tokens)
    if not all(token.isalnum() for token in counts):
        counts = Counter(piece for token in tokens for piece in fts_pieces(token))
    return counts


class _MemoryBm25:
    """All chunks' term counts as a term-major (CSC) matrix; scores a query like FTS5's ``bm25()``.

    For each query term t and chunk d holding it:
    ``idf(t) * (tf * (k1 + 1)) / (tf + k1 * (1 - b + b * |d| / avgdl))`` with
    ``idf = log((N - df + 0.5) / (df + 0.5))`` floored at 1e-6, summed in query
    order — the operations of SQLite's ``fts5Bm25Function``, so scores agree.
    """

    MAX_FILTER_MASKS = 32

    def __init__(
        self, rowids: np.ndarray, lengths: np.ndarray, indptr: np.ndarray, indices: np.ndarray, counts: np.ndarray
    ) -> None:
        self.rowids = rowids  # sorted
        self.n = len(rowids)
        avgdl = float(lengths.sum()) / float(self.n)
        self.norm = BM25_K1 * ((1 - BM25_B) + (BM25_B * lengths) / avgdl)
        self.indptr, self.indices, self.counts = indptr, indices, counts
        self.n_terms = len(indptr) - 1
        self._masks: dict[SearchFilters, np.ndarray] = {}

    @classmethod
    def load(cls, db: sqlite3.Connection, cancel: threading.Event) -> _MemoryBm25 | None:
        """Read ``chunk_terms`` in one snapshot; ``None`` when it does not cover every chunk (old index)."""
        db.execute("BEGIN")
        try:
            n = int(db.execute("SELECT count(*) FROM chunks").fetchone()[0])
            if n == 0 or n != int(db.execute("SELECT count(*) FROM chunk_terms").fetchone()[0]):
                return None
            rowids = np.empty(n, np.int64)
            lengths = np.empty(n, np.float64)
            sizes = np.empty(n, np.int64)
            terms, counts = bytearray(), bytearray()
            rows = db.execute("SELECT rowid, length, terms, counts FROM chunk_terms ORDER BY rowid")
            for i, (rowid, length, term_blob, count_blob) in enumerate(rows):
                if i % 4096 == 0 and cancel.is_set():
                    return None
                rowids[i], lengths[i], sizes[i] = rowid, length, len(term_blob) // 4
                terms += term_blob
                counts += count_blob
        finally:
            db.execute("COMMIT")
        term_ids = np.frombuffer(terms, dtype=np.uint32).astype(np.int32)
        tf = np.frombuffer(counts, dtype=np.uint32)
        del terms, counts
        tf = tf.astype(np.uint16) if tf.size and int(tf.max()) < 2**16 else tf.copy()
        row_ptr = np.zeros(n + 1, np.int64)
        np.cumsum(sizes, out=row_ptr[1:])
        n_terms = int(term_ids.max()) + 1 if term_ids.size else 0
        indptr, indices, data = _to_term_major(row_ptr, term_ids, tf, n, n_terms)
        return cls(rowids, lengths, indptr, indices, data)

    def document_frequency(self, term_id: int) -> int:
        return int(self.indptr[term_id + 1] - self.indptr[term_id]) if 0 <= term_id < self.n_terms else 0

    def search(
        self, db: sqlite3.Connection, tokens: list[str], limit: int, filters: SearchFilters | None
    ) -> list[tuple[int, float]] | None:
        """``(rowid, score)`` best first; ``None`` when FTS5 must answer (a token it splits into a phrase)."""
        pieces = [fts_pieces(t) for t in tokens]
        if any(len(p) != 1 for p in pieces):
            return None
        terms = [p[0] for p in pieces]
        marks = ",".join("?" * len(terms))
        ids = dict(db.execute(f"SELECT term, id FROM terms WHERE term IN ({marks})", terms).fetchall())
        scores = np.zeros(self.n)
        for term in terms:
            term_id = ids.get(term)
            if term_id is None or term_id >= self.n_terms:
                continue
            start, end = int(self.indptr[term_id]), int(self.indptr[term_id + 1])
            if start == end:
                continue
            df = end - start
            idf = math.log((self.n - df + 0.5) / (df + 0.5))
            if idf <= 0.0:
                idf = 1e-6
            docs = self.indices[start:end]
            tf = self.counts[start:end].astype(np.float64)
            scores[docs] += idf * ((tf * (BM25_K1 + 1.0)) / (tf + self.norm[docs]))
        matched = scores > 0.0
        if filters is not None and filters.restricts:
            matched &= self._mask(db, filters)
        candidates = np.flatnonzero(matched)
        if candidates.size > limit:
            kth = np.partition(scores[candidates], candidates.size - limit)[candidates.size - limit]
            candidates = candidates[scores[candidates] >= kth]
        order = np.lexsort((self.rowids[candidates], -scores[candidates]))[:limit]
        best = candidates[order]
        return [(int(self.rowids[i]), float(scores[i])) for i in best]

    def _mask(self, db: sqlite3.Connection, filters: SearchFilters) -> np.ndarray:
        mask = self._masks.get(filters)
        if mask is None:
            where, params = _filter_sql(filters)
            allowed = np.fromiter(
                (r[0] for r in db.execute(f"SELECT c.rowid FROM chunks c WHERE 1 {where}", params)), np.int64
            )
            positions = np.searchsorted(self.rowids, allowed)
            positions = positions[(positions < self.n) & (self.rowids[np.minimum(positions, self.n - 1)] == allowed)]
            mask = np.zeros(self.n, bool)
            mask[positions] = True
            if len(self._masks) >= self.MAX_FILTER_MASKS:
                self._masks.clear()
            self._masks[filters] = mask
        return mask


def _to_term_major(
    row_ptr: np.ndarray, term_ids: np.ndarray, counts: np.ndarray, n_rows: int, n_terms: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """CSR (chunk → terms) to CSC (term → chunks): ``(indptr, chunk indices, counts)``."""
    try:
        from scipy.sparse import csr_matrix  # installed with sentence-transformers; O(nnz) conversion
    except ImportError:  # pragma: no cover - numpy fallback, O(nnz log nnz)
        rows = np.repeat(np.arange(n_rows, dtype=np.int32), np.diff(row_ptr))
        order = np.argsort(term_ids, kind="stable")
        indptr = np.zeros(n_terms + 1, np.int64)
        np.cumsum(np.bincount(term_ids, minlength=n_terms), out=indptr[1:])
        return indptr, rows[order], counts[order]
    matrix = csr_matrix((counts, term_ids.astype(np.int32), row_ptr), shape=(n_rows, n_terms)).tocsc()
    return matrix.indptr.astype(np.int64), matrix.indices.astype(np.int32, copy=False), matrix.data
