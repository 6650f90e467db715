"""Saved course plans in the project database (``course_plans``: params and plan as JSON).

SQLAlchemy Core only, portable types, so the same code runs on SQLite and PostgreSQL.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import UTC, datetime

from sqlalchemy import delete, insert, select, update

from tandem.core.settings import Settings
from tandem.courses.plan import CoursePlan
from tandem.db.core import get_engine
from tandem.db.schema import course_plans
from tandem.errors import TandemError

MAX_TITLE = 300


class PlanNotFoundError(TandemError, LookupError):
    """No saved plan has this id."""


@dataclass(frozen=True)
class SavedPlan:
    id: int
    title: str
    audience: str
    duration: int
    created_at: datetime | None
    updated_at: datetime | None

    def label(self) -> str:
        when = _local(self.updated_at).strftime("%Y-%m-%d %H:%M") if self.updated_at else ""
        return f"#{self.id} {self.title}（{when}）" if when else f"#{self.id} {self.title}"


def _local(moment: datetime) -> datetime:
    """Stored times are UTC (SQLite returns them without a zone); show them in the server's zone."""
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone()


def _dump(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


def save_plan(settings: Settings, plan: CoursePlan) -> int:
    """Store ``plan`` as a new saved plan; returns its id."""
    now = datetime.now(UTC)
    with get_engine(settings).begin() as conn:
        result = conn.execute(
            insert(course_plans).values(
                title=(plan.title.strip() or "未命名课程方案")[:MAX_TITLE],
                params=_dump(asdict(plan.params)),
                plan=_dump(plan.to_dict()),
                created_at=now,
                updated_at=now,
            )
        )
        return int(result.inserted_primary_key[0])  # type: ignore[index]


def update_plan(settings: Settings, plan_id: int, plan: CoursePlan) -> None:
    """Overwrite saved plan ``plan_id`` with ``plan``."""
    with get_engine(settings).begin() as conn:
        result = conn.execute(
            update(course_plans)
            .where(course_plans.c.id == plan_id)
            .values(
                title=(plan.title.strip() or "未命名课程方案")[:MAX_TITLE],
                params=_dump(asdict(plan.params)),
                plan=_dump(plan.to_dict()),
                updated_at=datetime.now(UTC),
            )
        )
        if result.rowcount == 0:
            raise PlanNotFoundError(f"找不到编号为 {plan_id} 的课程方案，可能已被删除。")


def save_or_update(settings: Settings, plan: CoursePlan, plan_id: int | None = None) -> int:
    """Update saved plan ``plan_id`` (or save a new one if it is ``None`` or gone); returns the id."""
    if plan_id is not None:
        try:
            update_plan(settings, plan_id, plan)
            return plan_id
        except PlanNotFoundError:
            pass
    return save_plan(settings, plan)


def load_plan(settings: Settings, plan_id: int) -> CoursePlan:
    with get_engine(settings).connect() as conn:
        row = conn.execute(select(course_plans.c.plan).where(course_plans.c.id == plan_id)).first()
    if row is None:
        raise PlanNotFoundError(f"找不到编号为 {plan_id} 的课程方案，可能已被删除。")
    return CoursePlan.from_dict(json.loads(row.plan))


def list_plans(settings: Settings) -> list[SavedPlan]:
    """Saved plans, most recently updated first."""
    columns = (
        course_plans.c.id,
        course_plans.c.title,
        course_plans.c.params,
        course_plans.c.created_at,
        course_plans.c.updated_at,
    )
    with get_engine(settings).connect() as conn:
        rows = conn.execute(select(*columns).order_by(course_plans.c.updated_at.desc(), course_plans.c.id.desc()))
        out = []
        for row in rows:
            try:
                params = json.loads(row.params)
            except ValueError:
                params = {}
            out.append(
                SavedPlan(
                    row.id,
                    row.title,
                    str(params.get("audience", "")),
                    int(params.get("duration", 0) or 0),
                    row.created_at,
                    row.updated_at,
                )
            )
    return out


def delete_plan(settings: Settings, plan_id: int) -> None:
    with get_engine(settings).begin() as conn:
        conn.execute(delete(course_plans).where(course_plans.c.id == plan_id))
