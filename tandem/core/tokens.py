"""Chinese tokens for lexical search: jieba words plus character bigrams.

Words catch whole terms (独居老人, 接诉即办); bigrams catch terms jieba splits
differently in question and passage.  ASCII words and numbers are kept as
lower-case tokens.  The same function serves indexing and querying.

The words come from ``rjieba`` (jieba-rs, jieba's algorithm and dictionary in Rust):
its search-mode cut equals ``jieba.cut_for_search`` word for word (tested on the
knowledge base and the labelled questions), so indexes built with either read the
same, and it is several times faster (measured: bench/RESULTS.md, design measurements).

This module is Tandem's one call site of a Chinese segmenter: the relevance gate,
follow-up questions, names and privacy masking take their words (``cut_words``: jieba's
accurate-mode cut, from rjieba with ASCII runs split as jieba splits them), parts
of speech (``tagged_words``) and jieba's dictionary frequencies (``dictionary_frequencies``)
from here, and the metrics page its question keywords (``keyword_extractor``).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Mapping
from typing import Protocol

import jieba
import rjieba

jieba.setLogLevel(logging.WARNING)

_CJK_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_ASCII_WORD = re.compile(r"[A-Za-z]+|\d+(?:\.\d+)?")
# jieba keeps a run of letters and digits whole (32010219480506123X, A4), a decimal and a percentage with
# their digits (3.5, 51%), and a run of one punctuation mark (##, ---); rjieba keeps whole ASCII runs (a-b.md).
_ASCII_PIECE = re.compile(r"\d+\.\d+%?|[A-Za-z\d]+%?|([^A-Za-z\d])\1*")
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


def cut_words(text: str) -> list[str]:
    """Every word of ``text`` in order, punctuation included: jieba's accurate mode with HMM (``jieba.lcut``).

    Cut by rjieba, so no process loads jieba's dictionary for it; rjieba keeps an ASCII run
    such as ``a-b.md`` whole, so ASCII runs are split into letters, digits and the rest, as
    jieba splits them (tests/unit/test_one_home.py and test_cold_start.py compare with jieba).
    """
    return [
        piece
        for word in rjieba.cut(text, True)
        for piece in ([m.group(0) for m in _ASCII_PIECE.finditer(word)] if word.isascii() else [word])
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


def dictionary_words(text: str) -> list[str]:
    """``text`` cut by jieba's dictionary alone, without its HMM: a word the dictionary does not know falls apart into
    the pieces it does know (月洲村 → 月|洲|村, where the HMM joins it into one word)."""
    return list(rjieba.cut(text, False))


def tagged_words(text: str) -> list[tuple[str, str]]:
    """Every word of ``text`` with its part of speech (``ns`` a place name …), from rjieba's tagger.

    jieba's own (``jieba.posseg``) loads its tagging model in every process that asks,
    about a second; rjieba's is in memory with its dictionary.
    """
    return [(word, flag) for word, flag in rjieba.tag(text)]


class KeywordExtractor(Protocol):
    """jieba's TF-IDF keyword extractor (``jieba.analyse.TFIDF``), as the metrics page uses it."""

    def extract_tags(self, sentence: str, topK: int = 20) -> list[str]: ...


def keyword_extractor(words: Iterable[str] = ()) -> KeywordExtractor:
    """A TF-IDF keyword extractor over a private tokenizer that also knows ``words`` (jieba's own is left alone)."""
    import jieba.analyse  # loads its IDF table: only the metrics page needs it

    extractor = jieba.analyse.TFIDF()
    extractor.tokenizer = jieba.Tokenizer()
    for word in words:
        extractor.tokenizer.add_word(word)
    return extractor


def word_frequency(word: str) -> int:
    """How often jieba's general dictionary says ``word`` occurs (about; one more than its count for a word it holds),
    from rjieba's dictionary in memory: no load of jieba's own (``dictionary_frequencies``)."""
    return int(rjieba.suggest_freq(word))


def dictionary_frequencies() -> tuple[Mapping[str, int], int]:
    """jieba's general dictionary: ``(frequency of each word, total)``: how common a word is in Chinese at large.

    Loading it takes about half a second; the catalogue stores what its terms need at ingest,
    so the relevance gate reads the index's copy instead.
    """
    jieba.initialize()
    return jieba.dt.FREQ, int(jieba.dt.total)


def warm_up() -> None:
    """Load both dictionaries now rather than on the first question."""
    jieba.initialize()
    rjieba.cut("预热")
