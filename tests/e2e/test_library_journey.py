"""A trainer's journey in a real browser: upload course notes on /library, see them listed,
ask about them on /ask and see them cited, delete them, and the answer no longer cites them."""

import re

import pytest
from playwright.sync_api import expect

from tests.unit.test_uploads import make_docx, make_png

pytestmark = pytest.mark.e2e

TITLE = "银杏社区手机课：教老人视频通话"
NOTES = [
    ("heading", TITLE),
    ("para", "银杏社区的青年志愿者每周三下午在活动室开设手机课，手把手教独居老人用微信视频通话。"),
    ("heading2", "成效"),
    ("para", "手机课开办半年，已经教会四十七位老人和外地子女视频通话，老人们说孤单感明显减少。"),
]
QUESTION = "银杏社区手机课教会了多少位老人视频通话？"
DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _ask(page, base_url: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(f"{base_url}/ask")
    box = page.get_by_placeholder("遇到什么情况")
    box.fill(QUESTION)
    box.press("Enter")
    page.get_by_role("button", name="👍 有用").or_(page.get_by_text("知识库中没有找到相关内容")).first.wait_for()


def test_upload_list_ask_cite_delete(streamlit_app, page, tmp_path):
    page.goto(f"{streamlit_app}/library?library_tab=上传资料")
    page.get_by_text("可一次选择多个文件").first.wait_for()
    page.locator("[data-testid='stFileUploader'] input[type=file]").set_input_files(
        [
            {"name": "银杏社区手机课笔记.docx", "mimeType": DOCX_MIME, "buffer": make_docx(NOTES)},
            {"name": "活动照片.docx", "mimeType": DOCX_MIME, "buffer": make_png()},
        ]
    )
    page.get_by_text("活动照片.docx").first.wait_for()
    page.get_by_role("button", name="上传并建立索引").click()
    page.get_by_text("已加入知识库").first.wait_for()
    page.get_by_text("图片（PNG）").first.wait_for()  # the renamed image is refused with a reason
    page.screenshot(path=str(tmp_path / "library-upload.png"), full_page=True)

    # listed and readable as the assistant sees it
    page.goto(f"{streamlit_app}/library")  # the browse tab
    search = page.get_by_label("搜索标题、文件名或正文")
    search.fill("银杏社区手机课")
    search.press("Enter")
    listed = page.locator("[data-testid='stDataFrame'] [role='gridcell']").filter(
        has_text="uploads/银杏社区手机课笔记.docx"
    )
    listed.first.wait_for(state="attached")  # the table is drawn on a canvas; its cells are in an a11y grid
    reader = page.get_by_role("combobox", name="阅读文档（助手看到的段落）")
    expect(reader).to_have_value(re.compile(re.escape(TITLE)), timeout=120_000)  # chosen for reading
    page.get_by_text("四十七位老人").first.wait_for()

    # the assistant cites it
    _ask(page, streamlit_app)
    citation = page.locator("[data-testid='stExpander'] summary").filter(has_text=TITLE).first
    citation.wait_for()
    citation.click()
    page.get_by_text("来源文件：uploads/银杏社区手机课笔记.docx").first.wait_for()
    page.screenshot(path=str(tmp_path / "ask-cites-upload.png"), full_page=True)

    # delete it
    page.goto(f"{streamlit_app}/library")
    search = page.get_by_label("搜索标题、文件名或正文")
    search.fill("银杏社区手机课")
    search.press("Enter")
    page.get_by_text("四十七位老人").first.wait_for()
    page.get_by_text("我确认要从知识库删除这个上传的文档").click()
    page.get_by_role("button", name="🗑️ 删除此文档").click()
    page.get_by_text("已删除").first.wait_for()
    page.get_by_text("没有符合条件的文档").first.wait_for()

    # and the assistant no longer cites it
    _ask(page, streamlit_app)
    assert page.locator("[data-testid='stExpander'] summary").filter(has_text=TITLE).count() == 0
