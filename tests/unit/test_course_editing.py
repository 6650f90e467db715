"""The page's editable tables and text areas mapped back into a plan."""

from __future__ import annotations

import pandas as pd

from tandem.core.settings import REPO_ROOT
from tandem.courses.builder import build_plan
from tandem.courses.editing import (
    PlanEdits,
    RolePlayEdits,
    agenda_frame,
    apply_edits,
    objectives_frame,
    quiz_frame,
    split_options,
)
from tandem.courses.modules import load_library
from tandem.courses.plan import CourseParams

LIBRARY = load_library(REPO_ROOT / "knowledge")
BASE = build_plan(CourseParams(["silent-listening", "empathic-response"], "快递员志愿者", 90), LIBRARY)


def test_unchanged_widgets_give_the_same_plan() -> None:
    edits = PlanEdits(
        title=BASE.title,
        objectives=objectives_frame(BASE),
        agenda=agenda_frame(BASE),
        quiz=quiz_frame(BASE),
        key_points=["\n".join(kp.points) for kp in BASE.key_points],
        case_questions="\n".join(BASE.case.questions),
        roleplays=[
            RolePlayEdits(
                rp.title, "\n".join(rp.roles), rp.situation, "\n".join(rp.prompts), "\n".join(rp.checklist), rp.debrief
            )
            for rp in BASE.roleplays
        ],
        handout=BASE.handout,
        materials="\n".join(BASE.materials),
    )
    assert apply_edits(BASE, edits) == BASE


def test_edits_are_applied_without_touching_the_base() -> None:
    agenda = agenda_frame(BASE)
    agenda.loc[0, "时长（分钟）"] = 12
    agenda.loc[1, "时长（分钟）"] = None  # cleared cell
    agenda = pd.concat([agenda, pd.DataFrame([{"时长（分钟）": None, "环节": None, "内容与方法": None, "来源": None}])])
    quiz = quiz_frame(BASE)
    quiz.loc[len(quiz)] = [
        "",
        "新题：志愿者能否替居民保密轻生念头？",
        "A. 能 B. 不能",
        "B。必须告诉社工。",
        "knowledge/skills/silent-listening.md",
    ]
    plan = apply_edits(
        BASE,
        PlanEdits(
            title="  新标题 ",
            agenda=agenda,
            quiz=quiz,
            handout=BASE.handout + "\n补充一句。",
            case_questions="问题一\n\n问题二",
        ),
    )
    assert plan.title == "新标题"
    assert [i.minutes for i in plan.agenda][:2] == [12, 0] and len(plan.agenda) == len(BASE.agenda)
    assert plan.agenda[0].kind == "opening"
    assert plan.total_minutes == 92
    assert plan.problems() == ["课程流程合计 92 分钟，与课程时长 90 分钟不一致。"]  # the page warns
    new = plan.quiz[-1]
    assert new.kind == "单选" and new.options == ["A. 能", "B. 不能"] and new.answer.startswith("B")
    assert plan.prose_by["handout"] == "edited" and plan.handout.endswith("补充一句。")
    assert plan.case.questions == ["问题一", "问题二"]
    assert BASE.title != plan.title and BASE.agenda[0].minutes == 5  # base untouched


def test_split_options() -> None:
    assert split_options("A. 甲 B. 乙 C. 丙") == ["A. 甲", "B. 乙", "C. 丙"]
    assert split_options("") == [] and split_options("没有选项") == []
