"""The lexical index is shared by all Streamlit sessions: a reader never sees half a write."""

import threading
import time

from tandem.core.lexical import ChunkRecord, DocumentRecord, LexicalIndex


def _chunk(i: int) -> ChunkRecord:
    return ChunkRecord(f"id{i}", "doc.md", i, "标题", "", "other", f"第{i}段关于独居老人探访的内容。")


class _SlowChunks(list):
    """Chunks whose second iteration pauses half-way, holding the writer inside its transaction.

    (``replace_documents`` iterates twice: it tokenizes outside the transaction, then writes the rows.)
    """

    def __init__(self, items, halfway: threading.Event, release: threading.Event):
        super().__init__(items)
        self.halfway, self.release = halfway, release
        self.passes = 0

    def __iter__(self):
        self.passes += 1
        for n, item in enumerate(list.__iter__(self)):
            if self.passes == 2 and n == len(self) // 2:
                self.halfway.set()
                self.release.wait(30)
            yield item


def test_reader_in_another_thread_waits_for_the_commit(tmp_path):
    index = LexicalIndex(tmp_path / "lexical.sqlite3")
    halfway, release = threading.Event(), threading.Event()
    chunks = _SlowChunks([_chunk(i) for i in range(10)], halfway, release)
    document = DocumentRecord("doc.md", "标题", "other", "sha", 10, 100, time.time(), {})
    writer = threading.Thread(target=index.replace_documents, args=([(document, chunks)],))
    writer.start()
    assert halfway.wait(30)
    seen: list[int] = []
    reader = threading.Thread(target=lambda: seen.append(index.count_chunks()))
    reader.start()
    reader.join(0.5)
    assert reader.is_alive(), "the reader must wait while the write transaction is open"
    release.set()
    writer.join(30)
    reader.join(30)
    assert seen == [10], "the reader saw the document only whole"
    assert [c.ordinal for c in index.chunks_of("doc.md")] == list(range(10))
    index.close()
