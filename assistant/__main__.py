"""``python -m assistant``: ``ask`` (``tandem.assistant.cli``), ``serve`` and ``keys`` (``tandem.api.cli``)."""

from __future__ import annotations

import sys

USAGE = """usage: python -m assistant {ask,serve,keys} …
  ask "问题" [--json] [-k N] [--kind K] [--skill S] [--region R]   向知识库提问
  serve [--host 127.0.0.1] [--port 8600]                          启动 OpenAI 兼容的 API 服务
  keys create NAME | keys list | keys revoke NAME                 管理 API 密钥
每个命令加 --help 查看说明。"""


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else list(argv)
    command = args[0] if args else ""
    # Imported per command: `ask` should not pay for loading the web server.
    if command == "ask":
        from tandem.assistant.cli import main as ask

        return ask(args)
    if command in ("serve", "keys"):
        from tandem.api.cli import main as api

        return api(args)
    if command in ("-h", "--help"):
        print(USAGE)
        return 0
    print(USAGE, file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main())
