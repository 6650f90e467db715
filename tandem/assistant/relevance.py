"""The relevance gate: do the search hits really speak to the question, or are they merely the nearest text?

Three ways to pass, any one is enough:

1. the best dense similarity is high (the question and a passage mean the same);
2. the question names something the knowledge base is *about* — a word far more
   common in the knowledge base than in Chinese at large (居民, 社工, 红包, 楼道 …) —
   and the passages share a fair share of its words: BM25 ≥ a low bar with a passage
   holding a third of them, or one passage holding two thirds;
3. the best BM25 is high *and* the question has at least a loosely domain-specific word.

A name the question turns on (a place, community or programme: ``focus.names``)
that the documents speak of counts as a word the knowledge base is about: in a
leader's index of three reports "禾计划是哪一年推出的？" has no other (计划 is common).

Why the share of words besides BM25: BM25 depends on the size of the index.  In a
knowledge base of one news report (15 chunks) every word is in most chunks, IDF
collapses, and "北京有多少个社区参加了融合试点？" scores BM25 2.3 against the very
passage that answers it; that passage holds all five of its words.

Why the domain word: the universal sentence encoder scores a short, everyday
question ("居民送我一篮水果，我能收下吗？") low against the passage that answers it
(0.14), while a weather question can reach BM25 15 on its common words alone
("今天天气怎么样？").  How specific a word is to the knowledge base is the log
ratio of its share of chunks to its frequency in jieba's general dictionary,
computed from the live index, so it follows whatever the knowledge base holds.
The dictionary frequencies of the indexed words are stored in the index at ingest
(loading jieba's dictionary took half a second of every process start); the
question's words come from rjieba, the same cut without that dictionary load.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from tandem.assistant.focus import mentions
from tandem.assistant.search import SearchHit
from tandem.core.lexical import LexicalIndex
from tandem.core.tokens import STOPWORDS, cut_words, dictionary_frequencies, dictionary_words, tagged_words

MIN_DENSE_SIMILARITY = 0.36
DOMAIN_WORD = 8.0  # log(share of chunks / general frequency) of a word the knowledge base is about
DOMAIN_LEXICAL = 7.0  # BM25 the passages need when the question has such a word
DOMAIN_COVERAGE = 2 / 3  # ... or the share of the question's words one passage holds
# ... and with the low BM25 bar, a passage still holds this share of the question's words: one domain word is
# not a fair share ("车子一踩刹车就吱吱响" shares only 刹车 with the wheelchair module)
DOMAIN_LEXICAL_COVERAGE = 0.3
MIN_LEXICAL_SCORE = 15.0
LOOSE_DOMAIN_WORD = 6.0  # what a high BM25 still needs: weather and stock questions stay below it
MIN_DOCUMENT_FREQUENCY = 2  # a word in a single chunk says nothing about what the knowledge base covers ...
_SAYS_HOW = frozenset("高低大小多少好差快慢重轻长短")
_LEFT_OVER = frozenset("号个的在是了和跟到从把被给")
PART_SHARE = 0.25  # of the chunks, at most, that hold a word of two read in a question's word of three ...
PART_SHARE_CHUNKS = 10  # ... in an index of this many chunks or more
SMALL_INDEX = 40  # ... unless the knowledge base is one or two reports, which name each thing once
# The grammar of a yes/no question (有没有, 是不是, 能不能, 可不可以), never what it is about: rare as a word in the
# general dictionary and frequent in dialogue-rich training text, it would pass for a domain word ("有没有稳赚的股票")
_A_NOT_A = re.compile(r"^(.)[不没]\1.?$")
_MODALS = frozenset("能会该")
# how many and when, asked ("几场", "几个"; "九月", "十五号"): the way of asking and the time, not what it is about
_HOW_MANY_OR_WHEN = re.compile(
    r"^(?:几[个位名场次件条起家户人天年岁项期批届所支类种]|[一二三四五六七八九十]{1,3}(?:月份?|号|日))$"
)
# A step asked by its place ("走之前最后一步要做啥", "第三步是啥"): how it is asked, not what about (the list it points
# to says neither 最后 nor 一步)
_A_STEP_BY_PLACE = re.compile(r"(?:最后|头|第[一二三四五六七八九十\d]+)一?步")
# A verb and its object with 个 between ("评个理", "洗个澡"): the documents write the word whole (评理); not a number's
# or a pointing word's 个 ("一个人", "这个事")
_SPLIT_BY_GE = re.compile(r"([\u4e00-\u9fff])个([\u4e00-\u9fff])")
_NOT_A_VERB = frozenset("一二两三四五六七八九十几这那每各某哪半整多有是")
_WORD = re.compile(r"^(?:[\u4e00-\u9fff]{2,}|[A-Za-z]{2,})$")
# Words that tell how much in all, not of what ("一共投了多少钱")
_HOW_MUCH_IN_ALL = frozenset({"一共", "总共", "共计", "合计", "总计", "一起"})
# When, asked ("啥时候考"): grammar, not what is asked
_WHEN = frozenset({"时候"})
# Where an act goes, after its verb ("投了多少钱进去"): grammar, not what is asked
_DIRECTIONS = frozenset(
    {"进去", "进来", "出去", "出来", "上去", "上来", "下去", "下来", "过去", "过来", "回去", "回来", "起来"}
)


@dataclass(frozen=True)
class Relevance:
    """The evidence behind one gate decision."""

    dense: float
    lexical: float
    domain: float  # the question's most knowledge-base-specific word's score (-inf when none)
    domain_word: str
    coverage: float = 0.0  # largest share of the question's words that one hit holds
    named: bool = False  # the question names a place or programme the documents speak of
    small: bool = False  # the index is one or two reports (fewer than SMALL_INDEX chunks)
    shared: int = 0  # most of the question's words one hit holds

    @property
    def relevant(self) -> bool:
        about = self.domain >= (LOOSE_DOMAIN_WORD if self.small else DOMAIN_WORD) or self.named
        return (
            self.dense >= MIN_DENSE_SIMILARITY
            or (
                about
                and (
                    # in one or two reports BM25 cannot reach its bar (every word is in most chunks): the share
                    # of the question's words a passage holds says it ("泊水街道现在有证的社工一共几个？": 2.8)
                    # ... with two of them at least: any word of a small index seems specific to it ("才能")
                    (
                        (self.lexical >= DOMAIN_LEXICAL or (self.small and self.shared >= 2))
                        and self.coverage >= DOMAIN_LEXICAL_COVERAGE
                    )
                    or self.coverage >= DOMAIN_COVERAGE
                )
            )
            or (self.lexical >= MIN_LEXICAL_SCORE and self.domain >= LOOSE_DOMAIN_WORD)
        )


def is_small(lexical: LexicalIndex) -> bool:
    """Whether the index is one or two reports (fewer than ``SMALL_INDEX`` chunks), which name each thing once."""
    return lexical.document_frequencies(())[0] < SMALL_INDEX


def content_words(question: str) -> set[str]:
    """The question's words of two or more characters: not stopwords, A-not-A question forms, how many or when
    ("几场", "九月"), nor a word of two jieba's HMM made of a character and the modal verb after it ("一个人能入户吗" →
    人能)."""
    known = set(dictionary_words(question))
    found = {
        w
        for w in cut_words(question)
        if _WORD.match(w)
        and not all(c in STOPWORDS for c in w)
        and not _A_NOT_A.match(w)
        and not (len(w) == 2 and w[1] in _MODALS and w not in known)
        and not _HOW_MANY_OR_WHEN.match(w)
    }
    return found - STOPWORDS


def as_indexed(words: set[str], lexical: LexicalIndex) -> set[str]:
    """``words`` with one the index never saw cut at the longest word of the index it begins with: jieba joins a name
    it does not know to the next character ("枫林暑托班收了多少孩子？" → 暑托班收, a word of no document; the report
    says 暑托班).  Only parts of three characters or more count: the index holds every two characters as a term, so
    a part of two is no word ("齐齐哈尔" is not 齐齐 and 哈尔)."""
    _, known = lexical.document_frequencies(words)
    unknown = [w for w in words if w not in known and len(w) >= 4]
    # a word of three the documents never use is read as the word of two in it they do, when its third character
    # only says how that is ("血压高的老人" of "血压180多") or its first belongs to the word before ("15号凤鸣" cut
    # 15|号凤鸣, of 凤鸣镇); not a compound's head (指导价 is no 指导), nor a part the documents use everywhere
    # ("社工师考试" is not about 社工)
    threes = [w for w in words if w not in known and len(w) == 3]
    if threes:
        chunks, pairs = lexical.document_frequencies({w[:2] for w in threes} | {w[1:] for w in threes})
        pieces = {
            w: [*([w[:2]] if w[2] in _SAYS_HOW else []), *([w[1:]] if w[0] in _LEFT_OVER else [])] for w in threes
        }
        common = PART_SHARE * chunks if chunks >= PART_SHARE_CHUNKS else chunks  # (a page's index: every word is)
        held = {w: [p for p in pieces[w] if p in pairs and pairs[p] <= common] for w in threes}
        words = (set(words) - {w for w, read in held.items() if read}) | {p for read in held.values() for p in read}
    if not unknown:
        return words
    _, parts = lexical.document_frequencies(
        {w[:i] for w in unknown for i in range(3, len(w))} | {w[i:] for w in unknown for i in range(1, len(w) - 2)}
    )
    cut = set(words) - set(unknown)
    for word in unknown:
        prefix = max((word[:i] for i in range(3, len(word)) if word[:i] in parts), key=len, default="")
        rest = word[len(prefix) :]
        cut |= {prefix, rest} if prefix and rest in parts else {prefix} if prefix else {word}
    return cut


def domain_words(question: str, lexical: LexicalIndex, words: set[str] | None = None) -> list[tuple[float, str]]:
    """``(specificity, word)`` for the question's words found in two chunks (one, in a small index), most specific first.

    ``words``: the question's ``content_words`` when the caller has them already.
    """
    asked = content_words(question) if words is None else words
    if not asked:
        return []
    chunks, frequencies = lexical.document_frequencies(asked)
    stored = lexical.general_frequencies(frequencies)  # the index's copy: no dictionary load per process
    if stored is not None:
        total, dictionary = stored
    else:
        dictionary, total = dictionary_frequencies()
    if not chunks or not total:
        return []
    scored = [
        (math.log((df / chunks) / ((dictionary.get(word, 0) + 1) / total)), word)
        for word, df in frequencies.items()
        if df >= (1 if chunks < SMALL_INDEX else MIN_DOCUMENT_FREQUENCY)
    ]
    return sorted(scored, reverse=True)


def _asked_words(question: str, lexical: LexicalIndex) -> set[str]:
    """The question's ``content_words`` that say what it asks: not when, nor a step's place; a verb and its object split
    by 个 read whole when the documents hold it so."""
    words = content_words(question) - _WHEN
    for place in _A_STEP_BY_PLACE.finditer(question):
        words = {w for w in words if w not in place.group()}
    # (where jieba glued the verb to its 个, "评个|理": not "还有|个|事")
    split = {
        m.group(1) + m.group(2)
        for m in _SPLIT_BY_GE.finditer(question)
        if m.group(1) not in _NOT_A_VERB and m.group(1) + "个" in words
    }
    if split:
        _, held = lexical.document_frequencies(split)
        for whole in held:
            words = {w for w in words if w != whole[0] + "个"} | {whole}
    return words


def assess(question: str, hits: Sequence[SearchHit], lexical: LexicalIndex, names: Sequence[str] = ()) -> Relevance:
    """``names``: the places or programmes the question names that the documents speak of.  They count as a word
    the knowledge base is about when a passage also holds a word of the question besides them, or the question
    has no other, in a passage about them: "明天九江下雨吗？" names the 九江 a report speaks of, and asks about the rain."""
    dense = max((h.dense or 0.0 for h in hits), default=0.0)
    best_lexical = max((h.lexical or 0.0 for h in hits), default=0.0)
    # the question's words that say what is asked: not where or how much in general ("三捷村那边一共投了多少钱":
    # 那边 and 一共 say nothing of it; 投了 is 投)
    # (the share of them a passage holds counts them alone when the question names what the documents speak of)
    asked = as_indexed(_asked_words(question, lexical), lexical)
    pointing = {w for w, flag in tagged_words(question) if flag in ("r", "d") or w in _HOW_MUCH_IN_ALL | _DIRECTIONS}
    saying = {said for w in asked if w not in pointing and len(said := w.removesuffix("了")) >= 2}
    beyond = [w for w in saying if not any(w in n or n in w for n in names)]
    texts = [h.chunk.index_text() for h in hits]
    about_them = [text for text in texts if any(mentions(text, n) for n in names)]
    named = bool(about_them) and (not beyond or any(w in text for text in about_them for w in beyond))
    words = domain_words(question, lexical, asked)
    domain, word = words[0] if words else (-math.inf, "")
    asked = saying if named else asked
    shared = max((sum(w in text for w in asked) for text in texts), default=0)
    coverage = shared / len(asked) if asked else 0.0
    small = is_small(lexical)
    return Relevance(dense, best_lexical, domain, word, coverage, named, small, shared)
