"""Tandem's HTTP API: OpenAI-compatible chat completions over the same assistant as the Ask page.

``server`` (FastAPI app and ``serve``), ``schemas`` (request and response bodies, OpenAI-style
errors), ``keys`` (API keys, stored hashed), ``ratelimit`` (per-key requests per minute),
``cli`` (``python -m assistant serve`` and ``python -m assistant keys``).
"""
