"""Lexical tokens: jieba search-mode words (cut by rjieba), CJK bigrams, ASCII words."""

import re
from pathlib import Path

import jieba
import rjieba

from tandem.core.tokens import tokenize, word_frequency

ROOT = Path(__file__).resolve().parents[2]
_CJK_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")


def test_tokens_are_words_bigrams_and_lower_case_ascii() -> None:
    tokens = tokenize("社会工作者陪独居老人，用APP记录3.5小时")
    assert {"社会工作者", "社会", "工作者", "作者"} <= set(tokens)  # search mode: a word and its parts
    assert "居老" in tokens  # a bigram jieba would not cut
    assert "app" in tokens and "3.5" in tokens
    words = tokenize("我是在社区做志愿者的")
    assert "社区" in words and not {"我", "是", "在", "的"} & set(words)  # stopwords are not words


def test_rjieba_cuts_every_knowledge_text_exactly_as_jieba() -> None:
    """Indexes built with jieba's own cut stay valid: both cut the same words (HMM on)."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "knowledge").rglob("*.md"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "data").rglob("*.jsonl"))]
    runs = sorted({run for text in texts for run in _CJK_RUN.findall(text)})
    assert len(runs) > 5000
    different = [run for run in runs if rjieba.cut_for_search(run, True) != list(jieba.cut_for_search(run))]
    assert different == []


def test_a_words_frequency_in_chinese_at_large_is_read_from_rjiebas_dictionary():
    assert word_frequency("哥哥") > 1000 > word_frequency("夜校") > 10  # a kinship word, a rare one
    jieba.initialize()
    assert all(abs(word_frequency(w) - jieba.dt.FREQ[w]) <= 1 for w in ("警察", "一针一线", "春晖"))  # jieba's counts
