"""The in-memory BM25 matrix: every chunk's term counts, term-major, scored with numpy like FTS5's ``bm25()``.

An FTS5 ``OR`` query over a question's 20–48 tokens scores every row holding any
of them (most of the table), which costs ~30 ms at 10k chunks and ~10× that at
100k.  The catalogue stores each chunk's term counts (``chunk_terms``); this
matrix holds them all, term-major, and scores a query with the same formula,
constants and tokens as FTS5, with the same results, in a few milliseconds.

Building it from SQLite takes 0.5 s at 10k chunks and 2.5 s at 100k, so it is
also saved beside the index (an uncompressed ``.npz`` named by the catalogue's
state, see ``Catalogue.state``): a fresh process loads it in milliseconds, and a
matrix saved for any other state of the index is never used.
"""

from __future__ import annotations

import math
import os
import re
import sqlite3
import threading
from collections import Counter
from collections.abc import Callable, Hashable
from pathlib import Path

import numpy as np

BM25_K1, BM25_B = 1.2, 0.75  # the constants of FTS5's bm25()
_FTS_PIECE = re.compile(r"[^\W_]+")  # a token as FTS5's unicode61 tokenizer sees it: runs of letters/digits
_ARRAYS = ("rowids", "lengths", "indptr", "indices", "counts")


def _length_norm(lengths: np.ndarray) -> np.ndarray:
    """BM25's length normalisation of each text, ``k1 * (1 - b + b * |d| / avgdl)``, the mean length at least 1."""
    mean = max(float(lengths.mean()), 1.0) if lengths.size else 1.0
    return BM25_K1 * ((1 - BM25_B) + BM25_B * lengths / mean)


def _positive_idf(n: int, df: int) -> float:
    """An IDF that stays positive, for terms in more than half the texts too (FTS5's is floored at 1e-6 instead)."""
    return math.log(1.0 + (n - df + 0.5) / (df + 0.5))


def fts_pieces(token: str) -> list[str]:
    """What FTS5's unicode61 tokenizer makes of one of our tokens: itself, except e.g. ``3.5`` → 3, 5."""
    return [token] if token.isalnum() else _FTS_PIECE.findall(token.lower())


def term_counts(tokens: list[str]) -> Counter[str]:
    """A chunk's term counts as FTS5 counts its tokens (the in-memory matrix must score alike)."""
    counts = Counter(tokens)
    if not all(token.isalnum() for token in counts):
        counts = Counter(piece for token in tokens for piece in fts_pieces(token))
    return counts


class MemoryBm25:
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
        self.lengths = lengths
        self.n = len(rowids)
        avgdl = float(lengths.sum()) / float(self.n)
        self.norm = BM25_K1 * ((1 - BM25_B) + (BM25_B * lengths) / avgdl)
        self.indptr, self.indices, self.counts = indptr, indices, counts
        self.n_terms = len(indptr) - 1
        self._masks: dict[Hashable, np.ndarray] = {}

    @classmethod
    def build(cls, db: sqlite3.Connection, cancel: threading.Event) -> MemoryBm25 | None:
        """Read ``chunk_terms`` (call it inside a read transaction: one snapshot); ``None`` when it does not
        cover every chunk (an index written before ``chunk_terms`` existed)."""
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
        term_ids = np.frombuffer(terms, dtype=np.uint32).astype(np.int32)
        tf = np.frombuffer(counts, dtype=np.uint32)
        del terms, counts
        tf = tf.astype(np.uint16) if tf.size and int(tf.max()) < 2**16 else tf.copy()
        row_ptr = np.zeros(n + 1, np.int64)
        np.cumsum(sizes, out=row_ptr[1:])
        n_terms = int(term_ids.max()) + 1 if term_ids.size else 0
        indptr, indices, data = to_term_major(row_ptr, term_ids, tf, n, n_terms)
        return cls(rowids, lengths, indptr, indices, data)

    def save(self, path: Path, state: str) -> None:
        """Write the matrix for the index state ``state`` (atomically: readers see the old file or the new)."""
        partial = path.with_name(f"{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
        with partial.open("wb") as out:
            np.savez(out, state=np.array(state), **{name: getattr(self, name) for name in _ARRAYS})
        os.replace(partial, path)

    @classmethod
    def load(cls, path: Path, state: str) -> MemoryBm25 | None:
        """The matrix saved for ``state``; ``None`` when there is none, or it was saved for another state."""
        try:
            with np.load(path, allow_pickle=False) as saved:
                if str(saved["state"]) != state:
                    return None
                return cls(*(saved[name] for name in _ARRAYS))
        except (OSError, ValueError, KeyError):
            return None

    def document_frequency(self, term_id: int) -> int:
        return int(self.indptr[term_id + 1] - self.indptr[term_id]) if 0 <= term_id < self.n_terms else 0

    def search(
        self,
        term_ids: list[int | None],
        limit: int,
        allowed: Callable[[], np.ndarray] | None = None,
        key: Hashable = None,
    ) -> list[tuple[int, float]]:
        """``(rowid, score)`` best first for the query terms' ids (``None``: a term no chunk holds), in query order.

        ``allowed`` gives the rowids the filters admit; its mask is kept under ``key``.
        """
        scores = np.zeros(self.n)
        for term_id in term_ids:
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
        if allowed is not None:
            matched &= self._mask(allowed, key)
        candidates = np.flatnonzero(matched)
        if candidates.size > limit:
            kth = np.partition(scores[candidates], candidates.size - limit)[candidates.size - limit]
            candidates = candidates[scores[candidates] >= kth]
        order = np.lexsort((self.rowids[candidates], -scores[candidates]))[:limit]
        best = candidates[order]
        return [(int(self.rowids[i]), float(scores[i])) for i in best]

    def _mask(self, allowed: Callable[[], np.ndarray], key: Hashable) -> np.ndarray:
        mask = self._masks.get(key)
        if mask is None:
            rowids = allowed()
            positions = np.searchsorted(self.rowids, rowids)
            positions = positions[(positions < self.n) & (self.rowids[np.minimum(positions, self.n - 1)] == rowids)]
            mask = np.zeros(self.n, bool)
            mask[positions] = True
            if len(self._masks) >= self.MAX_FILTER_MASKS:
                self._masks.clear()
            self._masks[key] = mask
        return mask


class DocumentBm25:
    """Every document's term counts (its chunks' summed), term-major: BM25 over whole documents.

    Which document answers a question is a question about documents as wholes: a long everyday story
    ("送件到5楼，门缝里一股子臭鸡蛋味……") shares a word or two with passages of many modules, and several
    with the one module that covers its situation.  Scored like ``MemoryBm25``, with an IDF that stays
    positive (at the document level most words of a question are in more than half the documents).
    """

    def __init__(
        self,
        sources: list[str],
        chunk_rowids: np.ndarray,
        document_of_chunk: np.ndarray,
        lengths: np.ndarray,
        indptr: np.ndarray,
        indices: np.ndarray,
        counts: np.ndarray,
    ) -> None:
        self.sources = sources
        self.chunk_rowids = chunk_rowids  # sorted
        self.document_of_chunk = document_of_chunk
        self.n = len(sources)
        self.norm = _length_norm(lengths)
        self.indptr, self.indices, self.counts = indptr, indices, counts

    @classmethod
    def build(cls, db: sqlite3.Connection) -> DocumentBm25 | None:
        """Read ``chunk_terms`` with each chunk's document (one SELECT: one snapshot); ``None`` for an empty index."""
        rows = db.execute(
            "SELECT c.rowid, c.source, t.length, t.terms, t.counts FROM chunks c JOIN chunk_terms t ON t.rowid = c.rowid "
            "ORDER BY c.rowid"
        ).fetchall()
        if not rows:
            return None
        number: dict[str, int] = {}
        chunk_rowids = np.fromiter((r[0] for r in rows), np.int64, len(rows))
        document_of_chunk = np.fromiter((number.setdefault(r[1], len(number)) for r in rows), np.int64, len(rows))
        n = len(number)
        lengths = np.bincount(document_of_chunk, weights=[float(r[2]) for r in rows], minlength=n)
        sizes = np.fromiter((len(r[3]) // 4 for r in rows), np.int64, len(rows))
        terms = np.frombuffer(b"".join(r[3] for r in rows), dtype=np.uint32).astype(np.int64)
        tf = np.frombuffer(b"".join(r[4] for r in rows), dtype=np.uint32).astype(np.float64)
        keys, where = np.unique(terms * n + np.repeat(document_of_chunk, sizes), return_inverse=True)
        summed = np.bincount(where, weights=tf)
        term, document = keys // n, keys % n
        n_terms = int(term.max()) + 1 if term.size else 0
        indptr = np.zeros(n_terms + 1, np.int64)
        np.cumsum(np.bincount(term, minlength=n_terms), out=indptr[1:])
        return cls(list(number), chunk_rowids, document_of_chunk, lengths, indptr, document, summed)

    def scores(self, term_ids: list[int | None], allowed_rowids: np.ndarray | None = None) -> dict[str, float]:
        """``{source: score}`` of the documents holding any of the terms (of those holding an allowed chunk)."""
        scores = np.zeros(self.n)
        for term_id in dict.fromkeys(term_ids):
            if term_id is None or term_id >= len(self.indptr) - 1:
                continue
            start, end = int(self.indptr[term_id]), int(self.indptr[term_id + 1])
            if start == end:
                continue
            idf = _positive_idf(self.n, end - start)
            documents, tf = self.indices[start:end], self.counts[start:end]
            scores[documents] += idf * ((tf * (BM25_K1 + 1.0)) / (tf + self.norm[documents]))
        if allowed_rowids is not None:
            positions = np.searchsorted(self.chunk_rowids, allowed_rowids)
            inside = positions < len(self.chunk_rowids)
            positions = positions[inside][self.chunk_rowids[positions[inside]] == allowed_rowids[inside]]
            mask = np.zeros(self.n, bool)
            mask[self.document_of_chunk[positions]] = True
            scores[~mask] = 0.0
        return {self.sources[i]: float(scores[i]) for i in np.flatnonzero(scores > 0.0)}


def to_term_major(
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


class TextBm25:
    """BM25 over a few thousand short texts held in memory (labelled questions), scored like ``DocumentBm25``: an IDF
    that stays positive, each query term counted once."""

    def __init__(self, texts: list[list[str]]) -> None:
        self.n = len(texts)
        lengths = np.fromiter((len(tokens) for tokens in texts), np.float64, self.n)
        norm = _length_norm(lengths)
        postings: dict[str, tuple[list[int], list[float]]] = {}
        for i, tokens in enumerate(texts):
            for term, tf in Counter(tokens).items():
                rows, weights = postings.setdefault(term, ([], []))
                rows.append(i)
                weights.append(tf * (BM25_K1 + 1.0) / (tf + norm[i]))
        self._postings = {
            term: (np.asarray(rows, np.int64), _positive_idf(self.n, len(rows)) * np.asarray(weights))
            for term, (rows, weights) in postings.items()
        }

    def scores(self, tokens: list[str]) -> np.ndarray:
        """Each text's score for a query of ``tokens`` (0 for a text holding none of them)."""
        scores = np.zeros(self.n)
        for term in dict.fromkeys(tokens):
            if (posting := self._postings.get(term)) is not None:
                scores[posting[0]] += posting[1]
        return scores
