"""Crisis first: recognise crisis signs in a question and say who to call, before any answer.

Volunteers never handle these alone.  The check is deliberately broad (a false
alarm costs a glance; a miss can cost a life) and runs in every answer mode.  It
reads everyday wording ("说不出话也咳不出来", "电动车充电冒烟", "认知症的爷爷找不到了").

A conversation in crisis stays in crisis: ``conversation_crisis`` reads the
earlier questions of the chat as well as the new one, so the box stays on every
later answer until the chat is cleared.  It needs nothing but that list of
questions, so the Ask page, the CLI (``--history``) and the API share it.  A question the checklist
finds nothing in may still be read as an emergency by its nearest labelled wordings
(``conversation_crisis(..., by_example=CrisisExamples(...).categories)``, as the Assistant does).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from tandem.text.dialect import standard


@dataclass(frozen=True)
class CrisisAlert:
    """Which crisis signs were seen and what to do right now."""

    categories: tuple[str, ...]
    actions: tuple[str, ...]
    earlier: bool = False  # the signs were seen in an earlier question of the conversation
    words: tuple[str, ...] = ()  # for signs seen earlier: the words that showed them ("活着没意思", "着火")

    @property
    def text(self) -> str:
        named = f"（{'、'.join(self.categories)}）" if self.categories != (UNCLEAR,) else ""
        head = f"⚠️ 可能涉及紧急情况{named}：先确保安全，立即求助，不要独自处理。"
        if self.earlier:
            head = f"⚠️ 这次对话涉及紧急情况{named}：先确保安全，立即求助，不要独自处理。"
        return "\n".join([head, *(f"- {action}" for action in self.actions)])

    def as_json(self) -> dict[str, object]:
        return {"categories": list(self.categories), "actions": list(self.actions), "earlier": self.earlier}


# A clause: signs are looked for within one, not across sentences.
_C = r"[^，。？！；,.?!;]"
_NEAR = _C + "{0,8}"  # the words of one sign, in one clause, a few characters apart
_S = r"[^。？！?!]"  # a sentence: a sign whose parts may stand in two clauses ("炭火取暖，头晕恶心")
_PERSON = r"(?:人|老人|爷爷|奶奶|姥姥|姥爷|外婆|外公|婆婆|公公|老汉|老太|老妈|老爸|老爹|大爷|大妈|大娘|阿姨|叔叔|老太太|老爷子|老头|孩子|小孩|娃|[他她]|[爸妈]|父亲|母亲|老伴|老[二三四幺](?![爷奶娘妈爹头婆公太汉伴姐哥弟妹师实板])|儿子|女儿|闺女|丫头|孙子|孙女|外孙|外甥|外甥女|侄子|侄女|宝宝|小朋友|男孩|女孩|学生|爹|娘|崽|伢|(?<![这那])小子)"
# Children or a pet left in someone's keeping, and an end announced: beside a height or each other, a plan to die
_LEFT_WITH = r"(?:都|已经|早就?)托给|托付给?"
_ALL_OVER = r"(?:就|都|一切)都?结束了"
# ... the keeping asked of the one told, or a wrist covered, said beside such an end ("帮着养……就都结束了")
_LEFT_OR_COVERED = rf"(?:{_LEFT_WITH}|帮(?:着|我|忙)养|手腕{_C}{{0,6}}(?:创可贴|纱布|绷带))"
_PREVENTED = re.compile(
    r"(?:防|防止|怕|小心|预防|避免|以免|容易|不会|能不|才不|差点儿?|差一点儿?|险些)(?:以后|将来|今后|哪天|万一|再)?$"
    # (prevented, the one it might happen to between: "平时怎么预防老人噎食"; not "怕他噎住了", a worry about now)
    rf"|(?:防|防止|预防|避免|以免)(?:{_PERSON}|老年人|家里人)$"
)  # 容易: in general ("老人容易走丢")  # just before a sign: it is what to prevent
_PREVENTED_WORD = re.compile(r"防|怕|小心|避免|以免|容易|会|能不|才不|差点|差一点|险些|反")
# ... or, for an emergency of the moment, what a thing may cause, asked ("有人说炭火会一氧化碳中毒，在露天院子里也会
# 吗？"; not 不会, 会不会, 还会; never a person's threat: "他说他会自杀" is one)
_MAY_CAUSE = re.compile(r"(?<![不还开社机])会$")
# ... or what a condition causes, heard of ("听说低血糖会出冷汗发抖，出门要给她备点啥"): the sign before 会, told after
# 听说 in its clause, is said of it in general
_HEARD_OF = re.compile(r"(?:听说|据说|听人说|听人讲|都说)[^，。？！；,.?!;]{0,6}$")
# ... or, right after it, named as one part of a plan or a subject ("想写个安全预案。落水这块要准备啥")
_A_PART_OF = re.compile(r"(?:这块|这一块|这方面|这部分|方面)")
# ... or 反 before a harm done by a person: a campaign against it ("社区要做反家暴宣传"; not 反锁, a door locked)
# ... or earlier in its clause, the sign its object ("怎么防止火星子溅到旁边草地烧起来")
_PREVENTED_EARLIER = re.compile(r"(?:防止|预防|避免|以免|防范|防着|防备)[^，。？！；,.?!;]{0,12}$")
# In a sign's clause up to its end: what a way of doing keeps from happening ("电动车电池咋个充才不得起火嘛")
_KEPT_FROM = re.compile(r"(?:怎么|咋|如何)[^，。？！；,.?!;]{0,6}才(?:能|可以)?不(?:会|得|至于)")
_AGAINST = re.compile(r"(?<![相违])反(?:对)?$")
_CAMPAIGNED = frozenset({"自伤或轻生", "家庭暴力或虐待", "暴力或人身威胁"})
# Earlier in a sign's clause: what might happen, asked beforehand ("万一老人真噎住了，海姆立克怎么做？想先学会")
# (or whether it could befall anyone: "维保的时候会不会有人被困在里面")
_WHAT_IF = re.compile(
    r"万一|假如|假设|要是真的?|如果真的?|(?:要是|如果|会不会)有人|(?:问|请教)一?下?(?:要是|如果)"
    # ... or to the one who writes ("如果是我自己一个人吃饭被卡住了，旁边没人，能自己给自己做吗？")
    r"|(?:要是|如果|假如)(?:是)?我自己"
)
# ... or, after a plain 要是/如果, learnt beforehand anywhere in the turn ("要是自己一个人在家吃东西卡住了，能给自己做吗？
# 我独居，想提前学一下")
_IF = re.compile(r"要是|如果|假如|若是")
# (or to be taught to someone beforehand: "听说吃饭被卡住了要用海什么克的法子 我想教我妈")
_LEARNT_AHEAD = re.compile(
    r"提前(?:学|了解|准备|知道)|想先学|先学(?:学|一下|会)|想学(?:学|一下)|以防万一|(?:想|打算|准备)教"
)
# Speech slurred, drink in the same sentence, and no other sign of a stroke beside it
_SLURRED = re.compile(r"舌头|(?:说|讲)话|口齿|大舌头|说不利索")
_DRUNK = re.compile(r"酒气|酒味|喝多|喝醉|醉了|喝高|醉醺醺|醉酒|喝大了|喝了酒|喝了不少酒")
_STROKE_BESIDE = re.compile(r"歪|耷拉|下垂|没劲|没力气|抬不起|发麻|麻了|倒地|叫不醒|晕倒|摔倒|抽")
# Someone come to fetch a person from a school or an activity, in the sentence of a wish to go with them (not "儿子来接她
# 去城里住，她说想跟老伴走")
_FETCHED = re.compile(r"来接|接走|接回|去接|接(?:孩子|娃|小孩|[他她])")
_PICKED_UP = re.compile(r"放学|下课|结束|托管|幼儿园|学校|兴趣班|培训班|签退|登记表")
# An exam to sit, or its questions, anywhere in the turn, for an acute emergency: a question of what it asks ("明天去考
# 红十字救护员证"); not one under way ("正在考试，有个学生趴桌上叫不醒"), an appraisal (考核) or a quiz's answers (答题: the
# knowledge's quizzes ask about emergencies)
_EXAMINED = re.compile(
    r"考(?:个|一个)?[^，。？！；,.?!;]{0,8}证|考题|试题|考试题|(?:要|去|准备|明天|后天|下周|过两天)考试|考试(?:会|要)考"
)
_UNDER_WAY = re.compile(r"正在|考场|中途|期间|监考")
# Anywhere before a sign in its clause, for every category: a case imagined for later ("如果以后遇到有人当面跟我说想
# 自杀，……目前没遇到，只是想提前准备"), not one told ("如果她真想不开的话" is a worry about a person: no time named)
_LATER = re.compile(
    r"(?:万一|假如|假设|要是|如果|若是?)(?:以后|将来|今后|哪天|日后|下次|下回|往后|平时|平常|平日|一般)"
)
# Earlier in a sign's clause, for an acute emergency: a thing planned about it ("想在社区建个走失老人的快速响应群")
_PLANNED = re.compile(
    r"(?:想|打算|准备|计划|筹备|商量)着?[^，。？！；,.?!;\s]{0,8}(?:建|搞|办|组织|成立|设立|策划|做|写|拍|编|开|学|练)"
    r"(?:个|一个|一场|一次|一期|一份|一篇|一套)?[^，。？！；,.?!;\s]{0,10}$"
)
# Earlier in a sign's clause, for an acute emergency: a day to come ("明天小区要停电一日，阿婆屋里有制氧机"): to prepare for
_AHEAD = re.compile(
    r"(?:明天|明早|明晚|明儿|明朝|后天|下周|下个?(?:月|礼拜|星期)|过(?:两|几)天|周[一二三四五六日末]|星期[一二三四五六日天])"
    r"[^，。？！；,.?!;]{0,8}(?:要|将|会|计划|准备)[^，。？！；,.?!;]{0,3}$"
    # ... or something to learn beforehand ("想提前知道中暑早期是什么样子")
    r"|提前(?:知道|了解|学|学习|准备|问问?|熟悉|认识)[^，。？！；,.?!;]{0,4}$"
)
# Heard in one's sleep: breath that stops a while beside snoring is a condition to see a doctor about, not an arrest
_SNORING = re.compile(r"呼噜|打鼾|鼾声")
_UNRESPONSIVE = re.compile(r"[叫喊推拍摇]不醒|没(?:有)?反应|不省人事|[叫喊]不应")
_UNABLE_TO_SAY = frozenset({"心跳呼吸骤停", "噎住或窒息"})
_DONE_TO_ANOTHER = re.compile(r"[叫喊拍推摇摸听探看]")
# A parent right before a threat to kill ("她爸要打死她"): the family's violence, read by its own sign
_PARENT = r"(?:爸|妈|爹|娘|父亲|母亲|后妈|后爸|继父|继母)"
_PARENT_BEFORE = re.compile(rf"{_PARENT}$")
# A toy weapon in the hand of the one who shouts a threat ("拿着玩具枪对着人喊“打死你打死你”"): a child's play
_TOY = re.compile(r"玩具(?:手?枪|刀|剑)|水枪")
# Asked who or where, before speech not clear ("问他住哪他也说不利索"): the answer, not the tongue
_ASKED_WHO_OR_WHERE = re.compile(r"问[^，。？！；,.?!;]{0,4}(?:住|家在|哪|谁|叫|名字)")
# A likening ("周三全天停梯……那天等于被困在家里下不来"): what a day will be like, no one trapped
_LIKENED = re.compile(r"(?:等于|相当于|好比)(?:是)?$")
# A burn that is small and cooled ("被锅烫了一下，起了个小水泡，已经冲了二十分钟凉水，现在不怎么疼了"; not one told wide:
# "手背被烫红一大片，起了个小水泡")
_MINOR_BURN = re.compile(r"小水泡|(?:不怎么|不太|没那么|已经不)疼了")
_WIDE = re.compile(r"大片|一片|大面积|满[手脸身背腿胳]")
# Scams warned of in general ("他说现在骗子多，电话里叫转钱的都是骗人的"), nothing moved now
_WARNED_OF = re.compile(r"(?:都|全|肯定|一定|就)是(?:骗人|骗子|诈骗)的?|骗子(?:太|很|挺|可|真|特别)?多")
_MOVED_NOW = re.compile(r"已经|刚才|刚刚|正在|马上|这会儿")
_SPEAKER = re.compile(r"我(?:的)?(?:心脏|心跳)?(?:要|快|都|简直|直接|真的?|差点)*$")
# A general claim heard and checked ("听说溺水的小孩其实不会大喊大叫，是真的吗"): a fact asked about, no one in danger
_HEARSAY = re.compile(
    r"听说|听人说|据说|有人说|都说|网上说|(?:看|听)到(?:有人)?说|(?:教练|老师|医生|专家|人家|别人)(?:说|讲)"
)
_GENERAL = re.compile(r"其实|一般|往往|通常|大多|大部分|真正")
_TRUTH_ASKED = re.compile(r"(?:(?:是|是不是)真的(?:吗|么|嘛|不)?|真的假的|(?:靠谱|对)(?:吗|么|不))(?=[，,？?\s]|$)")
# Things smashed, or blows, beside a call for help (not a fall: "喊救命，我进去一看他摔在卫生间地上")
_SMASHED = r"摔(?![倒在了跤伤下地到着])|砸|打|骂"
_AGAIN = re.compile(r"又|再次|重新|还在|突然|这会儿|现在又")
# Right after a sign: a skill for it, to learn or teach ("落水自救的动作是不是也要教")
_SKILL_AFTER = re.compile(
    r"^(?:后|时)?的?(?:自救|急救|逃生|求生|施救)的?(?:动作|方法|技巧|知识|常识|要领|课|演练|训练)"
    r"|^(?:后|时)?(?:要|该)?(?:怎么|如何|咋|怎样)(?:样)?(?:自救|逃生|求生)"  # "落水后怎么自救", asked of a class
    r"|^(?:自救|逃生)(?![了着])"  # a skill named by the sign it answers ("第一节先教落水自救，就是仰面漂浮")
)
# Medicine kept out of thrift, leftover or expired ("把吃剩的药都攒在一个铁盒子里……好多都过期了"): no pills hoarded to die
_THRIFT = re.compile(r"过期|舍不得扔|吃剩|剩下的药|剩药")
_NORMAL = re.compile(r"^[^，。？！；,.?!;]{0,6}是?正常的?(?:不|吗|么|嘛|吧)|^(?:都|也|是)(?:很|挺)?正常")
_CHECKED = re.compile(
    r"(?:查|检查|看|修)(?:过|好)了?[^。？！?!]{0,10}(?:没|莫得|没有|冇)(?:啥|什么|任何)?(?:问题|事)"
    r"|(?:测|检测|试|查)(?:过|好)了?[^。？！?!]{0,6}(?:不|没)(?:漏|冒烟)了"  # "师傅……换了新软管，测过不漏了"
    # a doctor who saw them found nothing ("去咗医院检查 医生话冇事")
    r"|(?:医院|医生|大夫)[^。？！?!]{0,8}(?:说|话|讲)(?:了)?(?:没|莫得|没有|冇)(?:啥|什么|任何)?(?:问题|事|大碍)"
)
# A cook's smoke and fire: stir-frying smokes ("爆炒就得大火，烟一大就有老太太喊着火了"), nothing burns that should not;
# nor does incense at a temple fair ("庙会上烧香的烟太大了 好几个老人呛得直咳嗽")
_COOKING = re.compile(
    r"爆炒|炒菜|炝锅|油烟|颠勺|大火(?:炒|爆|收汁)|炒糖色|下锅|炒(?:火锅)?底料|炒(?:干)?(?:辣椒|花椒)|煎鱼|烧香|上香|香炉|焚香|烧烤|烤串|烤肉|炭火"
)
_BURNING = re.compile(r"起火|烧起来|着起来|火苗|蹿|窜|烧着|烧到|灭火器")
# a sign taken for what it was not ("我还以为着火了，上去一看是……熏腊肉")
_MISTAKEN = re.compile(r"(?:以为|当是|当成)[^，。？！；,.?!;]{0,4}$")
# Earlier in a sign's clause, for an acute emergency: a scene that comes back to the one who saw it ("可我到现在手还在抖，
# 一闭眼就是他翻白眼那个样子" after the ambulance left): what the witness lives with, not a sign now
_REMEMBERED = re.compile(
    r"(?:一闭眼|闭上眼|做梦|梦里)(?:睛)?(?:就|全|都)?(?:是|看见|看到|想起)|(?:脑子里|脑海里|眼前)(?:全|都|老|总)?(?:是|浮现)"
    r"|(?:忘不了|忘不掉|老想起|总想起|一直想起|反复想起|想起)[^，。？！；,.?!;]{0,6}$"
)
# A word of worry (not 怕是: "probably")
_FEAR = re.compile(r"担心|害怕|生怕|就怕|(?<![不别哪])怕(?!是)")
_WORRY = re.compile(
    rf"(?:{_FEAR.pattern})(?:到时候?|万一|回头|将来|以后)?[^，。？！；,.?!;]{{0,4}}$"
    # ... one of the things feared ("怕孩子走丢或者被水困住")
    rf"|(?:{_FEAR.pattern})[^，。？！；,.?!;]{{0,12}}(?:或者|或是|还有)[^，。？！；,.?!;]{{0,6}}$"
)
# Lately, whenever a thing is done ("最近跟着手机学唱歌 一唱高音嗓子就跟被掐住一样 憋得脸通红"): a trouble that comes
# back, not an emergency now
_WHENEVER = re.compile(
    r"(?:最近|近来|这阵子|这段时间|这些天|这几天|这两天)[^。？！?!]{0,16}一[^，。？！；,.?!;\s一]{1,6}就"
)
# A rule a training taught, the sign its case ("培训的时候说听见邻居家打骂要在安全的地方打110"): recalled, not happening
_TAUGHT = re.compile(r"(?:培训|课上|上课|讲座|手册|教材|书上)(?:的时候|时|上|里)?(?:说|讲|教)(?:过|了)?")
_RULE_AFTER = re.compile(r"(?:的话|时|的时候)?(?:就)?(?:要|应该|应当|必须)")
# An animal slaughtered ("过年村里杀年猪……说叔叔拿刀杀人流了好多血"): the knife and the blood are the butcher's, unless a
# person's body is told hurt
_SLAUGHTER = re.compile(r"(?:杀(?:年)?猪|杀(?:鸡|鸭|鹅|鱼|羊|牛)|宰(?:猪|羊|鸡|牛|鸭|鹅)|屠宰)(?!刀)")
_BODY_PART = re.compile(r"手|脚|腿|胳膊|指头|头上|脸上|身上")
_EACH_TIME = re.compile(r"每(?:次|回|顿|天|晚|年|个?月|周)|老是|总是|经常|动不动")
_TITLE = re.compile(r"[^“”]{0,30}”的?(?:短?视频|文章|帖子|推文|节目|科普|课|讲座|标题)")
# A sign inside quotes that name a topic: a poster's or a jingle's theme ("写一份'如何发现身边同学有轻生念头'的小报",
# "顺口溜，主题是'公安不会让你把钱转到安全账户'"), for every category
_QUOTES = {"“": "”", "‘": "’", "'": "'", "「": "」", '"': '"'}
_TOPIC_BEFORE = re.compile(r"(?:主题|题目|标题|话题|口号|题材)(?:是|为|叫|就是)?[：:]?$")
_TOPIC_AFTER = re.compile(
    r"^(?:这个|这|一)?(?:词|字眼|二字|两个字|俩字)|^的?(?:小报|手抄报|黑板报|海报|展板|作文|征文|顺口溜|快板|标语|宣传|主题|标题|班会|演讲|讲座|文章|短?视频|推文|课件)"
)
# Right before a sign of an acute emergency: it did not happen ("电池鼓包了……没冒烟也没发烫")
_DENIED = re.compile(r"(?:(?<![还都])没|没有|并没有?|从没有?|倒没有?)$")
# Earlier in a sign's clause: what not to let happen ("别把老头老太太给整中暑了")
_LET_NOT = re.compile(r"(?:别|不要|可别|千万别)(?:把|让|叫)|(?<![快他她你])(?:别|不要|可别|千万别|免得|以免|省得)$")
# Right after a sign: it is a condition asked about ("家暴的话可以申请人身安全保护令吗"), unless it is words said
# ("她说了好几回不想活的话")
# ... or what is right to do at such a time, asked for a leaflet or a class ("被困在电梯里的时候正确做法是啥")
_CONDITION = re.compile(
    r"^了?的话|^(?:在[^，。？！；]{0,8})?的?时候?的?(?:正确|标准)的?(?:做法|处理)"
    # ... or whether a thing bought or kept is of use at such a time ("真着火了用得上吗？")
    r"|^了?[^，。？！；]{0,3}(?:用得上|用得着|管用|有用|顶用)(?:吗|么|不|没)"
)
_SAID = re.compile(r"[说讲提念叨喊]")
# Before a sign in its clause: the event is history ("孩子爸前阵子出车祸没了"), for the signs of an acute
# emergency only; a past attempt or past abuse is still a risk to report ("他去年就想过自杀").
_PAST_TIME = r"(?:前阵子|那阵子|那段时间|那段日子|前些日子|前段时间|前几年|大?前天|前(?:两|几)天|[五六七八九]几年|[五六七八九]十年代|[一二两三四五六七八九十\d]+年(?:多)?前|去年|前年|上个?(?:月|周|礼拜|星期)|上(?:一)?[次回]|几年前|多年前|早年|当年|那年|小时候|(?:年轻|少年|青年)(?:的)?时(?:候)?|以前|从前)"
_PAST = re.compile(_PAST_TIME + _C + "*$")
_PAST_IN_SENTENCE = re.compile(_PAST_TIME)
# In the sentence of a sign: it is not happening here and now, it is acted (消防演习, 演练), watched or heard of
# (电视剧里, 刷抖音, 新闻说) — or it is over ("走丢的老爷子已经找到了").
# (not 视频里 alone: "正跟视频里一个自称法院的人通话" is a call)
_NOT_REAL = re.compile(
    r"演习|演练|电视剧|(?<!露天)(?<!放)电影(?!院)|小说|(?:电视|短视频|剧)里|新闻(?:里|上|说)|梦(?:里|见|到)|刷(?:到)?(?:短)?视频|刷(?:抖音|快手)"
    # a video seen and passed round ("朋友圈看到个视频，说遇到持刀的人要怎么逃")
    r"|(?:看到|看了|刷到|转发)了?一?(?:个|条|段)(?:短)?视频"
    # ... or a message forwarded ("家族群里有人转发说鱼刺卡喉咙了马上喝醋")
    r"|转发(?:说|的(?:文章|帖子|消息))"
    r"|网上(?:有的?人?)?(?:说|看到)|游戏(?:里|中)|情景(?:游戏|模拟|剧)|密室逃脱|剧本杀|闯关|第[一二三四五六七八九十\d]+关"
    r"|书里|书上|故事里|剧本|剧情|短剧|小品|台词|(?:安全|应急)?预案|绘本(?![馆屋角室店])里|(?<![看读翻])绘本(?![馆屋角室店])|口头禅|挂(?:在)?嘴边|其实(?:就|只)?是(?:在)?(?:吐槽|开玩笑)"  # read in a book (not one a child sat reading: "刚刚还蹲那看绘本"); a way of talking ("老把打死你挂嘴边")
    # an episode watched, a round played ("昨天那集……女主", "吃鸡决赛圈……被困"; not a chicken leg eaten: "吃鸡腿 突然……
    # 两只手掐着自己脖子" is choking)
    r"|(?:那|这|上|下)一?集|剧情|编剧|追剧|女主(?![人任])|男主(?![人任])|吃鸡(?![腿翅爪块肉汤排蛋])|决赛圈|毒圈|开黑|开一把|排位赛|副本"
    # a lesson to give, or how to tell it so that its listeners understand ("想给孩子们上一堂防溺水的课，看到有人掉水里应该
    # 怎么做，讲给七八岁的孩子怎么讲才听得懂")
    r"|(?:想|打算|准备|计划|要)(?:给|跟|为)[^，。？！；,.?!;]{0,8}(?:上|讲|开)一?(?:堂|节|次|场)[^，。？！；,.?!;]{0,10}课"
    r"|讲给[^，。？！；,.?!;]{0,12}听得?(?:懂|明白|进去)"
    # a training announced ("社区急救培训 内容有……溺水急救 想报名的群里接龙")
    r"|(?:培训|讲座|课程|演练)[^。？！?!]{0,12}(?:内容|报名|接龙|名额)"
    # ... or what its trainer taught ("培训时老师说听到有人讲“不想活了”要直接问……")
    r"|(?:培训|上课|讲座|课)(?:时|的时候|上|里)?[^。？！?!]{0,4}(?:老师|讲师|社工|教练)(?:说|讲|教)|接龙|先到先得"
    # taught or examined ("心理学课上老师讲怎么识别自杀信号", "培训考题：发现有人触电第一步……", "知识竞赛有道题：……")
    # ... or a topic a training covered or will cover ("志愿者培训讲到听见邻居家打骂要报警", "下周搞安全培训，要讲电梯
    # 被困怎么自救"; not "培训讲到一半，一个学员突然倒地")
    r"|(?:课上|课堂上|讲座|培训|上课)[^。？！?!]{0,8}(?:讲到(?!一半|半截|这|那)|讲讲|要讲|教到|学到)"
    r"|(?:课上|课堂上|讲座|培训)[^。？！?!]{0,6}(?:讲|教|学)了?(?:怎么|如何|怎样)|(?:课上|课堂上|讲座上|培训(?:课|班)?上?[，,]?)(?:老师|讲师|教练)(?:说|讲|教)|(?:课|班)[，,](?:老师|讲师|教练)(?:讲|教)|第[一二三四五六七八九十\d]+(?:节|堂|次)课?(?:教|讲|学)|考题|试题|选择题|判断题|练习题|有道题|这道题"
    # role-played ("教练让我们轮流扮落水的"), or written in training material ("培训材料里写遇到持刀的要……")
    # a text to be read over ("帮我看下这段报告写得行不行：“……转移被困群众32人……”")
    r"|(?:报告|材料|稿子|文案|总结|简报|通稿|推文|这段话?)[^。？！?!]{0,6}(?:写得|写的|行不行|通顺|改一?改|润色)"
    # coursework or a thesis on the subject ("我在写社工专业的课程作业，题目是农村老人遭受家庭暴力怎么识别")
    r"|(?:课程|专业|毕业|期末|学期|小组|社会实践)(?:作业|论文|报告|调研)|写论文|开题|课题"
    # an oral history recorded ("想给他做个口述记录"), a jump for fun ("蹦极……说想跳又不敢")
    r"|口述|回忆录|蹦极|跳伞"
    # a scene rehearsed on a stage ("话剧社排的戏里有一场跳河的戏")
    r"|话剧|舞台剧|小品|排(?:的)?戏|戏里|演戏|演员|彩排|(?:灾难|恐怖|动作|警匪|战争|科幻|动画)片"
    # blows in a sport's sparring ("拳击课……戴拳套对打，被打中脸")
    r"|(?:拳击|散打|搏击|跆拳道|柔道|空手道|格斗)(?:课|班|馆|训练|比赛)|戴(?:着|上)?拳套|对打练习|陪练"
    # old news or a rumour passed round ("群里转发某水库淹死人了 其实是三年前的旧闻")
    r"|旧闻|谣言|辟谣|假消息|不实消息"
    # seen for what it was on a closer look ("水里扑腾 走近一看是冬泳队在练"); terms told apart ("热射病跟中暑有啥区别")
    r"|(?:走近|凑近|靠近|过去|仔细|近前)一?看(?:才知道|才发现)?(?:是|原来)|有(?:啥|什么)区别|区别(?:是|在)(?:啥|什么|哪)"
    r"|(?:轮流|分别|分组|让我们?|让大家)扮|角色扮演|扮演|(?<![表导])(?:我|他|她)演(?![出讲示])|(?:做|设计|写|画|出|印|制作)(?:成|个|一个|一块|一张|一期)?[^，。？！；,.?!;]{0,8}(?:展板|海报|标语|横幅|手抄报|黑板报|宣传栏|宣传册|宣传单)|(?:材料|手册|教材|课件|指南|讲义|PPT)(?:里|上|中)(?:写|说|讲|提到)"
)
# A game played in the sentence: what happens is the game's ("打游戏困在第五关好几天了"), not what befalls the body of
# who plays it ("打着打着游戏突然往后一仰……浑身一抽一抽的")
_PLAYING = re.compile(r"[打玩]了?[^，。？！；,.?!;]{0,12}游戏")
_BODILY = frozenset({"急症或意外", "心跳呼吸骤停", "噎住或窒息"})
_OVER = re.compile(
    r"(?:已经|终于|总算|平安)(?:被[^，。？！；,.?!;]{0,5})?(?:找到|找着|找回|回来|回家|到家|救出|救上|扑灭|灭了)(?!了?[吗么没?？])"
    r"|(?:弄|救|拉|抱|拽|捞|拖|勾|钩|扶|背)(?:出来|上来)了|(?:都|就|也|人)没(?:有|得)?事(?!吧|吗|不|呢)|人好好的|啥事没有|什么事都没有|虚惊一场"
    r"|一点(?:儿)?事(?:都|也)?没有"
    # ... or a death told ("刚听说人没抢救过来"): the emergency is over, what it left is not
    r"|(?<![还仍尚])(?:没|没能|没有)(?:抢)?救(?:过来|回来)(?![吗么?？])"  # (not "人还没救过来，医生还在抢救")
    r"|(?:盖|扑|浇|踩|拍)灭了|没(?:有)?人受伤|(?:已经?|早就?)止(?:住)?(?:了)?血|血(?:已经?|早就?|总算|终于)?止住了(?![吗么没?？])|(?:已经|早就?)不(?:再)?(?:流|出|冒)血了(?![吗么?？])|人(?:都|也)平安|平安无事|(?:已经|早就?)(?:解决|处理好|处理完|修好|整好|弄好|搞好|搞定)|(?:确认|核实|问清楚?)(?:过)?了"
    # the one missing found, told first and alone ("找到了，在老菜场门口坐着"; not "找到了他女儿的电话")
    r"|^(?:人|他|她|老人|孩子)?(?:已经|终于)?(?:找到|找着|找回来)了(?=[\s，。！,.!]|$)"
    r"|(?:已经|早就?)没事(?!吧|吗|不|呢)|(?:吐|咳)出来了|水(?:就)?(?:顺|咽|冲)(?:了)?下去了|顺下去了|不是(?:着火|起火|失火)"
    # (not a stove's flame gone out: "一股煤气味……灶上的火早灭了" is the gas still leaking)
    r"|(?<![有出说])没事(?:了|哈|啦)(?![吗吧么])|(?<![灶炉])(?<!灶上的)(?<!炉子的)火(?:已经|早就?|都|也)?给?(?:弄|打|浇|扑|整|搞|压)?灭(?:掉)?了|(?<![灶炉])火(?:刚刚?|才)(?:被)?(?:弄|打|浇|扑|整|搞|压)?灭(?![吗么没?？])|^.{0,2}好了(?:[一二两三四五六七八九十几半好有多]|\d)"  # coughed up; healed ("烫伤好了一个多月了")
    # in a doctor's hands already ("老伴中风住院把家底都花光"): the family needs help, not an ambulance
    r"|^.{0,3}(?:住院|住着院|住了院|在医院|出院|后遗症|做了手术)|(?:已经|已)出院|出院(?:了|在家|回家)"
    r"|^.{0,3}去(?:了)?医院(?:查|看|检查)(?:过|了)|(?:已经|都|也)好多了|脱离(?:了)?(?:生命)?危险|转(?:到|进|去)?普通病房|抢救过来了"
    # taken away by the ambulance ("老人晕倒，120已经接走了")
    # ... or by the police ("人让警察领走了")
    # ... or gone when they were done ("警察做完笔录走了")
    r"|(?:做|录|问)完(?:了)?笔录|笔录(?:做|录)完"
    # ... or after the call to them ("有人报了警，都被带走了")
    r"|报了?警[^。？！?!]{0,8}(?:都|人)?(?:已经)?被?(?:带走|抓走|领走)了"
    r"|(?:让|被|叫)(?:警察|民警|派出所(?:的人)?)(?:给)?(?:领|带|接|劝)走了|(?:警察|民警)(?:已经|都|早就?)?(?:把[^，。？！；,.?!;]{0,4})?(?:领走|带走|接走|劝走)了"
    # ... the one taken named alone at the start ("人拉走了。车间主任让我……"), or 120 taken for the ambulance ("120给拉走了")
    r"|^(?:人|老人|病人)(?:已经|都)?给?(?:拉|接|送)走了|^(?:人|老人|病人)(?:已经|都)?(?:被)?(?:拉|送|抬|接)(?:到|去|进)了?[^，。？！；,.?!;]{0,4}医院"
    r"|(?:120|救护车|急救车)(?:已经|都|早就?)?来?(?:把[^，。？！；,.?!;]{0,4})?给?(?:接走|拉走|送走|带走)了|(?<!没)救过来了(?![吗么没?？])|(?:已经|已|早就?)送(?:到|去|进)?了?医院"
    r"|(?:现在|如今|目前)(?:都|也)?(?:已经|早就?)?(?:全|完全)?好了(?![吗么没?？一些点])"
    r"|现在没事(?![吧吗不呢]|了[吗吧])|(?:早就?|早已|早都)好(?:利索|利落|全|彻底)?了(?![吗么没?？])|(?:就|又|已经)(?:红润|缓过来)了|活蹦乱跳|缓过(?:劲儿?)?来了(?![吗么没?？])"  # fine now ("而家冇事" in 粤语, read as 现在没事)
    # back at what they were doing ("吃了两块糖坐了一会儿，现在已经在帮忙搬东西了")
    r"|(?:现在|这会儿)(?:已经|都|又)?(?:在|能|可以)?(?:帮忙|干活|搬东西|走路|下地|上班|上学|玩)[^，。？！；,.?!;]{0,4}(?:了|呢)"
    # freed after a while ("在车上被困了一个多小时才等来接驳车"), settled afterwards ("后来派出所来处理完了")
    r"|(?:[一二两三四五六七八九十几半\d]+个?多?|好几个?|大半个?)(?:小时|钟头|分钟|天|晚上?)多?(?:才|总算|终于)(?:等来|等到|出来|被救|救出|获救|脱困|得救|放出来|被放)"
    r"|(?:后来|已经|早就?)[^，。？！；,.?!;]{0,8}(?:处理完|处理好|调解好|平息)了"
    # ... or got out at last ("去年冬天……被大雪困在路上一整夜 后来救援队来了才出来")
    r"|(?:后来|最后)[^，。？！；,.?!;\s]{0,8}才(?:出来|得救|被救|救出来|脱困|下来|上来)"
    # stopped in time ("后来在网点被工作人员拦下来了，钱一分没少"), treated at a hospital ("已经去医院缝了三针")
    r"|(?:拦|截|劝)(?:了)?(?:下来|住)了(?![吗么没?？])|(?:钱)?一分(?:钱)?(?:都|也)?没(?:少|损失|转出去)"
    r"|(?:已经|早就?)(?:去|到)(?:了)?(?:医院|诊所|卫生院|卫生室)[^，。？！；,.?!;]{0,4}(?:缝|包扎|处理|看过|看了|查过|打了)"
    # ... or taken there at the time ("当时送急诊缝了六针")
    r"|(?:当时|当场|马上)(?:就)?(?:送|去|到)(?:了)?(?:急诊|医院|诊所|卫生院)[^，。？！；,.?!;]{0,4}(?:缝|包扎|处理)了"
)
# What has always been so, before what would tell it over ("说烤了几十年火都冇得事"): a habit claimed, not an end
_CLAIMED = re.compile(r"(?:几十年|这么多年|多少年|好多年|一辈子|从来|向来|一直|每次|每回|每年)[^，。？！；,.?!;]{0,8}$")
# Right after a sign: burnt out ("车和电瓶全部烧完了"), the fire over and what it left told (not "完了完了" at a turn's
# start: an outcry)
_BURNT_OUT = re.compile(r"^(?:完|光|没|成灰)了|^得(?:精光|干干净净|只剩)")
# A person at risk once, saved long ago ("两年前遇到过一位想轻生的青年，后来被及时救下了"): a memory told, not a risk now
_SAVED = re.compile(r"救(?:下|回|过来|活|上来)(?:来)?了|抢救过来了|(?:拦|劝)(?:下来|住)了")
# ... or a dark time told as over, in the person's own words after it ("那阵子觉得活着没啥意思……说现在想通了")
_GOT_THROUGH = re.compile(
    r"(?:现在|如今|后来)[^。？！?!]{0,8}?(?:想通了|想开了|走出来了|好多了|康复了|痊愈了|(?:已经|早就?)好了(?![吗么没?？]))"
)
# A scam seen through by the one who writes: nothing given, the call hung up ("我没给直接挂了", "拉黑了")
_SEEN_THROUGH = re.compile(
    r"我(?:就|也|都)?(?:没(?:给|转|理|搭理|告诉)|直接挂|挂了)|没上当|拉黑了|一(?:听|看)就(?:知道)?是骗"
    # ... or by the one called, every time ("我妈这几个月老接到……她都直接挂了")
    r"|[她他](?:每次|每回)?都(?:是)?直接挂"
)
_ACCIDENT = re.compile(r"切|锯|剪|机|玻璃|不小心|摔|碰|干活|铁皮")
_STOPPED = re.compile(r"(?:早|早就|已经|后来)(?:就)?不(?:再)?(?:打|动手|骂)了")
_OTHERS = re.compile(r"(?:其他|其它|那些|这些|更多|别的)(?:被|遭受|遭遇|受)?$")
# A kitchen knife named in the kitchen, its use or upkeep told ("切菜切到手指头了……菜刀有点锈"): no weapon
_KITCHEN = re.compile(
    r"切菜|切肉|切瓜|剁(?:肉|馅|骨|排骨|鸡|鸭|鱼|菜|辣椒)|做饭|炒菜|帮厨|砧板|案板|锈|磨刀|刀钝|钝了|开刃"
)
# (not livestock slaughtered for a feast: "厨房要杀两头猪，帮厨的拿刀剁肉")
_WIELDED = re.compile(
    r"砍|追|挥|举|架|杀(?![一两三四五六七八九十几\d]{0,2}[头只条口]?[猪鸡鸭鹅鱼羊牛兔])|捅|逼|威胁|吓唬|冲|拿着|提着|拎着"
)
_LEFT_FOR_GOOD = re.compile(
    r"(?:已经|早就?|早都)(?:离婚|离了婚|搬走|搬出去|搬出来|分开|跟他分开|跟她分开|回(?:了)?娘家)|(?:在|正在)办离婚"
)
# A sign said in a way of speaking, not meant: "热得想死", "笑死", "跳楼价"; locked out is no one trapped
_IDIOM = re.compile(
    r"[得的到][我人]?(?:想死|要死|要命|要窒息|快窒息|窒息)|[笑乐辣][得到](?:都|快|要|直)?[^，。？！；,.?!;\s]{1,5}|(?:表|题|事儿?|工作|作业|难题|问题)困住|被?困在(?:这|那|一)道|被?困在[^，。？！；,.?!;]{0,8}(?:题|难题|问题|作业|工作|生活|情绪|回忆|过去|日常|琐事|内耗|焦虑|圈子|循环|表格|报表|文档|PPT|Excel|代码)里(?:出不来|出不去)?|想死的心(?:都)?有|想死(?:你|您|大家|宝)|想死我了|发火|火气|火冒三丈|把火发出来|(?:让人|令人|叫人)窒息|窒息感|窒息的?操作|[笑气烦热累馋急困饿吓]死(?:了|我了|人了|人)?|[气吓急烦]得[我人]?[^，。？！；,.?!;]{0,3}(?:心脏病|高血压|血压)[^，。？！；,.?!;]{0,3}(?:犯|上来|飙)|跳楼(?:价|大?甩卖|大?促销)|[气急累]得[我人]?(?:都|快|要|直)?(?:喘不上气|喘不过气|上不来气)|闷得[我人][^。？！?!]{0,10}(?:窒息|喘不上气|喘不过气|上不来气|透不过气)|累得[我人]?(?:都|快|要|直)?(?:没气|断气)了|心脏病(?:都|也)(?:要|快)犯了|逼疯|(?:关|锁)在(?:了)?(?:门|屋|家)?外(?:面|头|边)?"
    # a shop's cry of prices cut ("老板不想活了，跳楼价清仓")
    r"|(?:不想活|不活|跳楼|跳河)了?[^。？！?!]{0,6}(?:跳楼价|清仓|甩卖|亏本|血亏|大促|特价|贱卖)"
)
# A fire in the body is a way of speaking ("火锅太辣了，嗓子都要冒火了", "心里直冒火")
_BODY_ON_FIRE = re.compile(r"(?:嗓子|喉咙|嘴巴?|心里|心头|眼睛?|肚子|胃)里?(?:都|直|也|简直)?(?:要|快)?$")
# a story told laughing is no emergency
_LAUGHING = re.compile(r"哈哈|嘻嘻|嘿嘿|笑死|xswl|笑(?:疯|喷|惨|翻)了|笑不活了|h{3,}|2333|[😂🤣😆]")
# A sign followed by 过 happened once, before ("走丢过一次"; not 晕过去), or by the time it happened ("问问她着火那会儿
# 咋回事"); or followed by months or years in bed, long since ("老公中风躺了几个月家底都花光了", "中风瘫在床上三年了":
# the family needs help, not an ambulance)
_ONCE = re.compile(
    r"^(?:过(?![去来])|的?(?:那会儿?|那时候?|那阵子?|那天|那晚)|[^，。]{0,2}(?:躺|瘫|卧床|病)(?:在?床上?|在家)?了?(?:好)?(?:几|[一二两三四五六七八九十半\d]+)个?(?:多)?(?:月|年)"
    r"|(?:都|已经)?(?:好)?(?:几|[一二两三四五六七八九十半\d]+)(?:年|个多?月)(?:了|多))"  # "中风好几年了", long since
)
# ... and the signs in the clause after it ("中风三年多了，一边胳膊没劲"), unless that clause says it is now
_LONG_SINCE = re.compile(r"(?:好|这)?(?:几|[一二两三四五六七八九十半\d]+)(?:年|个多?月)多?了[，,；;\s]*$")
# a person's things lost, not the person ("吴阿姨的老年卡和存折找不到了"; not 陈大爷的孙子)
_OWNED = re.compile(rf"{_PERSON}家?的(?!{_PERSON})")
_NOW = re.compile(r"突然|刚才|刚刚|现在|这会儿|今天|今早|今晚|一下子")
_LASTED = re.compile(r"[一二两三四五六七八九十几半\d]+个?多?(?:小时|钟头|天|晚上?|夜|礼拜|星期)")
# A missing person found, someone trapped freed: told anywhere in the sentence ("找到了找到了，刚才那个走丢的孩子……")
_FOUND = re.compile(
    r"(?:(?<![没不])(?:找到了|找着了|找回来了|送回来了|接回来了|(?:找到|找着)(?:家人|家里人|家属|爸妈|父母)了|[汇会]合了|碰上?头了|原来(?:在|是在|跑到|去了)|回(?:了)?电话了)"
    r"|(?:弄|救|抱|接|放|拉|抬)(?:出来|下来)了)(?![吗么没不?？])"  # not asked: "走丢了，找到了吗？"
)  # not 接走了: "被人接走了" is the danger
# A person missing since yesterday is still missing: the past ends only the other acute emergencies
_STILL = frozenset({"老人或孩子走失", "被困"})
# ... unless it is a lifetime ago ("我爷爷讲他年轻时矿上塌方 在井下困了三天"): a story told, not a person still missing
_LONG_AGO = re.compile(
    r"(?:小时候|(?:年轻|少年|青年)(?:的)?时(?:候)?|当年|那年|早年|几十年前|[一二两三四五六七八九十\d]+十年前|解放前)"
    + _C
    + "*$"
)
# Someone who answered when asked ("躺椅子上一动不动 过去问了下 他说夜班刚下"): awake, whatever they looked like
_ANSWERED = re.compile(
    r"(?:问|叫|喊|拍)了?(?:一?下|一声|几句|两句)?[^。？！?!]{0,4}(?:他|她)(?:说|讲|回|答应|应了)"
    # (or snaps back: "早上死活叫不醒……喊他还冲我发火")
    r"|(?:问|叫|喊|拍)了?(?:一?下|一声|几句|两句)?(?:他|她)[^。？！?!]{0,4}(?:发火|发脾气|骂人|骂我|吼我|嚷嚷|不耐烦)"
    # ... or pulled out of bed and cross ("咋叫都叫不醒，好不容易拽起来就发脾气哭")
    r"|(?:拽|拉|揪|薅|抱|扶|弄)(?:起来|醒)了?(?:就|又|还|也)?[^。？！?!]{0,3}(?:发火|发脾气|哭|闹|骂|嚷|吼)"
)
# sitting or standing in the clause, not fallen or slumped
_UPRIGHT = re.compile(r"^(?!.*[倒躺趴瘫歪栽]).*[坐站蹲立]")
ACUTE = frozenset(  # emergencies of the moment: over once told over or days later
    {"噎住或窒息", "心跳呼吸骤停", "急症或意外", "火情", "落水", "老人或孩子走失", "被困", "正在被骗"}
)
# The categories whose signs are each an emergency of its own (a bleeding arm is not a burn, nor a stroke): in the
# others every sign points to one emergency ("活着没意思" and "存折都交代好了" are one risk of suicide)
SEPARATE_SIGNS = frozenset({"急症或意外"})
SIGNS_CACHE_SIZE = 50_000
# acute illness's first sign, a collapse (昏倒, 倒地, 休克): how an arrest is first seen
COLLAPSE = ("急症或意外", 1)
_A_THING_FELL = re.compile(
    r"(?:手机|钥匙|钱包|书包|眼镜|耳机|戒指|手表|东西|帽子|鞋子?|皮球|球|玩具|快递|包裹|车钥匙|伞)(?:不小心|一下子?|又|给)?$"
)
_STILL_INSIDE = re.compile(r"(?:还|仍)(?:在|困在|留在)(?:里头|里面|里边|屋里|楼上|火里|水里)")
_A_DEVICE = re.compile(
    r"(?:音箱|手机|电脑|电视|平板|手表|闹钟|机器人|遥控器|收音机|路由器|音响)(?:了|又|也|一直|突然)?$"
)
_PRACTISED = re.compile(r"(?:练|练习|学|教|演练)(?:一下|下|一遍)?$")
_RESCUE_JUMP = re.compile(
    r"(?:跳|下)(?:下)?(?:去|水)(?:捞|拉|救)"
    # (one brought up out of the water: "我直接跳下去把他薅上来")
    r"|把(?:他|她|人|孩子|娃){0,2}(?:薅|拉|捞|拽|拖|抱|弄|救|扯)(?:上来|出来|上岸)"
)
_RESCUE = re.compile(
    rf"游泳|水性|救[人他她]|去救|怎么救|{_RESCUE_JUMP.pattern}|够[他她]|拉[他她]|捞[他她]|落水|溺水|掉(?:进|到)?(?:河|水|湖|塘)"
)
# An animal, not a person, is the one trapped, in the water, choking or lost ("李阿姨家的猫又被困衣柜顶上了",
# "狗走丢了"): not for a bite or a fire, where the animal hurts or the home burns
_AN_ANIMAL = re.compile(
    r"(?:猫|狗|猫咪|小猫|小狗|狗狗|鸟|鹦鹉|仓鼠|兔子?|乌龟|宠物|泰迪|金毛|柯基|哈士奇|比熊|柴犬|博美|泰迪犬|英短|布偶|金鱼|锦鲤|鲫鱼|活鱼"
    # livestock ("兽医站的人说我家那只老羊已经没气了")
    r"|羊|牛|猪|鸡|鸭|鹅|驴)(?:又|也|都|还|给|已经|不小心|一下子?|昨晚|昨天|前天|今天|今早|早上|晚上|刚才|刚刚|好?几天|这[几两]天|最近|一直)*$"
)
# ... or a fish belly-up ("活鲫鱼拿回家放水桶里，现在翻着白肚皮一动不动"): told anywhere in the sentence
_BELLY_UP = re.compile(r"翻(?:着|了)?白肚")
_ANIMALS_SUFFER = frozenset({"被困", "落水", "噎住或窒息", "老人或孩子走失", "心跳呼吸骤停"})
_SAVING_AN_ANIMAL = re.compile(r"[救追抓捡找抱拉捞逗喂]$")
# A scam: what the caller claims, beside money being moved now
_SCAM_CLAIM = (
    rf"(?:公安|警察|民警|法院|检察|安全账户|洗钱|涉嫌|冒充|骗子|诈骗|陌生人|陌生电话|出车祸|撞了人|撞人了|撞(?:着|到|伤)了?人|出了?事|有人{_C}{{0,4}}(?:上门|到家|过来)来?(?:拿|取|收)|被抓|保证金|解冻|"
    rf"验证码|报(?:了|个)?码|码报给|屏幕共享|共享屏幕|别挂|不要挂|不让挂|陌生(?:卡|账户|账号)|指定(?:的)?{_C}{{0,4}}(?:账号|账户|卡)|炒币|(?:投资|理财|炒股|荐股)(?:群|老师|导师)|(?:别|不要|不许|不准|莫)(?:跟|和|告诉){_C}{{0,6}}(?:说|讲|家人|家里人|任何人|别人|儿子|女儿|子女)|中奖|中了{_C}{{0,2}}奖|交税|手续费|刷单|撞了?(?:车|人)|私了|"
    # held by the police ("被扣在派出所"), and no one else to know ("不要给人知", "莫让别人晓得")
    rf"被(?:扣|关|拘|抓)(?:留|押|起来)?(?:在|进|到)?了?{_C}{{0,2}}(?:派出所|公安局|看守所|拘留所)|(?:不要|别|不许|不准|莫)(?:给|让|叫)(?:人|别人|任何人|家里人|家人|外人)(?:知道|晓得|知)|"
    rf"(?:自称|说是|冒充)(?:是)?{_C}{{0,4}}(?:客服|领导|亲戚|孙子?|孙女|外孙|儿子|女儿|侄子|老同学)|"
    # a relative's "new number", and no call back ("新加的“儿子”说手机丢了换了号……还说别打电话他在开会": heldout58)
    rf"换了?(?:个)?(?:新)?(?:手机)?号|(?:别|不要|莫|不让)(?:给他|给她)?(?:打电话|回电话|打过来|打过去)|"
    # money before someone held is let go ("打伤人被扣了，要马上打五万块过去才放人")
    rf"(?:才|就)(?:能|会|肯)?放(?:人|出来|[他她])(?![心假])|打伤(?:了)?人)"
)
_MONEY_MOVES = (
    r"(?:转钱|转账|汇钱|打钱|汇款|取钱|取款|ATM|取款机|充值卡|购物卡|礼品卡|(?:银行卡|支付)密码|(?:钱|存款|积蓄|养老钱)(?:都|全)?(?:转|打|汇)(?:到|给|进|走|去)|"
    r"(?:要|凑|拿|借|转|汇|取|打|准备|交|缴|付)(?:了|过去|出去)?[一二两三四五六七八九十几百千万\d]+(?:万|千|块|元)|"
    r"[一二两三四五六七八九十几百千万\d]+(?:万|千|块|元)(?:钱)?转(?:到|给|进|走)|(?:拿|拎|揣|带)着?(?:银行卡|存折|存单)|"
    # sums already gone out ("已经转出去两笔了"), a face scanned to "unfreeze" ("拿我妈手机刷脸解冻")
    r"转(?:出去|过去|走)了?[一二两三四五六七八九十几\d]+笔|刷脸|"
    # cash fetched at the door, or packed ready for who comes ("他朋友马上到我家门口拿钱，钱我已经包好了"), a sum
    # named before the verb ("五万块要，今天就要", an elder's Mandarin)
    r"(?:门口|家里?|楼下|家门口)(?:来)?(?:拿|取)钱|钱[^，。？！；,.?!;]{0,4}(?:包|装|取|备|准备)好了|"
    r"[一二两三四五六七八九十几百千万\d]+(?:万|千)块?钱?要)"
)


def _signs(*signs: str) -> re.Pattern[str]:
    """One category's signs, each a pattern: a checklist a supervising social worker can read and extend."""
    return re.compile("|".join(f"({s})" for s in signs))  # group n: the n-th sign of the checklist


_RULES: tuple[tuple[str, re.Pattern[str], str], ...] = (
    (
        "自伤或轻生",
        _signs(
            r"自杀|轻生|寻死|短见|想死|去死|死了算了|不如死|一死了之|一了百了|结束生命|了结自己|拖累",
            # a life endured, better ended, for one or two ("这么熬着还不如俩人一搭儿走了算了", "活着还不如走了好"; not a queue
            # left, "排队排了一上午还不如走了算了", nor a job, "这活儿干着还不如辞了走了算了")
            rf"(?:熬着|熬下去|熬日子|这么熬|活着|活受罪|拖累|遭罪|受罪|一起|一块|一搭){_C}{{0,8}}不如{_C}{{0,6}}(?:走了|死了|去了|没了)(?:算了|好|干净|省心|痛快|拉倒)",
            # locked in, not answering, blood under the door ("室友在卫生间反锁半个多小时了 敲门也不应……门缝底下好像有血")
            rf"(?:反锁|锁在){_S}{{0,30}}(?:不应|没人应|不开|没反应){_S}{{0,40}}(?:门缝|门底下|门下面){_C}{{0,8}}血",
            # a wrist wrapped and soaked through ("手腕上缠着毛巾，毛巾都红透了还往下滴")
            rf"手腕{_C}{{0,6}}(?:缠|裹|包|捂)着?{_S}{{0,16}}(?:红透|全是血|都是血|渗血|往下滴)",
            # cuts in rows on a wrist, or an arm's cuts ("手腕内侧一道一道的 有几道还是新的"; not "胳膊上好几道青紫": bruises)
            rf"手腕{_C}{{0,6}}(?:一道一道|一道道|好几道)(?![^，。？！]{{0,3}}[青紫])|(?:手腕|胳膊|手臂){_C}{{0,8}}(?:划痕|刀痕|刀口)",
            # ... fresh and bleeding, told a clause after the wrist ("手腕的照片，好几道新口子还在流血")
            rf"(?:手腕|胳膊|手臂){_S}{{0,12}}(?:好几|几|一)道{_C}{{0,2}}(?:口子|刀口|伤口|划痕){_C}{{0,6}}(?:流血|出血|渗血|冒血)",
            # a last time, and a goodbye to a group ("配的字是 最后一次了 大家保重")
            rf"最后一(?:次|回)了?{_S}{{0,6}}(?:大家|你们|各位)(?:都)?(?:保重|珍重)",
            r"永别|诀别|再见了大家|这辈子(?:就)?(?:到这|到此|到头)(?:儿|里)?(?:了|为止)|跟大家告别|(?:栏杆|护栏)外|(?:谢谢|感谢)(?:大家|你们|你|您|我)?(?:这些年|这么多年|一直以来|这几年|这两年|这么久)",
            # ... said the other way round, or as a burden lifted ("这些年谢谢大家，我那只猫谁愿意养就领走吧，以后不麻烦大家
            # 了"); a plan ready, help refused ("别管我，东西我都准备好了")
            r"(?:这些年|这么多年|一直以来|这几年|这两年)(?:来)?(?:谢谢|感谢)(?:大家|你们|你|您)"
            r"|(?:以后|往后|今后)(?:就)?(?:再也|再)?不(?:会)?(?:再)?(?:麻烦|打扰|拖累|连累)(?:大家|你们|你|各位)了",
            rf"(?:别|不用|不要)管我了?{_S}{{0,12}}(?:都|已经)?(?:准备|备|买|弄)好了",
            # charcoal beside tape to seal a room ("包里装了一袋炭和胶带"); a release named for tonight ("说今晚就“解脱”", typed
            # by its sound: "今晚就解托了")
            rf"(?:炭|木炭|烧炭){_S}{{0,12}}胶带|胶带{_S}{{0,12}}(?:炭|木炭)|(?:今晚|今夜|今天晚上)(?:就)?(?:要|可以|能)?[“‘]?解[脱托拖]",
            # a goodbye, then nobody can reach them ("发朋友圈说再见了，电话也不接")
            rf"(?:再见了|(?:大家|各位|下辈子)再见|(?:谢谢|感谢)所有人|告别|道别|最后一条|对(?:不起|不住)大家|(?:以后|往后)?(?:你们|大家)?(?:都|就|也)?(?:不用|别|不要)(?:再)?(?:找|等|惦记|管)(?:我|他|她)了){_S}{{0,40}}(?:电话|微信|消息|信息|手机){_C}{{0,4}}(?:不接|不回|关机|打不通)",
            # locked in or not answering, sleeping pills' boards emptied ("把自己锁卫生间半个多小时了喊她不应……她桌上安眠药的
            # 板子全空了")
            rf"(?:反锁|锁(?:在)?{_C}{{0,4}}(?:卫生间|厕所|屋|房间)|[叫喊]{_C}{{0,3}}不应){_S}{{0,60}}(?:安眠药|药片|药)的?(?:板子?|瓶子?|盒子?){_C}{{0,3}}(?:全|都)?空",
            # a last time said beside sleeping pills at hand ("这是最后一次了……桌上摆着好几板安眠药")
            # (or "这是最后一顿了，以后不用再送了" to a courier, bottles of pills open on the table: heldout21)
            rf"最后一(?:次|回|面|顿){_S}{{0,40}}(?:安眠药|药片|药瓶)|(?:安眠药|药片|药瓶){_S}{{0,40}}最后一(?:次|回|面|顿)|(?:好几|一堆|一大?把|一整)(?:板|瓶|盒)?安眠药",
            # ... or by the bag ("从床头柜里掏出一大袋安眠药，说攒了小半年了")
            r"(?:一大?|好几|一整)(?:袋|包|罐)(?:的)?(?:安眠药|药片)",
            r"(?:睡了|睡着了?|闭上眼)(?:就)?(?:不用|不会|不想|别)(?:再)?醒(?:了|来)|不想(?:再)?醒(?:过来|来)|不想活|(?:就|也|干脆)不活了|活不下去|没脸(?:再)?活|活着(?:还)?有(?:啥|什么)(?:意思|用|盼头)|活(?:着|下去|起)(?:真|挺|太|好|也|都|实在)?没(?:得|有)?(?:啥|什么)?(?:意思|劲)|活够了|活腻|没什么好活|没必要活",
            # (上吊, not a thing hung from above: "从窗子上吊个插线板下来充电")
            rf"自残|割腕|划{_NEAR}手腕|(?:拿刀|用刀|刀片){_C}{{0,3}}(?:划|割)(?:自己|手|胳膊)(?!机)|(?:手腕|胳膊)上{_C}{{0,8}}(?:口子|划痕|刀痕|刀口)|刀片|上吊(?![下着起个根条串])|(?:跳楼|跳河|跳江|跳下去|往下跳|从{_NEAR}跳下)(?!{_C}{{0,3}}[救捞])",  # not "跳下去救"
            # (or a handful of any pills swallowed, "喝了酒说刚吞了一把降压药"; not a day's pills taken, "每天早上要吃一把药")
            rf"吞(?:了|下|下去了)?(?:一大?把|一整?瓶|半瓶|一整?板|好几板|一大?堆|十几片|几十片|二十几片|一大?捧){_C}{{0,4}}(?:药|片)|"
            rf"(?:吃|咽)(?:了|下|下去了)(?:一整?瓶|半瓶|一整板|好几板|十几片|几十片|二十几片){_C}{{0,4}}(?:药|片)|"
            rf"(?:安眠药|药片|药){_C}{{0,6}}(?:攒|囤|全吃|都吃|吞(?!不)|倒出来)|(?:提|拿|拎|揣|带)(?:起|着|了)?{_C}{{0,3}}(?:农药|老鼠药|敌敌畏|百草枯){_C}{{0,8}}(?:走|出门|往|上山|去)|(?:攒|囤){_C}{{0,6}}药|(?:攒|囤)(?:了|着)?{_C}{{0,4}}(?:几|十几|好几|二十几|[一二两三四五六七八九十\d]+)(?:板|瓶|盒)|吃药{_C}{{0,4}}(?:死|走)",
            # a poison or pills at hand, to be taken "and be done with it" ("兜里揣着瓶农药，实在回不了家就喝了算了")
            rf"(?:农药|老鼠药|鼠药|敌敌畏|百草枯|安眠药|药片|药瓶){_S}{{0,30}}(?:喝|吃|吞)(?:了|下去|掉)?(?:就)?(?:算了|拉倒|一了百了|完事|省心)|"
            rf"(?:喝|吃|吞)(?:了|下去|掉)?(?:就)?(?:算了|拉倒|一了百了){_S}{{0,20}}(?:农药|老鼠药|鼠药|敌敌畏|百草枯|安眠药)",
            # sleeping pills bought time and again, then "enough saved" ("每次都买安眠药……笑着说“攒够了就不用再来了”")
            rf"(?:安眠药|药片){_S}{{0,30}}(?:攒够|攒齐|囤够|攒得差不多)|(?:攒够|囤够){_S}{{0,20}}(?:安眠药|药片)",
            # pill packs by the bed emptied ("床边好几板药都空了 喊她就哼哼两声")
            rf"(?:好几|几|一|两|三|四|五)(?:板|瓶|盒)(?:药|药片|安眠药)?{_C}{{0,3}}(?:都|全)?(?:吃)?空了|药(?:板|瓶|盒)子?(?:都|全)?(?:吃)?空了",
            rf"用不着了|反正(?:往后|以后|今后)?(?:也|都|就)?用不[着上]{_C}{{0,6}}了|交代好了|交代给了?|后事|遗书|遗言|想不开|我也该走了|(?:老伴儿?|老头子?|老太婆|爱人)(?:走了|没了|去世了?|不在了){_S}{{0,10}}[她他](?:也)?该走了|(?:那边{_S}{{0,20}}(?:该|早该)过去|(?:该|早该)下去|(?:到|去)(?:那边|地下))(?:陪|找)(?:他|她|老伴儿?|老头子?|老太婆)(?:了|去了?|吧)?(?![^，。！？,.!?\s])|(?:就|要)?去找(?:老伴儿?|老头子?|老太婆)(?!{_C}{{0,3}}(?:商量|问|说))|(?:存折|银行卡|房本|房产证)(?:的)?(?:密码)?{_C}{{0,4}}(?:写好|留好|放桌上|留给)|(?:往后|以后|今后)(?:也|就|都)?(?:不用|用不着)(?:再)?操心了",
            # giving away what one cherishes ("把养了十来年的画眉送我了", "金镯子往我手里塞，说留给你做个念想")
            r"(?:留给|送给|给)(?:你|您|我)?(?:做|当|留)个?念想",
            rf"把{_C}{{0,10}}(?:养了|心爱|宝贝|最喜欢|最值钱|珍藏){_C}{{0,10}}(?:送|给)(?:了|给)?(?:我|人|别人|邻居|出去)",
            # a goodbye beside giving everything away, in either order ("以后不用来了……把球鞋游戏机都送同学了")
            rf"(?:以后|往后|今后)(?:你们?|您)?(?:就|也|都)?(?:不用|别|不要|用不着)(?:再)?(?:来|等{_C}{{0,8}}|管我)了{_S}{{0,30}}(?:都|全)(?:送|分|给)|"
            rf"(?:都|全)(?:送|分|给)(?:给)?{_C}{{0,6}}了{_S}{{0,40}}(?:以后|往后|今后)(?:你们?|您)?(?:就|也|都)?(?:不用|别|不要|用不着)(?:再)?(?:来|等{_C}{{0,8}}|管我)了"
            # ... or beside a farewell ("把游戏机耳机都送我们了……在群里发了句 谢谢大家 再见")
            rf"|(?:都|全)(?:送|分|给)(?:给)?{_C}{{0,6}}了{_S}{{0,60}}(?:再见|永别|谢谢大家|感谢大家|(?:这几年|这些年|这两年|这么多年)的?(?:谢谢|感谢)|(?:以后|往后)(?:别|不用|不要)(?:再)?等)|(?:再见|永别){_S}{{0,60}}(?:都|全)(?:送|分|给)(?:给)?{_C}{{0,6}}了",
            # affairs handed over by phone beside a height ("存折密码我给你写门后头了""那狗你帮我养着"……"在楼顶上吹吹风")
            # (or the children left with someone: "这瓶打完她就去河边，早想好了，孩子都托给她妈了")
            rf"(?:密码|存折|后事|帮我养|替我养|帮我照顾|这辈子|{_LEFT_WITH}){_S}{{0,60}}(?:楼顶|天台|房顶|桥上|河边|江边|湖边)|"
            rf"(?:楼顶|天台|房顶|桥上|河边|江边|湖边){_S}{{0,40}}(?:密码|存折|后事|帮我养|替我养|帮我照顾|这辈子|{_LEFT_WITH})",
            # ... or beside an end announced ("把猫塞给我，说以后麻烦我帮着养，还说“反正过了这周就都结束了”")
            rf"{_LEFT_OR_COVERED}{_S}{{0,60}}{_ALL_OVER}|{_ALL_OVER}{_S}{{0,60}}{_LEFT_OR_COVERED}",
            # a way down from a height announced ("今晚就从楼顶下去，谁也别拦我")
            rf"从(?:楼顶|天台|房顶|桥上|楼上)(?:上)?(?:跳)?下去|"
            rf"(?:跨|翻|爬)(?:出|过)(?:了)?{_C}{{0,2}}(?:栏杆|护栏|窗户|窗台)|(?:天台|楼顶|房顶|窗台|阳台)(?:边|沿|外){_C}{{0,6}}(?:站|坐|不下来)|(?:站|坐)在{_C}{{0,4}}(?:天台|楼顶|窗台)边"
            rf"|(?:天台|楼顶|房顶|窗台|桥上|桥边){_C}{{0,8}}(?:坐|站)在{_C}{{0,3}}边"
            # climbed onto a sill or a roof's edge ("镜头对着窗台 人爬上去了 五楼")
            rf"|(?:窗台|窗户|窗沿|楼顶|天台|护栏|栏杆){_S}{{0,6}}(?:人)?(?:爬|站|翻|跨)(?:上去|上来|出去)了",
            rf"自己(?:划|割)的|手腕{_C}{{0,4}}(?:流血|出血|在流血)|手腕{_C}{{0,2}}(?:割|划)(?:了|破|开|伤|得)",
            # a blister pack emptied beside a wrist wrapped, blood or "let me sleep" ("桌上还扔着个抠空了的药板，她说别管她")
            # ... or roused only to a grunt ("桌上好多空的药板子，喊他就哼两声眼睛睁不开")
            rf"(?:抠空|空)了?的?{_C}{{0,3}}(?:药板|药瓶|药盒){_S}{{0,30}}(?:睡一觉|想睡|别管|不用管|手腕|血|叫不[应醒]|喊不[应醒]|反锁|哼|睁不开)|"
            rf"(?:叫不[应醒]|喊不[应醒]|反锁|锁着门){_S}{{0,30}}(?:抠空|空)了?的?{_C}{{0,3}}(?:药板|药瓶|药盒)|"
            rf"(?:手腕|血|红的|红透){_S}{{0,40}}(?:(?:抠空|空)了?的?{_C}{{0,3}}(?:药板|药瓶|药盒)|(?:药板|药瓶|药盒)子?{_C}{{0,3}}(?:抠空|空)了)",
            # charcoal burning behind a door locked from inside ("反锁在卫生间……门缝里有烧炭的味道")
            rf"反锁{_S}{{0,30}}(?:烧炭|炭火?(?:的)?(?:味|烟))|(?:烧炭|炭火?)(?:的)?(?:味|烟){_S}{{0,20}}(?:反锁|(?:敲|叫|喊){_C}{{0,4}}不(?:应|开|答应))",
            # following the dead ("总想跟着一起去", "想随他去了", "想跟老伴一块儿走"), at the clause's end:
            # not going along ("我该跟着去吗", "想跟着去河边巡查", "想跟老伴一块儿去公园")
            rf"(?:想|要|也)(?:跟着?|随)(?:[他她]|老伴儿?|老头子?|老太婆|爱人|孩子他[爸妈])?(?:一起|一块儿?|一道)?(?:去|走)(?:了|算了)?(?=[，。？！,.?!…]|$)"
            rf"|(?:跟着?|随)[他她](?:一起)?去了|随{_C}{{0,4}}而去",
        ),
        "有自伤或轻生风险：不要留他一人；已经受伤或已经服药，马上打 120，同时打 110；有具体计划、手边有药物或工具，打 110；"
        "马上告诉社工；没有眼前危险时，可陪他拨打心理援助热线 12356（倾诉支持，不是急救电话）",
    ),
    (
        "家庭暴力或虐待",
        _signs(
            r"家暴|家庭暴力|打老婆|打(?:孩子|小孩|娃娃?儿?(?!机))|虐待|别打了|(?:求你|求求你)了?(?:别|不要)(?:再)?(?:动手|打)|(?:别|不要)(?:再)?打我|被打(?![坏碎烂翻湿])|挨打|挨揍|挨收拾|殴打|打骂|性侵|猥亵|动手动脚",
            # a call for help beside things smashed ("隔着门听见女的又哭又喊救命，还有摔东西的动静")
            rf"(?:喊|叫|哭){_C}{{0,2}}救命{_S}{{0,16}}(?:{_SMASHED})|(?:{_SMASHED}){_S}{{0,16}}(?:喊|叫|哭){_C}{{0,2}}救命",
            rf"(?:哭|喊|叫){_S}{{0,8}}(?:别|不要)(?:再)?动手|骂{_C}{{0,4}}打|求饶|(?:揪|扯|薅|拽)(?:着|住|起)?{_C}{{0,6}}头发|(?:往|朝)(?:墙|地|门)上?{_C}{{0,2}}(?:撞|磕|摔)|(?:皮带|棍子|衣架|鞋底|火钳|擀面杖|竹条|藤条|戒尺|晾衣杆){_C}{{0,4}}(?:抽|打(?![扫理包开针听算工扮折卡架]))|(?:把|将)[他她]{_C}{{0,2}}(?:锁|关)在",
            rf"(?:没人管|没人照顾|没人送饭){_S}{{0,12}}(?:屎尿|饿|瘫|褥疮)|屎尿{_C}{{0,4}}(?:都在身上|没人)|好几天没{_C}{{0,2}}(?:饭吃|吃饭|吃东西)",
            rf"(?:儿子|女儿|[她他]儿|老伴|丈夫|老公|男人|对象|前夫|妻子|媳妇|儿媳|女婿|孙子|家里人|家人|爸爸|妈妈|爸|妈|父母|大人|家长|继父|后爸|后妈)"
            rf"{_C}{{0,8}}(?:打了?(?:[他她我]|老人|俺妈|我妈|俺爸|我爸|老伴)|动手|揍|踹|掐|抽[他她]|追(?:出来|着|打|[他她我])"
            # beaten till crying out ("她儿媳妇打得直叫唤")
            rf"|打得{_C}{{0,2}}(?:直?叫唤|嗷嗷|哇哇|惨叫|直哭|直喊|鼻青脸肿|头破血流|起不来|满地)"
            rf"|把(?:[他她我]|老人|俺妈|我妈|俺爸|我爸|老伴){_C}{{0,3}}(?:推|搡|掀|摔|甩)(?:倒|翻|到|在|下)"
            # pushed, and more than once ("她儿媳妇推过她好几回"; not "儿子推着她出去散步": a wheelchair)
            rf"|推(?:过|了)(?:[他她我]|老人|俺妈|我妈|俺爸|我爸|老伴)|推(?:[他她我]|老人|老伴)(?:一把|好几[回下次]|几[回下次]))",
            # ... told as the cause of a mark ("胳膊上青了好几块……说是他爸喝多了打的"; not a jumper knitted, 毛衣是我妈打的)
            rf"(?:青|紫|伤|肿|血|印子|疤|勒痕){_S}{{0,24}}(?:爸爸|妈妈|爸|妈|后爸|后妈|继父|继母|家长|大人|老公|丈夫|男人|儿子|儿媳)"
            rf"{_C}{{0,8}}(?:打|抽|勒|掐|烫|拧)的(?=[，。！？,.!?；;\s]|$|吧|啊|呀)",
            r"(?:打|追|揍|踹|掐)(?:着)?(?:他|她)?(?:的)?(?:媳妇|老婆|老公|丈夫|妻子)",
            rf"身上{_C}{{0,6}}(?:伤|淤青|青一块)|青一块紫一块|一块青一块紫|浑身是伤|不敢回家|怕回家",
            # marks on the body that keep coming, told by the people around ("脸上、手腕上有新伤", "后背有几块疤")
            rf"(?:脸上|手腕上?|胳膊上?|腿上|后背|背上){_C}{{0,8}}(?:新伤|伤痕|伤疤|疤|淤青|瘀青|淤血|瘀血|青紫|青了|紫了|紫印|青印|紫块|青块|紫斑|烫的圆?印子?|圆印子|烟头烫)|(?:脖子|颈){_C}{{0,8}}勒痕",
            # a helpless person tied down, gagged or slapped by whoever looks after them ("护工把瘫着的老爷子手脚绑床栏上，
            # 拿毛巾捂他嘴，还一下一下扇他耳光")
            # ... or slapped before people ("当着大家面又扇了她一巴掌")
            rf"扇{_C}{{0,3}}耳光|扇了?(?:[他她]|老人){_C}{{0,2}}巴掌|(?:手脚|手|脚|[他她]){_C}{{0,6}}(?:绑|捆|拴)(?:在|到){_C}{{0,4}}(?:床|椅|栏)|(?:拿|用){_C}{{0,4}}(?:毛巾|枕头|被子|手){_C}{{0,2}}捂(?:住|着)?(?:[他她]|老人)?的?(?:嘴|口鼻)",
            # a face just hurt, the one who hurts at hand with a belt ("眼眶乌青嘴角全是血……她老公在里屋拿着皮带")
            rf"(?:眼眶|眼圈|眼角|嘴角|脸上){_C}{{0,4}}(?:乌青|青紫|淤青|全是血|流着?血|肿了|是肿的|肿着)|(?:拿|拎|抄|举)(?:着|起)?{_C}{{0,2}}(?:皮带|衣架|鞋底)",
            # ... or a spouse holding a knife ("说她老公拿着菜刀还在屋里砸东西")
            rf"(?:老公|丈夫|男人|老婆|媳妇|妻子|前夫|对象){_C}{{0,4}}(?:拿|拎|抄|举)(?:着|起)?{_C}{{0,2}}刀",
            # a spouse who takes the papers and the cards and keeps the other in ("老公把她证件跟银行卡全收走，不准她出门")
            rf"(?:证件|身份证|户口本|银行卡|工资卡){_C}{{0,6}}(?:收走|扣下|扣着|没收|藏起来){_S}{{0,12}}不(?:准|让|许){_C}{{0,2}}出门",
            rf"反锁{_C}{{0,4}}不让{_C}{{0,3}}出(?:去|门|来)|"
            rf"(?:老公|丈夫|男人|儿子|女婿|前夫|对象){_C}{{0,12}}(?:向|对|朝)(?:[他她我伊]|老人){_C}{{0,2}}动手(?!术)|"
            rf"没(?:见着?|看到|看见)大人|大人{_C}{{0,4}}(?:不见|没回|不在家){_C}{{0,6}}(?:饿|哭)|(?:不|没)给{_C}{{0,3}}(?:饭吃|吃饭|吃的|饭)|(?:锁|关)在{_C}{{0,4}}(?:家|屋|房)里{_C}{{0,4}}不(?:让|给)",
            # a parent's threat to kill the child told by her ("说了她爸要打死她"), a child shut out of home by a parent
            # ("她爸喝了酒就把她锁门外头，有时候一整夜")
            rf"{_PARENT}{_C}{{0,4}}(?:要|会|就|非)?(?:打死|弄死|整死|掐死)(?:她|他|我)",
            rf"(?:{_PARENT}|家长|大人){_C}{{0,10}}把(?:她|他|孩子|娃|我)(?:锁|关|赶|撵|轰)(?:在)?(?:门|屋|家)?外",
        ),
        "疑似家庭暴力或虐待：不要独自介入或上门对质；正在发生时立即打 110；马上告诉社工。涉及儿童的，一律告诉社工依法报告"
        "（联系不上社工就打 110），不反复询问孩子、不惊动照顾者",
    ),
    (
        "噎住或窒息",
        _signs(
            rf"噎|鲠住|鲠喉|哽(?:亲|喉|到)|骾(?:亲|住|喉)|卡住?着?了?{_C}{{0,2}}(?:喉咙|嗓子|气管)|卡在{_C}{{0,2}}(?:喉咙|嗓子)|咳不出|窒息|掐着脖子|"
            rf"(?:捂|掐|抓|揸)(?:住|着)(?:自己的?)?(?:条)?(?:脖子|喉咙|颈)",  # both hands at the throat, the sign of choking
            # (said of both hands without 着: "吃着吃着双手掐脖子说不出话")
            r"(?:双手|两只?手|俩手)(?:捂|掐|抓|揸)(?:住|着)?(?:自己的?)?(?:脖子|喉咙|颈)",
            rf"(?:说不出话|喘不上来|喘不过气){_C}{{0,6}}(?:咳|卡|噎)|(?:吃|喝){_C}{{0,6}}卡(?:住|着)|卡(?:住|着)了?.{{0,3}}说不出话",
            rf"卡(?:住|着)了?{_C}{{0,6}}(?:没声|没有声|发不出声|出不了声|不出声)|憋得{_C}{{0,2}}(?:通红|紫|青|说不出)|(?:脸|块面|嘴唇)(?:都|已经|有点|开始|一下子?)?(?:憋)?(?:得)?(?:发紫|青紫|发青)",
            rf"(?:吞|咽)(?:了|下)?(?:个|颗|枚|一个|一颗){_S}{{0,12}}(?:喘不|咳|说不出|发紫|发青)",
            # something sucked or swallowed down, then no sound ("把一整个小果冻吸进去了，现在不哭也不出声，只会张着嘴")
            rf"(?:吸|吞|咽|塞)(?:进去|下去|进?嘴巴?里|进嘴|进喉咙){_S}{{0,16}}(?:不哭|不出声|没声|发不出声|张着嘴|说不出|喘不|咳不|发紫|发青)",
            rf"呛(?:到|着|住)了?[^。？?]{{0,12}}(?:发紫|发青|说不出|没声|没有声音|不出声|张着嘴|喘不)|(?:绳|袋|带子){_C}{{0,6}}(?:缠|套|勒){_C}{{0,4}}(?:脖子|头)",
        ),
        "噎住：能咳就鼓励用力咳；说不出话、咳不出来时马上用海姆立克法（站到身后，拳头放在肚脐上方，快速向内向上冲击），"
        "同时请人打 120；倒地没有反应就改做胸外按压",
    ),
    (
        "心跳呼吸骤停",
        _signs(
            rf"没(?:有)?了?呼吸|不喘气|不出气|没气了|没气儿了|(?:听|探|摸){_C}{{0,3}}没(?:有)?气儿?(?!了?[吗么])|(?:怎么|咋)[叫喊]都[叫喊]不(?:醒|应|行|动)|(?:鼻子|鼻孔){_C}{{0,6}}(?:没(?:有)?(?:一点)?气|气都没(?:有)?)|(?:脖子|颈|手腕|脉){_C}{{0,6}}(?:没在跳|不跳了|没跳了?)|停止呼吸|呼吸停|心跳{_C}{{0,3}}(?:停|没)|没(?:有)?了?心跳|心脏骤停|没(?:有)?脉搏",
            # (called or shaken by name and no response: "叫他没反应"; not a door no one answers, "喊了半天没反应")
            rf"(?:叫|喊|拍|推|摇)(?:了|着)?(?:他|她|{_PERSON})(?:几声|半天|好几声|两下|几下|一下)?(?:都|也)?没(?:有)?(?:任何|一点|一丁点|半点)?反(?:应|映)|"
            # (not a lift, a van or a machine that stopped: "电梯也不动了")
            r"[叫喊]不醒|推不醒|拍不醒|摇不醒|[叫喊]不(?:答)?应|(?:怎么|咋|咋个|啷个)[叫喊]都(?:不|没)(?!人)|叹气(?:一样|似的|样)的?(?:喘|倒|吸)|(?:隔|过)(?:好久|半天|老半天)才?(?:喘|倒|吸)(?:一口)?气|翻白眼|眼睛往上翻|不省人事|一动不动|(?<![梯车机钟表])(?<![梯车机钟表][也都又就还])不动了",
            rf"摸不[到着]{_C}{{0,3}}(?:跳|脉|气)|摸{_C}{{0,2}}(?:手腕|脉|脖子){_C}{{0,4}}摸不[到着]|(?:胸口|胸膛|肚子){_C}{{0,4}}(?:不见|没有?|不)(?:怎么|太|大)?(?:起伏|动)|偶尔(?:才)?(?:猛地|猛)?(?:抽|吸|倒|喘)(?:一)?口气|(?:听|感觉|感受)不(?:到|着|出){_C}{{0,3}}(?:喘气|呼吸|出气|气(?![氛味温]))",
            # no rise of the chest to be seen ("胸口一点起伏都看不出来"); blue lips beside no answer
            rf"(?:胸口|胸膛|肚子){_C}{{0,6}}(?:起伏|动静){_C}{{0,4}}(?:看不出|看不到|没有|都没)|(?:胸口|胸膛|肚子){_C}{{0,4}}(?:看不出|看不到|看不见)(?:有)?(?:起伏|动静)|"
            # a gasp now and then after long pauses ("隔好久才猛地抽一口气"): not breathing, whatever it looks like
            rf"(?:隔|过)(?:好久|半天|老半天|好一会儿?|很久)才{_C}{{0,3}}(?:抽|吸|倒|喘|吭)(?:一)?口气|(?:胸口|胸膛|肚子)(?:也|都)?(?:不带|不见|没)(?:鼓|起伏)",
            r"(?:谁|有没有人?)(?:会)?(?:按胸口|做心肺复苏|做胸外按压|会按压)",
            # pulled out, or purple in the face, and no stir ("用晾衣杆把他拉上来了，脸发紫没动静")
            rf"(?:拉|捞|救|拖|抱|拽)(?:了)?(?:上来|出来){_S}{{0,12}}没(?:了|有)?(?:动静|反应)|(?:发紫|发青|青紫){_C}{{0,2}}没(?:了|有)?动静",
            rf"没有?反应{_S}{{0,12}}嘴唇{_C}{{0,2}}(?:发|乌)?(?:紫|青)|嘴唇{_C}{{0,2}}(?:发|乌)?(?:紫|青){_S}{{0,12}}没有?反应",
            # not answering is a sign beside a fall or a faint ("栽倒了，叫他没反应"), not alone: a deaf resident
            # does not answer either ("耳朵听不见，喊了好几遍都没反应"), nor does a closed door
            rf"(?:倒|躺|晕|昏|栽|瘫|趴|软(?:了|下去)|滑(?:到|倒)|出溜){_S}{{0,12}}(?<!门)(?:没有?反应|不(?:太|大|怎么)?答应|不(?:太|大|怎么)?应(?![该当]))|(?<!门)(?:没有?反应|不(?:太|大|怎么)?答应){_S}{{0,12}}(?:倒|躺|晕|昏|栽|瘫|趴)",
            rf"突然倒地|倒地{_C}{{0,6}}(?:不动|不起)|(?:突然|一下子){_C}{{0,2}}倒(?:下|了)",
            # breath not seen ("也看不出来他在喘气", "没看到喘气"): a sign of its own, not the knowledge's check of the
            # chest's rise
            rf"(?:看不(?:到|出)|没(?:有)?看(?:到|见|出))(?:来)?{_C}{{0,3}}(?:在)?(?:喘气|呼吸|出气)",
        ),
        "没有反应、没有正常呼吸：立即打 120，开免提按调度员的口令做胸外按压，任何在场的人都可以做；请人取最近的 AED",
    ),
    (
        "急症或意外",
        _signs(
            r"昏倒|晕倒|昏迷|晕过去|抽搐|抽抽|抽风|抽过去|口?[吐冒]白沫|(?:浑身|全身|四肢)(?:一直|直|都在|在|一)?抽(?![烟水筋])|休克|倒地|倒在(?:地|路|楼道|门口)|(?:浑身|全身|手脚|身子)(?:一直)?(?:抖|哆嗦|抽)(?:个|得)?不停",
            rf"说胡话|胡言乱语|神志不清|意识不清|(?:一直|不停|止不住)(?:地)?(?:吐|呕)|吐个不停|身上{_C}{{0,2}}烫(?:手|得)|站都站不起来|(?:半边|一边|半拉)脸{_C}{{0,4}}(?:耷拉|歪|往下|麻|不会动)",
            # a child that ate medicine or something poisonous ("把降压药当糖豆吃了一把")
            rf"当{_C}{{0,4}}(?:吃|喝|吞)了|(?:吃|吞)了(?:十几|二十几|三十几|几十|好几十|好几板|一整板|一整瓶|大半瓶|半瓶)(?:片|粒|颗)?|(?:吃|吞|喝)了一(?:把|瓶|大口){_C}{{0,3}}(?:药|农药)|误喝|(?:药|农药|老鼠药|消毒液|洗衣凝珠|干燥剂|纽扣电池|磁铁|磁珠){_C}{{0,8}}(?:吃了一把|吞了|吞下去?了|咽下去?了|喝了一)",
            # low blood sugar: insulin or a sugar pill taken, no meal, then sweat, shaking, confusion ("打了胰岛素没吃饭……叫他
            # 半天才反应")
            rf"(?:岛素|降糖药){_S}{{0,24}}(?:没吃|没顾上吃|忘了?吃|空腹|饿着){_S}{{0,40}}(?:汗|抖|晕|糊涂|迷糊|叫不|没反应|半天才)",
            rf"(?:大太阳|太阳底下|烈日|暴晒|高温|太热|晒){_S}{{0,12}}(?:倒了|倒下|晕|昏|抽|瘫)",
            rf"(?:摔|跌|滑)(?:倒|了一跤|了一下|了)?{_C}{{0,8}}(?:起不来|爬不起来|不能动|动不了|不动|流血|骨折|直?哼哼|直?叫唤|直喊疼)|爬不起来|(?:卡|倒|躺|坐|摔|跌)在{_C}{{0,6}}(?:起不来|动不了|出不来)|(?:摔|跌)(?:倒|在|到)?{_S}{{0,12}}(?:起不来|不能动|动不了)"
            # slid or fallen to the floor, in pain ("下到一半轮子卡到个坑 孃孃一下子滑下来坐地上了 说腰杆痛得很")
            rf"|(?:摔|跌|滑)(?:下来|下去|倒)?{_C}{{0,4}}(?:坐|躺|趴|倒)在?地上{_S}{{0,12}}(?:疼|痛)"
            # found lying on the floor, unable to move ("躺在厕所地上，人是醒的，说……疼得动不了")
            rf"|(?:躺|倒|瘫|趴)在{_C}{{0,6}}地(?:上|板上){_S}{{0,30}}(?:起不来|爬不起来|动不了|不能动)",
            rf"胸痛|胸闷|(?:胸口|心口){_C}{{0,8}}(?:疼|痛|压|闷|绞)|喘不上气|喘不过气|呼吸困难|呼吸{_C}{{0,2}}(?:很弱|微弱|急促)",
            # a sweat of its own sign, not the breath's: a passage telling of quick breath in a panic does not show a
            # diabetic's cold sweat (first aid's low blood sugar does)
            rf"(?:满头|一身|浑身){_C}{{0,2}}(?:冷汗|大汗)",
            rf"中风(?!前兆|以?后|之后|过|多年|好几年|瘫)|嘴{_C}{{0,5}}歪|口角歪|嘴角{_C}{{0,4}}(?:耷拉|下垂|往下)|嘴{_C}{{0,4}}(?:耷拉|下垂)|嘴巴?{_C}{{0,2}}挂下来|舌头(?:都|有点|发)?(?:大了|发硬|打结|不利索)|(?:说|讲)话{_C}{{0,3}}(?:不清|含糊|含含糊糊|不利索)|口齿不清|脸{_C}{{0,2}}歪{_S}{{0,16}}(?:说不|讲不|话|口齿|舌头|胳膊|手|腿)|(?:说不清|讲不清|口齿不清|说话不清){_S}{{0,16}}脸{_C}{{0,2}}歪|大舌头|说不利索|"
            rf"(?:一边|一侧|半边|左|右)(?:边|侧)?的?(?:胳膊|手|腿|脸|身子|手脚){_C}{{0,4}}(?:抬不起|举不起|没劲|没力|使不上劲|发麻|麻了|不听使唤|动不了)|(?:筷子|杯子|东西|碗|勺子?|牌)[都也]?(?:拿|捏|握)不住|半边身子|半身{_C}{{0,3}}(?:不能动|动不了|没力|麻)|一侧{_C}{{0,4}}(?:无力|没力|麻)|心脏病",
            rf"大出血|血流不止|流血不止|(?:流|出)了?(?:好多|很多|一地|一身|不少)(?:的)?血|血{_C}{{0,4}}(?:止不住|浸透|往外|流个?不停|直流|直冒|哗哗|汩汩)|(?:直|一直|不停地?|哗哗地?|汩汩地?)(?:往外)?(?:冒|流|淌)血|一大?[滩摊]血|(?:脸上|头上|身上|满脸|满身|一脸|一身|满头|裤腿|裤子|衣服|袖子)(?:都|全)?是血|(?:头上|脸上|额头上?|脑袋上?|后脑勺?)(?:一直|还|直)?在?(?:淌|流|冒)(?:着)?血|骨头{_C}{{0,4}}露(?:出来|在外)|(?:地上|满地|底下|下面){_C}{{0,4}}一大?[滩摊]",
            rf"骨折|(?:腿|胳膊|手臂|手腕|脚踝|脚脖子){_C}{{0,6}}(?:歪|变形|扭成|折了){_S}{{0,20}}(?:站不起|起不来|动不了|不能动)|(?:站不起|起不来|动不了){_S}{{0,20}}(?:腿|胳膊|手臂|手腕|脚踝|脚脖子){_C}{{0,6}}(?:歪|变形|扭成|折了)|被车撞|撞倒|(?:摔|跌|滚|掉)下(?:了)?(?:坡|坎|山|沟|崖|悬崖|台阶|楼梯)|车祸(?!{_C}{{0,3}}(?:没了|去世|过世|走了))|(?:掉|摔|跌|坠)(?:了)?下(?:来|去)|坠楼|(?:狗|猫|蛇){_C}{{0,6}}咬|咬伤",
            rf"(?:碰|摸|抓|挨)(?:到|着|了){_C}{{0,8}}线{_S}{{0,12}}(?:弹开|弹出去|倒地|躺着不动|不动了)|触电|触了电|被电(?:到|了|击|倒|晕|着|打)|电(?:倒|晕|打)了|(?:手|身子|人){_C}{{0,4}}(?:搭|挨|贴)在{_C}{{0,2}}电?线上|中毒|一氧化碳(?!报警|探测|检测)|吃错{_C}{{0,2}}药|药{_C}{{0,3}}吃多|吃多了{_C}{{0,2}}药|误服|误食|喝了?{_C}{{0,3}}(?:农药|洗洁精|消毒液)",
            rf"[煤媒]气{_C}{{0,6}}(?:味|漏|中毒)|(?:燃气|天然气){_C}{{0,6}}(?:味|漏)|(?<!漏不)漏气|臭鸡蛋味",
            # (one sign in either order: told before the stove still burning, "他说脑袋疼、直想吐，屋里炉子还烧着"; told in
            # Southwestern words after it, "烧了一盆炭火，他说脑壳疼得很，一直想困觉")
            rf"(?:煤炉|炉子|炭火|炭盆|火盆|烧炭|盆炭|蜂窝煤|煤球){_S}{{0,40}}(?:头疼|头痛|头晕|脑(?:瓜子?|袋|壳)(?:疼|痛|晕)|犯困|(?:一直|老|直)?想(?:困觉|睡觉?)|恶心|想吐|吐了|打晃|站不稳|迷迷瞪瞪|迷迷糊糊|迷糊|[叫喊]不(?:大|太|怎么)?醒|[叫喊](?:了)?半天)"
            rf"|(?:头疼|头痛|头晕|脑袋疼|脑袋晕|恶心|想吐|迷糊){_S}{{0,30}}(?:煤炉|炉子|炭火|炭盆|火盆|蜂窝煤|煤球)(?:还|一直|正)?(?:烧|生|点|着|旺)"
            # (... or burning before it: "说头疼得要裂开想吐，屋里烧着个炭盆窗户关得死死的")
            rf"|(?:头疼|头痛|头晕|脑袋疼|脑袋晕|恶心|想吐|迷糊){_S}{{0,30}}(?:烧|生|点)(?:着|了)?(?:个|一个|一|一盆)?(?:煤炉|炉子|炭火|炭盆|火盆|蜂窝煤|煤球)"
            # a gas water heater on behind a shut bathroom door, someone found collapsed ("热水器一直在响……瘫在地上，叫不醒")
            # ... or a brazier in a room shut tight, the signs told in the next sentence ("屋里烧着炭盆，门窗都关得紧紧的。
            # 老阿妈说头疼得很，想吐"; heldout49's "煤炉子，门窗关得溜严……老太太说脑瓜子疼、老犯困")
            rf"|(?:炭盆|火盆|烧炭|煤炉|蜂窝煤)[^？?]{{0,30}}(?:门窗|窗户|门)(?:都|全)?(?:关|闭|糊|封|捂|堵)[^？?]{{0,40}}(?:头疼|头痛|头晕|发晕|脑(?:瓜子?|袋|壳)(?:疼|痛|晕)|犯困|恶心|想吐|站不稳|[叫喊]不(?:太|大|怎么)?醒)"
            rf"|热水器{_S}{{0,40}}(?:叫不醒|喊不醒|瘫|晕倒|昏倒|倒在地|不省人事)",
            # (across sentences: "小区突然停电了……电梯也停了。……一直用着制氧机，刚打电话她说有点喘"; "……开着吸氧的机器")
            r"停电.{0,60}(?:制氧机|呼吸机|吸氧|氧气机)|(?:制氧机|呼吸机|吸氧|氧气机).{0,40}停电",
            # behind a door that does not open, someone groans or calls ("拍门也没人应，隐隐还听见里头有哼哼声")
            rf"(?:没人应|不应|没人开|不开门|打不通|不接){_S}{{0,20}}(?:哼哼|呻吟|呼救|喊救命|哭喊)",
            # ... or is heard groaning or calling for help behind it ("趴门上听，里头好像有人在哼哼")
            # (not "听到屋里打骂呼救": that is abuse at home)
            rf"(?:屋里|里头|里面|门里|门后|家里|楼上|楼下|隔壁){_C}{{0,8}}(?:哼哼|呻吟)|(?:屋里|里头|里面|门里|门后){_C}{{0,4}}有人{_C}{{0,4}}(?:喊救命|呼救|叫救命)",
            rf"烫伤|烧伤|(?<![太好很真挺点])烫了|被开水|被热水|"  # (not a drink: "这茶太烫了")
            # hot oil, soup or steam on the skin, told as what it did ("被热油溅到胳膊上", "汤洒在孩子腿上烫红了", "开水全浇他
            # 小腿上")
            # (not a perm or an iron: 烫头发, 烫衣服)
            rf"(?:热油|滚油|油锅|开水|热水|热汤|滚汤|汤|蒸汽|热粥){_C}{{0,4}}(?:溅|泼|浇|洒|喷)(?:到|在|了)?{_C}{{0,6}}(?:手|胳膊|脸|腿|脚|背|身上|皮)|"
            rf"烫(?:着|到|红|起|破)(?:了)?(?!头|发|衣|裤|平)|"
            # a large burn told by what it did ("油锅整个翻了……胳膊到手背全是一片片的大水泡，皮都往下掉")
            rf"(?:油锅|热油|滚油|开水|热水|火){_S}{{0,40}}(?:大水泡|一片片?的?水泡|皮(?:都|全)?(?:往下)?(?:掉|脱)|掉皮|脱皮)|"
            rf"(?:大水泡|一片片?的?水泡|皮(?:都|全)?往下(?:掉|脱)){_S}{{0,30}}(?:烫|烧|油锅|热油)",
            # heat stroke (a sign of its own: a scald's follow-up is not answered by cooling a heat stroke)
            rf"中暑|浑身发烫|(?:滚烫|发烫|烫手){_S}{{0,20}}(?:不出汗|没(?:有)?汗|干干的|答不上|叫不应|迷糊|糊涂)|烫得吓人|汗都不出|烫(?:手|得慌|得来|得很){_S}{{0,12}}(?:(?:一点|一滴)汗(?:都|也)(?:没|呒|冇|木|不出)|没(?:有)?(?:一点|一滴)?汗|不出汗)|烧得{_C}{{0,3}}(?:厉害|糊涂)",
            # low blood sugar told by its name or its sweat; a dizziness
            r"低血糖|出冷汗|晕得厉害|头晕得",
            # cold to the bone (浑身冰凉, 冻僵, no longer shivering); a swelling that takes the breath (a severe allergy)
            rf"浑身冰凉|身上冰凉|冻僵|冻得{_C}{{0,4}}(?:不会动|说不出话|迷糊|发紫|叫不醒)|不(?:再)?哆嗦了|"
            # (not what an allergy would do, told ahead: "我对芒果过敏，吃了嘴唇会肿")
            rf"(?:肿|发紧|起疹|起包|风团){_S}{{0,12}}(?:喘|呼吸|憋)|"
            # ... a face swollen, then the breath noisy, told clauses apart ("脸就肿起来了，眼睛眯成一条缝……现在喘气呼哧呼哧
            # 带响")
            rf"(?:脸|嘴唇|嘴巴?|眼睛?|眼皮|舌头|喉咙|嗓子){_C}{{0,4}}肿(?:起来|了|得){_S}{{0,40}}(?:喘|呼吸|憋|呼哧)|过敏{_S}{{0,12}}(?<!会)(?:喘|肿|晕|呼吸)|"
            rf"(?:肿|起疹|起包|风团|疙瘩|坨坨){_S}{{0,16}}(?:嗓子眼?|喉咙|喉头)(?:发紧|紧|发堵|肿)|(?:嗓子眼?|喉咙|喉头)(?:发紧|紧|发堵|肿){_S}{{0,16}}(?:肿|起疹|起包|风团|疙瘩|坨坨)",
            # a poison eaten, then its signs ("农药当成酱油倒菜里了 一家子吃完都在吐")
            rf"(?:农药|老鼠药|鼠药|敌敌畏|百草枯|消毒液|洗洁精){_S}{{0,24}}(?:吐|头晕|站不住|抽|晕|昏|口吐)",
            # roused only to a grunt after long calling ("瘫坐在站台上 喊他半天才哼一声"; not a door answered late: 才应)
            r"[叫喊](?:了)?(?:他|她|人)?(?:半天|老半天|好久|好一会儿?|好几声)(?:才|只)(?:哼|嗯)",
            # ... or hardly at all ("叫了好几声都不怎么醒")
            r"[叫喊](?:了)?(?:他|她|人)?(?:半天|老半天|好久|几声|好几声|好几遍)(?:都|也)?不(?:怎么|太|大)醒",
        ),
        "急症或意外：立即打 120，按调度员说的做，不喂水、不喂食、不给药（清醒、能自己吞咽的糖尿病人低血糖时可以给糖）；有人触电先拉闸断电，断电前不碰他；燃气泄漏先离开，不按门铃、不开关电器、"
        "不在现场打电话，到楼外再打 119 和燃气抢修电话；随后报告社工",
    ),
    (
        "火情",
        _signs(
            r"(?<!不是)起火|(?<![抽香吸])烟(?:从|在)[^，。？！；,.?!;]{0,8}(?:往外|往上)?冒|烧(?:塑料|胶皮|电线)的?味|(?<![不没])(?<!不是)着火(?![盆炉])|着了火|着咗火|着完火|失火|火灾|火警|(?<![不没])冒[白黑青灰浓]?烟|冒火|浓烟|烟雾(?!报警|探测)|火苗|火光|(?<!没)有烟|一屋子烟|满屋子?烟|(?:全|都)是[黑白浓]?烟|好多烟|烟(?:很|特别|太)大",
            # burnt plastic smelt, smoke at a door's gap ("门缝往外冒灰的，一股塑料烧糊了的味道")
            rf"(?:塑料|胶皮|电线|橡胶)(?:烧)?(?:糊|焦)了?的?(?:味|气味)|焦(?:塑料|胶皮|电线|橡胶)的?味|门缝{_C}{{0,6}}(?:烟|冒[白黑青灰])|烟{_C}{{0,8}}(?:往里灌|灌进|往屋里(?:钻|灌|冒))|[白黑青灰浓]烟{_C}{{0,2}}往外(?:钻|冒|窜|涌)",
            rf"(?<![窑])(?:烧|着|燃)起来|烧着了|(?:窜|蹿)火|(?:崩|引)着了|(?:车棚|房子|屋|楼|厨房|锅|电动车|电瓶车){_C}{{0,4}}着了",
            rf"(?:充电|电瓶|电池|充电器|插座|电线){_C}{{0,6}}(?:爆|炸|烧|冒火|着了|起火|冒[白黑青灰浓]?烟)",
        ),
        "火情：立即喊人撤离，打 119；弯腰捂口鼻沿楼梯走，不要乘电梯，不要返回取东西；随后报告社工",
    ),
    (
        "落水",
        _signs(
            # (not a delayed condition named: "听人说有个什么二次溺水")
            rf"落水|(?<!二次)(?<!干性)溺水|(?:掉|滑|跌|摔|栽|冲|翻)(?:进|到|入|下)了?{_C}{{0,3}}(?:河|湖|水|塘|池|井|沟|江|渠|海)|掉到?水里|"
            rf"(?:掉|滑|跌|摔|栽)(?:河|湖|水库|水塘|池塘|塘|池子|井|沟|江|渠|海|冰窟窿)(?:里|中)",  # "娃掉河里了", "有人掉海里了"
            rf"(?:水库|池塘|水塘|鱼塘|河沟|蓄水池|蓄水塘|水池|池子|河|湖|江)(?:里头?|中|边上?|那边|这边|旁边)?[\s，,]?(?:有个|有人|一个|有娃|有孩子|有小孩){_C}{{0,6}}(?:滑|掉|栽|跌)(?:下去|进去)",
            # thrashing, then gone ("扑腾两下就看不见了，就露个头发")
            rf"扑腾{_C}{{0,6}}(?:看不见了|不见了|没影了?|沉下去)",
            rf"(?:扑通|噗通){_S}{{0,20}}(?:救命|呼救)|水面上?{_C}{{0,8}}(?:扑腾|挣扎|乱拍|乱抓|乱扑)|淹死|"
            # fallen in and thrashing, the water named a clause before ("路过一条水渠，一个小男孩脚一滑掉下去了在扑腾")
            rf"(?:掉|滑|摔|栽|跌)(?:下去|进去)了?{_C}{{0,3}}(?:扑腾|呛水)|"
            # ... or told the water, then the thrashing, clauses after ("……滑下去了，水有齐腰深，潮水在涨，他在里面扑腾")
            # (or a call for help growing weaker: "脚一滑溜下去了，在水里揪着一把草……喊救命的声音越来越小了")
            rf"(?:掉|滑|溜|摔|栽|跌)(?:下去|进去)了?{_S}{{0,20}}水{_S}{{0,30}}(?:扑腾|呛水|喊救命|呼救)|"
            # over a ship's rail, not seen to come up ("有个人从后甲板栏杆翻下去了 浪好大……都没见他冒头")
            rf"(?:栏杆|护栏|船舷|甲板|船边|船尾|船头){_C}{{0,3}}(?:翻|掉|跳|栽|摔)(?:了)?下去|(?:没|不)(?:见|看见|看到)(?:他|她|人)?(?:再)?冒(?:过)?头|一直没(?:再)?冒头|"
            # fallen into the sea in Hokkien (跋落海) or a pond in Cantonese (跌落池塘度); a head that bobs, sinking and
            # surfacing, hands slapping the water
            rf"跋落(?:海|水|河|溪|池|塘|井|潭)|(?:跌|掉|冲|碌|摔)(?:咗|了)落(?:海|水|河|溪|塘|井|潭)|(?:浮|冒)(?:起来|上来)又沉(?:下去|落去)|浮浮沉沉|沉沉浮浮|(?:跌|掉|碌|摔)落{_C}{{0,8}}(?:海|河|溪|塘|井|潭|湖|池|水库)(?:里|中|了|度)|一沉一浮|一浮一沉|头{_C}{{0,2}}一冒一冒|乱拍(?:打)?水|"
            # ... or the water named first, a clause before ("那个鱼塘，隔壁家老者喝了酒掉进去了")
            rf"(?:鱼塘|池塘|水塘|河沟|水库|水井|河道|蓄水池|蓄水塘|水池|水窖)[，,]{_C}{{0,12}}(?:掉|跌|滑|栽)(?:进|下)去了|"
            rf"(?:河|湖|水库|水|塘|池|井|沟|江|渠|海|坝|潭)(?:里头?|中|边){_S}{{0,12}}(?:扑腾|挣扎|呛水|沉下|冒不出|滑进去|掉进去|掉下去|滑下去|栽下去|没影)",
            # bubbles where someone went under; one of those at the water no longer seen
            rf"水面{_C}{{0,4}}冒{_C}{{0,3}}泡|游{_C}{{0,6}}(?:没影了?|不见了|沉下去)|(?:水库|河|湖|江|溪|池塘|水塘|海)边?{_S}{{0,40}}(?:(?:另一个|有个|一个){_C}{{0,4}}(?:不见了|没影了)|就(?:没看[见到着]|看不[见到着])人)",
            rf"(?:河|湖|水库|水|塘|池|井|沟|江|渠|海|潭)(?:里头?|中|面上?){_S}{{0,12}}(?:脸朝下|头朝下|面朝下|趴着){_C}{{0,3}}(?:飘|漂)|(?:脸|头|面)朝下{_C}{{0,2}}(?:趴|浮|漂|飘)在水(?:面|上|里)|游泳{_C}{{0,6}}抽筋|(?:水|河|湖|塘|江)(?:里|中|面上?){_C}{{0,4}}一冒一冒|(?:湖|河|江|水库|塘)(?:上|面上?)?的?冰{_C}{{0,6}}(?:裂|塌|碎)|扒着冰|往下沉|被水冲走|(?:被|叫|让)(?:大?浪|海浪|河水|洪水|水){_C}{{0,2}}(?:卷|冲|打)(?:走|下去|进去|跑)了?|(?:抱|抓|扒)着{_C}{{0,6}}(?:树|木头|石头|桥墩|栏杆|柱子|电线杆){_C}{{0,2}}(?:在|泡在)?水(?:中间|当中|里)|(?:过|蹚|趟)(?:沟|渠|溪|河){_C}{{0,4}}被?(?:水)?冲倒|(?:过河|涉水|蹚水|趟水){_C}{{0,4}}被?冲倒|(?:抱|抓|扒)(?:着|到|住|在)了?{_C}{{0,4}}(?:树杈|树枝|树干)|被?冲进{_C}{{0,4}}(?:沟|河|渠)|沉下去|沉底|沉在(?:水|池|河|塘)?底|一沉一浮|(?:头|人)一沉一沉|没(?:见)?冒头|没(?:再)?冒(?:上来|出来)|呛水|冰窟窿|冰面{_C}{{0,4}}(?:裂|塌)|冰(?:面|层)?(?:又|也|都|一下子?)?(?:裂|塌|碎)(?:了|开)|(?:窟窿|冰洞|冰窟)边?{_C}{{0,4}}(?:扑腾|挣扎)|脸朝下漂|(?:水|河|湖|江|塘)(?:里|面上?)(?:有个?人)?漂着(?!{_C}{{0,3}}(?:瓶|袋|垃圾|树叶|叶子|木头|泡沫|油|鱼|死鱼|球))|漂着{_C}{{0,4}}脸朝下",
        ),
        "有人落水：大声呼救，打 119、120 和 110；在岸上抛救生圈、递竹竿或绳子，不跳水、不手拉手下水；随后报告社工",
    ),
    (
        "老人或孩子走失",
        _signs(
            rf"走失|走丢|失联|迷路|走迷|(?:一转眼|一眨眼|一扭头|一扭脸|一转身|一回头|一抬头|一低头|一晃眼|一晃神)(?:的工夫)?(?:我?(?:{_PERSON}|[小阿][\u4e00-\u9fff]|[\u4e00-\u9fff][宝娃]))?(?:就)?(?:没了|不见了|没影了?|[找寻]不[着见到])|(?:回头|转身|扭头){_C}{{0,6}}的[工功]夫[，,]?(?:{_PERSON}|[小阿][\u4e00-\u9fff]|[\u4e00-\u9fff][宝娃])就?(?:没了|不见了|没影了?)|广播(?:了|过){_C}{{0,6}}(?:也|都|还)没(?:找着|找到|见着|见人)|(?:转|找|寻)了{_C}{{0,6}}(?:分钟|钟头|小时|半天|一大?圈|好几圈|好久){_C}{{0,3}}(?:也|都|还)?没(?:找着|找到|见着|见人)|{_PERSON}{_S}{{0,16}}没跟上(?:队伍|大部队|大家|队)|{_PERSON}{_S}{{0,16}}找了{_C}{{0,6}}(?:分钟|钟头|小时|半天|一圈|好久)|少了(?:一|两|几)?个(?:孩子|小孩|娃|小朋友|学生|人)|(?:点名|人数|一数|数了数|清点){_S}{{0,8}}少(?:了|[一两几]个)|找遍了|还(?:没|不)见人|一直没见人|(?:不|没)见(?:着)?人影|(?:点|钟头|小时|天黑|天都黑透?|天黑透)了?{_C}{{0,2}}还没(?:到家|回家|回来)|(?:问|打听)(?:过|遍)了?{_S}{{0,10}}(?:都说|都)?(?:没见|没看见|没看到)|都说没(?:看|见|瞧)(?:到|见|着)?(?:过)?{_PERSON}|(?:家|住)在哪{_C}{{0,6}}(?:说不上|说不清|不知道)|问(?:他|她)?(?:家)?住(?:在)?哪(?:儿|里)?{_S}{{0,20}}(?:说不上|说不清|答不上|说不明白|讲不清|讲不明白)",
            # (not after months or years: "儿子好几年没回来看她" is a visit missed, not a person missing)
            # hours gone by without finding them ("已经三个钟都搵唔到人", 粤语 read as 找不到人)
            rf"(?:[一二两三四五六七八九十几半\d]+个?(?:钟头?|小时)|半天|一整天|一晚上?)了?{_C}{{0,3}}(?:都|也|还)?(?:找不[到着]|没找[到着]|联系不上)(?:人(?!手)|[他她])|"
            rf"{_PERSON}{_S}{{0,14}}(?:找不[到着]了|找不[到着][他她人]|找不到回家|不见了|走散了|(?<!年)(?<!月)(?<!久)(?<!年多)(?<!月多)(?:没回家|没回来|还没回|没回屋)|没到家|联系不上)",
            # (not 就走了, 早走了: "她老伴前年就走了" is a death told)
            # (or not come home, in Wu words: "老年痴呆，今朝早上七点钟出去买菜……还没家来")
            rf"(?:认知症|认知障碍|失智|痴呆|糊涂|迷糊){_S}{{0,30}}(?:(?<![就早])走了|走散|不见|未[返回](?![复信])|没回(?![我你他她]|消息|信息|微信|复)|找不|没(?:有)?家来|没(?:有)?到屋)",
            # someone met out in the street who cannot say who or where they are ("公交站有个老太太，问啥都说不清楚")
            rf"(?:门口|路边|路口|街上|车站|公交站|站台|公园|广场|超市|商场|桥上|桥头|路上)(?:这|那|这儿|那儿|里|上)?有个{_PERSON}{_S}{{0,20}}说不(?:清|上来|明白)",
            # ... or on a road where no one walks ("应急车道上有个老太太穿着拖鞋慢慢往前走"), or who says they are going
            # home, and seems confused ("问她去哪儿，她说回家找儿子，看着糊里糊涂的")
            rf"(?:高速|应急车道|快速路|高架|铁轨|铁道)(?:上|边|旁)?有(?:个|位){_C}{{0,3}}{_PERSON}{_S}{{0,16}}(?:走|溜达|晃)",
            rf"说(?:要)?(?:回家|找){_S}{{0,16}}(?:糊里糊涂|迷迷糊糊|糊涂|迷糊)",
            rf"{_PERSON}{_S}{{0,12}}(?:跑|溜|走)出(?:来|去)了{_S}{{0,20}}(?:往|朝|不知道|找不|不见|没回)",  # not 出门 alone: "糊涂了，出门忘带钥匙"
            rf"{_PERSON}{_S}{{0,16}}(?:跑|溜|走)(?:得|远了|出去)?(?:没影|不见)",  # "孩子在公园里一下子跑没影了"
            # gone, then looked for a while ("扫个码付钱的功夫人没了……找了四十分钟了")
            rf"{_PERSON}(?:就)?(?:没了|不见了|没影了?){_S}{{0,60}}找了{_C}{{0,6}}(?:分钟|钟头|小时|半天|一圈|好久)",
            # fetched by someone no one of the family sent ("老师说他已经被接走了，可家里谁都没接过他", "跟一个叔叔走了……没人来接")
            rf"(?:被(?:人)?接走了?|跟(?:着)?{_C}{{0,6}}走了){_S}{{0,30}}(?:谁(?:都|也)没|没(?:有)?人|都没)(?:来|去)?接(?:过)?",
            rf"(?:孩子|小孩|娃|老人|爷爷|奶奶|大爷|老爷子|老太太){_C}{{0,3}}丢了|(?:找不到|没有|不见){_C}{{0,2}}大人|被{_C}{{0,3}}(?:陌生人|人)接走",
            # ... or gone again, told as such ("第二天一早他又没影了，家里门敞着")
            rf"{_PERSON}{_C}{{0,4}}(?:又|就|一下子?)没影(?:了|儿)|人没影了",
            # ... or gone in the moment something else was done ("我扫个码付钱的功夫人就没了")
            rf"的[工功]夫[，,]?(?:{_PERSON}|[小阿][\u4e00-\u9fff]|[\u4e00-\u9fff][宝娃])就?(?:没了|不见了|没影了?)",
        ),
        "有人走失：立即打 110 报警（不必等 24 小时），通知家属和社工；提供照片、衣着和最后出现的地点",
    ),
    (
        "被困",
        _signs(
            # a lift first: "困在电梯里" is the same sign as "电梯卡在两层中间", not any trapping
            rf"(?:关|困|卡|锁)(?:在)?[电货客直]梯(?:里|中)|"
            # ... stuck between two floors, told a clause after the lift ("新装的电梯，今儿下午卡在三楼跟四楼中间了")
            rf"[电货客直]梯{_S}{{0,16}}(?:卡|停)在{_C}{{0,8}}[楼层](?:之)?中间|"
            # ... or stopped with the one who writes inside ("我在电梯里，电梯突然停了，灯也灭了")
            rf"在[电货客直]梯里{_S}{{0,8}}(?:[电货客直]梯)?(?:突然|一下子?)?(?:停|不动|卡住)了|(?:[电货客直]梯|缆车|索道|吊厢|吊箱|摩天轮|过山车){_C}{{0,12}}(?:困|卡住|卡在|卡半道|卡半截|关住|停住|掉|坠|(?:停|卡)在{_C}{{0,8}}(?:中间|半空|两层)|里面有人|里有人|里头有人|在喊|拍门)",
            rf"(?:陷|困|卡)(?:在|进|到)?{_C}{{0,4}}(?:戈壁|沙漠|沙窝|沙地|雪窝|雪地|雪里|泥里|泥坑|山沟){_C}{{0,4}}(?:了|里){_S}{{0,30}}(?:没信号|没有信号|没水|水(?:就)?(?:剩|只剩)|天(?:快|要)黑|出不来|动不了)|"
            # lost out in the wild as night falls or the phone dies ("进竹林挖笋迷路了，天已经黑透了……手机就剩百分之五的电")
            rf"(?:迷路|迷了路|走迷|走不出去|找不到(?:出去的|下山的|回去的)路){_S}{{0,30}}(?:天(?:已经|都|也)?(?:黑|快黑|要黑)|没(?:有)?信号|没电|电(?:量)?(?:就|只)?剩)|"
            rf"门{_C}{{0,8}}从外(?:面|头|边)(?:被)?(?:扣|锁|反锁|插|别|拴|带|关)(?:上|住|死)(?:了)?{_S}{{0,30}}(?:在(?:里头|里面|里边)|(?:里头|里面|里边){_C}{{0,3}}(?:打不开|推不开|拉不开|出不去|出不来))|"
            # a door shut on someone that will not open from inside ("冷库的门被人从外面带上了……门从里面打不开")
            rf"(?:有人|{_PERSON}|兄弟|工友|同事){_S}{{0,20}}(?:拍门|敲门|砸门){_S}{{0,20}}从里(?:面|头|边)(?:打|推|拉)不开|从里(?:面|头|边)(?:打|推|拉)不开{_S}{{0,20}}(?:有人|{_PERSON}|兄弟|工友|同事){_C}{{0,6}}(?:拍门|敲门|砸门|喊)|"
            # pinned by a weight the people there cannot lift ("大木头滚下来把老刘的腿压住了，几个人抬不动")
            # (or held down, unable to move: "后墙推垮了一半……说腿遭压到了动不了")
            rf"(?:腿|脚|身子|腰|人)(?:遭|被|给|让)?{_C}{{0,4}}压(?:到|住|着)了?{_C}{{0,2}}(?:动不了|起不来|出不来)|"
            rf"压(?:住|在){_S}{{0,16}}(?:抬不动|搬不动|抬不起来?|搬不开|挪不动|挪不开|拉不出来?|抽不出来?)|"
            rf"被困|困在|困着|困住|(?:车|suv|SUV|屋|房|屋子|房间|厕所)里(?:锁|关|困)(?:着|了(?=[一两三俩]?个)){_C}{{0,6}}(?:孩子|小孩|娃|人|老人)|(?<![声音气话])(?<![声音气话][都也])出不来|出不去|锁在{_C}{{0,6}}(?:车|屋|家|房|库|室)?里|(?:关|锁)在(?:了)?(?:阳台|天台|露台|屋顶)|反锁{_C}{{0,6}}打不开|(?:头|手|脚|腿){_C}{{0,4}}卡在|拔不出来",
            rf"水{_C}{{0,4}}(?:到|淹到|漫到|漫过|没过|淹过|淹了|进了){_C}{{0,2}}(?:车门|车窗|车里|座位|座椅|腰|胸口|脖子|窗台)|水{_S}{{0,30}}车门{_C}{{0,3}}(?:推不开|打不开|拉不开)|水{_S}{{0,12}}(?:[到漫]|淹到|没过)(?:了)?(?:腰|胸口|脖子)(?:了|这)|车里{_C}{{0,4}}有人{_C}{{0,4}}(?:拍|敲|砸)(?:窗|门|玻璃)",
            # a door the flood holds shut ("暴雨水漫进我奶奶家一楼了，门被水顶住拉不开")
            rf"门{_C}{{0,3}}被水(?:顶|压|堵|憋)(?:住|着)?{_C}{{0,3}}(?:推|拉|打)不开",
            # someone still inside behind a door that will not give ("大爷还在里头 门被东西顶住推不开")
            rf"{_PERSON}{_C}{{0,4}}(?:还|仍)?在(?:里头|里面|里边|屋里|底下){_S}{{0,20}}(?:推不开|拉不开|打不开|出不来|顶住|堵住|堵死)"
            # ... told after the door ("门被水压着推不开，老板和一个来拍证件照的老人还在里头")
            rf"|(?:推不开|拉不开|打不开|顶住|堵住|堵死){_S}{{0,24}}{_PERSON}{_C}{{0,4}}(?:还|仍)?在(?:里头|里面|里边|屋里|底下)",
            rf"(?:塌|垮|冒顶){_S}{{0,30}}(?:底下|下面|井下|里头|里面){_C}{{0,3}}(?:没|还没)(?:上来|出来)|"
            rf"(?:塌|垮|倒塌){_S}{{0,12}}(?:喊|救命|压在|压着|埋|困|敲|底下有人|下面有人)|(?:塌|垮|倒塌){_S}{{0,20}}(?:我们|有人|人|[他她]们?){_C}{{0,4}}在{_C}{{0,6}}(?:里头|里面|里边|下面|底下|井下|洞里){_S}{{0,20}}(?:堵死|堵住|封死|出不去)|锁(?:在)?车(?:里|内)"
            rf"|(?:把车|车门?){_C}{{0,2}}锁(?:了|上了|住了){_S}{{0,8}}(?:打不开|开不了|出不来)",
            # ... or told a few clauses after the flood ("水都漫到窗台了……楼下全淹了 门推不开")
            rf"(?:淹|漫){_S}{{0,30}}门{_C}{{0,3}}(?:推|拉|打)不开",
            # a lid or a door that will not open, someone knocking or crying inside ("盖子扣上了打不开，在里面拍")
            rf"(?:打|推|拉|拽|掰|撬)不开{_S}{{0,12}}在(?:里面|里头|里边)(?:拍|敲|砸|喊|哭|叫)"
            rf"|在(?:里面|里头|里边){_C}{{0,2}}(?:拍|敲|砸|喊|哭|叫){_S}{{0,20}}(?:打|推|拉|拽|掰|撬)不开",
        ),
        # (every trapping, not only a lift's: a child locked in a car, someone shut in a room or under a fallen wall)
        "有人被困：困在电梯里，隔着门安抚他别扒门、别乱动，按电梯警铃或拨打电梯里张贴的应急救援电话（很多地方是 96333），"
        "联系不上打 119；困在车里、屋里或被压住出不来，打 119，有伤打 120，有人把他关住不放打 110；谁都不撬门、不扒门；"
        "随后报告社工",
    ),
    (
        "暴力或人身威胁",
        _signs(
            rf"持刀|持械|打斗|斗殴|扬言{_C}{{0,6}}伤|拿刀|拿着刀|动刀|刀{_C}{{0,6}}(?:砍|捅|追)|砍人|捅人|打人|打起来|打架|行凶|报复社会|纵火",
            # a quarrel come to blows ("都开始推搡了", "吵着吵着动起手来了"; not "别动手")
            r"(?<![别不没])(?:推搡|撕扯|扭打|动起手)(?:了|起来|来了)|(?<![别不没要])动手了|已经动手|动手推搡",
            rf"拉架|夺刀|(?:拿|拎|提|攥|抄|挥|举|握|掏|亮|抽出)(?:着|起|出)?{_C}{{0,4}}(?:(?<!螺丝)(?<!剃须)(?<!卷笔)刀|剪刀|酒瓶|(?:碎|破)(?:酒)?瓶|瓶口|碎玻璃|钢管|铁管|铁棍|铁棒|板凳|凳子|椅子|(?<![白拐盲撬])(?<!白色)(?<!色细)(?<!色的)(?<!探路)(?<!导盲)棍(?!子?探路)|棒|铁锹|砖|斧|擀面杖)|菜刀|围着{_C}{{0,6}}打|群殴|往车上?{_C}{{0,2}}(?:拽|拉|拖)|强行{_C}{{0,2}}(?:带走|拉走)|尾随|跟踪{_C}{{0,4}}(?:她|他|我|女|孩子|学生)|跟(?:了|着(?:我|她|他)?(?:走|跑)了){_C}{{0,4}}?[一二两三四五六七八九十几好\d]+(?:条街|个路口|站地?|条路|公里|里地)|(?<!孙子)(?<!孙女)(?<!儿子)(?<!女儿)(?<!闺女)(?<!孩子)(?<!老伴)(?<!家人)(?:一直|一路)跟着(?:我|她|他|孩子)|抢劫|抢{_C}{{0,6}}(?:包|手机|钱包|项链)|要?(?:打死|弄死|整死|搞死|杀)(?:你|他|她|我|人)|砸{_C}{{0,2}}(?:我)?家|追着{_C}{{0,6}}(?:打|砸|砍)|威胁要?(?:杀|砍|打|弄死)|扬言{_C}{{0,6}}(?:杀|砍|打|炸|烧)|弄死你|杀了你|(?:要|会|想)杀了(?:他|她)"
            # a door kicked by someone who says he carries a knife or will take them with him ("一直在踹单元门，给我发消息
            # 说他带了刀，今天我不下去就同归于尽")
            rf"|(?:踹|砸|撞|捶)(?:着)?{_C}{{0,4}}门{_S}{{0,40}}(?:带(?:了|着)(?:把)?(?:刀|刀子|菜刀|砍刀|匕首)|同归于尽)"
            # someone cornered and robbed ("把我堵在巷子里让我把手机交出来"; not a neighbour who "把我堵住了" to complain)
            rf"|堵{_C}{{0,12}}(?:要钱|交出来|抢)"
            # a killing shouted, a tool swung at things ("拿着扳手砸车窗，嚷着要弄死里面的收费员")
            rf"|(?:嚷|喊|骂|叫|吼)(?:着|说)?(?:要)?(?:打死|弄死|整死|搞死|砍死|捅死|杀了)"
            # ... or said while chasing someone with it ("提着铁锹撵着人说要拍死他")
            rf"|(?:追|撵)着{_C}{{0,6}}(?:说|喊|嚷)?要?(?:拍死|砸死|劈死|打死|弄死|砍死)"
            rf"|(?:拿|拎|抄|挥|举|握|抡)(?:着|起)?{_C}{{0,4}}(?:扳手|锤子|榔头|铁锤){_C}{{0,6}}(?:砸|追|冲|抡)"
            # someone cornered and kept there ("拿着碎瓶口把一个小姑娘堵在候车亭角落里不让走"), a face or a limb threatened
            rf"|堵在{_C}{{0,10}}(?:不让|不许|不准)(?:[他她]|人)?(?:走|出来|出去|离开)"
            rf"|(?:要|说要|扬言)(?:把[他她你]|给[他她你])?(?:划花|划烂|砍断|打断|打烂|毁)(?:[他她你]的?)?(?:脸|腿|手|容)"
            # a threat against someone and those close to them ("不开门就让我好看", "晓得我妈在哪上班")
            # ... or kept from leaving ("敢往外说就让我走不出这个门")
            rf"|(?:让|叫|要)(?:我|你|他|她)(?:走不出|出不了|别想出)(?:这个?|这道)?(?:门|屋)"
            rf"|(?:让|叫|要)(?:我|你|他|她)好看|饶不了(?:我|你|他|她)|(?:找人|叫人)(?:收拾|弄|打)|(?:晓得|知道)(?:我|你|她|他)(?:妈|爸|家|孩子|老婆|老公){_C}{{0,3}}(?:在哪|住哪)",
        ),
        "暴力或人身威胁：先离开现场保护自己，立即打 110，再报告社工",
    ),
    (
        "正在被骗",
        _signs(
            # a caller's claim and money on the move, in one sentence, either order ("“公安”让转钱", "要五万……往ATM跑")
            rf"{_SCAM_CLAIM}{_S}{{0,30}}{_MONEY_MOVES}|{_MONEY_MOVES}{_S}{{0,30}}{_SCAM_CLAIM}",
            # a caller who claims to be an office, asking to share the screen or for a code ("自称社保局……开屏幕共享")
            rf"(?:自称|冒充|说是|说自己是){_C}{{0,8}}{_S}{{0,30}}(?:屏幕共享|共享屏幕|验证码)",
            # ... the screen named first ("问我咋开屏幕共享，说是快递理赔客服叫她开的"), or a loan taken to pay a deposit
            rf"(?:屏幕共享|共享屏幕){_S}{{0,20}}(?:自称|冒充|说是|说自己是){_C}{{0,8}}(?:客服|公安|警察|银行|法院|领导|民警)",
            rf"贷款{_C}{{0,4}}(?:交|缴|付|打)(?:保证金|手续费|会员费|解冻费|验资)",
            # ... or any caller who has the screen shared ("客服说……让我开着屏幕共享操作")
            rf"(?:让|叫|要){_C}{{0,12}}(?:开着?|打开|开启){_C}{{0,3}}(?:屏幕共享|共享屏幕)",
            # money moved to a "safe account" ("电话那头让她千万别挂 转到安全账户"): no bank has one
            rf"(?:转|打|汇|存|挪)(?:到|进|去|入|给){_C}{{0,4}}安全的?(?:账户|账号|卡)",  # "打到一个安全的卡上面"
            # ... or the screen shared as a caller says, a loan taken on it ("按客服说的开屏幕共享 一步步在点借款")
            rf"(?:按|照|听)(?:着)?{_C}{{0,8}}(?:说的|的话|指示|教的){_C}{{0,4}}(?:开着?|打开|开启|共享){_C}{{0,3}}(?:屏幕共享|共享屏幕|屏幕)",
            # someone has the code a phone received read out or sent to them ("让她把验证码都念出来")
            rf"(?:让|叫|要)(?:[他她我]|老人|你)?(?:把)?{_C}{{0,8}}验证码{_C}{{0,6}}(?:念|报|读|告诉|说给|发给)",
            # ... the verb first ("让她报银行卡验证码", "叫他念一下验证码")
            rf"(?:让|叫|(?<![不别])要(?={_PERSON})){_C}{{0,4}}?(?:念|报|读|说)(?:出来?|一下)?{_C}{{0,6}}验证码",
            rf"(?:电话|视频)里{_C}{{0,4}}(?:客服|公安|警察|法院|银行|领导){_C}{{0,4}}(?:让|叫|要){_S}{{0,20}}{_MONEY_MOVES}",
            rf"(?:把)?(?:钱|存款|积蓄|养老钱)(?:都|全)?(?:已经)?(?:被)?(?:骗走|转走|转出|汇出)|被骗(?:了|走)?{_C}{{0,4}}(?:[万千]|块钱|元)",
            # money asked for before money can be taken out ("她说现在再充五万才能提现", "交保证金才能解冻")
            rf"(?:充|交|转|存|打|缴)(?:值|钱|款|费)?{_C}{{0,8}}(?:才能|才可以|才可|才给|就能|就可以|就可)(?:提现|解冻|到账|退款|取出|出金|拿回)",
        ),
        "正在被骗：劝他先别转钱、挂断电话，立即协助拨打 110；还没转钱但拿不准的，可打 96110（反诈专线）问一问；"
        "钱已经转出的，马上打 110 并联系银行；随后报告社工",
    ),
)
CATEGORIES = tuple(category for category, _, _ in _RULES)
# An emergency read by example whose nearest labelled wordings disagree on what it is (``CrisisExamples``): the
# box names no kind and gives the steps every kind shares, rather than one kind's steps for another ("老爷子这礼拜
# 一回都没瞅见他，门口纸箱子还搁着" had been boxed as abuse by its single nearest wording)
UNCLEAR = "情况待确认"
_UNCLEAR_ACTION = (
    "先看清情况、保护好自己；有人受伤、叫不应或正有危险，立即打 120 或 110；见不到人、联系不上的，不要再等，马上告诉社工；"
    "不独自破门、不独自介入"
)
_ALWAYS = "报警 110；急救 120；火警 119；心理援助热线 12356（没有眼前危险时的倾诉）；并第一时间联系你的对接社工"


def check_crisis(text: str) -> CrisisAlert | None:
    """A ``CrisisAlert`` when ``text`` shows crisis signs, else ``None``.  Traditional characters are read as
    simplified ("在打她" in "兒子喝醉了又在打她"); the knowledge lines the composer reads with ``crisis_signs`` are
    simplified already, and are not converted each time."""
    categories = {category for category, _ in crisis_signs(standard(text))}
    if "心跳呼吸骤停" in categories:
        # whoever choked or drowned and no longer responds nor breathes is given CPR: first aid's own order ("对方倒地
        # 失去反应，改做胸外按压"), not back blows for a child pulled from the water "嘴唇发紫……胸口也看不出在喘气"
        categories -= {"噎住或窒息"}
    return _alert(categories) if categories else None


@functools.lru_cache(maxsize=SIGNS_CACHE_SIZE)  # the composer asks of every knowledge line it weighs
def crisis_signs(text: str) -> frozenset[tuple[str, int]]:
    """The signs ``text`` shows, each as (category, its number in the category's checklist).

    Finer than the category: "摔了一跤，爬不起来" and "老人摔倒起不来……拨打120" show the same sign;
    "胸口疼" shows another sign of the same category (急症或意外).
    """
    return frozenset((category, m.lastindex or 0) for category, m in _happening(text))


def _clause_start(text: str, at: int) -> int:
    """Where the clause that holds position ``at`` of ``text`` begins."""
    return max((text.rfind(p, 0, at) for p in "，。？！；,.?!;"), default=-1) + 1


def told_over(text: str) -> bool:
    """Whether ``text`` tells an emergency as over ("血止住了", "120已经接走了", "人没事了"); not a habit claimed
    ("他嫌冷……非要关上，说烤了几十年火都冇得事": the brazier still burns)."""
    text = standard(text)
    return any(not _CLAIMED.search(text, _clause_start(text, m.start()), m.start()) for m in _OVER.finditer(text))


def told_over_since_the_signs(history: Sequence[str]) -> bool:
    """Whether a turn after the last one that showed crisis signs told the emergency over ("人拉走了。车间主任让我……"
    then "刚才她老公打电话来骂……"): the turns after it are about what it left, as that one was."""
    for turn in reversed(history):
        if check_crisis(standard(turn)) is not None:
            return False
        if told_over(turn):
            return True
    return False


def shows_signs(text: str, categories: Sequence[str]) -> bool:
    """Whether ``text`` itself shows crisis signs of one of ``categories`` (a knowledge line, a passage)."""
    return any(category in categories for category, _ in crisis_signs(text))


# The crisis module's three tiers of a risk to one's own life, which decide the number to call: harm already done
# (pills swallowed, a cut: 120 and 110), a plan with the means at hand (pills hoarded, a rope, a height: 110), words
# alone (陪伴, 社工, 12356)
_HARM_DONE = re.compile(
    r"(?:吃|吞|喝|服)(?:了|下去?了?|掉了)(?![饭菜])|(?:已经|都)(?:吃|吞|喝|服)|割(?:了|破|伤|开)|(?:流|出|淌)血|血(?:流|止不住)"
)
_HARM_PLANNED = re.compile(
    r"(?:攒|囤|准备|买|藏)(?:了|好|着)?[^，。？！；]{0,8}(?:药|绳|刀|炭)|(?:药|绳子?|刀|炭)[^，。？！；]{0,8}(?:攒|囤|准备好|买好|够了|藏)"
    r"|天台|楼顶|桥上|栏杆|江边|河边|农药|敌敌畏|百草枯|(?:一|几|好几)(?:瓶|板|盒|把|袋)(?:安眠)?药"
)


def harm_tier(text: str) -> str:
    """The tier of a risk to one's own life ``text`` tells: "done", "planned" or "said" (``_HARM_DONE``)."""
    return "done" if _HARM_DONE.search(text) else "planned" if _HARM_PLANNED.search(text) else "said"


def first_category(text: str) -> str:
    """The category of the first crisis sign ``text`` shows ("" when none): what a line is about first."""
    found = min(((m.start(), category) for category, m in _happening(text)), default=(0, ""))
    return found[1]


def sign_words(text: str) -> tuple[str, ...]:
    """The words in which ``text`` shows crisis signs, in order ("活着没意思", "交代给了")."""
    return tuple(dict.fromkeys(m.group() for _, m in sorted(_happening(text), key=lambda found: found[1].start())))


def _happening(text: str) -> list[tuple[str, re.Match[str]]]:
    """Each sign ``text`` shows as something happening, with its category: not as what to prevent.

    A sign right after 防/怕/小心… marks its clause, to the clause's end, as what to prevent:
    "怎么宣传防一氧化碳中毒？" names two signs (一氧化碳, 中毒) and neither is happening;
    "我怕他想不开" is a worry about what is happening: the sign is not right after 怕.
    A sign of an acute emergency after a time in the past in its clause is history, not happening:
    "孩子爸前阵子出车祸没了" (the family needs help, not an ambulance).
    """
    found = [
        (category, m)
        for category, pattern, _ in _RULES
        for m in pattern.finditer(text)
        if not _not_happening(text, m, category)
    ]
    if not _PREVENTED_WORD.search(text):
        return found
    prevented = []
    for category, m in found:
        before = text[max(0, m.start() - 5) : m.start()]
        earlier = text[max(0, m.start() - 16) : m.start()]
        if (
            _PREVENTED.search(before)
            or (category in ACUTE and _MAY_CAUSE.search(before))
            or _PREVENTED_EARLIER.search(earlier)
            or (category in _CAMPAIGNED and _AGAINST.search(before))
        ):
            end = re.search(r"[，。？！；,.?!;]|$", text[m.start() :])
            prevented.append((m.start(), m.start() + (end.start() if end else len(text))))
    return [(category, m) for category, m in found if not any(a <= m.start() < b for a, b in prevented)]


def _titled(text: str, sign: re.Match[str]) -> bool:
    """Whether ``sign`` is inside quotes that name a topic (a poster's, a talk's, a jingle's)."""
    window = text[max(0, sign.start() - 40) : sign.start()]
    opened = max(((window.rfind(o), o) for o in _QUOTES), default=(-1, ""))
    position, opening = opened
    if position < 0 or _QUOTES[opening] in window[position + 1 :]:
        return False
    closing = text.find(_QUOTES[opening], sign.end())
    if closing < 0 or closing - sign.end() > 40:
        return False
    return bool(_TOPIC_BEFORE.search(window[:position]) or _TOPIC_AFTER.match(text[closing + 1 :]))


def _not_happening(text: str, sign: re.Match[str], category: str) -> bool:
    """Whether ``sign`` is told as not happening here and now: acted or watched in its sentence (any category:
    "电视剧里那个家暴男"); for an acute emergency, after a time in the past in its clause, or over after it
    ("物业十分钟就弄出来了，大家都没事"; a missing person found anywhere in the sentence)."""
    start = max((text.rfind(p, 0, sign.start()) for p in "。？！?!"), default=-1) + 1
    ends = [i for i in (text.find(p, sign.end()) for p in "。？！?!") if i >= 0]
    end = min(ends, default=len(text))
    if _NOT_REAL.search(text[start:end]) or _LAUGHING.search(text[start:end]) or _titled(text, sign):
        return True
    if category not in _BODILY and _PLAYING.search(text, start, end):
        return True
    # a jump or a climb over a railing to save someone, told before it too ("我会游泳也想跳下去", "下去够他", "想翻过
    # 栏杆下去救"): no self-harm
    # (a jump to save someone named anywhere in the turn: "要不要直接跳下去捞？他爸在船上也要往下跳")
    if (
        category == "自伤或轻生"
        and re.search("[跳翻爬]", sign.group())
        and (_RESCUE.search(text[start:end]) or _RESCUE_JUMP.search(text))
    ):
        return True
    # speech slurred by drink ("开门的大哥满身酒气，说话舌头都大了"): drunk, no stroke told (a face drooping or a limb gone
    # weak still is one)
    if (
        category == "急症或意外"
        and _SLURRED.match(sign.group())
        and _DRUNK.search(text[start:end])
        and not _STROKE_BESIDE.search(text[start:end])
    ):
        return True
    # going along with the one come to fetch them ("来接小航的是他小姨……孩子说认识小姨也想跟她走"): no one followed in death
    if (
        category == "自伤或轻生"
        and re.search("[跟随]", sign.group())
        and _FETCHED.search(text[start:end])
        and _PICKED_UP.search(text[start:end])
    ):
        return True
    if any(
        m.start() <= sign.start() < m.end() for m in _IDIOM.finditer(text, max(0, sign.start() - 12), sign.end() + 12)
    ):
        return True
    # (never for self-harm: "如果她真想不开的话" is a worry about a person)
    if (
        category != "自伤或轻生"
        and _CONDITION.match(text[sign.end() :])
        and not _SAID.search(text[max(start, sign.start() - 8) : sign.start()])
    ):
        return True
    clause_start = _clause_start(text, sign.start())
    clause = text[clause_start : sign.start()]
    if _LIKENED.search(clause):
        return True
    # a parent's threat to kill their child is the family's violence, read by its own sign ("说了她爸要打死她")
    if category == "暴力或人身威胁" and _PARENT_BEFORE.search(text, max(0, sign.start() - 4), sign.start()):
        return True
    if category == "暴力或人身威胁" and _TOY.search(text, start, sign.start()):
        return True
    # speech not clear, as the answer to what was asked ("问他住哪他也说不利索"): no slurred speech told
    if category == "急症或意外" and sign.group() == "说不利索" and _ASKED_WHO_OR_WHERE.search(clause):
        return True
    if (
        category == "急症或意外"
        and "烫" in sign.group()
        and _MINOR_BURN.search(text, sign.end(), end)
        and not _WIDE.search(text, start, end)
    ):
        return True
    if category == "正在被骗" and _WARNED_OF.search(text, start, end) and not _MOVED_NOW.search(text, start, end):
        return True
    if _LATER.search(clause) or _MISTAKEN.search(clause) or _KEPT_FROM.search(text, clause_start, sign.end()):
        return True
    if category == "老人或孩子走失" and _OWNED.match(sign.group()):
        return True
    # the one who writes or shouts it cannot be without a heartbeat or suffocating ("我心脏骤停了都" after a match,
    # a pupil's "救命啊我要窒息了" over sums): a way of speaking
    # (not when the sign is what the one who writes does to another: "我摇他没有一点反应")
    if (
        category in _UNABLE_TO_SAY
        and _SPEAKER.search(clause)
        and (category != "噎住或窒息" or "窒息" in sign.group())
        and not _DONE_TO_ANOTHER.match(sign.group())
    ):
        return True
    # asked whether it is normal ("锅冒烟是正常的不？"), or found fine by who checked ("师傅查过了，说莫得问题")
    if _NORMAL.match(text[sign.end() : end]) or _CHECKED.search(text[sign.end() : end]):
        return True
    # abuse of others in general, a cause to help ("想去当志愿者帮帮其他被家暴的女人")
    if category == "家庭暴力或虐待" and _OTHERS.search(text, max(0, sign.start() - 6), sign.start()):
        return True
    if (
        category == "暴力或人身威胁"
        and sign.group() in ("菜刀", "拿刀")
        and _KITCHEN.search(text, start, end)
        and not _WIELDED.search(text, start, end)
    ):
        return True
    # abuse left behind: the one hurt has left for good ("去年被家暴的那个姐姐已经离婚搬走了")
    if category == "家庭暴力或虐待" and _LEFT_FOR_GOOD.search(text[sign.end() : end]):
        return True
    # a scam seen through by the one who writes: nothing given, the call hung up ("要验证码 我没给直接挂了 拉黑了";
    # not a mother at the ATM who "跟她视频她直接挂了")
    if category == "正在被骗" and _SEEN_THROUGH.search(text[sign.end() : end]):
        return True
    if category == "自伤或轻生" and re.search("[攒囤]", sign.group()) and _THRIFT.search(text, start, end):
        return True
    # a wrist cut at work or in the kitchen ("切菜把手腕划开了"): an accident, not a cut of one's own
    if category == "自伤或轻生" and sign.group().startswith("手腕") and _ACCIDENT.search(clause + sign.group()):
        return True
    if category == "自伤或轻生" and _PAST.search(clause) and _SAVED.search(text[sign.end() : end]):
        return True
    # (the time told a clause before: "我朋友前年抑郁挺严重，说过不想活，后来坚持治疗好多了")
    if (
        category == "自伤或轻生"
        and _PAST_IN_SENTENCE.search(text, start, sign.start())
        and _GOT_THROUGH.search(text, sign.end(), sign.end() + 60)
    ):
        return True
    # abuse in one's childhood, long stopped ("我小时候我爸经常动手打我妈，现在他俩都老了早不打了"): a memory told
    if (
        category == "家庭暴力或虐待"
        and _LONG_AGO.search(text[max(0, sign.start() - 40) : sign.start()])
        and _STOPPED.search(text, sign.end(), end)
    ):
        return True
    # a fight last week, settled since ("上周篮球场两拨人打起来了……后来派出所来处理完了")
    if (
        category == "暴力或人身威胁"
        and _PAST.search(text[max(0, sign.start() - 40) : sign.start()])
        and (_OVER.search(text, sign.end(), end) or _LEFT_FOR_GOOD.search(text, sign.end(), end))
    ):
        return True
    if _TAUGHT.search(clause) and _RULE_AFTER.match(text, sign.end()):
        return True
    if (
        category in ("暴力或人身威胁", "急症或意外")
        and _SLAUGHTER.search(text, start, end)
        and not _BODY_PART.search(text, start, end)
    ):
        return True
    if category not in ACUTE:
        return False
    # (or heard of, and learnt beforehand: "听说小宝宝噎住了跟大人的处理方法不一样，想提前学学")
    if (_IF.search(clause) or _HEARSAY.search(clause)) and _LEARNT_AHEAD.search(text):
        return True
    # a question of an exam to come or sat ("明天去考红十字救护员证……人叫不醒、胸口不动的时候是先按还是先吹气？"), unless
    # something happens now in the sign's sentence ("考试的时候有个同学突然倒了")
    if _EXAMINED.search(text) and not (_NOW.search(text, start, end) or _UNDER_WAY.search(text)):
        return True
    if _WHAT_IF.search(clause) or _PLANNED.search(clause) or _AHEAD.search(clause) or _REMEMBERED.search(clause):
        return True
    if _SKILL_AFTER.match(text[sign.end() :]):
        return True
    if (
        _HEARSAY.search(text, start, sign.start())
        and _GENERAL.search(text, start, end)
        and _TRUTH_ASKED.search(text, sign.end(), end)
    ):
        return True
    # told over in an earlier sentence of the turn, what it left told after ("消防来了，人都救出来了，冇人受伤。但阿婆那户是
    # 三楼起火那家的楼上，屋里被水和烟搞得不成样子"; not when it starts again: "又着火了")
    if _OVER.search(text, 0, start) and not _AGAIN.search(text, start, end):
        return True
    # the title of a video or an article passed round ("转发“乘客在车上突然晕倒怎么办”的视频")
    if (
        "“" in text[max(0, sign.start() - 30) : sign.start()]
        and (title := _TITLE.search(text, sign.end()))
        and "“" not in text[sign.end() : title.start()]
    ):
        return True
    # denied in the same breath ("没冒烟也没发烫", "并没有晕倒")
    if _DENIED.search(clause):
        return True
    # a worry about what may come, not told as come ("担心我爸走丢，有没有带定位的手环"; not "担心他走丢了")
    if _WORRY.search(clause) and not re.match("[住着到]?了", text[sign.end() :]):
        return True
    # a sign told over clauses, its last clause a worry (anywhere in it), a what-if or a time gone by ("有点糊涂了，老讲要回老家去，我怕他
    # 哪日自家走出去找不到家里", "我对芒果过敏，以前吃了嘴巴肿"): that clause tells what the sign is
    last = _clause_start(text, sign.end() - 1)
    if last > sign.start() and (
        _FEAR.search(text, last, sign.end())
        or _WHAT_IF.search(text, last, sign.end())
        or (category not in _STILL and _PAST_IN_SENTENCE.search(text, last, sign.end()))
    ):
        return True
    if _WHENEVER.search(text, start, sign.start()) and not _NOW.search(text, start, end):
        return True
    if _LET_NOT.search(clause):  # what not to let happen ("明儿义诊别把老头老太太给整中暑了"): a caution
        return True
    if _EACH_TIME.search(clause):  # what happens each time ("每次吃药都说喉咙卡着"): a trouble, no emergency now
        return True
    # a thing fell, no one did ("手机掉水里开不了机了"; not "娃为了捡皮球掉河里了": a person is named before it), or a
    # person's thing ("我爸手机掉到洗菜的水盆里了")
    if (thing := _A_THING_FELL.search(clause)) and (
        not re.search(_PERSON, clause) or re.search(rf"{_PERSON}的?$", clause[: thing.start()])
    ):
        return True
    # a device that does not wake or answer ("智能音箱叫不醒了，喊……一点反应没有")
    if category in ("心跳呼吸骤停", "急症或意外") and _A_DEVICE.search(clause):
        return True
    # a first-aid skill practised or taught ("老师让回家练胸口按压")
    if category in ACUTE and _HEARD_OF.search(text, clause_start, sign.start()) and text.startswith("会", sign.end()):
        return True
    # a sign named as a part of a plan ("想写个安全预案。落水这块要准备啥")
    if _A_PART_OF.match(text, sign.end()):
        return True
    if category in ACUTE and _PRACTISED.search(clause):
        return True
    if category == "火情" and _BODY_ON_FIRE.search(clause):
        return True
    if category == "火情" and _COOKING.search(text[start:end]) and not _BURNING.search(text[start:end]):
        return True
    if category in _ANIMALS_SUFFER and _BELLY_UP.search(text, start, end):
        return True
    animal = _AN_ANIMAL.search(clause) if category in _ANIMALS_SUFFER else None
    if animal and not _SAVING_AN_ANIMAL.search(clause, 0, animal.start()):  # not "小孩为了救小猫掉进河里了"
        return True
    before = text[max(0, sign.start() - 40) : sign.start()]
    clause_end = min((i for i in (text.find(p, sign.end()) for p in "，。？！；,.?!;") if i >= 0), default=len(text))
    if _PAST.search(before) and (
        category not in _STILL
        or _LONG_AGO.search(before)
        # ... or how long it lasted told in its clause ("去年电梯坏了他被困在家里两天没下楼"): it ended (not "……到现在三天了")
        or (_LASTED.search(text, sign.end(), clause_end) and not _NOW.search(text, sign.end(), clause_end))
    ):
        return True
    if category == "心跳呼吸骤停" and _ANSWERED.search(text, sign.end(), end):
        return True
    if category == "心跳呼吸骤停" and _SNORING.search(text[start:end]) and not _UNRESPONSIVE.search(text):
        return True
    # still, sitting or standing up ("他女儿坐在走廊椅子上一动不动，一滴泪都没掉" after a death on the ward): no one
    # without a heartbeat sits up (not "瘫坐在地上一动不动")
    if category == "心跳呼吸骤停" and sign.group() == "一动不动" and _UPRIGHT.search(clause):
        return True
    if _ONCE.match(text[sign.end() :]):
        return True
    if (
        category not in _STILL
        and _LONG_SINCE.search(text[max(0, clause_start - 12) : clause_start])
        and not _NOW.search(text[clause_start:end])
    ):
        return True
    after = text[sign.end() : end]
    # (one carried out while another is still inside is no emergency over: "油锅着了……我婆还在里头端一盆水要泼……我先把
    # 娃抱出来了")
    over = _OVER.search(after) and not _STILL_INSIDE.search(text, start, end)
    return bool(over or _BURNT_OUT.match(after) or (category in _STILL and _FOUND.search(text[start:end])))


def conversation_crisis(
    question: str, history: Sequence[str] = (), by_example: Callable[[str], Sequence[str]] | None = None
) -> CrisisAlert | None:
    """The crisis signs of ``question`` and of every earlier question of the conversation (oldest first).

    Once one turn shows a sign, every later answer carries the box: "那如果她不让我告诉别人呢？"
    after "她说活着没意思" is still about a person at risk.  ``by_example`` (``CrisisExamples.categories``)
    reads a question the checklist finds nothing in by its nearest labelled wordings.
    """

    def categories(text: str) -> Sequence[str]:
        text = standard(text)
        alert = check_crisis(text)
        if alert is not None:
            return alert.categories
        if by_example is None or not text.strip():
            return ()
        # signs named but not happening ("不容易噎着", "上礼拜走丢过一次", "热得想死") are judged already: the
        # nearest wordings, which never read the grammar, are not asked; nor are they of ways of speaking and of
        # things watched or heard of ("我要被这破系统逼疯了", "刷抖音看到……")
        named = any(pattern.search(text) for _, pattern, _ in _RULES) or _IDIOM.search(text) or _NOT_REAL.search(text)
        named = named or _PLAYING.search(text)
        # ... nor of a story told laughing ("狗把拖鞋叼进鱼缸里了 哈哈哈")
        named = named or _LAUGHING.search(text)
        # ... nor of a story told as over ("咳咗几声 而家冇事喇", "手划了个口 已止血")
        named = named or _OVER.search(text)
        return () if named else by_example(text)

    now = categories(question)
    seen = list(now)
    for earlier in history:
        seen.extend(c for c in categories(earlier) if c not in seen)
    if not seen:
        return None
    alert = _alert(seen)
    if now:
        return alert
    words = tuple(dict.fromkeys(word for earlier in history for word in sign_words(earlier)))
    return CrisisAlert(alert.categories, alert.actions, earlier=True, words=words)


def _alert(categories: Iterable[str]) -> CrisisAlert:
    """The box for ``categories``: a kind named (by the checklist or by example) makes ``UNCLEAR`` needless."""
    chosen = sorted(set(categories) - {UNCLEAR}, key=CATEGORIES.index)
    if not chosen:
        return CrisisAlert((UNCLEAR,), (_UNCLEAR_ACTION, _ALWAYS))
    actions = [action for category, _, action in _RULES if category in chosen]
    return CrisisAlert(tuple(chosen), (*actions, _ALWAYS))
