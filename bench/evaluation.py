"""Evaluation on the labelled question set: retrieval (recall@k, MRR) and answers.

The labelled set is JSONL (``tests/data/eval/*.jsonl``), one question a line::

    {"q": "...", "sources": ["knowledge/cases/x.md"], "expect": "51%", "type": "figure",
     "accept": ["51 %"]}

``type`` is skill | figure | paraphrase | offtopic; off-topic questions have no
sources and must be refused.  ``accept`` (optional) lists other wordings of the
same fact that occur verbatim in the knowledge base (another module may say
"每周固定探访" where the case says "每周定期"); an answer holds the fact when it
contains ``expect`` or one of them.  The report also gives the strict rate
(``expect`` alone).  Used by the test suite and by ``python -m bench``.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from tandem.assistant.answer import Answer
from tandem.assistant.search import SearchHit
from tandem.core.settings import REPO_ROOT

EVAL_DIR = REPO_ROOT / "tests" / "data" / "eval"


@dataclass(frozen=True)
class LabelledQuestion:
    q: str
    sources: tuple[str, ...]
    expect: str
    type: str
    accept: tuple[str, ...] = ()

    @property
    def offtopic(self) -> bool:
        return self.type == "offtopic"


@dataclass
class RetrievalReport:
    """recall@1, recall@5 and MRR over the on-topic questions."""

    ranks: dict[str, int | None] = field(default_factory=dict)  # question → rank of first relevant hit

    def _share(self, within: int) -> float:
        return sum(1 for r in self.ranks.values() if r is not None and r <= within) / max(len(self.ranks), 1)

    @property
    def recall_at_1(self) -> float:
        return self._share(1)

    @property
    def recall_at_5(self) -> float:
        return self._share(5)

    @property
    def mrr(self) -> float:
        return sum(1.0 / r for r in self.ranks.values() if r) / max(len(self.ranks), 1)

    def misses(self, within: int = 5) -> list[str]:
        return [q for q, r in self.ranks.items() if r is None or r > within]


@dataclass
class AnswerReport:
    """Share of on-topic answers holding the expected fact; refusal error rates."""

    fact_found: dict[str, bool] = field(default_factory=dict)  # expected fact in any accepted wording
    strict_found: dict[str, bool] = field(default_factory=dict)  # the ``expect`` phrase itself
    false_refusals: list[str] = field(default_factory=list)
    false_answers: list[str] = field(default_factory=list)
    offtopic_total: int = 0

    @property
    def fact_rate(self) -> float:
        return sum(self.fact_found.values()) / max(len(self.fact_found), 1)

    @property
    def strict_fact_rate(self) -> float:
        return sum(self.strict_found.values()) / max(len(self.strict_found), 1)

    def missing(self) -> list[str]:
        return [q for q, found in self.fact_found.items() if not found]

    @property
    def false_refusal_rate(self) -> float:
        return len(self.false_refusals) / max(len(self.fact_found), 1)

    @property
    def false_answer_rate(self) -> float:
        return len(self.false_answers) / max(self.offtopic_total, 1)


def load_questions(folder: Path = EVAL_DIR) -> list[LabelledQuestion]:
    questions = []
    for path in sorted(folder.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                questions.append(
                    LabelledQuestion(
                        row["q"], tuple(row["sources"]), row["expect"], row["type"], tuple(row.get("accept", ()))
                    )
                )
    return questions


def evaluate_retrieval(
    search: Callable[[str], list[SearchHit]], questions: Iterable[LabelledQuestion]
) -> RetrievalReport:
    """Rank of the first hit from an expected source, for each on-topic question."""
    report = RetrievalReport()
    for question in questions:
        if question.offtopic:
            continue
        hits = search(question.q)
        report.ranks[question.q] = next(
            (rank for rank, hit in enumerate(hits, 1) if hit.chunk.source in question.sources), None
        )
    return report


def evaluate_answers(answer: Callable[[str], Answer], questions: Iterable[LabelledQuestion]) -> AnswerReport:
    """Does each answer contain the expected fact, and is every off-topic question refused?"""
    report = AnswerReport()
    for question in questions:
        result = answer(question.q)
        if question.offtopic:
            report.offtopic_total += 1
            if not result.refused:
                report.false_answers.append(question.q)
            continue
        if result.refused:
            report.false_refusals.append(question.q)
        answered = not result.refused
        report.strict_found[question.q] = answered and _contains(result.text, question.expect)
        report.fact_found[question.q] = answered and any(
            _contains(result.text, wording) for wording in (question.expect, *question.accept)
        )
    return report


def _contains(text: str, expected: str) -> bool:
    from tandem.text.normalize import normalize_inline

    return expected in text or normalize_inline(expected) in normalize_inline(text)
