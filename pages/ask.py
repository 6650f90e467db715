"""Ask (volunteers): chat with the knowledge base; answers cite their sources."""

import streamlit as st

from tandem.ui.ask_view import (
    EXAMPLE_QUESTIONS,
    KIND_FILTERS,
    ask,
    build_filters,
    conversation,
    filter_options,
    render_answer,
    render_feedback,
)
from tandem.ui.privacy_view import render_forget_button
from tandem.ui.resources import get_assistant, get_settings
from tandem.ui.routing import enter_through_app

enter_through_app()

st.title("💬 志愿者问答")
if get_settings().llm_provider == "none":
    st.info("检索模式：未配置大模型，回答直接摘自知识库原文，每条都标注出处。", icon="🔎")

skills, audiences = filter_options()
with st.expander("筛选资料范围", expanded=False):
    kind_label = st.radio("资料类型", list(KIND_FILTERS), horizontal=True, key="ask_kind")
    chosen_skills = st.multiselect("技能模块", skills, key="ask_skills")
    audience = st.selectbox("我是", ["", *audiences], key="ask_audience", format_func=lambda a: a or "不限")
filters = build_filters(kind_label, chosen_skills, audience)

if st.button("🗑️ 清空对话", key="ask_clear"):
    conversation().clear()
render_forget_button()

turns = conversation()
for i, turn in enumerate(turns):
    with st.chat_message("user"):
        st.markdown(turn.question)
    with st.chat_message("assistant"):
        render_answer(turn.answer)
        render_feedback(turn, i)

example = None
if not turns:
    st.caption("试试这些问题：")
    for i, text in enumerate(EXAMPLE_QUESTIONS):
        if st.button(text, key=f"ask_example_{i}"):
            example = text

question = st.chat_input("遇到什么情况？例如：独居老人不开门怎么办？", key="ask_input") or example
if question and question.strip():
    ask(get_assistant(), question.strip(), filters)
    st.rerun()
