"""``python -m assistant ask "问题" [--history "先前的问题" …] [--json] [-k N]`` — ask from a terminal.

``--json`` prints exactly one JSON object:
``{"answer": str, "refused": bool, "sources": [{"n", "title", "path", "text", "score"}], "crisis": {…} | null,
"parts": {"lead", "steps", "donts", "handover", "more"} | null, "documents": [{"title", "path", "kind", "passages"}],
"mode": str}``.  ``--history`` gives the conversation's earlier questions, oldest first: a follow-up is
answered in their context and a conversation in crisis keeps its crisis box (the Ask page's code path).
"""

from __future__ import annotations

import argparse
import json
import sys

from tandem.assistant.answer import Assistant
from tandem.assistant.llm import LLMConfigError, make_chat_model
from tandem.assistant.search import HybridSearcher
from tandem.core.embeddings import EmbeddingConfigError
from tandem.core.filters import SearchFilters
from tandem.core.index import open_index
from tandem.core.logs import configure_logging
from tandem.core.settings import Settings, load_settings
from tandem.core.store import IndexOpenError
from tandem.errors import TandemError


class AssistantUnavailable(TandemError):
    """Why the assistant cannot answer from these settings (a message for users)."""


def open_assistant(settings: Settings) -> Assistant:
    """The assistant over the index of ``settings``, with its configured chat model (the CLI and the API).

    Raises ``AssistantUnavailable`` when the index cannot be opened, is empty, or the
    chat model is misconfigured; close it with ``assistant.searcher.index.close()``.
    """
    try:
        index = open_index(settings)
    except (IndexOpenError, EmbeddingConfigError) as exc:
        raise AssistantUnavailable(str(exc)) from exc
    try:
        if index.is_empty():
            raise AssistantUnavailable("知识库还没有索引，请先运行 `python -m ingest`")
        chat_model = make_chat_model(settings)
    except LLMConfigError as exc:
        index.close()
        raise AssistantUnavailable(str(exc)) from exc
    except AssistantUnavailable:
        index.close()
        raise
    return Assistant(HybridSearcher(index), chat_model, k=settings.top_k)


def positive_int(value: str) -> int:
    """argparse type: a whole number ≥ 1, or a clear error."""
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"需要一个正整数，收到的是“{value}”")
    return number


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m assistant", description="向 Tandem 知识库提问。")
    commands = parser.add_subparsers(dest="command", required=True)
    ask = commands.add_parser("ask", help="提一个问题")
    ask.add_argument("question", help="问题（中文）")
    ask.add_argument("--json", action="store_true", help="输出一个 JSON 对象")
    ask.add_argument(
        "--history",
        action="append",
        default=[],
        metavar="QUESTION",
        help="同一对话中先前提过的问题（可多次使用，按先后顺序）；追问据此理解，危机提示会一直保留",
    )
    ask.add_argument(
        "-k",
        type=positive_int,
        default=None,
        help="检索的段落数（默认取设置 TANDEM_TOP_K）；回答只引用这些段落及其所在文档",
    )
    ask.add_argument("--kind", choices=["skill", "case", "other"], help="只检索某类文档")
    ask.add_argument("--skill", help="只检索某个技能模块（如 静默倾听）")
    ask.add_argument("--region", help="只检索某个地区的案例")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    settings = load_settings()
    configure_logging(settings)
    if not args.question.strip():
        print("错误：问题不能为空", file=sys.stderr)
        return 2
    try:
        assistant = open_assistant(settings)
    except AssistantUnavailable as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return 2
    filters = SearchFilters.of(kind=args.kind, skill=args.skill, region=args.region)
    history = [h.strip() for h in args.history if h.strip()]
    result = assistant.answer(args.question, history=history, filters=filters, k=args.k)
    if args.json:
        print(json.dumps(result.as_json(), ensure_ascii=False))
    else:
        if result.notice:
            print(result.notice)
        print(result.full_text)
        if result.more:
            print("\n展开更多：")
            print(result.more)
        print()
        for source in result.sources:
            where = f"{source.path} › {source.heading.split(' > ')[-1]}" if source.heading else source.path
            print(f"[{source.n}] {source.title}（{where}）")
    assistant.searcher.index.close()
    return 0
