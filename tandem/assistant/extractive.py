"""The no-LLM answer: a Chinese answer assembled from the retrieved passages, every line cited.

Shape: the most relevant sentence first (a figure asked for comes with its unit
and its place), then concrete steps, what not to do and when to hand over,
each taken from the passages' own sections (操作步骤, 常见误区, 何时转介社工 …)
and ending in its citation [n]. A module's quiz (小测验) is read as questions and
answers: an answer may lead when its question is the one asked.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace

from tandem.core.tokens import tokenize
from tandem.text.chunking import plain_sentence as clean
from tandem.text.chunking import split_sentences

MAX_STEPS = 6
MAX_AVOID = 2
MAX_ESCALATE = 2
MIN_ITEM_SCORE = 0.12
RANK_PRIOR = 0.2
SEMANTIC_WEIGHT = 1.0
ASKED_ALIKE = 0.7  # cosine with a quiz question (and its answer) above which it asks what was asked
Similarity = Callable[[str, list[str]], list[float]]
KEY_POINT_BONUS = 0.1
_FIGURE_QUESTION = re.compile(
    r"多少|(?<![好这那十哪])几[个位名支家项次期年类]|比例|降幅|百分之|%|人次|数量|规模|多长|多久|多大"
)
_PRINCIPLE_QUESTION = re.compile(r"原则|要点|要领|注意什么|注意哪些|要注意|关键是")
_DIGIT = re.compile(r"\d")
_ASKED_UNIT = re.compile(r"(?<![好这那十哪])几([位名支家项次期年类届批天岁])|多少([位名支家项次期年类届批天岁])")
FIGURE_BONUS = 0.35
# How a question asks, not what it asks about: as bigrams they would match headings like "敲门不应时怎么办".
# (能不能 / 可不可以 stay: their 不能 / 不可 is what a prohibition that answers them says.)
_ASKING = re.compile(
    r"(?:我|你|我们)?(?:应该|应当|该)?(?:怎么办|怎么做|怎样做|怎么|如何|怎样)|什么样|什么|哪些|哪个|"
    r"请问|[吗呢吧]"
)
_LIST_MARK = re.compile(r"^\s*(?:[-*+]|\d+[.)、]|[（(]?\d+[)）])\s*")
_STEP_SECTIONS = ("操作步骤", "核心要点", "话术示例", "可复制的做法", "社工做了什么", "志愿者做了什么", "练习")
_AVOID_SECTIONS = ("常见误区",)
_ESCALATE_SECTIONS = ("何时转介",)
_SITUATION_SECTIONS = ("适用情境",)  # when a skill applies: it echoes the question without answering it
_NOT_LEAD = ("avoid", "situation")
# "能收下吗？" "可以发朋友圈吗？": a question asking leave is answered by the rule, often a prohibition.
_MYTH = re.compile(r"^误区[一二三四五六七八九十\d]*[：:]\s*(.+)$")
_ASKS_LEAVE = re.compile(r"(?:可以|能|行|可|允许|要)[^，。？！]{0,12}吗|可不可以|能不能|行不行|要不要|是否可以")
# An example utterance (话术), not a statement of what to do: the sentence is a quotation (maybe after a
# "敲门时：" label), ending where the quote ends, or cut off inside it.  "“凉小鸭”志愿服务队……" is a statement.
_SAYING = re.compile(r"^(?:[^，。：“]{0,12}[：:])?“(?:[^”]*$|[^”]*”\s*(?:$|[。！？，,—（(]))")
_SKIPPED_SECTIONS = ("练习", "角色扮演", "相关技能模块")
_QUIZ_SECTION = "小测验"
_KEY_POINTS = "核心要点"
# Indexes built before options kept their own lines hold "……不配合答案：B。" run together.
_QUIZ_QUESTION = re.compile(r"(?:^|(?<=[\n。？！?!]))\s*\d+[.．、]\s*(?:单选|多选|判断|简答)题?[：:]\s*")
_QUIZ_ANSWER = re.compile(r"\s*答案[：:]\s*")
_QUIZ_KEY = re.compile(r"^([A-F](?:[、,，和]?[A-F])*)(?:[。.、，,：:；;）)]|\s|$)\s*")
_QUIZ_OPTION = re.compile(r"(?<![A-Za-z0-9])([A-F])[.．、]\s*")
_AVOID_START = re.compile(r"^(不要|别|切忌|避免|误区|不能|不可)")
_NOT_CONTENT = re.compile(r"^(单选|多选|简答|判断|答案|角色|场景|观察员|观察清单|问题\d|[A-D][.、．])|[？?]$")


@dataclass(frozen=True)
class Passage:
    """What the composer needs of a cited source."""

    n: int
    title: str
    heading: str
    text: str
    kind: str
    rank: int = 0  # retrieval rank (0 = best); expansions share their hit's rank


@dataclass(frozen=True)
class _Item:
    text: str
    n: int
    score: float
    role: str  # fact | step | avoid | escalate | situation | principle
    order: tuple[int, int]
    match: str = ""  # what the question is compared with, when more than the text (a quiz answer's question)
    overlap: float = 0.0  # share of the question's (weighted) words it holds


def quiz_answers(text: str) -> list[tuple[str, str]]:
    """``(question, answer)`` of each answered quiz question in a passage of a 小测验 section.

    A choice is answered by what its options say, then the reason: "答案：B。资源要经社工核实……"
    under "B. 填写资源卡交给社工" reads "填写资源卡交给社工。资源要经社工核实……". An answer
    whose question sits in the chunk before comes with an empty question.
    """
    starts = [m.start() for m in _QUIZ_QUESTION.finditer(text)]
    pairs: list[tuple[str, str]] = []
    for begin, end in zip([0, *starts], [*starts, len(text)], strict=True):
        block = text[begin:end]
        parts = _QUIZ_ANSWER.split(block, maxsplit=1)
        if len(parts) < 2 or not parts[1].strip():
            continue
        head = _QUIZ_QUESTION.match(parts[0])
        asked = parts[0][head.end() :] if head else parts[0]  # options only: the question is in the chunk before
        answer = " ".join(parts[1].split())
        marks = list(_QUIZ_OPTION.finditer(asked))
        ends = [m.start() for m in marks[1:]] + [len(asked)]
        options = {m.group(1): asked[m.end() : e].strip() for m, e in zip(marks, ends, strict=False)}
        question = " ".join((asked[: marks[0].start()] if marks else asked).split()) if head else ""
        key = _QUIZ_KEY.match(answer)
        if key:
            chosen = [options[k] for k in re.findall(r"[A-F]", key.group(1)) if options.get(k)]
            reason = answer[key.end() :]
            answer = "；".join(o.rstrip("。；; ") for o in chosen) + "。" + reason if chosen else reason
        pairs.append((question, answer))
    return pairs


def _weights(question: str) -> dict[str, float]:
    """The question's tokens, weighted by length; its asking words (怎么办, 什么, 吗 …) left out."""
    weights: dict[str, float] = {}
    for token in tokenize(_ASKING.sub("，", question)):
        weights[token] = max(weights.get(token, 0.0), min(len(token), 4) / 2)
    return weights


def _role(heading: str, text: str) -> str:
    if any(s in heading for s in _AVOID_SECTIONS) or _AVOID_START.match(text):
        return "avoid"
    if any(s in heading for s in _ESCALATE_SECTIONS):
        return "escalate"
    if any(s in heading for s in _SITUATION_SECTIONS):
        return "situation"
    if any(s in heading for s in _STEP_SECTIONS):
        return "step"
    return "fact"


def _items(question: str, passages: list[Passage]) -> list[_Item]:
    """Every usable sentence of the passages, scored against the question.

    Question words are weighted by how rare they are among the candidate sentences
    (the passages' own IDF): a word every passage shares (老人, 志愿者) says little
    about which sentence answers; the rare one the question turns on says much.
    """
    wants_figure = bool(_FIGURE_QUESTION.search(question))
    unit = _ASKED_UNIT.search(question)
    # "几期？" is answered by "第二期", in whatever numerals, not by "200余名"
    asked_unit = re.escape(unit.group(1) or unit.group(2)) if unit else ""
    number_with_unit = re.compile(f"[\\d〇一二两三四五六七八九十百千万]+[余多]?{asked_unit}") if unit else None
    wants_principles = bool(_PRINCIPLE_QUESTION.search(question))
    top_title = min(passages, key=lambda p: p.rank).title if passages else ""
    found: list[tuple[str, tuple[int, int], Passage, str, set[str], bool, str]] = []
    seen: set[str] = set()
    for position_in_pool, passage in enumerate(passages):
        if any(s in passage.heading for s in _SKIPPED_SECTIONS):
            continue
        if _QUIZ_SECTION in passage.heading:
            # A quiz is question and answer: the answer is the knowledge, matched by its question too.
            for position, (asked, answer) in enumerate(quiz_answers(passage.text)):
                text = clean(answer)
                if len(text) >= 6 and text not in seen:
                    seen.add(text)
                    found.append(
                        (
                            text,
                            (position_in_pool, position),
                            passage,
                            "fact",
                            set(tokenize(asked + text + passage.heading)),
                            False,
                            f"{asked}{text}",
                        )
                    )
            continue
        for position, raw in enumerate(split_sentences(passage.text)):
            text = clean(raw)
            if len(text) < 6 or text in seen or text.endswith(("：", ":")) or _NOT_CONTENT.search(text):
                continue
            seen.add(text)
            role = _role(passage.heading, text)
            list_item = bool(_LIST_MARK.match(raw))
            if wants_principles and list_item and _KEY_POINTS in passage.heading and passage.title == top_title:
                role = "principle"  # "基本原则是什么？" is answered by the best module's key points, in order
            found.append(
                (
                    text,
                    (position_in_pool, position),
                    passage,
                    role,
                    set(tokenize(text + passage.heading)),
                    list_item or _KEY_POINTS in passage.heading,
                    "",
                )
            )
    query = _weights(question)
    df = Counter(t for *_, tokens, _, _ in found for t in tokens if t in query)
    n = len(found) or 1
    query = {t: w * math.log(1 + n / (df[t] + 0.5)) for t, w in query.items()}
    total = sum(query.values()) or 1.0
    items: list[_Item] = []
    for text, order, passage, role, tokens, key_point, match in found:
        rank = passage.rank
        overlap = sum(w for t, w in query.items() if t in tokens) / total
        score = overlap * (1.0 - 0.07 * rank) + RANK_PRIOR / (1 + rank)
        if key_point:
            score += KEY_POINT_BONUS  # a list item's first sentence states its point
        if number_with_unit and number_with_unit.search(text):
            score += FIGURE_BONUS
        elif (
            wants_figure and overlap and _DIGIT.search(text)
        ):  # a number beside none of the words asked is not the one asked
            score += FIGURE_BONUS / 2 if number_with_unit else FIGURE_BONUS
        items.append(_Item(text, passage.n, score, role, order, match, overlap))
    return items


def compose(question: str, passages: list[Passage], similarity: Similarity | None = None) -> str:
    """The cited answer text for ``question`` from ``passages`` (already relevant).

    ``similarity(question, sentences)`` (cosine of sentence embeddings) lets a sentence that
    says the same thing in other words outrank one that merely shares words.
    """
    items = _items(question, passages)
    if not items:
        return ""
    asked_elsewhere: set[str] = set()
    if similarity is not None:
        cosines = similarity(question, [i.match or i.text for i in items])
        items = [replace(i, score=i.score + SEMANTIC_WEIGHT * c) for i, c in zip(items, cosines, strict=True)]
        # a quiz answer ("不能。……") answers its own question: it leads only when that is the question asked
        asked_elsewhere = {i.text for i, c in zip(items, cosines, strict=True) if i.match and c < ASKED_ALIKE}
    wants_figure = bool(_FIGURE_QUESTION.search(question))
    not_lead = ("situation",) if _ASKS_LEAVE.search(question) else _NOT_LEAD
    leads = [
        i
        for i in items
        if i.role == ("fact" if wants_figure else i.role)
        and i.role not in not_lead
        and not _SAYING.match(i.text)
        and i.text not in asked_elsewhere
    ]
    lead = max(leads or items, key=lambda i: i.score)
    used = {lead.text}
    myth = _MYTH.match(lead.text) if lead.role == "avoid" else None
    if myth:  # "误区三：借点钱给困难老人是好事。" alone states the myth: say so, and give the reason after it
        by_order = {i.order: i for i in items}
        reasons: list[_Item] = []
        for step in (1, 2):  # the sentences after it in its passage, up to the next myth
            following = by_order.get((lead.order[0], lead.order[1] + step))
            if following is None or _MYTH.match(following.text):
                break
            reasons.append(following)
        used.update(r.text for r in reasons)
        body = myth.group(1).rstrip("。；; ")
        lead = replace(lead, text=f"常见误区：“{body}”。{''.join(r.text for r in reasons)}")
    lines = [_lead_line(lead, passages)]

    def pick(role: str, limit: int, sharing_a_word: bool = False) -> list[_Item]:
        chosen = sorted(
            (
                i
                for i in items
                if i.role == role
                and i.text not in used
                and i.score >= MIN_ITEM_SCORE
                and (i.overlap > 0 or not sharing_a_word)
            ),
            key=lambda i: -i.score,
        )[:limit]
        used.update(i.text for i in chosen)
        return sorted(chosen, key=lambda i: i.order)

    principles = sorted((i for i in items if i.role == "principle" and i.text not in used), key=lambda i: i.order)
    if wants_figure:
        steps = pick("fact", 3, sharing_a_word=True)  # beside the figure: only facts about what was asked
        title = "**相关情况：**"
    elif principles:
        steps = principles[:MAX_STEPS]
        used.update(i.text for i in steps)
        title = "**要点：**"
    else:
        steps = pick("step", MAX_STEPS)
        steps = sorted(
            steps + pick("fact", max(2, MAX_STEPS - len(steps)) if len(steps) < 3 else 1), key=lambda i: i.order
        )
        title = "**具体做法：**"
    if steps:
        lines.append("\n" + title)
        lines.extend(f"{k}. {_cited(i)}" for k, i in enumerate(steps, 1))
    if wants_figure:  # "降了多少？" asks a figure: what not to do and when to hand over would be beside the point
        return "\n".join(lines)
    avoid = pick("avoid", MAX_AVOID)
    if avoid:
        lines.append("\n**注意不要：**")
        lines.extend(f"- {_cited(i)}" for i in avoid)
    escalate = pick("escalate", MAX_ESCALATE)
    if escalate:
        lines.append("\n**何时交给社工：**")
        lines.extend(f"- {_cited(i)}" for i in escalate)
    return "\n".join(lines)


def _lead_line(lead: _Item, passages: list[Passage]) -> str:
    passage = next(p for p in passages if p.n == lead.n)
    if passage.kind == "case":
        return f"据《{passage.title}》：{_cited(lead)}"
    return _cited(lead)


def _cited(item: _Item) -> str:
    text = item.text.rstrip().rstrip("；;，,")
    end = "" if text.endswith(("。", "！", "？", "；", "”", "）")) else "。"
    return f"{text}{end}[{item.n}]"
