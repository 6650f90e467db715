"""The lexical index and document catalogue: SQLite with FTS5 BM25 over Chinese tokens.

This file is also the *commit record* of the knowledge base.  Ingest writes a
document's chunks to Chroma first, then replaces the document here in one
transaction; search only returns chunks listed here.  A process killed in
between leaves the old version (or nothing) searchable, never half a document.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant.tokens import tokenize

SCHEMA_VERSION = "1"
MAX_QUERY_TOKENS = 48
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


class LexicalIndex:
    """SQLite file with the document catalogue, chunk texts and an FTS5 BM25 index."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._db = sqlite3.connect(path, check_same_thread=False, timeout=30, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.executescript(_SCHEMA)
        self._db.execute("INSERT OR IGNORE INTO meta VALUES ('schema', ?)", (SCHEMA_VERSION,))

    def close(self) -> None:
        self._db.close()

    # ---- metadata -------------------------------------------------------------
    def get_meta(self, key: str) -> str | None:
        row = self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        self._db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    # ---- writing --------------------------------------------------------------
    def replace_document(self, document: DocumentRecord, chunks: Sequence[ChunkRecord]) -> None:
        """Atomically make ``chunks`` the only chunks of ``document.source``."""
        with _transaction(self._db):
            self._delete_source(document.source)
            self._db.execute(
                "INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (document.source, document.title, document.kind, document.sha256, document.n_chunks,
                 document.chars, document.indexed_at, json.dumps(document.metadata, ensure_ascii=False)),
            )
            for chunk in chunks:
                cursor = self._db.execute(
                    "INSERT INTO chunks (id, source, ordinal, title, heading, kind, skill, region, text, metadata)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (chunk.id, chunk.source, chunk.ordinal, chunk.title, chunk.heading, chunk.kind, chunk.skill,
                     chunk.region, chunk.text, json.dumps(chunk.metadata, ensure_ascii=False)),
                )
                tokens = " ".join(tokenize(chunk.index_text()))
                self._db.execute("INSERT INTO chunks_fts(rowid, tokens) VALUES (?, ?)", (cursor.lastrowid, tokens))

    def delete_document(self, source: str) -> None:
        with _transaction(self._db):
            self._delete_source(source)

    def clear(self) -> None:
        with _transaction(self._db):
            self._db.execute("DELETE FROM documents")
            self._db.execute("DELETE FROM chunks")
            self._db.execute("DELETE FROM chunks_fts")

    def _delete_source(self, source: str) -> None:
        self._db.execute(
            "DELETE FROM chunks_fts WHERE rowid IN (SELECT rowid FROM chunks WHERE source = ?)", (source,)
        )
        self._db.execute("DELETE FROM chunks WHERE source = ?", (source,))
        self._db.execute("DELETE FROM documents WHERE source = ?", (source,))

    # ---- reading --------------------------------------------------------------
    def documents(self) -> list[DocumentRecord]:
        rows = self._db.execute("SELECT * FROM documents ORDER BY kind, source").fetchall()
        return [DocumentRecord(*row[:7], metadata=json.loads(row[7])) for row in rows]

    def document(self, source: str) -> DocumentRecord | None:
        row = self._db.execute("SELECT * FROM documents WHERE source = ?", (source,)).fetchone()
        return DocumentRecord(*row[:7], metadata=json.loads(row[7])) if row else None

    def chunk_ids(self, source: str) -> set[str]:
        return {r[0] for r in self._db.execute("SELECT id FROM chunks WHERE source = ?", (source,))}

    def chunk_ids_all(self) -> set[str]:
        return {r[0] for r in self._db.execute("SELECT id FROM chunks")}

    def chunks_of(self, source: str) -> list[ChunkRecord]:
        rows = self._db.execute(f"SELECT {_CHUNK_COLUMNS} FROM chunks WHERE source = ? ORDER BY ordinal", (source,))
        return [_chunk(row) for row in rows]

    def chunks_by_id(self, ids: Iterable[str]) -> dict[str, ChunkRecord]:
        ids = list(ids)
        found: dict[str, ChunkRecord] = {}
        for start in range(0, len(ids), 500):
            batch = ids[start : start + 500]
            marks = ",".join("?" * len(batch))
            for row in self._db.execute(f"SELECT {_CHUNK_COLUMNS} FROM chunks WHERE id IN ({marks})", batch):
                found[row[0]] = _chunk(row)
        return found

    def count_chunks(self) -> int:
        return int(self._db.execute("SELECT count(*) FROM chunks").fetchone()[0])

    def distinct(self, column: str) -> list[str]:
        if column not in FILTER_COLUMNS:
            raise ValueError(f"unknown column {column}")
        rows = self._db.execute(f"SELECT DISTINCT {column} FROM chunks WHERE {column} != '' ORDER BY 1")
        return [r[0] for r in rows]

    def search(self, query: str, limit: int, filters: dict[str, Any] | None = None) -> list[tuple[ChunkRecord, float]]:
        """BM25 search; returns ``(chunk, score)`` with higher scores better."""
        tokens = list(dict.fromkeys(tokenize(query)))[:MAX_QUERY_TOKENS]
        if not tokens:
            return []
        match = " OR ".join('"' + t.replace('"', '""') + '"' for t in tokens)
        where, params = _filter_sql(filters)
        sql = (
            f"SELECT {_CHUNK_COLUMNS_C}, bm25(chunks_fts) AS rank FROM chunks_fts "
            f"JOIN chunks c ON c.rowid = chunks_fts.rowid WHERE chunks_fts MATCH ? {where} "
            "ORDER BY rank LIMIT ?"
        )
        rows = self._db.execute(sql, (match, *params, limit)).fetchall()
        return [(_chunk(row[:-1]), -float(row[-1])) for row in rows]


_CHUNK_COLUMNS = "id, source, ordinal, title, heading, kind, text, skill, region, metadata"
_CHUNK_COLUMNS_C = ", ".join(f"c.{c.strip()}" for c in _CHUNK_COLUMNS.split(","))


def _chunk(row: Sequence[Any]) -> ChunkRecord:
    return ChunkRecord(*row[:9], metadata=json.loads(row[9]))


def _filter_sql(filters: dict[str, Any] | None) -> tuple[str, list[Any]]:
    clauses, params = [], []
    for key, value in (filters or {}).items():
        if key not in FILTER_COLUMNS or value in (None, "", [], ()):
            continue
        values = [value] if isinstance(value, str) else list(value)
        clauses.append(f"c.{key} IN ({','.join('?' * len(values))})")
        params.extend(values)
    return ("AND " + " AND ".join(clauses)) if clauses else "", params


class _transaction:
    """``BEGIN IMMEDIATE`` … ``COMMIT`` (or ``ROLLBACK`` on error) on an autocommit connection."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def __enter__(self) -> None:
        self.db.execute("BEGIN IMMEDIATE")

    def __exit__(self, exc_type: object, *_: object) -> None:
        self.db.execute("ROLLBACK" if exc_type else "COMMIT")
