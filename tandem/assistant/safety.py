"""Crisis first: recognise crisis signs in a question and say who to call, before any answer.

Volunteers never handle these alone.  The check is deliberately broad (a false
alarm costs a glance; a miss can cost a life) and runs in every answer mode.  It
reads everyday wording ("说不出话也咳不出来", "电动车充电冒烟", "认知症的爷爷找不到了").

A conversation in crisis stays in crisis: ``conversation_crisis`` reads the
earlier questions of the chat as well as the new one, so the box stays on every
later answer until the chat is cleared.  It needs nothing but that list of
questions, so the Ask page, the CLI (``--history``) and the API share it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

# A clause: signs are looked for within one, not across sentences.
_C = r"[^，。？！；,.?!;]"


@dataclass(frozen=True)
class CrisisAlert:
    """Which crisis signs were seen and what to do right now."""

    categories: tuple[str, ...]
    actions: tuple[str, ...]
    earlier: bool = False  # the signs were seen in an earlier question of the conversation

    @property
    def text(self) -> str:
        head = f"⚠️ 可能涉及紧急情况（{'、'.join(self.categories)}）：先确保安全，立即求助，不要独自处理。"
        if self.earlier:
            head = f"⚠️ 这次对话涉及紧急情况（{'、'.join(self.categories)}）：先确保安全，立即求助，不要独自处理。"
        return "\n".join([head, *(f"- {action}" for action in self.actions)])

    def as_json(self) -> dict[str, object]:
        return {"categories": list(self.categories), "actions": list(self.actions), "earlier": self.earlier}


_RULES: tuple[tuple[str, re.Pattern[str], str], ...] = (
    (
        "自伤或轻生",
        re.compile(
            r"自杀|轻生|寻死|不想活|活不下去|活着没意思|活着没劲|结束生命|自残|割腕|跳楼|跳河|吃药.{0,4}(死|走)|"
            r"用不着了|交代好了|交代给了?|后事|遗书|想不开|不想拖累|一了百了|"
            r"(跟着?|随)[他她]?(一起)?去了?(?![^，。？！]{0,3}(买|看|玩|做|参加))|我也该走了"
        ),
        "有自伤或轻生风险：不要留他一人；已经受伤或已经服药，马上打 120，同时打 110；有具体计划、手边有药物或工具，打 110；"
        "马上告诉社工；没有眼前危险时，可陪他拨打心理援助热线 12356（倾诉支持，不是急救电话）",
    ),
    (
        "家庭暴力或虐待",
        re.compile(
            r"家暴|家庭暴力|打老婆|打孩子|虐待|别打了|被打|挨打|殴打|性侵|猥亵|"
            rf"(儿子|女儿|老伴|丈夫|老公|妻子|媳妇|儿媳|女婿|孙子|家里人|家人|爸爸|妈妈|父母|大人){_C}{{0,4}}"
            rf"(打了?[他她我]|动手)|身上{_C}{{0,4}}(伤|淤青)|动手动脚"
        ),
        "疑似家庭暴力或虐待：不要独自介入或上门对质；正在发生时立即打 110；马上告诉社工。涉及儿童的，一律告诉社工依法报告"
        "（联系不上社工就打 110），不反复询问孩子、不惊动照顾者",
    ),
    (
        "噎住或窒息",
        re.compile(
            rf"噎住|噎着|噎到|被噎|卡住?了?{_C}{{0,2}}(喉咙|嗓子|气管)|卡在{_C}{{0,2}}(喉咙|嗓子)|"
            rf"咳不出|窒息|掐着脖子|(说不出话|喘不上来){_C}{{0,6}}(咳|卡|噎)|"
            rf"(吃|喝){_C}{{0,6}}卡住|卡住了?.{{0,3}}说不出话|憋得(通红|发紫)"
        ),
        "噎住：能咳就鼓励用力咳；说不出话、咳不出来时马上用海姆立克法（站到身后，拳头放在肚脐上方，快速向内向上冲击），"
        "同时请人打 120；倒地没有反应就改做胸外按压",
    ),
    (
        "心跳呼吸骤停",
        re.compile(
            rf"没(有)?了?呼吸|不喘气|没气了|停止呼吸|呼吸停|心跳{_C}{{0,3}}(停|没)|没(有)?了?心跳|心脏骤停|"
            rf"没(有)?脉搏|叫不醒|(?<!门)没有?反应|不省人事|突然倒地|倒地{_C}{{0,6}}(不动|不起)"
        ),
        "没有反应、没有正常呼吸：立即打 120，开免提按调度员的口令做胸外按压，任何在场的人都可以做；请人取最近的 AED",
    ),
    (
        "急症或意外",
        re.compile(
            r"昏倒|晕倒|昏迷|摔倒.{0,6}(起不来|不动)|抽搐|胸痛|胸口疼|喘不上气|呼吸困难|中风|嘴歪|"
            r"心脏病|大出血|血流不止|流了很多血|流血不止|血.{0,4}(止不住|往外(流|冒|涌|喷)|流个?不停|直流)|触电|休克|一氧化碳|中毒|煤气|倒地|烫伤|烧伤|烫了|被开水|中暑|"
            r"(煤炉|炉子|炭火|烧炭|蜂窝煤).{0,12}(头疼|头痛|头晕|犯困|恶心)|停电.{0,12}(制氧机|呼吸机)|"
            rf"(燃气|天然气){_C}{{0,6}}(味|漏)|漏气"
        ),
        "急症或意外：立即打 120，按调度员说的做，不喂水、不喂食、不给药；燃气泄漏先离开，不按门铃、不开关电器、"
        "不在现场打电话，到楼外再打 119 和燃气抢修电话；随后报告社工",
    ),
    (
        "火情",
        re.compile(
            rf"起火|着火|着了火|着完火|失火|火灾|火警|冒烟|冒黑烟|烧起来|浓烟|火苗|(充电|电瓶|电池){_C}{{0,6}}(爆|炸|烧)"
        ),
        "火情：立即喊人撤离，打 119；弯腰捂口鼻沿楼梯走，不要乘电梯，不要返回取东西；随后报告社工",
    ),
    (
        "落水",
        re.compile(rf"落水|溺水|掉进{_C}{{0,3}}(河|湖|水|塘|池|井)|掉到?水里|被水冲走|沉下去"),
        "有人落水：大声呼救，打 119、120 和 110；在岸上抛救生圈、递竹竿或绳子，不跳水、不手拉手下水；随后报告社工",
    ),
    (
        "老人或孩子走失",
        re.compile(
            r"走失|走丢|失联|(老人|爷爷|奶奶|大爷|大妈|阿姨|叔叔|老太太|老爷子|孩子|小孩|认知症|失智|痴呆)"
            r".{0,14}(找不[到着]了|找不[到着][他她人]|找不到回家|不见了|没回家|没回来|联系不上)"
        ),
        "有人走失：立即打 110 报警（不必等 24 小时），通知家属和社工；提供照片、衣着和最后出现的地点",
    ),
    (
        "被困",
        re.compile(rf"被困|困在|困着|困住|关在电梯|电梯{_C}{{0,8}}(困|卡住|卡在|关住|出不来)|出不来了"),
        "有人被困电梯：隔着门安抚他别扒门、别乱动；按电梯警铃或拨打电梯里张贴的应急救援电话（很多地方是 96333），"
        "联系不上打 119；谁都不撬门、不扒门；随后报告社工",
    ),
    (
        "暴力或人身威胁",
        re.compile(r"持刀|拿刀|动刀|砍人|打人|打起来|威胁要?(杀|砍|打)|行凶|报复社会|纵火"),
        "暴力或人身威胁：先离开现场保护自己，立即打 110，再报告社工",
    ),
)
_ALWAYS = "报警 110；急救 120；火警 119；心理援助热线 12356（没有眼前危险时的倾诉）；并第一时间联系你的对接社工"


def check_crisis(text: str) -> CrisisAlert | None:
    """A ``CrisisAlert`` when ``text`` shows crisis signs, else ``None``."""
    categories = [category for category, pattern, _ in _RULES if pattern.search(text)]
    return _alert(categories) if categories else None


def conversation_crisis(question: str, history: Sequence[str] = ()) -> CrisisAlert | None:
    """The crisis signs of ``question`` and of every earlier question of the conversation (oldest first).

    Once one turn shows a sign, every later answer carries the box: "那如果她不让我告诉别人呢？"
    after "她说活着没意思" is still about a person at risk.
    """
    now = check_crisis(question)
    seen = list(now.categories) if now else []
    for earlier in history:
        alert = check_crisis(earlier)
        seen.extend(c for c in (alert.categories if alert else ()) if c not in seen)
    if not seen:
        return None
    alert = _alert(seen)
    return alert if now else CrisisAlert(alert.categories, alert.actions, earlier=True)


def _alert(categories: Sequence[str]) -> CrisisAlert:
    order = [c for c, _, _ in _RULES]
    chosen = sorted(set(categories), key=order.index)
    actions = [action for category, _, action in _RULES if category in chosen]
    return CrisisAlert(tuple(chosen), (*actions, _ALWAYS))
