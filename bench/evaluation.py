"""Evaluation on the labelled question set: retrieval (recall@k, MRR) and answers.

The labelled set is JSONL (``tests/data/eval/*.jsonl``), one question a line::

    {"q": "...", "sources": ["knowledge/cases/x.md"], "expect": "51%", "type": "figure",
     "accept": ["51 %"], "split": "dev"}

``type`` is skill | figure | paraphrase | offtopic; off-topic questions have no
sources and must be refused.  ``accept`` (optional) lists other wordings of the
same fact that occur verbatim in the knowledge base (another module may say
"每周固定探访" where the case says "每周定期"); an answer holds the fact when it
contains ``expect`` or one of them.  The report also gives the strict rate
(``expect`` alone).  Used by the test suite and by ``python -m bench``.

``split`` is dev | heldout, drawn at random (seed 16) before the rules of issue 16
were written: rules are written against dev and judged on heldout, and every
figure is reported for both.  ``heldout2`` (``unseen.jsonl``) holds everyday questions
written after issue 16 and labelled before the changes they judge; ``heldout3`` and ``heldout4``
(``blind3.jsonl``, ``blind4.jsonl``), ``heldout5`` and ``heldout6`` (``blind5.jsonl``, ``blind6.jsonl``) were written blind by helper
sessions that read only the knowledge (tests/eval/test_answer_eval.py says how each was used).  Besides the fact, the report measures the answer's
shape: the share of its cited lines that cite a document labelled relevant for
the question (``line_precision``), and its length in characters (median, p90).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tandem.assistant.answer import Answer
from tandem.assistant.search import SearchHit
from tandem.core.settings import REPO_ROOT

EVAL_DIR = REPO_ROOT / "tests" / "data" / "eval"
# Plain-prose reports on other pilots (written for evaluation only, never in knowledge/) and their questions.
REPORTS_DIR = EVAL_DIR / "reports"
# Follow-ups with their earlier questions (``history``), written blind: a folder of their own, so the
# single-question evaluations (retrieval, speed) never read a follow-up without its conversation.
FOLLOWUPS_DIR = EVAL_DIR / "followups"
_CITATION = re.compile(r"\[(\d{1,3})\]")


@dataclass(frozen=True)
class LabelledQuestion:
    q: str
    sources: tuple[str, ...]
    expect: str
    type: str
    accept: tuple[str, ...] = ()
    split: str = "dev"
    history: tuple[str, ...] = ()  # a follow-up's earlier questions in the conversation, oldest first

    @property
    def offtopic(self) -> bool:
        """Must be refused: off-topic, or about a place no document speaks of (``absent``)."""
        return self.type in ("offtopic", "absent")

    def is_relevant(self, path: str) -> bool:
        """Is ``path`` (as the index records it) one of the documents labelled relevant?"""
        return any(path == s or path.endswith("/" + s) for s in self.sources)


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
    # (cited lines citing a relevant document, cited lines, first cited line cites one)
    lines: dict[str, tuple[int, int, bool]] = field(default_factory=dict)
    lengths: dict[str, int] = field(default_factory=dict)  # characters of the answer (crisis box aside)

    @property
    def line_precision(self) -> float:
        """Share of cited answer lines (over all answers) that cite a document labelled relevant."""
        relevant = sum(r for r, _, _ in self.lines.values())
        return relevant / max(sum(n for _, n, _ in self.lines.values()), 1)

    @property
    def first_line_relevant(self) -> float:
        """Share of answers whose first line cites a document labelled relevant."""
        return sum(1 for *_, first in self.lines.values() if first) / max(len(self.lines), 1)

    def length_quantile(self, q: float) -> int:
        values = sorted(self.lengths.values())
        return values[min(int(q * len(values)), len(values) - 1)] if values else 0

    def summary(self) -> str:
        return (
            f"fact {self.fact_rate:.3f} ({sum(self.fact_found.values())}/{len(self.fact_found)}; "
            f"strict {self.strict_fact_rate:.3f}); lines on a relevant document {self.line_precision:.3f}, "
            f"first line {self.first_line_relevant:.3f}; "
            f"length median {self.length_quantile(0.5)} p90 {self.length_quantile(0.9)}; "
            f"false refusals {len(self.false_refusals)}; false answers {len(self.false_answers)}/{self.offtopic_total}"
        )

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


def load_questions(folder: Path = EVAL_DIR, split: str | None = None) -> list[LabelledQuestion]:
    """The labelled questions of every ``*.jsonl`` in ``folder`` (of one split when given)."""
    questions = []
    for path in sorted(folder.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                questions.append(
                    LabelledQuestion(
                        row["q"],
                        tuple(row["sources"]),
                        row["expect"],
                        row["type"],
                        tuple(row.get("accept", ())),
                        row.get("split", "dev"),
                        tuple(row.get("history", ())),
                    )
                )
    return [q for q in questions if split is None or q.split == split]


def module_example_rows(folder: Path = EVAL_DIR) -> list[dict[str, Any]]:
    """The rows of ``tandem/assistant/module_examples.jsonl``: every labelled situation a skill module answers, with
    the module labelled first, its split (the evaluation of a split leaves that split's rows out) and the phrases
    its answer must hold (the lines that answer it).  The follow-up turns are situations too, each without its
    conversation ("后半夜派出所的人才到……一路上手抖……睡不着" is self-care's whatever came before it)."""
    followups = folder / "followups"
    questions = [*load_questions(folder), *(load_questions(followups) if followups.is_dir() else [])]
    return [
        {"q": q.q, "module": q.sources[0], "split": q.split, "lines": [p for p in (q.expect, *q.accept) if p]}
        for q in questions
        if not q.offtopic and any("/skills/" in s for s in q.sources)
    ]


def labelled_topic_rows(folder: Path = EVAL_DIR) -> list[dict[str, Any]]:
    """The rows of ``tandem/assistant/labelled_topics.jsonl``: every labelled question of the skill splits that
    ``module_example_rows`` does not hold — the off-topic ones, and the on-topic ones a case answers (a pilot's
    figures) — with whether it is on-topic and its split (the evaluation of a split leaves that split's rows out)."""
    situations = {row["q"] for row in module_example_rows(folder)}
    return [
        {"q": q.q, "on_topic": not q.offtopic, "split": q.split}
        for q in load_questions(folder)
        if q.q not in situations
    ]


def report_topic_rows(folder: Path = EVAL_DIR) -> list[dict[str, Any]]:
    """The rows of ``tandem/assistant/report_topics.jsonl``: every labelled question asked of a leader's documents
    (``reports/`` and each ``blind_report*/``), with whether it is on-topic and its folder as its split (the
    evaluation of a folder leaves its own out).  Not those about a place or a figure no document speaks of
    (``absent``, ``absent_figure``): whether one is refused depends on the documents, not on how it is asked
    ("洮北区那边的试点派了多少社工？" is asked as the on-topic "向阳那边派了几个专业社工啊？" is)."""
    folders = [
        path for path in sorted(folder.iterdir()) if path.name == "reports" or path.name.startswith("blind_report")
    ]
    return [
        {"q": q.q, "on_topic": not q.offtopic, "split": path.name}
        for path in folders
        if (path / "questions.jsonl").is_file()
        for q in load_questions(path)
        if not q.type.startswith("absent")
    ]


def write_examples() -> None:
    """Write ``module_example_rows``, ``labelled_topic_rows`` and ``report_topic_rows`` to the package's examples
    files (after labelled questions are added)."""
    from tandem.assistant.module_examples import EXAMPLES
    from tandem.assistant.topic_examples import LABELLED_TOPICS, REPORT_TOPICS

    for rows, path in (
        (module_example_rows(), EXAMPLES),
        (labelled_topic_rows(), LABELLED_TOPICS),
        (report_topic_rows(), REPORT_TOPICS),
    ):
        path.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")


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
            (rank for rank, hit in enumerate(hits, 1) if question.is_relevant(hit.chunk.source)), None
        )
    return report


def evaluate_answers(
    answer: Callable[[str, tuple[str, ...]], Answer], questions: Iterable[LabelledQuestion]
) -> AnswerReport:
    """Does each answer contain the expected fact, and is every off-topic question refused?

    ``answer(question, history)``: a follow-up is asked after its earlier questions (``Assistant.answer``).
    """
    report = AnswerReport()
    for question in questions:
        result = answer(question.q, question.history)
        if question.offtopic:
            report.offtopic_total += 1
            # a figure asked of a place the documents speak of without it is declined by saying so
            if not (result.declined if question.type == "absent" else result.refused):
                report.false_answers.append(question.q)
            continue
        if result.refused:
            report.false_refusals.append(question.q)
        answered = not result.refused
        if answered:
            report.lines[question.q] = _cited_lines(result, question)
            report.lengths[question.q] = len(result.text)
        report.strict_found[question.q] = answered and _contains(result.text, question.expect)
        report.fact_found[question.q] = answered and any(
            _contains(result.text, wording) for wording in (question.expect, *question.accept)
        )
    return report


def _cited_lines(answer: Answer, question: LabelledQuestion) -> tuple[int, int, bool]:
    """(cited lines citing a relevant document, cited lines, the first one does) of an answer's text."""
    paths = {s.n: s.path for s in answer.sources}
    verdicts = []
    for line in answer.text.splitlines():
        cited = [paths.get(int(n), "") for n in _CITATION.findall(line)]
        if cited:
            verdicts.append(any(question.is_relevant(path) for path in cited))
    return sum(verdicts), len(verdicts), bool(verdicts and verdicts[0])


def _contains(text: str, expected: str) -> bool:
    from tandem.text.normalize import normalize_inline

    return expected in text or normalize_inline(expected) in normalize_inline(text)
