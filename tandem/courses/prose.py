"""Prose parts of a plan (objectives, handout) written by a chat model from numbered module passages.

The model sees the same sections the assembled plan is built from, numbered;
every line it writes must cite a passage, and citations are mapped back to the
knowledge files.  Anything unusable raises ``ProseError`` so the builder falls
back to the assembled version.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import HumanMessage, SystemMessage

from tandem.courses import prompts
from tandem.courses.modules import SkillModule
from tandem.courses.plan import CaseStudy, CourseParams, Objective
from tandem.courses.profiles import AUDIENCE_PROFILES
from tandem.errors import TandemError
from tandem.text.knowledge_format import ESCALATION_TITLE, KEY_POINTS, PHRASES, plain

_CITATION = re.compile(r"\[(\d{1,3})\]")
_BULLET = re.compile(r"^\s*(?:[-*•]|\d+[.．、)]|（\d+）)\s*")
_LIST_ITEM = re.compile(r"^\s*(?:[-*•]\s|\d+[.．、)])")
MAX_HANDOUT_CHARS = 1500
MIN_OBJECTIVES = 3
MAX_OBJECTIVES = 5


class ProseError(TandemError, RuntimeError):
    """The chat model's text cannot be used (no citations, wrong shape, too long)."""


@dataclass(frozen=True)
class Passage:
    n: int
    title: str
    section: str
    text: str
    source: str


def numbered_material(modules: Sequence[SkillModule], case: CaseStudy | None) -> list[Passage]:
    """Key points, phrases and escalation of each module, and the case's practices, numbered from 1."""
    raw: list[tuple[str, str, str, str]] = []
    for m in modules:
        raw.append((m.title, KEY_POINTS, "\n".join(f"- {plain(k)}" for k in m.key_points), m.source))
        phrases = [f"- 可以说：{p.text}" for p in m.phrases[:6]] + [f"- 不要说：{plain(d)}" for d in m.donts[:4]]
        raw.append((m.title, PHRASES, "\n".join(phrases), m.source))
        raw.append((m.title, ESCALATION_TITLE, "\n".join(f"- {plain(e)}" for e in m.escalation), m.source))
    if case:
        text = "\n".join([*(f"- {plain(p)}" for p in case.practices), f"成效：{case.outcomes}"])
        raw.append((case.title, "可复制的做法与成效", text, case.source))
    kept = [r for r in raw if r[2]]
    return [Passage(i, title, section, text, source) for i, (title, section, text, source) in enumerate(kept, 1)]


def render_material(passages: Sequence[Passage]) -> str:
    return "\n\n".join(
        prompts.MATERIAL_TEMPLATE.format(n=p.n, title=p.title, section=p.section, text=p.text) for p in passages
    )


def _ask(model: BaseChatModel, prompt: str) -> str:
    reply = model.invoke([SystemMessage(prompts.COURSE_SYSTEM_PROMPT), HumanMessage(prompt)])
    content = reply.content
    if not isinstance(content, str):
        content = "".join(part.get("text", "") if isinstance(part, dict) else str(part) for part in content)
    text = content.strip()
    text = re.sub(r"^```(?:markdown|md)?\s*|\s*```$", "", text)  # some models fence their Markdown
    if not text:
        raise ProseError("大模型没有返回内容")
    return text


def _cited(text: str, passages: Sequence[Passage]) -> list[int]:
    return [int(n) for n in _CITATION.findall(text) if 1 <= int(n) <= len(passages)]


def generate_objectives(
    model: BaseChatModel, title: str, params: CourseParams, passages: Sequence[Passage]
) -> list[Objective]:
    profile = AUDIENCE_PROFILES[params.audience]
    text = _ask(
        model,
        prompts.OBJECTIVES_PROMPT.format(
            title=title,
            audience=params.audience,
            context=profile.context,
            duration=params.duration,
            format=params.format,
            focus=params.focus.strip() or "无",
            material=render_material(passages),
        ),
    )
    objectives = []
    for line in text.splitlines():
        line = _BULLET.sub("", line).strip()
        cited = _cited(line, passages)
        if not line or not cited:
            continue  # uncited lines are dropped, never shown as if they had a source
        body = _CITATION.sub("", line).strip().rstrip("；;")
        if len(body) < 6:
            continue
        sources = list(dict.fromkeys(passages[n - 1].source for n in cited))
        objectives.append(Objective(body if body.endswith("。") else body + "。", sources))
    if len(objectives) < MIN_OBJECTIVES:
        raise ProseError(f"大模型只写出 {len(objectives)} 条有出处的学习目标")
    return objectives[:MAX_OBJECTIVES]


def generate_handout(
    model: BaseChatModel, title: str, params: CourseParams, passages: Sequence[Passage]
) -> tuple[str, list[str]]:
    """``(handout Markdown, cited sources)``; citations stay as [n] with a numbered source list below."""
    profile = AUDIENCE_PROFILES[params.audience]
    text = _ask(
        model,
        prompts.HANDOUT_PROMPT.format(
            title=title,
            audience=params.audience,
            context=profile.context,
            material=render_material(passages),
        ),
    )
    text = _CITATION.sub(lambda m: m.group(0) if 1 <= int(m.group(1)) <= len(passages) else "", text)
    # a list item without a valid citation is dropped: nothing on the handout is left unsourced
    text = "\n".join(line for line in text.splitlines() if not _LIST_ITEM.match(line) or _cited(line, passages))
    cited = sorted(set(_cited(text, passages)))
    if len(cited) < 2:
        raise ProseError("大模型写的讲义缺少有效出处")
    if "##" not in text:
        raise ProseError("大模型写的讲义没有按小标题组织")
    if len(text) > MAX_HANDOUT_CHARS:
        raise ProseError(f"大模型写的讲义太长（{len(text)} 字），超过一页")
    text = re.sub(r"^#\s.*\n+", "", text)  # our own title goes on top
    lines = [
        f"# 学员讲义：{title}",
        "",
        f"培训对象：{params.audience}　时长：{params.duration} 分钟　形式：{params.format}",
        "",
        text.strip(),
        "",
    ]
    if "12356" not in text or "110" not in text:
        lines += [
            "## 求助电话",
            "- 有立即危险：拨打 110（报警）或 120（急救）；心理援助热线 12356。志愿者不单独处理，不承诺保密。",
            "",
        ]
    lines += [
        "## 我的联络卡",
        "- 对接社工：____________　电话：____________",
        "",
        "资料来源：" + "；".join(f"[{n}] {passages[n - 1].source}（{passages[n - 1].section}）" for n in cited),
    ]
    return "\n".join(lines), list(dict.fromkeys(passages[n - 1].source for n in cited))
