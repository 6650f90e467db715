"""Figure → quote → the case-report passage the assistant would cite.

The passage is looked up among the indexed chunks of the figure's source file
(``LexicalIndex.chunks_of``): the chunk whose normalised text contains the
normalised quote.  When the file is not indexed yet (first start, tests), the
file is chunked here with the indexer's pipeline (load → ``normalize_text`` →
``strip_inline_markdown`` for Markdown → ``chunk_text`` with the settings'
sizes), which yields the same passages; a unit test compares the two.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, Protocol, TypeVar

from tandem.core.settings import REPO_ROOT, Settings
from tandem.text.chunking import chunk_text
from tandem.text.knowledge_format import strip_inline_markdown
from tandem.text.loaders import LoadError, load_file
from tandem.text.normalize import normalize_inline, normalize_text

_SQUEEZE = re.compile(r"[\s\u3000]+")


class _Passage(Protocol):
    """A chunk as the index stores it (``ChunkRecord``) or as computed here (``FilePassage``)."""

    @property
    def text(self) -> str: ...
    @property
    def heading(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def ordinal(self) -> int: ...
    @property
    def id(self) -> str: ...


_P = TypeVar("_P", bound=_Passage)


class _Chunks(Protocol):
    def chunks_of(self, source: str) -> Sequence[_Passage]: ...


@dataclass(frozen=True)
class FilePassage:
    """A chunk computed from the file (same fields the index stores)."""

    text: str
    heading: str
    ordinal: int
    title: str
    id: str = ""


@dataclass(frozen=True)
class Provenance:
    """Where a figure comes from."""

    figure: dict[str, Any]
    quote: str
    source: str
    title: str
    passage: str | None
    heading: str
    ordinal: int | None
    chunk_id: str | None
    origin: Literal["index", "file", "missing"]
    note: str = ""

    def highlighted_markdown(self) -> str:
        """The passage as Markdown with the quote marked."""
        if not self.passage:
            return ""
        quote = normalize_inline(self.quote)
        text = normalize_inline(self.passage)
        if quote and quote in text:
            return text.replace(quote, f":orange-background[**{quote}**]", 1)
        return text


def _squeeze(text: str) -> str:
    return _SQUEEZE.sub("", normalize_inline(text))


def find_passage(chunks: Sequence[_P], quote: str) -> _P | None:
    """The first chunk whose normalised text contains the normalised quote (spaces ignored as a fallback)."""
    needle = normalize_inline(quote)
    if not needle:
        return None
    for chunk in chunks:
        if needle in normalize_inline(chunk.text):
            return chunk
    squeezed = _squeeze(quote)
    for chunk in chunks:
        if squeezed in _squeeze(chunk.text):
            return chunk
    return None


def resolve_source(source: str, settings: Settings) -> Path | None:
    """The file a figure's ``source`` names, only inside the repository or the data folder."""
    if not source:
        return None
    path = Path(source)
    bases = (settings.data_dir.resolve(), REPO_ROOT, settings.knowledge_dir.resolve().parent)
    candidates = [path] if path.is_absolute() else [base / path for base in bases]
    for candidate in candidates:
        resolved = candidate.resolve()
        if resolved.is_file() and any(resolved.is_relative_to(base) for base in bases):
            return resolved
    return None


def file_passages(path: Path, settings: Settings) -> list[FilePassage]:
    """The chunks the indexer would make of ``path`` (mirrors ``Indexer._prepare``; a test keeps them equal)."""
    loaded = load_file(path)
    title = normalize_text(str(loaded.title or ""), join_lines=False) or path.stem
    text = normalize_text(loaded.text, join_lines=loaded.wrapped)
    if path.suffix.lower() in (".md", ".markdown"):
        text = strip_inline_markdown(text)
    chunks = chunk_text(text, settings.chunk_size, settings.chunk_overlap)
    return [FilePassage(c.text, c.heading, c.ordinal, title) for c in chunks]


def figure_source(figure: Mapping[str, Any], index: _Chunks | None, settings: Settings) -> Provenance:
    """The quote and passage behind one figure (a row of ``pilot_metrics``)."""
    source, quote = str(figure.get("source") or ""), str(figure.get("quote") or "")
    row = dict(figure)

    def found(hit: _Passage, chunk_id: str | None, origin: Literal["index", "file"], note: str = "") -> Provenance:
        return Provenance(row, quote, source, hit.title, hit.text, hit.heading, hit.ordinal, chunk_id, origin, note)

    def missing(title: str, note: str) -> Provenance:
        return Provenance(row, quote, source, title, None, "", None, None, "missing", note)

    chunks = list(index.chunks_of(source)) if index is not None and source else []
    hit = find_passage(chunks, quote)
    if hit is not None:
        return found(hit, hit.id, "index")
    path = resolve_source(source, settings)
    if path is None:
        return missing("", f"找不到来源文件“{source}”。" if source else "这个数字没有注明来源文件。")
    try:
        passages = file_passages(path, settings)
    except LoadError as exc:
        return missing("", f"来源文件无法读取：{exc}")
    in_file = find_passage(passages, quote)
    if in_file is None:
        return missing(passages[0].title if passages else path.stem, "在来源文件中没有找到这句引述，请核对原文。")
    note = (
        "知识库索引中还没有这份文件，下面的段落按与索引相同的切分规则直接从原文取得。"
        if not chunks
        else "知识库索引中的这份文件不是最新版本，下面的段落直接从当前原文取得（重建索引后一致）。"
    )
    return found(in_file, None, "file", note)
