"""Saved course plans in the project database (real SQLite in this test's data dir)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from tandem.core.settings import REPO_ROOT, Settings
from tandem.courses.builder import build_plan
from tandem.courses.modules import load_library
from tandem.courses.plan import CourseParams, CoursePlan
from tandem.courses.store import (
    PlanNotFoundError,
    delete_plan,
    list_plans,
    load_plan,
    save_or_update,
    save_plan,
    update_plan,
)
from tandem.db.core import get_engine
from tandem.db.schema import course_plans

LIBRARY = load_library(REPO_ROOT / "knowledge")


def _plan(audience: str = "快递员志愿者", duration: int = 90) -> CoursePlan:
    return build_plan(CourseParams(["silent-listening", "empathic-response"], audience, duration), LIBRARY)


def test_save_list_load_update_round_trip(settings: Settings) -> None:
    assert list_plans(settings) == []
    plan = _plan()
    plan_id = save_plan(settings, plan)
    assert load_plan(settings, plan_id) == plan

    with get_engine(settings).connect() as conn:
        row = conn.execute(select(course_plans).where(course_plans.c.id == plan_id)).one()
    assert row.title == plan.title and '"audience": "快递员志愿者"' in row.params and '"quiz"' in row.plan

    edited = CoursePlan.from_dict(plan.to_dict())
    edited.title = "倾听与共情（第二版）"
    edited.agenda[0].minutes, edited.agenda[1].minutes = 3, 7
    update_plan(settings, plan_id, edited)
    assert load_plan(settings, plan_id) == edited

    other_id = save_plan(settings, _plan("老年志愿者", 45))
    listed = list_plans(settings)
    assert [p.id for p in listed] == [other_id, plan_id]  # most recently updated first
    assert (
        listed[1].title == "倾听与共情（第二版）" and listed[1].audience == "快递员志愿者" and listed[1].duration == 90
    )
    assert listed[0].label().startswith(f"#{other_id} ")

    delete_plan(settings, other_id)
    assert [p.id for p in list_plans(settings)] == [plan_id]


def test_missing_plans_and_save_or_update(settings: Settings) -> None:
    with pytest.raises(PlanNotFoundError, match="找不到编号为 42"):
        load_plan(settings, 42)
    with pytest.raises(PlanNotFoundError):
        update_plan(settings, 42, _plan())
    plan = _plan()
    new_id = save_or_update(settings, plan, None)
    assert save_or_update(settings, plan, new_id) == new_id
    replacement = save_or_update(settings, plan, 999)  # gone: saved as a new plan, nothing lost
    assert replacement != 999 and load_plan(settings, replacement) == plan


def test_blank_title_is_stored_with_a_placeholder(settings: Settings) -> None:
    plan = _plan()
    plan.title = "  "
    plan_id = save_plan(settings, plan)
    assert list_plans(settings)[0].title == "未命名课程方案"
    assert load_plan(settings, plan_id).title == "  "
