"""Process-wide resources cached with ``st.cache_resource``: settings, the index, the searcher.

Chroma's ``PersistentClient`` is thread-safe but not process-safe, so the app
keeps exactly one per process, here.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

import streamlit as st
from sqlalchemy import Engine

from ingest.indexer import Indexer, IngestSummary
from tandem.assistant.answer import Assistant
from tandem.assistant.llm import make_chat_model
from tandem.assistant.search import HybridSearcher
from tandem.core.index import KnowledgeIndex, open_index
from tandem.core.settings import Settings, load_settings
from tandem.db.core import get_engine as db_engine

if TYPE_CHECKING:  # LangChain's chat model classes load only when a chat model is configured
    from langchain_core.language_models import BaseChatModel


@st.cache_resource(show_spinner=False)
def get_settings() -> Settings:
    return load_settings()


@st.cache_resource(show_spinner="正在加载知识库与嵌入模型…")
def get_index() -> KnowledgeIndex:
    return open_index(get_settings())


def get_searcher() -> HybridSearcher:
    return HybridSearcher(get_index())


@st.cache_resource(show_spinner=False)
def _first_start_lock() -> threading.Lock:
    return threading.Lock()


def index_needs_building() -> bool:
    """Empty, or being built by another session right now (whose partial index must not be used)."""
    return get_index().is_empty() or _first_start_lock().locked()


def build_index_if_empty(report: Callable[[float, str], object]) -> IngestSummary | None:
    """Index the bundled knowledge on first start; ``report(fraction, text)`` shows progress.

    A second session arriving meanwhile waits here until the first has finished.
    """
    index = get_index()
    with _first_start_lock():
        if not index.is_empty():
            return None

        def progress(done: int, total: int, source: str) -> None:
            report(done / max(total, 1), f"正在建立知识库索引：{done}/{total} {source}")

        return Indexer(index).run(progress=progress, lock_timeout=600)


@st.cache_resource(show_spinner=False)
def get_chat_model() -> BaseChatModel | None:
    """The configured chat model, or ``None`` (retrieval mode)."""
    return make_chat_model(get_settings())


def get_assistant() -> Assistant:
    return Assistant(get_searcher(), get_chat_model(), k=get_settings().top_k)


def get_engine() -> Engine:
    """The project database of the settings: the app's only way to it (``tandem.db.core.get_engine``)."""
    return db_engine(get_settings())
