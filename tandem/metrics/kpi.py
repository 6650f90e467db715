"""A KPI card, shared by the pilot figures and the monthly series: a value, how it was computed, its sources."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Kpi:
    """One KPI card.

    ``delta`` is a number (the change from the month before, in ``delta_unit``: ``%`` or
    ``个百分点``), ``None`` when there is nothing to compare with; ``note`` then says why.
    """

    key: str
    label: str
    value: float | None
    display: str
    unit: str
    help: str
    source_ids: tuple[int, ...] = ()
    delta: float | None = None
    delta_unit: str = ""
    note: str = ""


def fmt_number(value: float) -> str:
    if abs(value - round(value)) < 1e-9:
        return f"{round(value):,}"
    return f"{value:,.1f}"
