"""The course plan: builder inputs, the plan's parts, JSON round-trip and consistency checks.

A plan is plain data (dataclasses of strings, ints and lists) so it can be edited
in the page, stored as JSON in the database and exported.  Every cited part keeps
the knowledge file it came from (``source`` / ``sources``).  ``course.builder``
assembles plans; this module only describes them.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from tandem.courses.profiles import AUDIENCES, DURATIONS, FORMATS
from tandem.errors import TandemError

MIN_QUIZ = 5
MAX_SKILLS = 6


class PlanInputError(TandemError, ValueError):
    """The builder's inputs are incomplete or out of range (message in Chinese, for the page)."""


@dataclass
class CourseParams:
    skills: list[str]  # skill module slugs, in the trainer's order
    audience: str
    duration: int
    group_size: int = 20
    format: str = "讲授+演练"
    focus: str = ""

    def validate(self, known_skills: set[str] | None = None) -> None:
        if not self.skills:
            raise PlanInputError("请至少选择一个技能模块。")
        if len(self.skills) > MAX_SKILLS:
            raise PlanInputError(f"一次课程最多选择 {MAX_SKILLS} 个技能模块，请减少后再生成。")
        if known_skills is not None:
            unknown = [s for s in self.skills if s not in known_skills]
            if unknown:
                raise PlanInputError(f"找不到技能模块：{'、'.join(unknown)}。请重新选择。")
        if self.audience not in AUDIENCES:
            raise PlanInputError(f"培训对象须为：{'、'.join(AUDIENCES)}。")
        if self.duration not in DURATIONS:
            raise PlanInputError(f"课程时长须为 {' / '.join(str(d) for d in DURATIONS)} 分钟之一。")
        if self.format not in FORMATS:
            raise PlanInputError(f"培训形式须为：{'、'.join(FORMATS)}。")
        if not 1 <= int(self.group_size) <= 200:
            raise PlanInputError("学员人数须在 1 到 200 人之间。")
        if len(self.focus) > 100:
            raise PlanInputError("培训重点请控制在 100 字以内。")


@dataclass
class Objective:
    text: str
    sources: list[str] = field(default_factory=list)


@dataclass
class AgendaItem:
    minutes: int
    activity: str
    content: str
    sources: list[str] = field(default_factory=list)
    kind: str = ""  # opening / context / lecture / demo / case / roleplay / break / escalation / quiz / closing


@dataclass
class SkillPoints:
    skill: str
    title: str
    source: str
    points: list[str]
    steps: list[str] = field(default_factory=list)
    phrases: list[str] = field(default_factory=list)
    donts: list[str] = field(default_factory=list)
    misconceptions: list[str] = field(default_factory=list)
    escalation: list[str] = field(default_factory=list)


@dataclass
class CaseStudy:
    slug: str
    title: str
    source: str
    publication: str
    reason: str
    background: str
    social_worker: str
    volunteers: str
    outcomes: str
    practices: list[str]
    questions: list[str]


@dataclass
class RolePlayPlan:
    title: str
    skill: str
    source: str
    minutes: int
    grouping: str
    roles: list[str]
    situation: str
    prompts: list[str]  # the tasks/instructions given to the players
    checklist: list[str]  # for the observer
    debrief: str = ""

    @property
    def group_size(self) -> int:
        """People per group: from the grouping ("三人一组…"), else the number of roles."""
        for word, n in (("两人", 2), ("二人", 2), ("三人", 3), ("四人", 4), ("五人", 5), ("六人", 6)):
            if word in self.grouping:
                return n
        match = re.match(r"(\d+)\s*人一组", self.grouping)
        if match:
            return int(match.group(1))
        return max(len(self.roles), 2)

    @property
    def round_minutes(self) -> int | None:
        """The module's suggested minutes per round, if it gives one."""
        match = re.search(r"每(?:轮|人)\s*(\d+)\s*分钟", self.grouping)
        return int(match.group(1)) if match else None


@dataclass
class QuizQuestion:
    kind: str  # 单选 / 多选 / 简答 / 判断
    question: str
    options: list[str]
    answer: str
    source: str


@dataclass
class CoursePlan:
    title: str
    params: CourseParams
    objectives: list[Objective]
    agenda: list[AgendaItem]
    key_points: list[SkillPoints]
    case: CaseStudy | None
    roleplays: list[RolePlayPlan]
    quiz: list[QuizQuestion]
    handout: str  # Markdown, one printed page
    materials: list[str]
    trainer_notes: list[str] = field(default_factory=list)
    prose_by: dict[str, str] = field(default_factory=lambda: {"objectives": "assembled", "handout": "assembled"})
    notes: list[str] = field(default_factory=list)  # what the builder wants the trainer to know (e.g. LLM fallback)

    # ---- derived -----------------------------------------------------------------
    @property
    def total_minutes(self) -> int:
        return sum(item.minutes for item in self.agenda)

    def timeline(self) -> list[tuple[int, int, AgendaItem]]:
        """``(start, end, item)`` in minutes from the start of the session."""
        out, start = [], 0
        for item in self.agenda:
            out.append((start, start + item.minutes, item))
            start += item.minutes
        return out

    def sources(self) -> list[str]:
        """Every knowledge file the plan cites, in first-cited order."""
        seen: dict[str, None] = {}
        for objective in self.objectives:
            seen.update(dict.fromkeys(objective.sources))
        for item in self.agenda:
            seen.update(dict.fromkeys(item.sources))
        seen.update(dict.fromkeys(kp.source for kp in self.key_points))
        if self.case:
            seen[self.case.source] = None
        seen.update(dict.fromkeys(rp.source for rp in self.roleplays))
        seen.update(dict.fromkeys(q.source for q in self.quiz))
        return [s for s in seen if s]

    def problems(self, root: Path | None = None) -> list[str]:
        """What would make the printed plan wrong, in Chinese (empty when fine)."""
        issues = []
        if self.total_minutes != self.params.duration:
            issues.append(f"课程流程合计 {self.total_minutes} 分钟，与课程时长 {self.params.duration} 分钟不一致。")
        if any(item.minutes < 0 for item in self.agenda):
            issues.append("课程流程中有环节的时长为负数。")
        if len(self.quiz) < MIN_QUIZ:
            issues.append(f"小测验只有 {len(self.quiz)} 题，至少需要 {MIN_QUIZ} 题。")
        for i, q in enumerate(self.quiz, 1):
            if not q.question.strip():
                issues.append(f"第 {i} 题没有题目。")
            if not q.answer.strip():
                issues.append(f"第 {i} 题没有答案。")
            if not q.source.strip():
                issues.append(f"第 {i} 题没有注明出处。")
        if root is not None:
            missing = [s for s in self.sources() if not (root / s).exists()]
            if missing:
                issues.append(f"以下出处在知识库中找不到：{'、'.join(missing)}。")
        return issues

    # ---- JSON ----------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CoursePlan:
        def build(kind: type, value: dict[str, Any]) -> Any:
            names = {f.name for f in fields(kind)}
            return kind(**{k: v for k, v in value.items() if k in names})

        case = data.get("case")
        return cls(
            title=data.get("title", ""),
            params=build(CourseParams, data.get("params", {})),
            objectives=[build(Objective, o) for o in data.get("objectives", [])],
            agenda=[build(AgendaItem, a) for a in data.get("agenda", [])],
            key_points=[build(SkillPoints, k) for k in data.get("key_points", [])],
            case=build(CaseStudy, case) if case else None,
            roleplays=[build(RolePlayPlan, r) for r in data.get("roleplays", [])],
            quiz=[build(QuizQuestion, q) for q in data.get("quiz", [])],
            handout=data.get("handout", ""),
            materials=list(data.get("materials", [])),
            trainer_notes=list(data.get("trainer_notes", [])),
            prose_by=dict(data.get("prose_by", {"objectives": "assembled", "handout": "assembled"})),
            notes=list(data.get("notes", [])),
        )


def clock(minute: int) -> str:
    """Minutes from the start as ``H:MM`` (``95`` → ``1:35``)."""
    return f"{minute // 60}:{minute % 60:02d}"
