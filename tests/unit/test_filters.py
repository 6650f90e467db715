"""tandem.core.filters: the typed search filters shared by the Ask page, the CLI, search and both indexes."""

from __future__ import annotations

import pytest

from tandem.assistant.answer import Assistant
from tandem.assistant.search import HybridSearcher
from tandem.core.filters import NO_FILTERS, SearchFilters
from tandem.core.index import KnowledgeIndex
from tandem.core.lexical import FILTER_COLUMNS


def test_loose_values_become_tuples_and_empty_ones_allow_everything() -> None:
    filters = SearchFilters.of(kind="skill", skill=["静默倾听", ""], region=None, source="")
    assert filters == SearchFilters(kinds=("skill",), skills=("静默倾听",))
    assert filters.columns() == {"kind": ("skill",), "skill": ("静默倾听",)}
    assert filters.restricts
    assert SearchFilters.of(kind=None, skill=[], region="").columns() == {}
    assert not NO_FILTERS.restricts


def test_every_column_is_an_index_column() -> None:
    filters = SearchFilters.of(kind="case", skill="a", region="b", source="c")
    assert set(filters.columns()) == set(FILTER_COLUMNS)


def test_matching_nothing_is_explicit_and_survives_narrowing() -> None:
    nothing = SearchFilters.nothing()
    assert nothing.matches_nothing and nothing.restricts and nothing.columns() == {}
    assert nothing.with_skills("危机识别与转介").matches_nothing


def test_filters_are_hashable_values() -> None:
    assert len({SearchFilters.of(kind="skill"), SearchFilters.of(kind=["skill"])}) == 1
    assert SearchFilters.of(skill="a").with_skills("b") == SearchFilters(skills=("b",))


def test_the_ask_pages_filters_say_explicitly_when_no_module_matches(
    bundled_index: KnowledgeIndex, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tandem.ui.ask_view as ask_view

    monkeypatch.setattr(ask_view, "get_index", lambda: bundled_index)
    assert ask_view.build_filters("只看技能模块", ["静默倾听"], "") == SearchFilters(("skill",), ("静默倾听",))
    for_couriers = ask_view.build_filters("只看试点案例", [], "快递员志愿者")
    assert for_couriers.kinds == ("skill",) and "服务新就业群体" in for_couriers.skills
    assert "儿童与青少年活动安全" not in for_couriers.skills
    # 静默倾听 is not written for grid workers: nothing matches, and the answer is a refusal
    nothing = ask_view.build_filters("全部", ["静默倾听"], "社区工作者与网格员")
    assert nothing == SearchFilters.nothing()
    assert Assistant(HybridSearcher(bundled_index)).answer("老人不说话怎么办？", filters=nothing).refused
