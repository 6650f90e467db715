"""``python -m bench.worker SPEC.json RESULT.json`` — measure one corpus in a fresh process."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from bench.measure import CorpusSpec, measure_corpus


def main(argv: list[str]) -> int:
    spec = CorpusSpec(**json.loads(Path(argv[0]).read_text(encoding="utf-8")))
    result = measure_corpus(spec)
    Path(argv[1]).write_text(json.dumps(result.as_dict(), ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
