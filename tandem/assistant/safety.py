"""Crisis first: recognise crisis signs in a question and say who to call, before any answer.

Volunteers never handle these alone.  The check is deliberately broad (a false
alarm costs a glance; a miss can cost a life) and runs in every answer mode.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class CrisisAlert:
    """Which crisis signs were seen and what to do right now."""

    categories: tuple[str, ...]
    actions: tuple[str, ...]

    @property
    def text(self) -> str:
        lines = [f"⚠️ 可能涉及紧急情况（{'、'.join(self.categories)}）：先确保安全，立即求助，不要独自处理。"]
        lines.extend(f"- {action}" for action in self.actions)
        return "\n".join(lines)


_RULES: tuple[tuple[str, re.Pattern[str], str], ...] = (
    (
        "自伤或轻生",
        re.compile(
            r"自杀|轻生|寻死|不想活|活不下去|活着没意思|结束生命|自残|割腕|跳楼|跳河|吃药.{0,4}(死|走)|"
            r"用不着了|交代好了|后事|遗书|想不开|不想拖累"
        ),
        "有自伤或轻生风险：陪着他、不要留他一人；立即联系社工；有危险马上打 110 或 120；心理援助热线 12356",
    ),
    (
        "家庭暴力或虐待",
        re.compile(
            r"家暴|家庭暴力|打老婆|打孩子|虐待|别打了|被打|挨打|殴打|性侵|猥亵|"
            r"(儿子|女儿|老伴|丈夫|老公|妻子|媳妇|儿媳|女婿|孙子|家里人|家人)[^，。？！]{0,4}"
            r"(打了?[他她我]|动手)|身上[^，。？！]{0,4}(伤|淤青)"
        ),
        "疑似家庭暴力或虐待：不要独自介入或上门对质；正在发生时立即打 110；随后报告社工",
    ),
    (
        "急症或意外",
        re.compile(
            r"昏倒|晕倒|昏迷|倒地|摔倒.{0,6}(起不来|不动)|不省人事|抽搐|胸痛|喘不上气|呼吸困难|"
            r"中风|心脏病|大出血|落水|溺水|煤气|燃气[^，。？！]{0,6}(味|漏)|天然气[^，。？！]{0,6}(味|漏)|漏气|"
            r"一氧化碳|中毒|没有反应|叫不醒"
        ),
        "急症或意外：立即打 120（火情、燃气泄漏打 119，不要开关电器）；在安全的前提下等候并报告社工",
    ),
    (
        "暴力或人身威胁",
        re.compile(r"持刀|拿刀|动刀|砍人|打人|打起来|威胁要?(杀|砍|打)|行凶|报复社会|纵火"),
        "暴力或人身威胁：先离开现场保护自己，立即打 110，再报告社工",
    ),
)


def check_crisis(text: str) -> CrisisAlert | None:
    """A ``CrisisAlert`` when ``text`` shows crisis signs, else ``None``."""
    categories, actions = [], []
    for category, pattern, action in _RULES:
        if pattern.search(text):
            categories.append(category)
            actions.append(action)
    if not categories:
        return None
    actions.append("全国统一心理援助热线 12356；报警 110；急救 120；并第一时间联系你的联系社工")
    return CrisisAlert(tuple(categories), tuple(actions))
