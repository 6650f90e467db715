"""``python -m ingest [PATH ...] [--rebuild]`` — index files into Tandem's knowledge base.

No PATH indexes the bundled ``knowledge/`` (and earlier uploads).  Prints a
progress bar on stderr, one line per failed file, then one summary line; exits 1
when any file failed, 2 when the index could not be opened or is busy.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from tqdm import tqdm

from ingest.indexer import Indexer
from tandem.core.embeddings import EmbeddingConfigError
from tandem.core.index import open_index
from tandem.core.locking import IngestBusyError
from tandem.core.logs import configure_logging
from tandem.core.settings import load_settings
from tandem.core.store import IndexOpenError


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m ingest", description="把文件导入 Tandem 知识库（md/txt/pdf/docx）。"
    )
    parser.add_argument("paths", nargs="*", type=Path, help="文件或文件夹；不填则导入内置 knowledge/ 目录")
    parser.add_argument("--rebuild", action="store_true", help="清空索引后全部重建（更换嵌入模型后必须）")
    parser.add_argument("--wait", type=float, default=300, help="另一个导入正在运行时最多等待的秒数（默认 300）")
    parser.add_argument("--json", action="store_true", help="以 JSON 输出汇总")
    parser.add_argument("--quiet", action="store_true", help="不显示进度条")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    settings = load_settings()
    configure_logging(settings)
    missing = [p for p in args.paths if not p.exists()]
    for path in missing:
        print(f"失败：{path}：路径不存在", file=sys.stderr)
    paths = [p for p in args.paths if p.exists()]
    if args.paths and not paths:
        return 1
    try:
        index = open_index(settings, rebuild=args.rebuild)
    except (IndexOpenError, EmbeddingConfigError) as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return 2
    bar = tqdm(total=0, unit="文件", disable=args.quiet, file=sys.stderr, dynamic_ncols=True)

    def progress(done: int, total: int, source: str) -> None:
        bar.total = total
        bar.set_postfix_str(source[-40:], refresh=False)
        bar.update(done - bar.n)

    try:
        summary = Indexer(index).run(paths or None, progress=progress, lock_timeout=args.wait)
    except IngestBusyError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return 2
    finally:
        bar.close()
        index.close()
    for failure in summary.failures:
        print(f"失败：{failure.source}：{failure.error}", file=sys.stderr)
    if args.json:
        print(json.dumps(summary.as_dict(), ensure_ascii=False))
    else:
        print(summary.line())
    return 1 if summary.failures or missing else 0
