"""The names a question turns on: a place, community or programme ("浙江省", "八棵杨社区", "“心屿计划”").

A leader's index holds reports on many places.  "浙江省有多少个社区参加试点？" must be
answered from what is said about 浙江省, never with another place's figure from a
better-ranked passage.  Names are found by part of speech (jieba: ns place names),
by the words that end a name of an organisation or programme (…社区, …街道, …计划),
and by quotation marks; nothing here names our own documents.
"""

from __future__ import annotations

import itertools
import re

from tandem.core.tokens import cut_words, dictionary_words, tagged_words, word_frequency

# Words that close a name: a place (省 市 区 县 …), a unit of the community, a programme.
_PLACE_UNITS = "省|市|区|县|州|旗|镇|乡|村|街道|林场|社区|小区|花园"  # (a state forest farm: a township of its own)
_PLACE_END = re.compile(rf"(?:{_PLACE_UNITS})$")
_PLACE_UNIT_WORD = re.compile(rf"^(?:{_PLACE_UNITS})$")
_ONE_CHARACTER_UNITS = frozenset("省市区县州旗镇乡村")
_UNIT_OPENS = re.compile(r"^(社区|街道|小区)(?=.)")
_SCHOOLS = "小学|中学|学校|幼儿园"
# a school is named by a place, a name or a number (红星小学, 第三中学), not by whose it is (孙子学校, 孩子幼儿园)
_SCHOOL_END = re.compile(rf"(?:{_SCHOOLS})$")
_SCHOOL_NAMED_BY = frozenset({"ns", "nz", "nr", "nrt", "nt", "m", "j"})
# relatives a story tells of ("孙子学校" is a grandson's school; "在深圳上班的孙子" where he works); 孙子 is tagged nr
_KIN = frozenset(
    [
        "孙子",
        "孙女",
        "外孙",
        "外孙女",
        "儿子",
        "女儿",
        "闺女",
        "孩子",
        "侄子",
        "侄女",
        "子女",
        "儿女",
        "老伴",
        "女婿",
        "儿媳",
    ]
)
_NAME_END = re.compile(
    rf"({_PLACE_UNITS}|计划|项目|工程|行动|服务队|志愿队|工作站|社工站|服务站|中心|夜校|学堂|课堂|{_SCHOOLS})$"
)
# A school called by its number, as people do (二中, 十一中: the second, the eleventh middle school)
_SCHOOL_BY_NUMBER = re.compile(r"^[一二三四五六七八九十]{1,3}[中小]$")
# Parts of speech a name is built of (nouns and noun morphemes: 民族|巷, place and person names, numerals like 第三,
# abbreviations, words of position: 城北, 江岸, 河西).
# zg, g: a rare morpheme (湾 of 樟树|湾|社区, 茶垭 of 茶垭|村)
_NAME_PART = re.compile(r"^(n|ns|nr|nrt|nz|nt|ng|zg|g|j|m|eng|a|s|f)$")
# 十二点, 三天, 十五号: a numeral of time is no part of a name (八棵杨, 第三 are)
_TIME = re.compile(r"[点时分秒天周月年岁号]$")
_SOMEONES_HOME = re.compile(r"^[我你他她俺咱妈爸姥奶爷舅姨姑婆叔伯哥姐弟妹]+家")
_TIME_OF_DAY = re.compile(
    r"今天|明天|昨天|前天|后天|今晚|昨晚|上午|下午|晚上|早上|中午|凌晨|傍晚|夜里|刚才|时候|那会儿?|当时|期间"
)  # (时候: "回访的时候槐香社区……")
_SEVERAL = r"(?:[2-9]|\d{2,}|[一二两三四五六七八九十百]*[两三四五六七八九十百][一二两三四五六七八九十百]*)"
# A count of places is in no name: "梧桐街道三个试点社区" names 梧桐街道
_COUNT = re.compile(r"[\d一二两三四五六七八九十百几]+[个句下次回些声眼]")  # (a count, or "提一句": no name part)
_QUOTED = re.compile(r"[“\"「『]([^”\"」』]{2,16})[”\"」』]")
COMMON_WORD_FREQUENCY = 100  # in jieba's dictionary (of 60 million): 哥哥 4323, 警察 1677; 夜校 58, 一针一线 25
_MARKS = re.compile(r"[“”\"「」『』《》]")
_GENERIC = re.compile(
    r"^(本|这个|那个|一个|另一个|另外|某个|我们|你们|他们|各|每个|所在|当地|试点|融合试点|全国|全省|全市|城市|农村|城中村|多少|几|哪|什么"
    r"|[一二两三四五六七八九十\d]+个"  # a count of places is none of them: "三个镇（街道）"
    r"|社区(?:卫生|服务|党群|活动|医院|养老|居委|日间)"  # a facility every community has: "去社区卫生服务站导诊"
    # ... named without 社区 ("推轮椅下党群服务中心门口那个大陡坡")
    r"|党群服务|便民服务|新时代文明实践|卫生服务|日间照料)"
)
# A garden named by where it lies or who it is for is a garden, not a place called 花园 ("在小区中心花园排练", "楼下的
# 儿童花园"); "海特花园" is one
# ... and so is an area named by what it is for ("城郊风电场宿舍区有个大姐": a wind farm's dormitories, not a district
# called 宿舍区)
_AREA_OF_A_KIND = re.compile(r"(?:宿舍|生活|办公|家属|住宅|施工|休息|候车|等候)区$")
_GARDEN_IN_GENERAL = re.compile(r"^(?:中心|街心|屋顶|楼顶|空中|公共|共享|口袋|儿童|后|前|小|大)花园$")
# Quoted speech is not a name: "“我什么都不需要”", "“别打了”".
_SPEECH = re.compile(r"[我你您他她咱了吗呢吧啊，。！？、,.!?\s]")
# ... nor is a saying quoted with a particle, a "not" or a question word ("“还好没泡到卧室”", "“今儿礼拜几”",
# "“养个儿子有啥用”", "“至少刘哥每个月都往家打钱呀”"): words said, no programme's name
_SAID = re.compile(r"[没呀嘛啦呗哦哟啥咋]|什么|几$")
_FORBIDDING = ("别", "不要", "甭", "莫", "不准", "不许", "不必")
_PROPER_NAME_FLAGS = frozenset({"nr", "nrt", "nz", "nt"})  # a person's, another proper name, an organisation's
_ASPECT = frozenset({"ul", "uz", "ug"})  # 了, 着, 过
# A floor or a building's number is an address within any community, no place a document speaks of (六楼, 3号楼).
_ADDRESS = re.compile(r"^[\d一二三四五六七八九十两百零]+号?(?:楼|层|栋|幢|单元|室)$")
# One character before a place unit is a word about a place, not its name ("画社区" is drawing one, 新社区, 大社区);
# a programme may have a one-character name (禾计划).
_ONE_CHARACTER_PLACE = re.compile(rf"^.(?:{_PLACE_UNITS})$")
# Words jieba's dictionary tags as places that are everyday words first.
# (collected from the words rjieba tags ns in the knowledge, the evaluation questions and reports: 满意度 was a
# place the documents about 浔东区 "spoke of", so a figure on it had no support beyond the names)
_EVERYDAY_WORDS_TAGGED_AS_PLACES = (
    "东西 上门 东北 中心 南北 内外 上下 前后 左右 满意度 福利 下坡 陡坡 城市 城镇 中风 礼拜 太阳 深度 河里 喝口水 扎根 "
    "中断 白跑 太大 太多 新鲜 挪作他用 入口 挪车 挪远 镇里 镇村 各乡镇 午休 满头大汗 无汗 治安 拉闸 沿河 河畔 江畔 深水 "
    "下河 满口 开春 大伯 太极 池塘 吉他 天冷 刚跑 台风 锦旗 上楼 太高兴 顺嘴 哥哥 立马 美丽 英雄 爱国 上市 江湖 大街 山区 "
    "阿伯 阿婆 阿公 阿叔 阿嬷 回港 返港 归港 出港 进港 离港 到港 中考 重阳 高原 平原 盐湖 海岛 "
    # (twenty-ninth stop) going up the mountain; a pasture's township (苏木) or village (嘎查) said alone, as 镇上 is
    "上山 下山 苏木 嘎查 "
    # (thirty-first stop) 安宁 of hospice care (安宁疗护, 安宁病房), not the city in Yunnan (安宁市 stays one)
    "安宁 "
    # (thirty-sixth stop) in a shop, in a hall ("裁缝铺里的沈阿婆")
    "铺里 馆里 "
    # (followup52, heldout58) nightfall ("天天待到天黑才走"), newly added ("一个新加的“儿子”": jieba's 新加 of 新加坡)
    "天黑 新加 "
    # (followup59) day care ("日托另外几个老人都吓坏了": 长者日托, a service)
    "日托"
)
_NOT_PLACES = frozenset(_EVERYDAY_WORDS_TAGGED_AS_PLACES.split())
_DIRECTIONS = frozenset("上下东西南北前后中")
_DOUBLED_UNIT = re.compile(r"([村镇乡县屯寨庄])\1$")
# ... and any word of two made of a water or the land in general ("河水涨了不少", 江边, 湖水): a proper name holds a
# character of its own (黄河, 西湖, 海口)
_NATURE_IN_GENERAL = re.compile(r"^[小大]?[河水江湖海山塘池沟渠边岸坡]{2}$")  # (heldout58: 小河沟, "村边小河沟")
# ... and "all over" a room or a town, said of what is done there ("夜里不睡觉满屋翻东西", "满城找孩子"), no name
_ALL_OVER = re.compile(r"[满遍全]\w$")
# ... and in a unit of places in general, "in the village" ("我去看屯里一个独居老爷子": rjieba tags 屯里 ns)
_IN_A_UNIT = re.compile(r"^[屯村寨乡镇县市区庄堡组院街]里$")
# a word said twice over, AABB, is a manner, never a place ("她高高兴兴跟我说": rjieba tags 高高兴兴 ns)
_REDOUBLED = re.compile(r"^(\w)\1(\w)\2$")
# Units named in general, closing no one place's name: "湖南乡镇社工站" speaks of townships, not of a town
_UNITS_IN_GENERAL = frozenset({"乡镇", "村镇", "城镇", "街镇", "镇村", "城乡", "辖区"})
# ... nor do everyday words that end in a unit's character: "发到业主群同老乡群里" (a fellow villager), 家乡, 回乡
_EVERYDAY_WORDS_ENDING_IN_A_UNIT = frozenset({"老乡", "同乡", "家乡", "故乡", "下乡", "回乡", "返乡", "异乡", "他乡"})
# Positions told from where the speaker stands (jieba's s, like 城北): "隔壁海晖街道" names 海晖街道
_POSITIONS_FROM_THE_SPEAKER = (
    "隔壁 附近 对面 旁边 外面 里面 楼下 楼上 周边 身边 周围 门口 跟前 边上 这边 那边 当地 本地 外地 家里 村里 镇上 城里 乡下 "
    "上面 下面 前面 后面 中间 东边 西边 南边 北边 街上 路上 街边 路边 半路上"
)
_RELATIVE_POSITIONS = frozenset(_POSITIONS_FROM_THE_SPEAKER.split())
_ASKING = frozenset({"问下", "问问", "请问", "问一下", "打听", "打听下", "咨询"})
# jieba's 表里, 文中, 图上, 法里: in the table, the text, the chart, a method ("五步走访法里的第几步")
_IN_THE_DOCUMENT = re.compile(r"^[表图文法][里中上内]$")


def names(question: str) -> list[str]:
    """Names of places, communities and programmes in ``question``, longest first, without repeats."""
    found: list[str] = [
        m.group(1)
        for m in _QUOTED.finditer(question)
        if not _SPEECH.search(m.group(1))
        and not _SAID.search(m.group(1))
        and not _common(m.group(1))
        and not _a_manner_of_doing(m.group(1))
    ]
    words = _unit_apart(tagged_words(question))
    for i, (word, flag) in enumerate(words):
        if (
            flag == "ns"
            and len(word) >= 2
            and word not in _NOT_PLACES
            and not _NATURE_IN_GENERAL.match(word)
            and not _ALL_OVER.match(word)
            and not _IN_A_UNIT.match(word)
            and not _REDOUBLED.match(word)
            and not _ADDRESS.match(word)
            and not _IN_THE_DOCUMENT.match(word)
            and not _acts(words, i)
            # a pronoun's 那/这 before what it points at ("我那大孙子": jieba's 那大 is a town in Hainan)
            and not (word[0] in "这那" and i > 0 and words[i - 1][1] == "r")
        ):
            found.append(word)
        if _SCHOOL_BY_NUMBER.match(word):
            found.append(word)
        opening = _UNIT_OPENS.match(word)  # jieba's 社区服务 in "月塘社区服务了多少户": the name closes inside it
        if (
            (not _NAME_END.search(word) and not opening)
            or word in _UNITS_IN_GENERAL
            or word in _EVERYDAY_WORDS_ENDING_IN_A_UNIT
        ):
            continue
        if len(word) >= 2 and word.endswith("市") and flag != "ns":
            continue  # a market, not a city: 超市, 夜市, 菜市 ("开小超市的" names no place)
        start = i
        if i >= 2 and words[i - 1] == ("里", "f") and _is_name_part(*words[i - 2]):
            start = i - 1  # a lane's name (杏花里社区): 里 is part of it, not "in"
        while start > 0 and i - start < 4 and _is_name_part(*words[start - 1]):
            start -= 1
        if start == i and i >= 1 and len(word) == 2 and words[i - 1][1] == "f" and words[i - 1][0] in _DIRECTIONS:
            start = i - 1  # a direction opens a village's name jieba cut as a person's ("下陈村离县城": 下|陈村)
        if (
            start == i
            and i >= 2
            and len(words[i - 1][0]) == 1
            and not words[i - 1][1].startswith(("u", "p", "c", "r", "d", "x"))  # not 的, 在, 和, 那, 都, （
            and is_place(*words[i - 2])
        ):
            start = i - 2  # after a place, a character jieba left alone begins the next one: 长沙市|望|城区
        if (
            start == i - 1
            and i >= 2
            and len(words[i - 1][0]) == len(words[i - 2][0]) == 1
            and not words[i - 2][1].startswith(("u", "p", "c", "r", "d", "x", "q", "v"))
        ):
            start = i - 2  # jieba cut a two-character name it does not know in two: 月|塘|社区
        while start < i and _PLACE_UNIT_WORD.match(words[start][0]):
            start += 1  # a unit closes the name before, it begins none: "建设街道建宁社区" names 建宁社区 here
        if start < i and start > 0 and words[start][0] == "半" and words[start - 1][0].endswith("点"):
            start -= 1  # a half hour belongs to its hour: "四点半课堂", not 半课堂
        span = "".join(w for w, _ in words[start:i]) + (opening.group(1) if opening else word)
        # a unit's character doubled by jieba's word after the name ("下陈村村口": 下|陈|村村|口) closes it once
        span = _DOUBLED_UNIT.sub(r"\1", span)
        # jieba joined a name it does not know (月洲村), or knows one as a proper name of its own (白沙镇, tagged nr)
        joined = start == i and not opening and (_unknown_place(word) or _proper_place(word, flag))
        if len(span) > 3 and span[0] in "那这" and (words[start][0] != span[:2] or joined or _unknown(words[start][0])):
            span = span[1:]  # "那柳岸社区呢？": jieba joins the pointing word to the name (那柳, 那富溪村)
        if (
            (start < i or joined)
            and not _GENERIC.match(span)
            and not _COUNT.search(span)
            and len(span) >= 3
            and not _ONE_CHARACTER_PLACE.match(span)
            and not (_SCHOOL_END.search(word) and (words[start][1] not in _SCHOOL_NAMED_BY or words[start][0] in _KIN))
        ):
            found.append(span)
            if start < i - 1 and _acted_on(words, start):
                # a verb's single-character object jieba glued to the name ("想学玛瑙河区那个上门流程": 想|学|玛瑙|河|区)
                # may not be a part of it: the name without it is asked too, and a document speaking of it decides
                found.append(span[len(words[start][0]) :])
    # where the asker comes from is who asks, not what is asked ("我是韩国来的留学生，……我是不是要很大声说？")
    origins = asker_from(question)
    return sorted(
        dict.fromkeys(
            n
            for n in found
            if not _GENERIC.match(n)
            and not _SPEECH.search(n)
            and not _PLACE_UNIT_WORD.match(n)
            and not _GARDEN_IN_GENERAL.match(n)
            and not _AREA_OF_A_KIND.search(n)
            and n not in origins
        ),
        key=len,
        reverse=True,
    )


_ASKER_FROM = re.compile(
    r"(?:我|俺|本人)(?:是|从|来自)(?:从)?([\u4e00-\u9fff]{2,8}?)(?:来的|过来的|人|的(?:留学生|学生|志愿者))"
    r"|(?:我|俺)(?:的)?老家(?:是|在)([\u4e00-\u9fff]{2,8}?)(?:的|，|。|$)"
)


# where a relative of the story works or studies ("在深圳上班的孙子", "女儿在广东打工"): who they are, not what is asked
_KIN_OF_THE_STORY = f"(?:{'|'.join(sorted(_KIN, key=len, reverse=True))})"
_AWAY_FOR = r"(?:上班|打工|工作|读书|上学|上大学|当兵|定居|出了?事|被抓)"  # (出了事: a scam's story of a son abroad)
_WHEREABOUTS = re.compile(
    rf"(?:在|去|到)([^在去到\s，。、！？,.!?]{{2,6}}?){_AWAY_FOR}的{_KIN_OF_THE_STORY}"
    rf"|{_KIN_OF_THE_STORY}(?:都|也|一直|常年|现在)?(?:在|去|到)([^在去到\s，。、！？,.!?]{{2,6}}?){_AWAY_FOR}"
)


def asker_from(question: str) -> set[str]:
    """The places ``question`` says its asker comes from ("我是韩国来的留学生" → 韩国), or where someone of its story
    works or studies ("……想学怎么跟在深圳上班的孙子开视频" → 深圳): who is told of, not what is asked."""
    return {m.group(1) or m.group(2) for m in (*_ASKER_FROM.finditer(question), *_WHEREABOUTS.finditer(question))}


def _a_manner_of_doing(quoted: str) -> bool:
    """Whether a quoted phrase is a thing done, in some manner, words someone said ("老叫她周末一个人过来“单独辅导”",
    "他说今晚就“马上解脱”", "约她单独去他家“加练”"): it opens with an adverb (单独, 马上, 偷偷), or is one verb, as no
    programme's name is."""
    words = tagged_words(quoted)
    return (len(words) >= 2 and words[0][1] == "d") or (len(words) == 1 and words[0][1] in ("v", "vn", "vd"))


def _common(quoted: str) -> bool:
    """Whether a quoted word is a common word of Chinese set apart, not a name ("大学生志愿者“哥哥”", "“公安”打来的
    电话"): one word of jieba's dictionary, frequent in Chinese at large.  A programme's name is several words or a rare
    one (“心屿计划”, “一针一线”, “红马甲”)."""
    return dictionary_words(quoted) == [quoted] and word_frequency(quoted) >= COMMON_WORD_FREQUENCY


def is_specific(name: str, question: str) -> bool:
    """Whether ``name`` names one place or one programme: a place (by its unit or part of speech) or a name the
    question quotes; not a description built of common words ("社工项目", "教师志愿队")."""
    if _ONE_CHARACTER_PLACE.match(name) or _ADDRESS.match(name):
        return False
    if is_place(name) or any(flag == "ns" for _, flag in tagged_words(name)):
        return True
    return any(m.group(1) == name for m in _QUOTED.finditer(question))


def _unit_apart(words: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """jieba's words with a place unit it joined to the next character taken apart ("西充|古楼|镇有|多少" →
    古楼|镇|有): the unit closes the name before it; so does one its HMM joined to the next word, a word of no
    dictionary ("黄|丰桥|镇拉到|了" → 丰桥|镇|拉到)."""
    apart: list[tuple[str, str]] = []
    for i, (word, flag) in enumerate(words):
        if (
            2 <= len(word) <= 3
            and word[0] in _ONE_CHARACTER_UNITS
            and (
                (len(word) == 2 and word[1] in "有是在的都也还")
                or (len(word) == 3 and word[1] not in _ONE_CHARACTER_UNITS and _unknown(word))
            )
            and i
            and _is_name_part(*words[i - 1])
        ):
            apart += [(word[0], "n"), (word[1:], "v")]
        elif (
            word in _UNITS_IN_GENERAL
            and apart
            and len(apart[-1][0]) == 1
            and apart[-1][1] in ("n", "nr", "ns", "nz", "ng")
            and word[-1] in _ONE_CHARACTER_UNITS
        ):
            # a character jieba left alone before a word of towns in general names one: 龙|城镇 of "龙城镇现在有几个持证
            # 社工？" is 龙城镇 (not 各乡镇 nor 本村镇, whose first character is no noun)
            apart[-1] = (f"{apart[-1][0]}{word}", "ns")
        else:
            apart.append((word, flag))
    return apart


def _acted_on(words: list[tuple[str, str]], i: int) -> bool:
    """Whether the word at ``i`` is one character after a verb, jieba's noun where a second verb may stand (想|学)."""
    return i > 0 and len(words[i][0]) == 1 and words[i][1] == "n" and words[i - 1][1] == "v"


def _unknown(word: str) -> bool:
    """Whether jieba's dictionary lacks ``word``: its HMM joined it (那枫 of "那枫坪村呢", not 那曲)."""
    return len(dictionary_words(word)) > 1


def _unknown_place(word: str) -> bool:
    """Whether ``word`` is a place jieba's dictionary does not know, joined by its HMM from single characters and
    closed by a place unit ("月洲村": 月|洲|村): a proper name; not a word of the dictionary (行政村, 度假村) nor
    a word before a unit (试点|村, 新|农村)."""
    pieces = dictionary_words(word)
    return (
        len(word) >= 3
        and len(pieces) >= 3
        and all(len(p) == 1 for p in pieces[:-1])
        and bool(_PLACE_UNIT_WORD.match(pieces[-1]))
    )


def _proper_place(word: str, flag: str) -> bool:
    """Whether ``word`` is a place name jieba's dictionary holds whole, tagged as a proper name but not as a place
    (白沙镇 is nr): a name closed by a place unit; not a common word before one (行政村, 开发区 are n)."""
    return len(word) >= 3 and flag in _PROPER_NAME_FLAGS and bool(_PLACE_END.search(word))


_PERSONAL_PRONOUNS = frozenset(
    {"我", "你", "您", "他", "她", "我们", "你们", "他们", "她们", "咱", "咱们", "俺", "俺们"}
)
_LOCATIVES = "里"  # (not 中, 上, 下: 中考, 上海, 下城区 begin with them)
_NUMERALS = "零一二两三四五六七八九十百千万"


def _acts(words: list[tuple[str, str]], i: int) -> bool:
    """Is the word at ``i`` used as an act or a time, not a place, though jieba's dictionary tags it as one?
    A place takes no aspect particle ("天黑了"), nor "前/后" followed by what is done ("上岗前培训", "天黑前回来";
    "四川前几年" is a place); nor is a place told not to be done ("别多嘴", "不要多嘴")."""
    after = [flag for _, flag in words[i + 1 : i + 3]]
    if after[:1] and after[0] in _ASPECT:
        return True
    if i > 0 and words[i - 1][0].endswith(_FORBIDDING):  # jieba joins 就别, 你别
        return True
    # a number's last digit with its unit ("三十八九度": 三十八|九度) is a measure, not a place
    if i > 0 and words[i][0][0] in _NUMERALS and words[i - 1][1] == "m":
        return True
    # a locative after a thing ("汇报里列的那几条": 汇报|里列) is where in it, not the start of a place
    if i > 0 and words[i][0][0] in _LOCATIVES and words[i - 1][1] in ("n", "nz", "vn"):
        return True
    # a verb with its object after it ("非拉我们进屋坐会儿": jieba's 非拉 is 非洲 and 拉美), not a place
    if after[:2] == ["r", "v"] and words[i + 1][0] in _PERSONAL_PRONOUNS:
        return True
    return words[i + 1 : i + 2] in ([("前", "f")], [("后", "f")]) and len(after) > 1 and after[1] in ("v", "vn")


# The units of a place, coarsest first: a name closed by a later one names a smaller place
_UNIT_LEVELS = (
    ("省",),
    ("市", "州", "盟"),
    ("区", "县", "旗"),
    ("镇", "乡", "街道", "林场"),
    ("村", "社区", "小区", "花园"),
)


def _closing_unit(name: str) -> tuple[int, str]:
    """``(level, unit)`` of the unit that closes ``name``, the longest that does (社区, not 区, of 城南社区);
    ``(0, "")`` when none does."""
    closing = [(level, unit) for level, units in enumerate(_UNIT_LEVELS, 1) for unit in units if name.endswith(unit)]
    return max(closing, key=lambda level_unit: len(level_unit[1]), default=(0, ""))


def unit_level(name: str) -> int:
    """How fine a place ``name`` is by the unit that closes it: 1 for a province … 5 for a village or community;
    0 for a name no unit closes (a programme, a city named alone)."""
    return _closing_unit(name)[0]


def is_place(name: str, flag: str = "") -> bool:
    """Whether ``name`` is a place: closed by a place unit, or (``flag``) tagged one."""
    return flag == "ns" or bool(_PLACE_END.search(name))


def _is_name_part(word: str, flag: str) -> bool:
    """A word that can stand inside a name: a noun, a place, a numeral (第三, 八棵), a position that names a
    part of a town (城北, 江岸, 北岸社区) — not a time (十二点), 的, or where something is from the speaker (隔壁, 附近,
    里面; a position of one character: 上, 里)."""
    # a name jieba reads as a measure (漫畈 of 漫畈村); not one pointed at ("槐香社区那支志愿服务队": 那支)
    if flag == "q" and len(word) >= 2 and not _COUNT.search(word):
        return word[0] not in "这那哪每"

    if word == "的" or not _NAME_PART.match(flag) or (flag in ("s", "f") and word in _RELATIVE_POSITIONS):
        return False
    if flag == "f" and len(word) < 2:
        return False
    if word in _ASKING:  # "想问下溪口社区的志愿者……": jieba's 问下, tagged a noun, asks; it names nothing
        return False
    if _TIME_OF_DAY.search(word):  # "今天下午小区突然停电了": jieba tags 今天下午 as a person's name
        return False
    if _SOMEONES_HOME.match(word):  # "我人在我妈家离小区挺远": jieba's 妈家离 is whose home, no part of a name
        return False
    if _IN_THE_DOCUMENT.match(word):  # where in a report a figure is ("表里矿工新村社区……几件？"), no part of a name
        return False
    return flag != "m" or not _TIME.search(word)


def counts_places_like(text: str, name: str) -> bool:
    """Does ``text`` count places of the kind ``name`` is ("4个试点村（社区）共组建……" for 城南社区): it tells their
    total, not what is so of one of them."""
    unit = _closing_unit(name)[1]
    # (two or more: "一个典型的留守村" is one; within a phrase: not "四个来源：县级财政")
    return bool(unit) and bool(re.search(rf"{_SEVERAL}个[^，。；：:,;]{{0,6}}{unit}", text))


def core(name: str) -> str:
    """The distinctive part of a name, without the word that closes it: 八棵杨社区 → 八棵杨."""
    stripped = _NAME_END.sub("", name)
    return stripped if len(stripped) >= 2 else name


def mentions(text: str, name: str) -> bool:
    """Does ``text`` speak of ``name``: in full, by its distinctive part, or by every word of that part?

    Quotation marks aside; "金塔东北街社区" is spoken of in "金塔县东北街社区" (金塔 and 东北 both);
    a name built of several units by its last: "劲松街道八棵杨社区" in "八棵杨社区的接诉即办案件……".
    """
    plain = _MARKS.sub("", text)
    distinctive = core(name)
    if name in plain or (distinctive in plain and _begins_a_word(plain, distinctive)):
        return True
    words = [w for w in cut_words(distinctive) if len(w) >= 2]
    # (a word may be said short, by the first character of each part, near the others: "槐荫里日照中心" is the
    # "槐荫里社区的日间照料中心" a report speaks of)
    said = [w for w in words if w in plain]
    near = [plain[max(0, i - SHORT_WINDOW) : i + len(w) + SHORT_WINDOW] for w in said for i in _starts(plain, w)]
    if len(words) >= 2 and said and all(w in said or any(_shortened(w, n) for n in near) for w in words):
        return True
    specific = most_specific(name)
    return specific != name and mentions(text, specific)


SHORT_WINDOW = 12  # characters on each side of a name's word said in full, read for another said short


def _starts(text: str, part: str) -> list[int]:
    return [m.start() for m in re.finditer(re.escape(part), text)]


def _shortened(word: str, text: str) -> bool:
    """Whether a two-character ``word`` is, in ``text``, the short form of a longer word: each of its characters opens
    one of jieba's words there, one after the other, as 日照 does 日间|照料 and 社工 社会|工作 (not 城区 城关|社区: 区
    opens no word)."""
    if len(word) != 2:
        return False
    bounds = _word_bounds(text)
    return any(
        m.start() in bounds and m.end() - 1 in bounds
        for m in re.finditer(f"{re.escape(word[0])}[\u4e00-\u9fff]{{1,2}}{re.escape(word[1])}", text)
    )


WORD_WINDOW = 4  # characters read on each side of a name's part to see where jieba's words begin


def _word_bounds(text: str) -> set[int]:
    """Where jieba's words of ``text`` begin and end (offsets, 0 and the end included)."""
    return {0, *itertools.accumulate(len(w) for w in cut_words(text))}


def stands_as_words(text: str, part: str) -> bool:
    """Whether ``part``, where it first stands in ``text``, is made of whole words of it: jieba cuts "望城区……" as
    望|城区, so 望城 does not."""
    start, bounds = text.find(part), _word_bounds(text)
    return start in bounds and start + len(part) in bounds


def _begins_a_word(text: str, part: str) -> bool:
    """Whether ``part`` stands somewhere in ``text`` where a word begins: 道里 (of 道里区) is not spoken of in
    "楼道里" (楼道|里), 泊水 (of 泊水街道) is in "泊水街道" (泊水|街道)."""
    start = text.find(part)
    while start >= 0:
        left = max(0, start - WORD_WINDOW)
        if start - left in _word_bounds(text[left : start + len(part) + WORD_WINDOW]):
            return True
        start = text.find(part, start + 1)
    return False


_UNIT = re.compile(rf".+?(?:{_PLACE_UNITS})(?=.)")  # one place unit of a name built of several


def most_specific(name: str) -> str:
    """The last unit of a name built of several (朝阳区劲松街道八棵杨社区 → 八棵杨社区), with the one before
    it when it is only an ordinal (海特花园第三社区 → 海特花园第三社区, not 第三社区)."""
    units = _UNIT.findall(name)
    rest = name[sum(len(u) for u in units) :]
    if not units or not rest:
        return name
    if rest.startswith("第"):
        rest = units[-1] + rest
    return rest if len(core(rest)) >= 2 else name
