"""The API server: OpenAI-compatible chat completions, the CLI's JSON, keys, rate limit, the Ask log.

Endpoints: ``POST /v1/chat/completions`` (streamed or not), ``GET /v1/models``,
``POST /api/ask`` (exactly the CLI's JSON), ``GET /healthz`` (no key).  Answers come
from the same ``Assistant`` as the Ask page — crisis box first, [n] citations,
refusals — and every question is logged like the Ask page's, with ``api:<key name>``.
Answering is CPU work: it runs in the server's thread pool, never on the event loop.

No ``from __future__ import annotations`` here: FastAPI reads the endpoints' annotations at
run time, and the key dependency's type is local to ``create_app``.
"""

import json
import logging
import math
import time
from collections.abc import Iterator
from typing import Annotated, Any

import uvicorn
from fastapi import Depends, FastAPI, Header, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, StreamingResponse
from sqlalchemy import Engine
from starlette.exceptions import HTTPException as StarletteHTTPException

from tandem.api.keys import ApiKey, verify_key
from tandem.api.ratelimit import RateLimiter
from tandem.api.schemas import (
    MODEL,
    MODEL_CARD,
    ApiError,
    AskRequest,
    ChatRequest,
    chunk,
    completion,
    completion_id,
    final_chunk,
    parse,
)
from tandem.assistant.answer import Answer, Assistant, Prepared
from tandem.assistant.asklog import log_answer
from tandem.core.settings import Settings

log = logging.getLogger(__name__)
INTERRUPTED = "（以上为中断前的大模型输出，以下是检索模式的回答）"


async def read_body(request: Request, limit: int) -> bytes:
    """The request body, or a 400 as soon as it is longer than ``limit`` bytes."""
    too_big = ApiError(400, f"请求体过大：最多 {limit} 字节", code="request_too_large")
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise too_big
    body = bytearray()
    async for part in request.stream():
        body += part
        if len(body) > limit:
            raise too_big
    return bytes(body)


def stream_answer(assistant: Assistant, prepared: Prepared) -> Iterator[str | Answer]:
    """The answer's text in pieces, the crisis box first, then the final ``Answer``.

    Extractive answers come whole (``as_json``'s text).  A chat model's pieces are passed
    on as written; when it fails midway, the extractive answer follows a marker.
    """
    streamed = False
    for item in assistant.stream(prepared):
        if isinstance(item, Answer):
            if not streamed:
                yield item.as_json()["answer"]
            elif item.mode != "llm":
                yield f"\n\n{INTERRUPTED}\n\n{item.text}"
            yield item
            return
        if not streamed and prepared.crisis:
            yield f"{prepared.crisis.text}\n\n"
        streamed = True
        yield item


def _event(payload: dict[str, Any] | str) -> str:
    data = payload if isinstance(payload, str) else json.dumps(payload, ensure_ascii=False)
    return f"data: {data}\n\n"


def _error_response(error: ApiError) -> JSONResponse:
    return JSONResponse(error.body(), status_code=error.status, headers=error.headers)


def create_app(assistant: Assistant, engine: Engine, settings: Settings) -> FastAPI:
    """The API over ``assistant``; keys and the Ask log live in ``engine``'s database."""
    app = FastAPI(title="Tandem API", docs_url=None, redoc_url=None, openapi_url=None)
    limiter = RateLimiter(settings.api_rate_limit)

    @app.exception_handler(ApiError)
    async def api_error(_request: Request, exc: ApiError) -> JSONResponse:
        return _error_response(exc)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        where = f"{request.method} {request.url.path}"
        code, message = {
            404: ("not_found", f"没有这个接口：{where}"),
            405: ("method_not_allowed", f"这个接口不接受该方法：{where}"),
        }.get(exc.status_code, (None, str(exc.detail)))
        return _error_response(ApiError(exc.status_code, message, code=code))

    @app.exception_handler(RequestValidationError)
    async def validation_error(_request: Request, exc: RequestValidationError) -> JSONResponse:
        return _error_response(ApiError(400, f"请求不符合要求：{exc.errors()[0].get('msg', '')}"))

    @app.exception_handler(Exception)
    async def server_error(_request: Request, exc: Exception) -> JSONResponse:
        log.exception("unexpected error", exc_info=exc)
        return _error_response(ApiError(500, "服务器内部错误，请稍后再试", kind="server_error"))

    def authorize(authorization: Annotated[str | None, Header()] = None) -> ApiKey:
        """The caller's key (``Authorization: Bearer <key>``), within its rate limit."""
        scheme, _, token = (authorization or "").partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise ApiError(401, "缺少 API 密钥：请在请求头加上 Authorization: Bearer <密钥>", code="invalid_api_key")
        key = verify_key(engine, token.strip())
        if key is None:
            raise ApiError(401, "API 密钥无效或已吊销", code="invalid_api_key")
        wait = limiter.check(key.id)
        if wait is not None:
            seconds = max(1, math.ceil(wait))
            raise ApiError(
                429,
                f"请求过于频繁：每个密钥每分钟最多 {limiter.limit} 次，请 {seconds} 秒后再试",
                code="rate_limit_exceeded",
                kind="requests",
                headers={"Retry-After": str(seconds)},
            )
        return key

    Key = Annotated[ApiKey, Depends(authorize)]

    def log_question(question: str, answer: Answer, key: ApiKey) -> None:
        try:
            log_answer(engine, question, answer, client=f"api:{key.name}", retention_days=settings.retention_days)
        except Exception:  # the caller still gets the answer; the failure is in the server's log
            log.exception("could not log an API question")

    def answer_and_log(question: str, history: list[str], body: AskRequest | ChatRequest, key: ApiKey) -> Answer:
        answer = assistant.answer(question, history=history, filters=body.filters(), k=body.k)
        log_question(question, answer, key)
        return answer

    def events(question: str, prepared: Prepared, key: ApiKey) -> Iterator[str]:
        ident, created = completion_id(), int(time.time())
        yield _event(chunk(ident, created, {"role": "assistant", "content": ""}))
        try:
            for item in stream_answer(assistant, prepared):
                if isinstance(item, Answer):
                    log_question(question, item, key)
                    yield _event(final_chunk(ident, created, item))
                else:
                    yield _event(chunk(ident, created, {"content": item}))
        except Exception as exc:
            log.exception("streamed answer failed")
            yield _event(ApiError(500, f"回答中断：{type(exc).__name__}", kind="server_error").body())
        yield _event("[DONE]")

    @app.get("/healthz")
    def healthz() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/v1/models")
    def models(_key: Key) -> dict[str, Any]:
        return {"object": "list", "data": [MODEL_CARD]}

    @app.get("/v1/models/{model_id}")
    def model(model_id: str, _key: Key) -> dict[str, Any]:
        if model_id != MODEL:
            raise ApiError(404, f"未知模型“{model_id}”；可用的模型只有 {MODEL}", code="model_not_found")
        return MODEL_CARD

    @app.post("/v1/chat/completions", response_model=None)
    async def chat_completions(request: Request, key: Key) -> JSONResponse | StreamingResponse:
        body = parse(ChatRequest, await read_body(request, settings.api_max_body_bytes))
        question, history = body.conversation()
        if not body.stream:
            answer = await run_in_threadpool(answer_and_log, question, history, body, key)
            return JSONResponse(completion(answer))
        prepared = await run_in_threadpool(assistant.prepare, question, history, body.filters(), body.k)
        return StreamingResponse(
            events(question, prepared, key),
            media_type="text/event-stream",
            headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
        )

    @app.post("/api/ask")
    async def ask(request: Request, key: Key) -> JSONResponse:
        body = parse(AskRequest, await read_body(request, settings.api_max_body_bytes))
        question, history = body.conversation()
        answer = await run_in_threadpool(answer_and_log, question, history, body, key)
        return JSONResponse(answer.as_json())

    return app


def serve(assistant: Assistant, engine: Engine, settings: Settings, host: str, port: int) -> None:
    """Serve the API until interrupted (uvicorn, one process; answers run in its thread pool)."""
    assistant.searcher.index.lexical.warm_up()  # the in-memory BM25 matrix, before the first question
    uvicorn.run(create_app(assistant, engine, settings), host=host, port=port, log_level="info")
