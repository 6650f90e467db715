"""The document catalogue: SQLite tables of documents and chunks, and the commit record of the knowledge base.

Ingest writes a document's chunks to Chroma first, then replaces the document
here in one transaction; search only returns chunks listed here.  A process
killed in between leaves the old version (or nothing) searchable, never half a
document.  The same transaction writes what the readers built on top of the
catalogue need: the FTS5 rows, each chunk's term counts (the in-memory BM25
matrix, ``tandem.core.bm25``), the general-language frequency of each new term
(the relevance gate) and the chunk's sentence vectors (the extractive composer).

Every write transaction also advances ``generation`` in ``meta``: with the
catalogue's random ``index_id`` it names one state of the index, so what is
derived from it and saved to disk (the BM25 matrix) is known to be current.
"""

from __future__ import annotations

import functools
import hashlib
import json
import sqlite3
import threading
import uuid
from array import array
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from tandem.core.bm25 import term_counts
from tandem.core.filters import SearchFilters
from tandem.core.tokens import dictionary_frequencies, tokenize

SCHEMA_VERSION = "1"
FILTER_COLUMNS = ("kind", "skill", "region", "source")

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
CREATE TABLE IF NOT EXISTS general_frequency (id INTEGER PRIMARY KEY, frequency INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS sentence_vectors (chunk_id TEXT NOT NULL, hash INTEGER NOT NULL, vector BLOB NOT NULL,
                                             PRIMARY KEY (chunk_id, hash)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS sentence_vectors_hash ON sentence_vectors(hash);
"""
CHUNK_COLUMNS = "id, source, ordinal, title, heading, kind, text, skill, region, metadata"
CHUNK_COLUMNS_C = ", ".join(f"c.{c.strip()}" for c in CHUNK_COLUMNS.split(","))
VECTOR_DTYPE = np.float16  # sentence vectors: unit length, 512-d; half precision changes cosines by < 1e-3


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


def sentence_hash(sentence: str) -> int:
    """A sentence's key in ``sentence_vectors`` (64 bits of its SHA-1, as SQLite's signed integer)."""
    return int.from_bytes(hashlib.sha1(sentence.encode()).digest()[:8], "big", signed=True)


def chunk_from_row(row: Sequence[Any]) -> ChunkRecord:
    """A ``ChunkRecord`` from a row of ``CHUNK_COLUMNS``."""
    cid, source, ordinal, title, heading, kind, text, skill, region, metadata = row[:10]
    return ChunkRecord(cid, source, ordinal, title, heading, kind, text, skill, region, json.loads(metadata))


def document_from_row(row: Sequence[Any]) -> DocumentRecord:
    """A ``DocumentRecord`` from a row of the documents table."""
    source, title, kind, sha256, n_chunks, chars, indexed_at, metadata = row[:8]
    return DocumentRecord(source, title, kind, sha256, n_chunks, chars, indexed_at, json.loads(metadata))


def filter_sql(filters: SearchFilters | None) -> tuple[str, list[Any]]:
    """``AND …`` clauses over ``chunks c`` for the search filters (``AND 0`` when nothing may match)."""
    if filters is not None and filters.matches_nothing:
        return "AND 0", []
    clauses: list[str] = []
    params: list[Any] = []
    for key, values in (filters.columns() if filters is not None else {}).items():
        clauses.append(f"c.{key} IN ({','.join('?' * len(values))})")
        params.extend(values)
    return ("AND " + " AND ".join(clauses)) if clauses else "", params


def read_state(db: sqlite3.Connection) -> str:
    """``index_id-generation``: one state of the catalogue's content (see module docstring)."""
    rows = dict(db.execute("SELECT key, value FROM meta WHERE key IN ('index_id', 'generation')").fetchall())
    return f"{rows.get('index_id', '')}-{rows.get('generation', '0')}"


def serialised(method: Any) -> Any:
    """Run ``method`` holding the catalogue's lock: Streamlit sessions share one connection, and a
    read on it from another thread would otherwise see a write transaction before its commit."""

    @functools.wraps(method)
    def wrapper(self: Catalogue, *args: Any, **kwargs: Any) -> Any:
        with self._lock:
            return method(self, *args, **kwargs)

    return wrapper


class Catalogue:
    """SQLite file with the document catalogue and chunk texts.

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
        self._db.execute("INSERT OR IGNORE INTO meta VALUES ('index_id', ?)", (uuid.uuid4().hex,))
        self._term_ids: dict[str, int] = {}  # committed term ids (ids never change)
        self._new_term_ids: dict[str, int] = {}  # ids inserted by the open transaction
        self._writes = 0  # own commits; other processes' show in PRAGMA data_version

    def close(self) -> None:
        self._db.close()

    # ---- metadata -------------------------------------------------------------
    @serialised
    def get_meta(self, key: str) -> str | None:
        row = self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    @serialised
    def set_meta(self, key: str, value: str) -> None:
        self._db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    @serialised
    def state(self) -> str:
        """Names the committed content: changes with every write transaction, in any process."""
        return read_state(self._db)

    # ---- writing --------------------------------------------------------------
    def replace_document(self, document: DocumentRecord, chunks: Sequence[ChunkRecord]) -> None:
        """Atomically make ``chunks`` the only chunks of ``document.source``."""
        self.replace_documents([(document, chunks)])

    def replace_documents(
        self,
        batch: Sequence[tuple[DocumentRecord, Sequence[ChunkRecord]]],
        tokens: Mapping[str, list[str]] | None = None,
        sentence_vectors: Mapping[str, Mapping[str, np.ndarray]] | None = None,
    ) -> None:
        """``replace_document`` for several documents in one transaction (one FTS5 flush, one commit).

        ``tokens`` (chunk id → ``tokenize(chunk.index_text())``) may be computed beforehand,
        outside the lock: the indexer tokenizes a batch while its embeddings are computed.
        ``sentence_vectors`` (chunk id → {sentence: vector}) are stored for the chunks given;
        a chunk that keeps its id keeps the vectors stored before.
        """
        tokens = tokens or {}
        chunk_tokens = {
            chunk.id: tokens[chunk.id] if chunk.id in tokens else tokenize(chunk.index_text())
            for _, chunks in batch
            for chunk in chunks
        }
        counts = {chunk_id: term_counts(toks) for chunk_id, toks in chunk_tokens.items()}
        with self._write():
            for document, chunks in batch:
                gone = self._chunk_ids(document.source) - {chunk.id for chunk in chunks}
                self._delete_source(document.source)
                self._delete_sentence_vectors(gone)
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
            for chunk_id, vectors in (sentence_vectors or {}).items():
                self._db.executemany(
                    "INSERT OR REPLACE INTO sentence_vectors VALUES (?, ?, ?)",
                    [(chunk_id, sentence_hash(s), np.asarray(v, VECTOR_DTYPE).tobytes()) for s, v in vectors.items()],
                )

    def _term_row(self, counts: Counter[str]) -> tuple[int, bytes, bytes]:
        """``(length, term ids, counts)`` of one chunk for the in-memory matrix (see ``term_counts``)."""
        ids = self._ids_for(list(counts))
        return sum(counts.values()), array("I", ids).tobytes(), array("I", counts.values()).tobytes()

    def _ids_for(self, terms: list[str]) -> list[int]:
        """Term ids, adding unknown terms and their general frequency (inside the open write transaction)."""
        committed, new = self._term_ids, self._new_term_ids
        missing = [t for t in terms if t not in committed and t not in new]
        if missing:
            self._db.executemany("INSERT OR IGNORE INTO terms (term) VALUES (?)", [(t,) for t in missing])
            rows = self._select_in("SELECT id, term FROM terms WHERE term IN ({})", missing)
            added = {term: int(term_id) for term_id, term in rows}
            self._write_general_frequencies(added)
            new.update(added)
        return [committed[t] if t in committed else new[t] for t in terms]

    def _write_general_frequencies(self, term_ids: Mapping[str, int]) -> None:
        """Each term's frequency in the general dictionary (when it holds the term), and that dictionary's total."""
        frequencies, total = dictionary_frequencies()
        self._db.executemany(
            "INSERT OR REPLACE INTO general_frequency VALUES (?, ?)",
            [(term_id, frequencies[term]) for term, term_id in term_ids.items() if frequencies.get(term)],
        )
        self._db.execute("INSERT OR REPLACE INTO meta VALUES ('general_total', ?)", (str(total),))

    @serialised
    def backfill_terms(self) -> int:
        """Write ``chunk_terms`` (and general frequencies) missing from an index built before they existed.

        Returns how many chunks were backfilled (0 when complete).
        """
        if self.get_meta("general_total") is None and self.count_chunks():
            with self._write():
                self._write_general_frequencies(dict(self._db.execute("SELECT term, id FROM terms").fetchall()))
        missing = self._db.execute(
            f"SELECT c.rowid, {CHUNK_COLUMNS_C} FROM chunks c "
            "WHERE NOT EXISTS (SELECT 1 FROM chunk_terms t WHERE t.rowid = c.rowid)"
        ).fetchall()
        if not missing:
            return 0
        with self._write():
            for row in missing:
                counts = term_counts(tokenize(chunk_from_row(row[1:]).index_text()))
                self._db.execute(
                    "INSERT OR REPLACE INTO chunk_terms VALUES (?, ?, ?, ?)", (row[0], *self._term_row(counts))
                )
        return len(missing)

    def delete_document(self, source: str) -> None:
        with self._write():
            self._delete_sentence_vectors(self._chunk_ids(source))
            self._delete_source(source)

    def clear(self) -> None:
        with self._write():
            for table in ("documents", "chunks", "chunks_fts", "chunk_terms", "sentence_vectors"):
                self._db.execute(f"DELETE FROM {table}")

    def _chunk_ids(self, source: str) -> set[str]:
        return {r[0] for r in self._db.execute("SELECT id FROM chunks WHERE source = ?", (source,))}

    def _delete_sentence_vectors(self, chunk_ids: Iterable[str]) -> None:
        self._db.executemany("DELETE FROM sentence_vectors WHERE chunk_id = ?", [(i,) for i in chunk_ids])

    def _delete_source(self, source: str) -> None:
        for table in ("chunks_fts", "chunk_terms"):
            self._db.execute(
                f"DELETE FROM {table} WHERE rowid IN (SELECT rowid FROM chunks WHERE source = ?)", (source,)
            )
        self._db.execute("DELETE FROM chunks WHERE source = ?", (source,))
        self._db.execute("DELETE FROM documents WHERE source = ?", (source,))

    @contextmanager
    def _write(self) -> Iterator[None]:
        """``BEGIN IMMEDIATE`` … ``COMMIT`` (``ROLLBACK`` on error), advancing ``generation``, under the lock."""
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield
                self._db.execute(
                    "INSERT INTO meta VALUES ('generation', '1') "
                    "ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1"
                )
            except BaseException:
                self._db.execute("ROLLBACK")
                self._new_term_ids.clear()
                raise
            self._db.execute("COMMIT")
            self._term_ids.update(self._new_term_ids)
            self._new_term_ids.clear()
            self._writes += 1

    # ---- reading --------------------------------------------------------------
    @serialised
    def documents(self) -> list[DocumentRecord]:
        rows = self._db.execute("SELECT * FROM documents ORDER BY kind, source").fetchall()
        return [document_from_row(row) for row in rows]

    @serialised
    def document(self, source: str) -> DocumentRecord | None:
        row = self._db.execute("SELECT * FROM documents WHERE source = ?", (source,)).fetchone()
        return document_from_row(row) if row else None

    @serialised
    def chunk_ids(self, source: str) -> set[str]:
        return self._chunk_ids(source)

    @serialised
    def chunk_ids_all(self) -> set[str]:
        return {r[0] for r in self._db.execute("SELECT id FROM chunks")}

    @serialised
    def chunks_of(self, source: str) -> list[ChunkRecord]:
        rows = self._db.execute(f"SELECT {CHUNK_COLUMNS} FROM chunks WHERE source = ? ORDER BY ordinal", (source,))
        return [chunk_from_row(row) for row in rows]

    @serialised
    def chunks_by_id(self, ids: Iterable[str]) -> dict[str, ChunkRecord]:
        rows = self._select_in(f"SELECT {CHUNK_COLUMNS} FROM chunks WHERE id IN ({{}})", list(ids))
        return {row[0]: chunk_from_row(row) for row in rows}

    @serialised
    def committed(self, ids: Iterable[str]) -> set[str]:
        """Those of ``ids`` that are committed chunks (read from the id index alone)."""
        return {row[0] for row in self._select_in("SELECT id FROM chunks WHERE id IN ({})", list(ids))}

    @serialised
    def count_chunks(self) -> int:
        return int(self._db.execute("SELECT count(*) FROM chunks").fetchone()[0])

    @serialised
    def distinct(self, column: str) -> list[str]:
        if column not in FILTER_COLUMNS:
            raise ValueError(f"unknown column {column}")
        rows = self._db.execute(f"SELECT DISTINCT {column} FROM chunks WHERE {column} != '' ORDER BY 1")
        return [r[0] for r in rows]

    @serialised
    def general_frequencies(self, terms: Iterable[str]) -> tuple[int, dict[str, int]] | None:
        """``(dictionary total, {term: frequency})`` for indexed terms the general dictionary holds.

        ``None`` for an index written before these were stored (until its next ingest backfills them).
        """
        total = self._db.execute("SELECT value FROM meta WHERE key = 'general_total'").fetchone()
        if total is None:
            return None
        terms = list(dict.fromkeys(terms))
        marks = ",".join("?" * len(terms))
        rows = self._db.execute(
            f"SELECT t.term, g.frequency FROM terms t JOIN general_frequency g ON g.id = t.id WHERE t.term IN ({marks})",
            terms,
        )
        return int(total[0]), {term: int(frequency) for term, frequency in rows}

    @serialised
    def sentence_vectors(self, sentences: Iterable[str]) -> dict[str, np.ndarray]:
        """The stored vectors (float32) of those of ``sentences`` some chunk holds."""
        by_hash = {sentence_hash(s): s for s in sentences}
        rows = self._select_in("SELECT hash, vector FROM sentence_vectors WHERE hash IN ({})", list(by_hash))
        return {by_hash[key]: np.frombuffer(blob, VECTOR_DTYPE).astype(np.float32) for key, blob in rows}

    @serialised
    def chunks_with_sentence_vectors(self, chunk_ids: Iterable[str]) -> set[str]:
        sql = "SELECT DISTINCT chunk_id FROM sentence_vectors WHERE chunk_id IN ({})"
        return {row[0] for row in self._select_in(sql, list(chunk_ids))}

    def _select_in(self, sql: str, values: list[Any]) -> Iterator[tuple[Any, ...]]:
        """Rows of ``sql``, whose ``{}`` takes the placeholders for ``values``, 500 values a query
        (SQLite's limit on bound parameters)."""
        for start in range(0, len(values), 500):
            batch = values[start : start + 500]
            yield from self._db.execute(sql.format(",".join("?" * len(batch))), batch)
