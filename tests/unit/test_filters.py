"""tandem.core.filters: the typed search filters shared by the Ask page, the CLI, search and both indexes."""

from __future__ import annotations

from tandem.core.filters import NO_FILTERS, SearchFilters
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
