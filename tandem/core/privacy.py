"""Masking personal details in what volunteers type, before anything is stored.

Volunteers describe residents' situations ("5号楼2单元301的王奶奶说不想活了", a phone
number, a child's name).  《个人信息保护法》 asks for the minimum necessary: the
question log keeps what the analytics need (the situation, the topic) and not who or
where.  :func:`mask_personal_details` replaces, in this order:

- long digit runs, classified by length and shape: ID card numbers (18 digits or 17 + X,
  a plausible birth date inside; 15-digit old ones), bank card numbers (16–19 digits),
  mainland mobiles (1[3-9] + 9 digits, ``+86`` allowed), landlines (area code 0xx(x),
  or 7–8 digits right after 电话/座机/号码);  spaces and hyphens between groups allowed;
- house addresses: a road + number (幸福路18号, 建设路56号院), buildings (5号楼, 3栋, 8幢),
  units (2单元) and rooms (301, 502室), in Arabic or Chinese numerals;
- names: family name + honorific (王奶奶, 马师傅, 曹女士), 老/小 + family name (老王, 小李),
  family name + given name (李秀兰, 冯军) when the family name starts a jieba word, the
  given name is made of common given-name characters and the whole is not an ordinary
  dictionary word (王府井, 高兴), and a name after 叫/名叫/姓名.

Each detail becomes a bracketed placeholder such as ``[手机号]``, so the masked question
still reads as a situation.  :func:`find_personal_details` returns the spans, for counts.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from tandem.core.tokens import cut_words, dictionary_frequencies

PLACEHOLDERS = {
    "id_card": "[身份证号]",
    "bank_card": "[银行卡号]",
    "mobile": "[手机号]",
    "landline": "[电话]",
    "address": "[地址]",
    "name": "[姓名]",
}
SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
    "姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤萧"
)
COMPOUND_SURNAMES = ("欧阳", "司马", "诸葛", "上官", "司徒", "东方", "皇甫", "慕容", "令狐", "端木", "公孙", "长孙")
# 老/小 + family name: only the most common names (小于, 小白, 老毛病, 小龙虾 stay words).
NICKNAME_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾田董袁潘蒋蔡杜魏"
HONORIFICS = (
    "老奶奶|老爷爷|老太太|老爷子|老大爷|奶奶|爷爷|大爷|大妈|大娘|大婶|阿姨|叔叔|伯伯|大伯|大叔|婆婆|阿婆|阿公|"
    "姥姥|姥爷|外婆|外公|老伯|老太|大姐|大哥|姐姐|哥哥|师傅|老师|女士|先生|同学|医生|护士|姐|哥"
)
# Characters common in given names (so 杨社区, 张家湾 are not names).
GIVEN_CHARS = set(
    "一丁万丽义乐云亚亮仁伟佳俊保信修倩健兰兴军冬凤凯刚利力勇华卫华博雨雪霞静青飞香馨鹏鸿龙婷娜娟娇婉媛嫣"
    "子孝宁宇宏宝宸家容富小少尧岚峰川巧帆平广庆康建彤彦影德志忠思怡恩悦慧成敏文斌新方旭昊明春昌晓晨晶智"
    "月朋杰林柏桂梅梓森楠欣正武毅民永江沛泉泽洁洋浩海涛涵淑清湘源满潇然燕爱玉玲珊珍琪琳瑞瑶璐生田甜盛睿"
    "硕秀秋立童筱紫红纯绍维美翔翠耀聪育胜腾良芝芬芳英茂茜荣莉莎菊萍蓉蕾薇虹诚诺豪贵越超轩辉达远连迪铭锋"
    "阳雅雯震霖露鑫颖风飘丹光兵凡函初勋南卿可启君坤城垚培增大天奇奕姗娅威娥嘉均坚夫存学安定宜宪宾峻崇巍"
    "帅希庭延弘强彩征德恒惠慈振捷敬旺昕星晗景晴朗杉树桐梁欢正殿汉沁波洪润涌渊滨潮灵炎烨焕熙燕琦琴瑜璇"
    "甫畅登白皓盈真督石磊祥福禄秦程稳章竹笑笛箐素红继绪罡翰耘聚舒航艳芸苗茹荷莹蔚蓝虎蝶言誉豫贤辰运进"
    "钊钢钧铁银锦长闻阁雄霄韬韵顺颂飒馥骏鹤麟黎"
)
_N = r"[0-9０-９一二三四五六七八九十零〇两百]+"
_D = r"[0-9０-９]+"
_UNIT_ROOM = rf"(?:{_N}单元)?(?:{_N}(?:室|号|户)?)?"  # …2单元301 / 502室
_ADDRESS = re.compile(
    "|".join(
        (
            rf"[\u4e00-\u9fff]{{1,6}}(?:路|街|大街|大道|巷|胡同|弄|里){_D}号(?:院)?(?:{_N}(?:号楼|栋|幢|座))?{_UNIT_ROOM}",
            rf"{_N}号楼{_UNIT_ROOM}",
            rf"{_D}(?:栋|幢|座){_UNIT_ROOM}",
            rf"{_N}单元{_N}(?:室|号|户)?",
            r"[0-9０-９]{3,4}室",
            rf"{_D}号院",
        )
    )
)
# Words that end the part before a road name ("住在建设路…" keeps 住在).
_ADDRESS_LEAD = re.compile(r"^.*(?:住在|家住|住址|地址|位于|门牌号|在|住|是|到|于|为|的|：|:)")
_NUMBER = re.compile(
    r"(?<![0-9A-Za-z])(?P<prefix>\+?86[ \-]?)?(?P<area>\(0\d{2,3}\)[ \-]?)?\d(?:[ \-]?\d)*(?P<x>[Xx])?(?![0-9A-Za-z])"
)
_PHONE_CONTEXT = re.compile(r"(?:电话|座机|号码|手机|联系方式|打|拨)[是为：:\s]*$")
_ID_DATE = re.compile(r"^\d{6}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])")
_HONORIFIC = re.compile(rf"(?:{'|'.join(COMPOUND_SURNAMES)}|[{SURNAMES}])(?:{HONORIFICS})")
_NICKNAME = re.compile(rf"(?<![老小])[老小][{NICKNAME_SURNAMES}](?![\u4e00-\u9fff]{{0,1}}(?:子|同|区|学|时))")
_CALLED = re.compile(
    rf"(?:名叫|叫做|名字是|名字叫|姓名[:：]?\s*|叫)(?P<name>[{SURNAMES}小阿][\u4e00-\u9fff]{{1,2}}?)"
    r"(?=[，。,.！!？?；;、\s]|$|说|的|是|今年)"
)


@dataclass(frozen=True)
class Detail:
    """One personal detail found in a text: its kind (a key of ``PLACEHOLDERS``) and span."""

    kind: str
    start: int
    end: int


def _classify_number(text: str, match: re.Match[str]) -> str | None:
    digits = re.sub(r"\D", "", match.group(0))
    if match.group("x"):
        return "id_card" if len(digits) == 17 else None
    if match.group("prefix") and len(digits) == 13 and digits.startswith("86"):
        digits = digits[2:]
    if match.group("area"):
        return "landline" if 10 <= len(digits) <= 12 else None
    if len(digits) == 18 and _ID_DATE.match(digits):
        return "id_card"
    if len(digits) == 15 and re.match(r"^\d{6}\d{2}(?:0[1-9]|1[0-2])", digits) and not digits.startswith("62"):
        return "id_card"
    if 16 <= len(digits) <= 19:
        return "bank_card"
    if len(digits) == 11 and re.match(r"^1[3-9]", digits):
        return "mobile"
    if 10 <= len(digits) <= 12 and digits.startswith("0"):
        return "landline"
    if 7 <= len(digits) <= 8 and _PHONE_CONTEXT.search(text[max(0, match.start() - 8) : match.start()]):
        return "landline"
    return None


def _token_starts(text: str) -> set[int]:
    starts, position = set(), 0
    for word in cut_words(text):
        starts.add(position)
        position += len(word)
    return starts


def _common_word(word: str) -> bool:
    return dictionary_frequencies()[0].get(word, 0) > 5


def _given_names(text: str, taken: list[Detail]) -> list[Detail]:
    """Family name + one or two given-name characters (see the module docstring)."""
    found: list[Detail] = []
    starts = _token_starts(text)
    i = 0
    while i < len(text):
        surname = next((c for c in COMPOUND_SURNAMES if text.startswith(c, i)), None) or (
            text[i] if text[i] in SURNAMES else None
        )
        if surname is None or i not in starts or any(d.start <= i < d.end for d in taken):
            i += 1
            continue
        j = i + len(surname)
        given = 0
        while given < 2 and j + given < len(text) and text[j + given] in GIVEN_CHARS:
            given += 1
        # 2 given-name characters when both qualify, else 1; never an ordinary dictionary word
        for length in range(given, 0, -1):
            word = text[i : j + length]
            if not _common_word(word):
                found.append(Detail("name", i, j + length))
                i = j + length
                break
        else:
            i += 1
    return found


def find_personal_details(text: str) -> list[Detail]:
    """Every personal detail in ``text``, non-overlapping, in order."""
    details: list[Detail] = []

    def free(start: int, end: int) -> bool:
        return not any(d.start < end and start < d.end for d in details)

    for match in _NUMBER.finditer(text):
        kind = _classify_number(text, match)
        if kind:
            details.append(Detail(kind, match.start(), match.end()))
    for match in _ADDRESS.finditer(text):
        start = match.start()
        lead = _ADDRESS_LEAD.match(match.group(0))
        if lead and lead.end() < len(match.group(0)) and not re.match(_N, match.group(0)):
            start += lead.end()
        if free(start, match.end()):
            details.append(Detail("address", start, match.end()))
    starts = _token_starts(text)
    for pattern in (_HONORIFIC, _NICKNAME):
        for match in pattern.finditer(text):
            if match.start() in starts and free(match.start(), match.end()):
                details.append(Detail("name", match.start(), match.end()))
    for match in _CALLED.finditer(text):
        if free(match.start("name"), match.end("name")):
            details.append(Detail("name", match.start("name"), match.end("name")))
    details += [d for d in _given_names(text, details) if free(d.start, d.end)]
    return sorted(details, key=lambda d: d.start)


def mask_personal_details(text: str) -> str:
    """``text`` with every personal detail replaced by its placeholder (``[手机号]``, ``[姓名]`` …)."""
    if not text:
        return text
    out, position = [], 0
    for detail in find_personal_details(text):
        out.append(text[position : detail.start])
        out.append(PLACEHOLDERS[detail.kind])
        position = detail.end
    out.append(text[position:])
    return "".join(out)


def count_personal_details(text: str) -> Counter[str]:
    """How many details of each kind ``text`` holds."""
    return Counter(d.kind for d in find_personal_details(text))
