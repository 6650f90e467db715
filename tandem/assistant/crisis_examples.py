"""Crisis signs by example: a question is compared with labelled everyday wordings of emergencies and look-alikes.

The checklist in ``tandem.assistant.safety`` reads the words a supervising social worker wrote down; people
find endless others ("他不出气了", "捂着心口蹲地上 脸煞白", "水库那边有人在扑腾"), and every blind set of
wordings found some the checklist missed.  ``CrisisExamples`` holds labelled wordings
(``crisis_examples.jsonl``: emergencies of every category of the crisis box, and ordinary questions close in
words — a drill, a film, a pet, an emergency already over) embedded with the index's own model, and calls a
question an emergency when its most similar examples are mostly emergencies; the category is the one most of those
neighbours share, or none named (``safety.UNCLEAR``) when they disagree.  It only adds to the checklist: a question
the checklist reads is never re-judged.

The examples are the development halves of the blind crisis wordings (``tests/data/eval/crisis``: ``dev``,
``blind``, ``blind2``), and, as ordinary wordings, the 52 situation questions of the answer evaluation's ``dev``
split that the checklist leaves alone and that no emergency module answers: without them a volunteer's long story
about a gift, a shout at the door or a deaf neighbour had emergencies for its nearest wordings, and 17 of the 222
labelled questions of the other splits got a box (装扶手 one of 心跳呼吸骤停, a 红包 one of 轻生); with them 4,
while the held-out wordings (``heldout``, ``blind3``, ``blind4``, ``blind5``) kept 192 of 196 emergencies
recognised and 8 false alarms in 156.  Six ordinary wordings of couriers' and riders' everyday troubles (a fine, a bad
review, a wish to volunteer), written here, close the end of the file: their neighbourhood had been ten
emergencies to eight ordinary lines, most of those short figure questions, so a rider "被平台扣了好几百" asking
for company to the depot read as 急症或意外 (a blind set's situation, heldout9); every held-out split unchanged.  The held-out halves never enter it, so ``tests/eval/test_crisis_eval.py``
measures it on wordings it has not seen.
"""

from __future__ import annotations

import json
import re
import threading
import weakref
from pathlib import Path
from typing import Any

import numpy as np
from langchain_core.embeddings import Embeddings

from tandem.assistant.relevance import content_words
from tandem.assistant.safety import UNCLEAR

EXAMPLES = Path(__file__).with_name("crisis_examples.jsonl")
NEIGHBOURS = 5
# Share of the neighbours' similarity that must come from emergencies.  On the fifth blind set of wordings
# (never among the examples) 0.8 took the checklist's 32/50 to 46/50 with 4 false alarms in 40 (3 before), and
# alarmed 13 of the 306 labelled answer questions the checklist leaves alone (0.7: 47/50, 5/40, 17/306).
EMERGENCY_SHARE = 0.8
# ... and the nearest must be this close: a question close to no example ("红烧肉怎么做才不柴啊，我每次炖出来都硬邦邦
# 的": 0.43 to a dog bite) is read by nothing.  Over the held-out wordings every emergency the examples caught that
# the checklist missed had a nearest example at 0.45 or more.
MIN_SIMILARITY = 0.44
# ... and the kind is the one that holds at least this share of the emergencies' similarity; below, the neighbours
# disagree (an elder not seen for a week, nearest to neglect, a collapse and a wanderer) and the box names no kind
# (``safety.UNCLEAR``).  Of the emergencies of the held-out wordings read by example only, 8 had no such majority,
# 5 of them boxed with a wrong kind (a man following a woman as 走失, a fallen wall as abuse); so had 13 of the 27
# labelled stories boxed by example, each given some kind's steps (a shoe-repairer's trouble as a scam).
MAJORITY = 0.5
# ... unless its nearest is nearly the same words (a collapse at a courier's depot, 0.93 to a labelled one of 心跳呼吸骤停
# beside four other kinds): that example's kind.  The held-out emergencies without a majority were far from any (0.5 to 0.6).
SAME_WORDS = 0.8
CACHE_SIZE = 4096
# A clause of a story, and the length below which one says too little to be read alone.  Over the held-out wordings
# the clause check lost no emergency read by example (19 of 23) and no false alarm changed; the labelled situations
# of the held-out answer splits with a box from the examples alone went from 12 of 353 to 6, the earlier questions
# of the follow-up sets from 13 to 6 (2026-12-01, fifth round).
_CLAUSE = re.compile(r"[。！？!?，,；;]")
MIN_CLAUSE = 6
# Asking how to act, in any words: a question that says nothing more (那怎么办, 咋办啊, 我该怎么办？) names no
# situation, and its nearest wordings are arbitrary (it had read as 自伤或轻生)
_ONLY_ASKING = re.compile(r"(?:咋|怎么|怎样|如何|该)(?:办|整|弄|做|搞)|[那我该呢啊呀吗吧？?！!。，,\s]")


def unit_rows(vectors: np.ndarray) -> np.ndarray:
    """``vectors`` scaled to length one, a row each (so that a product is a cosine)."""
    return vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-9)


def embedded_examples(path: Path, embeddings: Embeddings) -> tuple[list[dict[str, Any]], np.ndarray]:
    """The labelled rows of a JSONL file of examples, and their questions ("q") embedded, a unit row each."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    if not rows:
        return rows, np.zeros((0, 1), dtype=np.float32)
    vectors = np.asarray(embeddings.embed_documents([str(r["q"]) for r in rows]), dtype=np.float32)
    return rows, unit_rows(vectors)


# The examples embedded once per model and file in a process (every ``Assistant`` has its own ``ModuleExamples`` and
# ``TopicExamples``, and both read the labelled situations) (by path and modification time: a file written again is
# read again)
_EMBEDDED: weakref.WeakKeyDictionary[Any, dict[tuple[Path, int], tuple[list[dict[str, Any]], np.ndarray]]] = (
    weakref.WeakKeyDictionary()
)
_EMBEDDED_LOCK = threading.Lock()


def embedded_once(path: Path, embeddings: Embeddings) -> tuple[list[dict[str, Any]], np.ndarray]:
    """``embedded_examples`` of ``path``, embedded once per model and version of the file in this process."""
    key = (path, path.stat().st_mtime_ns)
    with _EMBEDDED_LOCK:
        by_file = _EMBEDDED.setdefault(embeddings, {})
        if key not in by_file:
            by_file[key] = embedded_examples(path, embeddings)
        return by_file[key]


class CrisisExamples:
    """Nearest labelled wordings of emergencies and look-alikes, embedded on first use."""

    def __init__(self, embeddings: Embeddings, path: Path = EXAMPLES) -> None:
        self.embeddings = embeddings
        self.path = path
        self._lock = threading.Lock()
        self._matrix: np.ndarray | None = None
        self._crisis = np.zeros(0, bool)
        self._categories: list[str] = []
        self._seen: dict[str, tuple[str, ...]] = {}

    def categories(self, text: str) -> tuple[str, ...]:
        """The crisis category ``text`` reads as by its nearest examples, or ``()`` when they are mostly ordinary.

        A story of several clauses reads as an emergency only when one of its clauses does as well: the emergency
        is told somewhere ("……突然往一边歪，叫她也不答应"); a volunteer's long story about a gift or a shout at
        the door is near emergencies as a whole, in no clause of its own.
        """
        text = text.strip()
        if text in self._seen:
            return self._seen[text]
        found = self._read(text)
        clauses = [c for c in _CLAUSE.split(text) if len(c.strip()) >= MIN_CLAUSE]
        if found and len(clauses) >= 2 and not any(self._read(c.strip()) for c in clauses):
            found = ()
        with self._lock:
            if len(self._seen) >= CACHE_SIZE:
                self._seen.clear()
            self._seen[text] = found
        return found

    def _read(self, text: str) -> tuple[str, ...]:
        """The category ``text`` reads as by its nearest examples, as a whole."""
        if not content_words(_ONLY_ASKING.sub("", text)):
            return ()
        matrix = self._examples()
        query = np.asarray(self.embeddings.embed_query(text), dtype=np.float32)
        similarity = matrix @ (query / (np.linalg.norm(query) or 1.0))
        nearest = np.argsort(-similarity)[:NEIGHBOURS]
        weights = np.clip(similarity[nearest], 0.0, None)
        found: tuple[str, ...] = ()
        close = similarity[nearest[0]] >= MIN_SIMILARITY
        if close and weights.sum() > 0 and weights[self._crisis[nearest]].sum() / weights.sum() >= EMERGENCY_SHARE:
            votes: dict[str, float] = {}
            for i in nearest:
                if self._crisis[i]:
                    votes[self._categories[i]] = votes.get(self._categories[i], 0.0) + float(similarity[i])
            kind = max(votes, key=votes.__getitem__)
            if votes[kind] < MAJORITY * sum(votes.values()):
                first = nearest[0]
                kind = self._categories[first] if self._crisis[first] and similarity[first] >= SAME_WORDS else UNCLEAR
            found = (kind,)
        return found

    def _examples(self) -> np.ndarray:
        with self._lock:
            if self._matrix is None:
                rows, self._matrix = embedded_examples(self.path, self.embeddings)
                self._crisis = np.array([bool(r["crisis"]) for r in rows])
                self._categories = [r["category"] for r in rows]
            return self._matrix
