"""Chinese tokens for lexical search: jieba words plus character bigrams.

Words catch whole terms (独居老人, 接诉即办); bigrams catch terms jieba splits
differently in question and passage.  ASCII words and numbers are kept as
lower-case tokens.  The same function serves indexing and querying.

The words come from ``rjieba`` (jieba-rs, jieba's algorithm and dictionary in Rust):
its search-mode cut equals ``jieba.cut_for_search`` word for word (tested on the
knowledge base and the labelled questions; when it was adopted, also on 196k
distinct runs of the 10k benchmark corpus, a seed report and random strings), so
indexes built with either read the same, and it is 8–15x faster,
which is most of what ingest spent outside the embedder.  jieba itself still
serves the relevance gate (its dictionary frequencies) and follow-up questions.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping

import jieba
import rjieba

jieba.setLogLevel(logging.WARNING)

_CJK_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_ASCII_WORD = re.compile(r"[A-Za-z]+|\d+(?:\.\d+)?")
_ASCII_PIECE = re.compile(r"[A-Za-z]+|\d+|[^A-Za-z\d]")
STOPWORDS = frozenset(
    [
        "的",
        "了",
        "和",
        "与",
        "及",
        "或",
        "是",
        "在",
        "有",
        "我",
        "你",
        "他",
        "她",
        "它",
        "们",
        "这",
        "那",
        "也",
        "就",
        "都",
        "而",
        "被",
        "把",
        "让",
        "给",
        "对",
        "从",
        "向",
        "为",
        "以",
        "等",
        "吗",
        "呢",
        "吧",
        "啊",
        "呀",
        "么",
        "什么",
        "怎么",
        "怎么办",
        "怎样",
        "如何",
        "哪些",
        "哪个",
        "多少",
        "一个",
        "一些",
        "可以",
        "应该",
        "需要",
        "要",
        "会",
        "能",
        "还",
        "又",
        "很",
        "太",
        "没有",
        "不",
        "之",
        "其",
        "该",
        "此",
        "这个",
        "那个",
        "这些",
        "那些",
        "时候",
        "如果",
        "因为",
        "所以",
        "但是",
        "然后",
    ]
)


def _words(run: str) -> list[str]:
    return [w for w in rjieba.cut_for_search(run, True) if w not in STOPWORDS]  # True: HMM, as jieba's default


def words(text: str) -> list[str]:
    """jieba's accurate-mode words of ``text`` (``jieba.lcut``), from rjieba: no dictionary load in the process.

    ASCII runs are split into letters, digits and the rest, as jieba splits them.
    """
    return [
        piece for word in rjieba.cut(text, True) for piece in (_ASCII_PIECE.findall(word) if word.isascii() else [word])
    ]


def tokenize(text: str) -> list[str]:
    """Tokens of ``text`` for BM25: jieba search-mode words, CJK bigrams, ASCII words."""
    tokens: list[str] = []
    for run in _CJK_RUN.findall(text):
        tokens.extend(_words(run))
        if len(run) >= 2:
            tokens.extend(run[i : i + 2] for i in range(len(run) - 1))
    tokens.extend(w.lower() for w in _ASCII_WORD.findall(text))
    return tokens


def warm_up() -> None:
    """Load both dictionaries now rather than on the first question."""
    jieba.initialize()
    rjieba.cut("预热")


def general_frequencies() -> tuple[int, Mapping[str, int]]:
    """``(total, {word: frequency})`` of jieba's general dictionary: how common a word is in Chinese at large.

    Loading it takes about half a second; the catalogue stores what its terms need at ingest.
    """
    jieba.initialize()
    return int(jieba.dt.total), jieba.dt.FREQ
