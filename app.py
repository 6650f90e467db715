"""Tandem 社工+志愿 智能助手 — Streamlit entry point.

Builds the knowledge index on first start (with a progress bar), then routes
to the pages with ``st.navigation``.  Run with ``make run`` or
``streamlit run app.py``.
"""

import streamlit as st

from tandem.core.embeddings import EmbeddingConfigError
from tandem.core.logs import configure_logging
from tandem.core.store import IndexOpenError
from tandem.ui.resources import build_index_if_empty, get_index, get_settings, index_needs_building

st.set_page_config(page_title="Tandem 社工+志愿 智能助手", page_icon="🤝", layout="wide")
configure_logging(get_settings())

try:
    index = get_index()
except (IndexOpenError, EmbeddingConfigError) as exc:
    st.error(str(exc))
    st.stop()

if index_needs_building():
    bar = st.progress(0.0, text="首次启动：正在建立知识库索引…")
    summary = build_index_if_empty(lambda fraction, text: bar.progress(min(fraction, 1.0), text=text))
    bar.empty()
    if summary is not None:
        st.toast(f"知识库索引已建立：{summary.line()}")

pages = [
    st.Page("pages/home.py", title="首页", icon="🏠", default=True),
    st.Page("pages/ask.py", title="志愿者问答", icon="💬", url_path="ask"),
    st.Page("pages/course.py", title="课程设计", icon="📚", url_path="course"),
    st.Page("pages/metrics.py", title="试点数据", icon="📊", url_path="metrics"),
    st.Page("pages/library.py", title="知识库", icon="🗂️", url_path="library"),
]
navigation = st.navigation(pages)

with st.sidebar:
    settings = get_settings()
    st.caption(f"嵌入模型：{index.store.model_name} · 索引段落：{index.lexical.count_chunks()}")
    st.caption(
        "回答模式："
        + ("大模型（" + settings.llm_provider + "）" if settings.llm_provider != "none" else "检索模式（未配置大模型）")
    )

navigation.run()
