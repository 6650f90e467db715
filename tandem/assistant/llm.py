"""Chat models through LangChain, and the checks on what they write.

``make_chat_model`` builds the model the settings name (``openai``: any
OpenAI-compatible endpoint; ``ollama``), importing its integration only then.
``check_citations`` removes citations to passages that do not exist and flags
answers with no valid citation.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from tandem.assistant import prompts
from tandem.core.settings import Settings
from tandem.errors import TandemError

if TYPE_CHECKING:  # LangChain's model and message classes load only when a chat model is used
    from langchain_core.language_models import BaseChatModel
    from langchain_core.messages import BaseMessage

_CITATION = re.compile(r"\[(\d{1,3})\]")


class LLMConfigError(TandemError, ValueError):
    """The chat model settings are incomplete."""


def make_chat_model(settings: Settings) -> BaseChatModel | None:
    """The configured chat model, or ``None`` when ``llm_provider`` is ``none``."""
    provider = settings.llm_provider
    if provider == "none":
        return None
    if not settings.llm_model:
        raise LLMConfigError("已设置 TANDEM_LLM_PROVIDER，但没有设置 TANDEM_LLM_MODEL（模型名）")
    if provider == "openai":
        from langchain_openai import ChatOpenAI

        return ChatOpenAI(
            model=settings.llm_model,
            base_url=settings.llm_base_url or None,
            api_key=settings.llm_api_key.get_secret_value() or "not-needed",  # type: ignore[arg-type]
            timeout=settings.llm_timeout,
            max_retries=0,
            temperature=0.2,
            # "max_tokens" in the body: llama.cpp, vLLM and most compatible servers ignore
            # the newer "max_completion_tokens" and would write until the context is full.
            extra_body={"max_tokens": settings.llm_max_tokens},
            streaming=True,
        )
    from langchain_ollama import ChatOllama

    return ChatOllama(
        model=settings.llm_model,
        base_url=settings.llm_base_url or None,
        temperature=0.2,
        num_predict=settings.llm_max_tokens,
        client_kwargs={"timeout": settings.llm_timeout},
    )


@dataclass(frozen=True)
class NumberedPassage:
    n: int
    title: str
    heading: str
    text: str


_FENCE = re.compile(r"</?\s*资料\s*>")


def _unfenced(text: str) -> str:
    """Text with the prompt's fence markers removed, so a document cannot close the passages block."""
    return _FENCE.sub("", text)


def build_messages(
    question: str, passages: Sequence[NumberedPassage], history: Sequence[str] = (), signs: Sequence[str] = ()
) -> list[BaseMessage]:
    """The system rules, then one message: the fenced passages, the earlier questions, the crisis signs, the question."""
    from langchain_core.messages import HumanMessage, SystemMessage

    context = "\n\n".join(
        prompts.PASSAGE_TEMPLATE.format(
            n=p.n,
            title=_unfenced(p.title),
            heading=f"（{_unfenced(p.heading)}）" if p.heading else "",
            text=_unfenced(p.text),
        )
        for p in passages
    )
    conversation = ""
    if history:
        conversation += prompts.CONVERSATION_TEMPLATE.format(history="\n".join(f"- {h}" for h in history[-4:]))
    if signs:
        conversation += prompts.CRISIS_NOTE.format(signs="、".join(signs))
    return [
        SystemMessage(prompts.SYSTEM_PROMPT),
        HumanMessage(
            prompts.CONTEXT_TEMPLATE.format(passages=context, conversation=conversation, question=_unfenced(question))
        ),
    ]


def stream_text(model: BaseChatModel, messages: list[BaseMessage]) -> Iterator[str]:
    """Text pieces as the model writes them."""
    for chunk in model.stream(messages):
        content = (
            chunk.content
            if isinstance(chunk.content, str)
            else "".join(part.get("text", "") if isinstance(part, dict) else str(part) for part in chunk.content)
        )
        if content:
            yield content


def rewrite_question(model: BaseChatModel, question: str, history: Sequence[str]) -> str:
    """A standalone version of a follow-up question (falls back to the question itself)."""
    from langchain_core.messages import AIMessage, HumanMessage

    prompt = prompts.REWRITE_PROMPT.format(history="\n".join(f"- {h}" for h in history[-4:]), question=question)
    reply = model.invoke([HumanMessage(prompt)])
    text = reply.content if isinstance(reply, AIMessage) and isinstance(reply.content, str) else ""
    text = text.strip().splitlines()[0].strip() if text.strip() else ""
    return text if 2 <= len(text) <= 200 else question


def check_citations(text: str, n_passages: int) -> tuple[str, bool]:
    """``(text without citations beyond the passages, has at least one valid citation)``."""
    valid = False

    def keep(match: re.Match[str]) -> str:
        nonlocal valid
        if 1 <= int(match.group(1)) <= n_passages:
            valid = True
            return match.group(0)
        return ""

    return _CITATION.sub(keep, text), valid
