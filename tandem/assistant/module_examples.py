"""Which module answers a situation, by example: the modules of the labelled questions nearest to it.

The module an answer comes from is chosen by the search's evidence for each document and the best sentence's fit
(``tandem.assistant.extractive.compose``).  A volunteer's long story spreads its words over several modules, and
the one that covers its situation may share few of them: "陪了一位老人好几个月，现在晚上总睡不着，老惦记他出事" holds
more words of the grief module (睡不着, 老人, 几个月) than of self-care, and "她说着说着就不吭声了，我是赶紧换个话题还是
咋的？" more of reminiscence (换个话题) than of silent listening.  Questions in volunteers' own words are nearer to
other such questions than to the knowledge's sentences (a vote over the modules' 适用情境 sentences alone was right
for 79 of 220 questions: CHANGELOG.md), so ``ModuleExamples`` compares the question, embedded with the index's own
model, with the labelled questions of the answer evaluation (``module_examples.jsonl``: each situation with the
module labelled first and the split it belongs to) and lets its five nearest vote, by similarity; nearest by meaning
and by the words they share (``LEXICAL_WEIGHT``).  The follow-up turns are among them, each without its
conversation: a turn that has left the emergency behind ("人让救护车拉走了……这钱上哪整去", "孩子给送下来了……他妈冲
我们嚷嚷") is nearest to other such turns (follow-ups 381 → 386 facts of 536,
non-follow-up splits 988 → 992 of 1,128, each split left out of its own vote; 2026-12-04).

Measured leaving out the split of the question asked (each split was written by another helper session, so this is
how the vote does on a new writer's questions): the top module of the vote was the labelled one for 475 of 551
questions, and for 244 of 246 where all five nearest agree; the composer's choice alone for 487.  Beside the search's
evidence (``Assistant.prepare``) it took lines on a relevant document from 0.867 to 0.920 over dev–heldout5, from
0.901 to 0.951 over heldout6–16 and from 0.813 to 0.851 over the follow-up sets (README, "Quality").  The evaluation
always leaves out the split it measures (``leave_out``).

The examples also carry the phrases their answers must hold (``lines``: the evaluation's ``expect`` and ``accept``),
so the same neighbours vote for lines too (``vote``): the line of the voted module that answered the situations
nearest to a question leads its answer (``tandem.assistant.extractive.compose``).
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from pathlib import Path

import numpy as np
from langchain_core.embeddings import Embeddings

from tandem.assistant.crisis_examples import embedded_once
from tandem.core.bm25 import TextBm25
from tandem.core.tokens import tokenize

EXAMPLES = Path(__file__).with_name("module_examples.jsonl")
NEIGHBOURS = 5
# A follow-up this long whose own nearest situations give one module this share votes alone (follow-up lines pooled
# 0.857 → 0.870, no set falling; 25 characters or a share of 0.8 let followup2 fall, 40 gained less: CHANGELOG.md)
OWN_STORY_CHARS = 30
OWN_VOTE = 0.6
# ... and a shorter one whose nearest situations all give one module ("吓死老子了，到现在心头还咚咚咚跳，今晚上怕是睡不着哦")
OWN_SAYING_CHARS = 15
UNANIMOUS = 0.999
# ... unless, read with the turn before, every nearest situation is of one module that holds this share of its own
# nearest too: the story has not left the conversation's situation ("我跟她说阿姨您都退休多少年了，她一下就急了，说我骗她"
# after a confused elder at a metro gate is the dementia module's, though alone it is near a resident's anger)
STILL_THERE = 0.3
# The nearest situations are chosen by meaning and by the words they share ("看不见的大姐……路上我咋扶她" is nearest
# in meaning to an elder who wanders and a grieving neighbour, and shares 看不见 and 扶 with the guiding of the blind):
# the similarity plus this weight times the examples' BM25 score over the best's.  Measured on the examples, each
# split left out of its own vote, the top module was the labelled one for 0.848 of them by meaning alone, 0.880 at
# 0.1, 0.897 at 0.4 and 0.5, 0.892 at 1.0 (follow-ups, each turn alone: 0.707 → 0.777; CHANGELOG.md).  The votes
# are still weighed by similarity, so their shares mean what they meant.
LEXICAL_WEIGHT = 0.4
CACHE_SIZE = 4096


class ModuleExamples:
    """Nearest labelled situations and the modules that answer them, embedded on first use.

    ``leave_out``: splits whose questions never vote (the evaluation of a split leaves its own out).
    """

    def __init__(self, embeddings: Embeddings, path: Path = EXAMPLES, leave_out: Iterable[str] = ()) -> None:
        self.embeddings = embeddings
        self.path = path
        self.leave_out = frozenset(leave_out)
        self._lock = threading.Lock()
        self._matrix: np.ndarray | None = None
        self._modules: list[str] = []
        self._phrases: list[tuple[str, ...]] = []
        self._lexical = TextBm25([])
        self._seen: dict[tuple[str, str], tuple[dict[str, float], dict[tuple[str, str], float]]] = {}

    def shares(self, text: str) -> dict[str, float]:
        """Each module's share of the similarity of ``text``'s nearest examples (they sum to 1; ``{}`` when none
        is near at all).  Modules are paths as labelled ("knowledge/skills/volunteer-self-care.md")."""
        return self.vote(text)[0]

    def vote(self, text: str, words: str | None = None) -> tuple[dict[str, float], dict[tuple[str, str], float]]:
        """``shares`` of ``text``, and each ``(module, phrase)`` an answer of its nearest examples holds, with their
        share: the lines that answered the situations nearest to it ("让他扶住你的胳膊肘上方" for "咋给盲人带路啊").

        ``words``: the text whose words the nearest share, when not all of ``text`` (a follow-up read with the turn
        before it is near in meaning to the whole, and shares the words of what it asks)."""
        text = text.strip()
        words = text if words is None else words.strip()
        if not text:
            return {}, {}
        with self._lock:
            if (text, words) in self._seen:
                return self._seen[(text, words)]
        matrix, modules, lexical = self._examples()
        if not len(matrix):
            return {}, {}
        query = np.asarray(self.embeddings.embed_query(text), dtype=np.float32)
        similarity = matrix @ (query / (np.linalg.norm(query) or 1.0))
        shared = lexical.scores(tokenize(words))
        nearness = similarity + LEXICAL_WEIGHT * shared / (float(shared.max()) or 1.0)
        tally: dict[str, float] = {}
        said: dict[tuple[str, str], float] = {}
        for i in np.argsort(-nearness)[:NEIGHBOURS]:
            weight = max(float(similarity[i]), 0.0)
            tally[modules[i]] = tally.get(modules[i], 0.0) + weight
            for phrase in self._phrases[i]:  # a phrase of its module's ("告诉社工" is in every module)
                said[(modules[i], phrase)] = said.get((modules[i], phrase), 0.0) + weight
        total = sum(tally.values())
        found = (
            ({module: w / total for module, w in tally.items()}, {key: w / total for key, w in said.items()})
            if total > 0
            else ({}, {})
        )
        with self._lock:
            if len(self._seen) >= CACHE_SIZE:
                self._seen.clear()
            self._seen[(text, words)] = found
        return found

    def vote_in_conversation(
        self, question: str, before: str = ""
    ) -> tuple[dict[str, float], dict[tuple[str, str], float]]:
        """``vote`` of a question asked after ``before`` (the turn before it, "" for none): read with that turn ("那她
        闺女来了要不要说？" alone is near no situation), unless it tells a situation of its own that its nearest
        situations agree on — the story has moved on ("临走她拉着我说，她身体不好这事别往外讲。可我想在咱们志愿者群里
        提一句……" after a quiet visit is privacy's) — and has not stayed in the turn before's (``STILL_THERE``)."""
        own = self.vote(question)
        size, top = len(question.strip()), max(own[0].values(), default=0.0)
        if not before:
            return own
        together = self.vote(f"{before}{question}", words=question)
        if (size >= OWN_STORY_CHARS and top >= OWN_VOTE) or (size >= OWN_SAYING_CHARS and top >= UNANIMOUS):
            kept = max(together[0], key=lambda module: together[0][module], default="")
            still_there = bool(kept) and together[0][kept] >= UNANIMOUS and own[0].get(kept, 0.0) >= STILL_THERE
            return together if still_there else own
        return together

    def _examples(self) -> tuple[np.ndarray, list[str], TextBm25]:
        with self._lock:
            if self._matrix is None:
                rows, matrix = embedded_once(self.path, self.embeddings)
                kept = [i for i, row in enumerate(rows) if row["split"] not in self.leave_out]
                self._matrix = matrix[kept] if kept else np.zeros((0, 1), dtype=np.float32)
                self._modules = [str(rows[i]["module"]) for i in kept]
                self._phrases = [tuple(rows[i].get("lines", ())) for i in kept]
                self._lexical = TextBm25([tokenize(str(rows[i]["q"])) for i in kept])
            return self._matrix, self._modules, self._lexical
