"""``python -m assistant serve`` and ``python -m assistant keys create NAME | list | revoke NAME``.

``keys create`` prints the new key alone on the last line: it is shown once and
stored only as a hash, in the project database (``TANDEM_DATABASE_URL`` or the
SQLite file in ``TANDEM_DATA_DIR``), so the server reads the keys made here.
"""

from __future__ import annotations

import argparse
import sys

from tandem.api.keys import ApiKeyError, create_key, list_keys, revoke_key
from tandem.assistant.cli import AssistantUnavailable, open_assistant
from tandem.core.settings import Settings, load_settings
from tandem.db.core import get_engine


def port_number(value: str) -> int:
    """argparse type: a TCP port, or a clear error."""
    if not value.isdigit() or not 1 <= int(value) <= 65535:
        raise argparse.ArgumentTypeError(f"端口须是 1–65535 之间的整数，收到的是“{value}”")
    return int(value)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m assistant", description="Tandem 的 API 服务与密钥。")
    commands = parser.add_subparsers(dest="command", required=True)
    serve = commands.add_parser("serve", help="启动 OpenAI 兼容的 API 服务（模型名 tandem）")
    serve.add_argument("--host", help="监听地址（默认取 TANDEM_API_HOST，即 127.0.0.1：只服务本机）")
    serve.add_argument("--port", type=port_number, help="端口（默认取 TANDEM_API_PORT，即 8600）")
    keys = commands.add_parser("keys", help="管理 API 密钥")
    actions = keys.add_subparsers(dest="action", required=True)
    actions.add_parser("create", help="新建一个密钥（只显示这一次）").add_argument(
        "name", help="名称，如 八棵杨群机器人"
    )
    actions.add_parser("list", help="列出密钥（不显示密钥本身）")
    actions.add_parser("revoke", help="吊销一个密钥").add_argument("name", help="密钥的名称")
    return parser


def run_keys(settings: Settings, action: str, name: str | None) -> int:
    engine = get_engine(settings)
    if action == "create":
        key = create_key(engine, name or "")
        print(f"已创建密钥“{name}”。它只显示这一次，请立即保存（请求头 Authorization: Bearer <密钥>）：")
        print(key)
    elif action == "revoke":
        revoke_key(engine, name or "")
        print(f"已吊销密钥“{name}”：用它的请求从现在起会得到 401。")
    else:
        stored = list_keys(engine)
        if not stored:
            print("还没有密钥：python -m assistant keys create NAME")
        for item in stored:
            state = "有效" if item.active else f"已吊销（{item.revoked_at:%Y-%m-%d %H:%M} UTC）"
            print(f"{item.name}\t{item.prefix}…\t创建于 {item.created_at:%Y-%m-%d %H:%M} UTC\t{state}")
    return 0


def run_serve(settings: Settings, host: str, port: int) -> int:
    from tandem.api.server import serve  # fastapi and uvicorn load only to serve

    try:
        assistant = open_assistant(settings)
    except AssistantUnavailable as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return 2
    print(f"Tandem API：http://{host}:{port}/v1（模型 tandem；密钥：python -m assistant keys create NAME）", flush=True)
    try:
        serve(assistant, get_engine(settings), settings, host, port)
    finally:
        assistant.searcher.index.close()
    return 0


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    settings = load_settings()
    if args.command == "serve":
        return run_serve(settings, args.host or settings.api_host, args.port or settings.api_port)
    try:
        return run_keys(settings, args.action, getattr(args, "name", None))
    except ApiKeyError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return 1
