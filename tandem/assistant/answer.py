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
from itertools import takewhile, zip_longest
from typing import TYPE_CHECKING, Any, TypeVar, cast

import numpy as np
from pypinyin import Style, pinyin

from tandem.assistant.conversation import asked_as_before, carry_over, is_follow_up, restated, without_aside
from tandem.assistant.crisis_examples import CrisisExamples
from tandem.assistant.extractive import (
    LOOSE_OVERLAP,
    Composed,
    Passage,
    asks_a_figure,
    asks_a_list,
    asks_a_name,
    asks_for_a_section,
    asks_how_it_ended,
    asks_the_programmes_name,
    compose,
    names_the_kind_asked,
    section_words,
    sections_of,
    situation_heading,
    situations_named,
    tells_of,
    tells_what_to_do,
)
from tandem.assistant.focus import (
    core,
    is_place,
    is_specific,
    mentions,
    most_specific,
    names,
    stands_as_words,
    unit_level,
)
from tandem.assistant.llm import NumberedPassage, build_messages, check_citations, rewrite_question, stream_text
from tandem.assistant.module_examples import OWN_STORY_CHARS, OWN_VOTE, ModuleExamples
from tandem.assistant.relevance import assess, content_words, is_small
from tandem.assistant.safety import (
    ACUTE,
    UNCLEAR,
    CrisisAlert,
    check_crisis,
    conversation_crisis,
    crisis_signs,
    shows_signs,
    sign_words,
    told_over,
    told_over_since_the_signs,
)
from tandem.assistant.search import HybridSearcher, SearchHit
from tandem.assistant.topic_examples import TopicExamples, asks_what_no_module_teaches, what_no_module_teaches
from tandem.core.filters import NO_FILTERS, SearchFilters
from tandem.core.tokens import dictionary_words, tagged_words, word_frequency
from tandem.text.chunking import plain_sentences
from tandem.text.dialect import standard
from tandem.text.knowledge_format import KEY_POINTS, OUTCOMES, SITUATIONS, STEPS

if TYPE_CHECKING:  # LangChain's chat model classes take half a second to import: only when a model is used
    from langchain_core.language_models import BaseChatModel

log = logging.getLogger(__name__)
_T = TypeVar("_T")
_CITATION = re.compile(r"\[(\d{1,3})\]")

EXPAND_DOCUMENTS = 2
EXPAND_SECTIONS = (KEY_POINTS, STEPS, OUTCOMES)
EXPAND_MAX = 4
EVIDENCE_HITS = 10  # hits whose fused scores tell how strongly the search finds each document
WHOLE_DOCUMENT_WEIGHT = 2.0  # the best whole document's BM25, in units of the best passage evidence (README)
# a leader's own document's lift for a figure asked of no place, or for a situation its protocol among the best passages
# answers, in units of the best evidence
OWN_WEIGHT = 1.0
VOTE_WEIGHT = 1.0  # a module's whole share of the nearest labelled situations' vote, in units of the best evidence
# The share of the vote the top module needs for the lines that answered the nearest situations to weigh
# (``ModuleExamples.vote``): a spread vote is no situation's ("社区有没有办过让孩子学东西的项目？" is a case report's)
LINES_VOTE = 0.5
# The share with which the vote takes a follow-up in crisis to another module than the protocol's home: the majority
# with which a story stands on its own (``OWN_VOTE``; "她儿子找过来了……他真撑不住了，问社区有没有啥能帮的" after a lost
# elder is welfare's, 0.78 of the nearest situations)
VOTE_AWAY = OWN_VOTE
# ... when the follow-up tells the emergency as over ("血止住了，他又说……被平台扣了好几千"): a majority is enough
VOTE_AWAY_OVER = LINES_VOTE
# A follow-up opening with days gone by ("过了两天……", "第二天……"): the emergency before it is over
_DAYS_LATER = re.compile(r"(?:过了|隔了)(?:[一二两三四五几好]+|个把)(?:天|礼拜|星期)|第二天|第二日|隔天|后来")
_NOUNS = frozenset({"n", "nz", "vn", "eng"})  # jieba's parts of speech of a thing talked about (names aside)
_RAN_ON_BEFORE = frozenset("跟和与同对在到从给比向往")  # a preposition jieba joins to the name after it
_THERE = "那边|那里|那儿|那块|那头"  # pointing away from where the asker is
_POINTED_AT = re.compile(rf"^(?:这边|这里|这儿|{_THERE})")  # after a word: it is a place
# a name the question opens with, pointed at ("前郭那边……", "隔壁扶余那边……"), or beside a neighbour's
_POINTED_NAME = re.compile(rf"^(?:隔壁|邻近|旁边|附近|临近)?(?:的)?([\u4e00-\u9fff]{{2,4}}?)(?:{_THERE})")
# what closes the name of a way of working or of a team that a question may say short (“五步走访法” as 五步法)
_SHORTENED_KINDS = "法队团班站岗组制"
COMMON_WORD = 1000  # the general dictionary's count of a word, at least, that is no name though pointed at (社区那边)
_PROPER_NOUNS = frozenset({"nr", "nrt", "ns", "nz", "nt"})  # ... of a proper name: a person's, a place's, another's
_EXAMPLED_KINDS = frozenset({"skill", "case"})  # the bundled kinds of knowledge the topic examples know
OWN_DOCUMENTS = SearchFilters(kinds=("other",))  # the documents a leader added
CRISIS_SKILL = "危机识别与转介"  # the knowledge base's crisis module (skill tag)
CRISIS_HITS = 2
SIGN_SEARCH = 10  # passages searched for one that itself shows the crisis signs asked
SENTENCE_CACHE_SIZE = 50_000  # 512-d float32: about 100 MB at most
REFUSAL = "知识库中没有找到相关内容，无法可靠回答这个问题。"
REFUSAL_SKILLS = 8  # skills a refusal names (a phone screen), then "等 N 项"
# A line points to another document when it refers to it by name ("按危机识别与转介处理", "规矩见志愿者的权利与守则"),
# not when it merely uses a method it names ("用一句共情回应接住").
_REFERS = tuple(re.compile(f"{word}《?") for word in ("按照", "按", "参见", "参照", "详见", "见"))
# A leader's document's short lines under its title, before its first paragraph, are read with the title (at most
# this many, each at most this long: "主题：……", "录制时间：……")
SUBTITLE_LINES = 3
SUBTITLE_CHARS = 40
POINTER_NAME_MIN = 4  # characters of a document's name (its title before "：") a line must quote to point to it
FOCUS_SEARCH = 10  # passages searched for a name the question turns on when the hits do not speak of it
# a situation's likeness to the heading of a leader's protocol that names it ("帮爹爹洗澡他说头昏……要得不？" to "（一）老人在
# 助浴时说头晕、心慌": 0.40); off-topic questions stay below it ("帮我写一个红烧肉的做法" to "二、主要做法", a passage of no
# protocol; "给老人量血压……量左手还是右手" to the bath's protocol, 0.39, read as off-topic by example after)
PROTOCOL_SIMILARITY = 0.40
# Read as off-topic by the questions asked of reports, a question a passage of the leader's own documents holds this
# share of the words of is still theirs to answer ("社区老年大学报名要什么条件，学费多少？" of an enrolment notice):
# over the reports' labelled questions alone and beside the bundled knowledge, each folder without its own, 338 of 426
# off-topic questions read off-topic and 6 of 3,336 on-topic ones; kept by a share of 0.6, 319 and 1 (0.5: 269 and 1;
# 0.67: 335 and 6; 2026-12-07)
OWN_WORDS_HELD = 0.6
# How-to questions are answered even when a place they name is not in the knowledge base
# ("我在上海做志愿者，老人不开门怎么办？"); a question about the place itself is not.
# (怎么样 asks how it went there, not how to act)
FIRST_HOME_HITS = 3  # the hits of the turn that showed crisis signs, read for the home of its protocol
HOME_SHARE = 0.5  # ... a home, when its passages showing the signs are this share of the most any document has
_HOW_TO = re.compile(
    r"(?:怎么|咋)(?!样)|如何|怎样|该不该|能不能|可不可以|可以吗|要不要|行吗|能吗|注意|是否(?:要|该|需要)"
    # ("……低保肯定批不下来，我是不是就别跟社工提了？")
    r"|是不是(?:就)?(?:要|该|得|应该|应当|别|不要|不用|不该)"
    # ... or whether to do a thing ("……开锁的师傅说一百块就能开，我是不是叫他上来把门打开？")
    r"|(?:我|俺|咱)们?(?:是不是|是否)"
    # ... or whether what was said or done was wrong ("……我一急就接了一句……是不是我哪里做得不对", "我哪句说岔了")
    r"|(?:哪里|哪儿|哪句|哪点)[^，。？！?!\s]{0,4}(?:不对|错|岔|不妥)"
    r"|(?:应该|应当|该)(?:干|做)(?:点|些)?(?:啥|什么)"  # "当时我是不是应该干点啥？": what to do, wherever it was
    # what to ask or say first ("……停电了……肺不好的大爷，这种时候我打电话先问他啥")
    r"|(?:先|该|要)(?:问|说|跟他说|跟她说|准备|带)(?:他|她|点|些)?(?:啥|什么|哪些)"
    # may I, is it right ("……家长那边还没问 能直接发吗", "这么发合适不？", "中不中", "这样中不")
    r"|能[^，。？！?!\s]{0,6}[吗么]|合适(?:不|吗|么)|行不行|中不中|成不成|对不对|妥不妥|(?:中|行|成|对|妥)不[？?。!！\s]*$"
    # is it safe ("落去搬一下应该冇事吧？")
    r"|(?:没事|冇事|没问题|冇问题|不要紧|没关系)(?:吧|吗|么|嘛|伐|不)|要紧(?:不|吗|么)|要不要紧"
    # a plan put for agreement ("……顺便把困难户名单给他看看，这样快些吧")
    r"|(?:这样|这么)[^，。？！?!\s]{0,6}吧[？?。!！\s]*$"
    # should I ("……我挺同情他的，该跟着去吗"), not a fact guessed (应该是37吗), 该 as "the said" (该项目), 活该
    r"|(?<!活)该(?![是项社村镇街区市县])[^，。？！?!\s]{0,6}[吗么]"
    # a plan judged ("我打算自己去找他要……这样是不是挺好的", "这么做对不对")
    r"|(?:这样|这么)(?:做|说|弄|办|干)?(?:是不是|是否|算不算)?[^，。？！?!\s]{0,3}(?:好|行|对|妥|合适|可以)"
    # ... or a step of one's own put for agreement at the end ("……阿姨让我帮她转，说我手快。我就帮她转过去吧？")
    r"|(?:我|俺|咱)们?[^，。？！?!]{0,15}吧[？?]\s*$"
    # the right way asked ("……后来被人说做错了，那正确做法是啥"; heldout42 in the forty-fourth stop, once 上回 read past)
    r"|(?:正确|标准|规范)?的?(?:做法|处理方法|办法)(?:是|有)?(?:啥|什么|哪些|咋样|怎样)"
    # whether to do it, a verb and its own negation ("……说他会游泳非要下坡去捡……我让不让去？", "拦不拦")
    r"|([让拿给管帮扶拉劝接收借报拦去叫])不\1"
)
# ... but "是怎么培训的？" asks how it was done there: a fact about that place ("是……的" tells what happened)
_DONE_THERE = re.compile(r"是(?:怎么|如何|怎样)[^，。？！?!]*的")


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
    ordinal: int = 0  # its place in its document

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
    parts: Composed | None = None  # the extractive answer's structure (lead, steps, don'ts, hand-over, more)

    @property
    def declined(self) -> bool:
        """Refused, or says the documents about the place asked give no such figure (and what they do say)."""
        return self.refused or bool(self.parts and self.parts.figure_absent)

    @property
    def full_text(self) -> str:
        """The crisis box first (when any), then the answer."""
        return f"{self.crisis.text}\n\n{self.text}" if self.crisis else self.text

    @property
    def more(self) -> str:
        """Further relevant lines, shown behind "展开更多" (cited like the answer)."""
        return self.parts.more_text if self.parts else ""

    def documents(self) -> list[tuple[Source, list[Source]]]:
        """The cited sources grouped by document, in order of first citation: one card per document."""
        groups: dict[str, list[Source]] = {}
        for source in self.sources:
            groups.setdefault(source.path, []).append(source)
        return [(passages[0], passages) for passages in groups.values()]

    def as_json(self) -> dict[str, Any]:
        parts = self.parts
        return {
            "answer": self.full_text,
            "refused": self.refused,
            "sources": [s.as_json() for s in self.sources],
            "crisis": self.crisis.as_json() if self.crisis else None,
            "parts": {
                "lead": parts.lead,
                "steps": list(parts.steps),
                "donts": list(parts.donts),
                "handover": parts.handover,
                "more": list(parts.more),
            }
            if parts
            else None,
            "documents": [
                {"title": first.title, "path": first.path, "kind": first.kind, "passages": [p.n for p in group]}
                for first, group in self.documents()
            ],
            "mode": self.mode,
        }


_HERE = r"(?:这边|那边|这里|那里|这儿|那儿|这块|那块|这嘎达|这旮旯)"


def _serves_in(question: str, place: str) -> bool:
    """Whether ``question`` places the asker's service in ``place``: "我在四川省做志愿者", "我们在内蒙古牧区",
    "甘南这边有个阿妈"; not "孩子都在深圳", "五八年在天津照的"."""
    name = re.escape(place)
    return bool(
        re.search(
            rf"(?:(?:我们|俺们|咱们|咱)(?:是|就)?(?:在|住在)?|(?:我|俺)(?:是|就)?(?:在|住在)|^(?:在|住在)){name}",
            question,
        )
        or re.search(rf"{name}{_HERE}", question)
    )


def _examples_know(hits: Sequence[SearchHit]) -> bool:
    """Whether the topic examples can read a question whose search found ``hits``: only where it found nothing but
    the bundled kinds of knowledge (skill modules, case reports), the domain the examples know, not a leader's own
    reports ("那个的哥项目这一年暴露出哪些问题？")."""
    return all(h.chunk.kind in _EXAMPLED_KINDS for h in hits)


def _saying_what_is_absent(prepared: Prepared, answer: Answer) -> Answer:
    """A how-to question asked from a place no document speaks of is answered, first saying so ("我在上海做志愿者，
    老人不开门怎么办？"): in the answer's text, so that the page, the CLI's JSON and the API all show it.

    Only a place the volunteer serves in is said to be missing: a name in the story's details (where a grandson
    works, a photo's town, "我那大孙子" tagged a place, a typo) would open the answer with a line about nothing asked.
    """
    served = [m for m in prepared.missing if _serves_in(prepared.question, m)]
    if not served or answer.refused:
        return answer
    unspoken = "、".join(f"“{m}”" for m in served)
    return replace(answer, text=f"知识库中没有关于{unspoken}的资料，以下是通用的做法。\n\n{answer.text}")


@dataclass
class Prepared:
    """Everything decided before the answer text is written."""

    question: str
    query: str
    crisis: CrisisAlert | None  # the crisis box shown: the checklist's signs, else the nearest examples' reading
    sources: list[Source]  # the hits and their documents' key sections: what a chat model reads
    refused: bool
    context: list[Source] = field(default_factory=list)  # the rest of the best documents (extractive answer)
    focus: tuple[str, ...] = ()  # names the question turns on (a place, community, programme)
    missing: tuple[str, ...] = ()  # of those, the ones no document speaks of
    history: tuple[str, ...] = ()  # the conversation's earlier questions, oldest first
    evidence: dict[str, float] = field(default_factory=dict)  # per document: its passages' fused scores in the search
    # the checklist's signs, which steer the search and the answer; a box from the examples alone only shows
    signs: CrisisAlert | None = None
    away: str = ""  # a follow-up in crisis voted to this document: not narrowed to the home of the protocol
    moved_on: bool = False  # ... one that tells the emergency over or days gone by: the document voted answers alone
    # the answer phrases of the labelled situations nearest to it, with their share of the vote
    example_lines: dict[tuple[str, str], float] = field(default_factory=dict)


def _own_documents_first(evidence: dict[str, float], found: Sequence[SearchHit]) -> dict[str, float]:
    """The evidence with each document a leader added (not a bundled skill module or case report) raised by
    ``OWN_WEIGHT`` of the best document's evidence."""
    return _lifted(evidence, {h.chunk.source for h in found if h.chunk.kind not in _EXAMPLED_KINDS})


def _own_protocols_first(evidence: dict[str, float], hits: Sequence[SearchHit]) -> dict[str, float]:
    """The evidence with each document a leader added whose protocol is among the best hits raised by ``OWN_WEIGHT``
    of the best document's evidence."""
    return _lifted(
        evidence,
        {
            h.chunk.source
            for h in hits
            if h.chunk.kind not in _EXAMPLED_KINDS and tells_what_to_do(h.chunk.heading, h.chunk.text)
        },
    )


def _own_sections_asked(question: str, hits: Sequence[SearchHit]) -> set[str]:
    """The documents a leader added whose section among ``hits`` holds the list ``question`` asks for
    (``asks_for_a_section``)."""
    return {
        h.chunk.source
        for h in hits
        if h.chunk.kind not in _EXAMPLED_KINDS
        and asks_for_a_section(question, sections_of(h.chunk.kind, h.chunk.heading, h.chunk.text))
    }


def _lifted(evidence: dict[str, float], own: set[str]) -> dict[str, float]:
    """The evidence with the documents ``own`` raised by ``OWN_WEIGHT`` of the best document's evidence (none when
    every document is one of them)."""
    if not own or not evidence or len(own) == len(evidence):
        return evidence
    best = max(evidence.values())
    return {path: score + (OWN_WEIGHT * best if path in own else 0.0) for path, score in evidence.items()}


def with_whole_documents(evidence: dict[str, float], whole: dict[str, float]) -> dict[str, float]:
    """The search's evidence per document, with each document's BM25 as a whole (``LexicalIndex.document_scores``).

    The best passages of a long everyday story are spread over several modules; the module that covers its
    situation holds more of its words than any one passage shows.  The best whole document weighs
    ``WHOLE_DOCUMENT_WEIGHT`` times the best passage evidence, the others in proportion to their BM25.
    """
    best, most = max(evidence.values(), default=0.0), max(whole.values(), default=0.0)
    if best <= 0.0 or most <= 0.0:
        return evidence
    scale = WHOLE_DOCUMENT_WEIGHT * best / most
    return {path: evidence.get(path, 0.0) + scale * whole.get(path, 0.0) for path in {*evidence, *whole}}


def sources_from_hits(hits: Sequence[SearchHit], ranks: Sequence[int] | None = None, start: int = 1) -> list[Source]:
    ranks = range(len(hits)) if ranks is None else ranks
    return [
        Source(
            n,
            h.chunk.title,
            h.chunk.source,
            h.chunk.text,
            h.score,
            h.chunk.kind,
            h.chunk.heading,
            h.chunk.skill,
            rank,
            h.chunk.ordinal,
        )
        for n, (h, rank) in enumerate(zip(hits, ranks, strict=True), start)
    ]


def citation_order(text: str, sources: Sequence[Source]) -> tuple[Callable[[str], str], list[Source]]:
    """The renumbering of [n] by first citation in ``text`` (to apply to it and its parts), and the kept sources."""
    by_n = {s.n: s for s in sources}
    order: dict[int, int] = {}
    for match in _CITATION.finditer(text):
        old = int(match.group(1))
        if old in by_n and old not in order:
            order[old] = len(order) + 1

    def renumber(part: str) -> str:
        return _CITATION.sub(lambda m: f"[{order[int(m.group(1))]}]" if int(m.group(1)) in order else "", part)

    return renumber, [replace(by_n[old], n=new) for old, new in order.items()]


def with_crisis_terms(query: str, crisis: CrisisAlert | None, words: bool = False) -> str:
    """The question with the crisis signs it carries named (自伤或轻生 …), to find what to do about them.

    ``words``: with the words in which earlier questions showed them too ("那楼上的老人怎么办？" after
    "电动车棚着火了" is searched with 着火 as well as 火情).
    """
    terms = (*(crisis.words if words else ()), *crisis.categories) if crisis else ()
    return f"{query}（{'、'.join(terms)}）" if crisis else query


def _sections(hits: Sequence[SearchHit]) -> list[tuple[str, str]]:
    """The sections the passages of ``hits`` are (``sections_of``)."""
    return [section for h in hits for section in sections_of(h.chunk.kind, h.chunk.heading, h.chunk.text)]


def _before(first: Sequence[SearchHit], rest: Sequence[SearchHit]) -> list[SearchHit]:
    """``first``, then the hits of ``rest`` not among them."""
    ids = {hit.chunk.id for hit in first}
    return [*first, *(hit for hit in rest if hit.chunk.id not in ids)]


def _in_turn(first: Sequence[SearchHit], second: Sequence[SearchHit]) -> list[SearchHit]:
    """Two lists of hits taken in turn, each chunk once (at its first place)."""
    merged: list[SearchHit] = []
    seen: set[str] = set()
    for pair in zip_longest(first, second):
        for hit in pair:
            if hit is not None and hit.chunk.id not in seen:
                seen.add(hit.chunk.id)
                merged.append(hit)
    return merged


_TITLED = re.compile(r"《([^》]{2,30})》")  # a title named: a law, a book, a report
_ARTICLE = re.compile(r"第[\d零一二三四五六七八九十百千]+条")  # an article of a law named ("民法典第1165条")
# a law named without its title's marks, asked which of its articles says so ("民法典哪一条规定他要赔")
_LAW_ASKED = re.compile(r"(民法典|[\u4e00-\u9fff]{2,8}法)[^，。？?！!]{0,6}(?:哪一?条|第几条|哪款)")
# A year said short before a part of it ("23年四季度", "24年上半年", "24年3月"), or opening the question or its
# clause ("22年全县注册志愿者有多少"): the year in full, as reports write it (not "干了15年", "10年前": a span of years)
_SHORT_YEAR = re.compile(
    r"(?<![\d.])([12]\d)年(?=第?[一二三四]季度|[上下]半年|[初底末]|\d{1,2}月)|(?:^|(?<=[，,：:那]))([12]\d)年(?![前后来多])"
)
# ... and a quarter without 第 ("四季度"), as reports write it ("第四季度")
_QUARTER = re.compile(r"(?<!第)([一二三四])季度")
_HOURS_SAID = re.compile(r"个?钟头")  # hours as said; reports count 小时


# Beside a place: where another one is ("清岚隔壁的永安那边……", "城南社区旁边那个村")
_BESIDE = re.compile(r"(?:县|区|市|镇|乡|街道|社区|村)?(?:隔壁|旁边|附近|对面|周边|边上|邻近|挨着)(?:的|那个|那边|那)?")


def _a_landmark(question: str, name: str, named: Sequence[str]) -> bool:
    """Whether ``name`` is said only to tell where another place named after it is ("清岚隔壁的永安那边试点有多少
    社工？" asks of 永安, not of 清岚): said nowhere else in ``question``."""
    said = [m.end() for m in re.finditer(re.escape(core(name)), question)]
    if not said:
        return False
    for end in said:
        beside = _BESIDE.match(question, end)
        if not beside or not any(
            other != name and core(other) in question[beside.end() : beside.end() + 12] for other in named
        ):
            return False
    return True


def _the_turns_before(history: Sequence[str]) -> str:
    """The turn before a follow-up, with the one before it when that turn is a short follow-up telling no story of its
    own: "为什么不行啊？大爷自己乐意的" says nothing of the password it answers, which the turn before it asked about."""
    turns: list[str] = []
    for earlier in reversed(history):
        turns.insert(0, earlier)
        if not is_follow_up(earlier) or len(earlier.strip()) >= OWN_STORY_CHARS:
            break
    return "".join(turns)


def _documents_name(found: str, every: dict[str, str]) -> str:
    """The documents' name for a name ``focus.names`` found, when jieba ran it on into the next word ("柏川管留守儿童……":
    柏川管, the documents' 柏川县) or from the word before ("要跟岚峰比一下": 跟岚峰); else ``found`` itself."""
    if found in every:
        return found
    if not unit_level(found) and found[:-1] in every:
        return every[found[:-1]]
    if found[0] in _RAN_ON_BEFORE and found[1:] in every:
        return every[found[1:]]
    return found


def sounded_alike(found: str, every: dict[str, str]) -> str:
    """The one documents' name ``found`` is typed for by sound: as long, one character apart, that character read the
    same ("枫林弯社区" for 枫林湾社区, wān both); "" when none or several.  A name apart by a character read otherwise is
    another place ("上陈村" is not 下陈村)."""
    alike = {
        full
        for name, full in [*every.items(), *((full, full) for full in every.values())]
        if len(name) == len(found) >= 3
        and sum(a != b for a, b in zip(name, found, strict=True)) == 1
        and all(a == b or _read_alike(a, b) for a, b in zip(name, found, strict=True))
    }
    return alike.pop() if len(alike) == 1 else ""


def _read_alike(a: str, b: str) -> bool:
    """Whether characters ``a`` and ``b`` have a reading in common, tones aside."""
    return bool(
        set(pinyin(a, style=Style.NORMAL, heteronym=True)[0]) & set(pinyin(b, style=Style.NORMAL, heteronym=True)[0])
    )


def _made_of_words(part: str) -> bool:
    """Whether ``part`` is two or more words of the general dictionary, none of one character (青少年|志愿)."""
    pieces = dictionary_words(part)
    return len(pieces) >= 2 and all(len(piece) >= 2 for piece in pieces)


def _as_reports_write(question: str) -> str:
    """``question`` with its dates and hours written as reports write them: "23年四季度" → "2023年第四季度",
    "多少个钟头" → "多少小时"."""
    question = _HOURS_SAID.sub("小时", question)
    return _QUARTER.sub(r"第\1季度", _SHORT_YEAR.sub(lambda m: f"20{m.group(1) or m.group(2)}年", question))


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
            found = [self._vectors.get(t) for t in sentences]
        vectors = [v for v in found if v is not None]
        if len(vectors) < len(found):  # evicted meanwhile by a burst of other sessions
            return np.asarray(self.embeddings.embed_documents(list(sentences)), dtype=np.float32)
        return np.stack(vectors) if sentences else np.zeros((0, 1), np.float32)


class Assistant:
    """Answers questions from one knowledge index, with or without a chat model."""

    def __init__(
        self,
        searcher: HybridSearcher,
        chat_model: BaseChatModel | None = None,
        k: int = 5,
        module_examples: ModuleExamples | None = None,
    ) -> None:
        self.searcher = searcher
        self.chat_model = chat_model
        self.k = k
        self._sentence_vectors = SentenceVectors(searcher.index.embeddings, stored=searcher.index.sentence_vectors)
        self._crisis_examples = CrisisExamples(searcher.index.embeddings)
        # (the evaluation passes one that leaves out the split it measures; the topic examples leave out the same)
        self._module_examples = module_examples or ModuleExamples(searcher.index.embeddings)
        self._topic_examples = TopicExamples(searcher.index.embeddings, leave_out=self._module_examples.leave_out)
        self._lock = threading.Lock()
        self._kept: dict[str, tuple[str, object]] = {}  # what is read per catalogue state: (state, value) by name

    def prepare(
        self,
        question: str,
        history: Sequence[str] = (),
        filters: SearchFilters | None = None,
        k: int | None = None,
        leaning: bool = False,
        from_the_end: bool = False,
    ) -> Prepared:
        """Crisis check (this question and the earlier ones), follow-up rewrite, search, gate.

        ``leaning``: read the question in its conversation's context though nothing in it points back;
        ``from_the_end``: with the terms the earlier questions end with (``carry_over``).
        """
        conversation = " ".join(history)
        question = self._names_in_full(_as_reports_write(standard(question.strip(), conversation)))
        history = tuple(standard(earlier, conversation) for earlier in history)
        if (again := restated(question, history)) != question:  # "简单点，就说几条要紧的": the question before, again
            question, history = again, history[:-1]
        k = k or self.k
        crisis = conversation_crisis(question, history)
        # the box is shown for an emergency the checklist misses but the nearest labelled wordings read; the answer
        # below it is found as for any question (steered by a guessed category, labelled answers lost: CHANGELOG).
        # A follow-up is read by example only through its conversation: alone, "那如果他不开门呢？" is nearest to
        # emergencies behind doors
        alone = "" if history and is_follow_up(question) else question
        box = crisis or conversation_crisis(alone, history, self._crisis_examples.categories)
        if crisis and not crisis.earlier and (before := conversation_crisis("", history)):
            # a turn that brings signs of its own is answered about them, not the conversation's earlier ones: "报完警她
            # 一直抹眼泪，说……没脸活了" after a scam is about 轻生 (the box above still names both)
            fresh = tuple(c for c in crisis.categories if c not in before.categories)
            crisis = replace(crisis, categories=fresh) if fresh else crisis
        # an aside asked by the way after the main question is not what the answer is about (the crisis check above
        # read it: "……顺便问下，楼下冒烟了是咋回事" is an emergency)
        question = without_aside(question)
        query = self._standalone(question, history, leaning, from_the_end)
        focus = tuple(self._names_in(question) or (self._names_in(query) if query != question else ()))
        # a follow-up in a conversation in crisis is searched with the signs named ("她不让我告诉别人" → 保密的例外)
        searched = with_crisis_terms(query, crisis) if crisis and crisis.earlier else query
        found = self.searcher.search(searched, k=max(k, EVIDENCE_HITS), filters=filters)
        if crisis and crisis.earlier and not any(shows_signs(h.chunk.text, crisis.categories) for h in found[:k]):
            # the follow-up and the signs' names found nothing on the crisis: the earlier words that showed it
            searched = with_crisis_terms(query, crisis, words=True)
            found = self.searcher.search(searched, k=max(k, EVIDENCE_HITS), filters=filters)
        if crisis and not crisis.earlier and query != question:
            # a turn with crisis signs of its own is searched by its own words too, the two lists taken in turn: the
            # conversation names the place and the thing ("我贴门上听见里头有人哼哼……"), the turn the emergency
            # ("小姑娘……圆圆的烫疤……说了回家要挨揍" at a craft class: 儿童保护, which the craft's words do not find)
            found = _in_turn(found, self.searcher.search(question, k=max(k, EVIDENCE_HITS), filters=filters))
        found = self._with_own_documents(question, searched, found, filters, k)
        hits = found[:k]
        evidence: dict[str, float] = {}
        lexical = self.searcher.index.lexical
        # in one or two reports the best hits are a third of the index: a document found again and again is only
        # a long one, and a chatty interview outweighed the report whose story answers
        small = is_small(lexical)
        # a question in crisis is answered from the home of its protocol, one about a name from the documents that
        # speak of it: neither is chosen by its words as a whole
        # (a how-to question whose names no document speaks of is answered in general, as one naming none: "……平台
        # 无原无故扣了他八百块……该跟着去吗", a typo jieba tags a place)
        unspoken_only = bool(focus) and self._asks_how_to_anywhere(question, query, found, focus, filters, k)
        by_whole_documents = crisis is None and (not focus or unspoken_only) and not small
        if not small:
            for hit in found:
                evidence[hit.chunk.source] = evidence.get(hit.chunk.source, 0.0) + hit.score
        if by_whole_documents:
            evidence = with_whole_documents(evidence, lexical.document_scores(searched, filters))
        if evidence and not focus and asks_a_figure(question):
            # a figure asked of no place, beside a leader's own documents, is asked of them ("快递外卖小哥当志愿者的有
            # 多少" of the district's slides, not of a bundled case's courier team): the pilot the leader runs
            evidence = _own_documents_first(evidence, found)
        elif evidence and (listed := _own_sections_asked(question, hits)):
            # ... a list or a step of one asked ("社工说上门服务有个五步走，第一步是什么？") of a leader's section found among
            # the best passages (their "三、“一听、二看……”服务流程", not the home-visit module's 操作步骤)
            evidence = _lifted(evidence, listed)
        elif evidence and not (asks_a_figure(question) or asks_a_list(question) or asks_a_name(question)):
            # ... and a situation beside a leader's own protocol found among the best passages is theirs to answer
            # ("帮爹爹洗澡他说头昏……要得不？" of the notes' "（一）老人在助浴时说头晕、心慌", not first aid's line on
            # fainting; "敲门没人应……翻窗进去行不？" of their "绝不自己撬门、翻窗进屋"): their 值班社工, their 暖心员
            evidence = _own_protocols_first(evidence, hits)
        in_crisis_now = bool(crisis and not crisis.earlier)
        if crisis and in_crisis_now and not (filters is not None and filters.skills):
            hits = self._crisis_module_beside(query, crisis, hits, filters, k)
        # a question under the crisis box (the checklist's or the examples') is always answered from the passages
        # found: a refusal would leave the volunteer with nothing on what to do (手被刀割了，血一直往外流); so is
        # a follow-up in a conversation in crisis whose passages speak of it ("要是俺家住六楼，楼梯那边已经走不下去了呢？")
        on_the_crisis = bool(crisis and any(shows_signs(h.chunk.text, crisis.categories) for h in hits))
        relevant = bool(hits) and (
            bool(box and not box.earlier)  # box is the checklist's crisis whenever there is one
            or on_the_crisis
            or assess(searched, hits, lexical).relevant
            # a list a report's section holds, asked in everyday words ("明年有哪些工作打算" of "下一年度工作计划")
            or asks_for_a_section(question, _sections(hits))
            # how a person a leader's report tells of fared after ("赵奶奶后来有什么变化"): its words are the story's
            or (small and asks_how_it_ended(question) and any(tells_of(h.chunk.text, question) for h in hits))
            # the name of the leader's own programme ("咱这个试点品牌叫啥来着"), which their documents are about
            or (asks_the_programmes_name(question) and any(h.chunk.kind not in _EXAMPLED_KINDS for h in hits))
            # ... or the name of a team of theirs, said by its kind ("那帮退休老师组的队叫什么组": “门球场护老小组”)
            or names_the_kind_asked(question, [h.chunk.text for h in hits if h.chunk.kind not in _EXAMPLED_KINDS])
            # a situation a leader's own protocol names in other words ("帮爹爹洗澡他说头昏，我想赶紧把他扶起来走到外头透气，
            # 要得不？" of the notes' "（一）老人在助浴时说头晕、心慌"): they share no word, the heading means what it tells
            or self._a_protocol_names(question, hits)
            # a follow-up searched with its conversation: the passages found speak to an earlier question and
            # hold a word of its own ("我已经答应她了，现在咋办" after "小姑娘……让她保密一些事，她很害怕"; not
            # "那今天股票行情咋样？")
            or (
                query != question
                and any(w in h.chunk.text for h in hits for w in content_words(question))
                and any(assess(earlier, hits, lexical).relevant for earlier in history)
            )
        )
        # "社区健身房几点开门？" shares the domain's words, and its nearest labelled questions are off-topic
        off_topic = relevant and not history and box is None and self._off_topic_by_example(question, hits)
        if off_topic:
            relevant = False
        # ... and a long everyday story the word gate refuses, its words spread thin, whose nearest are all on-topic
        # (a follow-up read with the words of its conversation: "他要是不想让我扶呢？" after "咋给盲人带路啊")
        elif (
            not relevant
            and hits
            and (not history or query != question)
            and box is None
            and not focus
            and self._on_topic_by_example(query, hits)
        ):
            relevant = True
        missing: tuple[str, ...] = ()
        # a title named that no document speaks of ("《志愿服务条例》对志愿者的最低年龄是怎么规定的？" among a leader's own
        # reports) is not answered from what the reports say of volunteers' ages; a title spoken of narrows nothing
        # ("按《个人信息保护法》，能把老人的病情发到群里吗？" is answered by the module)
        # (so is an article of a law no document quotes: "民法典第1165条说的是什么内容？")
        titles = (*_TITLED.findall(question), *_ARTICLE.findall(question), *_LAW_ASKED.findall(question))
        unspoken = (
            # (read as off-topic by its neighbours too: the refusal names the article, "民法典第1165条说的是什么内容？")
            self._focused(query, hits, titles, filters, k)[1]
            if (relevant or off_topic) and titles and not in_crisis_now
            else ()
        )
        if unspoken:
            return Prepared(
                question, query, box, [], True, focus=focus, missing=unspoken, history=tuple(history), signs=crisis
            )
        if off_topic and _ARTICLE.search(question) and not in_crisis_now:
            # an article by its number the documents quote is what they speak of, whatever the neighbours ("民法典第1032条
            # 是关于什么的？" beside the labelled "……第1165条……"; not a law's article asked for, "民法典里遗嘱是第几条"): the
            # word gate had passed it (off_topic is read only then)
            off_topic, relevant = False, True
        if focus and not in_crisis_now:  # an emergency is answered about itself, not narrowed to a place's documents
            hits, missing = self._focused(query, hits, focus, filters, k)
            spoken = [f for f in focus if f not in missing]
            if off_topic and not _examples_know(hits):
                # the name asked is a leader's own documents', which the examples do not know: they read the question
                # by the bundled passages the search found first ("荷湾转介给民政医保残联那些部门的事，最后办结了百分之几？");
                # read again by the documents that speak of it (a forecast for the place stays off-topic: "明天屏南会不会
                # 下雨？")
                off_topic = self._off_topic_by_example(question, hits)
            # (a name it seems to hold does not bring back a question read as off-topic: "重阳节社区给老人包饺子，
            # 什么馅儿老人爱吃")
            relevant = bool(hits) and not off_topic and (relevant or assess(query, hits, lexical, spoken).relevant)
        if not relevant:
            if history and query == question and not leaning and not self._names_a_topic_of_its_own(question):
                # a question in a conversation that cannot be answered alone leans on it, though it points
                # nowhere ("快到点了，走之前我还该做点啥？" after an hour of reminiscence); not one that brings
                # a thing no document speaks of ("今天股票行情怎么样？" after a delivery)
                return self.prepare(question, history, filters, k, leaning=True)
            if history and query != question and not from_the_end:
                # the terms carried were the story's setting, which its question follows ("我在水产市场帮着做宣传……她问
                # 我能不能先借她五千，我该怎么回她" then "我自己手上有两千闲钱 借她一点应该没事吧"): carried again from
                # the end of the turns before
                return self.prepare(question, history, filters, k, leaning=leaning, from_the_end=True)
            return Prepared(question, query, box, [], True, focus=focus, history=tuple(history), signs=crisis)
        # the question is about somewhere no document speaks of when none of its names is spoken of, or none of
        # those that name one place or programme ("重庆渝中区“山城暖巢”社工项目……": 社工项目 is spoken of everywhere);
        # a place within a place is decided by the name that ends it, the most specific ("株洲荷塘区": 株洲 spoken
        # of does not make 荷塘区 so; "吉林青沟镇" is the 青沟镇 a report speaks of without naming its province)
        # (长沙市岳麓区 names two places: spoken of by its last, 岳麓区, never by 长沙市)
        ending: dict[str, str] = {}
        for f in focus:
            if ends := [g for g in focus if g != f and (f.endswith(g) or core(f).endswith(g))]:
                ending[f] = max(ends, key=len)
            elif most_specific(f) != f:
                ending[f] = f
        for f, end in ending.items():  # (the name that ends it ends in another: 学东城新村, 东城新村, 新村)
            while ending.get(end, end) != end:
                end = ending[end]
            ending[f] = end
        whole = [
            f for f in focus if ending.get(f, f) == f and not any(f != g and f in g and ending[g] != f for g in ending)
        ]
        specific = [f for f in whole if is_specific(f, question)]
        # ... and among places named apart, by the finest ("古城邻里帮在段村镇侯郭村……", "永兴镇的太平村"): the village
        # asked about is not spoken of because its town or the programme's 古城 is
        # (a name decides for those it ends: 北城 for 北城社区)
        # (when every specific name is missing, so are the finest: they are what the refusal names)
        level = {f: max([unit_level(f), *(unit_level(g) for g, e in ending.items() if e == f)]) for f in specific}
        top = max(level.values(), default=0)
        finest = [f for f in specific if level[f] == top]
        if finest and set(finest) <= set(missing):
            missing = tuple(finest)
        elif not set(whole) <= set(missing):
            missing = ()
        # (never under a box, the examples' too: a volunteer in danger's way is told what to do wherever it is)
        if missing and box is None and (not _HOW_TO.search(question) or _DONE_THERE.search(question)):
            return Prepared(
                question, query, box, [], True, focus=focus, missing=missing, history=tuple(history), signs=crisis
            )
        away = ""  # the document a follow-up in crisis is voted away to, from the home of the protocol
        moved_on = False  # it tells the emergency over or days gone by
        unfound = ""  # a module the vote gives the question to that the search did not find
        lines: dict[tuple[str, str], float] = {}  # the phrases that answered the labelled situations nearest to it
        if evidence and _examples_know(hits) and (by_whole_documents or (crisis and not focus)):
            # a follow-up votes with the turn before it ("那她闺女来了要不要说？" alone is near no situation), unless it
            # brings crisis signs of its own ("后来她说是儿子喝了酒老打她……": they are what it is about)
            # (nor one that tells the emergency over or days gone by, long enough to tell what now: "警察来了把人劝住了，
            # 现在两家都拉到我评理……" after a neighbour with a rolling pin is a quarrel to mediate; "过了两天马奶奶跟社工说
            # 以后别让我上门了……" after gas behind her door, an elder refusing visits)
            moved_on = bool(
                crisis
                and crisis.earlier
                # (days later, an emergency of the moment is over; abuse or a wish to die is not: "第二天一早她上我们家来了，
                # 袖子一撸胳膊上全是青的……")
                and (
                    told_over(question)
                    or told_over_since_the_signs(history)
                    or (_DAYS_LATER.match(question) and set(crisis.categories) <= ACUTE)
                )
            )
            leaning_back = bool(history) and not in_crisis_now and not (moved_on and len(question) >= OWN_STORY_CHARS)
            # (unless it tells a situation of its own: ``ModuleExamples.vote_in_conversation``)
            shares, lines = self._module_examples.vote_in_conversation(
                question, _the_turns_before(history) if leaning_back else ""
            )
            first = max(shares, key=lambda module: shares[module], default="")
            if not first or shares[first] < LINES_VOTE:
                lines = {}  # the nearest situations disagree: no line is theirs
            clear = bool(first) and shares[first] >= VOTE_AWAY
            if (
                clear
                and not any(path.endswith(first) for path in evidence)
                and not (filters and filters.restricts)  # (not past the user's own filter)
            ):
                # a module the nearest situations clearly give it to is read though the search found none of it among
                # its best: a story's side details found others ("电梯卡在四五楼中间……我送快递的在边上，要不要搭把手帮着
                # 扒门": a courier's report and the fire module's 被困时, not the hazard module's 不扒门), a follow-up in
                # crisis was searched with the signs ("捞上来了 救护车拉医院去了……他娘……浑身打多嗦" after a boy in the
                # sea: psychological first aid is not among what the drowning's signs find)
                unfound = next((path for path, _ in lines if path.endswith(first)), "")
                if unfound:
                    evidence[unfound] = 0.0
            elif (
                crisis
                and crisis.earlier
                and shares.get(first, 0.0) >= LINES_VOTE
                and not (filters and filters.restricts)
            ):
                # a follow-up in crisis without signs of its own was searched by its own words alone ("按的时候听到咔的
                # 一声……找我赔钱咋办" after compressions found nothing of first aid among its best passages): the module
                # it and its turn before vote for most is read too
                unfound = next((path for path in [*evidence, *(path for path, _ in lines)] if path.endswith(first)), "")
            if crisis and crisis.earlier and (clear or (bool(first) and shares[first] >= VOTE_AWAY_OVER and moved_on)):
                # a follow-up in crisis the vote clearly gives to another module is answered from it, the box still
                # above ("门锁着，我去找个开锁师傅先进去看看？" after groaning behind a door)
                # (or, told over, the module the vote gives it though the search did not find it: "消防来了，人都救出来了……
                # 买米的钱都拿不出来了" after a fire is welfare's)
                away = next((path for path in evidence if path.endswith(first)), unfound)
            # (under the box of this turn the vote weighs too: the crisis module is read beside, and the lead shows
            # the signs asked: "门缝里一股子臭鸡蛋味……要不要敲门？" is the hazard module's 不按门铃)
            if not (crisis and crisis.earlier) or away:
                evidence = self._with_the_modules_voted(shares, evidence)
        # under the crisis box the crisis module is read beside the question's own two best documents, not
        # instead of the second ("丫头后背有疤……挨收拾": 儿童保护 was its second document)
        documents = self._best_documents(hits, EXPAND_DOCUMENTS + (1 if in_crisis_now else 0))
        # the best document by the evidence is read, though no hit is its; under the box of this turn too, where the
        # vote weighs in the evidence ("男孩手背上有好几个圆圆的烫疤……后爸拿烟头烫的……千万别跟他妈讲": child protection,
        # voted for by every nearest situation, had no passage among the hits that the disability module's 打骂 led)
        if evidence and (by_whole_documents or (in_crisis_now and lines)):
            documents.setdefault(max(evidence, key=lambda path: evidence[path]), len(hits))
        if unfound:
            documents.setdefault(unfound, len(hits))
        for _, path in self._referred(hits[0].chunk.text, hits[0].chunk.source):  # the best hit points there
            documents.setdefault(path, 0)
        key, rest = self._expand(hits, documents)
        sources = sources_from_hits([*hits, *(h for h, _ in key)], [*range(len(hits)), *(r for _, r in key)])
        context = sources_from_hits([h for h, _ in rest], [r for _, r in rest], len(sources) + 1)
        return Prepared(
            question,
            query,
            box,
            sources,
            False,
            context,
            focus,
            missing,
            tuple(history),
            evidence,
            crisis,
            away,
            moved_on=moved_on,
            example_lines=lines,
        )

    def _with_own_documents(
        self, question: str, searched: str, found: list[SearchHit], filters: SearchFilters | None, k: int
    ) -> list[SearchHit]:
        """``found``, or a leader's own documents' best passages before it: for the name of the leader's own programme
        ("咱这个试点品牌叫啥来着": what their documents are about, not a bundled case's), and when a report's section is
        asked in everyday words ("下一步准备干些啥") and none of the best passages found is of that kind, if a section of
        theirs is: the bundled modules' words had crowded them out ("整改措施都有啥" beside the modules, of a return's
        table "表四　存在问题及整改措施", which a chat's lines on 整改 outranked).  (Not any question the bundled knowledge
        does not answer: "明天齐齐哈尔天气怎么样？" then found the report on 齐齐哈尔, its rare name passing the word gate.)"""
        if filters and filters.restricts:
            return found
        if asks_the_programmes_name(question):
            return _before(self.searcher.search(searched, k=k, filters=OWN_DOCUMENTS), found)
        if not asks_a_list(question) or not found or asks_for_a_section(question, _sections(found[:k])):
            return found
        own = self.searcher.search(searched, k=k, filters=OWN_DOCUMENTS)
        if not asks_for_a_section(question, _sections(own)):
            # ... nor the question's words: the words that head such a section ("哪些毛病" of 八、主要发现)
            own = self.searcher.search(" ".join(section_words(question)), k=k, filters=OWN_DOCUMENTS, mode="lexical")
            if not asks_for_a_section(question, _sections(own)):
                return found
        return _before(own, found)

    @staticmethod
    def _with_the_modules_voted(shares: dict[str, float], evidence: dict[str, float]) -> dict[str, float]:
        """The evidence with each document the search found raised by its module's share of the vote of the labelled
        situations nearest to the question (``ModuleExamples.shares``), in units of the best document's evidence: a
        story's module wins over one that shares more of its side details."""
        if not shares:
            return evidence
        best = max(evidence.values())
        voted = {path: share for module, share in shares.items() for path in evidence if path.endswith(module)}
        return {path: score + VOTE_WEIGHT * best * voted.get(path, 0.0) for path, score in evidence.items()}

    def _asks_how_to_anywhere(
        self,
        question: str,
        query: str,
        found: list[SearchHit],
        focus: Sequence[str],
        filters: SearchFilters | None,
        k: int,
    ) -> bool:
        """Whether ``question`` asks how to act and none of its names is spoken of by any document: it is answered
        as though it named no place, first saying which it names (``_saying_what_is_absent``)."""
        if not _HOW_TO.search(question) or _DONE_THERE.search(question):
            return False
        return len(self._focused(query, found, focus, filters, k)[1]) == len(focus)

    def _focused(
        self, query: str, hits: list[SearchHit], focus: Sequence[str], filters: SearchFilters | None, k: int
    ) -> tuple[list[SearchHit], tuple[str, ...]]:
        """The hits from the documents that speak of the names the question turns on, and the names none does.

        "浙江省有多少个社区参加试点？" must not be answered with 北京's figure because the
        Beijing report ranks first: documents are kept by how many of the names they speak
        of (most first); when the hits hold none, the names are searched for on their own.
        """
        found = [*hits, *self.searcher.search(" ".join(focus), k=FOCUS_SEARCH, filters=filters, mode="lexical")]
        texts: dict[str, str] = {}
        for hit in found:
            if hit.chunk.source not in texts:
                chunks = self.searcher.index.lexical.chunks_of(hit.chunk.source)
                texts[hit.chunk.source] = hit.chunk.title + "".join(c.text for c in chunks)
        spoken = {source: [f for f in focus if mentions(text, f)] for source, text in texts.items()}
        missing = tuple(f for f in focus if not any(f in said for said in spoken.values()))
        best = max((len(said) for said in spoken.values()), default=0)
        if best == 0:
            return hits, missing
        kept = {source for source, said in spoken.items() if len(said) == best}
        seen: set[str] = set()
        focused = []
        for hit in found:
            if hit.chunk.source in kept and hit.chunk.id not in seen:
                seen.add(hit.chunk.id)
                focused.append(hit)
        return focused[:k], missing

    def _crisis_module_beside(
        self, query: str, crisis: CrisisAlert, hits: list[SearchHit], filters: SearchFilters | None, k: int
    ) -> list[SearchHit]:
        """For a question with crisis signs: its own best passage, then the crisis module's best passages.

        "存折都交代好了" reads like a question about an old man's savings; the crisis
        check sees the 轻生 sign it carries, and the answer should then speak of what
        to do about that sign, not of bank books.  An emergency another module teaches
        (噎住 → 现场急救) keeps that module's passage first (putting the crisis module
        first lost the labelled document on held-out questions: CHANGELOG.md, issue 16).
        Without a crisis module (another knowledge base) the hits stay as they are.
        """
        categories = crisis.categories
        named = with_crisis_terms(query, crisis)  # the question with its signs named
        crisis_hits = self.searcher.search(
            named, k=CRISIS_HITS, filters=(filters or NO_FILTERS).with_skills(CRISIS_SKILL)
        )
        # when none of those passages shows the very sign asked, the best passage of any document that does, else
        # of one that speaks of the emergency ("冰面裂了，孩子掉冰窟窿里了" finds 巡河's drowning passage; "厕所滑倒了起不来
        # ……要不要架起来" the visiting module's "老人摔倒起不来……怀疑骨折时不随意搬动", where the crisis module's
        # passage tells of 急症 by those who do not wake)
        # the signs the question shows, and those its signs' names show too (the crisis module's passages name them:
        # "家庭暴力迹象：……" for "儿子喝了酒老打她"); any other passage must show the question's own ("……电梯里困了个人"
        # asks of a lift, and the fire module's "被困时选有窗的房间" shows only the 被困 the name adds)
        asked, named_signs = crisis_signs(query), crisis_signs(named)

        def shows_the_sign(hit: SearchHit, signs: frozenset[tuple[str, int]] = named_signs) -> bool:
            return bool(crisis_signs(hit.chunk.text) & signs)

        found = [*hits, *crisis_hits]
        showing: list[SearchHit] = []
        ids = {h.chunk.id for h in crisis_hits}
        # (a sign of its own the question's passages do not show is looked for though the crisis module's names it: its
        # hand-over line, "急症：……大出血……拨打120", is not first aid's "用干净的布直接用力按住")
        unshown = not any(shows_the_sign(h, asked) for h in hits)
        if unshown and (asked or not any(shows_the_sign(h) for h in crisis_hits)):
            searched = [h for h in self.searcher.search(named, k=SIGN_SEARCH, filters=filters) if h.chunk.id not in ids]
            showing = [h for h in searched if shows_the_sign(h, asked)][:1]
            if not showing and (words := sign_words(named)):  # a long story's words bury the sign: its own words
                by_sign = self.searcher.search(" ".join(words), k=SIGN_SEARCH, filters=filters)
                showing = [h for h in by_sign if h.chunk.id not in ids and shows_the_sign(h, asked)][:1]
            if not showing and not any(shows_signs(h.chunk.text, categories) for h in found):
                showing = [h for h in searched if shows_signs(h.chunk.text, categories)][:1]
        rest = [h for h in hits if h.chunk.id not in ids]
        # of the question's other passages, those that speak of the emergency come first: the cut below must not
        # drop first aid's 噎住 passage (4th hit) for a visiting module's (2nd) under "吃馒头噎着了"
        rest[1:] = sorted(rest[1:], key=lambda h: not shows_the_sign(h))
        return [*rest[:1], *showing, *crisis_hits, *rest[1:]][: max(k, len(crisis_hits) + len(showing) + 1)]

    @staticmethod
    def _best_documents(hits: Sequence[SearchHit], count: int = EXPAND_DOCUMENTS) -> dict[str, int]:
        """The documents of the best hits (``count`` of them), each with the rank of its best hit."""
        best: dict[str, int] = {}
        for rank, hit in enumerate(hits):
            best.setdefault(hit.chunk.source, rank)
        return dict(list(best.items())[:count])

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

    def _off_topic_by_example(self, question: str, hits: Sequence[SearchHit]) -> bool:
        """Whether ``question`` reads as off-topic by its nearest labelled questions and the knowledge's situations,
        or asks what no module teaches (a product to buy, a dish to cook, a wage …) — among a leader's own documents,
        which the examples do not know, only when no passage found speaks of it ("驻站社工的月工资标准是多少？" of
        two reports that never name a wage; a canteen's uploaded 菜谱 is answered)."""
        if not _examples_know(hits):
            # (by what it asks, not by the place or the day it names: "明天攸县会不会下雨？" of a report on 攸县)
            asking = what_no_module_teaches(question)
            when = {word for word, flag in tagged_words(asking) if flag == "t"}
            asked = content_words(asking) - when - {n for n in self._names_in(question)}
            if asked:
                return not any(word in hit.chunk.index_text() for hit in hits for word in asked)
            # ... or by the questions earlier writers asked of their own reports ("志愿服务时长在志愿汇上怎么补录"), unless
            # a passage found holds most of what it asks
            return (
                self._topic_examples.off_topic(question, self._situation_vectors(), own_documents=True)
                and assess(question, hits, self.searcher.index.lexical).coverage < OWN_WORDS_HELD
            )
        return asks_what_no_module_teaches(question) or self._topic_examples.off_topic(
            question, self._situation_vectors()
        )

    def _on_topic_by_example(self, question: str, hits: Sequence[SearchHit]) -> bool:
        """Whether ``question`` reads as on-topic by its nearest labelled questions and the knowledge's situations."""
        return (
            _examples_know(hits)
            and not asks_what_no_module_teaches(question)
            and self._topic_examples.on_topic(question, self._situation_vectors())
        )

    def _a_protocol_names(self, question: str, hits: Sequence[SearchHit]) -> bool:
        """Whether ``question``, a situation (no figure, list or name asked), is named by the heading of a protocol among
        the passages of a leader's own documents found (``tells_what_to_do``), at ``PROTOCOL_SIMILARITY`` or closer."""
        if asks_a_figure(question) or asks_a_list(question) or asks_a_name(question):
            return False
        own = [h.chunk for h in hits if h.chunk.kind not in _EXAMPLED_KINDS]
        headings = [situation_heading(c.heading) for c in own if tells_what_to_do(c.heading, c.text)]
        headings += [situation for c in own for situation in situations_named(c.text)]
        return bool(headings) and max(self._similarity(question, headings)) >= PROTOCOL_SIMILARITY

    def _situation_vectors(self) -> np.ndarray:
        """Vectors of the sentences under the skill modules' 适用情境, one map per catalogue state."""

        def build() -> np.ndarray:
            lexical = self.searcher.index.lexical
            sentences = [
                sentence
                for document in lexical.documents()
                for chunk in lexical.chunks_of(document.source)
                if chunk.kind == "skill" and chunk.heading.endswith(SITUATIONS)
                for sentence in plain_sentences(chunk.text)
            ]
            return self._sentence_vectors.get(sentences) if sentences else np.zeros((0, 1), np.float32)

        return self._per_catalogue_state("situation vectors", build)

    def _names_a_topic_of_its_own(self, question: str) -> bool:
        """Whether ``question`` holds a noun that no passage of the index holds (股票行情, 褪黑素)."""
        nouns = {w for w, flag in tagged_words(question) if len(w) >= 2 and flag in _NOUNS}
        if not nouns:
            return False
        _, found = self.searcher.index.lexical.document_frequencies(nouns)
        return any(not found.get(noun) for noun in nouns)

    def _standalone(
        self, question: str, history: Sequence[str], leaning: bool = False, from_the_end: bool = False
    ) -> str:
        if not history or not (leaning or is_follow_up(question)):
            return question
        if self.chat_model is not None:
            try:
                return rewrite_question(self.chat_model, question, history)
            except Exception as exc:
                log.warning("question rewrite failed: %s", exc)
        # the crisis is the context: its signs are searched with the question (a turn with signs of its own is searched
        # with the conversation's terms too: "刚下车就瘫坐在站台上 喊他半天才哼一声" is heat stroke after "高温红色预警")
        if conversation_crisis("", history) and not crisis_signs(question):
            return question
        return carry_over(question, history, leaning, from_the_end)

    def stream(self, prepared: Prepared) -> Iterator[str | Answer]:
        """Text pieces as they are written, then the final ``Answer``."""
        for item in self._stream(prepared):
            yield _saying_what_is_absent(prepared, item) if isinstance(item, Answer) else item

    def _stream(self, prepared: Prepared) -> Iterator[str | Answer]:
        if prepared.refused:
            yield self._finish(prepared, self.refusal_text(prepared.missing), "extractive")
            return
        if self.chat_model is None:
            yield self._extractive_answer(prepared, "extractive")
            return
        messages = build_messages(
            prepared.question,
            [NumberedPassage(s.n, s.title, s.heading, s.text) for s in prepared.sources],
            prepared.history,
            prepared.signs.categories if prepared.signs else (),
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
        cited = {int(n) for n in _CITATION.findall(text)}
        sources = [s for s in prepared.sources if s.n in cited] or prepared.sources  # the cards: what it cites
        yield Answer(text, False, sources, prepared.crisis, "llm", notice, prepared.query)

    def answer(
        self, question: str, history: Sequence[str] = (), filters: SearchFilters | None = None, k: int | None = None
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
        pool = self._on_the_crisis(
            [*prepared.sources, *prepared.context], prepared.signs, prepared.away, prepared.history, prepared.moved_on
        )
        composed = self._compose(prepared, pool)
        pointed = self._pointed_document(composed, pool) if composed else None
        if pointed is not None:  # the lead only points to another document: let that one answer
            name, path, rank = pointed
            extra = self._rest_of(path, pool, rank + 1)
            followed = self._compose(prepared, [*pool, *extra], (name,))
            if followed is not None:
                composed, pool = followed, [*pool, *extra]
        if (
            composed is not None
            and composed.fit >= LOOSE_OVERLAP
            and (extra := self._rest_of(composed.source, pool, self._lead_rank(composed, pool) + 1))
        ):
            # a lead that itself holds the asked words: its document, found perhaps by one passage, is read
            # whole, since the answer's steps come from it (噎住 led by 现场急救 had no steps)
            whole = self._compose(prepared, [*pool, *extra], (pointed[0],) if pointed else ())
            if whole is not None and whole.source == composed.source:
                composed, pool = whole, [*pool, *extra]
        if (
            prepared.signs
            and prepared.signs.earlier
            and (composed is None or (composed.fit <= 0 and composed.source != prepared.away))
        ):
            # a follow-up in a conversation in crisis whose own words fit no line ("我跟同伴俩人把他架到床上躺着？"
            # after a fall; "旁边大爷说泼盆水就行" after a smoking battery) is answered about the signs that put
            # the conversation in crisis: never refused, never led by a line that shares none of its words; unless
            # the vote gave it to another module, which answers ("缓过来了。完事她儿子非往我兜里塞二百块红包" after
            # choking: the gift's rule, not the Heimlich manoeuvre again)
            pool = [*prepared.sources, *prepared.context]
            signs = prepared.signs
            composed = self._compose(
                prepared, pool, (), with_crisis_terms(prepared.question, signs, True), signs.categories
            )
        if composed is None:
            return self._finish(prepared, REFUSAL, mode, notice)
        renumber, sources = citation_order(f"{composed.text}\n{composed.more_text}", pool)
        parts = Composed(
            renumber(composed.lead),
            tuple(map(renumber, composed.steps)),
            tuple(map(renumber, composed.donts)),
            renumber(composed.handover),
            tuple(map(renumber, composed.more)),
            composed.steps_title,
            figure_absent=composed.figure_absent,
        )
        return Answer(parts.text, False, sources, prepared.crisis, mode, notice, prepared.query, parts)

    def _on_the_crisis(
        self,
        pool: list[Source],
        crisis: CrisisAlert | None,
        away: str = "",
        history: Sequence[str] = (),
        moved_on: bool = False,
    ) -> list[Source]:
        """For a follow-up in a conversation in crisis: the passages of the document that speaks most of it.

        "我要不要告诉他儿子？" after "大爷说活着没意思" asks about telling someone; its own words find
        child protection's "我要告诉能保护你的大人", which names 轻生 only to point to the crisis module.
        Of the documents found, the one with the most passages showing the conversation's signs is the
        home of that protocol (one protocol, one home), and answers, read whole when it is one document;
        unless the turn that showed the signs is found first in another of them: a child's bruises from a stepfather's
        belt are child protection's, whose protocol the first answer gave, though the crisis module shows more signs
        of abuse ("那俺拿手机给她胳膊拍两张留个证据" is answered by "不拍孩子的身体"), when that one speaks of them
        nearly as much (``HOME_SHARE``).
        """
        if crisis is None or not crisis.earlier:
            return pool
        lexical = self.searcher.index.lexical
        speaking = {
            path: sum(shows_signs(c.text, crisis.categories) for c in lexical.chunks_of(path))
            for path in dict.fromkeys(s.path for s in pool)
        }
        most = max(speaking.values(), default=0)
        if not most:
            return pool
        home = [s for s in pool if speaking[s.path] == most]
        if turn := next((earlier for earlier in history if check_crisis(earlier)), ""):
            first = next(
                (
                    h.chunk.source
                    for h in self.searcher.search(turn, k=FIRST_HOME_HITS)
                    if shows_signs(h.chunk.text, crisis.categories)
                ),
                "",
            )
            shares = self._module_examples.vote(turn)[0]
            nearest = max(shares, key=lambda path: shares[path], default="")
            # its words found no passage on the signs (a story long told of a craft class before a child's burns): the
            # module its nearest situations vote for, as its own answer was chosen
            first = first or nearest
            if first not in speaking and first == nearest and shares.get(nearest, 0.0) >= LINES_VOTE and not moved_on:
                # ... which is read though the follow-up did not find it, when the vote is clear (a module found by the
                # turn's words alone may name the signs once among its hand-overs: "中暑昏倒——立即拨打120" of the
                # riders' module, after heat stroke at a car show) and the emergency goes on (told over, the protocol
                # is no longer needed: "警察帮着找着家了，她闺女……一见我就嘎嘎骂")
                speaking[first] = sum(shows_signs(c.text, crisis.categories) for c in lexical.chunks_of(first))
            # (a protocol's home of its own, speaking of the signs nearly as much: not a visit's module that names a
            # fall once among its hand-overs, where first aid teaches it)
            if speaking.get(first, 0) >= HOME_SHARE * most:
                rank = max((s.rank for s in pool), default=0) + 1
                home = [s for s in pool if s.path == first] or self._rest_of(first, pool, rank) or home
        if moved_on and not away and pool[0].path not in {s.path for s in home}:
            # told over, given to no module by the vote, and its own words find another document first: answered from
            # what they found, not the protocol it no longer needs ("还有个事，我刚才在池子边上滑了一跤……没人说买没买
            # 保险" after a child pulled from the water and taken to hospital is no second CPR; "那台车是护工小刘妹子的
            # ……不准充……我何解跟她讲" after a fire put out still finds the fire module first, which answers)
            return pool
        if away and away not in {s.path for s in home}:
            # the vote gave the follow-up to another module; when it tells the emergency over, that one answers, read
            # whole, the box still above ("人让警察领走了，可我后半夜心一直突突跳……" after a man who would go off a roof is
            # the volunteer's own care, though the crisis module, weighed by its signs, was found more); while it goes
            # on, that one, read whole, leads, and the protocol's home is read beside it ("他喊我莫跟他儿子讲，说丢人得很……"
            # after pills saved is privacy's 保密有例外, a passage its own words had not found; "大爷拉着我说千万别告诉他
            # 儿子……" after a scam is not led by the scam module's 报警 again)
            voted = [s for s in pool if s.path == away]
            if not voted:
                return pool
            whole = [*voted, *self._rest_of(away, pool, max(s.rank for s in voted) + 1)]
            return whole if moved_on else [*whole, *home]
        if len({s.path for s in home}) > 1:
            return home
        # one home, read whole: the one or two of its passages a short follow-up found may hold no line on what it
        # asks ("我要不要告诉他儿子？" found its four kinds of signs, not whom to tell)
        return [*home, *self._rest_of(home[0].path, home, max(s.rank for s in home) + 1)]

    def _compose(
        self,
        prepared: Prepared,
        pool: Sequence[Source],
        not_leading: Sequence[str] = (),
        scoring: str = "",
        signs: Sequence[str] | None = None,
    ) -> Composed | None:
        """``scoring`` and ``signs`` (the crisis categories that steer the lead) override the prepared ones."""
        titles = self._titled(pool)
        passages = [
            Passage(s.n, titles.get(s.path, s.title), s.heading, s.text, s.kind, s.rank, s.path, s.ordinal)
            for s in pool
        ]
        # a follow-up in a conversation in crisis is led by what it asks: the box above says what to do about the signs
        if signs is None:
            signs = prepared.signs.categories if prepared.signs and not prepared.signs.earlier else ()
        return compose(
            scoring or self._scoring_text(prepared),
            passages,
            self._similarity,
            # (an emergency is answered about itself: "救命 汉江边……还是让几个大点的娃手拉手去够" asks no count of 汉江)
            () if signs else prepared.focus,
            signs,
            not_leading,
            prepared.evidence,
            # lines on another emergency stay out, under a box from the examples too (no 海姆立克 under 胸口疼); a box
            # that names no kind keeps every line ("孙子喝汤把手背烫起泡了" is answered by the burns line)
            tuple(c for c in prepared.crisis.categories if c != UNCLEAR) if prepared.crisis else (),
            prepared.example_lines,
            prepared.history,
            prepared.away if prepared.signs and prepared.signs.earlier else "",
        )

    def _rest_of(self, path: str, pool: Sequence[Source], rank: int) -> list[Source]:
        """The passages of document ``path`` not in ``pool``, at ``rank``, numbered after the pool."""
        have = {(s.path, s.text) for s in pool}
        chunks = [c for c in self.searcher.index.lexical.chunks_of(path) if (c.source, c.text) not in have]
        # (numbered after the highest number in the pool: a document's passages picked out of a larger pool keep theirs)
        start = max((s.n for s in pool), default=0) + 1
        return sources_from_hits([SearchHit(c, 0.0) for c in chunks], [rank] * len(chunks), start)

    @staticmethod
    def _lead_rank(composed: Composed, pool: Sequence[Source]) -> int:
        """The retrieval rank of the passage the lead cites."""
        cited = _CITATION.findall(composed.lead)
        by_n = {s.n: s for s in pool}
        return by_n[int(cited[-1])].rank if cited and int(cited[-1]) in by_n else 0

    def _referred(self, text: str, own: str) -> list[tuple[str, str]]:
        """``(name, path)`` of the other documents ``text`` refers to by name (按危机识别与转介处理, 见现场急救).

        Only the places right after a referring word (按, 见 …) are read, against the documents' names
        (one list per catalogue state): one pattern per document compiled anew for every answer took
        about 0.3 s at 1,200 documents.
        """
        starts = {m.end() for refers in _REFERS for m in refers.finditer(text)}  # "按照顾…" may be 按 + 照顾…
        if not starts:
            return []
        return [
            (name, source)
            for name, source in self._document_names()
            if source != own and any(text.startswith(name, start) for start in starts)
        ]

    def _per_catalogue_state(self, key: str, build: Callable[[], _T]) -> _T:
        """``build()``, read again only when the catalogue has changed (one value per ``key``)."""
        state = self.searcher.index.lexical.state()
        with self._lock:
            kept = self._kept.get(key)
            if kept is not None and kept[0] == state:
                return cast(_T, kept[1])
        value = build()
        with self._lock:
            self._kept[key] = (state, value)
        return value

    def _titled(self, pool: Sequence[Source]) -> dict[str, str]:
        """Each leader's document of ``pool`` by its title with the short lines under it, before its first paragraph:
        an interview's "【濂溪之声·社区面对面】第18期 文字实录" says whom it is about only below ("主题：“濂邻有约”在莲花社区").
        Read once per document while the catalogue is unchanged (one look at its state per answer)."""
        known: dict[str, str] = self._per_catalogue_state("titles with the lines under them", dict)
        for source in pool:
            if source.kind == "other" and source.path not in known:
                chunks = self.searcher.index.lexical.chunks_of(source.path)
                lines = chunks[0].text.splitlines() if chunks and chunks[0].ordinal == 0 else []
                short = list(takewhile(lambda line: len(line) <= SUBTITLE_CHARS, lines))
                subtitled = len(short) < len(lines)
                known[source.path] = " ".join([source.title, *short[:SUBTITLE_LINES]]) if subtitled else source.title
        return known

    def _document_names(self) -> list[tuple[str, str]]:
        """``(name, path)`` of every document whose name (its title before "：") is long enough to refer to."""

        def build() -> list[tuple[str, str]]:
            titles = ((d.title.split("：")[0].strip(), d.source) for d in self.searcher.index.lexical.documents())
            return [(name, source) for name, source in titles if len(name) >= POINTER_NAME_MIN]

        return self._per_catalogue_state("document names", build)

    def _names_in(self, question: str) -> list[str]:
        """The names ``question`` turns on: those its own words show (``focus.names``), and the documents' proper
        names it uses without what closes them or unquoted ("泊水那边……" of 泊水街道, "泊心邻里今年……").

        A document's name is proper when it is a place or its distinctive part is no word of the general
        dictionary; it is taken when the question holds that part whole and either one of the question's own
        words there is no such word either, or jieba's cut of the question runs across it (望|城区): quoted
        speech in a document ("对不对") is made of words the question cuts the same way.
        """
        every = self._proper_names()
        # a name the tagger ran on into the next word ("柏川管留守儿童……": 柏川管) is the documents' name it starts with
        found = [_documents_name(f, every) for f in names(question)]
        proper = {c: n for c, n in every.items() if c in question and not any(c in f for f in found)}
        if not proper:
            return found or self._pointed_name(question)
        words = [w for w in content_words(question) if any(w in c for c in proper)]
        stored = self.searcher.index.lexical.general_frequencies(words)
        if stored is None:
            return found
        unknown = [w for w in words if w not in stored[1]]
        # a place's distinctive part jieba tags as a proper name in a question that names nothing else ("安福四个点
        # ……": 安福 of 安福县, tagged as a person's name; 社区, 山区 are no proper name; beside a finer place it adds
        # nothing but a wider one to be about: "永泰那个试点，城南社区……")
        tagged = {w for w, flag in tagged_words(question) if flag in _PROPER_NOUNS}
        extra = [
            n
            for c, n in proper.items()
            if any(w in c for w in unknown)
            # jieba cut 望|城区 of 望城区; not a word of the dictionary holding it (第四 of 第四社区 in "第四季度"), nor a
            # part made of common words ("青少年志愿者招了多少个" holds 青少年志愿 of a case's 青少年志愿服务队)
            or (
                not stands_as_words(question, c)
                and not any(c in w and c != w for w in dictionary_words(question))
                and not _made_of_words(c)
            )
            or (c in tagged and is_place(n) and not found)
            # a place's distinctive part of three characters or more that is no two words of the dictionary
            # ("杉木坪驻点社工几个人": 杉木|坪 of 杉木坪社区, said without its unit)
            or (is_place(n) and len(c) >= 3 and not _made_of_words(c))
            or bool(_POINTED_AT.search(question.split(c, 1)[1]))  # a place pointed at: "石门那边……" of 石门乡
        ]
        named = sorted(dict.fromkeys([*found, *extra]), key=len, reverse=True)
        return [n for n in named if not _a_landmark(question, n, named)] or self._pointed_name(question)

    def _names_in_full(self, question: str) -> str:
        """``question`` with a name of the documents said short by its opening and its last character written in full,
        when no document says it short and only one name reads so: "五步法" is the report's “五步走访法” (blind_report55:
        "按那个五步法接下来要干啥" was refused, its words in no passage; blind_report44's 五步法 is its “五步入户法”), and a name
        typed by its sound in it (``sounded_alike``)."""
        for short, full in self._short_forms().items():
            if short in question and full not in question:
                question = question.replace(short, full)
        # ... and a name typed by its sound, no document's name itself ("枫林弯社区" for 枫林湾社区: report63 refused it)
        every = self._proper_names()
        known = {*every, *every.values()}
        for found in names(question):
            if found not in known and (meant := sounded_alike(found, every)):
                question = question.replace(found, meant)
        return question

    def _short_forms(self) -> dict[str, str]:
        """``{short form: name}`` of the names the documents quote of a way of working or a team, four characters or
        more (``_proper_names`` closed by ``_SHORTENED_KINDS``): the name's first two characters or more, then its last
        ("五步法", "五步走法" of 五步走访法); a form two names share, or a document uses itself, is none's.  Not a quoted
        saying ("心里堵得慌" is no 心里慌), nor a place (said short by its own rules: ``focus.mentions``)."""

        def build() -> dict[str, str]:
            lexical = self.searcher.index.lexical
            text = "\n".join(chunk.text for d in lexical.documents() for chunk in lexical.chunks_of(d.source))
            forms: dict[str, set[str]] = {}
            for name in set(self._proper_names().values()):
                if (
                    len(name) >= 4
                    and re.fullmatch(rf"[\u4e00-\u9fff]+[{_SHORTENED_KINDS}]", name)
                    and f"“{name}”" in text  # named as a name: quoted
                ):
                    for end in range(2, len(name) - 1):
                        forms.setdefault(name[:end] + name[-1], set()).add(name)
            return {short: next(iter(full)) for short, full in forms.items() if len(full) == 1 and short not in text}

        return self._per_catalogue_state("short forms", build)

    def _pointed_name(self, question: str) -> list[str]:
        """The name a question asking a figure, a list or a name opens with, pointed at, that the tagger took for
        something else: 前|郭 (a direction and a surname) in "前郭那边……配了几个社工？", 扶余 (a verb) in "隔壁扶余那边
        独居老人回访率是多少" — a county no document speaks of, whose question must not be answered from the places
        they do.  Not a word of the general dictionary as common as ``COMMON_WORD`` ("社区那边"), nor a pronoun, a
        time or a number ("我们那边", "三月底那边"), nor a thing ("后脑勺那块渗血了……用哪个捂？"); only when neither the
        question's own words nor the documents' names name anything."""
        if not (asks_a_figure(question) or asks_a_list(question) or asks_a_name(question)):
            return []
        pointed = _POINTED_NAME.match(question)
        if not pointed:
            return []
        name = pointed.group(1)
        parts = list(tagged_words(name))
        if any(flag[0] in "rptmqdcux" for _, flag in parts) or parts == [(name, "n")]:  # (a thing: "后脑勺那块")
            return []
        return [] if word_frequency(name) >= COMMON_WORD else [name]

    def _proper_names(self) -> dict[str, str]:
        """``{distinctive part: name}`` of the places the documents name (望城 of 望城区) and of their other names whose
        distinctive part the general dictionary does not hold (杏林银辉), one map per catalogue state."""

        def build() -> dict[str, str]:
            lexical = self.searcher.index.lexical
            by_core: dict[str, str] = {}
            for document in lexical.documents():
                for chunk in lexical.chunks_of(document.source):
                    for name in names(f"{chunk.title}。{chunk.text}"):
                        for part in dict.fromkeys((name, most_specific(name))):  # 望城区 of 长沙市望城区
                            # (of two places of one core, the finer: a report's figures are its communities', and
                            # "向阳湖那边派了几个驻点社工" of 向阳湖街道's report is 向阳湖社区's)
                            kept = by_core.get(core(part))
                            if len(core(part)) >= 2 and (kept is None or unit_level(part) > unit_level(kept)):
                                by_core[core(part)] = part
            stored = lexical.general_frequencies(by_core)
            known = stored[1] if stored is not None else {}
            return {c: n for c, n in by_core.items() if c not in known or is_place(n)}

        return self._per_catalogue_state("proper names", build)

    def _pointed_document(self, composed: Composed, pool: Sequence[Source]) -> tuple[str, str, int] | None:
        """``(name, path, rank)`` of the other document the lead refers to by its title, if it does.

        Since "one protocol, one home", a module names the situation and refers to the module that
        teaches it ("……按危机识别与转介处理", "见现场急救"): such a line attracts the question but holds
        no action.  The named document's passages join just below the passage that points there
        (at its rank + 1, as a document's expansions do), and the answer is composed again.
        """
        referred = self._referred(_CITATION.sub("", composed.lead), composed.source)
        return (*referred[0], self._lead_rank(composed, pool)) if referred else None

    @staticmethod
    def _scoring_text(prepared: Prepared) -> str:
        """What the composer weighs sentences against.

        A follow-up is answered about what it asks ("那如果她不让我告诉别人呢？"), with the crisis
        signs of the conversation named; the words carried over from earlier questions
        found the passages but would pull every sentence back to the first question.
        When the signs were seen only earlier, the box above already says what to do about
        them, and the follow-up is weighed by its own words alone ("不让我告诉别人" → 不承诺保密).
        """
        question = asked_as_before(prepared.question, prepared.history)
        if prepared.signs and prepared.signs.earlier:
            return question
        return with_crisis_terms(question, prepared.signs)

    def refusal_text(self, missing: Sequence[str] = ()) -> str:
        """The refusal, with what this knowledge base does cover (read from the index, not assumed).

        ``missing``: the places or programmes asked about that no document speaks of.
        """
        lexical = self.searcher.index.lexical
        skills = lexical.distinct("skill")
        regions = lexical.distinct("region")
        regions = [
            r for r in regions if not any(o != r and r.startswith(o) for o in regions)
        ]  # 北京市 covers its districts
        covered = []
        if skills:
            more = f"等 {len(skills)} 项" if len(skills) > REFUSAL_SKILLS else ""
            covered.append(f"志愿服务技能（{'、'.join(skills[:REFUSAL_SKILLS])}{more}）")
        if regions:
            covered.append(f"{'、'.join(regions[:8])}等地试点的案例和数据")
        titles = [] if covered else [d.title for d in lexical.documents()]
        if not covered and not titles:
            return f"{REFUSAL}\n\n知识库还是空的：请先在“知识库”页或用 `python -m ingest` 导入材料。"
        if titles:
            covered.append(
                "、".join(f"《{t}》" for t in titles[:5]) + (f"等 {len(titles)} 份材料" if len(titles) > 5 else "")
            )
        head = (
            f"知识库中没有关于{'、'.join(f'“{m}”' for m in missing)}的资料，无法回答这个问题。" if missing else REFUSAL
        )
        return f"{head}\n\nTandem 的知识库涵盖：{'；'.join(covered)}。可以换个说法再问，或直接联系你的联系社工。"

    @staticmethod
    def _finish(prepared: Prepared, text: str, mode: str, notice: str = "") -> Answer:
        return Answer(text, prepared.refused, prepared.sources, prepared.crisis, mode, notice, prepared.query)
