"""The app starts: first start builds the index with progress, then the home page renders."""

from streamlit.testing.v1 import AppTest

from tests.app.conftest import APP, APP_TIMEOUT


def test_first_start_builds_index_and_renders_home(data_dir):
    at = AppTest.from_file(APP, default_timeout=APP_TIMEOUT).run()
    assert not at.exception, at.exception
    assert any("Tandem" in t.value for t in at.title)
    metrics = {m.label: m.value for m in at.metric}
    assert int(metrics["技能模块"]) >= 16
    assert int(metrics["试点案例"]) >= 8
    assert (data_dir / "lexical.sqlite3").exists() and (data_dir / "chroma").is_dir()
    assert any("检索模式" in c.value for c in at.sidebar.caption)


def test_second_start_reuses_the_index(bundled_data_dir):
    at = AppTest.from_file(APP, default_timeout=APP_TIMEOUT).run()
    assert not at.exception
    assert not at.toast  # nothing was (re)built


def test_a_deep_link_opened_first_still_runs_app_py(data_dir):
    """Streamlit runs pages/ask.py on its own when it is the first page a server serves; the page hands back to app.py."""
    at = AppTest.from_file(APP, default_timeout=APP_TIMEOUT)
    at.switch_page("pages/ask.py").run()
    assert not at.exception, at.exception
    assert [t.value for t in at.title] == ["💬 志愿者问答"]
    assert any("知识库索引已建立" in t.value for t in at.toast)  # app.py's first-start build ran
    assert any("索引段落：" in c.value for c in at.sidebar.caption)
