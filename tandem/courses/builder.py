"""Build a course plan: assemble every part from the modules, then let a chat model (if any) write the prose.

``build_plan`` is pure (library and optional model in, plan out) and is what the
tests drive; ``build_plan_for`` is the page's entry point: it reads the knowledge
folder and the chat model from the settings.
"""

from __future__ import annotations

from langchain_core.language_models import BaseChatModel

from tandem.core.settings import Settings
from tandem.courses import agenda, assemble, prose
from tandem.courses.modules import Library, SkillModule, load_library
from tandem.courses.plan import CourseParams, CoursePlan


def normalized(params: CourseParams) -> CourseParams:
    return CourseParams(
        skills=list(dict.fromkeys(params.skills)),
        audience=params.audience,
        duration=int(params.duration),
        group_size=int(params.group_size),
        format=params.format,
        focus=(params.focus or "").strip(),
    )


def build_plan(params: CourseParams, library: Library, chat_model: BaseChatModel | None = None) -> CoursePlan:
    """A complete plan for ``params``; raises ``PlanInputError`` (Chinese message) on bad input."""
    params = normalized(params)
    params.validate({m.slug for m in library.skills})
    modules = [library.skill(slug) for slug in params.skills]
    title = assemble.title_for(params, modules)
    case = assemble.choose_case(library, params, modules)
    roleplays = assemble.choose_roleplays(
        modules, params, agenda.segment_minutes(params.format, params.duration, "roleplay")
    )
    quiz = assemble.choose_quiz(modules, params.duration)
    plan = CoursePlan(
        title=title,
        params=params,
        objectives=assemble.objectives(params, modules, case, roleplays),
        agenda=agenda.build_agenda(params, modules, case, roleplays, quiz),
        key_points=assemble.key_points(modules),
        case=case,
        roleplays=roleplays,
        quiz=quiz,
        handout=assemble.handout(title, params, modules),
        materials=assemble.materials(params, modules, case, roleplays, quiz),
        trainer_notes=assemble.trainer_notes(params, roleplays),
    )
    if chat_model is not None:
        _write_prose(plan, modules, chat_model)
    return plan


def _write_prose(plan: CoursePlan, modules: list[SkillModule], model: BaseChatModel) -> None:
    passages = prose.numbered_material(modules, plan.case)
    try:
        plan.objectives = prose.generate_objectives(model, plan.title, plan.params, passages)
        plan.prose_by["objectives"] = "llm"
    except Exception as exc:  # any model or format failure: keep the assembled objectives
        plan.notes.append(f"大模型生成学习目标失败（{_reason(exc)}），已使用知识库整理的版本。")
    try:
        plan.handout, _sources = prose.generate_handout(model, plan.title, plan.params, passages)
        plan.prose_by["handout"] = "llm"
    except Exception as exc:
        plan.notes.append(f"大模型生成学员讲义失败（{_reason(exc)}），已使用知识库整理的版本。")


def _reason(exc: Exception) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:80]


def build_plan_for(params: CourseParams, settings: Settings) -> CoursePlan:
    """The page's entry point: modules from ``settings.knowledge_dir``, chat model from the settings."""
    from tandem.assistant.llm import make_chat_model

    library = load_library(settings.knowledge_dir)
    notes = [f"以下知识文件无法读取，已跳过：{'；'.join(library.skipped)}"] if library.skipped else []
    try:
        model = make_chat_model(settings)
    except Exception as exc:  # misconfigured model: build without it and say so
        model = None
        notes.append(f"大模型配置有误（{_reason(exc)}），本方案由知识库内容整理生成。")
    plan = build_plan(params, library, model)
    plan.notes[:0] = notes
    return plan
