"""Widgets of the course builder page: the parameters, saved plans, the plan's editors, saving and export.

The plan being edited lives in ``st.session_state`` as a dict (``course_plan``) with its
saved id (``course_plan_id``); each new plan or reopened one bumps ``course_rev`` so the
editors start from fresh widgets.
"""

from __future__ import annotations

from functools import partial
from typing import Any

import pandas as pd
import streamlit as st
from sqlalchemy.exc import SQLAlchemyError

from tandem.core.settings import Settings
from tandem.courses.builder import build_plan_for
from tandem.courses.editing import (
    PlanEdits,
    RolePlayEdits,
    agenda_frame,
    apply_edits,
    lines_text,
    objectives_frame,
    quiz_frame,
)
from tandem.courses.export import H_QUIZ, file_stem, to_docx, to_markdown
from tandem.courses.plan import CaseStudy, CourseParams, CoursePlan, PlanInputError, RolePlayPlan
from tandem.courses.profiles import AUDIENCES, DURATIONS, FORMATS
from tandem.courses.store import PlanNotFoundError, list_plans, load_plan, save_or_update
from tandem.text.knowledge_format import BACKGROUND, OUTCOMES, SOCIAL_WORKER, VOLUNTEERS
from tandem.ui.course_resources import skill_options

DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
PROSE_LABEL = {"llm": "大模型撰写", "assembled": "知识库整理", "edited": "已编辑"}
PLAN_KEY, PLAN_ID_KEY, REV_KEY, FLASH_KEY = "course_plan", "course_plan_id", "course_rev", "course_flash"


def show_plan(plan: CoursePlan, plan_id: int | None) -> None:
    """Make ``plan`` the one being edited; a new revision gives the editors fresh widgets."""
    st.session_state[PLAN_KEY] = plan.to_dict()
    st.session_state[PLAN_ID_KEY] = plan_id
    st.session_state[REV_KEY] = st.session_state.get(REV_KEY, 0) + 1


def current_plan() -> tuple[CoursePlan, int | None] | None:
    """The plan being edited and its saved id, or ``None`` before the first one."""
    if PLAN_KEY not in st.session_state:
        return None
    return CoursePlan.from_dict(st.session_state[PLAN_KEY]), st.session_state.get(PLAN_ID_KEY)


def _key(name: str) -> str:
    """A widget key of the current revision."""
    return f"course_{name}_{st.session_state.get(REV_KEY, 0)}"


# ---- 1. inputs ------------------------------------------------------------------------------


def parameters_form(settings: Settings) -> None:
    """The course parameters; "生成课程方案" builds a plan and shows it (or says what is missing)."""
    options = skill_options(str(settings.knowledge_dir))
    with st.container(border=True):
        st.subheader("1. 课程参数")
        skills = st.multiselect(
            "技能模块（可多选）",
            list(options),
            format_func=lambda s: options.get(s, s),
            key="course_skills",
            placeholder="例如：静默倾听、共情回应",
        )
        col1, col2, col3 = st.columns(3)
        audience = col1.selectbox("培训对象", AUDIENCES, key="course_audience")
        duration = col2.radio("课程时长（分钟）", DURATIONS, index=1, horizontal=True, key="course_duration")
        fmt = col3.selectbox("培训形式", FORMATS, key="course_format")
        col4, col5 = st.columns([1, 2])
        group_size = col4.number_input(
            "学员人数", min_value=1, max_value=200, value=20, step=1, key="course_group_size"
        )
        focus = col5.text_input("培训重点（可选）", key="course_focus", max_chars=100, placeholder="例如：独居老人探访")
        if st.button("生成课程方案", type="primary", key="course_build"):
            params = CourseParams(
                skills=list(skills),
                audience=str(audience),
                duration=int(duration),
                group_size=int(group_size),
                format=str(fmt),
                focus=focus,
            )
            try:
                with st.spinner("正在生成课程方案…"):
                    built = build_plan_for(params, settings)
            except PlanInputError as exc:
                st.warning(str(exc))
            else:
                show_plan(built, None)


def saved_plans(settings: Settings) -> None:
    """The saved plans, one of which can be reopened."""
    with st.expander("已保存的方案"):
        try:
            saved = list_plans(settings)
        except SQLAlchemyError as exc:
            saved = []
            st.error(f"暂时无法读取数据库中保存的方案（{type(exc).__name__}），请稍后再试或联系管理员。")
        if not saved:
            st.caption("还没有保存的方案。生成方案后点“保存方案”，就会出现在这里。")
            return
        labels = {s.id: s.label() for s in saved}
        chosen = st.selectbox("选择方案", list(labels), format_func=lambda i: labels.get(i, str(i)), key="course_saved")
        if st.button("打开", key="course_open"):
            try:
                show_plan(load_plan(settings, int(chosen)), int(chosen))
            except PlanNotFoundError as exc:
                st.error(str(exc))


# ---- 2. the editable plan -------------------------------------------------------------------


def edit_plan(base: CoursePlan, plan_id: int | None) -> CoursePlan:
    """The plan's editors in tabs; returns ``base`` with what the trainer changed."""
    st.subheader("2. 编辑方案")
    st.caption(
        (f"正在编辑已保存的方案 #{plan_id}。" if plan_id else "新方案（尚未保存）。")
        + f" 学习目标：{PROSE_LABEL.get(base.prose_by.get('objectives', ''), '—')}；"
        f"学员讲义：{PROSE_LABEL.get(base.prose_by.get('handout', ''), '—')}。"
    )
    for note in base.notes:
        st.info(note)
    title = st.text_input("课程标题", base.title, key=_key("title"))
    tab_agenda, tab_points, tab_roleplay, tab_quiz, tab_handout = st.tabs(
        ["目标与流程", "要点与案例", "角色扮演", H_QUIZ, "讲义与材料"]
    )
    with tab_agenda:
        objectives, agenda = _agenda_editors(base)
    with tab_points:
        key_points = [
            st.text_area(
                f"{kp.skill}：核心要点（每行一条；来源 {kp.source}）",
                lines_text(kp.points),
                height=180,
                key=_key(f"points_{i}"),
            )
            for i, kp in enumerate(base.key_points)
        ]
        case_questions = _case_editor(base.case) if base.case else None
    with tab_roleplay:
        roleplays = [_roleplay_editor(i, rp) for i, rp in enumerate(base.roleplays)]
    with tab_quiz:
        st.caption("选项写成“A. … B. …”；简答题的选项留空。每题都要有答案和出处。")
        quiz = _table_editor(
            quiz_frame(base),
            "quiz",
            {
                "题型": st.column_config.SelectboxColumn(options=["单选", "多选", "判断", "简答"]),
                "题目": st.column_config.TextColumn(width="large"),
            },
        )
    with tab_handout:
        handout = st.text_area("学员讲义（Markdown，打印一页）", base.handout, height=420, key=_key("handout"))
        materials = st.text_area("所需材料（每行一项）", lines_text(base.materials), height=200, key=_key("materials"))
    edits = PlanEdits(
        title=title,
        objectives=objectives,
        agenda=agenda,
        key_points=key_points,
        case_questions=case_questions,
        roleplays=roleplays,
        quiz=quiz,
        handout=handout,
        materials=materials,
    )
    return apply_edits(base, edits)


def _table_editor(frame: pd.DataFrame, name: str, columns: dict[str, Any]) -> pd.DataFrame:
    """An editable table whose rows can be added and removed."""
    return st.data_editor(
        frame, key=_key(name), num_rows="dynamic", hide_index=True, width="stretch", column_config=columns
    )


def _agenda_editors(base: CoursePlan) -> tuple[pd.DataFrame, pd.DataFrame]:
    objectives = _table_editor(
        objectives_frame(base), "objectives", {"学习目标": st.column_config.TextColumn(width="large")}
    )
    st.markdown("**课程流程**（修改时长后，合计须等于课程时长）")
    agenda = _table_editor(
        agenda_frame(base),
        "agenda",
        {
            "时长（分钟）": st.column_config.NumberColumn(min_value=0, max_value=600, step=1),
            "内容与方法": st.column_config.TextColumn(width="large"),
        },
    )
    return objectives, agenda


def _case_editor(case: CaseStudy) -> str:
    """The case's summary and its editable discussion questions."""
    st.markdown(f"**试点案例：{case.title}**  \n出处：{case.publication}；`{case.source}`  \n{case.reason}")
    with st.expander("案例摘要"):
        st.markdown(
            f"**{BACKGROUND}**：{case.background}\n\n**{SOCIAL_WORKER}**：{case.social_worker}\n\n"
            f"**{VOLUNTEERS}**：{case.volunteers}\n\n**{OUTCOMES}**：{case.outcomes}"
        )
    return st.text_area("讨论问题（每行一个）", lines_text(case.questions), height=180, key=_key("case_questions"))


def _roleplay_editor(i: int, rp: RolePlayPlan) -> RolePlayEdits:
    """One role-play's fields, in an expander (the first one open)."""
    with st.expander(f"角色扮演{i + 1}：{rp.title}（{rp.minutes} 分钟，来源 {rp.source}）", expanded=i == 0):
        return RolePlayEdits(
            title=st.text_input("标题", rp.title, key=_key(f"rp{i}_title")),
            roles=st.text_area("角色（每行一个）", lines_text(rp.roles), key=_key(f"rp{i}_roles")),
            situation=st.text_area("情境", rp.situation, key=_key(f"rp{i}_situation")),
            prompts=st.text_area("任务与提示（每行一条）", lines_text(rp.prompts), key=_key(f"rp{i}_prompts")),
            checklist=st.text_area(
                "观察员检查表（每行一项）", lines_text(rp.checklist), height=180, key=_key(f"rp{i}_checklist")
            ),
            debrief=st.text_area("复盘", rp.debrief, key=_key(f"rp{i}_debrief")),
        )


def plan_status(plan: CoursePlan, settings: Settings) -> list[str]:
    """The plan's totals and its problems (shown as warnings); returns the problems."""
    problems = plan.problems(settings.knowledge_dir.parent)
    st.caption(
        f"课程流程合计 {plan.total_minutes} 分钟 / 课程时长 {plan.params.duration} 分钟；{H_QUIZ} {len(plan.quiz)} 题。"
    )
    for problem in problems:
        st.warning(problem)
    return problems


# ---- 3. save and export ---------------------------------------------------------------------


def save_and_export(plan: CoursePlan, plan_id: int | None, settings: Settings, problems: list[str]) -> None:
    """Save (or save as new), download as Word or Markdown, preview."""
    st.subheader("3. 保存与导出")
    if FLASH_KEY in st.session_state:
        st.success(st.session_state.pop(FLASH_KEY))
    col1, col2, col3, col4 = st.columns(4)
    save = col1.button("保存修改" if plan_id else "保存方案", type="primary", key="course_save")
    save_new = col2.button("另存为新方案", key="course_save_new", disabled=not plan_id)
    if save or save_new:
        try:
            saved_id = save_or_update(settings, plan, int(plan_id) if plan_id and not save_new else None)
        except SQLAlchemyError as exc:
            st.error(f"保存失败（{type(exc).__name__}）：页面上的修改仍然保留，可以先下载 Word 或 Markdown 备份。")
        else:
            show_plan(plan, saved_id)
            st.session_state[FLASH_KEY] = f"已保存：方案 #{saved_id}《{plan.title}》。"
            st.rerun()
    col3.download_button(
        "下载 Word（.docx）",
        data=partial(to_docx, plan),
        file_name=f"{file_stem(plan)}.docx",
        mime=DOCX_MIME,
        key="course_download_docx",
        on_click="ignore",
        type="primary",
    )
    col4.download_button(
        "下载 Markdown",
        data=partial(to_markdown, plan),
        file_name=f"{file_stem(plan)}.md",
        mime="text/markdown",
        key="course_download_md",
        on_click="ignore",
    )
    if problems:
        st.caption("提示：导出的文件会按当前内容生成，请先处理上面的提醒。")
    with st.expander("预览全文"):
        st.markdown(to_markdown(plan, line_break="；"))
