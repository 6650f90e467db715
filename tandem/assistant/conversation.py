"""Follow-up questions: "那如果他不开门呢？" becomes a question that stands on its own.

With a chat model the question is rewritten from the conversation; without one,
the previous question's key terms are carried over when the new one leans on it.
A follow-up leans on the conversation by how it starts (那, 要是, 他……), how it ends
(……呢？), its length, or a word pointing back anywhere in it: 他 / 她 / 它, 这 / 那
("物业说叫开锁师傅撬开得了，俺们能这么干不？", "她硬塞我兜里了，这咋弄？").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tandem.assistant.extractive import COUNT_UNITS, MONEY_UNITS
from tandem.assistant.focus import asker_from, names
from tandem.core.tokens import STOPWORDS, cut_words, tagged_words

_LEANS_ON_CONTEXT = re.compile(
    r"^(那|那么|那如果|如果|要是|还有|另外|然后|他|她|它|他们|这|这个|那个|这种|那种|对方)|呢[？?]?$|[他她它这那]"
)
SHORT_QUESTION = 12
# Terms carried over: the previous question's subject and situation.  On the first blind follow-ups
# (tests/data/eval/followups) 4 found the document that answers for 0.79 of the answer lines, 6 for 0.90, 8 for 0.92.
CARRIED = 8


def is_follow_up(question: str) -> bool:
    """Does ``question`` lean on the previous one (its start, “…呢？”, a word pointing back, or very short)?"""
    stripped = question.strip()
    return bool(_LEANS_ON_CONTEXT.search(stripped)) or len(stripped) <= SHORT_QUESTION


def key_terms(question: str, limit: int = 6, from_the_end: bool = False) -> list[str]:
    """Content words of a question (jieba words of 2+ characters, no stop words); ``from_the_end``: the last ones, where
    a long story says what it asks ("……她问我能不能先借她五千，我该怎么回她")."""
    found = [w for w in cut_words(question) if len(w) >= 2 and w not in STOPWORDS and not w.isdigit()]
    ordered = list(dict.fromkeys(reversed(found) if from_the_end else found))
    return ordered[:limit]


def carry_over(question: str, history: Sequence[str], leaning: bool = False, from_the_end: bool = False) -> str:
    """Without an LLM: prefix the previous question's names and key terms to a follow-up.

    The names it turns on come whole ("“凉小鸭”现在有多少注册志愿者？" → "服务时长呢？" is about 凉小鸭,
    which jieba would cut); a follow-up that names a place of its own has changed the subject to it
    ("那另一个社区呢？民族巷那个直播间……"): the previous names stay behind, what was asked comes along.
    ``leaning``: the question leans on the conversation though nothing in it says so; ``from_the_end``: the terms
    each earlier question ends with, where it says what it asks, rather than its opening's setting.
    """
    if not history or not (leaning or is_follow_up(question)):
        return question
    previous = history[-1]
    before = names(previous)
    # the previous question's terms first, then earlier ones while there is room ("她还求我千万别跟任何人说"
    # says little without "小姑娘……妈妈的男朋友老让她保密")
    terms = list(dict.fromkeys(t for earlier in reversed(history) for t in key_terms(earlier, CARRIED, from_the_end)))[
        :CARRIED
    ]
    # (not where the asker comes from: "我是韩国来的留学生" asks nothing of 韩国)
    origins = {place for earlier in history for place in asker_from(earlier)}
    terms = [t for t in terms if not any(t in name for name in before) and t not in origins]
    carried = terms if names(question) else [*before, *terms]
    missing = [t for t in dict.fromkeys(carried) if t not in question]
    return f"{' '.join(missing)} {question}".strip() if missing else question


# "那志愿者呢？" after "泊水街道有几个持证社工？": only what changes is said; the way of asking is the previous one's
_ELLIPTICAL = re.compile(r"^(?:那|那么|那如果|如果|要是|还有)?(.{1,12}?)(?:的)?呢[？?]?$")
_WAY_OF_ASKING = re.compile(
    rf"多少(?:{COUNT_UNITS}|{MONEY_UNITS})?|几(?:{COUNT_UNITS}|个)|怎么办|怎么做|怎样做|如何|怎么|哪些|哪几|哪个|哪家|什么|谁|是否"
)


def asked_as_before(question: str, history: Sequence[str]) -> str:
    """A follow-up that names only what changes, asked as the previous question was: a place for its place
    ("那柳岸社区呢？" after "滨河社区一年服务了多少小时？" → "柳岸社区一年服务了多少小时？"), anything else with
    the previous way of asking ("那志愿者呢？" → "志愿者多少？"): a figure is answered by a figure."""
    if not history:
        return question
    said = _ELLIPTICAL.match(question.strip())
    previous = history[-1]
    ways = _WAY_OF_ASKING.findall(previous)
    if not said or not ways or _WAY_OF_ASKING.search(said.group(1)) or not _names_a_thing(said.group(1)):
        return question
    changed, before = names(said.group(1)), names(previous)
    if changed and before:
        return previous.replace(before[0], said.group(1), 1)
    return f"{said.group(1)}{''.join(dict.fromkeys(ways))}？"


def _names_a_thing(words: str) -> bool:
    """Whether ``words`` only name a thing or a place (nouns, numerals), not a new situation ("她不让我告诉别人");
    a single character jieba leaves alone may begin a name it does not know (望|城区)."""
    return all(
        flag[:1] in ("n", "m", "q", "j") or flag == "vn" or word == "的" or (len(word) == 1 and word not in _NOT_NAME)
        for word, flag in tagged_words(words)
    )


_NOT_NAME = frozenset("他她它我你您不没别要想会能")


# A follow-up that asks for the answer before it again, in another form: shorter, simpler, once more, in a sentence
# (not "记不住": "她老记不住支付密码" is the resident's)
_RESTATE = re.compile(
    r"(?:说|讲|写)?得?太(?:长|多|复杂|啰嗦)了?|简单(?:点|些|一点|说)|简短(?:点|些|一点)|说短(?:点|些)|(?:再|重新)(?:说|讲)一(?:遍|次)"
    r"|总结一下|概括一下|一句话(?:说|概括|总结)|说重点|(?:挑|说|讲)(?:几条|几句)?(?:要紧|重要|关键)的"
)
RESTATED_MAX = 40  # characters of a follow-up that only asks for the answer again; a longer one asks more
# ... or asks only what to do, naming nothing ("那咋办", "现在该怎么办啊？"): the situation before is what it asks about
_ONLY_WHAT_TO_DO = re.compile(
    r"^(?:那|那么|那我|那现在|现在|这|这下|这可|那这|那咱|咱|我)?们?(?:该|应该|要|得)?"
    r"(?:咋办|怎么办|咋整|咋弄|怎么弄|怎么做|咋做|如何是好|怎么处理|咋处理|咋个办|怎么搞|咋搞)"
    r"(?:呢|啊|呀|嘞|哇|捏|哦|咧)?[？?！!。…\s]*$"
)


def restated(question: str, history: Sequence[str]) -> str:
    """A follow-up that asks for the answer before it again in another form ("你说得太长了……简单点，就说几条要紧的")
    is that earlier question asked again: it holds nothing of what to do, and read with its own words it finds what
    they happen to name (站岗; "太长了" a complaint, answered by the calming module).  So is one that asks only what to do
    ("那咋办" after a girl's bruises: read alone, the crisis terms found the adult-abuse line and no steps)."""
    if not history or len(question) > RESTATED_MAX:
        return question
    if not _RESTATE.search(question) and not _ONLY_WHAT_TO_DO.match(question.strip()):
        return question
    return history[-1]


# An aside a message asks by the way ("顺便问下……", "另外问的时候……", "对了，……"), after its main question: to the end
# of its sentence
# (not an act: "我能不能顺便问问他爸这到底是怎么回事？")
_ASIDE = re.compile(
    r"(?:顺便|顺带|另外|再)(?:想|要)?问(?:一?下|一句|(?![问他她它你您我大爸妈爷奶叔姨阿哥姐]))|(?:顺便|顺带|另外)[，,]|(?<=[。？！?!])\s*另外|还有(?:个|一个)(?:事|问题)"
    r"|对了[，,]"
)
ASIDE_AFTER = 10  # characters of the main question before an aside at least (one that opens the message is all it asks)


def without_aside(question: str) -> str:
    """``question`` without the aside it asks by the way after its main question: "……这样分开进屋行吧？另外问的时候
    表格用纸的还是手机拍？" asks about going in alone, and the answer leads with that.  What follows the aside's
    sentence stays ("……另外想问下急救箱里的药过期了该找谁？主要是抹牙膏到底对不对？")."""
    aside = _ASIDE.search(question, ASIDE_AFTER)
    if aside is None:
        return question
    end = re.search(r"[。？！?!]", question[aside.end() :])
    rest = question[aside.end() + end.end() :] if end else ""
    return (question[: aside.start()] + rest).strip() or question
