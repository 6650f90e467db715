"""Written Cantonese read as Mandarin: "佢而家企咗喺天台边，话活落去冇意思" is "他现在站了在天台边，说活下去没意思";
Southwestern Mandarin's few words that differ ("咋个", "啥子", "屋头", "好多" asking how many); Gan's 几多 and 么子;
Shanghainese's (侬, 阿拉, 伊, 勿, 哪能) and Suzhou's (伲, 俚, 哉, 勿转来); Hokkien's (囡仔, 伫, 无看着); Hakka's (𠊎, 仰般, 屋下); Gan's 渠 (he); Xiang's 哒 (了); and Tianjin's 介 (这) and 嘛 (什么).

Volunteers in Guangdong, Hong Kong and Macao type as they speak.  The knowledge, the crisis checklist's signs and
the labelled examples are written in Mandarin, and a sign the checklist knows ("没意思", "电梯卡了") goes unseen
in 冇意思 or 卡咗.  ``standard`` first converts traditional characters (``script.simplified``), then, in a text that
shows Cantonese's own characters (佢, 冇, 喺, 嘅, 咗 …), replaces its everyday words with their Mandarin ones.

Only such a text is rewritten: the words mapped (话, 系, 行, 食) are Mandarin words too, and "电话", "关系",
"银行", "食堂" stay as they are where nothing marks the text as Cantonese.  Words that are Cantonese's alone are
left to the reader when no Mandarin word says the same thing in few characters.
"""

from __future__ import annotations

import functools
import re

from tandem.text.script import CACHE_SIZE, simplified

# Characters written in Cantonese and (nearly) never in Mandarin: one is enough to read the text as Cantonese
_MARKERS = re.compile(
    r"[佢冇喺嘅咗嗰啲哋嚟畀嘢睇攞搵揾谂瞓啱噉嘥冚咩乜]|而家|点算|唔(?:好|该|系|识|知|使|得|会|想|要|理|啱)"
)

# (pattern, Mandarin) in the order applied: longer words first, a word's parts after it
_WORDS: tuple[tuple[str, str], ...] = (
    ("而家|依家", "现在"),
    ("得唔得", "行不行"),
    ("啱唔啱", "对不对"),  # 咁讲啱唔啱: is it right to say so
    ("咁(?=[讲说做搞样])", "这么"),
    ("成日", "整天"),
    ("细个(?:时|阵|嗰阵|嘅时候)", "小时候"),  # 佢细个时跌落水塘: when she was small
    ("差啲", "差点"),
    ("阿叔", "叔叔"),
    ("拖板", "插线板"),
    ("水氹", "水坑"),
    ("点算", "怎么办"),
    ("点样", "怎么样"),
    ("点解", "为什么"),
    ("乜嘢|咩嘢", "什么"),
    ("边个", "谁"),
    ("边度", "哪里"),
    ("佢哋", "他们"),
    ("我哋", "我们"),
    ("你哋", "你们"),
    ("嗰个", "那个"),
    ("嗰度", "那里"),
    ("呢个", "这个"),
    ("呢度", "这里"),
    ("喺([^，。？！,.?!\\s]{1,6})度(?=[，。？！,.?!\\s]|$)", "在\\1那里"),  # 喺水氹度: in the puddle there
    ("喺度", "在那里"),  # 佢坐喺度喊: sits there crying
    ("(?<!伯)仲(?![裁夏秋春冬])", "还"),
    ("返(?=屋企|家|去|嚟)", "回"),
    ("浸(?:入|咗入|咗|到)(?=屋|家)", "进"),  # water into the house ("水已经浸入屋啦"), flooded through ("浸晒")
    ("浸晒", "淹了"),
    ("执返", "拿回"),
    ("屋企", "家"),
    ("利是|利事", "红包"),
    ("后备锁匙", "备用钥匙"),
    ("锁匙", "钥匙"),
    ("得闲", "有空"),
    ("唔为意|冇为意", "没注意"),
    ("退返|还返", "退回"),
    ("返到", "回到"),
    ("去探(?=[^，。？！,.?!\\s])", "去看望"),
    ("(?<=[我你他她佢])个仔", "的儿子"),  # 佢个仔: her son
    ("(?<=[我你他她佢])个女(?![人孩子仔])", "的女儿"),
    ("(?<=[我你他她佢])个(?=袋|手|屋|门)", "的"),
    ("袋度", "口袋里"),
    ("惊(?=[佢我你])", "怕"),
    ("后生仔", "年轻人"),
    ("细路(?:仔|女)?", "小孩"),
    ("老豆", "爸爸"),
    ("阿嬷", "奶奶"),
    ("啱啱", "刚刚"),
    ("即刻", "马上"),
    ("头先", "刚才"),
    ("食烟", "抽烟"),
    ("搞掂|搞定咗", "搞定"),
    ("好似", "好像"),
    ("系咪", "是不是"),
    ("唔见", "不见"),
    ("唔好", "不要"),
    ("入面", "里面"),
    ("点(?=[拉做搞讲办写去])", "怎么"),
    ("过(?=[\\d一二两三四五六七八九十百千万]+[万千百]?(?:蚊|块|元))", "转"),
    ("抖气", "喘气"),
    ("落去", "下去"),
    ("落嚟", "下来"),
    ("跌咗", "摔了"),
    ("(?<=[\\d一二两三四五六七八九十百千万])蚊", "块"),
    # Cantonese cries with 喊 ("佢喺走廊喊到收唔到声", "而家喊住"); a call for help keeps it (喊救命, 喊唔出声)
    ("(?<![大叫呼])喊(?=[到紧咗住晒着]|[，。？！,.?!\\s]|$)", "哭"),
    # an act going on (讲紧 is 在讲), and the verbs that have a Mandarin word of their own
    ("([讲打做食饮睇行搞转过冲倾喊叫哭])紧", "在\\1"),
    ("行(?=[出入开去来过])", "走"),
    ("食(?=[咗了饭药嘢紧])", "吃"),
    ("饮(?=[咗了醉酒水紧])", "喝"),
    ("揸住(?=条?颈|条?脖|喉)", "抓住"),  # both hands at the throat ("手揸住条颈"), not a thing held
    ("(?:拎|揸)住", "拿着"),
    ("揿|撳", "按"),
    ("焗", "闷"),
    ("企(?=[咗了喺在住起])", "站"),
    ("(?<=[佢他她我你，,。\\s])话", "说"),
    ("话(?=[要佢他她我你])", "说"),
    # 係 (is) comes out of the traditional-to-simplified tables as 系: not that of 关系, 联系, 体系, 系统
    ("(?<![关联体派直中院世谱水])系(?![统列数])", "是"),
    ("咗(?=喺)", ""),  # 企咗喺, 卡咗喺: stood at, stuck at
    ("佢", "他"),
    ("冇", "没"),
    ("喺", "在"),
    ("嘅", "的"),
    ("咗", "了"),
    ("唔", "不"),
    ("嗰", "那"),
    ("啲", "些"),
    ("哋", "们"),
    ("嚟", "来"),
    ("畀|俾", "给"),
    ("嘢", "东西"),
    ("睇", "看"),
    ("攞", "拿"),
    ("搵|揾", "找"),
    ("谂", "想"),
    ("瞓", "睡"),
    ("乜|咩", "什么"),
    ("噉", "这样"),
    ("喇|嘞|囉", "了"),
)


def _compiled(words: tuple[tuple[str, str], ...]) -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple((re.compile(pattern), mandarin) for pattern, mandarin in words)


# Southwestern Mandarin (四川, 重庆, 云南, 贵州): "好多" asks how many where Mandarin says 多少 ("统共有好多个？", "门票
# 好多钱"); at a question's end it cannot be Mandarin's "a lot" ("好多人来了" is left as it is)
# (a particle may close it: "队员有好多人咯，晓得不？" in 南昌话, "北城门志愿者有好多个嘛？" in 玉溪话; so may the
# households counted: "九个月一共服务了好多户人家" in 重庆话)
_HOW_MANY = re.compile(
    r"好多(?=(?:[个人次场件户名位条期家块岁年天分趟回]|钱|小时|万元?|元)?(?:人家)?(?:[咯啰嘞喽嘛哦噻]?(?:[？?]|$)|[咯啰嘞喽嘛哦噻][，,]))"
)
# Words no Mandarin sentence holds, read the same wherever they are typed: Gan's, Xiang's and Cantonese's 几多 (how
# many: "登记的志愿者有几多人啊"), 么子 (what: "那个志愿队叫么子名字？"; not 那么/怎么/这么/多么 before a 子), and 寻到
_EVERYWHERE = (
    (_HOW_MANY, "多少"),
    (re.compile(r"几多"), "多少"),
    (re.compile(r"(?<![那怎这多什要])么子"), "什么"),
    # 湖北话's 么样 before a verb (how: "这个时候我先么样搞？", "我么样回她咯") and 么事 (what: "我在场先做么事"); 什么样,
    # 怎么样 stay
    (re.compile(r"(?<![那怎这多什要])么样(?=[搞办弄整做回说讲答劝跟])"), "怎么"),
    (re.compile(r"(?<![那怎这多什要])么事"), "什么"),
    # 寻 for Mandarin's 找 before a result (Gan, Wu, Min: "寻到了", "饭卡也老是寻不倒"), 倒 there for 到; 寻死, 寻求 stay
    (re.compile(r"寻(不?)[到倒]"), r"找\1到"),
    (re.compile(r"寻(?=不?着)"), "找"),
    # Southwestern Mandarin's 克 for 去 after a direction ("脚一滑掉下克了", "跳下克救"; 桂林, 贵州, 湖南), and 水头 for
    # 水里 after 在 ("在水头扑腾")
    (re.compile(r"(?<=[下上进出回过])克(?=了|[救拉捞找看]|[，。！？,.!?\s]|$)"), "去"),
    (re.compile(r"(?<=在)水头"), "水里"),
    # 七 typed for 吃 by its sound (江淮, 吴: "港她把一瓶安眠药都七了"): pills taken
    (re.compile(r"(药[都全也]?)七(?=了|掉|下去|光)"), r"\1吃"),
    # words typed by their sound on a phone, read as meant: 安眠要 for 安眠药 ("把攒了一个月的安眠要全吞了"), 穿 for 喘
    # before its breath ("没看到穿气"), 起 for 气 after a breath that will not come ("透不过起")
    (re.compile(r"(?<=安眠)要(?=[全都也片吃吞了板瓶盒，。！？,.!?\s]|$)"), "药"),
    (re.compile(r"穿(?=气|粗气|不(?:过|上|动)气)"), "喘"),
    (re.compile(r"(?<=[透喘]不[过上])起"), "气"),
    # Northwestern Mandarin's 咧 closing a clause after a verb for 了 (关中, 陇中: "油锅着咧", "我先把娃抱出来咧");
    # 咧嘴, 大大咧咧 and 骂骂咧咧 stay
    (re.compile(r"(?<![咧大骂])咧(?![咧嘴开着])(?=[，。！？,.!?\s]|$)"), "了"),
    # Gansu's 阿门 (武威, 天水: how, "阿门不能摸它？", "这个阿门办") before what is done or asked; 阿门 the prayer's word
    # ends its clause
    (re.compile(r"阿门(?=[不能会要办搞整弄做说讲走去回个样])"), "怎么"),
    # Yunnan's 咯 before what is asked, yes or no ("我想把她拽起来，咯对？", "咯行？"): 对不对, 行不行
    (re.compile(r"咯(对|行|好|是|要|能)(?=[？?，,。!！\s]|$)"), r"\1不\1"),
)
# (孃孃 comes out of the traditional-to-simplified tables as 娘娘)
_SOUTHWEST_MARKERS = re.compile(r"咋个|啥子|莫得|屋头|娘娘|晓得|要得|巴适|遭不住|摆龙门阵|哪门(?!子)|啷个|哦豁")
_SOUTHWEST_WORDS: tuple[tuple[str, str], ...] = (
    ("咋个|啷个", "怎么"),  # 重庆, 贵州: "我该啷个搞嘛"
    ("哪门(?!子)", "怎么"),  # 贵州, 湖北: "这种哪门搞才对嘛？" (not Mandarin's 哪门子)
    ("啥子", "什么"),
    ("莫得|没得(?=[事人钱用啥什问办])", "没有"),
    ("(?:不得|没得)(?=动静|反应)", "没有"),  # no stir in the chest: "摸他胸口也不得动静"
    ("屋头", "家里"),
    ("娘娘", "阿姨"),
    ("晓得", "知道"),
    ("(?<![玩杂])耍(?=[手机游])", "玩"),
    ("娃儿|娃娃", "孩子"),
)
# Shanghainese (上海话) as typed: 侬, 阿拉, 哪能, 屋里厢 show it; its 伊 (他), 勿 (不) and 屋里 (家里) are read as Mandarin
# only then (伊 stays in 伊拉克 or 伊利 where nothing marks the text)
# Suzhou's 俚 (he; not 俚语) and a clause closed by 哉 (了; not 善哉, 悠哉) show Wu too
_SUZHOU_HE = r"(?<!俗)俚(?!语)"
_SUZHOU_END = r"(?<![善哀悠])哉(?=[，。？！,.?!\s]|$)"
# ... and so does a question asked with 弗 between a word and itself ("借还是弗借", "好弗好": 衢州, 金华, 苏州); Mandarin's
# 弗 is in names (弗兰克) and set phrases (自愧弗如), never there
_WU_A_NOT_A = r"(?P<wu_a>[\u4e00-\u9fff])(?:还是)?[弗勿](?P=wu_a)"  # (勿 too: "伊会勿会怪我", 宁波, 余姚)
# ... or a question closed by 弗 ("真个好等弗？": may we wait?), or 弗 between a verb and where it goes or holds ("撑弗落去",
# "寻弗着": 义乌, 金华); Mandarin's 弗 never stands there
_WU_NOT = r"弗(?=[？?])|(?<=[\u4e00-\u9fff])弗(?=落|牢|着|到|动|来|去|得|过)"
_WU_MARKERS = re.compile(
    rf"侬|阿拉|哪能|哪亨|屋里厢|伐(?=[？?。，,\s]|$)|伲|{_SUZHOU_HE}|阿要|{_SUZHOU_END}|{_WU_A_NOT_A}|{_WU_NOT}"
)
_WU_WORDS: tuple[tuple[str, str], ...] = (
    # Suzhou's (苏州话): 伲 (we, my), 俚 (he), 阿要 (whether to), 哉 (了), 转来 (回来), 早浪向 (早上)
    ("伲", "我们"),
    (_SUZHOU_HE, "他"),
    ("阿要", "要不要"),
    (_SUZHOU_END, "了"),
    ("勿转来|没转来", "没回来"),
    ("早浪向|早浪", "早上"),
    ("今朝", "今天"),
    ("哪能弄|哪能办|哪亨弄|哪亨办", "怎么办"),  # (哪亨: 宁波, 余姚)
    ("哪亨", "怎么"),
    ("哪能", "怎么"),
    ("阿拉", "我们"),
    ("侬", "你"),
    ("屋里厢|屋里", "家里"),
    ("伊拉(?!克)", "他们"),
    ("伊(?!拉克|朗|利|斯兰|犁|春|通|宁|甸|藤)", "他"),
    ("勿看见|看勿见", "不见"),  # "一转身老伯人勿看见了": no longer seen
    ("寻勿着|寻勿到", "找不到"),
    ("讲勿出闲话|讲勿出话", "说不出话"),  # "卡牢了，讲勿出闲话": cannot speak
    ("勿", "不"),
    ("弗", "不"),  # "还弗见人", "是弗是" (Suzhou, Wuxi, Ningbo)
    ("(?<=不)落去", "下去"),  # "撑弗落去": cannot go on
    ("看牢", "照看"),  # "又要看牢渠": look after him
    ("做眼啥|做点啥", "做点什么"),  # "我好帮伊做眼啥": what can I do for her
    ("辰光", "时候"),
    ("交关", "很"),
    ("物事", "东西"),
    ("讲闲话", "说话"),
    ("(?<=[拿捏握立站])不牢", "不住"),  # 捏不牢: cannot hold
    ("(?<=[卡拉抓捏揪])牢(?=了|的|在)", "住"),  # 卡牢了: stuck
    ("面孔", "脸"),
    ("拨(?=[他她我你](?!的?(?:电话|手机|号码)))", "给"),  # "发拨伊": send it to him (伊 read as 他 above)
    ("搭(?=[他她我你])", "跟"),  # "搭伊讲": tell him
    (r"(?<![很太真蛮])好(?=[\u4e00-\u9fff]{1,2}伐(?:[？?。，,\s]|$))", "可以"),  # "我好发伐？": may I send it?
    (r"伐(?=[？?。，,\s]|$)", "吗"),
)
# Hokkien (闽南话) as typed in characters: 囡仔, 伫, 干焦 show it; its 无 (没), 看着 (看见), 矣 (了) are read as Mandarin
# only then ("阮厝边彼个囡仔伫溪仔边掠虾……一下就无看著人矣": the child by the creek is no longer seen)
_HOKKIEN_MARKERS = re.compile(r"囡仔|伫|干焦|毋通|喙|袂|矣(?=[，。？！,.?!\s]|$)")
_HOKKIEN_WORDS: tuple[tuple[str, str], ...] = (
    ("囡仔", "孩子"),
    ("伫", "在"),
    ("无看[着著到]", "没看见"),
    ("无(?=[人钱法办])", "没"),
    ("干焦", "只"),
    ("毋通", "不要"),
    ("喙", "嘴"),  # mouth: "一边喙角歪去"
    ("袂(?=[\u4e00-\u9fff])", "不"),  # cannot: "正手举袂起来"
    ("正手", "右手"),
    ("查埔人|查甫人", "男人"),
    ("伊某", "他老婆"),
    ("拍(?=[伊人阮囡某他阿])", "打"),  # hits: "查埔人又咧拍伊某" (not 拍照, 拍门)
    ("咧(?=[拍打讲食哭叫])", "在"),
    ("紧来", "快来"),
    (r"矣(?=[，。？！,.?!\s]|$)", "了"),
)
# Hakka (客家话) as typed: 𠊎 (I, also written 厓), 仰般 (how), 屋下 (home) show it; it shares 佢, 冇, 系 and 唔 with
# Cantonese, which are read by Cantonese's words after its own ("𠊎唔知仰般做正好" is "我不知怎样做正好")
_HAKKA_MARKERS = re.compile(r"𠊎|仰般|屋下(?![来去])|细人[子仔]")
_HAKKA_WORDS: tuple[tuple[str, str], ...] = (
    ("𠊎|厓", "我"),
    # 捱 (I), read as simplified 挨 before this: not Mandarin's 挨 (挨打, 挨着, 挨家挨户)
    ("挨(?![打着家饿骂批冻揍近边个户])", "我"),
    ("细人子|细人仔|细人", "孩子"),
    ("水肚", "水里"),
    ("边个(?=[\u4e00-\u9fff])", "边的"),  # 个 is 的 (果园边个鱼塘), not Cantonese's 边个 (who)
    ("仰般", "怎样"),
    ("屋下(?![来去])", "家里"),
    ("分(?=[我你佢他她])", "给"),  # 塞分𠊎: pressed on me
    ("今朝", "今天"),
)
# Gan (赣语) and Hakka's 渠 (he, she) beside a person's word ("渠女儿话再等下子看", "照顾渠"); Mandarin's 渠 is a
# channel (水渠, 渠道), never beside these
_GAN_HE = r"(?<![水沟河干支明暗引])渠(?=[女儿子屋家的是讲话说冇没不也都一今昨早晚就还])|(?<=[给帮顾问找骂打陪等叫喊让对跟同])渠(?![道水沟首])"
_GAN_MARKERS = re.compile(_GAN_HE)
_GAN_WORDS: tuple[tuple[str, str], ...] = ((_GAN_HE, "他"),)
# Tianjin's (天津话) 介 (这) and 嘛 (什么) as typed: 介个, 介么, 嘛玩意 show it ("介个事儿……说嘛玩意儿都涨价"); 嘛 is
# Mandarin's particle elsewhere (干嘛, 好嘛)
_TIANJIN_MARKERS = re.compile(r"介(?:个|么|是|事|会儿|儿)|嘛玩意")
_TIANJIN_WORDS: tuple[tuple[str, str], ...] = (
    ("嘛玩意儿?", "什么东西"),
    ("介(?=个|么|是|事|会儿|儿)", "这"),
    ("(?<![干好是])嘛(?=[事时候地方人呢])", "什么"),
)
# Xiang (湘语, 长沙话) as typed: a clause closed by 哒 (了), 何解 (why, how) show it ("我崽走散哒……何解办咯": my child is
# lost, what do I do); 哒 elsewhere is a sound (嘀嗒, 哒哒)
_XIANG_END = r"(?<=[\u4e00-\u9fff])哒(?=[，。？！,.?!\s咯啰]|$)"
_XIANG_MARKERS = re.compile(rf"何解|{_XIANG_END}")
_XIANG_WORDS: tuple[tuple[str, str], ...] = (
    (_XIANG_END, "了"),
    ("何解办|何解搞", "怎么办"),
    ("何解", "为什么"),
)
# Each way of writing: the characters that show it, then its words in Mandarin (a text may show both)
_DIALECTS = (
    (_SOUTHWEST_MARKERS, _compiled(_SOUTHWEST_WORDS)),
    (_WU_MARKERS, _compiled(_WU_WORDS)),
    (_HOKKIEN_MARKERS, _compiled(_HOKKIEN_WORDS)),
    (_HAKKA_MARKERS, _compiled(_HAKKA_WORDS)),
    (_GAN_MARKERS, _compiled(_GAN_WORDS)),
    (_XIANG_MARKERS, _compiled(_XIANG_WORDS)),
    (_TIANJIN_MARKERS, _compiled(_TIANJIN_WORDS)),
    (_MARKERS, _compiled(_WORDS)),
)


@functools.lru_cache(maxsize=CACHE_SIZE)
def standard(text: str, conversation: str = "") -> str:
    """``text`` in simplified characters, with written Cantonese's and Southwestern Mandarin's everyday words in
    Mandarin.  A way of speaking shown by the ``conversation`` (its earlier turns) is read in ``text`` too: a follow-up
    rarely repeats the words that mark it ("……老伯人勿看见了" after "……我哪能回伊？")."""
    text = simplified(text)
    for pattern, mandarin in _EVERYWHERE:
        text = pattern.sub(mandarin, text)
    shown = f"{text}\n{simplified(conversation)}" if conversation else text
    for markers, rewrites in _DIALECTS:
        if markers.search(shown):
            for pattern, mandarin in rewrites:
                text = pattern.sub(mandarin, text)
    return text
