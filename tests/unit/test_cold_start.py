"""What a fresh process finds ready instead of computing it: the saved BM25 matrix, the sentence vectors
stored at ingest, the general word frequencies the relevance gate needs, and the uncompressed USE weights.
And what the CLI's answer path never imports."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import jieba
import numpy as np

from bench.evaluation import load_questions
from ingest.indexer import Indexer
from tandem.assistant.answer import SentenceVectors
from tandem.assistant.relevance import _WORD, content_words
from tandem.core.embeddings import UseM3Embeddings
from tandem.core.index import KnowledgeIndex
from tandem.core.lexical import ChunkRecord, DocumentRecord, LexicalIndex
from tandem.core.settings import REPO_ROOT
from tandem.core.tokens import STOPWORDS, cut_words
from tandem.text.chunking import plain_sentences

KNOWLEDGE = REPO_ROOT / "knowledge"
DOCUMENTS = [KNOWLEDGE / "skills" / "silent-listening.md", KNOWLEDGE / "cases" / "bakeyang-courier-volunteers.md"]
NEW_WORD = "萤火虫夜巡队"


def _ingest(index: KnowledgeIndex, folder: Path) -> None:
    folder.mkdir(exist_ok=True)
    for path in DOCUMENTS:
        (folder / path.name).write_bytes(path.read_bytes())
    assert not Indexer(index).run([folder]).failures


def _fresh_search(path: Path, query: str) -> tuple[list[str], bool]:
    """A new connection's first search (what a new process does), and whether the matrix served it."""
    fresh = LexicalIndex(path)
    try:
        found = [c.id for c, _ in fresh.search(query, 10)]
        return found, fresh.in_memory
    finally:
        fresh.close()


def _fts5(path: Path, query: str) -> list[str]:
    reference = LexicalIndex(path, use_matrix=False)
    try:
        return [c.id for c, _ in reference.search(query, 10)]
    finally:
        reference.close()


def test_a_fresh_process_loads_the_matrix_ingest_saved_and_never_a_stale_one(index: KnowledgeIndex, tmp_path) -> None:  # type: ignore[no-untyped-def]
    _ingest(index, tmp_path / "docs")
    lexical = index.lexical
    assert lexical.matrix_path.exists(), "ingest saves the matrix"
    found, from_matrix = _fresh_search(lexical.path, "独居老人不开门怎么办")
    assert from_matrix, "the first search of a new connection is served by the saved matrix"
    assert found == _fts5(lexical.path, "独居老人不开门怎么办")

    # A write that does not save a new matrix: the saved one no longer matches and must not be used.
    chunk = ChunkRecord("new-1", "extra.md", 0, "萤火虫", "", "other", f"{NEW_WORD}每晚巡查楼道，陪独居老人聊天。")
    lexical.replace_document(DocumentRecord("extra.md", "萤火虫", "other", "sha", 1, 20, time.time(), {}), [chunk])
    found, from_matrix = _fresh_search(lexical.path, NEW_WORD)
    assert not from_matrix
    assert found[0] == "new-1", "a stale matrix would not know the new chunk"
    assert lexical.warm_up() and _fresh_search(lexical.path, NEW_WORD) == (found, True)  # rebuilt and saved

    lexical.delete_document("extra.md")
    found, from_matrix = _fresh_search(lexical.path, NEW_WORD)
    assert not from_matrix and "new-1" not in found


def test_a_matrix_saved_for_another_index_is_not_used(index: KnowledgeIndex, tmp_path) -> None:  # type: ignore[no-untyped-def]
    _ingest(index, tmp_path / "docs")
    saved = index.lexical.matrix_path.read_bytes()
    other = LexicalIndex(tmp_path / "other" / "lexical.sqlite3")  # a new index: same generation, another id
    chunk = ChunkRecord("o-1", "o.md", 0, "其他", "", "other", "独居老人不开门时先隔门问候。")
    other.replace_document(DocumentRecord("o.md", "其他", "other", "sha", 1, 14, time.time(), {}), [chunk])
    other.matrix_path.write_bytes(saved)
    other.close()
    found, from_matrix = _fresh_search(tmp_path / "other" / "lexical.sqlite3", "独居老人不开门")
    assert (found, from_matrix) == (["o-1"], False)


class _Counting:
    """An embedding model that counts what it is asked to embed."""

    def __init__(self, model) -> None:  # type: ignore[no-untyped-def]
        self.model, self.texts = model, 0

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        self.texts += len(texts)
        return self.model.embed_documents(texts)


def test_sentence_vectors_are_stored_at_ingest_and_the_composer_reads_them(index: KnowledgeIndex, tmp_path) -> None:  # type: ignore[no-untyped-def]
    _ingest(index, tmp_path / "docs")
    chunks = index.lexical.chunks_of(Indexer(index).source_id(tmp_path / "docs" / "silent-listening.md"))
    sentences = [s for chunk in chunks for s in plain_sentences(chunk.text)]
    stored = index.sentence_vectors(sentences)
    assert set(stored) == set(sentences)
    sample = sentences[:20]
    expected = np.asarray(index.embeddings.embed_documents(sample))
    assert np.abs(np.stack([stored[s] for s in sample]) - expected).max() < 2e-3  # float16 storage

    counting = _Counting(index.embeddings)
    vectors = SentenceVectors(counting, stored=index.sentence_vectors)
    assert vectors.get([*sample, "一句从未入库的新句子。"]).shape == (len(sample) + 1, 512)
    assert counting.texts == 1, "only the sentence no chunk holds is embedded at question time"

    source = chunks[0].source
    index.lexical.delete_document(source)
    assert not index.lexical.chunks_with_sentence_vectors(c.id for c in chunks)


def test_reingesting_an_unchanged_folder_embeds_no_sentence_again(index: KnowledgeIndex, tmp_path) -> None:  # type: ignore[no-untyped-def]
    _ingest(index, tmp_path / "docs")
    counting = _Counting(index.embeddings)
    index.embeddings = counting  # type: ignore[assignment]
    Indexer(index).run([tmp_path / "docs"])
    assert counting.texts == 0


def test_the_gate_reads_jiebas_word_frequencies_from_the_index(bundled_index) -> None:  # type: ignore[no-untyped-def]
    jieba.initialize()
    questions = [q.q for q in load_questions()]
    asked = set().union(*(content_words(q) for q in questions))
    _, frequencies = bundled_index.lexical.document_frequencies(asked)
    total, stored = bundled_index.lexical.general_frequencies(frequencies)
    assert total == jieba.dt.total
    assert {w: jieba.dt.FREQ.get(w, 0) for w in frequencies} == {w: stored.get(w, 0) for w in frequencies}
    assert len(stored) > 20


def test_words_are_jiebas_words_without_its_dictionary() -> None:
    lines = [q.q for q in load_questions()]
    for path in sorted(KNOWLEDGE.rglob("*.md")):
        lines += [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]

    def content(tokens: list[str]) -> list[str]:
        return [w for w in tokens if _WORD.match(w) and w not in STOPWORDS]

    assert [content(cut_words(line)) for line in lines] == [content(jieba.lcut(line)) for line in lines]


def test_use_weights_are_mapped_from_the_cache_with_identical_vectors(tmp_path: Path) -> None:
    texts = ["独居老人很焦虑，第一次上门怎么陪伴？", "快递员志愿者发现楼道隐患后怎样上报？"]
    plain = np.asarray(UseM3Embeddings(threads=1).embed_documents(texts))
    first = UseM3Embeddings(threads=1, cache_dir=tmp_path)  # writes the cache
    second = UseM3Embeddings(threads=1, cache_dir=tmp_path)  # maps it
    assert isinstance(second._model.table, np.memmap) and not isinstance(first._model.table, np.memmap)
    assert np.array_equal(np.asarray(second.embed_documents(texts)), plain)
    assert np.array_equal(np.asarray(first.embed_documents(texts)), plain)


HEAVY = (
    "torch",
    "sentence_transformers",
    "streamlit",
    "langchain_core.language_models.chat_models",
    "langchain_openai",
)


def test_the_cli_answers_without_heavy_imports_or_jiebas_dictionary(bundled_index) -> None:  # type: ignore[no-untyped-def]
    script = (
        "import json, sys, io, contextlib, jieba\n"
        "from tandem.assistant.cli import main\n"
        "out = io.StringIO()\n"
        "with contextlib.redirect_stdout(out):\n"
        "    code = main(['ask', '独居老人很焦虑，第一次上门怎么陪伴？', '--json'])\n"
        f"print(json.dumps([code, json.loads(out.getvalue()), [m for m in {HEAVY!r} if m in sys.modules],"
        " jieba.dt.initialized]))\n"
    )
    environment = {k: v for k, v in os.environ.items() if not k.startswith("TANDEM_")}
    environment.update({"TANDEM_DATA_DIR": str(bundled_index.settings.data_dir), "PYTHONPATH": str(REPO_ROOT)})
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=REPO_ROOT, env=environment, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stderr
    code, answer, heavy, dictionary_loaded = json.loads(result.stdout.strip().splitlines()[-1])
    assert code == 0 and not answer["refused"] and answer["sources"]
    assert heavy == [], f"imported on the answer path: {heavy}"
    assert not dictionary_loaded, "the relevance gate reads word frequencies from the index"
