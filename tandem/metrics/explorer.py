"""One call for the explorer tab: filtered figures and everything derived from them."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from tandem.metrics.geo import locations
from tandem.metrics.kpi import Kpi
from tandem.metrics.pilots import (
    Filters,
    apply_filters,
    compare_by,
    figure_label,
    figures_table,
    filter_options,
    kpis,
    pilot_summary,
    ratios_by_scope,
)


@dataclass(frozen=True)
class ExplorerView:
    """What the explorer shows for one set of filters."""

    filters: Filters
    options: dict[str, list[str]]
    filtered: pd.DataFrame
    kpis: list[Kpi]
    compare: pd.DataFrame
    ratios: pd.DataFrame
    summary: pd.DataFrame
    locations: pd.DataFrame
    table: pd.DataFrame
    labels: dict[int, str]


def explore(figures: pd.DataFrame, filters: Filters, by: str = "region") -> ExplorerView:
    """KPI cards, comparisons by ``by`` (region or program), map points and the table, for ``filters``."""
    filtered = apply_filters(figures, filters)
    return ExplorerView(
        filters=filters,
        options=filter_options(figures, filters),
        filtered=filtered,
        kpis=kpis(filtered),
        compare=compare_by(filtered, by),
        ratios=ratios_by_scope(filtered),
        summary=pilot_summary(filtered),
        locations=locations(filtered),
        table=figures_table(filtered),
        labels={int(row["id"]): figure_label(row) for _, row in figures.iterrows()},
    )
