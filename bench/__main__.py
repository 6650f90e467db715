"""``python -m bench [--quick] [--sizes 1000,10000,100000] [--out FILE]`` — print the benchmark table.

``python -m bench --api`` measures the API under load instead (``bench/api_load.py``).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from bench import api_load
from bench.evaluation import load_questions
from bench.report import as_json, from_json, render, write_results
from bench.runner import FULL_SIZES, QUICK_SIZES, Config, run
from tandem.assistant.cli import positive_int


def _sizes(value: str) -> tuple[int, ...]:
    """``1000,10_000`` → ``(1000, 10000)``; every size a positive whole number of chunks."""
    try:
        sizes = tuple(int(part.replace("_", "")) for part in value.split(",") if part.strip())
    except ValueError:
        sizes = ()
    if not sizes or min(sizes) < 1:
        raise argparse.ArgumentTypeError(f"expected chunk counts such as 1000,10000, got {value!r}")
    return sizes


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bench", description="Tandem benchmark: one Markdown table.")
    parser.add_argument(
        "--quick", action="store_true", help="the bundled knowledge only, cold starts included (< 1 minute)"
    )
    parser.add_argument(
        "--sizes", type=_sizes, help="corpus sizes in chunks, comma-separated (default 1000,10000,100000)"
    )
    parser.add_argument("--out", type=Path, help="also write the table to this file (and FILE.json with raw figures)")
    parser.add_argument(
        "--work-dir", type=Path, help="where corpora, indexes and the vector cache live (default data/bench)"
    )
    parser.add_argument("--no-cache", action="store_true", help="embed every corpus for real, 100k included")
    parser.add_argument(
        "--app-probe",
        choices=["auto", "browser", "apptest", "none"],
        default="auto",
        help="how the app cold start is measured (auto: Chromium if present, else AppTest)",
    )
    parser.add_argument(
        "--reps", type=positive_int, help="timed passes over the labelled questions (default 3, quick 1)"
    )
    parser.add_argument("--render", type=Path, metavar="FILE.json", help="only print the table of a saved run")
    parser.add_argument(
        "--api",
        action="store_true",
        help="only the API under load: answers/s and latency with 1, 5 and 20 concurrent clients (bundled knowledge)",
    )
    load = parser.add_argument_group("load test (bench/load.py): many browser sessions asking one app at once")
    load.add_argument("--load", action="store_true", help="run the load test instead of the benchmark table")
    load.add_argument(
        "--sessions", type=_sizes, default=(20,), help="browser sessions asking at once, e.g. 5,10,20 (default 20)"
    )
    load.add_argument("--rounds", type=positive_int, default=2, help="questions each session asks (default 2)")
    load.add_argument("--load-size", type=_sizes, help="corpus size in chunks, e.g. 10000 (default: bundled only)")
    load.add_argument("--ingest", action="store_true", help="also run once with an ingest adding documents meanwhile")
    return parser


def run_api(work_dir: Path, out: Path | None) -> int:
    """The API load table on the bundled knowledge, indexed in ``work_dir/api``."""
    data_dir = work_dir / "api"
    api_load.index_knowledge(data_dir)
    questions = [q.q for q in load_questions()]
    result = api_load.measure_api(data_dir, questions, log=lambda line: print(line, file=sys.stderr, flush=True))
    table = api_load.render(result)
    print(table)
    if out:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(table + "\n", encoding="utf-8")
    return 0


def run_load_test(args: argparse.Namespace) -> int:
    from bench.load import load_benchmark, render_load

    work_dir = args.work_dir.resolve() if args.work_dir else Config().work_dir
    results = []
    for size in args.load_size or (None,):
        for sessions in args.sessions:
            results += load_benchmark(
                work_dir,
                sessions=sessions,
                rounds=args.rounds,
                size=size,
                with_ingest=args.ingest and sessions == max(args.sessions),  # the ingest run: at the most sessions
                log=lambda line: print(line, file=sys.stderr, flush=True),
            )
    table = render_load(results)
    print(table)
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(table + "\n", encoding="utf-8")
        args.out.with_suffix(args.out.suffix + ".json").write_text(
            json.dumps([r.as_dict() for r in results], ensure_ascii=False, indent=1), encoding="utf-8"
        )
    return 1 if any(r.errors for r in results) else 0


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.load:
        return run_load_test(args)
    if args.render:
        try:
            saved = from_json(json.loads(args.render.read_text(encoding="utf-8")))
        except (OSError, ValueError, KeyError, TypeError) as exc:
            parser.error(f"cannot read the saved run {args.render}: {exc}")
        print(render(saved))
        return 0
    if args.api:
        return run_api((args.work_dir or Config().work_dir).resolve(), args.out)
    sizes = args.sizes or (QUICK_SIZES if args.quick else FULL_SIZES)
    config = Config(
        sizes=sizes,
        quick=args.quick,
        cache_vectors=not args.no_cache,
        app_probe=args.app_probe,
        reps=args.reps or (1 if args.quick else 3),
        cold_sizes="bundled" if args.quick else "all",
        app_followups=not args.quick,
        embed_sample=150 if args.quick else 400,
    )
    if args.work_dir:
        config.work_dir = args.work_dir.resolve()
    report = run(config, log=lambda line: print(line, file=sys.stderr, flush=True))
    table = render(report)
    print(table)
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        write_results(args.out, table)
        args.out.with_suffix(args.out.suffix + ".json").write_text(
            json.dumps(as_json(report), ensure_ascii=False, indent=1), encoding="utf-8"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
