"""AppTest of the Library page: list, filter, read; upload through file_uploader; password gate; delete; re-index."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from filelock import FileLock
from streamlit.testing.v1 import AppTest

import tandem.ui.library_view
from ingest.uploads import upload_files
from tandem.core.index import open_index
from tandem.core.settings import load_settings
from tests.app.conftest import APP_TIMEOUT, PAGES
from tests.unit.test_uploads import GBK_TEXT, MD_TEXT, make_docx, make_encrypted_pdf, make_png

DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
HOSTILE_MD = (
    "# 带标签的笔记\n\n<script>alert('x')</script> 志愿者要记住：<b>先倾听</b>，<img src=x onerror=alert(1)> 再回应。\n"
)


def _page(secrets: dict[str, str] | None = None) -> AppTest:
    at = AppTest.from_file(str(PAGES / "library.py"), default_timeout=APP_TIMEOUT)
    for key, value in (secrets or {}).items():
        at.secrets[key] = value
    return at.run()


def _table(at: AppTest):  # type: ignore[no-untyped-def]
    return at.dataframe[0].value  # the only table on the page


def _texts(at: AppTest) -> str:
    return "\n".join(t.value for t in at.text)


def _messages(at: AppTest, kind: str) -> list[str]:
    return [e.value for e in getattr(at, kind)]


@pytest.fixture
def small_knowledge(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A one-file bundled knowledge folder, so 're-index everything' is quick."""
    folder = tmp_path / "knowledge" / "skills"
    folder.mkdir(parents=True)
    (folder / "listen.md").write_text(
        "---\ntitle: 静默倾听\nskill: 静默倾听\n---\n\n# 静默倾听\n\n## 核心要点\n\n先听完再开口，不打断，不评判。\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("TANDEM_KNOWLEDGE_DIR", str(folder.parent))
    return folder.parent


@pytest.fixture
def seeded(data_dir: Path, small_knowledge: Path, embeddings) -> Iterator[Path]:  # type: ignore[no-untyped-def]
    """Two uploads already in the library."""
    index = open_index(load_settings(), embeddings)
    report = upload_files(index, [("读书会记录.txt", GBK_TEXT.encode("gbk")), ("楼道议事会.md", MD_TEXT.encode())])
    assert [r.status for r in report.results] == ["added", "added"]
    index.close()
    yield data_dir


# ---- reading --------------------------------------------------------------------------------------


def test_lists_filters_searches_and_reads_the_bundled_library(bundled_data_dir: Path) -> None:
    at = _page()
    assert not at.exception, at.exception
    table = _table(at)
    assert len(table) >= 26 and list(table.columns)[:5] == ["标题", "类型", "来源文件", "段落数", "字数"]
    assert (table["段落数"] > 0).all()
    assert any("索引一致" in s for s in _messages(at, "success"))
    metrics = {m.label: m.value for m in at.metric}
    assert int(metrics["段落（检索目录）"]) == int(metrics["段落（向量库）"]) > 100
    assert any("嵌入模型：use" in c.value for c in at.caption)

    at.selectbox(key="library_kind").select("技能模块").run()
    assert set(_table(at)["类型"]) == {"技能模块"} and len(_table(at)) >= 16

    at.selectbox(key="library_kind").select("全部").run()
    at.text_input(key="library_search").set_value("八棵杨").run()
    found = _table(at)
    assert found.iloc[0]["来源文件"].endswith("bakeyang-courier-volunteers.md") and found.iloc[0]["匹配"] == "标题"
    assert "正文" in set(found["匹配"])  # other documents that mention it in their text

    source = at.selectbox(key="library_doc").value
    assert source.endswith("bakeyang-courier-volunteers.md")
    assert "第 1 段" in _texts(at) and "快递" in _texts(at)
    assert any("内置资料" in c.value for c in at.caption)  # bundled files cannot be deleted here
    assert "library_delete" not in {b.key for b in at.button}

    at.text_input(key="library_search").set_value("完全不存在的词语组合xyz").run()
    assert len(_table(at)) == 0 and any("没有符合条件" in i.value for i in at.info)


# ---- uploading ------------------------------------------------------------------------------------


def test_upload_several_files_with_per_file_results(data_dir: Path, small_knowledge: Path) -> None:
    at = _page()
    assert any("没有符合条件" in i.value for i in at.info)  # an empty library
    at.file_uploader(key="library_upload").set_value(
        [
            ("快递员培训笔记.docx", make_docx(), DOCX_MIME),
            ("读书会记录.txt", GBK_TEXT.encode("gbk"), "text/plain"),
            ("楼道议事会.md", MD_TEXT.encode(), "text/markdown"),
            ("照片.docx", make_png(), DOCX_MIME),
            ("加密的名单.pdf", make_encrypted_pdf(), "application/pdf"),
            ("../../etc/passwd.txt", "志愿者值班表：周一张三，周二李四。".encode(), "text/plain"),
        ]
    ).run()
    at.button(key="library_upload_go").click().run()
    assert not at.exception, at.exception

    successes, errors = _messages(at, "success"), _messages(at, "error")
    assert any("共 6 个文件：入库 4 个" in w for w in _messages(at, "warning"))
    for name in ("快递员培训笔记.docx", "读书会记录.txt", "楼道议事会.md"):
        assert any(name in s and "已加入知识库" in s for s in successes), (name, successes)
    assert any("照片" in e and "图片（PNG）" in e for e in errors), errors
    assert any("加密" in e and "PDF 已加密" in e for e in errors), errors
    table = _table(at)
    assert sorted(table["来源文件"]) == sorted(
        ["uploads/快递员培训笔记.docx", "uploads/读书会记录.txt", "uploads/楼道议事会.md", "uploads/passwd.txt"]
    )
    uploads = data_dir / "uploads"
    assert sorted(p.name for p in uploads.iterdir()) == sorted(
        ["快递员培训笔记.docx", "读书会记录.txt", "楼道议事会.md", "passwd.txt"]
    )
    assert not (data_dir / "etc").exists()

    # clicking again does not process the same files twice
    at.button(key="library_upload_go").click().run()
    assert any("已经处理过" in i.value for i in at.info)
    # the same file uploaded again (a new selection) is reported as already present
    at.file_uploader(key="library_upload").set_value(("副本.txt", GBK_TEXT.encode("gbk"), "text/plain")).run()
    at.button(key="library_upload_go").click().run()
    assert any("副本.txt" in i.value and "完全相同" in i.value for i in at.info)
    assert len(_table(at)) == 4

    at.text_input(key="library_search").set_value("读书会").run()
    assert _table(at).iloc[0]["来源文件"] == "uploads/读书会记录.txt"
    assert "视力不好的老人朗读报纸" in _texts(at)


def test_document_text_is_never_rendered_as_html(data_dir: Path, small_knowledge: Path) -> None:
    at = _page()
    at.file_uploader(key="library_upload").set_value(("<b>标签</b>笔记.md", HOSTILE_MD.encode(), "text/markdown")).run()
    at.button(key="library_upload_go").click().run()
    assert not at.exception
    assert at.selectbox(key="library_doc").value == "uploads/b_笔记.md"  # "</b>" holds a path separator
    shown = _texts(at)
    assert "<script>alert('x')</script>" in shown and "<img src=x onerror=alert(1)>" in shown
    assert not at.get("html")
    assert not any(m.allow_html for m in [*at.markdown, *at.caption])
    assert not any("<script>" in m.value for m in [*at.markdown, *at.caption, *at.success, *at.error, *at.info])


def test_busy_writer_is_reported_and_nothing_stored(
    data_dir: Path, small_knowledge: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tandem.ui.library_view, "LOCK_WAIT", 0)
    at = _page()
    at.file_uploader(key="library_upload").set_value(("读书会记录.txt", GBK_TEXT.encode("gbk"), "text/plain")).run()
    lock = FileLock(str(data_dir / "ingest.lock"))
    lock.acquire()
    try:
        at.button(key="library_upload_go").click().run()
    finally:
        lock.release()
    assert not at.exception
    assert any("另一个导入任务正在写入知识库" in e.value and "没有保存" in e.value for e in at.error)
    assert not any((data_dir / "uploads").iterdir())
    at.button(key="library_upload_go").click().run()  # once the other writer is done, the same files go in
    assert any("已加入知识库" in s.value for s in at.success)


# ---- the password gate ------------------------------------------------------------------------------


def test_changes_need_the_password_reading_does_not(seeded: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TANDEM_ADMIN_PASSWORD", "s3cret-口令")
    at = _page()
    assert not at.exception
    assert len(_table(at)) == 2  # reading works without the password
    keys = {w.key for w in [*at.button, *at.file_uploader, *at.checkbox]}
    assert not keys & {
        "library_upload",
        "library_upload_go",
        "library_reindex",
        "library_delete",
        "library_delete_confirm",
    }
    assert any("需要管理员密码" in i.value for i in at.info)

    at.text_input(key="library_password").set_value("wrong")
    at.button(key="library_login").click().run()
    assert any("管理员密码不正确" in e.value for e in at.error)
    assert not at.file_uploader

    at.text_input(key="library_password").set_value("s3cret-口令")
    at.button(key="library_login").click().run()
    assert not at.exception
    assert any("已解锁" in s.value for s in at.success)
    assert at.file_uploader(key="library_upload") and at.button(key="library_reindex")
    at.file_uploader(key="library_upload").set_value(
        ("值班表.txt", "志愿者值班表：周三王五。".encode(), "text/plain")
    ).run()
    at.button(key="library_upload_go").click().run()
    assert len(_table(at)) == 3

    at.button(key="library_logout").click().run()
    assert not at.file_uploader and at.text_input(key="library_password")


def test_password_from_secrets_toml(seeded: Path) -> None:
    at = _page(secrets={"admin_password": "from-secrets"})
    assert not at.file_uploader
    at.text_input(key="library_password").set_value("from-secrets")
    at.button(key="library_login").click().run()
    assert at.file_uploader(key="library_upload")


def test_password_helpers() -> None:
    from tandem.ui.admin import password_matches

    assert password_matches("口令", "口令") and not password_matches("口令 ", "口令")
    assert not password_matches("", "") and not password_matches("x", "")


# ---- delete and re-index ---------------------------------------------------------------------------


def test_delete_an_uploaded_document(seeded: Path) -> None:
    at = _page()
    at.selectbox(key="library_doc").select("uploads/读书会记录.txt").run()
    assert "视力不好的老人朗读报纸" in _texts(at)
    assert at.button(key="library_delete").disabled  # needs the confirmation first
    at.checkbox(key="library_delete_confirm").check().run()
    at.button(key="library_delete").click().run()
    assert not at.exception
    assert any("已删除" in s.value and "读书会记录" in s.value for s in at.success)
    sources = set(_table(at)["来源文件"])
    assert "uploads/读书会记录.txt" not in sources and "uploads/楼道议事会.md" in sources
    assert not (seeded / "uploads" / "读书会记录.txt").exists()
    assert (seeded / "uploads" / "楼道议事会.md").exists()
    assert any("索引一致" in s.value for s in at.success)


def test_reindex_everything_picks_up_dropped_files(seeded: Path) -> None:
    (seeded / "uploads" / "手动放入.md").write_text(
        "# 手动放入\n\n社工把周报直接复制进了上传文件夹。\n", encoding="utf-8"
    )
    at = _page()
    assert any("尚未建立索引" in w.value for w in at.warning)
    at.button(key="library_reindex").click().run()
    assert not at.exception
    assert any("重新索引完成" in s.value for s in at.success)
    assert "uploads/手动放入.md" in set(_table(at)["来源文件"])
    assert any("索引一致" in s.value for s in at.success)
