"""The write path: files → load → normalise → chunk → embed → Chroma + lexical commit.

Chunk ids are derived from content, so re-ingesting an unchanged file costs
nothing and a changed file replaces exactly the chunks that changed.  Writes go
in this order — Chroma upsert, lexical commit (the point a document becomes
searchable), Chroma delete of old chunks — so a crash at any point leaves every
document either at its old or its new version; the next run sweeps orphans.
A file lock keeps two writers apart.

Batches are pipelined: while one batch's chunks are embedded in a background
thread, the main thread tokenizes them for the lexical index, writes the batch
before it, and loads and chunks the files of the next.  Each batch is still
written in the order above, and batches are written in file order.
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from tandem.core.index import KnowledgeIndex
from tandem.core.lexical import ChunkRecord, DocumentRecord
from tandem.core.locking import writer_lock
from tandem.core.settings import REPO_ROOT, Settings
from tandem.core.tokens import tokenize
from tandem.text.chunking import chunk_text, plain_sentences
from tandem.text.knowledge_format import strip_inline_markdown
from tandem.text.loaders import SUPPORTED_SUFFIXES, LoadError, load_file
from tandem.text.normalize import normalize_text

EMBED_BATCH = 256
Progress = Callable[[int, int, str], None]
log = logging.getLogger(__name__)


@dataclass
class FileResult:
    """What happened to one file."""

    source: str
    status: str  # added | updated | unchanged | removed | failed
    added: int = 0
    updated: int = 0
    removed: int = 0
    unchanged: int = 0
    error: str = ""


@dataclass
class IngestSummary:
    """Totals of one ingest run."""

    results: list[FileResult] = field(default_factory=list)
    seconds: float = 0.0

    def total(self, attr: str) -> int:
        return sum(getattr(r, attr) for r in self.results)

    @property
    def failures(self) -> list[FileResult]:
        return [r for r in self.results if r.status == "failed"]

    @property
    def files(self) -> int:
        return sum(1 for r in self.results if r.status != "removed")

    def line(self) -> str:
        return (
            f"文件 {self.files} 个：新增 {self.total('added')} 段，更新 {self.total('updated')} 段，"
            f"删除 {self.total('removed')} 段，未变 {self.total('unchanged')} 段，"
            f"失败 {len(self.failures)} 个，用时 {self.seconds:.1f} 秒"
        )

    def as_dict(self) -> dict[str, Any]:
        return {
            "files": self.files,
            "added": self.total("added"),
            "updated": self.total("updated"),
            "removed": self.total("removed"),
            "unchanged": self.total("unchanged"),
            "failed": [{"source": r.source, "error": r.error} for r in self.failures],
            "seconds": round(self.seconds, 2),
        }


@dataclass
class _Prepared:
    path: Path
    document: DocumentRecord
    chunks: list[ChunkRecord]
    new_ids: list[str]
    stale_ids: list[str]
    retagged: list[ChunkRecord]
    result: FileResult


@dataclass
class _InFlight:
    """A batch whose new chunks (and their new sentences) are being embedded in the background."""

    batch: list[_Prepared]
    fresh: list[ChunkRecord]
    vectors: Future[tuple[list[list[float]], list[list[float]]]] | None
    tokens: dict[str, list[str]]
    sentences: dict[str, list[str]]  # chunk id → its sentences, for the chunks that have no stored vectors
    known: dict[str, np.ndarray]  # vectors of those sentences stored already (with another chunk)
    unknown: list[str]  # the sentences being embedded


def discover(paths: Iterable[Path]) -> tuple[list[Path], list[Path]]:
    """``(files, roots)``: supported files under ``paths``, and the directories scanned."""
    files: list[Path] = []
    roots: list[Path] = []
    for path in paths:
        if path.is_dir():
            roots.append(path.resolve())
            files.extend(
                p
                for p in sorted(path.rglob("*"))
                if p.is_file()
                and p.suffix.lower() in SUPPORTED_SUFFIXES
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
        else:
            files.append(path)
    return files, roots


class Indexer:
    """Indexes files into a ``KnowledgeIndex``."""

    def __init__(self, index: KnowledgeIndex) -> None:
        self.index = index
        self.settings = index.settings

    # ---- identities -------------------------------------------------------------
    def source_id(self, path: Path) -> str:
        """Stable name of a file in the index: relative to the data dir, the repo, or absolute."""
        resolved = path.resolve()
        for base in (self.settings.data_dir.resolve(), REPO_ROOT):
            if resolved.is_relative_to(base):
                return resolved.relative_to(base).as_posix()
        return resolved.as_posix()

    def resolve_source(self, source: str) -> Path:
        """The file a source id names (inverse of ``source_id``)."""
        path = Path(source)
        if path.is_absolute():
            return path
        in_data = self.settings.data_dir / path
        return in_data if in_data.exists() else REPO_ROOT / path

    def default_paths(self) -> list[Path]:
        paths = [self.settings.knowledge_dir]
        if self.settings.uploads_dir.exists():
            paths.append(self.settings.uploads_dir)
        return paths

    # ---- the run ----------------------------------------------------------------
    def run(
        self, paths: Sequence[Path] | None = None, *, progress: Progress | None = None, lock_timeout: float = 0
    ) -> IngestSummary:
        """Index ``paths`` (default: bundled knowledge + uploads) under the writer lock."""
        with writer_lock(self.settings, lock_timeout):
            return self._run(list(paths) if paths else self.default_paths(), progress)

    def _run(self, paths: list[Path], progress: Progress | None) -> IngestSummary:
        started = time.perf_counter()
        summary = IngestSummary()
        files, roots = discover(paths)
        self.index.lexical.backfill_terms()  # indexes built before chunk_terms existed, once
        seen: set[str] = set()
        pending: list[_Prepared] = []
        with ThreadPoolExecutor(1, thread_name_prefix="tandem-embed") as embedder:
            in_flight: _InFlight | None = None
            for done, path in enumerate(files, 1):
                source = self.source_id(path)
                seen.add(source)
                try:
                    prepared = self._prepare(path, source)
                except LoadError as exc:
                    summary.results.append(FileResult(source, "failed", error=str(exc)))
                else:
                    if prepared is None:
                        record = self.index.lexical.document(source)
                        summary.results.append(
                            FileResult(source, "unchanged", unchanged=record.n_chunks if record else 0)
                        )
                    else:
                        pending.append(prepared)
                        if sum(len(p.new_ids) for p in pending) >= EMBED_BATCH:
                            in_flight = self._advance(embedder, in_flight, pending, summary)
                            pending = []
                if progress:
                    progress(done, len(files), source)
            in_flight = self._advance(embedder, in_flight, pending, summary)
            self._advance(embedder, in_flight, [], summary)
        summary.results.extend(self._prune(roots, seen))
        self._sweep_orphans()
        self.index.lexical.warm_up()  # builds and saves the BM25 matrix: the next process loads it
        summary.seconds = time.perf_counter() - started
        log.info("ingest: %s", summary.line())
        for failure in summary.failures:
            log.warning("ingest failed: %s: %s", failure.source, failure.error)
        return summary

    def _prepare(self, path: Path, source: str) -> _Prepared | None:
        """Load and chunk one file; ``None`` when it is already indexed as it is."""
        data_hash = _sha256(path)
        previous = self.index.lexical.document(source)
        if (
            previous
            and previous.sha256 == data_hash
            and previous.metadata.get("pipeline") == pipeline_of(self.settings)
        ):
            return None
        loaded = load_file(path)
        text = normalize_text(loaded.text, join_lines=loaded.wrapped)
        if path.suffix.lower() in (".md", ".markdown"):
            text = strip_inline_markdown(text)
        chunks = chunk_text(text, self.settings.chunk_size, self.settings.chunk_overlap)
        if not chunks:
            raise LoadError("文件中没有可索引的文字")
        meta = loaded.metadata
        title = normalize_text(str(loaded.title or ""), join_lines=False) or path.stem
        kind = str(meta.get("kind") or self._kind_of(path))
        records = _records(source, title, kind, meta, chunks)
        old_ids = self.index.lexical.chunk_ids(source)
        old_chunks = self.index.lexical.chunks_by_id(old_ids & {r.id for r in records})
        new_ids = [r.id for r in records if r.id not in old_ids]
        retagged = [r for r in records if r.id in old_chunks and old_chunks[r.id].ordinal != r.ordinal]
        document = DocumentRecord(
            source=source,
            title=title,
            kind=kind,
            sha256=data_hash,
            n_chunks=len(records),
            chars=len(text),
            indexed_at=time.time(),
            metadata={**_scalar_meta(meta), "pipeline": pipeline_of(self.settings), "encoding": loaded.encoding},
        )
        result = FileResult(
            source,
            "updated" if previous else "added",
            added=len(new_ids),
            updated=len(retagged),
            removed=len(old_ids - {r.id for r in records}),
            unchanged=len(records) - len(new_ids) - len(retagged),
        )
        return _Prepared(path, document, records, new_ids, sorted(old_ids - {r.id for r in records}), retagged, result)

    def _advance(
        self, embedder: ThreadPoolExecutor, in_flight: _InFlight | None, batch: list[_Prepared], summary: IngestSummary
    ) -> _InFlight | None:
        """Start embedding ``batch``, tokenize it, then write the batch already in flight."""
        started = None
        if batch:
            lexical = self.index.lexical
            fresh = [c for p in batch for new in [set(p.new_ids)] for c in p.chunks if c.id in new]
            texts = [c.index_text() for c in fresh]
            chunks = [c for p in batch for c in p.chunks]
            new_ids = {c.id for c in fresh}
            have = lexical.chunks_with_sentence_vectors(c.id for c in chunks if c.id not in new_ids)
            sentences = {c.id: plain_sentences(c.text) for c in chunks if c.id not in have}
            wanted = list(dict.fromkeys(s for found in sentences.values() for s in found))
            known = lexical.sentence_vectors(wanted)
            unknown = [s for s in wanted if s not in known]
            vectors = embedder.submit(self._embed, texts, unknown) if texts or unknown else None
            tokens = {c.id: tokenize(c.index_text()) for c in chunks}
            started = _InFlight(batch, fresh, vectors, tokens, sentences, known, unknown)
        if in_flight is not None:
            summary.results.extend(self._write(in_flight))
        return started

    def _write(self, flight: _InFlight) -> list[FileResult]:
        """Write one embedded batch (see module docstring for the order)."""
        store, lexical = self.index.store, self.index.lexical
        known = flight.known
        if flight.vectors is not None:
            vectors, sentence_vectors = flight.vectors.result()
            fresh = flight.fresh
            if fresh:
                store.upsert([c.id for c in fresh], vectors, [_chroma_meta(c) for c in fresh])
            known = {**known, **{s: np.asarray(v) for s, v in zip(flight.unknown, sentence_vectors, strict=True)}}
        retagged = [c for p in flight.batch for c in p.retagged]
        if retagged:
            store.collection.update(ids=[c.id for c in retagged], metadatas=[_chroma_meta(c) for c in retagged])
        lexical.replace_documents(  # one transaction
            [(p.document, p.chunks) for p in flight.batch],
            flight.tokens,
            {cid: {s: known[s] for s in found} for cid, found in flight.sentences.items()},
        )
        stale = [cid for p in flight.batch for cid in p.stale_ids]
        if stale:
            store.delete(stale)
        return [p.result for p in flight.batch]

    def _embed(self, texts: list[str], sentences: list[str]) -> tuple[list[list[float]], list[list[float]]]:
        """Vectors of the new chunks (for Chroma) and of their new sentences (for the answer composer)."""
        embed = self.index.embeddings.embed_documents
        return (embed(texts) if texts else []), (embed(sentences) if sentences else [])

    def _prune(self, roots: list[Path], seen: set[str]) -> list[FileResult]:
        """Drop documents whose files disappeared from a scanned directory."""
        if not roots:
            return []
        prefixes = [self.source_id(root).rstrip("/") + "/" for root in roots]
        results = []
        for document in self.index.lexical.documents():
            under_root = any(document.source.startswith(prefix) for prefix in prefixes)
            if under_root and document.source not in seen:
                results.append(self.delete(document.source))
        return results

    def delete(self, source: str) -> FileResult:
        """Remove one document from the index (lexical first: it stops being searchable)."""
        ids = self.index.lexical.chunk_ids(source) | self.index.store.ids_for_source(source)
        self.index.lexical.delete_document(source)
        self.index.store.delete(sorted(ids))
        log.info("removed %s (%d chunks)", source, len(ids))
        return FileResult(source, "removed", removed=len(ids))

    def _sweep_orphans(self) -> None:
        """Delete Chroma chunks that no committed document owns (left by a crash)."""
        stored = set(self.index.store.collection.get(include=[])["ids"])
        committed = self.index.lexical.chunk_ids_all()
        orphans = sorted(stored - committed)
        if orphans:
            self.index.store.delete(orphans)

    def _kind_of(self, path: Path) -> str:
        resolved = path.resolve()
        for kind, folder in (("skill", "skills"), ("case", "cases")):
            if resolved.is_relative_to((self.settings.knowledge_dir / folder).resolve()):
                return kind
        return "other"


# v4: sentence vectors; v5: plain text's headings, tables read by rows, radicals in PDFs unified; v6: a slide deck's
# lines kept and its figures captioned, running headers dropped, a chat's messages one per line; v7: a Word table's
# caption heads it; v8: a PDF table's header whose cells wrap, one short line each, is read; v9: a Word table's merged
# cells undone, and a header of two rows read as one; v10: a PDF table's wrapped header whose names' column has no unit
# ("单位"); v11: a labelled line ("记录人：……", a speaker's turn) is never joined to the unfinished line before it; v12:
# a plain text's news item headed by its headline when that names its place, and its numbered items ("（1）", "①") kept
# on their lines; v13: straight double quotes around Chinese read as curly ones (我们叫"五步入户法")
PIPELINE_VERSION = "v13"


def pipeline_of(settings: Settings) -> str:
    """How a file is read and chunked now: a document indexed under another reading is read again on the next run."""
    return f"{PIPELINE_VERSION}:{settings.chunk_size}:{settings.chunk_overlap}"


def _sha256(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError as exc:
        raise LoadError(f"无法读取文件：{exc.strerror or exc}") from exc


def _records(source: str, title: str, kind: str, meta: dict[str, Any], chunks: list[Any]) -> list[ChunkRecord]:
    records: list[ChunkRecord] = []
    seen: set[str] = set()
    for chunk in chunks:
        digest = hashlib.sha1(f"{source}\n{title}\n{chunk.heading}\n{chunk.text}".encode()).hexdigest()[:24]
        while digest in seen:  # the same passage twice in one file
            digest = hashlib.sha1(digest.encode()).hexdigest()[:24]
        seen.add(digest)
        records.append(
            ChunkRecord(
                id=digest,
                source=source,
                ordinal=chunk.ordinal,
                title=title,
                heading=chunk.heading,
                kind=kind,
                text=chunk.text,
                skill=str(meta.get("skill") or ""),
                region=str(meta.get("region") or ""),
                metadata=_scalar_meta(meta),
            )
        )
    return records


def _scalar_meta(meta: dict[str, Any]) -> dict[str, Any]:
    """Front matter flattened to strings/numbers (lists joined with 、)."""
    flat: dict[str, Any] = {}
    for key, value in meta.items():
        if isinstance(value, list | tuple):
            flat[key] = "、".join(str(v) for v in value)
        elif isinstance(value, bool | int | float | str):
            flat[key] = value
        elif value is not None:
            flat[key] = str(value)
    return flat


def _chroma_meta(chunk: ChunkRecord) -> dict[str, Any]:
    return {
        "source": chunk.source,
        "ordinal": chunk.ordinal,
        "title": chunk.title,
        "heading": chunk.heading,
        "kind": chunk.kind,
        "skill": chunk.skill,
        "region": chunk.region,
    }
