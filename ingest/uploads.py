"""Uploads into the knowledge base: check, store safely, index — or reject without a trace.

A file is checked by its *content* before anything touches the disk (size limit,
supported type, the bytes really are what the extension claims, there is text to
index), then written under ``settings.uploads_dir`` with a safe, readable name
(no path parts, NFKC-normalised, never hidden, never overwriting another
upload), then indexed with ``Indexer.run``.  An upload identical to a document
already in the index — same SHA-256, or the same passages (a re-saved Word
file) — is reported, not stored twice.  If indexing
fails or another writer holds the lock, the files stored by this call are
removed again, so the uploads folder only holds indexed documents.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import unicodedata
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ingest.indexer import FileResult, Indexer, IngestSummary
from tandem.core.index import KnowledgeIndex
from tandem.core.lexical import DocumentRecord
from tandem.core.locking import writer_lock
from tandem.errors import TandemError
from tandem.text.chunking import chunk_text
from tandem.text.knowledge_format import strip_inline_markdown
from tandem.text.loaders import SUPPORTED_SUFFIXES, LoadError, load_bytes
from tandem.text.normalize import normalize_text

UPLOAD_SUFFIXES = (".md", ".txt", ".pdf", ".docx", ".html", ".htm")
MIN_LETTERS_PER_PDF_PAGE = 10  # fewer letters (Chinese or Latin) per page: a scan with stray page numbers
MAX_NAME_BYTES = 180  # stem length in UTF-8 bytes; most file systems allow 255 per name
log = logging.getLogger(__name__)
Report = Callable[[float, str], None]

_UNSAFE = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]')
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)), *(f"lpt{i}" for i in range(1, 10))}
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "图片（PNG）"),
    (b"\xff\xd8\xff", "图片（JPEG）"),
    (b"GIF87a", "图片（GIF）"),
    (b"GIF89a", "图片（GIF）"),
    (b"BM", "图片（BMP）"),
    (b"II*\x00", "图片（TIFF）"),
    (b"MM\x00*", "图片（TIFF）"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "旧版 Office 文件（.doc/.xls）"),
    (b"Rar!", "RAR 压缩包"),
    (b"7z\xbc\xaf'\x1c", "7z 压缩包"),
    (b"\x1f\x8b", "gzip 压缩包"),
    (b"MZ", "Windows 程序"),
    (b"\x7fELF", "程序文件"),
)


class DocumentRejected(TandemError):
    """An upload refused before it was stored; the message says why, in Chinese."""


class UploadError(TandemError):
    """A library change that cannot be made (unknown or bundled document…); message in Chinese."""


@dataclass
class UploadResult:
    """What happened to one uploaded file."""

    name: str  # as the user named it
    status: str  # added | updated | duplicate | rejected | failed
    message: str
    source: str = ""  # the document's source id in the index
    chunks: int = 0

    @property
    def ok(self) -> bool:
        return self.status in ("added", "updated", "duplicate")


@dataclass
class UploadReport:
    results: list[UploadResult] = field(default_factory=list)

    @property
    def stored(self) -> list[UploadResult]:
        return [r for r in self.results if r.status in ("added", "updated")]

    @property
    def problems(self) -> list[UploadResult]:
        return [r for r in self.results if not r.ok]

    def line(self) -> str:
        counts = {s: sum(1 for r in self.results if r.status == s) for s in ("duplicate", "rejected", "failed")}
        return (
            f"共 {len(self.results)} 个文件：入库 {len(self.stored)} 个，已存在 {counts['duplicate']} 个，"
            f"未通过检查 {counts['rejected']} 个，索引失败 {counts['failed']} 个"
        )


# ---- names -----------------------------------------------------------------------------------


def safe_filename(name: str) -> str:
    """A readable file name with no directory parts, control or reserved characters.

    ``"../../etc/passwd.txt"`` → ``"passwd.txt"``; ``"ｃｏｕｒｓｅ笔记.TXT"`` →
    ``"course笔记.txt"``; Chinese is kept as it is.
    """
    name = unicodedata.normalize("NFKC", name or "")
    name = re.split(r"[/\\]", name)[-1]
    name = "".join(ch for ch in name if unicodedata.category(ch) not in ("Cc", "Cf", "Cs", "Co"))
    name = _UNSAFE.sub("_", name)
    name = re.sub(r"\s+", " ", name).strip(" .")
    stem, dot, suffix = name.rpartition(".")
    if not dot or not stem:
        stem, suffix = name, ""
    suffix = suffix.lower()[:10]
    stem = stem.strip(" .") or "未命名"
    if stem.lower() in _RESERVED:
        stem = f"_{stem}"
    while len(stem.encode("utf-8")) > MAX_NAME_BYTES:
        stem = stem[:-1]
    return f"{stem}.{suffix}" if suffix else stem


# ---- checks ----------------------------------------------------------------------------------


def check_document(
    name: str, data: bytes, max_bytes: int, *, chunk_size: int = 320, chunk_overlap: int = 80
) -> tuple[tuple[str, str], ...]:
    """Raise ``DocumentRejected`` unless ``data`` is a readable document of the type ``name`` claims.

    Returns the document's passages as the indexer will cut them (``(heading,
    text)`` pairs), so a re-saved copy of an indexed document can be recognised.
    """
    suffix = Path(safe_filename(name)).suffix.lower()
    if suffix not in UPLOAD_SUFFIXES:
        raise DocumentRejected(f"不支持的文件类型“{suffix or '无扩展名'}”，请上传 {' / '.join(UPLOAD_SUFFIXES)} 文件")
    if len(data) > max_bytes:
        raise DocumentRejected(f"文件太大（{len(data) / 1024 / 1024:.1f} MB），上限是 {max_bytes / 1024 / 1024:.0f} MB")
    if not data.strip():
        raise DocumentRejected("文件为空")
    actual = sniff(data)
    if actual:
        hint = (
            "图片或扫描件需要先做文字识别（OCR），再以文字文档上传" if actual.startswith("图片") else "请上传文字文档"
        )
        raise DocumentRejected(f"文件内容其实是{actual}，不是 {suffix} 文档；{hint}")
    try:
        loaded = load_bytes(data, suffix)
    except LoadError as exc:
        raise DocumentRejected(str(exc)) from exc
    text = normalize_text(loaded.text, join_lines=loaded.wrapped)
    pages = int(loaded.metadata.get("pages") or 0) if suffix == ".pdf" else 0
    if pages and sum(ch.isalpha() for ch in text) < MIN_LETTERS_PER_PDF_PAGE * pages:
        raise DocumentRejected(
            f"PDF 中几乎没有可提取的文字（{pages} 页里只有零星字符，可能是扫描件或图片），请先做文字识别（OCR）再上传"
        )
    if suffix == ".md":
        text = strip_inline_markdown(text)
    chunks = chunk_text(text, chunk_size, chunk_overlap)
    if not chunks:
        raise DocumentRejected("文件中没有可索引的文字")
    return tuple((c.heading, c.text) for c in chunks)


def sniff(data: bytes) -> str:
    """A Chinese name of the file type ``data`` really is, when it is one we never index; else ``""``.

    Only binary data (a NUL byte near the start) is sniffed, so a text that
    happens to begin with "BM" or "MZ" is never mistaken for an image or program.
    """
    if b"\x00" not in data[:4096]:
        return ""
    head = data[:16]
    if head[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "图片（WebP）"
    if data[4:12] in (b"ftypheic", b"ftypheix", b"ftypmif1"):
        return "图片（HEIC）"
    for magic, label in _MAGIC:
        if head.startswith(magic):
            return label
    return ""


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# ---- the three library changes -----------------------------------------------------------------


def upload_files(
    index: KnowledgeIndex,
    files: Sequence[tuple[str, bytes]],
    *,
    progress: Report | None = None,
    lock_timeout: float = 0,
) -> UploadReport:
    """Check, store and index ``files`` (``(name, data)`` pairs); one result per file, in order.

    Raises ``IngestBusyError`` (and stores nothing) when another writer holds the lock.
    """
    settings = index.settings
    settings.ensure_dirs()
    max_bytes = settings.max_upload_mb * 1024 * 1024
    documents = index.lexical.documents()
    known = {d.sha256: d for d in documents}
    on_disk = _unindexed_uploads_by_hash(Indexer(index), {d.source for d in documents})
    results: list[UploadResult | None] = [None] * len(files)
    to_index: dict[int, Path] = {}
    created: set[Path] = set()
    batch: dict[str, int] = {}  # sha256 or passages → first file of this call with them
    total = max(len(files), 1)
    for i, (name, data) in enumerate(files):
        if progress:
            progress(0.3 * i / total, f"正在检查 {i + 1}/{len(files)}：{name}")
        digest = sha256_of(data)
        try:
            passages = check_document(
                name, data, max_bytes, chunk_size=settings.chunk_size, chunk_overlap=settings.chunk_overlap
            )
        except DocumentRejected as exc:
            results[i] = UploadResult(name, "rejected", str(exc))
            continue
        doc = known.get(digest) or _same_passages(index, documents, passages)
        if doc is not None:
            how = "内容" if digest in known else "正文（文件本身不同，可能是重新保存的副本）"
            results[i] = UploadResult(
                name,
                "duplicate",
                f"{how}与已入库的《{doc.title}》（{doc.source}）完全相同，没有重复保存",
                doc.source,
                doc.n_chunks,
            )
            continue
        twin = batch.get(digest, batch.get(repr(passages)))
        if twin is not None:
            results[i] = UploadResult(name, "duplicate", f"与本次上传的“{files[twin][0]}”内容完全相同，没有重复保存")
            continue
        if digest in on_disk:  # stored earlier but never indexed (e.g. a crash): index that copy
            to_index[i] = on_disk[digest]
        else:
            try:
                to_index[i] = _store(settings.uploads_dir, safe_filename(name), data)
            except (OSError, DocumentRejected) as exc:
                detail = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
                results[i] = UploadResult(name, "failed", f"无法保存文件：{detail}")
                continue
            created.add(to_index[i])
        batch[digest] = batch[repr(passages)] = i
    if to_index:
        _index_stored(index, files, to_index, created, results, progress, lock_timeout)
    if progress:
        progress(1.0, "完成")
    report = UploadReport([r for r in results if r is not None])
    for result in report.results:
        log.info("upload %s: %s (%s)", result.name, result.status, result.message)
    return report


def _index_stored(
    index: KnowledgeIndex,
    files: Sequence[tuple[str, bytes]],
    to_index: dict[int, Path],
    created: set[Path],
    results: list[UploadResult | None],
    progress: Report | None,
    lock_timeout: float,
) -> None:
    indexer = Indexer(index)

    def report(done: int, total: int, source: str) -> None:
        if progress:
            progress(0.3 + 0.7 * done / max(total, 1), f"正在建立索引 {done}/{total}：{source}")

    try:
        summary = indexer.run(list(to_index.values()), progress=report, lock_timeout=lock_timeout)
    except BaseException:  # busy lock, or a crash mid-run: keep only what was committed
        for path in created:
            if index.lexical.document(indexer.source_id(path)) is None:
                path.unlink(missing_ok=True)
        raise
    by_source = _by_source(summary)
    for i, path in to_index.items():
        name = files[i][0]
        source = indexer.source_id(path)
        outcome = by_source.get(source)
        if outcome is None or outcome.status == "failed":
            if path in created:
                path.unlink(missing_ok=True)
            error = outcome.error if outcome else "索引没有返回结果"
            results[i] = UploadResult(name, "failed", f"建立索引失败：{error}", source)
            continue
        record = index.lexical.document(source)
        chunks = record.n_chunks if record else 0
        if path.name != safe_filename(name):
            renamed = f"（同名文件已存在，保存为 {path.name}）"
        else:
            renamed = f"（保存为 {path.name}）" if path.name != name else ""
        status = "updated" if outcome.status == "updated" else "added"
        results[i] = UploadResult(name, status, f"已加入知识库，共 {chunks} 段{renamed}", source, chunks)


def delete_upload(index: KnowledgeIndex, source: str, *, lock_timeout: float = 0) -> FileResult:
    """Remove an uploaded document: its file, then its chunks (under the writer lock).

    Only documents stored under the uploads folder can be deleted here; the
    bundled ``knowledge/`` files are edited in the repository.
    """
    settings = index.settings
    uploads = settings.uploads_dir.resolve()
    path = (settings.data_dir / source).resolve()
    canonical = path.relative_to(settings.data_dir.resolve()).as_posix() if path.is_relative_to(uploads) else ""
    if Path(source).is_absolute() or path == uploads or canonical != source:
        raise UploadError(f"只能删除上传的资料；“{source}”不是上传的文件（内置资料请在 knowledge/ 目录中修改）")
    if index.lexical.document(source) is None and not path.exists():
        raise UploadError(f"知识库中没有“{source}”")
    with writer_lock(settings, lock_timeout):
        path.unlink(missing_ok=True)
        return Indexer(index).delete(source)


def reindex_all(index: KnowledgeIndex, *, progress: Report | None = None, lock_timeout: float = 0) -> IngestSummary:
    """Re-index the bundled knowledge and every upload (unchanged files cost nothing)."""

    def report(done: int, total: int, source: str) -> None:
        if progress:
            progress(done / max(total, 1), f"正在重新索引 {done}/{total}：{source}")

    return Indexer(index).run(progress=report, lock_timeout=lock_timeout)


# ---- helpers -----------------------------------------------------------------------------------------


def _store(folder: Path, name: str, data: bytes) -> Path:
    """Write ``data`` as ``folder/name`` (or ``name (2)`` …) atomically, never replacing a file."""
    temp = folder / f".upload-{uuid.uuid4().hex}.part"
    with temp.open("wb") as out:
        out.write(data)
        out.flush()
        os.fsync(out.fileno())
    stem, suffix = Path(name).stem, Path(name).suffix
    try:
        for n in range(1, 10_000):
            target = folder / (name if n == 1 else f"{stem} ({n}){suffix}")
            try:
                os.link(temp, target)  # fails if target exists: no upload ever overwrites another
            except FileExistsError:
                continue
            return target
        raise DocumentRejected("同名文件太多，请改个文件名再上传")
    finally:
        temp.unlink(missing_ok=True)


def _same_passages(
    index: KnowledgeIndex, documents: Sequence[DocumentRecord], passages: tuple[tuple[str, str], ...]
) -> DocumentRecord | None:
    """An indexed document cut into exactly these passages (same text, other bytes), if any."""
    for document in documents:
        if document.n_chunks == len(passages):
            stored = tuple((c.heading, c.text) for c in index.lexical.chunks_of(document.source))
            if stored == passages:
                return document
    return None


def _unindexed_uploads_by_hash(indexer: Indexer, indexed: set[str]) -> dict[str, Path]:
    """Files in the uploads folder that no indexed document comes from (left by a crash), by SHA-256."""
    folder = indexer.settings.uploads_dir
    found: dict[str, Path] = {}
    if folder.exists():
        for path in sorted(folder.rglob("*")):
            if (
                path.is_file()
                and not path.name.startswith(".")
                and path.suffix.lower() in SUPPORTED_SUFFIXES
                and indexer.source_id(path) not in indexed
            ):
                found.setdefault(sha256_of(path.read_bytes()), path)
    return found


def _by_source(summary: IngestSummary) -> dict[str, FileResult]:
    return {r.source: r for r in summary.results if r.status != "removed"}
