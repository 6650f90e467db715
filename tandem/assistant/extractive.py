"""The no-LLM answer: a Chinese answer assembled from the retrieved passages, every line cited.

Shape, for a phone: what to do now first, in one or two sentences (a figure asked
for comes with its unit and its place), then at most four steps, two don'ts and one
hand-over line, the rest behind "展开更多".  The best-fitting sentence, weighed with the
search's evidence for its document, decides the document the answer comes from, so no
line belongs to another module's situation (nor, under the crisis box, to another
emergency); within it, lines join when they fit the question nearly as well as the
lead, chosen by maximal marginal relevance so that none repeats another.  Roles come from the
passages' own sections where a document has them (操作步骤, 常见误区, 何时转介社工 …);
plain prose is read sentence by sentence.  A module's quiz (小测验) is read as
questions and answers: an answer may lead when its question is the one asked.
"""

from __future__ import annotations

import difflib
import functools
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from tandem.assistant.focus import counts_places_like, mentions, names, unit_level
from tandem.assistant.relevance import content_words
from tandem.assistant.safety import COLLAPSE, SEPARATE_SIGNS, crisis_signs, first_category, harm_tier, shows_signs
from tandem.core.tokens import tagged_words, tokenize
from tandem.text.chunking import plain_sentence as clean
from tandem.text.chunking import split_sentences
from tandem.text.knowledge_format import (
    BASIS,
    ESCALATION,
    KEY_POINTS,
    MISCONCEPTIONS,
    PHRASES,
    PRACTICES,
    QUIZ,
    RELATED,
    SITUATIONS,
    SOCIAL_WORKER,
    STEPS,
    VOLUNTEERS,
    quiz_questions,
)
from tandem.text.normalize import NUMBERED_ITEM

MAX_STEPS = 4
MAX_AVOID = 2
MAX_FIGURE_FACTS = 2
MAX_MORE = 5
MIN_ITEM_SCORE = 0.12
# A line joins the answer when it fits the question nearly as well as the lead does (score ratio);
# an example saying must fit better still: it belongs to one scene.  "展开更多" takes a looser floor.
RELATIVE_FLOOR = 0.75
SAYING_FLOOR = 1.0
SAYING_OVERLAP = 0.1  # ... and share at least this much of the question's words (the 120 call script does not)
MORE_FLOOR = 0.6
# A lead holding this share of the question's words is trusted with its document: when no line reaches
# RELATIVE_FLOOR, the document's lines above MORE_FLOOR that hold as much join as steps.
LOOSE_OVERLAP = 0.1
MMR_LAMBDA = 0.7
DUPLICATE = 0.6  # share of character bigrams above which a line says again what another says
FOCUS_BONUS = 0.3
EMPHASIS = 3.0
FIGURE_SUPPORT = 0.12  # a figure about a named place must share this much of the rest of the question
LEAD_WITH_NEXT = 40  # a lead shorter than this (characters) takes the next sentence of its paragraph  # a sentence (or its passage) about the place or programme the question names
STEPS_TITLE = "**怎么做：**"
PRINCIPLES_TITLE = "**要点：**"
FACTS_TITLE = "**相关情况：**"
LIST_TITLE = "**分别是：**"
STORY_TITLE = "**后来：**"
ABOUT_TITLE = "**资料中相关的内容：**"
DONTS_TITLE = "**注意不要：**"
# the colon outside the bold: CommonMark does not close "**" after "：" when text follows at once
HANDOVER_TITLE = "**交给社工**："
RANK_PRIOR = 0.2
SEMANTIC_WEIGHT = 1.0
LABEL_SIMILARITY = 0.30  # a situation's label this near the question names it ...
LABEL_MARGIN = 0.10  # ... when it is this much nearer than any other label of the notes
LABEL_NAMES = 0.40  # ... and names the situation asked, so its lines lead (answer.PROTOCOL_SIMILARITY)
ASKED_ALIKE = 0.7  # cosine with a quiz question (and its answer) above which it asks what was asked
Similarity = Callable[[str, list[str]], list[float]]
KEY_POINT_BONUS = 0.1
# Per share of the vote of the nearest labelled situations whose answers a line holds (``ModuleExamples.vote``):
# it weighs in the choice of the lead and the order of the steps, not in which lines are fit to follow (fact rate
# over heldout6–19 up by 0.05–0.17 a split, lines pooled 0.946 → 0.950; 0.15 gained less, 0.5 lost follow-ups)
EXAMPLE_LINE_WEIGHT = 0.3
EVIDENCE_WEIGHT = 2.0  # per unit of a document's summed RRF scores among the search's best hits
_A_FEW = r"(?<![好这那十哪])几[个位名支家项次期年类届批场户件起条]"  # "几场", not "这几年" or "好几个"
_AMONG_A_FEW = re.compile(
    rf"{_A_FEW}(?:人|[^\s，,。？?！!；;]{{1,3}}?)?(?:里|中|当中|之中|里头|里面|里边)(?:有|的)"
    # ... nor a few told as all doing a thing ("日托另外几个老人都吓坏了")
    rf"|{_A_FEW}[^\s，,。？?！!；;]{{0,3}}?(?:都|也|全)(?![是有])"
)  # 几户老人里有个
# a few times told of what was done, the story going on after it ("我推了几次推不掉", "打了几次都没人接"), not a count
_TIMES_TOLD = re.compile(r"了几次(?=[都也还就却又没不]|[^\s，,。？?！!；;][不没])")
# (and 好多, 好高 … asking, as 多少 and 多高 are asked in 湖北, 湖南 and 西南 speech: "双语回家卡总共发了好多张",
# "探访率有好高？"; at the end of what is asked, after 一共, or after 有 or 是 with a question mark: "好多人在排队" and
# "屋里有好多烟" tell a crowd and smoke)
_FIGURE_QUESTION = re.compile(
    rf"多少|{_A_FEW}|比例|降幅|百分之|%|人次|数量|规模|多长|多久|多大|(?:有|是)多高"
    r"|(?:一共|总共|共)[^，。？！?!\s]{0,3}好(?:多|高|大|长|久|远)[^，。？！?!\s了]{0,3}[？?]?\s*$"
    r"|(?:有|是)好(?:多|高|大|长|久|远)[^，。？！?!\s了]{0,3}[？?]\s*$"
)
# A reason asked, and a sentence that gives one (at its start: "主要原因是……", "这是因为……")
_ASKS_WHY = re.compile(r"为什么|为啥|为何|什么原因|啥原因|原因是|咋回事|怎么回事")
_REASON = re.compile(r"^[^，。]{0,4}(?:原因|因为|由于|是因|之所以)")
# cosine between the lead and a line that follows it under a crisis box, below which the line is another situation's
# (``compose``; steps and hand-over only, the don'ts share a word of the question already): 0.25 lost no split's
# facts (0.3 and 0.35 lost follow-ups' facts; gating the don'ts too lost "不要说“有本事你就跳啊”")
STEP_COHERENCE = 0.25
REASON_CANDIDATES = 3  # of the lead's document's best lines, those whose next sentence may give the reason
# The holder of a role asked ("社工站的站长是谁？")
_ROLE_ASKED = re.compile(
    r"(负责人|主任|书记|主管|督导|经理|总监|专干|队长|组长|站长|会长|理事长|社长|所长|馆长|院长|校长)"
    r"(?:是谁|叫什么|是哪位)"
)
# (么 and 么子 are 什么 in 湖北 and 湖南 speech: "品牌叫么名字")
_ASKS_NAMES = re.compile(r"叫(?:什么|啥|么子?(?=名|[？?]|$))|(?:什么|啥|(?<![怎这那多])么子?)名(?:字|称)?")
# A count asked ("组建的几支队"): a section headed by a count of that kind ("（二）组建四支特色队伍") is the list
_COUNT_ASKED = re.compile(r"(?<![好这那十哪])几([支个类种项条大步])")
# one step of a list asked by its place ("五步走访法最后一步是啥", "头一步是么事", "第三步叫什么"; not what to do first,
# "我第一步该干啥", "第一步是不是先打120")
# (or by the step before it, "听他讲完之后下一步要做什么", or as this one, "这步叫啥", "后面还有一步吧")
_A_STEP_ASKED = re.compile(
    r"(?:最后|头|第[一二三四五六七八九十几])一?步(?:是(?!不是)|叫)|(?:这|那)一?步(?:是|叫)(?:啥|什么|么子?|甚)"
    r"|(?:之后|以后|完了?)[^，。？！?!]{0,4}下一步|后面?还有一步"
    # ... or which of them it is ("进门以后该干啥，叫哪一步")
    r"|(?:叫|是|算)哪一步"
)
_STEPS_HEADED = re.compile(r"流程|步骤|工作法|程序|环节|[两三四五六七八九十]步")
# Steps counted ("入户五个步骤", "四步分别叫啥"): a section headed by that many steps is the list asked (“五步入户法”)
_STEPS_COUNTED = re.compile(r"([两三四五六七八九十])个?(?:步骤|步(?![行子伐]))")
# "敲了几次都被拒绝，社工建议怎么办？" asks what to do, whatever numbers it mentions.
_HOW_TO = re.compile(
    r"怎么办|怎么(?:做|弄|搞|整|处理|回应|安排|应对)|怎样做|咋(?:办|弄|搞|整|做)|如何|建议"
    # what one said or did, judged ("我说估计有个几千块，这样说行不行"): no figure asked
    r"|(?:这样|这么)(?:说|讲|做|弄|办|答|回)[^，。？！?!]{0,4}(?:行|对|可以|合适|妥|中|成)"
    # what to say or do, asked ("我跟她说点啥好")
    r"|(?:说|讲|做|干)(?:点|些)?(?:啥|什么)(?:好|合适|才好|才对)"
)
# A count ("多少个", "几名"): when no passage about the place named holds one, the answer says so.
_COUNT_QUESTION = re.compile(rf"多少|{_A_FEW}")
_PRINCIPLE_QUESTION = re.compile(r"原则|要点|要领|注意什么|注意哪些|要注意|关键是")
_DIGIT = re.compile(r"\d")
_CLAUSE = re.compile(r"[，,。；;！!？?\s]")
# a number to dial asked ("热线号码多少", "电话是多少"; not a count of calls: "热线去年接了多少电话"), and one told
# (asked for, not told of as what is used: "能直接按快递单上的号码挨个通知吗" asks whether, and was led by 12356)
_ASKS_A_NUMBER_TO_CALL = re.compile(
    r"(?:号码|手机号|座机|联系方式|微信号)(?:是|呢|给我)?(?:多少|几号|啥|什么|[？?]|$)|(?:什么|啥|哪个)(?:号码|手机号|座机|联系方式)"
    r"|(?:热线|电话)(?:电话)?(?:是|打)?(?:多少|几号)(?![个通次])"
)
_NUMBER_TO_CALL = re.compile(r"(?<!\d)(?:\d{3,4}-\d{7,8}|1[3-9]\d{9}|\d{7,8}|9\d{4}|12\d{3})(?!\d)")
_ASKS_OTHERWISE = re.compile(r"怎么|咋|啥|干嘛|什么|如何|吗|能不能|要不要|该不该|行不行|可不可以|是否")
# who the question is about: an adult or an elder, or a child (its parents, its school)
_ADULT = re.compile(
    r"老人|老年|长者|阿婆|婆婆|奶奶|爷爷|大爷|大妈|大娘|阿姨|大姐|老太|老头|阿公|阿伯|伯伯|老伴|妻子|老婆|媳妇|丈夫|老公|"
    r"女士|成年|孃孃|嬢嬢|阿嬷|外婆|外公|姥姥|姥爷|老爷子|老汉|老者|大叔|大哥|叔叔|阿叔|工友|男的|女的"
)
_CHILD = re.compile(r"孩子|小孩|儿童|未成年|娃|小朋友|学生|少年|婴儿|宝宝|囡仔|细路|家长|男孩|女孩|小姑娘|孙子|孙女")
# a parent named: a child's story may tell of an adult beaten ("孩子跑来说他爸又在家打他妈了")
_PARENT = re.compile(r"[爸妈爹娘]|父亲|母亲")
# a line labelled for adults ("成年人遭受家庭暴力：……", "其他成年人，由社工评估安全……")
_FOR_ADULTS = re.compile(r"^(?:其他|其余)?成年人")
# a line for an infant only ("让婴儿趴在你的前臂上……拍背五次"): first aid for a baby is not done to an elder who choked
_INFANT = re.compile(r"婴儿|婴幼儿|一岁以下|不满一岁|一岁以内")
CHILDREN_SHARE = 0.5  # of a document's lines found, more than this speak of children: it is about them
_THE_WHOLE = re.compile(r"全(?:省|市|区|县|旗|镇|乡|街道)")  # the whole of a place ("全镇注册志愿者……")
# places of a kind taken together, or each of them ("在各渔村组建……二十三支", "各村配备2至3名"): no one place's figure
_OVER_EACH = re.compile(r"各(?:个)?(?:渔|行政|自然|试点|重点)?(?:村|社区|小区|乡镇|镇|乡|街道|试点|站点|县|区)")
_A_FIGURE = re.compile(r"\d|[一二两三四五六七八九十百千万]+(?:[名个支家户人次所座项场])")
_HOTLINE = re.compile(r"(?<!\d)(?:110|119|120|122|12345|12356|96110)(?!\d)")  # a number to call, not a count
# "志愿者人数27，": no unit told (not an item's number: "注：1．……", "2、")
_BARE_NUMBER = re.compile(r"(?<![\d.（(])\d[\d,.]*(?![\d.%‰\u4e00-\u9fff．、)）])")
# How often, asked and told ("多久去看一次", "隔几天去一趟"; "每周三下午", "一周两次", "三天一次")
_ASKS_HOW_OFTEN = re.compile(r"(?:多久|多长时间|隔几天|几天|多少天)[^，。？?]{0,6}(?:一次|一趟|一回)|频率|多勤")
_TELLS_HOW_OFTEN = re.compile(
    r"每(?:周|星期|礼拜|月|天|日|年|季度|隔)|(?:一|每)(?:周|月|天)[一二两三四五六七八九十几\d]+(?:次|趟|回)"
    r"|[一二两三四五六七八九十几\d]+(?:天|周|个月|月)(?:一次|一趟|一回)"
)
# How a story ended, asked ("后来怎么样了", "现在咋样", "有什么变化") and told ("如今，赵奶奶……", "身体恢复后，彭德福……")
_ASKS_HOW_IT_ENDED = re.compile(
    r"(?:后来|现在|如今|最后|之后)(?:[^，。？?]{0,4})(?:怎么样|咋样|如何|怎样|有(?:什么|啥)变化)|有(?:什么|啥)变化"
)
_TELLS_HOW_IT_ENDED = re.compile(
    r"^(?:[^，。]{0,10}[，,])?(?:如今|现在|后来|从那以后|此后|渐渐|慢慢)|[^，。]{0,6}后[，,]"
)
# A person called by surname and kinship ("赵奶奶", "彭大爷", "王阿姨")
_CALLED = re.compile(r"([\u4e00-\u9fff])(?:奶奶|爷爷|大爷|大妈|大娘|阿姨|叔叔|大叔|婶子|婶婶|阿婆|阿公|老人)")
_ASKS_TOTAL = re.compile(r"一共|总共|加起来|合计|总计|累计|总数")
_FIGURE_VALUE = re.compile(r"(\d[\d,]*(?:\.\d+)?)[余多]?(万)?")
_TOLD_AS_TOTAL = re.compile(r"(?<![公])共(?![同享建治商性])|累计|合计|总计")
_NOT_IN_A_NAME = re.compile(r"[是的了在把被]")  # "餐是街道长者食堂做的": no place 餐是街道
PLACES_CACHE_SIZE = 4096
_TOTALLED = re.compile(r"^(?:合计|总计|小计|共计|全(?:省|市|区|县|旗|镇|乡|街道))")  # a table's total row
_NUMBER_OR_YEAR = re.compile(r"(?<![\d.])(?:((?:19|20)\d{2})(?=年)|\d[\d,.]*)")
_ROW_LABEL = re.compile(r"^([^：:，,。；\s]{2,12})[：:]")
_MONTH_ASKED = re.compile(r"(?<![\d一二三四五六七八九十年/.-])(1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])月(?!\d)")
_QUARTER_ASKED = re.compile(r"第([一二三四])季度")  # as the question is read: "二季度" → 第二季度 (answer.py)
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?=年)")  # a year named ("2023年")
# an age that qualifies what is counted ("80岁以上的注册志愿者", "六十五周岁及以上老人"): digits or numerals
_AGE_ASKED = re.compile(r"(\d{1,3}|[一二三四五六七八九十百]{1,4})周?岁(?:及?以[上下]|[到至])")
# ... as a line tells one, or a range ("六十五至九十三岁")
_AGE = re.compile(
    r"(\d{1,3}|[一二三四五六七八九十百]{1,4})(?:[至到~～—-](\d{1,3}|[一二三四五六七八九十百]{1,4}))?周?岁"
)
# a rate or degree asked ("服务对象满意度是多少", "按时完成率提升到多少", "办结率提到多少了"): its last three characters
# name it, told as a rate or a degree alike ("满意率" of "满意度"); not a period ("三季度", "年度")
_MEASURE_ASKED = re.compile(
    r"([\u4e00-\u9fff]{2}[率度])(?:是|有|为|(?:提升|提高|提|升|涨|增加|增长|达)到了?|到了|怎么样)?[，,]?(?:有)?(?:多少|几)"
)
_PERIODS = ("季度", "年度", "月度")
# a change asked of a figure ("比前一年涨了多少", "较试点前增加了几个", "同比下降了百分之多少"), and told by a line
# ("较上年增长23.6%", "比2023年底增加74人", "由19人增加到31人"): a table's row of this year's counts tells none
_CHANGE_ASKED = re.compile(
    r"(?:(?:涨|增长|增加|提高|提升|上升|下降|降低|减少)了?|[少多]了)(?:百分之)?(?:多少|几)"
    r"|(?:(?<![占对])比(?![例率重])|较|同比|环比)[^，。？?]{0,8}(?:多少|几)"
)
_CHANGE_TOLD = re.compile(
    r"(?:增长|增加|提高|提升|上升|下降|降低|减少|翻了|翻番|多出|少了)|(?:由|从)[^，。；]{1,12}(?:增|提|升|降|减)"
)
# The units a count is asked in ("几期", "多少户"); 多少 asks money too (多少万元, 多少钱)
COUNT_UNITS = "小时|人次|场次|[位名支家项次期年类届批天岁户人场所件起条]"
MONEY_UNITS = "万元|[元钱]"
# a number of things counted, of hours served or of money (1372个, 一百二十余名, 三十来个, 四十几个, 三千九百多小时,
# 4800元; not 40分钟, 3天内: a time; not 第二期: an ordinal)
_TOLD_NUMBER = re.compile(
    r"(?<![第\d一二两三四五六七八九十百千])(?:\d[\d,.]*|[一二两三四五六七八九十百千]+)[余多来几]?万?[余多]?"
    r"(?:人次|场次|小时|[位名支家项次期类届批户人场所个件条元块])"
)
# (个 before a unit counts it too: "几个人" asks people, as "几人" does, not a "人" told beside a number: "一个人在家")
_ASKED_UNIT = re.compile(rf"(?<![好这那十哪])几个?({COUNT_UNITS})|多少个?({COUNT_UNITS}|{MONEY_UNITS})")
# The particles that may close a question ("多少志愿者哦", "有多少个嘛？"): none is a noun counted
_PARTICLES = "呢啊呀吗哦嘛啦哈噻咧"
# What "多少" counts when no unit follows it: the noun after it ("有多少志愿者")
_COUNTED = re.compile(
    rf"(?:多少|(?<![好这那十哪])几)个?(?!来着|[个{_PARTICLES}])([\u4e00-\u9fff]{{2,4}}?)(?:[？?{_PARTICLES}，。]|$)"
)  # (好几: several; 来着 asks to be reminded: "办结率是多少来着？" counts nothing; 哦, 噻: a particle, "多少志愿者哦")
_REGISTERED = re.compile(r"^(?:持证|注册|在册|登记在册|登记)的?(?=[\u4e00-\u9fff]{2})")
_ASKS_SHARE = re.compile(r"(?:比例|占比|比重|百分比)[^，。？?]{0,4}(?:是|有|为|占)?(?:多少|几)|百分之(?:多少|几)")
_PERCENTAGE = re.compile(r"\d+(?:\.\d+)?\s*[%％]|百分之[一二三四五六七八九十百\d]")
# ... or before "几个" / "多少个", which any unit answers ("持证社工有几个？": "持证社工14名")
_COUNTED_BEFORE_ANY = re.compile(
    rf"([\u4e00-\u9fff]{{2,3}})(?:现在|目前|一共|总共|共)?(?:有|是)?(?:多少|几)个[{_PARTICLES}]*(?:[？?]|$)"
)
# ... or after "几个" / "多少", a verb after it ("有几个持证社工在带志愿者？")
_COUNTED_AFTER = re.compile(r"(?:多少|几)个?([\u4e00-\u9fff]{2,4})")
# A count of people is told in 名 or 位 as often as in 人; money asked as 钱 is told in 元 (万元)
# ... or before it, with a unit ("志愿者有多少人")
_COUNTED_BEFORE = re.compile(
    rf"([\u4e00-\u9fff]{{2,3}})(?:现在|目前|一共|总共|共|到底|究竟|大概|大约)*(?:有|是)?(?:多少|几)个?(?:{COUNT_UNITS})"  # 几个人 too
)
# (人次 counts visits, not people: "志愿者31人次" is no number of volunteers)
_UNIT_ALIKE = {
    "人": "(?:[名位]|人(?!次))",
    "名": "(?:[名位]|人(?!次))",
    "位": "(?:[名位]|人(?!次))",
    "钱": "(?:万?元|块)",
}
FIGURE_BONUS = 0.35
# What to say back, asked ("我咋个回他嘛", "该怎么跟她说", "说啥好"): the words to say
_ASKS_WORDS = re.compile(
    r"(?:咋|怎么|怎样|如何|咋个)(?:个)?(?:回(?:他|她|答|应|复)?(?!事)|答|(?:跟|和|对)(?:他|她|孩子|老人)?(?:说|讲)|说|讲|开口|接话)"
    r"|(?:说|讲|回)(?:啥|什么|些什么)"
)
WORDS_SHARE = 0.8  # of the lead's weight, a line giving the words to say must reach to lead instead
# a line that hands its situation to another module ("……按危机识别与转介处理", "见现场急救。")
_NOT_SAID = re.compile(r"[不别勿]|避免")  # before a quotation in its clause: words not to say
_REFERS_ELSEWHERE = re.compile(r"按[^，。；“]{2,20}处理|见[^，。；“]{2,20}(?:[。；]|$)")
# What someone said or did back: "社工当时是怎么建议的？", "她是怎么回答的？"
_ASKS_RESPONSE = re.compile(r"(?:怎么|如何|怎样)(建议|回答|答复|回应|劝|处理)|(建议|回答|答复)(?:了)?(?:什么|啥)")
# ... or asks it of someone who advises, in everyday verbs (说, 弄, 做, 办, 定): the answer is the line with a verb of
# advising or deciding, after the story's situation
_ASKS_WHAT_ADVISED = re.compile(
    r"(?:社工|老师|书记|主任|医生|站长|会上|街道|社区)[^，。？！?!]{0,6}(?:怎么|如何|怎样)(?:说|弄|做|办|定|安排|应对|帮)"
)
_ADVISING = ("建议", "提醒", "告诉", "要求", "叮嘱", "嘱咐", "决定", "商定", "定下")
# ... or asks whether to do what a story's volunteer wanted to do ("想去找他爸算账，这样做行不行？"): the story's
# narrative line is answered by the advice given after it, told as advice (建议) or as said to someone (跟他讲)
_ASKS_WHETHER = re.compile(r"行不行|能不能|可不可以|可以吗|行吗|该不该|要不要|怎么拦|咋拦|咋办|怎么办|(.)还是不\1")
_TELLING = (*_ADVISING, "讲")
# ... unless the line says what to do itself: a protocol's "……怀疑煤烟中毒，应立即开窗通风" is no story waiting for its
# advice (blind_report30: "讲清楚具体位置" of the forest-fire item after it had led a coal-gas question)
_PRESCRIBES = re.compile(r"应当|应该?(?:立即|马上|及时|第一时间)|必须|须(?:立即|第一时间|及时)")
RESPONSE_WITHIN = 6  # sentences after the situation's line, in its passage
STORY_STEPS = 3  # sentences of a story told after its line, when how it was handled is asked
SELF_CONTAINED = 15  # characters: a shorter quiz answer means nothing without its question
# ... nor does one that points back to it, asked of another situation ("这可能是急症信号，立即拨打120……" answers
# "老人突然说话不清、嘴角歪斜……": under a widower's grief, cosine 0.36 to it, it read as an emergency step; "这是轻生风险
# 信号……不能只记在表上" answers an elder's "不如早点走" and a volunteer's "还不如早点闭眼……写进登记表" at 0.48)
_POINTS_BACK = re.compile(r"^(?:这|那|此|它|其)")
ASKED_APART = 0.42
# "具体是哪四个“随”？", "包括哪些步骤？" asks a list: a sentence that enumerates (、) answers it, best one with as many
# items as asked ("随手拍隐患、随手帮居民、随时报问题、随口宣政策")
# 哪四个, 哪四随 (not 哪一年); "分几步", "有几个环节"; "钱都是从哪来的" asks the sources, however many
_ASKS_LIST = re.compile(
    r"哪[几二两三四五六七八九十]|哪些|分别是|包括什么|都有(?:什么|啥|哪)|[分有]几(?:步|个(?:步骤|环节|阶段|方面))|从哪(?:里|儿)?来"
    r"|有(?:什么|啥)(?:打算|计划|安排|举措)"  # "接下来有什么打算？"
    # the rest of a list asked past one of it ("三不碰，除了不碰密码还有啥")
    r"|除了[^，。？！?!]{1,12}还(?:有|剩)(?:啥|什么|哪些|么子)"
    # "下季度打算干些啥", "存在啥问题" (a report's section of plans, of problems)
    r"|(?:打算|准备|计划)(?:干|做|搞)(?:些|点)?(?:啥|什么)|(?:存在|遇到|面临)(?:什么|啥|哪些)(?:问题|困难|不足|难处|短板)"
    r"|分别(?:叫|是|为|有)|几[支个类种项条大][^，。？！?!]{0,10}(?:叫|是)(?:什么|啥|哪)"  # "几支队分别叫什么？"
    r"|(?:列|写|说|讲|提)(?:了|的|出)?(?:那|这)几(?:条|项|点|类|步)"  # "汇报里列的那几条"
    # steps counted, or told over from the start ("培训讲的入户五个步骤俺忘了，能不能给俺从头说一遍")
    # (to the one who asks: "把上门那几步从头到尾给我讲一遍")
    r"|[两三四五六七八九十]个?(?:步骤|环节|阶段)|(?:从头(?:到尾)?|完整地?)(?:再)?(?:给?[我俺咱]们?)?(?:再)?(?:说|讲|捋|过)"
    # some of the steps asked ("五步法最后两步是啥来着", "前三步叫什么")
    r"|(?:最后|后面?|前面?|头)[两三四五六七八九十]步(?:都|分别)?(?:是|叫|干)(?:啥|什么|哪)"
)
# The sections every work report has, each asked in everyday words that its heading does not use: "反映了哪些困难" is
# 存在的问题, "明年准备搞哪几件事" 下一步工作 or 议定事项, "钱是从哪几个渠道凑起来的" 资金来源, "上课都讲了哪些东西"
# 培训内容 ((words of the question, words of the heading), per kind of section)
_REPORT_SECTIONS = tuple(
    (re.compile(asked), re.compile(headed))
    for asked, headed in (
        # (an evaluation's findings are what it found wanting: "评估组给我们挑出来哪些毛病" → 八、主要发现)
        (
            r"困难|难处|难题|问题|短板|不足|卡在|瓶颈|难点|毛病|缺点|差距",
            r"困难|难题|难处|问题|不足|短板|难点|挑战|瓶颈|主要发现",
        ),
        # (not 主要做法)
        (
            r"打算|计划|下一步|接下来|下步|明年|今后|准备|规划|(?<!主)要(?:办|做|搞)",
            r"计划|打算|下一步|下步|今后|明年|展望|议定|决定|部署",
        ),
        # what a meeting settled ("联席会议定了哪几条", "会上定的事") is its 议定事项, not a summary's plans
        # (in a chat, a list under "定下来几条：")
        (r"定了|定的|定下|议定|拍板|决定|决议", r"议定|决定|决议|定下来|定下了"),
        (r"钱|经费|资金|渠道", r"资金|经费|来源"),
        (r"做法|举措|措施|经验", r"做法|举措|措施|经验"),  # 二、主要做法
        (r"培训|上课|讲课|课程", r"培训|课程"),
        (r"步骤|流程|几步|程序|环节", r"流程|步骤|工作法|程序|环节"),
        (r"合作|伙伴|哪些单位|哪些部门", r"合作|伙伴|单位|分工"),
    )
)
_LIST_COLON = re.compile(r"(?:为|是|有|分别|如下|以下)[：:]")
_ITEM_SEPARATOR = re.compile(r"[，、；,;]")
# "……是怎么处理的？", "社工怎么劝陈老师的？": how something was handled, told in a report's story (的: it is done)
_ASKS_HOW_HANDLED = re.compile(
    r"(?:怎么|如何|怎样|咋)(?:处理|解决|应对|办|做|说|劝|建议|回应|帮|弄|安排)[^，。？！?!]{0,6}的"
)
# A report's heading over a story: a case, an example ("典型案例", "暖心故事", "问：能不能讲一个……例子？")
_STORY_HEADING = re.compile(r"案例|故事|例子|事例")
# What to do now, asked ("没赶上最后一班船回不去了，咋整？"), is told under a report's protocol for volunteers ("三、志愿者
# 应急处置要点"), not by its story of a morning's ferry that shares the scene's words
_ASKS_WHAT_TO_DO = re.compile(
    r"怎么办|咋办|咋整|咋弄|怎么弄|怎么处理|该怎么做|该做什么|该干嘛|该干啥|能不能|要不要|可不可以"
    # may I, is it right ("这样说行不行", "我先干甚"): what to do, asked of a plan
    r"|行不行|中不中|成不成|可以吗|行吗|对吗|先干|干甚|先做(?:啥|什么)"
    # is it right, shall I do it ("我第一反应想把她拽起来，对不对？", "叫我拿给她吃，我拿不拿"), how to go about it
    r"|对不对|合适(?:吗|不)|([拿给管帮扶拉劝接收借报])不\1|怎么(?:整|搞)"
    # what to do asked in other words ("我们值班的要做些什哩，先跑还是先救火？", "我该先去把插头拔下来吧？")
    # (not a step asked by its place: "进门之后第二步要做啥")
    r"|(?<!步)(?:要|该)做(?:些|点)?(?:什么|啥|甚|什哩|么子)|先[^，。？！?!]{1,6}还是先|[我俺]该[^，。？！?!]{1,10}吧"
    # ... or a plan put with 不 at the end ("旁边有桶水可以泼上去不")
    r"|(?:可以|能|行)[^，。？！?!]{1,8}不[？?]?$"
)
_PROTOCOL_HEADING = re.compile(r"处置|应急|指引|须知|注意事项|守则|预案|处理(?:办法|方法|流程|程序)|怎么办|规矩")
# ... or a passage told as one, in order, under a heading that names the situation ("（一）助浴时或助浴后老人头晕、
# 站不稳" / "第一，让老人就地坐下……然后，马上喊助浴员……绝不能自己给老人喂药"; "第一，当着老人的面把所有口袋掏一遍……
# 第二，写进《代洗物品登记本》……绝不能由志愿者个人替老人保管现金和存折")
_PROTOCOL_TOLD = re.compile(
    # (what never to do told in the same sentence or one of the next three: "首先，……；然后，……。绝不自己撬门、翻窗。")
    r"^\s*(?:第一|首先)[，,、：:][^。]*?(?:然后|其次|接着|再后|随后|最后)[^。]*?(?:。[^。]*?){0,3}(?:绝不|千万不|不能|不要|严禁)"
    r"|^\s*第一[，,、：:].*?第二[，,、：:].*?(?:绝不|千万不|不能|不要|严禁)",
    re.S,
)
# ... or opened by what to do first, then what next, beside what never to do ("先关水，让老人原地坐稳……；然后喊另一名志愿者
# 去叫驻点社工……千万不要硬把老人拉起来走动"; not a speaker's story that tells of doing one thing first)
_STEPS_TOLD = re.compile(r"^\s*先[^。]{2,}?(?:然后|再|接着|随后)")
_NEVER = re.compile(r"不要|别|不能|千万|切忌|不得|禁止|不准|不可|绝不|严禁")


# ... or a situation labelled inside a passage of meeting notes, its protocol told after it ("情况三：老人硬塞红包、鸡蛋、
# 土特产，或者开口借钱。先真心道谢……借钱的事一律不答应……"): notes typed as plain text carry no headings
_SITUATION_NUMBER = r"(?:情况|情形|场景)[一二三四五六七八九十\d]{1,2}[：:]"  # "情况三：", the label's opening
# ... or numbered as an item ("（一）敲门不应：约好的独居老人敲门没人应……。\n先：隔门喊……绝不：自己撬门"): what follows
# it, opened by what to do first and holding what never to do, says it is a protocol's situation, not any item
_SITUATION_OPENS = rf"(?:{_SITUATION_NUMBER}|[（(][一二三四五六七八九十]{{1,2}}[）)])"
_SITUATION_LABELLED = re.compile(
    rf"{_SITUATION_OPENS}\s*([^。\n]{{4,80}})[。\n]\s*((?:先|第一[，,、：:])[^\n]*?(?:\n(?!\n)[^\n]*?)*?)"
    rf"(?={_SITUATION_OPENS}|\n\n|$)",
    re.S,
)


# ... the label alone, a line or a sentence of its own
_A_SITUATIONS_LABEL = re.compile(rf"^{_SITUATION_NUMBER}[^。；;！!]{{2,60}}[。]?$")


def situations_named(text: str) -> list[str]:
    """The situations labelled inside ``text`` whose protocol follows them (opened by what to do first, with what never
    to do)."""
    return [match.group(1) for match in _SITUATION_LABELLED.finditer(text) if _NEVER.search(match.group(2))]


def tells_what_to_do(heading: str, text: str, told: bool = True) -> bool:
    """Whether a passage of a leader's document is a protocol: under a heading that names one (处置, 应急, 注意事项 …),
    or (``told``) told as one, in order, with what never to do."""
    return bool(
        _PROTOCOL_HEADING.search(heading)
        or (told and (_PROTOCOL_TOLD.search(text) or (_STEPS_TOLD.search(text) and _NEVER.search(text))))
    )


# "打算怎么解决？", "下一步准备怎么办？": what will be done; a plan is told with 将, 计划, 决定, 力争 …
_ASKS_PLAN = re.compile(
    r"(?:打算|准备|计划|下一步|以后|今后)[^，。？！?!]{0,6}(?:怎么|如何|咋|啥|什么)|(?:怎么|如何|咋)(?:解决|改进|应对)"
)
_PLANS = re.compile(r"将|计划|拟|准备|决定|下一步|力争|争取")
REMEDY_SHARED = 2  # words a plan shares with the problem it answers, at least
_COUNT_IN_LIST = re.compile(r"哪([一二两三四五六七八九十])")
_NUMERALS = "一二三四五六七八九十"
_CHINESE_MONTHS = (*_NUMERALS, "十一", "十二")
LIST_BONUS = 0.35
# What the volunteer means to say, quoted after a verb of saying ("我准备上去说一句“您冷静点，车位的事……”，这么说行不",
# "我想安慰他一句“至少您身体还硬朗嘛”"): the line that quotes the same words judges it and leads ("误区二：说“您冷静点”
# “您别激动”", "不要说“至少您还有退休金”")
_PROPOSED = re.compile(
    r"我[^，。？！；,.?!;“”]{0,8}(?:说|讲|回|劝|安慰|问|告诉)[^“”，。？！,.?!]{0,6}“([^”]{2,60})”"
    # ... or unquoted, pointed back to as what would be said ("俺想劝他说至少您身体还硬朗，店也开着有个营生，这么说能让他
    # 宽宽心不")
    r"|[我俺][^，。？！；,.?!;“”]{0,8}(?:说|讲|劝|安慰|告诉)(?:他|她|老人|对方|人家)?说?([^“”。？！?!]{4,60}?)[，,]"
    r"(?:这么|这样|这种话|这话)(?:说|讲|劝)?"
    # ... or asked of oneself, said or shouted ("上去是不是先大声喊一句“你们都冷静点”把场子镇住？")
    r"|(?:是不是|要不要|能不能|可不可以|该不该)[^，。？！；,.?!;“”]{0,8}(?:说|讲|喊|吼|劝|回|问|告诉)[^“”，。？！,.?!]{0,6}“([^”]{2,60})”"
)
_QUOTATION = re.compile(r"“([^”]{1,60})”")
SAID_SHARED = 3  # characters a line's quotation shares, in a row, with the saying proposed (冷静点, 至少您)
# A sentence that opens an enumeration in prose: "分四步：", "三步走：", "包括：", "如下："
_ENUMERATES = re.compile(
    r"(?:[一二两三四五六七八九十\d]+(?:步|个步骤|个环节|个阶段|个方面|件事)[^，。；：:]{0,3}|如下|以下|包括|分为)[：:]"
)
# "谁给他们培训？" "哪些单位参与？" asks for an agent: a sentence naming an organisation answers it (as a figure
# answers "多少"); an organisation's name is two characters or more before the word that closes it
# (in the question's last clause: "怕又是谁出事了，是我太矫情了吗？" asks no one; nor does 谁都 / 谁也 / 谁对谁错)
_ASKS_WHO = re.compile(
    r"(?:谁(?![都也对])|哪(?:个|些|家)?[^，。！？,.!?]{0,4}?(?:单位|部门|机构|组织|学校|医院))[^，。！？,.!?]*[？?]?$"
)
_ORGANISATION = re.compile(
    r"[\u4e00-\u9fff]{2,}(?:大学|学院|学校|中心|协会|学会|基金会|委员会|办事处|局|公司|团队|医院|派出所|居委会|村委会|"
    r"妇联|团委|服务社|工作站|社工站|系|所)"
)
# A report's byline, who wrote it and when ("永泰县民政局", "浔东区民政局 2025年7月8日。"): it says who signed, not
# who does what, and no question is answered by it
_BYLINE = re.compile(rf"^{_ORGANISATION.pattern}\s*(?:\d{{4}}年(?:\d{{1,2}}月(?:\d{{1,2}}日)?)?)?[。.]?$")
AGENT_BONUS = 0.35
# "先打哪个电话？" asks for a number to call: a sentence that gives one answers it (as a figure answers "多少")
_ASKS_NUMBER = re.compile(r"(?:哪个|哪一个|什么|哪些|几个|哪)(?:电话|号码|热线)")
_PHONE_NUMBER = re.compile(r"(?<!\d)\d{3,}(?!\d)")
# How a question asks, not what it asks about: as bigrams they would match headings like "敲门不应时怎么办".
# (能不能 / 可不可以 stay: their 不能 / 不可 is what a prohibition that answers them says.)
_ASKING = re.compile(
    r"(?:我|你|我们)?(?:应该|应当|该)?(?:怎么办|怎么做|怎样做|怎么|如何|怎样)|什么样|什么|哪些|哪个|"
    r"请问|(?:是)?谁|啥|咋(?:办|整|弄)?|哪儿|哪里|[吗呢吧]"
)
# A part of a report numbered in words or figures ("（三）", "二、", "3."), and how long its heading may be after the
# number: "（三）梧桐镇春光村。" heads the sentences after it; "（二）该村是传统古村落，外出务工人员多……" heads none
_NUMBERED_PART = re.compile(
    r"(?:^|[：:])(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|\d{1,2}[、.．](?!\d))"
)  # at a sentence's start, or after the colon that announces the parts ("具体情况如下：（一）……")
SUBHEADING_CHARS = 16
HEADING_SHARED = 2  # words of the question a step's heading holds when it names the question's situation
_LIST_MARK = re.compile(r"^\s*(?:[-*+]|\d+[.)、]|[（(]?\d+[)）])\s*")
# Exercises (EXERCISES) are found by either of its words alone, so an uploaded document's "练习" heading counts too.
_EXERCISE_WORDS = ("练习", "角色扮演")
_STEP_SECTIONS = (STEPS, KEY_POINTS, PHRASES, PRACTICES, SOCIAL_WORKER, VOLUNTEERS, "练习")
_AVOID_SECTIONS = (MISCONCEPTIONS,)
_ESCALATE_SECTIONS = (ESCALATION,)
_SITUATION_SECTIONS = (SITUATIONS,)  # when a skill applies: it echoes the question without answering it
_NOT_LEAD = ("avoid", "situation", "escalate")
# "能收下吗？" "可以发朋友圈吗？": a question asking leave is answered by the rule, often a prohibition.
_MYTH = re.compile(r"^误区[一二三四五六七八九十\d]*[：:]\s*(.+)$")
_ASKS_LEAVE = re.compile(
    r"(?:可以|能|行|可|允许|要)[^，。？！]{0,12}吗|可不可以|能不能|行不行|要不要|是否可以"
    r"|中不中|成不成|得不得|要得不"  # the same in dialect ("……塞速效救心丸，中不中啊？")
)
# An example utterance (话术), not a statement of what to do: the sentence is a quotation (maybe after a
# "敲门时：" label), ending where the quote ends, or cut off inside it.  "“凉小鸭”志愿服务队……" is a statement.
# The tail of a quotation cut at a sentence end ("……好吗？”") is a saying too; a name in quotes that labels what
# follows is not ("“银发先锋”（退休党员、低龄老人）：451名", a slide's line).
_SAYING = re.compile(
    r"^(?!“[^”，。！？]{1,12}”(?:[（(][^）)]*[）)])?[：:])"
    r"(?:(?:[^，。：“]{0,12}[：:]|[^，。：“]{2,10}[，,][^，。：“]{2,8}[：:])?“(?:[^”]*$|[^”]*”\s*(?:$|[。！？，,—（(]))|^[^“”]*”\s*$)"
)
_SKIPPED_SECTIONS = (*_EXERCISE_WORDS, RELATED)
_QUIZ_KEY = re.compile(r"^([A-F](?:[、,，和]?[A-F])*)(?:[。.、，,：:；;）)]|\s|$)\s*")
_AVOID_START = re.compile(r"^(不要|别|切忌|避免|误区|不能|不可)")
_CITE_OR_PUNCT = re.compile(r"\[\d+\]|[\s，。、；：！？“”（）,.;:!?()\"'-]")
_ASKED_LINE = re.compile(r"[？?]$")  # a line that asks, answered by the next
_NOT_CONTENT = re.compile(
    r"^(单选|多选|简答|判断|答案|角色|场景|观察员|观察清单|问题\d|[A-D][.、．])|[？?]$|^[（(][^）)]*[）)][。]?$|^\|"
    # a chat message's time and sender ("2025-06-15 18:55方小雅（大学生志愿者）"): who spoke, not what was said
    r"|^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s*\d{1,2}:\d{2}(?::\d{2})?[^，。！？,.!?]{0,24}$"
)
# The law a module rests on (依据): it leads only a question about rules or leave ("需要办什么手续？"
# "能收下吗？"), and is never a step or a "more" line.
_BASIS_SECTIONS = (BASIS,)
_ASKS_RULES = re.compile(r"法|规定|手续|条例|依据|合法|违法|允许|资格|保险")
_LABELLED = re.compile(r"^[^，。：:“]{2,14}[：:]")  # "引路：……" states its own subject


@dataclass(frozen=True)
class Passage:
    """What the composer needs of a cited source."""

    n: int
    title: str
    heading: str
    text: str
    kind: str
    rank: int = 0  # retrieval rank (0 = best); expansions share their hit's rank
    source: str = ""  # the document's path (passages of one document share it)
    ordinal: int = 0  # its place in its document


@dataclass(frozen=True)
class _Item:
    text: str
    n: int
    score: float
    role: str  # fact | step | avoid | escalate | situation | principle
    order: tuple[int, int]
    match: str = ""  # what the question is compared with, when more than the text (a quiz answer's question)
    overlap: float = 0.0  # share of the question's (weighted) words it holds
    source: str = ""  # its document
    about: bool = False  # it, or its passage, speaks of a name the question turns on
    beyond_names: float = 0.0  # share of the question's (weighted) words it holds, the names asked about aside
    paragraph: int = -1  # line of its passage it stands in (-1: a quiz answer)
    in_list: bool = False  # it stands in a list item
    also: tuple[tuple[int, int], ...] = ()  # where it stands again: the overlap of two passages of its document
    figure_asked: bool = False  # it holds a number in the unit asked ("多少钱" → 36万元)
    opens_section: bool = False  # a list asked, it opens a section whose own heading names what is asked (六、存在问题)
    voted: float = 0.0  # the weight of the nearest labelled situations whose answers it holds (``example_lines``)
    numbered: bool = False  # it opens a numbered part within its paragraph ("……熟记：（1）……。（2）发现渔船……")
    named: str = ""  # the short name of the step it tells ("预警叫应" of "1.预警叫应。接到……"), shown before it
    heads: str = ""  # the numbered part's heading it stands under ("4. 老人……走楼梯时摔倒。" for "必须：先不要扶起……")
    earlier_in_item: tuple[
        str, ...
    ] = ()  # the sentences before it in its list item, as written ("**糖尿病老人出冷汗……")


def quiz_answers(text: str) -> list[tuple[str, str]]:
    """``(question, answer)`` of each answered quiz question in a passage of a 小测验 section.

    A choice is answered by what its options say, then the reason: "答案：B。资源要经社工核实……"
    under "B. 填写资源卡交给社工" reads "填写资源卡交给社工。资源要经社工核实……". An answer
    whose question sits in the chunk before comes with an empty question.
    """
    pairs: list[tuple[str, str]] = []
    for item in quiz_questions(text):
        answer = item.answer
        key = _QUIZ_KEY.match(answer)
        if key:
            options = dict(item.options)
            chosen = [options[k] for k in re.findall(r"[A-F]", key.group(1)) if options.get(k)]
            reason = answer[key.end() :]
            answer = "；".join(o.rstrip("。；; ") for o in chosen) + "。" + reason if chosen else reason
        pairs.append((item.question, answer))
    return pairs


def _weights(question: str) -> dict[str, float]:
    """The question's tokens, weighted by length; its asking words (怎么办, 什么, 吗 …) left out."""
    weights: dict[str, float] = {}
    for token in tokenize(_ASKING.sub("，", question)):
        weights[token] = max(weights.get(token, 0.0), min(len(token), 4) / 2)
    return weights


def _role(heading: str, text: str) -> str:
    if any(s in heading for s in _BASIS_SECTIONS):
        return "basis"
    if _A_SITUATIONS_LABEL.match(text):
        # a situation's label in notes typed as plain text ("情况二：电动车电瓶冒烟、起火"): it names what the steps
        # after it answer, as a heading does, and answers nothing itself
        return "situation"
    if any(s in heading for s in _AVOID_SECTIONS) or _AVOID_START.match(text):
        return "avoid"
    if any(s in heading for s in _ESCALATE_SECTIONS):
        return "escalate"
    if any(s in heading for s in _SITUATION_SECTIONS):
        return "situation"
    if any(s in heading for s in _STEP_SECTIONS):
        return "step"
    return "fact"


def _names_another_place(text: str, focus: Sequence[str]) -> bool:
    """Whether ``text`` names a place that is none of ``focus`` nor part of one (not one named as an example of
    many: "在柳塘镇等地建成骑手暖驿站6个" is the county's figure)."""
    finest = max((unit_level(f) for f in focus), default=0)
    return any(
        unit_level(name)
        # (not a coarser place, which may hold the one asked: "……由泉州市慈善总会补" of 东海街道's lunches)
        and not (finest and unit_level(name) < finest)
        and not _NOT_IN_A_NAME.search(name)
        and not _is_asked(name, focus)
        and not re.search(re.escape(name) + "等", text)
        for name in names(text)
    )


def _of_another_place(item: _Item, focus: Sequence[str]) -> bool:
    """Whether ``item`` tells of a place not asked: a table's row labelled by one ("青石桥街道：驻站社工16名，注册志愿者
    412名"), or a line about none asked that names a peer of one ("杏园社区……志愿者来了18个" for 槐树巷社区)."""
    label = _ROW_LABEL.match(item.text)
    if label and unit_level(label.group(1)) > 0 and not _is_asked(label.group(1), focus):
        return True
    return not item.about and _names_a_peer(item.text, focus)


def _names_a_peer(text: str, focus: Sequence[str]) -> bool:
    """Whether ``text`` names a place of the rank of a place asked that is not asked (柳塘镇 when 白沙镇 is)."""
    levels = {unit_level(f) for f in focus} - {0}
    return any(unit_level(name) in levels and not _is_asked(name, focus) for name in names(text))


def _is_asked(place: str, focus: Sequence[str]) -> bool:
    """Whether ``place`` is one of the names asked about, a part of one or one they are part of."""
    return any(mentions(place, f) or mentions(f, place) for f in focus)


def _places_told(text: str, before: tuple[str, ...] | None, passage: str) -> tuple[str, ...] | None:
    """The places a passage speaks of after its sentence ``text``: those it names (several: a list, "在石桥镇、柳塘镇、
    枫林乡3个乡镇启动……"); none (``()``) after a total ("合计：……"); ``before`` when it names no place."""
    if _TOTALLED.match(text):
        return ()
    return _places_named(text, passage) or before


def _quotes_the_saying(text: str, sayings: Sequence[str]) -> bool:
    """Whether ``text`` quotes words of one of ``sayings`` (``SAID_SHARED`` characters in a row, no mark among them)."""
    for quoted in _QUOTATION.findall(text):
        for saying in sayings:
            match = difflib.SequenceMatcher(None, quoted, saying, autojunk=False).find_longest_match()
            if match.size >= SAID_SHARED and not re.search(r"[^\u4e00-\u9fff]", quoted[match.a : match.a + match.size]):
                return True
    return False


def _last_places(passage: str) -> tuple[str, ...]:
    """The places ``passage`` speaks of at its end (``_places_told`` over its sentences)."""
    topic: tuple[str, ...] | None = None
    for line in passage.splitlines():
        for raw in _whole_quotes(split_sentences(line)):
            topic = _places_told(clean(raw), topic, passage)
    return topic or ()


@functools.lru_cache(maxsize=PLACES_CACHE_SIZE)  # a passage's own places are asked of each of its sentences
def _places_named(text: str, passage: str) -> tuple[str, ...]:
    """The places ``text`` names as its passage speaks of them: a name the passage repeats, one a sentence opens with
    ("茶城社区是……", "枫林社区：……") or one of a list ("石桥镇、柳塘镇、枫林乡"); not a phrase the tagger took for a
    place ("远近闻名的茶叶专业村")."""
    places = [
        n
        for n in names(text)
        if unit_level(n)
        and not _NOT_IN_A_NAME.search(n)
        and (
            passage.count(n) > 1
            or re.search(rf"(?:^|[。！？；\n]){re.escape(n)}|{re.escape(n)}、|、{re.escape(n)}", text)
        )
    ]
    return tuple(p for p in places if not any(q != p and p in q for q in places))  # 枫林乡茶园村, not its 枫林乡


def _told_of(topic: tuple[str, ...] | None, passage: str, focus: Sequence[str]) -> bool:
    """Whether a sentence whose passage last named ``topic`` before it (``_places_told``) is about ``focus``: every
    place it named is one of them, or the passage named none before it and names no other place of their rank."""
    levels = {unit_level(f) for f in focus} - {0}  # places of another rank: the villages of the town asked
    if topic is None:
        return not any(unit_level(p) in levels and not _is_asked(p, focus) for p in _places_named(passage, passage))
    if levels and topic and all(0 < unit_level(t) < min(levels) and not _is_asked(t, focus) for t in topic):
        # the passage last named only a larger place: the county's budget after "项目由丹棱县……统筹" is not 桂花社区's,
        # though the passage lists it among six (a figure after the villages of the town asked is the town's)
        return False
    if not levels and any(_is_asked(p, focus) for p in _places_named(passage, passage)):
        # a place said without its unit ("岚峰那边有几个驻点社工") that the passage names with it (岚峰社区): the place
        # last named must be it (not a programme's name, "小橘灯全年陪了多少人次", which names no place)
        return bool(topic) and any(_is_asked(t, focus) for t in topic)
    return bool(topic) and all(_is_asked(t, focus) for t in topic if unit_level(t) in levels)


def asks_a_list(question: str) -> bool:
    """Whether ``question`` asks for a list: steps, measures, problems, plans ("哪几条", "下一步准备干些啥")."""
    return bool(_ASKS_LIST.search(question))


def section_words(question: str) -> list[str]:
    """The words that head the kinds of report section a list ``question`` asks for ("哪些毛病" → 困难, 问题, 不足,
    主要发现 …): a search by them finds a section its own words do not ("评估组给我们挑出来哪些毛病")."""
    if not asks_a_list(question):
        return []
    return [word for asked, headed in _REPORT_SECTIONS if asked.search(question) for word in headed.pattern.split("|")]


def asks_for_a_section(question: str, sections: Iterable[tuple[str, str]]) -> bool:
    """Whether ``question`` asks in everyday words for a list a report's section holds, and one of ``sections``
    (``(kind, heading)`` of the passages found) is of that kind: "明年有哪些工作打算" of "五、下一年度工作计划".
    Not a skill module's own sections (操作步骤 is no report's 工作流程)."""
    step = _A_STEP_ASKED.search(question)
    if not (asks_a_list(question) or step):
        return False
    kinds = [*_kinds_asked(question), *([_STEPS_HEADED] if step else [])]
    uncounted = bool(_STEPS_UNCOUNTED.search(question))
    return any(
        kind != "skill"
        and (
            any(headed.search(heading.split(" > ")[-1]) for headed in kinds)
            # ... or the steps of a method it names, uncounted ("那个走访法都有哪几步啊" of "三、“五步走访法”")
            or (uncounted and any(m.group(1) in question for m in _METHOD_OF_STEPS.finditer(heading.split(" > ")[-1])))
        )
        for kind, heading in sections
    )


# Steps asked uncounted, and a heading that names a method by its count of steps (“五步走访法”: 走访法)
_STEPS_UNCOUNTED = re.compile(r"哪几步|几个?步骤|哪些步骤|分几步|哪几个?环节")
_METHOD_OF_STEPS = re.compile(r"[两三四五六七八九十\d]步([\u4e00-\u9fff]{2,5}?[法招])")


def _kinds_asked(question: str) -> list[re.Pattern[str]]:
    """The headings of the kinds of report section ``question`` asks for in its own words (困难, 计划, 资金 …), and
    of the steps it counts ("入户五个步骤" → a heading with 五步)."""
    kinds = [headed for asked, headed in _REPORT_SECTIONS if asked.search(question)]
    if steps := _STEPS_COUNTED.search(question):
        kinds.append(re.compile(f"{steps.group(1)}步"))
    return kinds


def sections_of(kind: str, heading: str, text: str) -> list[tuple[str, str]]:
    """``(kind, heading)`` of a passage, and ``(kind, label)`` of each list its text opens by a label of its own
    ("……结合大家的意见，定下来几条：" / "1. ……" in a work group's chat): what ``asks_for_a_section`` reads."""
    return [(kind, heading), *((kind, m.group(1)) for m in _LIST_LABEL.finditer(text))]


_LIST_LABEL = re.compile(r"([^。！？!?\n：:]{2,30})[：:][ \t]*\n\s*(?:[1１①]|一、|（一）|\(1\))")


def asks_a_name(question: str) -> bool:
    """Whether ``question`` asks what something is called ("给娃辅导作业的那个品牌叫啥", "子品牌叫什么名字")."""
    return bool(_ASKS_NAMES.search(asking_part(question)))


def _gives_a_name(text: str) -> bool:
    """Whether ``text`` gives a name in quotes: a few characters that are no words said (“茶乡银龄帮”, not “您慢点”)."""
    return any(not _SAID_IN_QUOTES.search(m.group(1)) for m in _QUOTED_NAME.finditer(text))


_SAID_IN_QUOTES = re.compile(r"[我你您他她咱了吗呢吧啊嘛，。！？、,.!?\s]")
NAMING_SHARE = 0.6  # of the best lead's score: a line giving a name leads when it is this close to it


def asks_the_programmes_name(question: str) -> bool:
    """Whether ``question`` asks the name of the asker's own pilot or programme ("咱这个试点品牌叫啥来着", "我们这个项目
    叫什么名字"): what the leader's documents are about, named in their titles."""
    return bool(_ASKS_THE_PROGRAMMES_NAME.search(question))


def names_the_kind_asked(question: str, texts: Iterable[str]) -> bool:
    """Whether one of ``texts`` gives in quotes a name of the kind ``question`` asks the name of ("那帮退休老师组的队叫
    什么组" of “门球场护老小组”): the kind word said before 叫什么 or after it ends the name."""
    if not asks_a_name(question):
        return False
    kinds = {m.group(1) for pattern in _KIND_NAMED for m in pattern.finditer(question)}
    return bool(kinds) and any(
        name.endswith(tuple(kinds)) and not _SAID_IN_QUOTES.search(name)
        for text in texts
        for name in _QUOTED_NAME.findall(text)
    )


_QUOTED_NAME = re.compile(r"“([^”]{2,12})”")
# the kind of thing whose name is asked: "队叫什么", "叫什么组", "那个计划叫啥名"
_KIND_NAMED = (
    re.compile(r"([队组站班团社室点]|计划|品牌|热线)(?:的名字|的名称)?(?:叫|是)(?:个)?(?:什么|啥)"),
    re.compile(r"(?:叫|是)(?:个)?(?:什么|啥)([队组站班团社室点]|计划|品牌|热线)"),
)
_ASKS_THE_PROGRAMMES_NAME = re.compile(
    r"(?:咱|咱们|我们|俺们|这个|本)[^，。？?！!]{0,8}(?:试点|项目|品牌|计划)[^，。？?！!]{0,6}(?:叫|是)(?:啥|什么)"
)


def asks_how_it_ended(question: str) -> bool:
    """Whether ``question`` asks how a story ended, how someone fared after ("彭大爷后来怎么样了？")."""
    return bool(_ASKS_HOW_IT_ENDED.search(question))


def tells_of(text: str, question: str) -> bool:
    """Whether ``text`` tells of a person ``question`` names: by name ("赵奶奶"), or by surname with a kinship word
    ("彭大爷" of "彭德福老人", a name the tagger reads as a person's)."""
    called = list(_CALLED.finditer(question))
    if any(c.group() in text for c in called):
        return True
    surnames = {c.group(1) for c in called}
    if surnames and any(flag.startswith("nr") and word[:1] in surnames for word, flag in tagged_words(text)):
        return True  # (彭|德福: the tagger reads 彭 alone as the person's name)
    return any(flag.startswith("nr") and len(word) >= 2 and word in text for word, flag in tagged_words(question))


def _document(passage: Passage) -> str:
    return passage.source or passage.title


def _a_number_beside(noun: str, escaped: bool = True) -> re.Pattern[str]:
    """A number told beside ``noun``, before or after it ("现有志愿者126名", "126名志愿者"); ``escaped=False``: ``noun``
    is a pattern (words in the alternative)."""
    noun = f"(?:{re.escape(noun) if escaped else noun})"
    # (not a count of times: "志愿者19人次" is no number of volunteers)
    # (a number in words before it has a ten, a hundred …: "六百多位老人", not "一位老人")
    # (in words after it too, with its unit: "注册志愿者才四百一十二名", "持证社工十一名")
    return re.compile(
        f"{noun}[^，。；\\d]{{0,6}}\\d[\\d,.]*(?![\\d,.]|[人户场]?次)"
        f"|{noun}[^，。；\\d一二两三四五六七八九十百千万]{{0,6}}[一二两三四五六七八九十百千万]+[余多来]?(?:名|位|人(?!次)|个|户|家|支)"
        f"|(?:\\d|[一二两三四五六七八九]*[十百千万][一二两三四五六七八九十百千万]*)[余多]?(?:{COUNT_UNITS})?{noun}"
    )


_TAG_QUESTION = re.compile(r"^(?:是不是|是否|有没有|对不对|够不够|算不算|达没达|达不达)")  # a yes-or-no tag
_YES_OR_NO = re.compile(r"(.)不\1|行不行|中不中|[行成对]不[？?啊呀]?$|吗$")  # a question asking yes or no
_SENTENCE = re.compile(r"[^。！？!?]+[。！？!?]*")


def asks_a_figure(question: str) -> bool:
    # (not the names of a count: "几支队分别叫什么？"; nor a few told as where someone is among them: "我负责打电话的
    # 几户里有个大娘……我该先干啥")
    asked = _AMONG_A_FEW.sub("", _TIMES_TOLD.sub("", asking_part(question)))
    if not _FIGURE_QUESTION.search(asked) or _HOW_TO.search(question) or _ASKS_NAMES.search(question):
        return False
    # "几个人" before a question asking yes or no is a few people ("赶紧几个人把他抬床上去……我们抬不抬啊"), not a count
    if _FIGURE_QUESTION.search(re.sub(_A_FEW, "", asked)):
        return True
    last = max(m.end() for m in re.finditer(_A_FEW, asked))
    end = re.search(r"[。！？!?]", asked[last:])  # in the same sentence ("有几个人？下周够不够用" asks the count)
    return not _YES_OR_NO.search(asked[last : last + end.start()] if end else asked[last:])


def asking_part(question: str) -> str:
    """The sentences of ``question`` that ask: those ending in a question mark, and the last.  The sentences of a story
    told before them ask nothing ("我带几个初中生陪老人翻老照片。……下回我该怎么跟孩子们交代？" asks no count)."""
    sentences = _SENTENCE.findall(question)
    if len(sentences) < 2 or not any(s.rstrip().endswith(("？", "?")) for s in sentences):
        return question
    return "".join(s for i, s in enumerate(sentences) if i == len(sentences) - 1 or s.rstrip().endswith(("？", "?")))


def _items(
    question: str, passages: list[Passage], focus: Sequence[str] = (), emphasis: Sequence[str] = ()
) -> list[_Item]:
    """Every usable sentence of the passages, scored against the question.

    Question words are weighted by how rare they are among the candidate sentences
    (the passages' own IDF): a word every passage shares (老人, 志愿者) says little
    about which sentence answers; the rare one the question turns on says much.
    """
    wants_figure = asks_a_figure(question)
    # the places asked about, not a kind of place counted ("覆盖了多少个乡镇街道": 全省1600多个 is the answer)
    placed = [f for f in focus if not re.search(f"(?:多少|几)个?{re.escape(f)}", question)]
    unit = _ASKED_UNIT.search(question)
    # "几期？" is answered by "第二期", in whatever numerals, not by "200余名"
    number_with_unit = re.compile(f"{_numeral_for(unit)}[余多]?{_unit_alike(unit)}") if unit else None
    # ... and what it counts, when the question names that before it ("注册的志愿者有多少人？"): the number told beside
    # it is the one asked, not another count in the same unit ("5名社工离职，其中石门乡3名")
    counted_before = _COUNTED_BEFORE.search(question) if unit else None
    # (a verb's 了 or 过 is no part of what it counts: "服务了多少户" is told "服务96户")
    beside_counted = (
        _a_number_beside(re.sub(r"(?<=..)[了过]$", "", counted_before.group(1))) if counted_before else None
    )
    # ... or, no unit asked, the noun counted right after the place asked and before "有几个" ("枫林湾社区社工有几个？":
    # "社区有4名社工" tells it; not "南坪镇这两年离职的社工有几个", whose 社工 are some of them)
    number_of_counted = (
        _a_number_beside(noun) if wants_figure and not unit and (noun := _noun_counted(question, focus)) else None
    )
    if not unit and _ASKS_SHARE.search(question):
        # a share asked ("老人戴黄手环的比例是多少") is told as a percentage ("佩戴率达到71%")
        number_with_unit = _PERCENTAGE
    elif not unit and (
        counted := _COUNTED.search(question) or (wants_figure and _COUNTED_BEFORE_ANY.search(question.strip()))
    ):
        # "多少志愿者" asks the number told beside 志愿者: "现有志愿者126名", "126名志愿者"; so does "持证社工有几个？"
        # ... or, counted as registered, beside the noun without it ("几个持证社工" of "社区有社工4名": a report names its
        # social workers and volunteers without saying they are licensed or registered), the whole weighing more; not
        # any other kind of them ("离职的社工", "专职社工", "独居老人" are other counts)
        noun = counted.group(1)
        head = _REGISTERED.sub("", noun)
        number_with_unit = _a_number_beside(f"{re.escape(noun)}|{re.escape(head)}" if head != noun else noun, False)
        beside_counted = _a_number_beside(noun) if head != noun else None
    elif not unit and wants_figure and (counted := _COUNTED_AFTER.search(question)):
        # ... and "有几个持证社工在带志愿者？" the number beside what follows 几个 (持证社工, or its first words)
        noun = counted.group(1)
        number_with_unit = _a_number_beside("|".join(noun[:n] for n in range(len(noun), 1, -1)), escaped=False)
    wants_principles = bool(_PRINCIPLE_QUESTION.search(question))
    asks_total = bool(_ASKS_TOTAL.search(question))
    asks_how_often = bool(_ASKS_HOW_OFTEN.search(question))
    ended = asks_how_it_ended(question)
    asks_number = bool(_ASKS_NUMBER.search(question))
    asks_list = bool(_ASKS_LIST.search(question))
    naming = asks_a_name(question)
    asks_who = bool(_ASKS_WHO.search(question.strip()))
    asks_how_handled = bool(_ASKS_HOW_HANDLED.search(question))
    asks_what_to_do = not wants_figure and bool(_ASKS_WHAT_TO_DO.search(question))
    # "后面几步是啥", "最后一步是啥": the items of a list
    counts_asked = asks_list or bool(_COUNT_ASKED.search(question) or _A_STEP_ASKED.search(question))
    count = _COUNT_IN_LIST.search(question)
    items_asked = 0 if not count else 2 if count.group(1) == "两" else _NUMERALS.index(count.group(1)) + 1
    top_title = min(passages, key=lambda p: p.rank).title if passages else ""
    found: list[tuple[str, tuple[int, int], Passage, str, set[str], bool, str]] = []
    paragraph_of: dict[tuple[int, int], int] = {}
    lead_of: dict[tuple[int, int], str] = {}  # a sentence's numbered part heading, when it stands under one
    topic_of: dict[tuple[int, int], tuple[str, ...] | None] = {}  # the place its passage last named before it
    listed: set[tuple[int, int]] = set()  # sentences of a list item
    opens_part: set[tuple[int, int]] = set()  # sentences that open a numbered part (the mark is cleaned off their text)
    named_of: dict[tuple[int, int], str] = {}  # a step's short name, said before it when it is shown
    earlier_of: dict[tuple[int, int], tuple[str, ...]] = {}  # ``_Item.earlier_in_item``
    seen: set[str] = set()
    again: dict[str, list[tuple[int, int]]] = {}
    quizzes = {
        position: quiz_answers(passage.text)
        for position, passage in enumerate(passages)
        if QUIZ in passage.heading and not any(s in passage.heading for s in _SKIPPED_SECTIONS)
    }
    # a quiz answer cut by the end of its passage ("答案：这是轻生风险信号。") stands whole in the next: the whole one
    whole_answers: dict[str, str] = {}
    for asked, answer in (pair for pairs in quizzes.values() for pair in pairs):
        if len(answer) > len(whole_answers.get(asked, "")):
            whole_answers[asked] = answer
    # a passage the chunker cut from the one before it in its document, under the same heading, goes on speaking of
    # the place that one last named ("**柳塘社区**是个老居民区……服务时长2810小时。" | "社工把菜园当成……需求转介办结
    # 率88.5%": 柳塘's figure)
    carried: dict[int, tuple[str, ...]] = {}
    if wants_figure and focus:
        ends = {(p.source, p.ordinal): (p.heading, _last_places(p.text)) for p in passages if p.source}
        for position_in_pool, passage in enumerate(passages):
            heading, places = ends.get((passage.source, passage.ordinal - 1), ("", ()))
            if places and heading == passage.heading:
                carried[position_in_pool] = places
    # ... and the situation whose label the one before it ended in, its protocol cut into this one ("（三）老人说想不开：
    # ……这类话。" | "先：留下来陪着……"): the labels are read over a passage with its neighbours found too
    situations_of, label_carried = _situations_across(passages)
    for position_in_pool, passage in enumerate(passages):
        if any(s in passage.heading for s in _SKIPPED_SECTIONS):
            continue
        if position_in_pool in quizzes:
            # A quiz is question and answer: the answer is the knowledge, matched by its question too.
            for position, (asked, answer) in enumerate(quizzes[position_in_pool]):
                text = clean(answer)
                if asked and whole_answers[asked] != answer and whole_answers[asked].startswith(answer):
                    continue
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
        lines = passage.text.splitlines()
        sentences = [(line, raw) for line, text in enumerate(lines) for raw in _whole_quotes(split_sentences(text))]
        # the short numbered sentence heading the part a sentence stands in ("（三）梧桐镇春光村。")
        topic: tuple[str, ...] | None = carried.get(position_in_pool)  # the place the passage last named
        # a question asked on a line of its own is answered on the next ("陈敏：……不会用小程序签到，能不能先纸质
        # 登记再补录？" / "李科长：可以，纸质的拍照留底……"): that line holds the question's words too, as a quiz's
        # answer does (not its match: a reply says enough to lead on its own, a quiz's "不能。" does not)
        open_question = (-1, "")
        label, label_line = "", -1  # a sentence ending in a colon above a list ("……定下来几条：" / "1. ……")
        name_at, name = (-1, -1), ""  # a numbered item's short name, when more of its line follows it
        in_item: tuple[int, list[str]] = (-1, [])  # a list item's line and its sentences so far
        situations = situations_of[position_in_pool]
        lead = label_carried.get(position_in_pool, "") or _headed_situation(passage)
        for position, (line, raw) in enumerate(sentences):
            paragraph_of[(position_in_pool, position)] = line
            if _LIST_MARK.match(lines[line]):
                listed.add((position_in_pool, position))
                if in_item[0] != line:
                    in_item = (line, [])
                elif in_item[1]:
                    earlier_of[(position_in_pool, position)] = tuple(in_item[1])
                in_item[1].append(raw)
            elif line != label_line:
                label = ""
            opens = bool(_NUMBERED_PART.match(raw.strip()))
            if opens:
                opens_part.add((position_in_pool, position))
            text = clean(raw)
            a_situations_label = any(label in text for label in situations)
            if name_at == (line, position - 1):
                named_of[(position_in_pool, position)] = name  # "1.预警叫应。接到台风预警后……": shown under its name
            if numbered := _NUMBERED_PART.search(text):
                # (a situation numbered as an item heads its protocol however long: "（一）敲门不应：约好的独居老人敲门
                # 没人应、电话也打不通。" / "先：隔门喊老人名字……")
                short = len(text) - numbered.end() <= SUBHEADING_CHARS
                lead = text if short or a_situations_label else ""
            elif _A_SITUATIONS_LABEL.match(text):
                # ... or a situation's label in plain-text notes heads the steps after it ("情况二：电动车电瓶冒烟、起火" /
                # "第一，大声喊周边的人撤离……")
                lead = text
            # (its full stop aside: "2.陪护途中老人出现胸闷、头晕、呕吐。立即报告船长……")
            if (
                (opens or _LIST_MARK.match(raw))
                and len(text.rstrip("。．.")) <= SUBHEADING_CHARS
                and text.endswith(("。", "．", "."))
                # (a myth's "误区一：节奏比居民快。" is labelled already; a saying is no name)
                and not re.search(r"[：:“”]", text)
                # more of its line follows, or, at the end of a report's passage whose steps above are named, the
                # chunker cut this one after its name (not a list of short items: "4. 部分楼栋响应偏慢。")
                and (
                    sentences[position + 1][0] == line
                    if position + 1 < len(sentences)
                    else passage.kind != "skill" and opens and name_at[0] >= 0
                )
            ):
                name_at, name = (line, position), _NUMBERED_PART.sub("", text).rstrip("。．.")
            # a step's sentences are about what its name says ("3.老人错过末班渡船、滞留本岛。联系县城……安排临时住宿")
            step_name = name if name_at[0] == line and name_at[1] < position else ""
            if (heads := step_name or lead or label) and heads != text:
                lead_of[(position_in_pool, position)] = heads
            if text.endswith(("：", ":")) and line + 1 < len(lines) and _LIST_MARK.match(lines[line + 1]):
                label, label_line = text, line
            if wants_figure and focus:
                topic_of[(position_in_pool, position)] = topic
                topic = _places_told(text, topic, passage.text)
            if text in seen:
                again.setdefault(text, []).append((position_in_pool, position))
            if _ASKED_LINE.search(text) and not _NOT_CONTENT.match(text):
                open_question = (line, text)
            asked_line, open_question = (
                (open_question[1] if open_question[0] == line - 1 else ""),
                (open_question if open_question[0] == line else (-1, "")),
            )
            if naming and text.endswith(("：", ":")) and _gives_a_name(text):
                # the label over a list names it ("……固化为“安澜护航”四环服务流程：" / "1.预警叫应……"): a name asked
                text = f"{text[:-1]}。"
            if (
                len(text) < 6
                or text in seen
                or text.endswith(("：", ":"))
                # a step's short name is no line of its own: it heads the sentences of its step, and is shown before
                # them ("3.老人错过末班渡船、滞留本岛。" alone says what happened, not what to do)
                or name_at == (line, position)
                or _NOT_CONTENT.search(text)
                or _BYLINE.match(text)
            ):
                continue
            seen.add(text)
            role = _role(passage.heading, text)
            if text == lead and a_situations_label:
                role = "situation"  # (the situation's label names what its steps answer, as a heading does)
            # (the sentence a step's name heads stands for the item: "1. **建立稳定的经费保障机制。** 将……")
            list_item = bool(_LIST_MARK.match(raw)) or (position_in_pool, position) in named_of
            if wants_principles and list_item and KEY_POINTS in passage.heading and passage.title == top_title:
                role = "principle"  # "基本原则是什么？" is answered by the best module's key points, in order
            found.append(
                (
                    text,
                    (position_in_pool, position),
                    passage,
                    role,
                    # a sentence under an inline part heading is about what it names ("（二）实行志愿者积分兑换制度。"
                    # then "由……周敏牵头，10月15日前出台实施细则。")
                    set(tokenize(asked_line + text + lead_of.get((position_in_pool, position), "") + passage.heading)),
                    list_item or KEY_POINTS in passage.heading,
                    "",
                )
            )
    documents_about = {
        _document(p) for p in passages if any(mentions(p.text, f) or mentions(p.title, f) for f in focus)
    }
    # a month asked in words is told in digits ("九月份" of "柳湾9月的时长是1,136小时"): both are the question's words
    query = _weights(" ".join([question, *_months_asked(question)]))
    stressed = {t for e in emphasis for t in tokenize(e)}
    query = {t: w * EMPHASIS if t in stressed else w for t, w in query.items()}
    named = {t for f in focus for t in tokenize(f)}
    df = Counter(t for *_, tokens, _, _ in found for t in tokens if t in query)
    n = len(found) or 1
    query = {t: w * math.log(1 + n / (df[t] + 0.5)) for t, w in query.items()}
    total = sum(query.values()) or 1.0
    rest_total = sum(w for t, w in query.items() if t not in named) or 1.0
    rest_count = sum(1 for t in query if t not in named) or 1
    items: list[_Item] = []
    # a list asked of a report is often a section whose heading names it ("提了哪些问题？" → 六、存在问题): its first
    # sentence opens the list, and the section's sentences follow (``_enumeration``)
    opening: set[tuple[int, int]] = set()
    by_kind: set[tuple[int, int]] = set()
    if asks_list:
        first: dict[int, tuple[int, int]] = {}
        for _, order, *_ in found:
            first.setdefault(order[0], order)
        # the kinds of report section the question asks for in its own words (困难, 计划, 资金 …), by their headings
        kinds = _kinds_asked(question)
        if counted := _COUNT_ASKED.search(question):
            kinds.append(re.compile(f"[一二两三四五六七八九十\\d]+{counted.group(1)}"))

        def of_a_kind_asked(heading: str) -> bool:
            return any(headed.search(heading) for headed in kinds)

        openers: dict[tuple[str, str], int] = {}  # a section asked, by its first passage in the document
        for position_in_pool, passage in enumerate(passages):
            # its own heading, not the document's title (a Word file's sections may stand beside its title, at its
            # level: "二、主要做法", no title before it)
            section = [last] if (last := passage.heading.split(" > ")[-1]) != passage.title else []
            key = (_document(passage), passage.heading)
            if (
                section
                and position_in_pool in first
                and passage.kind != "skill"  # a module's sections are its own kinds (操作步骤), not what is asked
                and (key not in openers or passage.ordinal < passages[openers[key]].ordinal)
                and (set(tokenize(section[0])) & (set(query) - named) or of_a_kind_asked(section[0]))
            ):
                openers[key] = position_in_pool
        opening = {first[position] for position in openers.values()}
        # ... a section of a kind every report has, asked in its everyday words, is the list asked: the overview
        # that names the same things in passing does not lead it ("提了哪些问题？" → 三、问题与对策)
        by_kind = {
            first[position]
            for position in openers.values()
            if of_a_kind_asked(passages[position].heading.split(" > ")[-1])
        }
        # ... and so is a part headed inline, in prose ("（三）用好一笔资金。试点累计投入资金38.6万元，其中……"): the
        # first sentence under the heading opens it
        under: set[str] = set()
        for _, order, *_ in found:
            heading = lead_of.get(order, "")
            if heading and heading not in under:
                under.add(heading)
                if of_a_kind_asked(heading):
                    opening.add(order)
                    by_kind.add(order)
    for text, order, passage, role, tokens, key_point, match in found:
        rank = passage.rank
        overlap = sum(w for t, w in query.items() if t in tokens) / total
        # what it shares with the question besides the names asked about ("深圳" alone does not answer "深圳有多少个社工站")
        # (weighted, or counted: 企业 and 商户 are in every sentence of the report, yet "多少家企业和商户" asks them)
        shared_rest = [(t, w) for t, w in query.items() if t in tokens and t not in named]
        beyond_names = max(sum(w for _, w in shared_rest) / rest_total, len(shared_rest) / rest_count)
        score = overlap * (1.0 - 0.07 * rank) + RANK_PRIOR / (1 + rank)
        if key_point:
            score += KEY_POINT_BONUS  # a list item's first sentence states its point
        if asks_number and _PHONE_NUMBER.search(text):
            score += FIGURE_BONUS
        if order in opening:
            score += LIST_BONUS * (2 if order in by_kind else 1)
        elif asks_list and overlap and (enumerated := text.count("、") + 1) >= 3:
            score += LIST_BONUS if not items_asked or enumerated == items_asked else LIST_BONUS / 2
        elif asks_list and overlap and _opens_a_list(text):  # "分四步：……" opens the list asked
            score += LIST_BONUS
        if asks_how_handled and overlap and passage.kind != "skill" and _STORY_HEADING.search(passage.heading):
            score += LIST_BONUS  # how a case was handled is told under the report's story ("问：能不能讲一个……例子？")
        if (
            asks_what_to_do
            and overlap
            and passage.kind != "skill"
            # (a protocol told in order, not a list asked: "五步法……后面几步是啥，能不能一步一步讲给我听")
            and tells_what_to_do(passage.heading, passage.text, told=not counts_asked)
        ):
            score += LIST_BONUS
        if asks_who and overlap and _ORGANISATION.search(text):
            score += AGENT_BONUS
        if ended and overlap and _TELLS_HOW_IT_ENDED.search(text):
            score += LIST_BONUS  # "赵奶奶后来有什么变化" is told "如今，赵奶奶不但每天在小区里散步……"
        figure_asked = bool(
            (number_with_unit and number_with_unit.search(text))
            or (number_of_counted and number_of_counted.search(text))
        )
        if figure_asked:
            score += FIGURE_BONUS
            if asks_total and _told_as_a_total(text):
                score += FIGURE_BONUS / 2  # "四个试点加起来一共服务多少人次" is the total row's, not a row's
            if beside_counted and beside_counted.search(text):
                score += FIGURE_BONUS / 2
        elif asks_how_often:  # "多久去看一次" is answered by "每周三下午准时上门", in words; "今年28岁" is no answer
            score += FIGURE_BONUS if overlap and _TELLS_HOW_OFTEN.search(text) else 0.0
        elif (
            wants_figure and _DIGIT.search(text) and any(t in query for t in tokenize(text))
        ):  # a number beside none of the words asked is not the one asked (the document's title is no such word:
            # every line of "石门街道……会议纪要" shares 石门 by it, "处理完3天内……" too)
            score += FIGURE_BONUS / 2 if number_with_unit else FIGURE_BONUS
            if asks_total and not number_with_unit and _told_as_a_total(text):
                score += FIGURE_BONUS / 2  # "全区志愿服务时长加起来一共多少" (no unit asked): the total row's
        # a sentence under a numbered part heading is about what the heading names ("（三）梧桐镇春光村。现有志愿者
        # 58名……": 春光村's 58, not 城南社区's, though the passage names both)
        headed = lead_of.get(order, "") + text
        about = (
            bool(focus)
            and not any(_leaves_out(headed, f) for f in focus)
            # a total over places of its kind is none of theirs ("4个试点村（社区）共……298名" for 城南社区; "在东坡镇、西岭镇、
            # 南湾乡3个乡镇启动" names 南湾乡 as one of them)
            and not (wants_figure and any(counts_places_like(headed, f) for f in focus))
            # ... and so is a figure of the whole town, county or district the place lies in ("全镇注册志愿者……五百六十三名"
            # is not 罗家坪村's)
            and not (wants_figure and _of_the_whole(headed, placed))
            and not (wants_figure and _over_each(headed) and _places_unnamed(headed, focus))
            and (
                any(mentions(headed, f) for f in focus)
                # a passage is about a name its text, its heading (a table's rows under "（一）桂苑社区") or its
                # document's title speaks of ...
                or (
                    (
                        any(mentions(said, f) for said in (passage.heading, passage.title) for f in focus)
                        # ... (a figure's sentence in its text: when the place its passage last named before it is
                        # the one asked, or none and the passage names no other of its rank: "上半年志愿者累计服务
                        # 时长约1.7万小时" above the rows of four 试点 is not 北坪乡's, nor "2023年，试点共配备……"
                        # after "在石桥镇、柳塘镇、枫林乡3个乡镇启动" 枫林乡's)
                        or (
                            (
                                any(mentions(passage.text, f) for f in focus)
                                or any(_is_asked(t, focus) for t in carried.get(order[0], ()))
                            )
                            and (not wants_figure or _told_of(topic_of.get(order), passage.text, focus))
                        )
                    )
                    # ... but a figure's sentence that names another place is about that one, whatever its passage
                    # is about ("……桂花村……这里现有志愿者58名" then "位置最偏远的云峰村……41名志愿者": not 桂花村's 41)
                    and not (wants_figure and _names_another_place(headed, focus))
                )
            )
        )
        # a figure is weighed by the sentence or passage about the name (it must come from one: ``compose``); any
        # other question by the document about it: in a report on "杏林银辉" the line that repeats the name is not
        # thereby the one on its steps, and in a report on four villages every passage is about the programme
        if about if wants_figure else _document(passage) in documents_about:
            score += FOCUS_BONUS
        paragraph = paragraph_of.get(order, -1)
        items.append(
            _Item(
                text,
                passage.n,
                score,
                role,
                order,
                match,
                overlap,
                _document(passage),
                about,
                beyond_names,
                paragraph,
                order in listed,
                tuple(o for o in again.get(text, ()) if passages[o[0]].source == passage.source),
                figure_asked,
                order in opening,
                numbered=order in opens_part,
                named=named_of.get(order, ""),
                heads=lead_of.get(order, ""),
                earlier_in_item=earlier_of.get(order, ()),
            )
        )
    if asks_total and wants_figure:
        items = _the_largest_as_total(question, items)
    return items


def situation_heading(heading: str) -> str:
    """The last part of a passage's ``heading``, its number aside: "（二）" says nothing of the situation a question is
    compared with."""
    return _NUMBERED_PART.sub("", clean(heading.split(" > ")[-1]))


def _headed_situation(passage: Passage) -> str:
    """The situation a leader's passage is headed by, when it tells that situation's protocol ("（二）爱心冰箱旁有人一次
    拿得很多……" over "首先，走上前轻声打招呼……绝不当众指责"): its lines are that label's, as a label in its text heads them."""
    section = passage.heading.split(" > ")[-1]
    if passage.kind in ("skill", "case") or not _NUMBERED_PART.match(section):
        return ""
    return situation_heading(section) if tells_what_to_do(section, passage.text) else ""


def _situations_across(passages: list[Passage]) -> tuple[list[list[str]], dict[int, str]]:
    """The situations labelled in each passage, read with the passages next to it in its document (``situations_named``),
    and, per passage, the label sentence the one before it ended in, its protocol going on in this one."""
    at = {(p.source, p.ordinal): p for p in passages if p.source}

    def beside(passage: Passage, step: int) -> str:
        other = at.get((passage.source, passage.ordinal + step)) if passage.source else None
        return other.text if other is not None and other.heading == passage.heading else ""

    situations = [situations_named("\n".join((beside(p, -1), p.text, beside(p, 1)))) for p in passages]
    carried: dict[int, str] = {}
    for position, passage in enumerate(passages):
        for line in reversed(beside(passage, -1).splitlines()):
            if not line.strip():
                break  # (a blank line closes the protocol)
            if any(label in line for label in situations[position]):
                carried[position] = clean(_whole_quotes(split_sentences(line))[0])
                break
    return situations, carried


def _whole_quotes(sentences: list[str]) -> list[str]:
    """The sentences of one line with a quotation kept whole: "“您刚才说以后用不着了，我很在意。" opens a quote its next
    sentence closes ("您是不是想过结束自己的生命？”"), and cut there it would be half of what to say."""
    whole: list[str] = []
    for sentence in sentences:
        if whole and whole[-1].count("“") > whole[-1].count("”"):
            whole[-1] += sentence
        else:
            whole.append(sentence)
    return whole


def _the_largest_as_total(question: str, items: list[_Item]) -> list[_Item]:
    """A total asked ("全区志愿者加起来总共多少人") when no line tells one as such (合计, 累计, 共): the largest figure in
    the unit asked is the total, no part being larger (a slide's "注册志愿者：1,286名" over its teams' 451, 325 …)."""
    in_unit = _a_figure_in_the_unit_asked(question)
    if in_unit is None or any(i.figure_asked and _told_as_a_total(i.text) for i in items):
        return items
    values = {
        i.order: max((_value(m.group()) for m in in_unit.finditer(i.text)), default=0.0)
        for i in items
        if i.figure_asked
    }
    largest = max(values.values(), default=0.0)
    if largest <= 0 or sum(v == largest for v in values.values()) > 1:
        return items
    return [replace(i, score=i.score + FIGURE_BONUS) if values.get(i.order) == largest else i for i in items]


def _told_as_a_total(text: str) -> bool:
    """Whether ``text`` tells a total: a table's total row (合计, 全县) or a sum said so (共, 累计)."""
    return bool(_TOTALLED.match(text) or _TOLD_AS_TOTAL.search(text))


def _value(figure: str) -> float:
    """The number a figure tells ("1,286名" → 1286, "3.2万小时" → 32000); 0 when it is written in words."""
    digits = _FIGURE_VALUE.match(figure)
    if not digits:
        return 0.0
    number = float(digits.group(1).replace(",", ""))
    return number * 10_000 if digits.group(2) else number


@dataclass(frozen=True)
class Composed:
    """An answer shaped for a phone, every line ending in its citation [n].

    ``lead``: what to do now (or the figure asked), one or two sentences; ``steps`` (at
    most four), ``donts`` (two), ``handover`` (one line): each relevant to this question;
    ``more``: the other relevant lines (any document), shown behind "展开更多".
    """

    lead: str
    steps: tuple[str, ...] = ()
    donts: tuple[str, ...] = ()
    handover: str = ""
    more: tuple[str, ...] = ()
    steps_title: str = STEPS_TITLE
    source: str = ""  # the document the lead comes from
    fit: float = 0.0  # share of the question's (weighted) words the lead itself holds
    figure_absent: bool = False  # the lead says the documents about the place asked give no such figure

    @property
    def text(self) -> str:
        """The answer as shown first: lead, steps, don'ts, hand-over (``more`` aside)."""
        lines = [self.lead]
        if self.steps:
            lines += ["", self.steps_title, *(f"{k}. {s}" for k, s in enumerate(self.steps, 1))]
        if self.donts:
            lines += ["", DONTS_TITLE, *(f"- {s}" for s in self.donts)]
        if self.handover:
            lines += ["", f"{HANDOVER_TITLE}{self.handover}"]
        return "\n".join(lines)

    @property
    def more_text(self) -> str:
        return "\n".join(f"- {s}" for s in self.more)


def _bigrams(text: str) -> set[str]:
    text = _CITE_OR_PUNCT.sub("", text)
    return {text[i : i + 2] for i in range(len(text) - 1)}


def _voted(item: _Item, example_lines: Mapping[tuple[str, str], float]) -> float:
    """``EXAMPLE_LINE_WEIGHT`` times the share of the vote of the nearest labelled situations whose answers the line
    holds (a phrase of its own document's; at most the whole vote)."""
    share = sum(
        w for (module, phrase), w in example_lines.items() if phrase in item.text and item.source.endswith(module)
    )
    return EXAMPLE_LINE_WEIGHT * min(1.0, share)


def _redundancy(a: set[str], b: set[str]) -> float:
    return len(a & b) / (min(len(a), len(b)) or 1)


def _mmr(candidates: list[_Item], chosen: list[_Item], limit: int) -> list[_Item]:
    """Up to ``limit`` of ``candidates`` by maximal marginal relevance against what is already said."""
    grams = {i.text: _bigrams(i.text) for i in [*candidates, *chosen]}
    picked: list[_Item] = []
    pool = list(candidates)
    while pool and len(picked) < limit:

        def marginal(item: _Item) -> float:
            said = [grams[c.text] for c in (*chosen, *picked)]
            overlap = max((_redundancy(grams[item.text], g) for g in said), default=0.0)
            return MMR_LAMBDA * (item.score + item.voted) - (1 - MMR_LAMBDA) * overlap

        best = max(pool, key=marginal)
        pool.remove(best)
        if any(_redundancy(grams[best.text], grams[c.text]) >= DUPLICATE for c in (*chosen, *picked)):
            continue  # says again what is said already
        picked.append(best)
    return picked


def compose(
    question: str,
    passages: list[Passage],
    similarity: Similarity | None = None,
    focus: Sequence[str] = (),
    emphasis: Sequence[str] = (),
    not_leading: Sequence[str] = (),
    evidence: Mapping[str, float] | None = None,
    emergencies: Sequence[str] = (),
    example_lines: Mapping[tuple[str, str], float] | None = None,
    earlier: Sequence[str] = (),
    lead_from: str = "",
) -> Composed | None:
    """The cited answer for ``question`` from ``passages`` (already relevant), or ``None``.

    ``similarity(question, sentences)`` (cosine of sentence embeddings) lets a sentence that
    says the same thing in other words outrank one that merely shares words.  The answer
    is drawn from one document, the best lead's, so no line belongs to another situation;
    other documents feed only "展开更多".  ``focus``: names the question turns on (a place, a programme):
    a figure must come from a sentence or passage about them, or the answer says it
    is not there.  ``emphasis``: words that weigh more than the rest (the crisis signs the
    conversation shows: "存折都交代好了" is answered about 轻生).  ``not_leading``: names of
    documents a sentence refers to when it only points there (it cannot lead; the named document answers).
    ``evidence``: per document, the search's fused scores of its passages (weighs the choice of document).
    ``emergencies``: the conversation's crisis categories (by default ``emphasis``): lines on other emergencies
    are left out.  ``example_lines``: phrases of the lines that answered the labelled situations nearest to the
    question, with their share of the vote (``ModuleExamples.vote``): a line holding one weighs more.  ``earlier``: the
    conversation's earlier questions (a child named there is still the one asked about: "她原话是“奶奶不让我跟外人说”").
    ``lead_from``: the document whose lines alone lead when any can (a follow-up in crisis voted to it: its other
    lines, and the protocol's home, still give the steps).
    """
    items = _items(question, passages, focus, emphasis)
    conversation = (question, *earlier)
    of_a_child = any(_CHILD.search(said) for said in conversation)
    if any(_ADULT.search(said) for said in conversation) and not of_a_child:
        # about an adult or an elder and no child: a line for an infant alone is no step ("打了120了" after an elder
        # choked was given the baby's back blows)
        items = [i for i in items if not _INFANT.search(i.text) or _ADULT.search(i.text) or "成人" in i.text]
    elif of_a_child and not any(_ADULT.search(said) or _PARENT.search(said) for said in conversation):
        # ... and about a child, no adult named: a line labelled for adults is no step ("成年人遭受家庭暴力：……" for "娃跟我
        # 说了在家挨打的事，哭着求我千万别告诉任何人"; the child's protocol is another module's)
        items = [
            i for i in items if not _FOR_ADULTS.match(clean(i.earlier_in_item[0]) if i.earlier_in_item else i.text)
        ]
    if not items:
        return None
    if example_lines:
        items = [replace(i, voted=_voted(i, example_lines)) for i in items]
    emergencies = emergencies or emphasis
    asked_elsewhere: set[str] = set()
    asked_apart: set[str] = set()
    if similarity is not None:
        # (a step told under its name is compared with both: "联系县城……安排临时住宿" is what "错过末班渡船" asks)
        cosines = similarity(question, [i.match or (f"{i.named}：{i.text}" if i.named else i.text) for i in items])
        items = [replace(i, score=i.score + SEMANTIC_WEIGHT * c) for i, c in zip(items, cosines, strict=True)]
        # a quiz answer ("不能。……") answers its own question: it leads only when that is the question asked
        asked_elsewhere = {i.text for i, c in zip(items, cosines, strict=True) if i.match and c < ASKED_ALIKE}
        asked_apart = {i.text for i, c in zip(items, cosines, strict=True) if i.match and c < ASKED_APART}
    wants_figure = asks_a_figure(question)
    # of the situations labelled in a leader's notes, the one nearest the question, clearly, is what it asks: the lines
    # under another label are no part of the answer ("晨练点有个大娘晕乎了……速效救心丸" is 情况一：晨练点有老人突然头晕……,
    # not 情况二's 先在两米以外喊话, whose words it happens to share)
    # (and, when it names the situation, as near as a protocol's heading that passes the gate, they lead when any can:
    # "晚上入户老人不开门 里面电视开着 我先干啥" is 情形一：敲门没人应，但屋里……开着电视's 先打老人本人和家属的电话, not the
    # visiting method's 一敲门; "五步探访法第一步是干嘛" names none)
    labels = sorted(
        {i.heads for i in items}
        & ({i.text for i in items if i.role == "situation"} | {_headed_situation(p) for p in passages} - {""})
    )
    nearest = ""
    # (not a figure, a list, a name or a method's steps asked: "按五步入户法我该走哪一步")
    asks_otherwise = (
        wants_figure
        or asks_a_list(question)
        or asks_a_name(question)
        or _STEPS_COUNTED.search(question)
        or _A_STEP_ASKED.search(question)
    )
    if similarity is not None and not asks_otherwise and labels:
        # (one label found alone names the situation only as near as LABEL_NAMES: there is no other to be nearer than)
        nearness = [*sorted(zip(similarity(question, labels), labels, strict=True), reverse=True), (LABEL_NAMES, "")]
        if nearness[0][0] >= LABEL_SIMILARITY and nearness[0][0] - nearness[1][0] >= (
            LABEL_MARGIN if len(labels) >= 2 else 0
        ):
            items = [i for i in items if i.heads == nearness[0][1] or i.heads not in labels]
            nearest = nearness[0][1] if nearness[0][0] >= LABEL_NAMES else ""
    # a saying the volunteer proposes is answered first by the line that judges it ("我准备上去说一句“您冷静点……”，这么说
    # 行不" → "误区二：说“您冷静点”“您别激动”"), as a question asking leave is
    proposed = [] if wants_figure else [q or bare or asked for q, bare, asked in _PROPOSED.findall(question)]
    judged = any(i.role == "avoid" and _quotes_the_saying(i.text, proposed) for i in items) if proposed else False
    not_lead = ("situation",) if _ASKS_LEAVE.search(question) or judged else _NOT_LEAD
    asks_rules = bool(_ASKS_RULES.search(question) or _ASKS_LEAVE.search(question))

    # a question about an adult or an elder and no child is not led by a document about children ("阿婆手臂上老多乌青
    # ……是伊儿子打的" is no 未成年人's protection): most of whose lines found speak of children
    about_children: set[str] = set()
    if _ADULT.search(question) and not of_a_child:
        by_document: dict[str, list[bool]] = {}
        for i in items:
            by_document.setdefault(i.source, []).append(bool(_CHILD.search(i.text)))
        about_children = {source for source, told in by_document.items() if sum(told) > CHILDREN_SHARE * len(told)}

    def can_lead(i: _Item) -> bool:
        if (
            (wants_figure and focus and not i.about)
            # a meeting's attendance line counts who came ("参加：……郭红霞（槐树院社区食堂负责人）……共17人"), not what is asked
            or (wants_figure and _ATTENDANCE.match(i.text) and not _ASKS_ATTENDANCE.search(question))
            or (i.role == "basis" and not asks_rules)
            or i.source in about_children
        ):
            return False
        if any(name in i.text for name in not_leading) or _of_another_emergency(i, emergencies):
            return False
        return i.role not in not_lead and not _SAYING.match(i.text) and i.text not in asked_elsewhere

    leads = [i for i in items if can_lead(i)]
    if nearest:
        leads = [i for i in leads if i.heads == nearest] or leads
    if lead_from and (voted := [i for i in leads if i.source == lead_from]):
        leads = voted
    titled: list[_Item] = []
    own_programme = asks_the_programmes_name(question)
    if own_programme:
        # the name the leader's documents give their programme in their titles ("青溪县“溪畔同行”……试点"): a line
        # that tells it leads
        named = {m.group(1) for p in passages if p.kind == "other" for m in _QUOTED_NAME.finditer(p.title)}
        # (not the title's own line, "关于……“社工+志愿”融合试点工作情况的总结。": it names, it does not tell)
        titled = [
            i
            for i in leads
            if any(f"“{name}”" in i.text for name in named)
            and not any(i.text.rstrip("。") in p.title for p in passages)
        ]
    if titled:
        leads = titled
    elif asks_a_name(question) and leads:
        if own_programme:  # the asker's own programme: their documents' lines, not a case's
            theirs = {_document(p) for p in passages if p.kind == "other"}
            leads = [i for i in leads if i.source in theirs] or leads
        # a name asked ("给老人做的那个子品牌叫什么名字？") is told by a line that gives one in quotes (面向老年人打造
        # “茶乡银龄帮”), among the lines close to the best: a rule about "药盒上的名字" shares the word, not the answer
        best = max(i.score for i in leads)
        naming = [i for i in leads if i.score >= NAMING_SHARE * best and _gives_a_name(i.text)]
        leads = naming or leads
    if wants_figure and focus and _COUNT_QUESTION.search(question):
        # a line that tells the place's figure was not reported ("枫林镇本季度未报送转介数据") says it is not there
        asked = content_words(question)
        if unreported := [i for i in items if i.about and _told_unreported(i.text, focus, asked)]:
            return _no_figure(unreported, focus)
        # "文昌镇的伙伴计划拉进来多少家企业？" is led by a figure about what is asked, not by the sentence
        # that names the most places ("文昌镇位于宁夏中卫市沙坡头区。"); without one, the answer says so
        # (a figure in words too: "六百多位老人在这里学会了视频通话")
        figures = [
            i
            for i in leads
            if (_DIGIT.search(i.text) or _TOLD_NUMBER.search(i.text))
            and (i.beyond_names >= FIGURE_SUPPORT or i.figure_asked)
        ]
        # a figure in the unit asked beside none of what is asked ("白沙镇……结对帮扶户48户" for "白沙镇定期探访独居老人多少
        # 户") is another figure when a line about a peer of the place tells the very thing ("柳塘镇本季度定期探访独居老人41户")
        # (a peer: a place of the same rank; not the city that pays for a programme, "株洲市福彩公益金资助42.5万元")
        if any(
            not i.about and i.figure_asked and i.beyond_names >= FIGURE_SUPPORT and _names_a_peer(i.text, focus)
            for i in items
        ):
            figures = [i for i in figures if i.beyond_names >= FIGURE_SUPPORT]
        # ... and so is one beside none of what the question counts after its unit ("汾河湾社区每天给多少户老人送餐" of
        # "入户跟进服务97户") when another line tells a figure in that unit beside all of it (槐树院's "给156户老人送餐")
        counted = _counted_after_unit(question)
        if counted and any(not i.about and i.figure_asked and all(w in i.text for w in counted) for i in items):
            figures = [i for i in figures if all(w in i.text for w in counted)]
        if not figures:
            return _no_figure(items, focus)
        # a figure in the unit asked, or told beside what is counted, before any other number ("现有志愿者126名"
        # for "多少志愿者", not "试点选在……4个村")
        asked_figures = [i for i in figures if i.figure_asked]
        if (
            not asked_figures
            and not _ASKED_UNIT.search(question)
            and any(i.figure_asked and not _broken_down(i.text, focus) for i in items if not i.about)
            and not any(_BARE_NUMBER.search(_HOTLINE.sub("", i.text)) for i in figures)
        ):
            # what is counted is told beside a number elsewhere, never about the place: the place's lines count other
            # things ("罗家坪村现在有多少注册志愿者？" of minutes whose only line on 罗家坪村 lists who came, "共十六人", while
            # the town's volunteers are "五百六十三名")
            # (a figure broken down by the place's parts is the place's own: "项目共配备专职社工14名，其中南园社区8名"
            # for 双塔街道)
            return _no_figure(items, focus)
        if _ASKED_UNIT.search(question) and not asked_figures and not any(_BARE_NUMBER.search(i.text) for i in figures):
            # "北坪乡志愿者服务时长是多少小时？" when 北坪乡's row gives its 人次 only: another unit is another figure
            # (a number told with no unit may be in the one asked: "志愿者人数27")
            return _no_figure(items, focus)
        if (
            _COUNTED.search(question)
            and not _ASKED_UNIT.search(question)
            and not any(i.figure_asked for i in items if not _of_another_place(i, focus))
        ):
            # "云岭村有多少个留守儿童？" counts a thing no number about the place is told beside: "为留守儿童开办……开课42次"
            # is not it, nor another place's count ("槐树巷社区有几个志愿者" when only the streets' rows count them)
            return _no_figure(items, focus)
        leads = asked_figures or figures
    # a count asked of no place, in the question's last clause and nothing else asked ("楼里住着几户老人，挨家敲门先问啥",
    # "我包的几户里有个大爷……我现在先干嘛" ask what to do; "热线号码多少" asks digits to dial, not a count)
    clauses = [c for c in _CLAUSE.split(question.strip(" ？?！!。")) if c]
    last_clause = clauses[-1] if clauses else ""
    if len(clauses) > 1 and _TAG_QUESTION.match(last_clause):
        # a yes-or-no tag after the count asks of it ("培训那一项完成率是多少来着，是不是没达标")
        last_clause = clauses[-2] + last_clause
    asks_a_number_to_call = bool(_ASKS_A_NUMBER_TO_CALL.search(asking_part(question)))
    counts_of_no_place = (
        wants_figure and not focus and not _ASKS_OTHERWISE.search(question) and not asks_a_number_to_call
    )
    if (
        counts_of_no_place
        and _COUNT_QUESTION.search(last_clause)
        and not _ASKED_UNIT.search(question)  # a unit asked is weighed by it already (FIGURE_BONUS)
    ):
        # ... is led by a line that tells a number of what is asked, when one does ("邻里帮热线去年接了多少电话" beside the
        # bundled knowledge: the minutes' story of a call to the hotline came before the summary's "全年接听群众来电1372
        # 个"; "青少年志愿者招了多少个": "一百二十余名")
        told = [
            i for i in leads if _TOLD_NUMBER.search(i.text) and (i.beyond_names >= FIGURE_SUPPORT or i.figure_asked)
        ]
        if _ASKS_TOTAL.search(question):
            # ... and a total asked by one told as a total, when one is ("试点这几个镇街加起来一共有多少个持证社工？": the
            # table's "合计：持证社工57人", not a town's "持证社工十一名" in the minutes found first)
            told = [i for i in told if i.figure_asked and _told_as_a_total(i.text)] or told
        leads = told or leads
    if counts_of_no_place and _ASKED_UNIT.search(last_clause) and not any(i.figure_asked for i in items):
        # ... in a unit no line gives a number in ("调解角三季度调解了几起纠纷" of a return that counts no disputes): not
        # there to give, and no other figure stands for it
        return _declined("资料中没有给出这个数字，不能用其他数字代替。", items)
    if asks_a_number_to_call:
        # a number to dial is answered by a line that gives one ("“邻里帮”服务热线（0793-7712345）"), not by the line
        # that names the hotline best ("……不会用小程序的直接打“邻里帮”热线")
        leads = [i for i in leads if _NUMBER_TO_CALL.search(i.text)] or leads
    if focus and (role := _ROLE_ASKED.search(question)):
        # "柳塘镇社工站的站长是谁？" when the reports name only 石桥镇社工站's: another place's holder is not the one
        # asked (a role no line names at all is left to the lead)
        holding = [i for i in items if role.group(1) in i.text]
        if holding and all(
            _names_another_place(i.text, focus) and not any(mentions(i.text, f) for f in focus) for i in holding
        ):
            return _not_said(items, focus, role.group(1))
    if wants_figure and (quarters := _QUARTER_ASKED.findall(question)):
        # "二季度东湖搞了几场活动" of a third quarter's briefing: a quarter no passage speaks of has no figure here
        spoken = "".join(p.title + p.heading + p.text for p in passages)
        # (not a question's number: "Q2：我想当志愿者，怎么报名？")
        untold = [
            q
            for q in dict.fromkeys(quarters)
            if not re.search(f"{q}季度|[Qq]{_NUMERALS.index(q) + 1}(?![：:.．、\\d])", spoken)
        ]
        if untold:
            return _no_figure_of_the_period(items, [f"第{q}季度" for q in untold], focus)
    if wants_figure and (months := _months_asked(question)):
        # "凤鸣12月入户了多少户" of a report that ends in October, "金沙9月服务时长多少" when only 柳湾 reports its
        # September: a month no line about what is asked tells has no figure here (not the year's 7,450 hours)
        told = [i for i in leads if all(pattern.search(i.text) for pattern in months.values())]
        if not told:
            return _no_figure_of_the_period(items, list(months), focus)
        leads = told
    if wants_figure and (years := set(_YEAR.findall(question))):
        # "2023年……一共投了多少钱？" is led by a figure of that year (told after it: "2023年，……投入资金42.6万元"), not
        # by the next year's like sentence; a figure in the unit asked told of no such year ("枫林乡2023年……多少小时？"
        # of a table giving hours for 2024 only), or a year no passage speaks of, is not there to give
        in_unit = _a_figure_in_the_unit_asked(question)
        of_the_year = [
            i
            for i in leads
            if any(y in years and (in_unit is None or in_unit.match(i.text, at)) for y, at in _figures_by_year(i.text))
        ]
        if not of_the_year:
            return _no_figure_of_the_period(items, [f"{y}年" for y in sorted(years)], focus)
        leads = [i for i in of_the_year if i.figure_asked] or of_the_year
    if wants_figure and (ages := {_age_value(m.group(1)): m.group(0) for m in _AGE_ASKED.finditer(question)}):
        # "全县80岁以上的注册志愿者有多少？" counts those of an age: a line that tells no such age counts others (all the
        # volunteers, or "50岁以下志愿者占比"), and when no line tells it the figure is not there to give
        def tells_the_age(text: str) -> bool:
            return any(_age_value(n) in ages for m in _AGE.finditer(text) for n in m.groups() if n)

        # (among every line that may lead: "其中50岁以下志愿者占比由三成提高到近一半" tells its share in words)
        of_the_age = [i for i in leads if tells_the_age(i.text)] or [
            i for i in items if tells_the_age(i.text) and can_lead(i)
        ]
        if not of_the_age:
            of_ages = "、".join(ages.values())
            return _declined(
                f"资料中{_about(focus)}没有给出{of_ages}的这个数字，不能用全体或其他年龄的数字代替。", items
            )
        leads = of_the_age
    if wants_figure and _CHANGE_ASKED.search(question):
        # "全县注册志愿者比前一年涨了多少？" is led by the line telling the growth, not by the total row's 8571
        changing = [i for i in leads if _CHANGE_TOLD.search(i.text)]
        if focus and not changing and not any(_CHANGE_TOLD.search(i.text) for i in items if i.about):
            # ... and a change asked of a named team or place that no line about it tells is not there to give
            # ("星伴去年服务的留守儿童比前年多了多少人": its 386 children are this year's, not the change)
            return _no_figure(items, focus)
        if len(changing) > 1:
            # ... the change of what is asked, of those that tell one ("去年注册志愿者比前年涨了百分之几": "注册志愿者……比上年
            # 增长38.2%", not the satisfaction's "比上年提高5.2个百分点")
            asked = content_words(question)
            holds = {id(i): sum(w in i.text for w in asked) for i in changing}
            changing = [i for i in changing if holds[id(i)] == max(holds.values())]
        leads = changing or leads
    measures = [m for m in _MEASURE_ASKED.findall(question) if not m.endswith(_PERIODS)]
    if wants_figure and measures:
        # "五里社区的服务对象满意度是多少？" is told by a line that names the measure: the community's row of counts is
        # not it, nor the programme's satisfaction told of no place (a place asked: a line about it)
        measured = re.compile("|".join(f"{re.escape(m[:-1])}[率度]" for m in measures))
        telling = [i for i in leads if measured.search(i.text)] or [
            i for i in items if measured.search(i.text) and can_lead(i) and (i.about or not focus)
        ]
        if not telling:
            asked_measures = "、".join(measures)
            return _declined(
                f"资料中{_about(focus)}没有给出{asked_measures}，不能用其他地方或其他指标的数字代替。", items
            )
        leads = telling
    # The best lead decides the document the whole answer comes from (judging documents by their best
    # three sentences did worse on the held-out questions: CHANGELOG.md, issue 16).
    # ... weighed with the search's evidence for its document as a whole (``evidence``: the fused scores of
    # the document's passages among the best hits): a sentence that happens to fit, in a document the search
    # barely found, yields to a nearly as good one in the document the search finds again and again
    evidence = evidence or {}

    def weight(i: _Item) -> float:
        return i.score + i.voted + EVIDENCE_WEIGHT * evidence.get(i.source, 0.0)

    fallback = [i for i in items if not _of_another_emergency(i, emergencies)] or items
    # under a box, a line on another sign of a category whose signs are separate emergencies leads neither, in a follow-up
    # too, which asks about the signs its conversation last showed ("冲了五六分钟了，他嫌凉……这样行吗" after a leg
    # scalded: the scald's line, not low blood sugar's, though first aid teaches both as 急症或意外)
    # (only then: a question's own signs may be told by another of the checklist's wordings than its line's, "脑袋疼、
    # 直想吐，屋里炉子还烧着" and "头痛、头晕、恶心……屋里烧着炉子")
    asked_text = _text_asked(question, earlier if emergencies else ())
    asked_signs = crisis_signs(asked_text)
    carried = bool(asked_signs) and not crisis_signs(question)
    if carried:
        leads = [i for i in leads if not _of_another_sign(i, asked_signs)] or leads
        fallback = [i for i in fallback if not _of_another_sign(i, asked_signs)] or fallback
    # a risk to one's own life is answered by its tier's number: a line on another tier alone neither leads nor follows
    # ("药攒了一抽屉，够了" is a plan with the means, 110: not "只说想死、没有计划……12356", nor "已经服药……120")
    on_ones_life = any(category == _ON_ONES_LIFE for category, _ in asked_signs)
    tier = harm_tier(asked_text) if on_ones_life else ""
    if tier:
        leads = [i for i in leads if not _of_another_tier(i, tier)] or leads
        fallback = [i for i in fallback if not _of_another_tier(i, tier)] or fallback
    ranked = sorted(leads or fallback, key=lambda i: -weight(i))
    would_lead = next((i for i in ranked if i.role not in _NOT_LEAD), ranked[0])  # were no saying judged
    if judged:  # the line that judges the saying proposed leads; the rest stand as they weigh
        ranked.sort(key=lambda i: not (i.role == "avoid" and _quotes_the_saying(i.text, proposed)))
    lead, (said, reasons) = ranked[0], _with_reasons(ranked[0], items, wants_figure, emergencies)
    for candidate in ranked if not_leading else ():  # the lead with its reasons must not point away either
        candidate_said, candidate_reasons = _with_reasons(candidate, items, wants_figure, emergencies)
        if not any(name in candidate_said.text for name in not_leading):
            lead, said, reasons = candidate, candidate_said, candidate_reasons
            break
    # an emergency's lead that shows no sign of it gives way, before any response is looked for after it, to a line
    # showing the very sign asked ("上门时老人说胸口疼、喘不上气……" of a report's "如出现胸痛、呼吸困难……须第一时间拨打
    # 120", not an interview's line on training that happens to share 上门 and 志愿者)
    # (nor a line of a protocol headed by a situation that shows the emergency: "绝不能让老人一口气喝冰水……" under a leader's
    # "（三）纳凉点老人头晕、出冷汗" is not given up for first aid's 糖尿病老人……突然满头大汗)
    if emphasis:
        asked_signs = crisis_signs(question)
    headed = bool(emphasis) and lead.heads in labels and shows_signs(lead.heads, emphasis)
    if emphasis and not headed and not crisis_signs(lead.text) & asked_signs:
        on_the_signs = _on_the_signs(question, lead, items, emphasis, not_leading)
        if crisis_signs(on_the_signs.text) & asked_signs:
            lead, (said, reasons) = on_the_signs, _with_reasons(on_the_signs, items, wants_figure, emergencies)
    # (a lead under a situation's label is answered within its protocol: the response, remedy or reason read after it is
    # not the next situation's line)
    block = [i for i in items if lead.heads not in labels or i.heads == lead.heads or i.heads not in labels]
    responded = (answered := _the_response(question, lead, block)) is not lead
    if not responded and (planned := _the_remedy(question, lead, block)) is not lead:
        answered, responded = planned, True
    if not responded and (explained := _the_reason(question, lead, block)) is not lead:
        answered, responded = explained, True
    if responded:
        lead = answered
        said, reasons = _with_reasons(lead, items, wants_figure, emergencies)
    # a question asking what was advised in a story that shows crisis signs ("老人老说活着没意思，那个社工让医生怎么
    # 做？") is answered by the advice, not led back to the story's line with the signs
    if (
        emphasis
        and not responded
        and not headed
        and (on_the_signs := _on_the_signs(question, lead, items, emphasis, not_leading)) is not lead
    ):
        lead = on_the_signs
        said, reasons = _with_reasons(lead, items, wants_figure, emergencies)
    if emphasis and not responded and not shows_signs(lead.heads + lead.text, emphasis):
        # a question showing crisis signs is led by what its document says about those signs, if it says any
        # (a step under a heading that shows them says it: "1. 老人在楼群里迷路、找不到家。必须：先把老人带到……")
        # ("活着没意思……怎么办？" → "不让她独处，马上按…处理", not that document's best line on goal setting)
        # (a line that hands the signs over to another document may lead here: the caller follows it there)
        signed = [
            i
            for i in sorted(items, key=lambda i: -i.score)
            if i.source == lead.source
            and i.role not in ("situation", "basis")
            and not _SAYING.match(i.text)
            and shows_signs(i.text, emphasis)
            and not any(name in i.text for name in not_leading)
            # (a child told "去死" among the blows is child protection's line on abuse, not one on suicide)
            and not _of_another_emergency(i, emergencies)
            and not _of_another_sign(i, asked_signs)  # (nor low blood sugar's under a scald)
        ]
        if not signed and not_leading:  # its line on them pointed to a document now read: that one leads
            titles = {p.n: p.title for p in passages}
            signed = [
                i
                for i in ranked
                if any(titles.get(i.n, "").startswith(name) for name in not_leading) and shows_signs(i.text, emphasis)
            ]
        if signed:
            lead = signed[0]
            said, reasons = _with_reasons(lead, items, wants_figure, emergencies)
    if (
        not wants_figure
        and _ASKS_WORDS.search(asking_part(question))
        and not _gives_words(lead.text)
        and not _REFERS_ELSEWHERE.search(said.text)
    ):
        # what to say back asked ("……还叫我莫告诉别个，我咋个回他嘛"): a line of the lead's document nearly as good that
        # gives the words leads ("不答应保密……“这件事我要告诉能保护你的大人”", not 疑似就报's law behind them); not
        # when the lead hands the situation to another module (its words are there: "……按危机识别与转介处理")
        giving = [
            i
            for i in ranked
            if i.source == lead.source
            and _gives_words(i.text)
            and weight(i) >= WORDS_SHARE * weight(lead)
            and not _of_another_emergency(i, emergencies)
        ]
        if giving:
            lead = giving[0]
            said, reasons = _with_reasons(lead, items, wants_figure, emergencies)
    own = [i for i in items if i.source == lead.source]
    # a line on another emergency belongs to another situation ("有轻生风险的人不能独处" under a fall), in a
    # follow-up too ("那如果是小孩呢？" after 噎住: not "烫伤先冲凉水"): it neither leads (above) nor follows
    own = [i for i in own if not _of_another_emergency(i, emergencies)]
    # ... and, of acute illness and accidents, a line showing only another of its signs ("烫伤先冲凉水" under a bleeding
    # arm: first aid teaches both side by side)
    if emphasis or carried:
        own = [i for i in own if not _of_another_sign(i, asked_signs)]
    if tier:
        own = [i for i in own if not _of_another_tier(i, tier)]
    # ... and a step under another situation's label is that situation's protocol ("（二）快递柜前疑似诈骗……" / "先：站到
    # 老人身边……" after "（一）敲门不应……" led): one situation's protocol is told, not two mixed
    if lead.heads in labels:
        own = [i for i in own if i.heads == lead.heads or i.heads not in labels]
    used = {lead.text, *reasons}
    # the bar the lines that follow must reach: the lead's fit, or, when the vote of the nearest situations chose it,
    # the best fit of its document's lines (a voted lead brings no more lines than the best line would)
    bar = max([lead.score, *(i.score for i in own if can_lead(i))]) if lead.voted else lead.score
    if judged:  # (a judgement that shares most of the story's words does not raise the bar for what to do instead)
        bar = min(bar, would_lead.score)
    lead = said
    lead_line = _lead_line(lead, passages)
    # under a crisis box, a step or hand-over must be near the lead in meaning: one module teaches several
    # emergencies, and their lines ride the rank prior and the key-point bonus past the floor without saying a
    # word on this one (a hand burned at a dumpling party followed by the AED line); sharing as much of the
    # question as the lead does, or a vote of the nearest situations, keeps a line in
    near_lead = (
        dict(zip((i.text for i in own), similarity(lead.text, [i.text for i in own]), strict=True))
        if similarity is not None and own and emphasis
        else {}
    )

    def near_the_lead(i: _Item) -> bool:
        return not near_lead or near_lead[i.text] >= STEP_COHERENCE or i.voted > 0 or i.overlap >= lead.overlap

    def fitting(
        role: str, sharing_a_word: bool = False, ratio: float = RELATIVE_FLOOR, follows_the_lead: bool = False
    ) -> list[_Item]:
        return sorted(
            (
                i
                for i in own
                if i.role == role
                and i.text not in used
                and not (i.text in asked_elsewhere and len(i.text) < SELF_CONTAINED)  # "这是轻生风险信号。"
                and not (i.text in asked_apart and _POINTS_BACK.match(i.text))
                and i.score >= max(bar * ratio, MIN_ITEM_SCORE)
                and (i.overlap > 0 or not sharing_a_word)
                and (not follows_the_lead or near_the_lead(i))
                and (
                    not _SAYING.match(i.text)
                    or (i.score >= bar * SAYING_FLOOR and i.overlap >= max(lead.overlap, SAYING_OVERLAP))
                )
            ),
            key=lambda i: -(i.score + i.voted),
        )

    def take(chosen: list[_Item]) -> list[_Item]:
        used.update(i.text for i in chosen)
        return sorted(chosen, key=lambda i: i.order)

    principles = sorted((i for i in own if i.role == "principle" and i.text not in used), key=lambda i: i.order)
    if wants_figure:  # "降了多少？" asks a figure: beside it only facts about what was asked
        steps = take(_mmr(fitting("fact", sharing_a_word=True), [lead], MAX_FIGURE_FACTS))
        composed = Composed(lead_line, tuple(_cited(i) for i in steps), steps_title=FACTS_TITLE)
    else:
        enumerated = _enumeration(lead, own, used) if _ASKS_LIST.search(question) else []
        if principles:
            steps = take(principles[:MAX_STEPS])
            title = PRINCIPLES_TITLE
        elif enumerated:  # "分哪几步？" led by "该工作法分四步：第一步……": the steps are the sentences that follow
            steps = take(enumerated)
            title = STEPS_TITLE if lead.role == "step" else LIST_TITLE  # a report's problems are nothing to do
        elif (
            lead.role == "fact"
            and _ASKS_HOW_HANDLED.search(question)
            and (told := _after_in_passage(lead, own, used, STORY_STEPS))
        ):
            # "试点是怎么处理的？" asks how a report's story went on: the sentences after its line, in order
            steps = take(told)
            title = STORY_TITLE
        else:
            following = [fitting(role, follows_the_lead=True) for role in ("step", "fact", "principle")]
            steps = take(_mmr([i for lines in following for i in lines], [lead], MAX_STEPS))
            if not steps and lead.overlap >= LOOSE_OVERLAP:  # a lead far above the rest leaves none: its document's
                # lines that share the asked words (a lead that itself shares few may be on the wrong document)
                loose = [*fitting("step", True, MORE_FLOOR), *fitting("fact", True, MORE_FLOOR)]
                steps = take(_mmr([i for i in loose if i.overlap >= LOOSE_OVERLAP], [lead], MAX_STEPS))
            title = STEPS_TITLE
        donts = take(_mmr(fitting("avoid", sharing_a_word=True), [lead, *steps], MAX_AVOID))
        handover = take(_mmr(fitting("escalate", follows_the_lead=True), [lead, *steps], 1))
        composed = Composed(
            lead_line,
            tuple(_cited(i) for i in steps),
            tuple(_cited(i) for i in donts),
            _cited(handover[0]) if handover else "",
            steps_title=title,
        )
    rest = [
        i
        for i in items
        if i.text not in used
        and i.score >= bar * MORE_FLOOR
        and not _SAYING.match(i.text)
        and i.role not in ("situation", "basis")
    ]
    more = _mmr(sorted(rest, key=lambda i: -i.score), [lead], MAX_MORE)
    return replace(composed, more=tuple(_cited(i) for i in more), source=lead.source, fit=lead.overlap)


def _after_in_passage(
    lead: _Item, items: list[_Item], used: set[str], limit: int, same_paragraph: bool = False
) -> list[_Item]:
    """The sentences after the lead in its passage (``same_paragraph``: in its paragraph), in order, up to
    ``limit``: an enumeration or a section's list that the lead opens, or how a report's story went on."""
    return sorted(
        (
            i
            for i in items
            if i.source == lead.source
            and i.order[0] == lead.order[0]
            and i.order[1] > lead.order[1]
            and (not same_paragraph or i.paragraph == lead.paragraph)
            and i.text not in used
        ),
        key=lambda i: i.order,
    )[:limit]


def _opens_a_list(text: str) -> bool:
    """Whether ``text`` opens an enumeration: "分四步：", "包括：", or "为：" / "有：" before three items or more
    ("……来源为：区财政30万元，街道配套12万元，企业捐赠2.6万元"; not a label's colon, "老人是讲述者，志愿者是听众：……")."""
    if _ENUMERATES.search(text):
        return True
    colon = _LIST_COLON.search(text)
    if colon is None:
        return False
    return len([p for p in _ITEM_SEPARATOR.split(text[colon.end() :]) if p.strip("。 ")]) >= 3


def _enumeration(lead: _Item, items: list[_Item], used: set[str]) -> list[_Item]:
    """The sentences that go on with an enumeration the lead opens ("分四步：第一步……；第二步……", "三步走：先……"),
    in their order: those after it in its paragraph of prose, up to ``MAX_STEPS``."""
    if lead.opens_section:  # the sentences of its section follow, in whatever paragraphs
        return _after_in_passage(lead, items, used, MAX_STEPS)
    if not _opens_a_list(lead.text) or lead.paragraph < 0:
        return []
    return _after_in_passage(lead, items, used, MAX_STEPS, same_paragraph=True)


def _with_reasons(
    lead: _Item, items: list[_Item], wants_figure: bool, emergencies: Sequence[str] = ()
) -> tuple[_Item, list[str]]:
    """The lead as said: a myth with its reason, or a sentence with its neighbour (a figure alone)."""
    said, reasons = _with_myth_reason(lead, items)
    if not reasons and not wants_figure:
        said, reasons = _in_context(lead, items, emergencies)
    return said, reasons


def _the_response(question: str, lead: _Item, items: list[_Item]) -> _Item:
    """ "社工当时是怎么建议的？" asks what was said back to a situation: a story tells the situation first and
    the response after it.  When the best line tells the situation without the verb asked (建议, 回答, 劝 …),
    the line that has it, a few sentences later in the same passage, leads instead."""
    asked = _ASKS_RESPONSE.search(question)
    verbs: tuple[str, ...] = ()
    if asked:
        # "社工建议村医怎么处理？" is answered by the line with 处理 or with 建议
        verbs = (asked.group(1) or asked.group(2), *(v for v in _ADVISING if v in question))
    elif _ASKS_WHAT_ADVISED.search(question) and lead.role == "fact":
        verbs = _ADVISING  # "社工让她怎么弄？" "会上怎么定的？": the line that tells what was advised or decided
    told = any(v in lead.text for v in verbs)
    if not verbs and _ASKS_WHETHER.search(question) and lead.role == "fact" and not _PRESCRIBES.search(lead.text):
        verbs = _TELLING
        # a story tells too ("男孩悄悄告诉她，爷爷……"): the lead is the advice only when it says it ("社工告诉她：")
        told = any(re.search(rf"{v}[^，。；：:]{{0,4}}[：:]", lead.text) for v in verbs)
    if not verbs or told:
        return lead
    after = _read_after(lead, items)
    later = [i for i in items if 0 < after.get(i.order, 0) <= RESPONSE_WITHIN and any(v in i.text for v in verbs)]
    return min(later, key=lambda i: after[i.order]) if later else lead


def _read_after(lead: _Item, items: list[_Item]) -> dict[tuple[int, int], int]:
    """How many sentences after ``lead`` each line of its document stands, read on across the passages that overlap it
    (a story cut by the chunker between "……联系驻村社工曾凡宇。" and "曾凡宇建议：……" reads on into the next passage)."""
    offset = {lead.order[0]: -lead.order[1]}  # per passage of the document: where its first sentence stands
    own = [i for i in items if i.source == lead.source]
    changed = True
    while changed:
        changed = False
        for i in own:
            for a, b in ((i.order, o) for o in i.also):
                for known, other in ((a, b), (b, a)):
                    if known[0] in offset and other[0] not in offset:
                        offset[other[0]] = offset[known[0]] + known[1] - other[1]
                        changed = True
    return {i.order: offset[i.order[0]] + i.order[1] for i in own if i.order[0] in offset}


def _the_reason(question: str, lead: _Item, items: list[_Item]) -> _Item:
    """ "荷花村的服务时长为什么最少？" asks a reason: a report states the fact ("从表中看，荷花村……为各试点最低。") and
    gives the reason in the sentence after it ("主要原因是该村……"), which shares no word with the question.  When the
    lead gives no reason, the best of its document's lines that is followed, in its paragraph, by one that does is
    said with it."""
    if not _ASKS_WHY.search(question) or _REASON.search(lead.text):
        return lead
    own = sorted((i for i in items if i.source == lead.source), key=lambda i: -i.score)[:REASON_CANDIDATES]
    for stated in own:
        reason = next(
            (
                i
                for i in items
                if i.source == stated.source
                and i.order == (stated.order[0], stated.order[1] + 1)
                and i.paragraph == stated.paragraph
                and _REASON.match(i.text)
            ),
            None,
        )
        if reason is not None:
            return replace(stated, text=f"{_end(stated.text)}{reason.text}")
    return lead


def _the_remedy(question: str, lead: _Item, items: list[_Item]) -> _Item:
    """ "……县里打算怎么解决？" asks what will be done about a problem a report states: when the best line states
    it without a plan, the line of its document that tells a plan (将, 决定, 力争 …) and shares most of the problem's
    words answers ("社工人才留不住" → "下一步将……开展“订单式”社工人才培养")."""
    if not _ASKS_PLAN.search(question) or lead.role != "fact" or _PLANS.search(lead.text):
        return lead
    problem = {t for t in tokenize(lead.text) if len(t) >= 2}
    plans = [
        (len(problem & {t for t in tokenize(i.text) if len(t) >= 2}), i)
        for i in items
        if i.source == lead.source and i.text != lead.text and i.role == "fact" and _PLANS.search(i.text)
    ]
    shared, best = max(plans, key=lambda p: p[0], default=(0, lead))
    return best if shared >= REMEDY_SHARED else lead


def _on_the_signs(
    question: str, lead: _Item, items: list[_Item], categories: Sequence[str], not_leading: Sequence[str]
) -> _Item:
    """For an emergency, a lead about another emergency gives way to the best line on the question's own.

    The crisis box already says whom to call; the first line must not teach another emergency
    ("胸口像压了块大石头" led by 海姆立克, "电热毯起火" by 一氧化碳).  The line showing the very sign
    asked comes first ("摔了一跤，爬不起来" → "老人摔倒起不来……"), then one of its category.  A lead
    showing no sign at all is kept when its document speaks of the very sign asked: it is often the how-to line
    ("出血用干净的布直接用力按住"), or the module that owns the case ("后爸拿拖鞋抽她" → 儿童保护's
    "马上告诉社工……说清孩子是谁", not the crisis module's line on adults).
    """
    asked = crisis_signs(question)
    if (
        lead.heads
        and not crisis_signs(lead.text)
        and not _about_another_emergency(lead.heads, categories)
        and len(set(tokenize(lead.heads)) & set(tokenize(question))) >= HEADING_SHARED
    ):
        # a step of a protocol under the situation it names, the question's, is what to do in it ("4. 老人不肯坐电梯、
        # 走楼梯时摔倒。必须：先不要扶起……", not the summary's "全年发生楼梯摔倒11起，其中2起造成骨折")
        return lead
    on_its_category = shows_signs(lead.text, categories)
    if on_its_category and crisis_signs(lead.text) & asked:
        return lead
    if (
        not on_its_category
        and not crisis_signs(lead.text)
        and any(i.source == lead.source and crisis_signs(i.text) & asked for i in items)
    ):
        return lead
    leading = [
        i
        for i in sorted(items, key=lambda i: -i.score)
        if i.role not in ("situation", "basis")
        and not _SAYING.match(i.text)
        and not any(name in i.text for name in not_leading)
    ]
    if on_its_category:
        # ... of the very sign asked, when its document has a line on that one ("拎着菜刀……要不要冲上去拉开？" →
        # "不拉架、不夺刀", not the line on what not to say to a beaten wife, which shows 打架)
        return next((i for i in leading if i.source == lead.source and crisis_signs(i.text) & asked), lead)
    candidates = [i for i in leading if not _of_another_emergency(i, categories)]
    same_sign = next((i for i in candidates if crisis_signs(i.text) & asked), None)
    return same_sign or next((i for i in candidates if shows_signs(i.text, categories)), lead)


def _text_asked(question: str, earlier: Sequence[str]) -> str:
    """The text whose crisis signs a question asks about: ``question`` when it shows some, else the latest of
    ``earlier`` (the conversation's questions before it, oldest first) that shows some ("" for none)."""
    return question if crisis_signs(question) else next((said for said in reversed(earlier) if crisis_signs(said)), "")


_ON_ONES_LIFE = "自伤或轻生"
# The tiers as the knowledge names them ("已经受伤或已经吞服药物", "有具体计划、手边有药物或工具", "只说想死、没有计划")
_TIER_NAMED = (
    ("done", re.compile(r"已经?(?:受伤|吞服|吞药|服药|服了药|割伤)|药已经吃|已受伤或已服药")),
    ("planned", re.compile(r"有(?:具体)?计划(?:、|和|有)?(?:手边有)?(?:药物或)?工具|有计划有工具|手里拿着工具")),
    ("said", re.compile(r"只说想死|没有计划|都没有[，,]|没有马上要做")),
)


def _of_another_tier(item: _Item, tier: str) -> bool:
    """Whether ``item`` tells what to do for words alone ("只说想死、没有计划——……可陪他拨打12356") under harm done or
    planned, naming no other tier: the only line of another tier that would send the volunteer to the wrong number (a
    harm-done line under a plan still calls 110)."""
    named = {name for name, pattern in _TIER_NAMED if pattern.search(item.text)}
    return tier != "said" and named == {"said"}


def _of_another_sign(item: _Item, asked: frozenset[tuple[str, int]]) -> bool:
    """``_on_another_sign`` of ``item``, read as ``_by_its_item`` reads it ("十五分钟不见好转……拨打120" is low blood
    sugar's)."""
    return _by_its_item(item, lambda text: _on_another_sign(text, asked))


def _on_another_sign(text: str, asked: frozenset[tuple[str, int]]) -> bool:
    """Whether ``text`` shows, of a category whose signs are separate emergencies, only signs not ``asked``."""
    shown = crisis_signs(text)
    return (
        any(category in SEPARATE_SIGNS for category, _ in shown)
        and any(category in SEPARATE_SIGNS for category, _ in asked)
        and not shown & asked
    )


_ATTENDANCE = re.compile(r"(?:参加|出席|参会|列席|与会)(?:人员|人|者)?[：:]")
_ASKS_ATTENDANCE = re.compile(r"参加|出席|参会|列席|与会|到会|到场")
_EXCEPTION = re.compile(r"[，,；;]\s*(?:唯一的|只有一个|一个)?例外(?:是|：|:)|[，,；;（(]\s*除非")


def _noun_counted(question: str, focus: Sequence[str]) -> str:
    """The noun a question counts with "有几个" or "有多少个", said right after the place it names and nothing else
    between ("枫林湾社区社工有几个？" → 社工); "" otherwise."""
    asked = _COUNTED_BEFORE_ANY.search(question.strip())
    if not asked:
        return ""
    before = question.strip()[: asked.end(1)]
    after_place = [before[before.rfind(f) + len(f) :] for f in focus if f in before]
    return next((noun for noun in after_place if re.fullmatch(r"[\u4e00-\u9fff]{2,4}", noun) and "的" not in noun), "")


def _counted_after_unit(question: str) -> set[str]:
    """The words after the unit asked, in its clause: what is counted ("多少户老人送餐" → 老人, 送餐)."""
    unit = _ASKED_UNIT.search(question)
    if not unit:
        return set()
    # (人家 after 户 says households again, "结对了几户人家", and counts nothing of its own)
    after = re.sub(r"^人家", "", question[unit.end() :]) if unit.group().endswith("户") else question[unit.end() :]
    return content_words(_CLAUSE.split(after, maxsplit=1)[0])


def _of_another_emergency(item: _Item, categories: Sequence[str]) -> bool:
    """Whether ``item`` is about an emergency not of ``categories``: by its own words, or, when they show no sign, by
    the sentence before it in its list item that last shows some ("十五分钟不见好转或变得迷糊，拨打120" is the low blood
    sugar's, whose item opens "糖尿病老人出冷汗、发抖，按低血糖处理", not a step for an arrest; "谁都不撬门、不扒门" after
    "有人困在电梯里……" is the lift's, though the item opens with fires and fights)."""
    if not categories:
        return False  # (read only under a box: no answer without one pays for the signs of a list's sentences)
    return _by_its_item(item, lambda text: _about_another_emergency(text, categories))


def _by_its_item(item: _Item, about: Callable[[str], bool]) -> bool:
    """Whether ``about`` holds of ``item``'s own words or, when they show no crisis sign, of the sentence before it in
    its list item that last shows some: a step is about what its item opened with."""
    if about(item.text):
        return True
    if not item.earlier_in_item or crisis_signs(item.text):
        return False
    signed = next((raw for raw in reversed(item.earlier_in_item) if crisis_signs(raw)), "")
    return bool(signed) and about(clean(signed))


def _about_another_emergency(text: str, categories: Sequence[str]) -> bool:
    """Whether ``text`` is about an emergency not of ``categories`` (no categories: never): it shows signs of
    another category more than of theirs (海姆立克's line names five signs of 噎住 and, at its end, 倒地), or as many
    and names that other first."""
    if not categories:
        return False
    # a sign named in an exception is not what the line is about ("不喂水、不喂食、不给药……唯一的例外是……低血糖" is on
    # every emergency, an arrest's too)
    text = _EXCEPTION.split(text, maxsplit=1)[0]
    # a collapse (晕倒, 倒地) is how an arrest is first seen: a line on it is on an arrest too ("误区三：给晕倒的人喂水、喂速效
    # 救心丸" after "叫了没人应，胸口不怎么动")
    collapse = "心跳呼吸骤停" in categories
    shown = Counter("心跳呼吸骤停" if collapse and sign == COLLAPSE else sign[0] for sign in crisis_signs(text))
    asked = sum(n for category, n in shown.items() if category in categories)
    other = max((n for category, n in shown.items() if category not in categories), default=0)
    # as many of both: about what it names first ("发现着火……有没有人被困" is about a fire, not a lift)
    return other > asked or (other == asked > 0 and first_category(text) not in categories)


def _with_myth_reason(lead: _Item, items: list[_Item]) -> tuple[_Item, list[str]]:
    """ "误区三：借点钱给困难老人是好事。" alone states the myth: say so, and give the reason after it."""
    myth = _MYTH.match(lead.text) if lead.role == "avoid" else None
    if not myth:
        return lead, []
    by_order = {(i.source, i.order): i for i in items}
    reasons: list[_Item] = []
    for step in (1, 2):  # the sentences after it in its passage, up to the next myth
        following = by_order.get((lead.source, (lead.order[0], lead.order[1] + step)))
        if following is None or _MYTH.match(following.text):
            break
        reasons.append(following)
    body = myth.group(1).rstrip("。；; ")
    said = [r.text for r in reasons]
    body = body if "“" in body else f"“{body}”"  # (a myth that quotes a saying is not quoted again)
    return replace(lead, text=f"{MISCONCEPTIONS}：{body}。{''.join(said)}"), said


def _in_context(lead: _Item, items: list[_Item], emergencies: Sequence[str] = ()) -> tuple[_Item, list[str]]:
    """The lead with its neighbour in the same paragraph (one or two sentences, never another paragraph).

    A sentence cut from the middle of a list item has lost its subject ("遇台阶提前说清楚……" of
    "为视障者引路，让他扶你：……"): it takes the sentence before it.  A short first sentence
    takes the one after it: in prose the answer often follows its setting ("有义工提出：……能不能
    收。" then "社工的回答是：……一律婉拒").  A neighbour about another emergency stays out ("对方倒地失去反应，
    改做胸外按压" under 胸口疼 does not take the 海姆立克 sentence before it).
    """
    if lead.paragraph < 0:
        return lead, []

    def neighbour(step: int) -> _Item | None:
        return next(
            (
                i
                for i in items
                if i.source == lead.source
                and i.order == (lead.order[0], lead.order[1] + step)
                and i.paragraph == lead.paragraph
                and i.role == lead.role
                and not _SAYING.match(i.text)
                and not _of_another_emergency(i, emergencies)
                # the next part begins another ("（三）……" as its heading, or a numbered item inline in the paragraph)
                and not (step > 0 and (i.numbered or _NUMBERED_PART.match(i.text)))
            ),
            None,
        )

    before = neighbour(-1) if lead.in_list and not _LABELLED.match(lead.text) else None
    if before is not None:
        return replace(lead, text=f"{_end(before.text)}{lead.text}"), [before.text]
    after = neighbour(1) if len(lead.text) < LEAD_WITH_NEXT * 2 else None
    if after is not None:
        return replace(lead, text=f"{_end(lead.text)}{after.text}"), [after.text]
    return lead, []


def _end(text: str) -> str:
    text = text.rstrip().rstrip("；;，,")
    return text if text.endswith(("。", "！", "？", "；", "”", "）")) else f"{text}。"


def _leaves_out(text: str, name: str) -> bool:
    """Whether ``text`` names ``name`` only to leave it out ("不算上坪村的话，这四个点加起来一共是72.5万元")."""
    return bool(re.search(f"(?:不算|除了|除去|不包括|不含){re.escape(name)}", text))


_NOT_REPORTED = re.compile(r"未(?:报送|统计|上报|填报|提供|报)|暂未|暂无|没有(?:统计|上报|报送)|不详|缺报")


def _told_unreported(text: str, focus: Sequence[str], asked: set[str]) -> bool:
    """Whether ``text`` says, in a clause that names a place asked of, that a figure the question asks of (``asked``:
    its ``content_words``) was not reported ("枫林镇本季度未报送转介数据" for "枫林转介几件")."""
    return any(
        _NOT_REPORTED.search(clause)
        and any(mentions(clause, f) for f in focus)
        and any(w in clause for w in asked if not any(w in f or f in w for f in focus))
        for clause in re.split(r"[，。；;,]", text)
    )


def _no_figure(items: list[_Item], focus: Sequence[str]) -> Composed:
    """A figure asked about a named place that no passage about it holds: say so, and what is said of it."""
    lead = f"资料中{_about(focus)}没有给出这个数字，不能用其他地方的数字代替。"
    return _declined(lead, [i for i in items if i.about])


def _about(focus: Sequence[str]) -> str:
    """ "关于“柳林村”的内容": the documents' lines about the places asked of, as a declined answer names them."""
    return f"关于{_quoted(focus)}的内容" if focus else ""


def _declined(lead: str, shown: Iterable[_Item]) -> Composed:
    """An answer that says what the documents do not give (``lead``), then the two best of ``shown``."""
    best = sorted(shown, key=lambda i: -i.score)[:2]
    return Composed(lead, tuple(_cited(i) for i in best), steps_title=ABOUT_TITLE, figure_absent=True)


def _of_the_whole(text: str, focus: Sequence[str]) -> bool:
    """Whether ``text`` speaks of the whole of a place larger than those asked about ("全镇", "全县")."""
    levels = {unit_level(f) for f in focus} - {0}
    return bool(levels) and any(0 < unit_level(whole) < min(levels) for whole in _THE_WHOLE.findall(text))


def _over_each(text: str) -> bool:
    """Whether ``text`` tells its figure over places of a kind, each or together ("在各渔村组建……二十三支"): before the
    figure, not where what is counted comes from ("共有退休医生86名，来自……各乡镇卫生院")."""
    over = _OVER_EACH.search(text)
    figure = _A_FIGURE.search(text)
    return over is not None and (figure is None or over.start() < figure.start())


def _places_unnamed(text: str, focus: Sequence[str]) -> bool:
    """Whether ``focus`` holds places and ``text`` names none of them."""
    places = [f for f in focus if unit_level(f)]
    return bool(places) and not any(mentions(text, f) for f in places)


def _broken_down(text: str, focus: Sequence[str]) -> bool:
    """Whether ``text`` names places smaller than those asked about: a figure of theirs told by its parts."""
    levels = {unit_level(f) for f in focus} - {0}
    return bool(levels) and any(unit_level(p) > max(levels) for p in names(text))


def _quoted(focus: Sequence[str]) -> str:
    """The first two names asked about, in quotes; not a part of another ("罗家" of "罗家坪村")."""
    whole = [n for n in focus if not any(n != other and n in other for other in focus)]
    return "、".join(f"“{n}”" for n in whole[:2])


def _numeral_for(unit: re.Match[str]) -> str:
    """The numerals a count in ``unit`` is told in: digits or Chinese; not a lone 一 before 件, 起, 条 (一件事, 一起,
    一条路 count nothing)."""
    if (unit.group(1) or unit.group(2)) in _ONE_IS_NO_COUNT:
        return "(?:\\d[\\d,.]*|[〇一二两三四五六七八九十百千万]{2,}|[两三四五六七八九十百千万])"
    return "[\\d〇一二两三四五六七八九十百千万]+"


_ONE_IS_NO_COUNT = frozenset("件起条")


def _unit_alike(unit: re.Match[str]) -> str:
    """The pattern of the unit ``_ASKED_UNIT`` found, and of those told for it (人 → 名, 位; 钱 → 万元)."""
    asked = unit.group(1) or unit.group(2)
    return _UNIT_ALIKE.get(asked, re.escape(asked))


def _a_figure_in_the_unit_asked(question: str) -> re.Pattern[str] | None:
    """A number in the unit ``question`` asks ("多少小时" → "2410小时"; 人 → 名 too), or None when it asks none."""
    unit = _ASKED_UNIT.search(question)
    return re.compile(f"[\\d,.]+[余多]?万?{_unit_alike(unit)}") if unit else None


def _figures_by_year(text: str) -> list[tuple[str, int]]:
    """(year, where) of each number ``text`` tells that is not a year, by the last year named before it in its
    sentence: "2023年志愿者58名，2024年志愿者92名，2024年服务时长2410小时" tells 58 of 2023, 92 and 2410 of 2024."""
    figures = []
    year = ""
    for m in _NUMBER_OR_YEAR.finditer(text):
        if m.group(1):
            year = m.group(1)
        elif year:
            figures.append((year, m.start()))
    return figures


def _not_said(items: list[_Item], focus: Sequence[str], role: str) -> Composed:
    """A holder of a role asked of a place the documents name only for other places: say so."""
    lead = f"资料中{_about(focus)}没有说到{role}是谁，不能用其他地方的{role}代替。"
    return _declined(lead, [i for i in items if i.about])


def _months_asked(question: str) -> dict[str, re.Pattern[str]]:
    """``{"9月": pattern}`` for each month ``question`` asks of ("9月", "九月份", "12月底"; not "3个月", a length), the
    pattern finding it written either way ("9月", "九月") and not inside another ("19月", "十九月")."""
    asked: dict[str, re.Pattern[str]] = {}
    for m in _MONTH_ASKED.finditer(question):
        said = m.group(1)
        n = int(said) if said.isdigit() else _CHINESE_MONTHS.index(said) + 1
        chinese = _CHINESE_MONTHS[n - 1]
        asked[f"{n}月"] = re.compile(f"(?<![\\d一二三四五六七八九十])(?:{n}|{chinese})月")
    return asked


def _gives_words(text: str) -> bool:
    """Whether ``text`` gives words to say: a quotation not told as what not to say ("用孩子听得懂的话说：“这件事我要
    告诉……”", "平静地问“您是不是……”"; not "不引导（“是不是爸爸打的？”）" nor "不要说“别想那么多了”")."""
    return any(
        not _NOT_SAID.search(re.split(r"[，。；,;”]", text[: quote.start()])[-1]) for quote in re.finditer("“", text)
    )


def _age_value(told: str) -> int:
    """The years an age tells ("80" → 80, "六十五" → 65, "一百" → 100)."""
    if told.isdigit():
        return int(told)
    digits = {c: n for n, c in enumerate("零一二三四五六七八九")}
    value, current = 0, 0
    for c in told:
        if c == "百":
            value, current = value + max(current, 1) * 100, 0
        elif c == "十":
            value, current = value + max(current, 1) * 10, 0
        else:
            current = digits.get(c, 0)
    return value + current


def _no_figure_of_the_period(items: list[_Item], periods: Sequence[str], focus: Sequence[str] = ()) -> Composed:
    """A figure asked of a year or a quarter (``periods``: "2023年", "第二季度") no line found tells: say so, and the
    best lines found."""
    asked = "、".join(periods)
    return _declined(f"资料中{_about(focus)}没有{asked}的这个数字，不能用其他时间或其他地方的数字代替。", items)


def _lead_line(lead: _Item, passages: list[Passage]) -> str:
    passage = next(p for p in passages if p.n == lead.n)
    if passage.kind == "case":
        return f"据《{passage.title}》：{_cited(lead)}"
    return _cited(lead)


# A part's mark before the sentence shown ("（五）建设……平台。", "三、", "②"): the answer numbers its own steps
_PART_MARK = re.compile(rf"^(?:{NUMBERED_ITEM}|[一二三四五六七八九十]{{1,3}}、)\s*")


def _cited(item: _Item) -> str:
    text = _PART_MARK.sub("", item.text) or item.text
    return f"{item.named}：{_end(text)}[{item.n}]" if item.named else f"{_end(text)}[{item.n}]"
