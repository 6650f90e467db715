"""Hostile uploads stay inert in a real browser: HTML, scripts, ``javascript:`` links and a huge line in an
uploaded document render as text in the library reader, the answer and its citation card; nothing runs."""

import pytest

pytestmark = pytest.mark.e2e

HUGE = "长" * 20_000
HOSTILE = f"""# 槐树社区雨天送餐笔记

槐树社区的志愿者雨天给独居老人送餐时，先打电话确认老人在家，再把饭盒放在门内的小桌上。<script>window.__pwned = 1</script>

送餐时注意饭菜保温，<img src=x onerror="window.__pwned = 2">下雨天要穿防滑鞋。[点这里领取补贴](javascript:window.__pwned=3) 送餐结束后在群里报平安。

{HUGE}
"""
QUESTION = "槐树社区雨天给独居老人送餐要注意什么？"


def _inert(page) -> None:  # type: ignore[no-untyped-def]
    assert page.evaluate("() => window.__pwned") is None
    assert page.locator("a[href^='javascript']").count() == 0
    assert page.locator("[data-testid='stMainBlockContainer'] script").count() == 0
    assert page.locator("[data-testid='stMainBlockContainer'] img[src='x']").count() == 0


def test_hostile_markdown_renders_as_text_everywhere(streamlit_app, page):
    page.on("dialog", lambda dialog: pytest.fail(f"a dialog opened: {dialog.message}"))
    page.goto(f"{streamlit_app}/library?library_tab=上传资料")
    page.get_by_text("可一次选择多个文件").first.wait_for()
    page.locator("[data-testid='stFileUploader'] input[type=file]").set_input_files(
        [{"name": "<b>雨天送餐</b>.md", "mimeType": "text/markdown", "buffer": HOSTILE.encode()}]
    )
    page.get_by_role("button", name="上传并建立索引").click()
    page.get_by_text("已加入知识库").first.wait_for()
    _inert(page)

    page.goto(f"{streamlit_app}/library")
    search = page.get_by_label("搜索标题、文件名或正文")
    search.fill("槐树社区")
    search.press("Enter")
    page.get_by_text("<script>window.__pwned = 1</script>", exact=False).first.wait_for()  # shown as text
    _inert(page)

    page.goto(f"{streamlit_app}/ask")
    box = page.get_by_placeholder("遇到什么情况")
    box.fill(QUESTION)
    box.press("Enter")
    page.get_by_role("button", name="👍 有用").first.wait_for()
    card = page.locator("[data-testid='stExpander'] summary").filter(has_text="槐树社区").first
    card.click()
    page.locator("text=onerror >> visible=true").first.wait_for()  # the opened card shows the tag as text
    _inert(page)
