"""The dense vector store: a Chroma collection embedded with *our* embedding function.

Embedded ``PersistentClient`` under ``TANDEM_DATA_DIR`` by default; a Chroma server
(``chroma run``) through ``HttpClient`` when ``TANDEM_CHROMA_HOST`` is set — the
same code serves both.  The collection records the embedding model's name and
dimension; opening it with another model raises ``EmbeddingMismatchError``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import chromadb
import numpy as np
from chromadb.api import ClientAPI
from chromadb.api.types import Documents, EmbeddingFunction
from chromadb.config import Settings as ChromaSettings
from chromadb.utils.embedding_functions import register_embedding_function
from langchain_core.embeddings import Embeddings

from tandem.core.embeddings import embedding_dimension, embedding_name
from tandem.core.filters import SearchFilters
from tandem.core.settings import Settings
from tandem.errors import TandemError

REBUILD_COMMAND = "python -m ingest --rebuild"
UPSERT_BATCH = 1000
# Chroma's HNSW search is approximate, and not the same in every process: the same query vector found another
# 40th-nearest chunk of the bundled index under another hash seed (and so another fused rank, another answer).  Asked
# for this many times the results, the nearest ``limit`` of them are the true nearest but in a vanishing share of queries
OVERSAMPLE = 3


class IndexOpenError(TandemError, RuntimeError):
    """The index cannot be opened as configured; the message says why, in Chinese."""


class EmbeddingMismatchError(IndexOpenError):
    """The collection was built with another embedding model."""


class StoreUnavailableError(IndexOpenError):
    """The configured Chroma server cannot be reached."""


@register_embedding_function
class ChromaEmbeddingFunction(EmbeddingFunction[Documents]):
    """Adapter so Chroma itself (e.g. ``query_texts``) embeds with our model, never its default."""

    def __init__(self, embeddings: Embeddings | None = None, spec: str = "") -> None:
        self._embeddings = embeddings
        self._spec = spec or (embedding_name(embeddings) if embeddings is not None else "")

    def __call__(self, input: Documents) -> list[np.ndarray]:
        if self._embeddings is None:  # rebuilt from a stored config: load the model on first use only
            from tandem.core.embeddings import make_embeddings

            self._embeddings = make_embeddings(self._spec)
        return [np.asarray(v, dtype=np.float32) for v in self._embeddings.embed_documents(list(input))]

    @staticmethod
    def name() -> str:
        return "tandem"

    def get_config(self) -> dict[str, Any]:
        return {"model": self._spec}

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> ChromaEmbeddingFunction:
        """Chroma calls this whenever it reads the collection schema: it must be cheap."""
        return ChromaEmbeddingFunction(spec=str(config.get("model", "")))

    def default_space(self) -> str:  # type: ignore[override]
        return "cosine"


def make_client(settings: Settings) -> ClientAPI:
    """A Chroma client: a server when ``chroma_host`` is set, else embedded in ``data_dir``."""
    chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=True)
    if settings.chroma_host:
        try:
            return chromadb.HttpClient(host=settings.chroma_host, port=settings.chroma_port, settings=chroma_settings)
        except (ValueError, ConnectionError) as exc:
            raise StoreUnavailableError(
                f"无法连接 Chroma 服务器 {settings.chroma_host}:{settings.chroma_port}（{exc}）。"
                "请确认服务器已启动（chroma run --path 目录 --port 端口），或取消 TANDEM_CHROMA_HOST 改用内置存储。"
            ) from exc
    settings.chroma_dir.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(settings.chroma_dir), settings=chroma_settings)


class VectorStore:
    """One Chroma collection plus the embedding model that must match it."""

    def __init__(self, client: ClientAPI, name: str, embeddings: Embeddings) -> None:
        self.client = client
        self.name = name
        self.embeddings = embeddings
        self.model_name = embedding_name(embeddings)
        self.dimension = embedding_dimension(embeddings)
        self._function = ChromaEmbeddingFunction(embeddings)
        self.collection = self._open()

    def _open(self) -> Any:
        existing = {c.name if hasattr(c, "name") else str(c) for c in self.client.list_collections()}
        if self.name in existing:
            collection = self.client.get_collection(self.name, embedding_function=self._function)  # type: ignore[arg-type]
            check_model(collection.metadata or {}, self.model_name, self.dimension)
            return collection
        metadata = {"embedding_model": self.model_name, "embedding_dim": self.dimension, "hnsw:space": "cosine"}
        return self.client.create_collection(
            self.name,
            metadata=metadata,
            embedding_function=self._function,  # type: ignore[arg-type]
        )

    def reset(self) -> None:
        """Drop and recreate the collection (``--rebuild``)."""
        if self.name in {c.name if hasattr(c, "name") else str(c) for c in self.client.list_collections()}:
            self.client.delete_collection(self.name)
        self.collection = self._open()

    def count(self) -> int:
        return int(self.collection.count())

    def upsert(
        self, ids: Sequence[str], vectors: Sequence[Sequence[float]], metadatas: Sequence[dict[str, Any]]
    ) -> None:
        """Vectors and filter metadata only: the texts live in the lexical index, which is what
        search reads them from.  Chroma given documents keeps a second copy with its own
        full-text index, which cost most of an upsert's time and was never read (bench/RESULTS.md)."""
        for start in range(0, len(ids), UPSERT_BATCH):
            end = start + UPSERT_BATCH
            self.collection.upsert(
                ids=list(ids[start:end]),
                embeddings=[list(v) for v in vectors[start:end]],
                metadatas=list(metadatas[start:end]),
            )

    def delete(self, ids: Sequence[str]) -> None:
        for start in range(0, len(ids), UPSERT_BATCH):
            self.collection.delete(ids=list(ids[start : start + UPSERT_BATCH]))

    def ids_for_source(self, source: str) -> set[str]:
        return set(self.collection.get(where={"source": source}, include=[])["ids"])

    def search(
        self, vector: Sequence[float], limit: int, filters: SearchFilters | None = None
    ) -> list[tuple[str, float]]:
        """``(chunk id, cosine similarity)`` of the nearest chunks."""
        if filters is not None and filters.matches_nothing:
            return []
        try:  # no count() first: it is slow on a large collection, and Chroma answers [] on an empty one
            result = self.collection.query(
                query_embeddings=[list(vector)],
                n_results=limit * OVERSAMPLE,
                where=chroma_where(filters),
                include=["distances"],
            )
        except Exception:
            if self.count() == 0:  # older Chroma versions raise on an empty collection
                return []
            raise
        found = sorted(zip(result["distances"][0], result["ids"][0], strict=True))  # ties by id: the same in any run
        return [(cid, 1.0 - float(dist)) for dist, cid in found[:limit]]


def check_model(metadata: dict[str, Any], model_name: str, dimension: int) -> None:
    """Fail clearly when an index built with one model is opened with another."""
    stored_model = metadata.get("embedding_model")
    stored_dim = metadata.get("embedding_dim")
    if stored_model is None:
        return
    if stored_model != model_name or (stored_dim is not None and int(stored_dim) != dimension):
        raise EmbeddingMismatchError(
            f"知识库索引是用嵌入模型“{stored_model}”（{stored_dim} 维）建立的，"
            f"当前设置的是“{model_name}”（{dimension} 维），两者不能混用。"
            f"请运行 `{REBUILD_COMMAND}` 用当前模型重建索引，或把 TANDEM_EMBEDDING 改回 {stored_model}。"
        )


def chroma_where(filters: SearchFilters | None) -> dict[str, Any] | None:
    """Chroma ``where`` clause from the filters' constrained columns."""
    columns = filters.columns() if filters is not None else {}
    clauses: list[dict[str, Any]] = [{key: {"$in": list(values)}} for key, values in columns.items()]
    if not clauses:
        return None
    return clauses[0] if len(clauses) == 1 else {"$and": clauses}
