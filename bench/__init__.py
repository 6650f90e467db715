"""Tandem's benchmark suite: ingest, latency, cold start and retrieval quality against baselines.

``python -m bench [--quick] [--sizes 1000,10000,100000] [--out FILE]`` prints one
Markdown table; see ``bench/README.md``.
"""
