"""A plan as the page's editable tables and text, and the edited values back into a plan.

The page shows list-like parts (objectives, agenda, quiz) in ``st.data_editor``
tables and prose or one-item-per-line parts in text areas; ``apply_edits`` turns
what the trainer changed into a new plan, never mutating the one it started from.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any

import pandas as pd

from tandem.courses.plan import AgendaItem, CoursePlan, Objective, QuizQuestion

OBJECTIVE_COLUMNS = ["学习目标", "来源"]
AGENDA_COLUMNS = ["时长（分钟）", "环节", "内容与方法", "来源"]
QUIZ_COLUMNS = ["题型", "题目", "选项", "答案", "来源"]
_OPTION = re.compile(r"(?:^|\s)([A-F])[.．、]\s*")


@dataclass
class RolePlayEdits:
    title: str
    roles: str
    situation: str
    prompts: str
    checklist: str
    debrief: str


@dataclass
class PlanEdits:
    """Raw widget values from the page; ``None`` means "not shown / unchanged"."""

    title: str | None = None
    objectives: pd.DataFrame | None = None
    agenda: pd.DataFrame | None = None
    key_points: list[str] | None = None  # one text (one point per line) per skill
    case_questions: str | None = None
    roleplays: list[RolePlayEdits] | None = None
    quiz: pd.DataFrame | None = None
    handout: str | None = None
    materials: str | None = None


# ---- plan → widgets -----------------------------------------------------------------


def _sources(values: list[str]) -> str:
    return "；".join(values)


def objectives_frame(plan: CoursePlan) -> pd.DataFrame:
    return pd.DataFrame([[o.text, _sources(o.sources)] for o in plan.objectives], columns=OBJECTIVE_COLUMNS)


def agenda_frame(plan: CoursePlan) -> pd.DataFrame:
    rows = [[i.minutes, i.activity, i.content, _sources(i.sources)] for i in plan.agenda]
    frame = pd.DataFrame(rows, columns=AGENDA_COLUMNS)
    frame["时长（分钟）"] = frame["时长（分钟）"].astype("int64")
    return frame


def quiz_frame(plan: CoursePlan) -> pd.DataFrame:
    return pd.DataFrame(
        [[q.kind, q.question, " ".join(q.options), q.answer, q.source] for q in plan.quiz], columns=QUIZ_COLUMNS
    )


def lines_text(items: list[str]) -> str:
    return "\n".join(items)


# ---- widgets → plan -----------------------------------------------------------------


def _text(value: Any) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA:
        return ""
    return str(value).strip()


def _minutes(value: Any) -> int:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return 0
    return 0 if math.isnan(number) else max(0, round(number))


def split_sources(text: str) -> list[str]:
    return [s.strip() for s in re.split(r"[；;\n]", text) if s.strip()]


def split_lines(text: str) -> list[str]:
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


def split_options(text: str) -> list[str]:
    """ "A. 甲 B. 乙" → ["A. 甲", "B. 乙"]; text without option letters gives no options."""
    marks = list(_OPTION.finditer(text))
    if len(marks) < 2:
        return []
    return [
        f"{m.group(1)}. {text[m.end() : (marks[i + 1].start() if i + 1 < len(marks) else len(text))].strip()}"
        for i, m in enumerate(marks)
    ]


def _records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    return frame.to_dict("records")


def apply_edits(base: CoursePlan, edits: PlanEdits) -> CoursePlan:
    """A new plan: ``base`` with the trainer's edits applied (empty table rows are dropped)."""
    plan = CoursePlan.from_dict(base.to_dict())
    if edits.title is not None and edits.title.strip():
        plan.title = edits.title.strip()
    if edits.objectives is not None:
        plan.objectives = [
            Objective(_text(r["学习目标"]), split_sources(_text(r["来源"])))
            for r in _records(edits.objectives)
            if _text(r["学习目标"])
        ]
        plan.prose_by["objectives"] = _edited(base.prose_by.get("objectives", ""), base.objectives, plan.objectives)
    if edits.agenda is not None:
        kinds = {i.activity: i.kind for i in base.agenda}
        plan.agenda = [
            AgendaItem(
                _minutes(r["时长（分钟）"]),
                _text(r["环节"]),
                _text(r["内容与方法"]),
                split_sources(_text(r["来源"])),
                kinds.get(_text(r["环节"]), ""),
            )
            for r in _records(edits.agenda)
            if _text(r["环节"]) or _text(r["内容与方法"])
        ]
    if edits.key_points is not None:
        for kp, text in zip(plan.key_points, edits.key_points, strict=False):
            kp.points = split_lines(text)
    if edits.case_questions is not None and plan.case is not None:
        plan.case.questions = split_lines(edits.case_questions)
    if edits.roleplays is not None:
        for rp, e in zip(plan.roleplays, edits.roleplays, strict=False):
            rp.title = e.title.strip() or rp.title
            rp.roles, rp.prompts, rp.checklist = split_lines(e.roles), split_lines(e.prompts), split_lines(e.checklist)
            rp.situation, rp.debrief = e.situation.strip(), e.debrief.strip()
    if edits.quiz is not None:
        plan.quiz = [
            QuizQuestion(
                _text(r["题型"]) or ("单选" if split_options(_text(r["选项"])) else "简答"),
                _text(r["题目"]),
                split_options(_text(r["选项"])),
                _text(r["答案"]),
                _text(r["来源"]),
            )
            for r in _records(edits.quiz)
            if _text(r["题目"])
        ]
    if edits.handout is not None:
        if edits.handout.strip() != base.handout.strip():
            plan.prose_by["handout"] = "edited"
        plan.handout = edits.handout.strip()
    if edits.materials is not None:
        plan.materials = split_lines(edits.materials)
    return plan


def _edited(previous: str, before: list[Objective], after: list[Objective]) -> str:
    return previous if [(o.text, o.sources) for o in before] == [(o.text, o.sources) for o in after] else "edited"
