"""Small Chinese-text helpers: character bigrams, near-duplicate tests, first sentences."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable

from tandem.text.knowledge_format import plain

_SAME = (("家庭暴力", "家暴"), ("发现", ""), ("听到", ""), ("出现", ""))


def bigrams(text: str) -> set[str]:
    text = plain(text)
    for old, new in _SAME:
        text = text.replace(old, new)
    chars = [c for c in text if not c.isspace() and c not in "，。；：、“”‘’（）()《》！？,.;:!?-—"]
    return {a + b for a, b in itertools.pairwise(chars)}


def similar(a: str, b: str, threshold: float = 0.5) -> bool:
    x, y = bigrams(a), bigrams(b)
    if not x or not y:
        return a.strip() == b.strip()
    return len(x & y) / min(len(x), len(y)) >= threshold


def dedup(texts: Iterable[str], threshold: float = 0.5) -> list[str]:
    out: list[str] = []
    for text in texts:
        if text and not any(similar(text, kept, threshold) for kept in out):
            out.append(text)
    return out


def first_sentence(text: str, limit: int = 48) -> str:
    sentence = re.split(r"(?<=[。！？])", plain(text), maxsplit=1)[0].strip()
    if len(sentence) > limit:
        sentence = re.split(r"[；;]", sentence)[0].rstrip("。，,") + "。"
    return sentence
