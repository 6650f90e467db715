"""Request and response bodies of the API, in OpenAI's shapes, and its OpenAI-style errors.

Chat completions take OpenAI's fields (``model``, ``messages``, ``stream``; others such
as ``temperature`` are accepted and ignored) plus Tandem's documented extras: ``kind``,
``skill``, ``region`` (search filters) and ``k`` (passages retrieved).  Responses carry
OpenAI's fields plus ``sources`` (the CLI's shape) and ``refused``.
"""

from __future__ import annotations

import json
import time
import uuid
from typing import Any, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from tandem.assistant.answer import Answer
from tandem.assistant.retriever import search_filters
from tandem.core.filters import SearchFilters
from tandem.errors import TandemError

MODEL = "tandem"
MODEL_CARD = {"id": MODEL, "object": "model", "created": 1_764_460_800, "owned_by": "tandem"}
Body = TypeVar("Body", bound="SearchOptions")


class ApiError(TandemError):
    """An error answered with OpenAI's body: ``{"error": {"message", "type", "param", "code"}}``."""

    def __init__(
        self,
        status: int,
        message: str,
        *,
        code: str | None = None,
        param: str | None = None,
        kind: str = "invalid_request_error",
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.code = code
        self.param = param
        self.kind = kind
        self.headers = headers or {}

    def body(self) -> dict[str, Any]:
        return {"error": {"message": self.message, "type": self.kind, "param": self.param, "code": self.code}}


class _Lenient(BaseModel):
    model_config = ConfigDict(extra="ignore")


class ContentPart(_Lenient):
    type: str
    text: str | None = None


class Message(_Lenient):
    role: Literal["system", "developer", "user", "assistant", "tool", "function"]
    content: str | list[ContentPart] | None = None

    def text(self) -> str:
        """The message's text (the text parts of a multi-part content, joined)."""
        if isinstance(self.content, list):
            return "".join(p.text or "" for p in self.content if p.type == "text").strip()
        return (self.content or "").strip()


class SearchOptions(_Lenient):
    """Tandem's extra request fields: search filters (a value or a list of values) and passages retrieved."""

    kind: Literal["skill", "case", "other"] | None = None
    skill: str | list[str] | None = None
    region: str | list[str] | None = None
    k: int | None = Field(None, ge=1, le=50)

    def filters(self) -> SearchFilters | None:
        return search_filters(self.kind, self.skill, self.region)


class ChatRequest(SearchOptions):
    model: str
    messages: list[Message]
    stream: bool | None = False

    def conversation(self) -> tuple[str, list[str]]:
        """``(question, earlier user questions)``: the last message asks, the user's earlier ones are its context."""
        if self.model != MODEL:
            raise ApiError(
                400, f"未知模型“{self.model}”；可用的模型只有 {MODEL}", code="model_not_found", param="model"
            )
        if not self.messages:
            raise ApiError(400, "messages 不能为空：最后一条须是用户的提问", param="messages")
        if self.messages[-1].role != "user":
            raise ApiError(400, "最后一条消息须是用户（role 为 user）的提问", param="messages")
        question = self.messages[-1].text()
        if not question:
            raise ApiError(400, "问题不能为空", param="messages")
        history = [m.text() for m in self.messages[:-1] if m.role == "user" and m.text()]
        return question, history


class AskRequest(SearchOptions):
    """``POST /api/ask``: the CLI's question, with optional earlier questions of the conversation."""

    question: str
    history: list[str] = Field(default_factory=list)

    def conversation(self) -> tuple[str, list[str]]:
        if not self.question.strip():
            raise ApiError(400, "问题不能为空", param="question")
        return self.question.strip(), [q.strip() for q in self.history if q.strip()]


def parse(model: type[Body], raw: bytes) -> Body:
    """The request body as ``model``, or a 400 naming what is wrong."""
    try:
        data = json.loads(raw)
    except ValueError as exc:
        raise ApiError(400, f"请求体不是有效的 JSON：{exc}", code="invalid_json") from exc
    if not isinstance(data, dict):
        raise ApiError(400, "请求体须是一个 JSON 对象", code="invalid_json")
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        raise ApiError(400, f"字段 {where} 不符合要求：{first['msg']}", param=where) from exc


def completion_id() -> str:
    return f"chatcmpl-{uuid.uuid4().hex}"


def completion(answer: Answer) -> dict[str, Any]:
    """A non-streamed chat completion: the answer (crisis box first, [n] citations) and its sources."""
    payload = answer.as_json()
    return {
        "id": completion_id(),
        "object": "chat.completion",
        "created": int(time.time()),
        "model": MODEL,
        "choices": [
            {"index": 0, "message": {"role": "assistant", "content": payload["answer"]}, "finish_reason": "stop"}
        ],
        "sources": payload["sources"],
        "refused": payload["refused"],
    }


def chunk(ident: str, created: int, delta: dict[str, Any], finish_reason: str | None = None) -> dict[str, Any]:
    """One ``chat.completion.chunk`` of a streamed completion."""
    return {
        "id": ident,
        "object": "chat.completion.chunk",
        "created": created,
        "model": MODEL,
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish_reason}],
    }


def final_chunk(ident: str, created: int, answer: Answer) -> dict[str, Any]:
    """The last chunk of a stream: ``finish_reason`` stop, with the answer's ``sources`` and ``refused``."""
    payload = answer.as_json()
    return {**chunk(ident, created, {}, "stop"), "sources": payload["sources"], "refused": payload["refused"]}
