"""Answering a question: crisis check → follow-up rewrite → hybrid search → relevance gate → answer.

The answer is extractive (no LLM, the default) or written by a LangChain chat
model from the same numbered passages.  A chat model that fails or times out
falls back to the extractive answer with a visible notice; its citations are
checked.  ``Answer.as_json`` is the CLI's JSON contract.
"""

from __future__ import annotations

import logging
import re
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

import numpy as np

from tandem.assistant.conversation import carry_over, is_follow_up
from tandem.assistant.extractive import Passage, compose
from tandem.assistant.llm import NumberedPassage, build_messages, check_citations, rewrite_question, stream_text
from tandem.assistant.relevance import assess
from tandem.assistant.safety import CrisisAlert, check_crisis
from tandem.assistant.search import HybridSearcher, SearchHit

if TYPE_CHECKING:  # LangChain's chat model classes take half a second to import: only when a model is used
    from langchain_core.language_models import BaseChatModel

log = logging.getLogger(__name__)
_CITATION = re.compile(r"\[(\d{1,3})\]")

EXPAND_DOCUMENTS = 2
EXPAND_SECTIONS = ("核心要点", "操作步骤", "成效与数据")
EXPAND_MAX = 4
CRISIS_SKILL = "危机识别与转介"  # the knowledge base's crisis module (skill tag)
CRISIS_HITS = 2
SENTENCE_CACHE_SIZE = 50_000  # 512-d float32: about 100 MB at most
REFUSAL = "知识库中没有找到相关内容，无法可靠回答这个问题。"


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
    skill: str = ""
    rank: int = 0  # rank of the search hit it is, or of the best hit of its document (for expansions)

    def as_json(self) -> dict[str, Any]:
        return {"n": self.n, "title": self.title, "path": self.path, "text": self.text, "score": round(self.score, 6)}


@dataclass
class Answer:
    """An answer, whether it declined, and the passages it cites."""

    text: str
    refused: bool
    sources: list[Source] = field(default_factory=list)
    crisis: CrisisAlert | None = None
    mode: str = "extractive"  # extractive | llm | fallback
    notice: str = ""
    query: str = ""

    @property
    def full_text(self) -> str:
        """The crisis box first (when any), then the answer."""
        return f"{self.crisis.text}\n\n{self.text}" if self.crisis else self.text

    def as_json(self) -> dict[str, Any]:
        return {"answer": self.full_text, "refused": self.refused, "sources": [s.as_json() for s in self.sources]}


@dataclass
class Prepared:
    """Everything decided before the answer text is written."""

    question: str
    query: str
    crisis: CrisisAlert | None
    sources: list[Source]  # the hits and their documents' key sections: what a chat model reads
    refused: bool
    context: list[Source] = field(default_factory=list)  # the rest of the best documents (extractive answer)


def sources_from_hits(hits: Sequence[SearchHit], ranks: Sequence[int] | None = None, start: int = 1) -> list[Source]:
    ranks = range(len(hits)) if ranks is None else ranks
    return [
        Source(
            n, h.chunk.title, h.chunk.source, h.chunk.text, h.score, h.chunk.kind, h.chunk.heading, h.chunk.skill, rank
        )
        for n, (h, rank) in enumerate(zip(hits, ranks, strict=True), start)
    ]


def renumber_citations(text: str, sources: Sequence[Source]) -> tuple[str, list[Source]]:
    """Keep the cited sources only, numbered in order of first citation, and rewrite [n] to match."""
    by_n = {s.n: s for s in sources}
    order: dict[int, int] = {}
    for match in _CITATION.finditer(text):
        old = int(match.group(1))
        if old in by_n and old not in order:
            order[old] = len(order) + 1
    renumbered = _CITATION.sub(lambda m: f"[{order[int(m.group(1))]}]" if int(m.group(1)) in order else "", text)
    return renumbered, [replace(by_n[old], n=new) for old, new in order.items()]


def with_crisis_terms(query: str, crisis: CrisisAlert | None) -> str:
    """The question with the crisis signs it carries named (自伤或轻生 …), to find what to do about them."""
    return f"{query}（{'、'.join(crisis.categories)}）" if crisis else query


class SentenceVectors:
    """Sentence embeddings for the extractive composer, each distinct sentence embedded once per process.

    The composer compares the question with every sentence of the best documents; the
    same modules answer most questions, so after the first few questions nearly every
    sentence is already here.  Bounded (oldest dropped first) and shared by sessions.
    """

    def __init__(
        self,
        embeddings: Any,
        max_size: int = SENTENCE_CACHE_SIZE,
        stored: Callable[[list[str]], dict[str, np.ndarray]] | None = None,
    ) -> None:
        self.embeddings = embeddings
        self.max_size = max_size
        self.stored = stored  # the vectors ingest stored with the chunks (``KnowledgeIndex.sentence_vectors``)
        self._vectors: OrderedDict[str, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, sentences: Sequence[str]) -> np.ndarray:
        with self._lock:
            missing = list(dict.fromkeys(t for t in sentences if t not in self._vectors))
        if missing:
            got = self.stored(missing) if self.stored is not None else {}
            unknown = [t for t in missing if t not in got]
            fresh = self.embeddings.embed_documents(unknown) if unknown else []
            got.update(zip(unknown, (np.asarray(v, dtype=np.float32) for v in fresh), strict=True))
            with self._lock:
                self._vectors.update((t, got[t]) for t in missing)
                while len(self._vectors) > self.max_size:
                    self._vectors.popitem(last=False)
        with self._lock:
            found = {t: self._vectors.get(t) for t in sentences}
        if any(v is None for v in found.values()):  # evicted meanwhile by a burst of other sessions
            return np.asarray(self.embeddings.embed_documents(list(sentences)), dtype=np.float32)
        return np.stack([found[t] for t in sentences]) if sentences else np.zeros((0, 1), np.float32)


class Assistant:
    """Answers questions from one knowledge index, with or without a chat model."""

    def __init__(self, searcher: HybridSearcher, chat_model: BaseChatModel | None = None, k: int = 5) -> None:
        self.searcher = searcher
        self.chat_model = chat_model
        self.k = k
        self._sentence_vectors = SentenceVectors(searcher.index.embeddings, stored=searcher.index.sentence_vectors)

    def prepare(
        self, question: str, history: Sequence[str] = (), filters: dict[str, Any] | None = None, k: int | None = None
    ) -> Prepared:
        question = question.strip()
        crisis = check_crisis(question)
        query = self._standalone(question, history)
        hits = self.searcher.search(query, k=k or self.k, filters=filters)
        if crisis and not (filters or {}).get("skill"):
            hits = self._crisis_module_first(with_crisis_terms(query, crisis), hits, filters, k or self.k)
        relevant = bool(hits) and assess(query, hits, self.searcher.index.lexical).relevant
        if not relevant:
            return Prepared(question, query, crisis, [], True)
        key, rest = self._expand(hits, self._best_documents(hits))
        sources = sources_from_hits([*hits, *(h for h, _ in key)], [*range(len(hits)), *(r for _, r in key)])
        context = sources_from_hits([h for h, _ in rest], [r for _, r in rest], len(sources) + 1)
        return Prepared(question, query, crisis, sources, False, context)

    def _crisis_module_first(
        self, query: str, hits: list[SearchHit], filters: dict[str, Any] | None, k: int
    ) -> list[SearchHit]:
        """For a question with crisis signs, the crisis module's best passages lead the hits.

        "存折都交代好了" reads like a question about an old man's savings; the crisis
        check sees the 轻生 sign it carries, and the answer should then speak of what
        to do about that sign, not of bank books.  Without that module (another
        knowledge base) the hits stay as they are.
        """
        crisis_hits = self.searcher.search(query, k=CRISIS_HITS, filters={**(filters or {}), "skill": CRISIS_SKILL})
        ids = {h.chunk.id for h in crisis_hits}
        return [*crisis_hits, *(h for h in hits if h.chunk.id not in ids)][: max(k, len(crisis_hits))]

    @staticmethod
    def _best_documents(hits: Sequence[SearchHit]) -> dict[str, int]:
        """The documents of the best hits, each with the rank of its best hit."""
        best: dict[str, int] = {}
        for rank, hit in enumerate(hits):
            best.setdefault(hit.chunk.source, rank)
        return dict(list(best.items())[:EXPAND_DOCUMENTS])

    def _expand(
        self, hits: Sequence[SearchHit], documents: dict[str, int]
    ) -> tuple[list[tuple[SearchHit, int]], list[tuple[SearchHit, int]]]:
        """The other chunks of the best documents, each ranked just below its document's best hit.

        Returns ``(key, rest)``: up to ``EXPAND_MAX`` chunks of the key sections, then the rest.
        A paraphrased question often lands on a quiz or an example of the right module,
        while the answer is stated plainly in its key points; and a chunk boundary often
        falls inside the list item that answers.  The key sections join the sources every
        answer draws on; the whole documents are the extractive composer's context.
        """
        seen = {h.chunk.id for h in hits}
        key: list[tuple[SearchHit, int]] = []
        rest: list[tuple[SearchHit, int]] = []
        for source, rank in documents.items():
            for chunk in self.searcher.index.lexical.chunks_of(source):  # one read per document
                if chunk.id in seen:
                    continue
                seen.add(chunk.id)
                is_key = len(key) < EXPAND_MAX and any(s in chunk.heading for s in EXPAND_SECTIONS)
                (key if is_key else rest).append((SearchHit(chunk, 0.0), rank + 1))
        return key, rest

    def _standalone(self, question: str, history: Sequence[str]) -> str:
        if not history or not is_follow_up(question):
            return question
        if self.chat_model is not None:
            try:
                return rewrite_question(self.chat_model, question, history)
            except Exception as exc:
                log.warning("question rewrite failed: %s", exc)
        return carry_over(question, history)

    def stream(self, prepared: Prepared) -> Iterator[str | Answer]:
        """Text pieces as they are written, then the final ``Answer``."""
        if prepared.refused:
            yield self._finish(prepared, self.refusal_text(), "extractive")
            return
        if self.chat_model is None:
            yield self._extractive_answer(prepared, "extractive")
            return
        messages = build_messages(
            prepared.query, [NumberedPassage(s.n, s.title, s.heading, s.text) for s in prepared.sources]
        )
        pieces: list[str] = []
        try:
            for piece in stream_text(self.chat_model, messages):
                pieces.append(piece)
                yield piece
        except Exception as exc:
            log.warning("chat model failed: %s", exc)
            notice = f"大模型暂时不可用（{type(exc).__name__}），以下是检索模式的回答。"
            yield self._extractive_answer(prepared, "fallback", notice)
            return
        text, has_citation = check_citations("".join(pieces).strip(), len(prepared.sources))
        if not text:
            notice = "大模型没有给出回答，以下是检索模式的回答。"
            yield self._extractive_answer(prepared, "fallback", notice)
            return
        notice = "" if has_citation else "⚠️ 大模型的回答没有有效的出处标注，请对照下方来源核实。"
        yield self._finish(prepared, text, "llm", notice)

    def answer(
        self, question: str, history: Sequence[str] = (), filters: dict[str, Any] | None = None, k: int | None = None
    ) -> Answer:
        final = None
        for item in self.stream(self.prepare(question, history, filters, k)):
            if isinstance(item, Answer):
                final = item
        assert final is not None
        return final

    def _similarity(self, question: str, sentences: list[str]) -> list[float]:
        query = np.asarray(self.searcher.index.embeddings.embed_query(question))
        vectors = self._sentence_vectors.get(sentences)
        norms = np.linalg.norm(vectors, axis=1) * (np.linalg.norm(query) or 1.0)
        return (vectors @ query / np.where(norms == 0, 1.0, norms)).tolist()

    def _extractive_answer(self, prepared: Prepared, mode: str, notice: str = "") -> Answer:
        """The composed answer, citing only the passages it uses, renumbered 1..n in order of use."""
        pool = [*prepared.sources, *prepared.context]
        passages = [Passage(s.n, s.title, s.heading, s.text, s.kind, s.rank) for s in pool]
        text = compose(with_crisis_terms(prepared.query, prepared.crisis), passages, self._similarity)
        if not text:
            return self._finish(prepared, REFUSAL, mode, notice)
        text, sources = renumber_citations(text, pool)
        return Answer(text, False, sources, prepared.crisis, mode, notice, prepared.query)

    def refusal_text(self) -> str:
        """The refusal, with what this knowledge base does cover (read from the index, not assumed)."""
        lexical = self.searcher.index.lexical
        skills = lexical.distinct("skill")
        regions = lexical.distinct("region")
        regions = [
            r for r in regions if not any(o != r and r.startswith(o) for o in regions)
        ]  # 北京市 covers its districts
        covered = []
        if skills:
            covered.append(f"志愿服务技能（{'、'.join(skills[:16])}）")
        if regions:
            covered.append(f"{'、'.join(regions[:8])}等地试点的案例和数据")
        titles = [] if covered else [d.title for d in lexical.documents()]
        if not covered and not titles:
            return f"{REFUSAL}\n\n知识库还是空的：请先在“知识库”页或用 `python -m ingest` 导入材料。"
        if titles:
            covered.append(
                "、".join(f"《{t}》" for t in titles[:5]) + (f"等 {len(titles)} 份材料" if len(titles) > 5 else "")
            )
        return f"{REFUSAL}\n\nTandem 的知识库涵盖：{'；'.join(covered)}。可以换个说法再问，或直接联系你的联系社工。"

    @staticmethod
    def _finish(prepared: Prepared, text: str, mode: str, notice: str = "") -> Answer:
        return Answer(text, prepared.refused, prepared.sources, prepared.crisis, mode, notice, prepared.query)


def answer_question(
    searcher: HybridSearcher,
    question: str,
    k: int = 5,
    filters: dict[str, Any] | None = None,
    chat_model: BaseChatModel | None = None,
) -> Answer:
    """One-shot convenience used by the CLI."""
    return Assistant(searcher, chat_model, k).answer(question, filters=filters)
