"""Library (everyone reads, admins change): browse and read documents; upload, delete, re-index; health."""

import streamlit as st

from ingest.library import check_health, document_chunks, list_documents
from ingest.uploads import delete_upload, reindex_all, upload_files
from tandem.text.knowledge_format import escape_markdown
from tandem.ui.admin import Role, access_gate, allowed_now
from tandem.ui.library_view import (
    CHUNKS_PER_PAGE,
    KIND_FILTERS,
    LOCK_WAIT,
    PROCESSED_KEY,
    RESULTS_KEY,
    flash,
    progress_reporter,
    render_chunks,
    render_documents,
    render_health,
    render_upload_results,
    run_change,
    show_flash,
    summary_message,
    upload_flash,
)
from tandem.ui.resources import get_index, get_settings
from tandem.ui.routing import enter_through_app

enter_through_app()

settings = get_settings()
index = get_index()
state = st.session_state

st.title("📚 知识库")
st.caption("浏览和阅读助手使用的全部资料；管理员可以上传课程笔记、报告，删除上传的资料，或重新索引。")
show_flash()
can_change = access_gate(settings, Role.ADMIN, prefix="library", what="上传、删除和重新索引")

# bound to ?library_tab=…: the open tab survives reruns (after an upload) and can be linked to
tab_browse, tab_upload, tab_health = st.tabs(
    ["浏览资料", "上传资料", "索引状态与维护"], key="library_tab", bind="query-params"
)

# ---- 浏览 ----------------------------------------------------------------------------------------
with tab_browse:
    left, right = st.columns([1, 2])
    kind_label = left.selectbox("资料类型", list(KIND_FILTERS), key="library_kind")
    query = right.text_input("搜索标题、文件名或正文", key="library_search", placeholder="例如：倾听、八棵杨、课程笔记")
    rows = list_documents(index, query=query, **KIND_FILTERS[kind_label])  # type: ignore[arg-type]
    st.caption(f"共 {len(rows)} 个文档" + ("（标题匹配在前，其次是正文匹配）" if query.strip() else ""))
    render_documents(rows, searched=bool(query.strip()))

    if rows:
        labels = {r.source: f"{r.title}  ·  {r.kind_label}  ·  {r.source}" for r in rows}
        source = st.selectbox("阅读文档（助手看到的段落）", list(labels), format_func=labels.get, key="library_doc")
        chunks = document_chunks(index, source) if source else []
        chosen = next((r for r in rows if r.source == source), None)
        if chosen is not None:
            st.caption(f"{len(chunks)} 段 · {chosen.chars} 字 · 最近索引 {chosen.indexed_at:%Y-%m-%d %H:%M}")
            pages = max(1, -(-len(chunks) // CHUNKS_PER_PAGE))
            page = st.number_input("页码", 1, pages, 1, key=f"library_chunk_page:{source}") if pages > 1 else 1
            render_chunks(chunks, int(page))
            if chosen.uploaded and can_change:
                confirm = st.checkbox("我确认要从知识库删除这个上传的文档", key="library_delete_confirm")
                clicked = st.button("🗑️ 删除此文档", key="library_delete", disabled=not confirm, type="primary")
                if clicked and allowed_now(settings, Role.ADMIN):
                    removed = run_change(lambda: delete_upload(index, chosen.source, lock_timeout=LOCK_WAIT), "")
                    if removed is not None:
                        flash(
                            "success", f"已删除“{escape_markdown(chosen.title)}”（{escape_markdown(chosen.source)}）。"
                        )
                        state.pop("library_delete_confirm", None)
                        st.rerun()
            elif chosen.uploaded:
                st.caption("删除文档需要管理员密码（见页面上方）。")
            else:
                st.caption("这是内置资料（knowledge/ 目录），不能在此删除。")
    else:
        st.info("没有符合条件的文档。")

# ---- 上传 ----------------------------------------------------------------------------------------
with tab_upload:
    st.markdown(
        f"支持 **.md / .txt / .pdf / .docx / .html**（从浏览器另存的网页），可一次选择多个文件，每个不超过 {settings.max_upload_mb} MB。"
        "文件会先按内容检查（扫描件、加密 PDF、改了扩展名的图片会被拒绝并说明原因），通过后保存并建立索引；"
        "内容完全相同的文件不会重复保存。"
    )
    if can_change:
        uploaded = (
            st.file_uploader(
                "选择文件",
                type=["md", "txt", "pdf", "docx", "html", "htm"],
                accept_multiple_files=True,
                key="library_upload",
                max_upload_size=settings.max_upload_mb,
            )
            or []
        )
        if st.button("上传并建立索引", key="library_upload_go", type="primary", disabled=not uploaded):
            processed: set[str] = state.setdefault(PROCESSED_KEY, set())
            fresh = [f for f in uploaded if f.file_id not in processed]
            if not fresh:
                st.info("这些文件已经处理过了。")
            elif allowed_now(settings, Role.ADMIN):
                report_progress, done = progress_reporter("正在检查上传的文件…")
                report = run_change(
                    lambda: upload_files(
                        index, [(f.name, f.getvalue()) for f in fresh], progress=report_progress, lock_timeout=LOCK_WAIT
                    ),
                    "上传的文件没有保存，请稍后重试。",
                )
                done()
                if report is not None:
                    processed.update(f.file_id for f in fresh)
                    upload_flash(report)  # type: ignore[arg-type]
                    st.rerun()
        render_upload_results(state.get(RESULTS_KEY, []))
    else:
        st.info("上传资料需要管理员密码（见页面上方）。", icon="🔒")

# ---- 状态与维护 ---------------------------------------------------------------------------------
with tab_health:
    render_health(check_health(index))
    st.markdown("**重新索引全部**：重新读取内置资料和全部上传文件，只处理有变化的文件，并清理孤立段落。")
    if can_change:
        if st.button("🔄 重新索引全部", key="library_reindex") and allowed_now(settings, Role.ADMIN):
            report_progress, done = progress_reporter("正在重新索引…")
            summary = run_change(lambda: reindex_all(index, progress=report_progress, lock_timeout=LOCK_WAIT), "")
            done()
            if summary is not None:
                flash(*summary_message(summary))  # type: ignore[arg-type]
                st.rerun()
    else:
        st.caption("重新索引需要管理员密码（见页面上方）。")
