"""Follow-up questions: "那如果他不开门呢？" becomes a question that stands on its own.

With a chat model the question is rewritten from the conversation; without one,
the previous question's key terms are carried over when the new one leans on it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tandem.core.tokens import STOPWORDS, cut_words

_LEANS_ON_CONTEXT = re.compile(
    r"^(那|那么|那如果|如果|要是|还有|另外|然后|他|她|它|他们|这|这个|那个|这种|那种|对方)|呢[？?]?$"
)
SHORT_QUESTION = 12
CARRIED = 4  # terms carried over: enough to find the subject, few enough not to drown what is asked now


def is_follow_up(question: str) -> bool:
    """Does ``question`` lean on the previous one (pronoun start, “…呢？”, or very short)?"""
    stripped = question.strip()
    return bool(_LEANS_ON_CONTEXT.search(stripped)) or len(stripped) <= SHORT_QUESTION


def key_terms(question: str, limit: int = 6) -> list[str]:
    """Content words of a question (jieba words of 2+ characters, no stop words)."""
    found = [w for w in cut_words(question) if len(w) >= 2 and w not in STOPWORDS and not w.isdigit()]
    return list(dict.fromkeys(found))[:limit]


def carry_over(question: str, history: Sequence[str]) -> str:
    """Without an LLM: prefix the previous question's key terms to a follow-up."""
    if not history or not is_follow_up(question):
        return question
    missing = [t for t in key_terms(history[-1], CARRIED) if t not in question]
    return f"{' '.join(missing)} {question}".strip() if missing else question
