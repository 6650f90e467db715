"""Widgets of the Library page: the document table, the chunk reader, upload results, health.

Every piece of document text (titles, headings, chunk text, file names) is shown
with ``st.text`` or in a dataframe, or markdown-escaped — never as HTML.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pandas as pd
import streamlit as st

from ingest.indexer import IngestSummary
from ingest.library import DocumentRow, Health, format_size
from ingest.uploads import UploadReport, UploadResult
from tandem.core.lexical import ChunkRecord
from tandem.core.locking import IngestBusyError
from tandem.text.knowledge_format import escape_markdown

KIND_FILTERS: dict[str, dict[str, object]] = {
    "全部": {},
    "技能模块": {"kind": "skill"},
    "试点案例": {"kind": "case"},
    "其他资料": {"kind": "other"},
    "我上传的": {"uploaded_only": True},
}
CHUNKS_PER_PAGE = 30
LOCK_WAIT = 30  # seconds a change waits for another writer (CLI ingest, another session) to finish
FLASH_KEY = "library_flash"
RESULTS_KEY = "library_upload_results"
PROCESSED_KEY = "library_processed_uploads"


def flash(kind: str, message: str) -> None:
    """A message shown once after the next rerun."""
    st.session_state.setdefault(FLASH_KEY, []).append((kind, message))


def show_flash() -> None:
    for kind, message in st.session_state.pop(FLASH_KEY, []):
        getattr(st, kind)(message)


def documents_frame(rows: Sequence[DocumentRow]) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "标题": [r.title for r in rows],
            "类型": [r.kind_label for r in rows],
            "来源文件": [r.source for r in rows],
            "段落数": [r.chunks for r in rows],
            "字数": [r.chars for r in rows],
            "最近索引": [r.indexed_at for r in rows],
            "匹配": [r.matched for r in rows],
        }
    )


def render_documents(rows: Sequence[DocumentRow], searched: bool) -> None:
    frame = documents_frame(rows)
    if not searched:
        frame = frame.drop(columns=["匹配"])
    st.dataframe(
        frame,
        hide_index=True,
        key="library_table",
        column_config={"最近索引": st.column_config.DatetimeColumn("最近索引", format="YYYY-MM-DD HH:mm")},
    )


def render_chunks(chunks: Sequence[ChunkRecord], page: int) -> None:
    """One page of chunks, each as the assistant sees it: title / heading, then the text."""
    start = (page - 1) * CHUNKS_PER_PAGE
    for chunk in chunks[start : start + CHUNKS_PER_PAGE]:
        with st.container(border=True):
            context = " / ".join(part for part in (chunk.title, chunk.heading) if part)
            st.text(f"第 {chunk.ordinal + 1} 段 · {context}")
            st.text(chunk.text)


def render_upload_results(results: Sequence[UploadResult]) -> None:
    for result in results:
        line = f"“{escape_markdown(result.name)}”：{escape_markdown(result.message)}"
        if result.status in ("added", "updated"):
            st.success(line, icon="✅")
        elif result.status == "duplicate":
            st.info(line, icon="ℹ️")
        else:
            st.error(line, icon="⚠️")


def render_health(health: Health) -> None:
    cols = st.columns(4)
    cols[0].metric("文档", health.documents)
    cols[1].metric("段落（检索目录）", health.lexical_chunks)
    cols[2].metric("段落（向量库）", health.chroma_chunks)
    cols[3].metric("索引占用空间", format_size(health.size_bytes))
    st.caption(f"嵌入模型：{escape_markdown(health.model)}（{health.dimension} 维）")
    problems = health.problems()
    if problems:
        st.warning("索引需要注意：\n\n" + "\n".join(f"- {escape_markdown(p)}" for p in problems), icon="🩺")
    else:
        st.success("索引一致：检索目录与向量库的段落完全对应，没有半截文档或孤立段落。", icon="🩺")


def progress_reporter(text: str) -> tuple[Callable[[float, str], None], Callable[[], object]]:
    """``(report, done)`` for a progress bar started with ``text``."""
    bar = st.progress(0.0, text=text)

    def report(fraction: float, message: str) -> None:
        bar.progress(min(max(fraction, 0.0), 1.0), text=message)

    return report, bar.empty


def run_change(action: Callable[[], object], busy_hint: str) -> object | None:
    """Run a library change, turning a busy writer lock into a message instead of a crash."""
    try:
        return action()
    except IngestBusyError as exc:
        st.error(f"{exc}{busy_hint}")
        return None


def summary_message(summary: IngestSummary) -> tuple[str, str]:
    """(st method, text) for a finished re-index."""
    if summary.failures:
        failed = "\n".join(f"- {escape_markdown(f.source)}：{escape_markdown(f.error)}" for f in summary.failures[:20])
        return "warning", f"重新索引完成，但有 {len(summary.failures)} 个文件失败（原有内容保持不变）：\n\n{failed}"
    return "success", f"重新索引完成。{summary.line()}"


def upload_flash(report: UploadReport) -> None:
    st.session_state[RESULTS_KEY] = list(report.results)
    flash("success" if not report.problems else "warning", report.line())
