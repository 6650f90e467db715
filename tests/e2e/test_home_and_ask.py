"""Journeys in a real browser: the app serves and renders; a volunteer asks and opens a citation."""

import pytest

pytestmark = pytest.mark.e2e


def test_home_page_renders(streamlit_app, page, tmp_path):
    page.goto(streamlit_app)
    page.get_by_text("Tandem 社工+志愿 智能助手").first.wait_for()
    page.get_by_text("技能模块").first.wait_for()
    page.screenshot(path=str(tmp_path / "home.png"), full_page=True)


def test_volunteer_asks_and_opens_a_citation_on_a_phone(streamlit_app, browser, tmp_path):
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.set_default_timeout(120_000)
    page.goto(f"{streamlit_app}/ask")
    page.get_by_text("检索模式").first.wait_for()
    box = page.get_by_placeholder("遇到什么情况")
    box.fill("居民情绪激动骂人，我该怎么回应？")
    box.press("Enter")
    page.get_by_text("怎么做").first.wait_for()
    page.get_by_role("button", name="👍 有用").wait_for()  # the answer is logged and rated from here
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, f"the answer does not fit a phone's width ({width}px)"
    page.locator("[data-testid='stExpander'] summary").filter(has_text="展开更多").first.click()
    citation = page.locator("[data-testid='stExpander'] summary").filter(has_text="[1]").first
    citation.click()
    page.get_by_text("来源文件：knowledge/").first.wait_for()
    page.screenshot(path=str(tmp_path / "ask-phone.png"), full_page=True)
    context.close()


def test_a_deep_link_is_the_first_thing_a_fresh_server_serves(unopened_app, page, tmp_path):
    """Opening /ask before anyone opened / still builds the index and shows the app's navigation."""
    page.set_default_timeout(240_000)  # this visit builds the knowledge index
    page.goto(f"{unopened_app}/ask")
    page.get_by_text("检索模式").first.wait_for()
    sidebar = page.get_by_test_id("stSidebar")
    sidebar.get_by_text("志愿者问答").wait_for()
    sidebar.get_by_text("索引段落：").wait_for()
    box = page.get_by_placeholder("遇到什么情况")
    box.fill("居民情绪激动骂人，我该怎么回应？")
    box.press("Enter")
    page.get_by_text("怎么做").first.wait_for()
    assert page.get_by_text("知识库还是空的").count() == 0
    page.screenshot(path=str(tmp_path / "deep-link.png"), full_page=True)
