"""The lexical index: the document catalogue searched with BM25 over Chinese tokens.

``LexicalIndex`` is the catalogue (``tandem.core.catalogue``: documents, chunks,
the commit record) plus its two ways to score BM25: FTS5 (``tandem.core.fts``)
and the in-memory matrix (``tandem.core.bm25``), which agree to the last digit.

The matrix serves a search when it is current.  A process gets it, in order of
preference: loaded from the file the last writer saved (milliseconds; the
indexer saves it after every ingest), or built in a background thread from the
second search on (a process that asks a single question never pays for a
build), then saved.  Until then, and for queries FTS5 would parse as
multi-token phrases, search runs on FTS5.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import numpy as np

from tandem.core.bm25 import DocumentBm25, MemoryBm25, fts_pieces
from tandem.core.catalogue import (
    FILTER_COLUMNS,
    SCHEMA_VERSION,
    Catalogue,
    ChunkRecord,
    DocumentRecord,
    filter_sql,
    read_state,
    serialised,
)
from tandem.core.filters import SearchFilters
from tandem.core.fts import search_fts, vocabulary_frequencies
from tandem.core.tokens import tokenize

__all__ = ["FILTER_COLUMNS", "MAX_QUERY_TOKENS", "SCHEMA_VERSION", "ChunkRecord", "DocumentRecord", "LexicalIndex"]

log = logging.getLogger(__name__)

MAX_QUERY_TOKENS = 48


class LexicalIndex(Catalogue):
    """The catalogue with BM25 search (FTS5, or the in-memory matrix when current).

    ``use_matrix=False`` keeps every search on FTS5 (the reference the tests compare with).
    """

    def __init__(self, path: Path, *, use_matrix: bool = True) -> None:
        super().__init__(path)
        self.matrix_path = path.with_name(path.name + ".bm25.npz")
        self._use_matrix = use_matrix
        self._memory: tuple[tuple[int, int], MemoryBm25] | None = None
        self._documents: tuple[tuple[int, int], DocumentBm25 | None] | None = None
        self._searches: dict[tuple[int, int], int] = {}
        self._tried_file: tuple[int, int] | None = None
        self._unavailable: tuple[int, int] | None = None  # version whose chunk_terms are incomplete (old index)
        self._build_lock = threading.Lock()
        self._builder: threading.Thread | None = None
        self._closing = threading.Event()

    def close(self) -> None:
        self._closing.set()
        if self._builder is not None:
            self._builder.join()
        super().close()

    # ---- reading --------------------------------------------------------------
    @serialised
    def document_frequencies(self, terms: Iterable[str]) -> tuple[int, dict[str, int]]:
        """``(chunks in the index, {term: chunks containing it})``; terms never seen are absent.

        From the in-memory matrix when it is current (microseconds), else from FTS5's
        vocabulary (milliseconds per term at 100k chunks).
        """
        terms = list(dict.fromkeys(terms))
        memory = self._current_memory(count=False)
        if memory is not None:  # in the order of ``terms``, as FTS5's vocabulary gives them
            ids = self._term_ids_of(terms)
            found = {term: memory.document_frequency(ids[term]) for term in terms if term in ids}
            return memory.n, {term: df for term, df in found.items() if df}
        return self.count_chunks(), vocabulary_frequencies(self._db, terms)

    def search(self, query: str, limit: int, filters: SearchFilters | None = None) -> list[tuple[ChunkRecord, float]]:
        """BM25 search; returns ``(chunk, score)`` with higher scores better."""
        found = self.search_ids(query, limit, filters)
        chunks = self.chunks_by_id(chunk_id for chunk_id, _ in found)
        return [(chunks[chunk_id], score) for chunk_id, score in found if chunk_id in chunks]

    @serialised
    def search_ids(self, query: str, limit: int, filters: SearchFilters | None = None) -> list[tuple[str, float]]:
        """``search`` without reading the chunks: ``(chunk id, score)``, best first."""
        tokens, ids = self._query_terms(query)
        if not tokens:
            return []
        memory = self._current_memory()
        if memory is not None and all(len(fts_pieces(t)) == 1 for t in tokens):
            found = memory.search(
                [ids.get(t) for t in tokens],
                limit,
                self._allowed(filters),
                filters,
            )
            return self._ids_in_order(found)
        return search_fts(self._db, tokens, limit, filters)

    @serialised
    def document_scores(self, query: str, filters: SearchFilters | None = None) -> dict[str, float]:
        """BM25 of ``query`` over whole documents (``DocumentBm25``): ``{source: score}``, scored ones only.

        The document matrix is read from the catalogue at the first call after each change (about as long
        as one ``MemoryBm25`` build: milliseconds for the bundled knowledge).
        """
        # every token, a long word's parts too: a document is long enough to hold them apart
        pieces = list(dict.fromkeys(p for t in tokenize(query) for p in fts_pieces(t)))
        if not pieces:
            return {}
        version = self._version()
        if self._documents is None or self._documents[0] != version:  # one SELECT: one snapshot
            self._documents = (version, DocumentBm25.build(self._db))
        documents = self._documents[1]
        if documents is None:
            return {}
        ids = self._term_ids_of(pieces)
        allowed = self._allowed(filters)
        return documents.scores([ids.get(p) for p in pieces], allowed() if allowed is not None else None)

    def _query_terms(self, query: str) -> tuple[list[str], dict[str, int]]:
        """The question's tokens as BM25 weighs them, and the ids of those the index holds.

        Search mode cuts a word of three or more characters into its parts as well (老太太 → 老太, 太太,
        老太太), which would count it three times against an ordinary word's once: when the index holds
        the whole word, its parts are left out of the query (they stay when it does not: recall).
        """
        tokens = list(dict.fromkeys(tokenize(query)))
        ids = self._term_ids_of(tokens) if tokens else {}
        whole = [t for t in tokens if len(t) >= 3 and t in ids]
        kept = [t for t in tokens if not any(t != w and t in w for w in whole)]
        return kept[:MAX_QUERY_TOKENS], ids

    def _term_ids_of(self, terms: list[str]) -> dict[str, int]:
        marks = ",".join("?" * len(terms))
        return dict(self._db.execute(f"SELECT term, id FROM terms WHERE term IN ({marks})", terms).fetchall())

    def _allowed(self, filters: SearchFilters | None) -> Any:
        """The rowids ``filters`` admit, computed when the matrix first needs them; ``None``: no filter."""
        where, params = filter_sql(filters)
        if not where:
            return None
        return lambda: np.fromiter(
            (r[0] for r in self._db.execute(f"SELECT c.rowid FROM chunks c WHERE 1 {where}", params)), np.int64
        )

    def _ids_in_order(self, found: list[tuple[int, float]]) -> list[tuple[str, float]]:
        if not found:
            return []
        marks = ",".join("?" * len(found))
        ids = dict(self._db.execute(f"SELECT rowid, id FROM chunks WHERE rowid IN ({marks})", [r for r, _ in found]))
        return [(ids[rowid], score) for rowid, score in found if rowid in ids]

    # ---- the in-memory BM25 matrix ------------------------------------------------
    @serialised
    def _version(self) -> tuple[int, int]:
        """Changes whenever any connection (this one included) commits."""
        return int(self._db.execute("PRAGMA data_version").fetchone()[0]), self._writes

    def _current_memory(self, count: bool = True) -> MemoryBm25 | None:
        """The matrix if it matches the database now: loaded from its file when saved for this state;
        else (counting searches) built in the background from the 2nd search on."""
        if not self._use_matrix:
            return None
        version = self._version()
        memory = self._memory
        if memory is not None and memory[0] == version:
            return memory[1]
        if self._tried_file != version:
            self._tried_file = version
            loaded = MemoryBm25.load(self.matrix_path, self.state())
            if loaded is not None:
                self._memory = (version, loaded)
                return loaded
        if count:
            self._searches = {version: self._searches.get(version, 0) + 1}
            if self._searches[version] >= 2 and version != self._unavailable:
                self._start_build(version)
        return None

    @property
    def in_memory(self) -> bool:
        """True when searches are served by the in-memory matrix (built, and current)."""
        memory = self._memory
        return memory is not None and memory[0] == self._version()

    def load_saved_matrix(self) -> bool:
        """Load the matrix saved for the index as it is now, if any (never builds); True when searches use it."""
        return self._current_memory(count=False) is not None

    def warm_up(self) -> bool:
        """Load or build the in-memory matrix now (blocking); True when searches will use it."""
        if self._current_memory(count=False) is None and self._use_matrix:
            self._build(self._version())
        return self.in_memory

    def _start_build(self, version: tuple[int, int]) -> None:
        with self._build_lock:
            if self._closing.is_set() or (self._builder is not None and self._builder.is_alive()):
                return
            self._builder = threading.Thread(target=self._build, args=(version,), name="tandem-bm25", daemon=True)
            self._builder.start()

    def _build(self, version: tuple[int, int]) -> None:
        try:
            db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
            try:
                db.execute("BEGIN")  # one snapshot: the matrix and the state it is saved for agree
                state = read_state(db)
                memory = MemoryBm25.build(db, self._closing)
                db.execute("COMMIT")
            finally:
                db.close()
            if memory is not None:
                memory.save(self.matrix_path, state)
        except Exception as exc:  # the FTS5 path keeps working
            log.warning("in-memory BM25 build failed: %s", exc)
            return
        if memory is not None:
            self._memory = (version, memory)
        elif not self._closing.is_set():
            self._unavailable = version
