"""Widgets of the Ask page: the conversation, one answer with its citation cards, feedback."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import streamlit as st

from tandem.assistant.answer import Answer, Assistant
from tandem.assistant.asklog import log_answer, set_feedback
from tandem.core.filters import SearchFilters
from tandem.text.knowledge_format import escape_math
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
MORE_LABEL = "展开更多"


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


def build_filters(kind_label: str, skills: list[str], audience: str) -> SearchFilters:
    """Search filters from the widgets; an audience narrows to the skill modules written for it."""
    if not audience:
        return SearchFilters.of(kind=KIND_FILTERS.get(kind_label), skill=skills)
    for_audience = [
        str(d.metadata.get("skill"))
        for d in get_index().lexical.documents()
        if audience in str(d.metadata.get("audience") or "") and d.metadata.get("skill")
    ]
    chosen = [s for s in skills if s in for_audience] if skills else for_audience
    return SearchFilters.of(kind="skill", skill=chosen) if chosen else SearchFilters.nothing()


def ask(assistant: Assistant, question: str, filters: SearchFilters | None) -> Turn:
    """Answer ``question`` in the chat (crisis box first, streamed text), log it, return the turn.

    The conversation's earlier questions go to ``Assistant.prepare`` as they do from the CLI
    (``--history``) and the API: the follow-up is read in their context, and once a turn shows
    crisis signs every later answer keeps the crisis box until the chat is cleared.
    """
    history = [t.question for t in conversation()]
    prepared = assistant.prepare(question, history, filters)
    with st.chat_message("user"):
        st.markdown(escape_math(question))
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
    """Crisis box, the answer (what to do now, steps, don'ts, hand-over), "展开更多", one card per document."""
    if show_crisis and answer.crisis:
        st.error(answer.crisis.text)
    if answer.notice:
        st.warning(answer.notice)
    if show_text:
        st.markdown(escape_math(answer.text))
    if answer.more:
        with st.expander(MORE_LABEL):
            st.markdown(escape_math(answer.more))
    if answer.sources:
        st.caption("来源：每份资料一张卡，点击展开所引段落")
        for first, passages in answer.documents():
            kind = {"skill": "技能模块", "case": "试点案例"}.get(first.kind, "资料")
            numbers = "".join(f"[{p.n}]" for p in passages)
            with st.expander(f"{numbers} {first.title} · {kind}"):
                for passage in passages:
                    section = passage.heading.split(" > ")[-1] if passage.heading else ""
                    st.markdown(f"**[{passage.n}]** {escape_math(section)}")
                    st.text(passage.text)
                st.caption(f"来源文件：{first.path}")
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
