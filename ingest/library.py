"""The library's read side: list, filter and search indexed documents; check the index's health.

Everything here reads the lexical catalogue (the commit record) and, for the
health check, compares it with the Chroma collection; nothing writes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from ingest.indexer import pipeline_of
from tandem.core.index import KnowledgeIndex
from tandem.core.lexical import ChunkRecord, DocumentRecord
from tandem.text.loaders import SUPPORTED_SUFFIXES
from tandem.text.normalize import normalize_inline

KIND_LABELS = {"skill": "技能模块", "case": "试点案例", "other": "其他资料"}
UPLOADS_PREFIX = "uploads/"


@dataclass(frozen=True)
class DocumentRow:
    """One document as the library lists it."""

    source: str
    title: str
    kind: str
    chunks: int
    chars: int
    indexed_at: datetime
    uploaded: bool
    matched: str = ""  # "标题" | "正文" when a search found it

    @property
    def kind_label(self) -> str:
        return KIND_LABELS.get(self.kind, self.kind)


def is_uploaded(source: str) -> bool:
    return source.startswith(UPLOADS_PREFIX)


def list_documents(
    index: KnowledgeIndex, *, kind: str | None = None, query: str = "", uploaded_only: bool = False
) -> list[DocumentRow]:
    """Documents of ``kind`` (all when ``None``), optionally only uploads, matching ``query``.

    Every space-separated term of ``query`` must appear (case-insensitive) in
    the title or file name — listed first — or else in the text; text matches
    are ordered by how often the terms occur.
    """
    documents = [
        d
        for d in index.lexical.documents()
        if (kind is None or d.kind == kind) and (not uploaded_only or is_uploaded(d.source))
    ]
    terms = [t.casefold() for t in normalize_inline(query).split() if t]
    if not terms:
        return [_row(d) for d in documents]
    by_title = [d for d in documents if all(t in f"{d.title}\n{d.source}".casefold() for t in terms)]
    titled = {d.source for d in by_title}
    by_text: list[tuple[int, DocumentRecord]] = []
    for document in documents:
        if document.source in titled:
            continue
        text = "\n".join(c.index_text() for c in index.lexical.chunks_of(document.source)).casefold()
        if all(t in text for t in terms):
            by_text.append((sum(text.count(t) for t in terms), document))
    by_text.sort(key=lambda pair: -pair[0])
    return [_row(d, "标题") for d in by_title] + [_row(d, "正文") for _, d in by_text]


def document_chunks(index: KnowledgeIndex, source: str) -> list[ChunkRecord]:
    """The committed chunks of one document, in reading order (what search can return)."""
    return index.lexical.chunks_of(source)


def _row(document: DocumentRecord, matched: str = "") -> DocumentRow:
    return DocumentRow(
        source=document.source,
        title=document.title,
        kind=document.kind,
        chunks=document.n_chunks,
        chars=document.chars,
        indexed_at=datetime.fromtimestamp(document.indexed_at),
        uploaded=is_uploaded(document.source),
        matched=matched,
    )


# ---- health ----------------------------------------------------------------------------------------


@dataclass
class Health:
    """The index at a glance, and anything inconsistent in it."""

    model: str
    dimension: int
    documents: int
    lexical_chunks: int
    chroma_chunks: int
    catalogue_chunks: int  # sum of the documents' n_chunks
    size_bytes: int | None  # None when Chroma runs as a server
    orphans: int = 0  # in Chroma, owned by no committed document (never searchable; swept on the next run)
    missing: list[str] = field(default_factory=list)  # committed chunks absent from Chroma
    bad_documents: list[str] = field(default_factory=list)  # n_chunks differs from the chunks stored
    pending_uploads: list[str] = field(default_factory=list)  # files in uploads/ not in the index
    missing_files: list[str] = field(default_factory=list)  # uploaded documents whose file is gone
    outdated: list[str] = field(default_factory=list)  # read by an earlier version of the ingest pipeline

    @property
    def ok(self) -> bool:
        return not self.problems()

    def problems(self) -> list[str]:
        """What is wrong, in Chinese, each with what to do about it."""
        out = []
        if self.missing:
            out.append(
                f"向量库缺少 {len(self.missing)} 个已入库段落（语义检索找不到它们），请点“重新索引全部”或运行 "
                "`python -m ingest --rebuild`"
            )
        if self.bad_documents:
            out.append(f"{len(self.bad_documents)} 个文档的段落数与目录记录不符：{'、'.join(self.bad_documents[:5])}")
        if self.orphans:
            out.append(f"向量库中有 {self.orphans} 个不属于任何文档的段落（不会被检索到），重新索引时会自动清理")
        if self.pending_uploads:
            out.append(
                f"{len(self.pending_uploads)} 个上传文件尚未建立索引：{'、'.join(self.pending_uploads[:5])}，"
                "请点“重新索引全部”"
            )
        if self.missing_files:
            out.append(
                f"{len(self.missing_files)} 个上传文档的原文件已不存在：{'、'.join(self.missing_files[:5])}，"
                "重新索引时会移除"
            )
        if self.outdated:
            out.append(
                f"{len(self.outdated)} 个文档是按旧版读取规则建立的索引：{'、'.join(self.outdated[:5])}，"
                "点“重新索引全部”即按新版重读（表格、标题、会议记录等读得更准）"
            )
        return out


def check_health(index: KnowledgeIndex) -> Health:
    """Compare the catalogue, the lexical chunks and the Chroma collection."""
    lexical, store, settings = index.lexical, index.store, index.settings
    documents = lexical.documents()
    committed = lexical.chunk_ids_all()
    stored = set(store.collection.get(include=[])["ids"])
    bad = [d.source for d in documents if len(lexical.chunk_ids(d.source)) != d.n_chunks]
    indexed_sources = {d.source for d in documents}
    pending, missing_files = [], []
    uploads = settings.uploads_dir
    if uploads.exists():
        for path in sorted(uploads.rglob("*")):
            if path.is_file() and path.suffix.lower() in SUPPORTED_SUFFIXES and not _hidden(path, uploads):
                source = path.resolve().relative_to(settings.data_dir.resolve()).as_posix()
                if source not in indexed_sources:
                    pending.append(source)
    for document in documents:
        if is_uploaded(document.source) and not (settings.data_dir / document.source).exists():
            missing_files.append(document.source)
    pipeline = pipeline_of(settings)
    outdated = [d.source for d in documents if d.metadata.get("pipeline") != pipeline]
    return Health(
        model=store.model_name,
        dimension=store.dimension,
        documents=len(documents),
        lexical_chunks=len(committed),
        chroma_chunks=len(stored),
        catalogue_chunks=sum(d.n_chunks for d in documents),
        size_bytes=None if settings.chroma_host else _size(settings.chroma_dir) + _sqlite_size(settings.lexical_path),
        orphans=len(stored - committed),
        missing=sorted(committed - stored),
        bad_documents=bad,
        pending_uploads=pending,
        missing_files=missing_files,
        outdated=outdated,
    )


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def _size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) if folder.exists() else 0


def _sqlite_size(path: Path) -> int:
    return sum(p.stat().st_size for p in (path, path.with_name(path.name + "-wal")) if p.exists())


def format_size(size: int | None) -> str:
    if size is None:
        return "（Chroma 服务器，未知）"
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024  # type: ignore[assignment]
    return f"{size} B"
