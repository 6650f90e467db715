"""Course builder (trainers): build a timed session plan from the knowledge base, edit it, export, save, reopen."""

import streamlit as st

from tandem.ui.course_view import current_plan, edit_plan, parameters_form, plan_status, save_and_export, saved_plans
from tandem.ui.resources import get_settings
from tandem.ui.routing import enter_through_app

enter_through_app()
settings = get_settings()

st.title("📚 课程设计")
st.caption(
    "为志愿者培训生成可打印的课程方案：学习目标、分时流程、核心要点、试点案例、角色扮演、小测验和学员讲义，"
    "每一部分都注明出自知识库的哪个文件。生成后可以在本页修改，再导出 Word 或 Markdown。"
)
parameters_form(settings)
saved_plans(settings)

current = current_plan()
if current is None:
    st.info("选择技能模块和培训对象，点击“生成课程方案”。")
    st.stop()
base, plan_id = current
plan = edit_plan(base, plan_id)
save_and_export(plan, plan_id, settings, plan_status(plan, settings))
