"""Widgets of the Ask page: the conversation, one answer with its citation cards, feedback."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import streamlit as st

from tandem.assistant.answer import Answer, Assistant
from tandem.assistant.asklog import log_answer, set_feedback
from tandem.ui.privacy_view import session_id
from tandem.ui.resources import get_engine, get_index, get_settings

EXAMPLE_QUESTIONS = (
    "独居老人很焦虑，第一次上门怎么陪伴？",
    "居民情绪激动骂人，我该怎么回应？",
    "敲门没人应，门口快递堆了好几天怎么办？",
    "帮老人交电费时他让我输支付密码，可以吗？",
    "八棵杨社区快递员参与后，接诉即办案件降了多少？",
)
KIND_FILTERS = {"全部": None, "只看技能模块": "skill", "只看试点案例": "case"}


@dataclass
class Turn:
    """One question and its answer in the conversation."""

    question: str
    answer: Answer
    log_id: int
    rating: int | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def conversation() -> list[Turn]:
    return st.session_state.setdefault("ask_turns", [])


def filter_options() -> tuple[list[str], list[str]]:
    """(skills, audiences) present in the index, for the filter widgets."""
    documents = get_index().lexical.documents()
    skills = sorted({str(d.metadata.get("skill")) for d in documents if d.metadata.get("skill")})
    audiences = sorted({a for d in documents for a in str(d.metadata.get("audience") or "").split("、") if a})
    return skills, audiences


def build_filters(kind_label: str, skills: list[str], audience: str) -> dict[str, Any]:
    """Search filters from the widgets; an audience narrows to the skill modules written for it."""
    filters: dict[str, Any] = {"kind": KIND_FILTERS.get(kind_label)}
    chosen = list(skills)
    if audience:
        for_audience = [
            str(d.metadata.get("skill"))
            for d in get_index().lexical.documents()
            if audience in str(d.metadata.get("audience") or "") and d.metadata.get("skill")
        ]
        chosen = [s for s in chosen if s in for_audience] if chosen else for_audience
        filters["kind"] = "skill"
        if not chosen:
            chosen = ["（无匹配模块）"]
    filters["skill"] = chosen or None
    return filters


def ask(assistant: Assistant, question: str, filters: dict[str, Any]) -> Turn:
    """Answer ``question`` in the chat (crisis box first, streamed text), log it, return the turn."""
    history = [t.question for t in conversation()]
    prepared = assistant.prepare(question, history, filters)
    with st.chat_message("user"):
        st.markdown(_escape(question))
    with st.chat_message("assistant"):
        if prepared.crisis:
            st.error(prepared.crisis.text)
        final: list[Answer] = []

        def pieces() -> Iterator[str]:
            for item in assistant.stream(prepared):
                if isinstance(item, Answer):
                    final.append(item)
                else:
                    yield item

        stream = pieces()
        first = next(stream, None)  # extractive answers yield no pieces: this runs them to the end
        streamed = bool(first is not None and st.write_stream(itertools.chain([first], stream)))
        answer = final[0]
        if streamed and answer.mode != "llm":
            st.caption("（以上为中断前的大模型输出）")
        render_answer(answer, show_crisis=False, show_text=not (streamed and answer.mode == "llm"))
    turn = Turn(
        question,
        answer,
        log_answer(
            get_engine(), question, answer, session_id=session_id(), retention_days=get_settings().retention_days
        ),
    )
    conversation().append(turn)
    return turn


def render_answer(answer: Answer, *, show_crisis: bool = True, show_text: bool = True) -> None:
    if show_crisis and answer.crisis:
        st.error(answer.crisis.text)
    if answer.notice:
        st.warning(answer.notice)
    if show_text:
        st.markdown(_escape(answer.text))
    if answer.sources:
        st.caption("来源（点击展开原文）")
        for source in answer.sources:
            kind = {"skill": "技能模块", "case": "试点案例"}.get(source.kind, "资料")
            with st.expander(f"[{source.n}] {source.title} · {kind}"):
                if source.heading:
                    st.caption(source.heading)
                st.text(source.text)
                st.caption(f"来源文件：{source.path} · 相关度 {source.score:.3f}")
    with st.expander("复制回答"):
        st.code(answer.full_text, language=None)


def render_feedback(turn: Turn, index: int) -> None:
    """👍/👎 with an optional comment, stored with the logged answer."""
    if turn.rating is not None:
        st.caption("已收到反馈，谢谢！" + ("👍" if turn.rating > 0 else "👎"))
        return
    comment = st.text_input("意见（可选）", key=f"fb_comment_{index}", placeholder="哪里有用、哪里不对？")
    up, down, _ = st.columns([1, 1, 6])
    if up.button("👍 有用", key=f"fb_up_{index}"):
        _rate(turn, 1, comment)
    if down.button("👎 没用", key=f"fb_down_{index}"):
        _rate(turn, -1, comment)


def _rate(turn: Turn, rating: int, comment: str) -> None:
    set_feedback(get_engine(), turn.log_id, rating, comment)
    turn.rating = rating
    st.rerun()


def _escape(text: str) -> str:
    """Markdown-safe text: st.markdown already shows raw HTML as text; ``$`` must not start LaTeX."""
    return text.replace("$", "\\$")
