"""Search filters: the one typed contract the Ask page, the CLI, answers, search and both indexes share.

Each field is a set of allowed values for one column of the index (an empty tuple
allows every value); fields combine with AND. ``SearchFilters.nothing()`` says
explicitly that no document can match (an audience no skill module is written for),
so search returns nothing without querying either index.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

Values = str | Iterable[str] | None


def _values(value: Values) -> tuple[str, ...]:
    """``"a"`` → ``("a",)``; ``None`` / ``""`` → ``()``; an iterable → its non-empty items, in order."""
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,) if value else ()
    return tuple(v for v in value if v)


@dataclass(frozen=True)
class SearchFilters:
    """Which chunks a search may return (hashable, so it can key a cache)."""

    kinds: tuple[str, ...] = ()  # document kinds: skill, case, other
    skills: tuple[str, ...] = ()  # skill module names (静默倾听 …)
    regions: tuple[str, ...] = ()  # case regions (北京市朝阳区 …)
    sources: tuple[str, ...] = ()  # document paths
    matches_nothing: bool = False

    @classmethod
    def of(
        cls, kind: Values = None, skill: Values = None, region: Values = None, source: Values = None
    ) -> SearchFilters:
        """Filters from loose values: one string, several, or ``None`` for any."""
        return cls(_values(kind), _values(skill), _values(region), _values(source))

    @classmethod
    def nothing(cls) -> SearchFilters:
        """Filters no chunk passes."""
        return cls(matches_nothing=True)

    def columns(self) -> dict[str, tuple[str, ...]]:
        """The constrained index columns and their allowed values (kind, skill, region, source)."""
        pairs = {"kind": self.kinds, "skill": self.skills, "region": self.regions, "source": self.sources}
        return {column: values for column, values in pairs.items() if values}

    @property
    def restricts(self) -> bool:
        """Whether these filters exclude any chunk at all."""
        return self.matches_nothing or bool(self.columns())

    def with_skills(self, *skills: str) -> SearchFilters:
        """The same filters narrowed to ``skills`` instead of the current ones."""
        return replace(self, skills=_values(skills))


NO_FILTERS = SearchFilters()
