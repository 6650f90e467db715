"""The timed agenda: a template per format × duration, filled with the plan's material.

Each template lists segments in whole minutes that add up to the duration; the
lecture segment is split across the chosen skills and the role-play segment
across the chosen scenarios with ``split_minutes`` (largest remainder), so the
agenda always sums exactly to the session length.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tandem.courses.modules import SkillModule, lead_of
from tandem.courses.plan import AgendaItem, CaseStudy, CourseParams, QuizQuestion, RolePlayPlan
from tandem.courses.profiles import AUDIENCE_PROFILES, FORMAT_PROFILES
from tandem.courses.text import dedup, first_sentence
from tandem.text.knowledge_format import plain

# (segment kind, minutes) per format and duration; each list sums to its duration.
TEMPLATES: dict[str, dict[int, list[tuple[str, int]]]] = {
    "讲授+演练": {
        45: [
            ("opening", 3),
            ("lecture", 12),
            ("case", 7),
            ("roleplay", 13),
            ("escalation", 4),
            ("quiz", 4),
            ("closing", 2),
        ],
        90: [
            ("opening", 5),
            ("context", 5),
            ("lecture", 18),
            ("demo", 8),
            ("case", 12),
            ("roleplay", 25),
            ("escalation", 5),
            ("quiz", 8),
            ("closing", 4),
        ],
        180: [
            ("opening", 10),
            ("context", 10),
            ("lecture", 30),
            ("demo", 15),
            ("case", 25),
            ("break", 10),
            ("roleplay", 45),
            ("escalation", 10),
            ("quiz", 15),
            ("closing", 10),
        ],
    },
    "工作坊": {
        45: [
            ("opening", 3),
            ("lecture", 7),
            ("case", 9),
            ("roleplay", 16),
            ("escalation", 3),
            ("quiz", 4),
            ("closing", 3),
        ],
        90: [
            ("opening", 5),
            ("context", 5),
            ("lecture", 10),
            ("demo", 5),
            ("case", 18),
            ("roleplay", 30),
            ("escalation", 5),
            ("quiz", 7),
            ("closing", 5),
        ],
        180: [
            ("opening", 10),
            ("context", 15),
            ("lecture", 20),
            ("demo", 10),
            ("case", 30),
            ("break", 10),
            ("roleplay", 55),
            ("escalation", 10),
            ("quiz", 10),
            ("closing", 10),
        ],
    },
    "线上": {
        45: [
            ("opening", 4),
            ("lecture", 12),
            ("case", 8),
            ("roleplay", 11),
            ("escalation", 4),
            ("quiz", 4),
            ("closing", 2),
        ],
        90: [
            ("opening", 6),
            ("context", 4),
            ("lecture", 20),
            ("demo", 8),
            ("case", 14),
            ("roleplay", 20),
            ("escalation", 6),
            ("quiz", 8),
            ("closing", 4),
        ],
        180: [
            ("opening", 10),
            ("context", 10),
            ("lecture", 30),
            ("demo", 15),
            ("break", 10),
            ("case", 25),
            ("roleplay", 40),
            ("escalation", 10),
            ("quiz", 15),
            ("closing", 15),
        ],
    },
}

MIN_LECTURE_PER_SKILL = 4


def segment_minutes(fmt: str, duration: int, kind: str) -> int:
    return sum(m for k, m in TEMPLATES[fmt][duration] if k == kind)


def split_minutes(total: int, parts: int) -> list[int]:
    """``total`` split into ``parts`` whole numbers as equal as possible, larger first; sums to ``total``."""
    if parts <= 0:
        return []
    base, extra = divmod(total, parts)
    return [base + (1 if i < extra else 0) for i in range(parts)]


def _join(items: Sequence[str], limit: int, sep: str = "；") -> str:
    return sep.join(items[:limit])


def build_agenda(
    params: CourseParams,
    modules: Sequence[SkillModule],
    case: CaseStudy | None,
    roleplays: Sequence[RolePlayPlan],
    quiz: Sequence[QuizQuestion],
) -> list[AgendaItem]:
    """The agenda for the params' format and duration; minutes sum to ``params.duration``."""
    audience = AUDIENCE_PROFILES[params.audience]
    fmt = FORMAT_PROFILES[params.format]
    skill_sources = [m.source for m in modules]
    skill_names = "、".join(f"「{m.skill}」" for m in modules)
    items: list[AgendaItem] = []
    for kind, minutes in TEMPLATES[params.format][params.duration]:
        if kind == "opening":
            items.append(
                AgendaItem(
                    minutes,
                    "开场与破冰",
                    (
                        f"{fmt.opening}培训者自我介绍，说明本次学习目标和流程；约定“保密、尊重、不评判”的学习规则"
                        f"（练习中提到的真实居民信息不外传）；告知对接社工和紧急求助方式。破冰：{audience.icebreaker}。"
                    ),
                    [],
                    kind,
                )
            )
        elif kind == "context":
            situations = [plain(s).rstrip("；;。") for m in modules for s in m.situations[:2]][:3]
            exercise = next((e for m in modules for e in m.exercises if _minutes_in(e.meta) <= minutes), None)
            text = (
                f"情境导入：请学员说说是否遇到过这些情况——{'；'.join(situations)}。"
                if situations
                else f"情境导入：{first_sentence(modules[0].intro, 120)}"
            )
            if exercise:
                text += f"热身练习「{exercise.title}」（{exercise.meta}）：{exercise.text}"
            items.append(AgendaItem(minutes, "情境导入与热身", text, skill_sources, kind))
        elif kind == "lecture":
            items.extend(_lecture(modules, minutes, audience.context))
        elif kind == "demo":
            phrases = [p.text for m in modules for p in m.phrases[:2]]
            donts = [plain(d).split("——")[0] for m in modules for d in m.donts[:2]]
            mistakes = [lead_of(x) for m in modules for x in m.misconceptions[:2]]
            items.append(
                AgendaItem(
                    minutes,
                    "话术示范与常见误区",
                    (
                        f"培训者示范“可以这样说”：{_join(phrases, 4)}。对照“不要这样说”：{_join(donts, 4)}。"
                        f"请学员说出为什么不妥，并改写成合适的说法。常见误区讨论：{_join(mistakes, 4)}。"
                    ),
                    skill_sources,
                    kind,
                )
            )
        elif kind == "case" and case is not None:
            n_questions = min(len(case.questions), 3 if minutes < 15 else len(case.questions))
            items.append(
                AgendaItem(
                    minutes,
                    f"试点案例研讨：{case.title.split('：')[0]}",
                    (
                        f"培训者用 2 分钟介绍案例《{case.title}》（见“试点案例”）；{fmt.discussion}，"
                        f"讨论问题 1–{n_questions}；培训者最后点出可复制的做法和安全底线。"
                    ),
                    [case.source],
                    kind,
                )
            )
        elif kind == "roleplay":
            items.extend(_roleplays(roleplays, params, fmt.roleplay))
        elif kind == "break":
            items.append(AgendaItem(minutes, "休息", "茶歇与自由交流；培训者检查各组观察员检查表是否齐全。", [], kind))
        elif kind == "escalation":
            leads = dedup(lead_of(x) for m in modules for x in m.escalation)
            items.append(
                AgendaItem(
                    minutes,
                    "安全底线：何时转介社工",
                    (
                        f"逐条讲解需要立即联系对接社工的情况：{_join(leads, 6, '、')}。强调：危机情况志愿者不单独处理、"
                        "不承诺保密；求助电话按《危机识别与转介》的流程选（受伤、服药、急症打 120，暴力和有轻生计划打 110，"
                        "12356 只用于没有眼前危险时的倾诉）。"
                        "请 2 名学员当场演练一句转介的话。"
                    ),
                    skill_sources,
                    kind,
                )
            )
        elif kind == "quiz":
            choice = sum(1 for q in quiz if q.options)
            items.append(
                AgendaItem(
                    minutes,
                    "小测验与讲评",
                    (
                        f"小测验 {len(quiz)} 题（选择题 {choice} 题、简答题 {len(quiz) - choice} 题），{fmt.quiz}；"
                        "培训者对照答案页讲评，重点讲错得多的题。"
                    ),
                    list(dict.fromkeys(q.source for q in quiz)),
                    kind,
                )
            )
        elif kind == "closing":
            items.append(
                AgendaItem(
                    minutes,
                    "总结与行动承诺",
                    (
                        f"回顾{skill_names}的要点；每人写下一句本周在{audience.context}中要用的话或一个做法；"
                        "发放学员讲义，收集反馈，约定后续督导和反馈渠道。"
                    ),
                    [],
                    kind,
                )
            )
    _balance(items, params.duration)
    return items


def _minutes_in(meta: str) -> int:
    """Minutes an exercise says it takes ("个人练习，5分钟" → 5); unknown counts as too long."""
    match = re.search(r"(\d+)\s*分钟", meta)
    return int(match.group(1)) if match else 10**6


def _balance(items: list[AgendaItem], duration: int) -> None:
    """Give minutes of a missing segment (no fitting case, no role-play) to the practice or lecture rows."""
    gap = duration - sum(i.minutes for i in items)
    if gap and items:
        target = next((i for i in items if i.kind == "roleplay"), None) or next(
            (i for i in items if i.kind == "lecture"), items[0]
        )
        target.minutes += gap


def _lecture(modules: Sequence[SkillModule], minutes: int, context: str) -> list[AgendaItem]:
    if len(modules) * MIN_LECTURE_PER_SKILL > minutes:
        leads = [f"{m.skill}：{'、'.join(lead_of(k) for k in m.key_points[:2])}" for m in modules]
        return [
            AgendaItem(
                minutes,
                "核心要点讲授",
                f"按“核心要点”页逐一讲解——{'；'.join(leads)}。",
                [m.source for m in modules],
                "lecture",
            )
        ]
    out = []
    for module, share in zip(modules, split_minutes(minutes, len(modules)), strict=True):
        points = "；".join(lead_of(k) for k in module.key_points)
        steps = " → ".join(lead_of(s) for s in module.steps[:6])
        out.append(
            AgendaItem(
                share,
                f"核心要点：{module.skill}",
                (f"讲解核心要点：{points}。操作步骤：{steps}。请 1–2 名学员结合{context}举一个例子。"),
                [module.source],
                "lecture",
            )
        )
    return out


def _roleplays(roleplays: Sequence[RolePlayPlan], params: CourseParams, how: str) -> list[AgendaItem]:
    out = []
    for rp in roleplays:
        size = rp.group_size
        groups = max(1, -(-params.group_size // size))
        debrief = max(2, min(5, rp.minutes // 3))
        practice = rp.minutes - debrief
        rounds = ""
        if rp.round_minutes and practice >= 2 * rp.round_minutes:
            rounds = f"（每轮 {rp.round_minutes} 分钟，共 {practice // rp.round_minutes} 轮，组内轮换角色）"
        elif rp.round_minutes and practice < rp.round_minutes:
            rounds = f"（模块建议每轮 {rp.round_minutes} 分钟，本次完成 1 轮，角色轮换可课后练习）"
        out.append(
            AgendaItem(
                rp.minutes,
                f"角色扮演：{rp.title}",
                (
                    f"{how}。{groups} 组，每组 {size} 人（{'；'.join(rp.roles) or '见角色卡'}）；演练 {practice} 分钟{rounds}、"
                    f"复盘 {debrief} 分钟，观察员按检查表记录（见“角色扮演”）。"
                ),
                [rp.source],
                "roleplay",
            )
        )
    return out
