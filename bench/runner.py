"""One benchmark run: each corpus measured in its own process, then the cold starts, then the table.

Corpora are measured one after another, never concurrently, and the cold-start
probes run only when no measurement is running, so the figures do not disturb
each other.  ``isolate=False`` measures in this process (used by the tests).
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from bench.coldstart import MORE_QUESTIONS, QUESTION, app_cold_start, cli_cold_start, search_cold_start
from bench.corpus import knowledge_documents
from bench.measure import CorpusResult, CorpusSpec, measure_corpus
from bench.report import Run
from bench.system import load_average, machine
from tandem.core.settings import REPO_ROOT, load_settings

FULL_SIZES = (1_000, 10_000, 100_000)
QUICK_SIZES: tuple[int, ...] = ()  # quick: the bundled knowledge alone, cold starts included
CACHE_ABOVE = 10_000  # corpora larger than this may take vectors from the cache
COLD_QUESTIONS = (QUESTION, *MORE_QUESTIONS, "独居老人不开门怎么办？", "八棵杨社区接诉即办案件降幅是多少？")


@dataclass
class Config:
    """What one run measures."""

    sizes: tuple[int, ...] = FULL_SIZES
    quick: bool = False
    work_dir: Path = REPO_ROOT / "data" / "bench"
    documents: list[Path] = field(default_factory=lambda: knowledge_documents(REPO_ROOT / "knowledge"))
    cache_vectors: bool = True
    app_probe: str = "auto"  # auto | browser | apptest | none
    cold_sizes: str = "all"  # all | bundled: where the CLI and app cold starts are measured
    app_followups: bool = True  # two more questions before the app's peak RSS is read
    reps: int = 3
    isolate: bool = True
    embed_sample: int = 400
    cache_above: int = CACHE_ABOVE  # corpora larger than this take vectors from the cache


def size_label(size: int) -> str:
    return f"{size // 1000}k" if size % 1000 == 0 else str(size)


def specs(config: Config) -> list[CorpusSpec]:
    documents = [str(p) for p in config.documents]
    out = [
        CorpusSpec(
            "bundled",
            None,
            str(config.work_dir / "runs" / "bundled"),
            documents,
            reps=config.reps,
            embed_sample=config.embed_sample,
        )
    ]
    for size in config.sizes:
        label = size_label(size)
        cache = (
            str(config.work_dir / "vector-cache.sqlite3")
            if config.cache_vectors and size > config.cache_above
            else None
        )
        out.append(
            CorpusSpec(
                label, size, str(config.work_dir / "runs" / label), documents, cache, config.reps, config.embed_sample
            )
        )
    return out


def _measure_in_child(spec: CorpusSpec) -> CorpusResult:
    with tempfile.TemporaryDirectory() as tmp:
        spec_path, out_path = Path(tmp) / "spec.json", Path(tmp) / "result.json"
        spec_path.write_text(json.dumps(asdict(spec)), encoding="utf-8")
        subprocess.run([sys.executable, "-m", "bench.worker", str(spec_path), str(out_path)], cwd=REPO_ROOT, check=True)
        return CorpusResult.from_dict(json.loads(out_path.read_text(encoding="utf-8")))


def run(config: Config, embeddings: Any = None, log: Any = print) -> Run:
    """Measure every corpus of ``config``; ``log`` gets one progress line per step."""
    load_start = load_average()
    results: list[CorpusResult] = []
    all_specs = specs(config)
    for spec in all_specs:
        log(f"[bench] {spec.label}: building and ingesting {spec.size or 'bundled'} chunks …")
        result = _measure_in_child(spec) if config.isolate else measure_corpus(spec, embeddings)
        data_dir = Path(spec.data_dir)
        if config.cold_sizes == "all" or spec.size is None:
            log(f"[bench] {spec.label}: {result.chunks} chunks at {result.ingest_rate:.0f}/s; cold starts …")
            result.cold["cli"] = cli_cold_start(data_dir)
            result.cold["search"] = search_cold_start(data_dir, list(COLD_QUESTIONS))
            if config.app_probe != "none":
                more = MORE_QUESTIONS if config.app_followups else ()
                result.cold["app"] = app_cold_start(data_dir, config.app_probe, more=more)
        results.append(result)
    threads = load_settings().embedding_threads
    notes = [
        f"Embedder use-m3 (sentencepiece tokenizer) in {threads} worker threads of one BLAS thread each "
        f"(TANDEM_EMBEDDING_THREADS); ingest pipelined (a batch embeds while the one before is written); "
        f"work dir {config.work_dir}; "
        f"corpora = the {len(config.documents)} bundled Markdown documents + synthetic distractor documents "
        "built from their sections and vocabulary (bench/corpus.py); k = 5."
    ]
    return Run(
        results,
        {s.label: s.size for s in all_specs},
        dt.date.today().isoformat(),
        machine(),
        (load_start, load_average()),
        "quick" if config.quick else "full",
        notes,
    )
