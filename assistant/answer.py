"""Answers from retrieved passages: the data types and the no-LLM answer.

``answer_question`` searches and composes a cited answer; the JSON shape of
``Answer.as_json`` is the CLI's contract.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from assistant.search import HybridSearcher, SearchHit


@dataclass(frozen=True)
class Source:
    """A numbered passage an answer cites as [n]."""

    n: int
    title: str
    path: str
    text: str
    score: float
    kind: str = ""
    heading: str = ""

    def as_json(self) -> dict[str, Any]:
        return {"n": self.n, "title": self.title, "path": self.path, "text": self.text, "score": round(self.score, 6)}


@dataclass
class Answer:
    """An answer, whether it declined, and the passages it cites."""

    text: str
    refused: bool
    sources: list[Source] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {"answer": self.text, "refused": self.refused, "sources": [s.as_json() for s in self.sources]}


def sources_from_hits(hits: list[SearchHit]) -> list[Source]:
    return [
        Source(n, h.chunk.title, h.chunk.source, h.chunk.text, h.score, h.chunk.kind, h.chunk.heading)
        for n, h in enumerate(hits, 1)
    ]


def answer_question(searcher: HybridSearcher, question: str, k: int = 5,
                    filters: dict[str, Any] | None = None) -> Answer:
    """Search, then answer with the top passages, each cited."""
    hits = searcher.search(question, k=k, filters=filters)
    sources = sources_from_hits(hits)
    if not sources:
        return Answer("知识库中没有找到相关内容。", True, [])
    text = "\n\n".join(f"[{s.n}] {s.title}：{s.text}" for s in sources)
    return Answer(text, False, sources)
