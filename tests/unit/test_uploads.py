"""ingest.uploads and ingest.library: safe names, content checks before storing, duplicates, delete, health.

Also home of the bad-file builders shared with the reliability and page tests.
"""

from __future__ import annotations

import io
import re
import struct
import unicodedata
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path

import docx
import pytest
from filelock import FileLock
from pypdf import PdfReader, PdfWriter

from ingest import indexer
from ingest.library import check_health, document_chunks, list_documents
from ingest.uploads import UploadError, delete_upload, reindex_all, safe_filename, sha256_of, sniff, upload_files
from tandem.assistant.search import HybridSearcher
from tandem.core.index import KnowledgeIndex, open_index
from tandem.core.locking import IngestBusyError
from tandem.core.settings import Settings, load_settings
from tandem.text.loaders import LoadError
from tests.unit.test_loaders import make_text_pdf

_HAN = re.compile(r"[\u4e00-\u9fff]")

COURSE_NOTES = [
    ("heading", "倾听与共情：快递员志愿者培训笔记"),
    ("para", "本节课的目标是让快递员志愿者学会在送件途中识别独居老人的异常情况。"),
    ("heading2", "三个信号"),
    ("para", "门口快递堆积超过三天、报箱塞满、夜间不亮灯，是需要上报社工的三个信号。"),
    ("para", "发现信号后，先敲门问候，再在志愿者群里报告，不要擅自进入住户家中。"),
]
GBK_TEXT = "社区读书会记录\n银杏社区的读书会每周三晚上举行，志愿者负责为视力不好的老人朗读报纸。\n参加读书会的老人从六人增加到二十二人。\n"
MD_TEXT = "---\ntitle: 楼道议事会操作要点\n---\n\n# 楼道议事会\n\n## 做法\n\n议事会每月召开一次，由楼门长主持，社工记录居民提出的问题。\n"


# ---- bad-file builders (used by test_reliability and the page tests too) -----------------------------


def make_docx(
    paragraphs: list[tuple[str, str]] = COURSE_NOTES, table: list[list[str]] | None = None, revision: int = 1
) -> bytes:
    """A real Word document with headings, paragraphs and an optional table.

    Another ``revision`` gives other bytes for the same text (a re-saved copy).
    """
    document = docx.Document()
    document.core_properties.revision = revision
    for style, text in paragraphs:
        if style == "heading":
            document.add_heading(text, level=1)
        elif style == "heading2":
            document.add_heading(text, level=2)
        else:
            document.add_paragraph(text)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                grid.cell(r, c).text = value
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def make_png() -> bytes:
    """A valid 8×8 red PNG image."""

    def chunk(tag: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)

    rows = b"".join(b"\x00" + b"\xff\x00\x00" * 8 for _ in range(8))
    header = struct.pack(">IIBBBBB", 8, 8, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


def make_encrypted_pdf() -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_text_pdf(["Secret volunteer roster"]))))
    writer.encrypt("open-sesame")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def make_scanned_pdf() -> bytes:
    """A PDF with a page but no text layer (what a scan looks like to a text extractor)."""
    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def make_junk_docx() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("junk.bin", bytes(range(256)) * 8)
        archive.writestr("readme.txt", "not a word document")
    return buffer.getvalue()


def bad_corpus(max_bytes: int) -> dict[str, tuple[bytes, str]]:
    """name → (bytes, a phrase the Chinese rejection message must contain)."""
    png = make_png()
    return {
        "损坏的报告.pdf": (b"%PDF-1.7\n" + bytes(range(256)) * 40, "PDF 文件损坏"),
        "加密的名单.pdf": (make_encrypted_pdf(), "PDF 已加密"),
        "扫描件.pdf": (make_scanned_pdf(), "文字识别"),
        "只有页码的扫描件.pdf": (make_text_pdf(["- 12 -"]), "几乎没有可提取的文字"),
        "空文件.txt": (b"", "文件为空"),
        "只有空格.md": (b"  \n\n\t ", "文件为空"),
        "超大文件.txt": ("志愿者".encode() * (max_bytes // 9 + 1), "文件太大"),
        "垃圾压缩包.docx": (make_junk_docx(), "没有 Word 正文"),
        "照片.docx": (png, "图片（PNG）"),
        "照片.pdf": (png, "图片（PNG）"),
        "照片.txt": (png, "图片（PNG）"),
        "表格.xlsx": (b"PK\x03\x04junk", "不支持的文件类型"),
        "乱码.txt": (bytes(range(128, 256)) * 30, "无法识别文本编码"),
    }


# ---- fixtures -------------------------------------------------------------------------------------


@pytest.fixture
def small_index(tmp_path: Path, data_dir: Path, embeddings) -> Iterator[KnowledgeIndex]:  # type: ignore[no-untyped-def]
    """An index whose bundled knowledge folder holds one small file (so re-index-all is quick)."""
    knowledge = tmp_path / "knowledge"
    (knowledge / "skills").mkdir(parents=True)
    (knowledge / "skills" / "listen.md").write_text(
        "---\ntitle: 静默倾听\nskill: 静默倾听\n---\n\n# 静默倾听\n\n## 核心要点\n\n先听完再开口，不打断，不评判。\n",
        encoding="utf-8",
    )
    idx = open_index(load_settings(knowledge_dir=knowledge), embeddings)
    yield idx
    idx.close()


def uploads_of(settings: Settings) -> list[str]:
    folder = settings.uploads_dir
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()) if folder.exists() else []


def snapshot(index: KnowledgeIndex, queries: tuple[str, ...] = ("快递员志愿者上报信号", "读书会朗读报纸")) -> dict:
    searcher = HybridSearcher(index)
    return {
        "documents": [(d.source, d.sha256, d.n_chunks) for d in index.lexical.documents()],
        "lexical": index.lexical.count_chunks(),
        "chroma": index.store.count(),
        "ids": sorted(index.lexical.chunk_ids_all()),
        "search": {q: [(h.chunk.id, round(h.score, 6)) for h in searcher.search(q, k=5)] for q in queries},
    }


# ---- names ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("../../etc/passwd.txt", "passwd.txt"),
        ("..\\..\\Windows\\system.ini.md", "system.ini.md"),
        ("/absolute/path/报告.pdf", "报告.pdf"),
        ("课程笔记（第一讲）.DOCX", "课程笔记(第一讲).docx"),
        ("ｎｏｔｅｓ　２０２５.txt", "notes 2025.txt"),
        (".hidden.md", "hidden.md"),
        ('a<b>:c|d?"e*.txt', "a_b__c_d__e_.txt"),
        ("CON.txt", "_CON.txt"),
        ("报告\n\r\x00\u200b2025.pdf", "报告2025.pdf"),
        ("", "未命名"),
        ("..", "未命名"),
        ("../", "未命名"),
        (".md", "md"),
    ],
)
def test_safe_filename(given: str, expected: str) -> None:
    assert safe_filename(given) == expected


def test_safe_filename_composes_unicode_and_limits_length() -> None:
    decomposed = unicodedata.normalize("NFD", "café 笔记.md")
    assert decomposed != "café 笔记.md"
    assert safe_filename(decomposed) == "café 笔记.md"
    long = safe_filename("志" * 400 + ".docx")
    assert long.endswith(".docx") and len(long.encode()) <= 180 + len(".docx")
    assert set(long[: -len(".docx")]) == {"志"}


def test_sniff_only_flags_binary_data() -> None:
    assert sniff(make_png()) == "图片（PNG）"
    assert sniff("BM 指数与老人健康\nMZ 开头的一行".encode()) == ""  # text starting like BMP/EXE magic
    assert sniff(b"BM" + b"\x00" * 60) == "图片（BMP）"
    assert sniff("普通文字".encode("utf-16")) == ""


# ---- uploads that succeed ----------------------------------------------------------------------------


def test_a_web_page_saved_from_a_browser_is_stored_indexed_and_searchable(index: KnowledgeIndex) -> None:
    page = (
        "<html><head><meta charset='utf-8'><title>石桥镇守望站简报</title></head><body>"
        "<h1>石桥镇守望站简报</h1><p>守望志愿者每次上门执行“敲门三问”流程，发现燃气味先开窗、不开关电器。</p>"
        "<table><tr><th>守望站</th><th>结对老人（名）</th><th>探访（人次）</th></tr>"
        "<tr><td>柳塘社区</td><td>64</td><td>1152</td></tr></table></body></html>"
    ).encode()
    report = upload_files(index, [("石桥镇简报.html", page)])
    assert [r.status for r in report.results] == ["added"], report.results
    document = index.lexical.document("uploads/石桥镇简报.html")
    assert document is not None and document.title == "石桥镇守望站简报"
    hit = HybridSearcher(index).search("柳塘社区结对老人多少名", k=3)[0]
    assert hit.chunk.source == "uploads/石桥镇简报.html" and "柳塘社区：结对老人64名，探访1152人次。" in hit.chunk.text


def test_good_files_are_stored_indexed_and_searchable(index: KnowledgeIndex, settings: Settings) -> None:
    seen: list[float] = []
    report = upload_files(
        index,
        [
            ("快递员培训笔记.docx", make_docx()),
            ("读书会记录.txt", GBK_TEXT.encode("gbk")),
            ("楼道议事会.md", MD_TEXT.encode("utf-8")),
            ("english-notes.pdf", make_text_pdf(["Volunteer listening notes", "Pause three seconds before replying"])),
        ],
        progress=lambda fraction, text: seen.append(fraction),
    )
    assert [r.status for r in report.results] == ["added"] * 4, report.results
    assert [r.source for r in report.results] == [
        "uploads/快递员培训笔记.docx",
        "uploads/读书会记录.txt",
        "uploads/楼道议事会.md",
        "uploads/english-notes.pdf",
    ]
    assert all(r.chunks > 0 and "已加入知识库" in r.message for r in report.results)
    assert uploads_of(settings) == sorted(
        ["快递员培训笔记.docx", "读书会记录.txt", "楼道议事会.md", "english-notes.pdf"]
    )
    assert seen == sorted(seen) and seen[-1] == 1.0
    assert "入库 4 个" in report.line()

    gbk = index.lexical.document("uploads/读书会记录.txt")
    assert gbk is not None and gbk.metadata["encoding"] == "gb18030" and gbk.title == "社区读书会记录"
    notes = index.lexical.document("uploads/快递员培训笔记.docx")
    assert notes is not None and notes.title == "倾听与共情：快递员志愿者培训笔记" and notes.kind == "other"
    searcher = HybridSearcher(index)
    assert searcher.search("读书会为老人朗读报纸", k=3)[0].chunk.source == "uploads/读书会记录.txt"
    assert searcher.search("快递堆积报箱塞满夜间不亮灯", k=3)[0].chunk.source == "uploads/快递员培训笔记.docx"
    assert any("三个信号" in c.heading for c in document_chunks(index, "uploads/快递员培训笔记.docx"))
    assert check_health(index).ok


def test_traversal_name_is_stored_inside_uploads(index: KnowledgeIndex, settings: Settings, tmp_path: Path) -> None:
    report = upload_files(index, [("../../etc/passwd.txt", "志愿者值班表：周一张三，周二李四。".encode())])
    assert report.results[0].status == "added"
    assert report.results[0].source == "uploads/passwd.txt"
    assert uploads_of(settings) == ["passwd.txt"]
    assert not (settings.data_dir / "etc").exists() and not (settings.data_dir.parent / "etc").exists()
    assert list(tmp_path.rglob("passwd.txt")) == [settings.uploads_dir / "passwd.txt"]


# ---- duplicates and collisions ----------------------------------------------------------------------


def test_identical_upload_is_reported_not_stored_twice(index: KnowledgeIndex, settings: Settings) -> None:
    data = GBK_TEXT.encode("gbk")
    first = upload_files(index, [("读书会记录.txt", data)])
    before = snapshot(index)
    again = upload_files(index, [("读书会记录.txt", data), ("换个名字.txt", data)])
    assert [r.status for r in again.results] == ["duplicate", "duplicate"]
    assert all("完全相同" in r.message and r.source == first.results[0].source for r in again.results)
    assert uploads_of(settings) == ["读书会记录.txt"]
    assert snapshot(index) == before


def test_duplicates_within_one_batch(index: KnowledgeIndex, settings: Settings) -> None:
    data = MD_TEXT.encode()
    report = upload_files(index, [("a.md", data), ("b.md", data)])
    assert [r.status for r in report.results] == ["added", "duplicate"]
    assert "“a.md”" in report.results[1].message
    assert uploads_of(settings) == ["a.md"]


def test_resaved_word_file_with_the_same_text_is_a_duplicate(index: KnowledgeIndex, settings: Settings) -> None:
    upload_files(index, [("快递员培训笔记.docx", make_docx())])
    resaved = make_docx(revision=2)
    assert sha256_of(resaved) != index.lexical.document("uploads/快递员培训笔记.docx").sha256  # type: ignore[union-attr]
    result = upload_files(index, [("培训笔记（最终版）.docx", resaved)]).results[0]
    assert result.status == "duplicate" and "正文" in result.message and result.source == "uploads/快递员培训笔记.docx"
    edited = make_docx([*COURSE_NOTES, ("para", "新增一条：遇到老人跌倒，立即拨打120并通知社工。")])
    assert upload_files(index, [("快递员培训笔记.docx", edited)]).results[0].status == "added"
    assert uploads_of(settings) == ["快递员培训笔记 (2).docx", "快递员培训笔记.docx"]


def test_same_name_other_content_keeps_both(index: KnowledgeIndex, settings: Settings) -> None:
    upload_files(index, [("笔记.txt", "第一版：志愿者每周探访两次。".encode())])
    report = upload_files(index, [("笔记.txt", "第二版：志愿者每周探访三次，并记录老人情绪。".encode())])
    result = report.results[0]
    assert result.status == "added" and "保存为 笔记 (2).txt" in result.message
    assert uploads_of(settings) == ["笔记 (2).txt", "笔记.txt"]
    assert {d.source for d in index.lexical.documents()} == {"uploads/笔记.txt", "uploads/笔记 (2).txt"}


def test_unindexed_copy_on_disk_is_indexed_not_duplicated(index: KnowledgeIndex, settings: Settings) -> None:
    """A file stored before a crash (on disk, not in the index) is indexed when uploaded again."""
    settings.uploads_dir.mkdir(parents=True, exist_ok=True)
    (settings.uploads_dir / "leftover.md").write_bytes(MD_TEXT.encode())
    assert check_health(index).pending_uploads == ["uploads/leftover.md"]
    report = upload_files(index, [("楼道议事会.md", MD_TEXT.encode())])
    assert report.results[0].status == "added" and report.results[0].source == "uploads/leftover.md"
    assert uploads_of(settings) == ["leftover.md"]
    assert check_health(index).ok


# ---- uploads that are refused ---------------------------------------------------------------------


def test_bad_files_are_rejected_before_anything_is_stored(index: KnowledgeIndex, settings: Settings) -> None:
    upload_files(index, [("读书会记录.txt", GBK_TEXT.encode("gbk"))])
    before, stored_before = snapshot(index), uploads_of(settings)
    corpus = bad_corpus(settings.max_upload_mb * 1024 * 1024)
    report = upload_files(index, [(name, data) for name, (data, _) in corpus.items()])
    assert [r.name for r in report.results] == list(corpus)
    for result in report.results:
        assert result.status == "rejected", result
        assert corpus[result.name][1] in result.message, (result.name, result.message)
        assert _HAN.search(result.message)
    assert uploads_of(settings) == stored_before
    assert snapshot(index) == before
    assert check_health(index).ok


def test_size_limit_comes_from_settings(tmp_path: Path, embeddings) -> None:  # type: ignore[no-untyped-def]
    idx = open_index(load_settings(max_upload_mb=1), embeddings)
    try:
        limit = 1024 * 1024
        ok = ("志愿者探访记录。" * 1000).encode()
        assert len(ok) < limit
        too_big = ok + b"x" * limit
        report = upload_files(idx, [("ok.txt", ok), ("big.txt", too_big)])
        assert [r.status for r in report.results] == ["added", "rejected"]
        assert "上限是 1 MB" in report.results[1].message
    finally:
        idx.close()


def test_busy_writer_stores_nothing(index: KnowledgeIndex, settings: Settings) -> None:
    settings.ensure_dirs()
    lock = FileLock(str(settings.lock_path))
    lock.acquire()
    try:
        with pytest.raises(IngestBusyError, match="另一个导入任务正在写入知识库"):
            upload_files(index, [("读书会记录.txt", GBK_TEXT.encode("gbk"))], lock_timeout=0)
    finally:
        lock.release()
    assert uploads_of(settings) == []
    assert index.is_empty()


def test_indexing_failure_removes_the_stored_file(
    index: KnowledgeIndex, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    import ingest.indexer

    def broken(path: Path):  # type: ignore[no-untyped-def]
        raise LoadError("模拟的读取错误")

    monkeypatch.setattr(ingest.indexer, "load_file", broken)
    report = upload_files(index, [("读书会记录.txt", GBK_TEXT.encode("gbk"))])
    assert report.results[0].status == "failed" and "模拟的读取错误" in report.results[0].message
    assert uploads_of(settings) == []
    assert index.is_empty()


# ---- delete, re-index --------------------------------------------------------------------------------


def test_delete_removes_file_and_chunks(index: KnowledgeIndex, settings: Settings) -> None:
    report = upload_files(index, [("读书会记录.txt", GBK_TEXT.encode("gbk")), ("楼道议事会.md", MD_TEXT.encode())])
    source = report.results[0].source
    kept = report.results[1].source
    kept_ids = index.lexical.chunk_ids(kept)
    result = delete_upload(index, source)
    assert result.status == "removed" and result.removed == report.results[0].chunks
    assert uploads_of(settings) == ["楼道议事会.md"]
    assert index.lexical.document(source) is None and index.store.ids_for_source(source) == set()
    hits = HybridSearcher(index).search("读书会为老人朗读报纸", k=10)
    assert all(h.chunk.source != source for h in hits)
    assert HybridSearcher(index).search("楼道议事会楼门长", k=3)[0].chunk.source == kept
    assert index.lexical.chunk_ids(kept) == kept_ids == index.store.ids_for_source(kept)
    assert check_health(index).ok


@pytest.mark.parametrize(
    "source",
    [
        "knowledge/skills/listen.md",
        "uploads/../lexical.sqlite3",
        "../outside.txt",
        "uploads",
        "uploads/",
        "/etc/passwd",
        "uploads/./楼道议事会.md",
        "uploads/x/../楼道议事会.md",
    ],
)
def test_delete_refuses_anything_but_an_upload(index: KnowledgeIndex, settings: Settings, source: str) -> None:
    upload_files(index, [("楼道议事会.md", MD_TEXT.encode())])
    with pytest.raises(UploadError, match="只能删除上传的资料"):
        delete_upload(index, source)
    assert uploads_of(settings) == ["楼道议事会.md"] and index.lexical.document("uploads/楼道议事会.md")


def test_delete_unknown_upload(index: KnowledgeIndex) -> None:
    with pytest.raises(UploadError, match="知识库中没有"):
        delete_upload(index, "uploads/nope.txt")


def test_delete_waits_for_the_writer_lock(index: KnowledgeIndex, settings: Settings) -> None:
    source = upload_files(index, [("楼道议事会.md", MD_TEXT.encode())]).results[0].source
    lock = FileLock(str(settings.lock_path))
    lock.acquire()
    try:
        with pytest.raises(IngestBusyError):
            delete_upload(index, source, lock_timeout=0)
    finally:
        lock.release()
    assert index.lexical.document(source) is not None and uploads_of(settings) == ["楼道议事会.md"]


def test_reindex_all_indexes_pending_and_prunes_vanished_uploads(small_index: KnowledgeIndex) -> None:
    settings = small_index.settings
    first = reindex_all(small_index)
    assert [Path(r.source).name for r in first.results] == ["listen.md"]
    upload_files(small_index, [("读书会记录.txt", GBK_TEXT.encode("gbk"))])
    (settings.uploads_dir / "dropped-in.md").write_bytes(MD_TEXT.encode())
    (settings.uploads_dir / "读书会记录.txt").unlink()
    health = check_health(small_index)
    assert health.pending_uploads == ["uploads/dropped-in.md"]
    assert health.missing_files == ["uploads/读书会记录.txt"] and not health.ok

    fractions: list[float] = []
    summary = reindex_all(small_index, progress=lambda fraction, text: fractions.append(fraction))
    statuses = {r.source: r.status for r in summary.results}
    assert statuses["uploads/dropped-in.md"] == "added"
    assert statuses["uploads/读书会记录.txt"] == "removed"
    assert fractions[-1] == 1.0
    assert check_health(small_index).ok


def test_documents_read_by_an_earlier_pipeline_are_named_and_read_again_on_reindex(
    small_index: KnowledgeIndex, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A new version of the ingest pipeline (tables, headings, minutes read better) reaches documents already indexed
    only when they are read again: the library names them and "重新索引全部" reads them under the new version."""
    reindex_all(small_index)
    source = upload_files(small_index, [("读书会记录.txt", GBK_TEXT.encode("gbk"))]).results[0].source
    assert check_health(small_index).ok
    monkeypatch.setattr(indexer, "PIPELINE_VERSION", "v-next")
    health = check_health(small_index)
    assert sorted(health.outdated) == sorted(d.source for d in small_index.lexical.documents()) and not health.ok
    assert any("按旧版读取规则" in p and source in p for p in health.problems())
    statuses = {r.source: r.status for r in reindex_all(small_index).results}
    assert statuses[source] == "updated"
    assert check_health(small_index).ok
    assert small_index.lexical.document(source).metadata["pipeline"].startswith("v-next:")


# ---- listing and health --------------------------------------------------------------------------------


def test_list_filter_and_search(small_index: KnowledgeIndex) -> None:
    reindex_all(small_index)
    upload_files(small_index, [("读书会记录.txt", GBK_TEXT.encode("gbk")), ("快递员培训笔记.docx", make_docx())])
    bundled = (small_index.settings.knowledge_dir / "skills" / "listen.md").resolve().as_posix()
    everything = list_documents(small_index)
    assert sorted(r.source for r in everything) == sorted(
        [bundled, "uploads/读书会记录.txt", "uploads/快递员培训笔记.docx"]
    )
    skills = list_documents(small_index, kind="skill")
    assert [r.title for r in skills] == ["静默倾听"] and skills[0].kind_label == "技能模块" and not skills[0].uploaded
    assert {r.source for r in list_documents(small_index, uploaded_only=True)} == {
        "uploads/读书会记录.txt",
        "uploads/快递员培训笔记.docx",
    }
    by_title = list_documents(small_index, query="读书会")
    assert by_title[0].source == "uploads/读书会记录.txt" and by_title[0].matched == "标题"
    by_text = list_documents(small_index, query="报箱塞满")
    assert [(r.source, r.matched) for r in by_text] == [("uploads/快递员培训笔记.docx", "正文")]
    assert list_documents(small_index, query="DOCX")[0].source == "uploads/快递员培训笔记.docx"
    assert list_documents(small_index, query="完全不存在的词语组合xyz") == []
    row = by_title[0]
    assert row.chunks == len(document_chunks(small_index, row.source)) and row.chars > 0


def test_health_reports_model_size_and_orphans(index: KnowledgeIndex, embeddings) -> None:  # type: ignore[no-untyped-def]
    upload_files(index, [("读书会记录.txt", GBK_TEXT.encode("gbk"))])
    health = check_health(index)
    assert health.ok and health.problems() == []
    assert health.model == "use-m3" and health.dimension == 512
    assert health.documents == 1 and health.lexical_chunks == health.chroma_chunks == health.catalogue_chunks > 0
    assert health.size_bytes and health.size_bytes > 10_000

    text = "孤儿段落：没有任何文档拥有它。"
    index.store.upsert(
        ["orphan-1"],
        [embeddings.embed_documents([text])[0]],
        [{"source": "ghost.md", "ordinal": 0, "title": "", "heading": "", "kind": "other", "skill": "", "region": ""}],
    )
    sick = check_health(index)
    assert sick.orphans == 1 and not sick.ok
    assert any("不属于任何文档" in p for p in sick.problems())
    index.store.delete(sorted(index.lexical.chunk_ids("uploads/读书会记录.txt"))[:1])
    assert len(check_health(index).missing) == 1
    assert any("向量库缺少 1 个" in p for p in check_health(index).problems())
