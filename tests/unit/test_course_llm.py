"""The LLM path of the course builder with langchain_core's FakeListChatModel: cited prose, and every fallback."""

from __future__ import annotations

from typing import Any

from langchain_core.language_models import FakeListChatModel
from pydantic import Field

from tandem.core.settings import REPO_ROOT, load_settings
from tandem.courses import prompts
from tandem.courses.builder import build_plan, build_plan_for
from tandem.courses.modules import load_library
from tandem.courses.plan import CourseParams, CoursePlan
from tandem.courses.prose import numbered_material

LIBRARY = load_library(REPO_ROOT / "knowledge")
PARAMS = CourseParams(["silent-listening", "empathic-response"], "快递员志愿者", 90)
SILENT, EMPATHY = "knowledge/skills/silent-listening.md", "knowledge/skills/empathic-response.md"
CASE = "knowledge/cases/haite-garden-xinyu-program.md"

OBJECTIVES = """1. 能在送件的几分钟里先听完居民的话，不打断、不评判 [1]
2. 能用“听起来您……因为……”说出居民的感受和原因 [4]
3. 能识别轻生言语等危机信号，立即联系社工，必要时拨打110、120，告知12356 [3][6]
- 能说出海特花园“心屿计划”的做法 [7]
这一行没有出处，应当被丢掉
"""
HANDOUT = """## 记住这几点
- 先听完，再开口 [1]
- 先认情绪，再谈事情 [4]
- 这一条没有出处
## 可以这样说
- “您慢慢说，我今天不赶时间。” [2]
## 不要这样说
- “至少您还有退休金” [5]
## 遇到这些情况，立即联系社工
- 听到“不想活了”：立即联系社工，必要时拨打 110、120，告知 12356 [3][99]
"""


class RecordingFake(FakeListChatModel):
    """A fake that keeps the prompts it was sent."""

    seen: list[str] = Field(default_factory=list)

    def _call(self, messages: list[Any], *args: Any, **kwargs: Any) -> str:
        self.seen.append("\n".join(str(m.content) for m in messages))
        return super()._call(messages, *args, **kwargs)


class BrokenModel(FakeListChatModel):
    def _call(self, *args: Any, **kwargs: Any) -> str:
        raise ConnectionError("connection refused")


def assembled() -> CoursePlan:
    return build_plan(PARAMS, LIBRARY)


def test_numbered_material_cites_modules_and_case() -> None:
    plan = assembled()
    passages = numbered_material([LIBRARY.skill(s) for s in PARAMS.skills], plan.case)
    assert [(p.n, p.source, p.section) for p in passages][:4] == [
        (1, SILENT, "核心要点"),
        (2, SILENT, "话术示例"),
        (3, SILENT, "何时转介社工"),
        (4, EMPATHY, "核心要点"),
    ]
    assert passages[-1].source == CASE and "先培训、后上门" in passages[-1].text


def test_llm_writes_cited_objectives_and_handout() -> None:
    model = RecordingFake(responses=[OBJECTIVES, HANDOUT])
    plan = build_plan(PARAMS, LIBRARY, model)
    assert plan.prose_by == {"objectives": "llm", "handout": "llm"} and plan.notes == []
    assert [o.text for o in plan.objectives][:2] == [
        "能在送件的几分钟里先听完居民的话，不打断、不评判。",
        "能用“听起来您……因为……”说出居民的感受和原因。",
    ]
    assert [o.sources for o in plan.objectives] == [[SILENT], [EMPATHY], [SILENT, EMPATHY], [CASE]]
    assert all("没有出处" not in o.text for o in plan.objectives)
    assert "先听完，再开口 [1]" in plan.handout and "这一条没有出处" not in plan.handout
    assert "[99]" not in plan.handout and f"[1] {SILENT}（核心要点）" in plan.handout
    assert plan.handout.startswith(f"# 学员讲义：{plan.title}")
    for source in plan.sources():
        assert (REPO_ROOT / source).is_file()
    # the same material the assembled plan uses was sent, with the prompt constants
    assert len(model.seen) == 2
    assert prompts.COURSE_SYSTEM_PROMPT in model.seen[0]
    assert "[1] 《静默倾听：让对方把话说完》（核心要点）" in model.seen[0] and "先听完，再开口" in model.seen[0]
    assert "## 记住这几点" in model.seen[1]
    # the rest of the plan is still the assembled one
    base = assembled()
    assert plan.agenda == base.agenda and plan.quiz == base.quiz and plan.total_minutes == 90


def test_fallback_when_the_model_raises() -> None:
    plan = build_plan(PARAMS, LIBRARY, BrokenModel(responses=["unused"]))
    base = assembled()
    assert plan.prose_by == {"objectives": "assembled", "handout": "assembled"}
    assert plan.objectives == base.objectives and plan.handout == base.handout
    assert len(plan.notes) == 2 and all("connection refused" in n and "知识库整理" in n for n in plan.notes)


def test_fallback_when_the_model_writes_without_citations() -> None:
    model = FakeListChatModel(responses=["1. 能倾听\n2. 能共情\n3. 能转介", "## 记住这几点\n- 多听少说"])
    plan = build_plan(PARAMS, LIBRARY, model)
    base = assembled()
    assert plan.objectives == base.objectives and plan.handout == base.handout
    assert any("学习目标" in n for n in plan.notes) and any("学员讲义" in n for n in plan.notes)


def test_partial_fallback_and_missing_hotlines_added() -> None:
    handout = "## 记住这几点\n- 先听完，再开口 [1]\n- 先认情绪，再谈事情 [4]"
    plan = build_plan(PARAMS, LIBRARY, FakeListChatModel(responses=["只有一行 [1]", handout]))
    assert plan.prose_by == {"objectives": "assembled", "handout": "llm"}
    assert "12356" in plan.handout and "110" in plan.handout  # safety line appended when the model left it out


def test_build_plan_for_without_llm_settings(settings) -> None:  # type: ignore[no-untyped-def]
    plan = build_plan_for(PARAMS, settings)
    assert plan.prose_by["objectives"] == "assembled" and plan.notes == []


def test_build_plan_for_with_misconfigured_llm(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("TANDEM_LLM_PROVIDER", "openai")  # no model name: make_chat_model raises
    plan = build_plan_for(PARAMS, load_settings())
    assert plan.prose_by["objectives"] == "assembled"
    assert plan.notes and "大模型配置有误" in plan.notes[0]
