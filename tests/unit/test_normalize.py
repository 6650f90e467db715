"""tandem.text.normalize: line joining, width folding, punctuation and spacing of Chinese text."""

from __future__ import annotations

import pytest

from tandem.text.normalize import is_unfinished, join_broken_lines, normalize_inline, normalize_text, to_half_width

# Shaped like a news article copied from a web page (see the shared seed 000_…):
# half-width commas, spaces around numbers, and a sentence broken inside a quotation
# ("…快递员志愿者" / blank line / "群”共有 58 名成员…").
NEWS_EXCERPT = (
    "北京 37 个社区开展党建引领“专业社工 + 志愿服务”融合试点\n"
    "\n"
    "“11 号楼电梯井有很大的流水声,应该是漏水了”……朝阳区劲松街道“八棵杨社区快递员志愿者\n"
    "\n"
    "群”共有 58 名成员,包括 30 多位快递员志愿者和 20 多位专业社工,群里总会出现快递员类似的提醒。\n"
    "\n"
    "八棵杨社区人口基数大,工作人员日常巡查难以覆盖全域。\n"
)


def test_sentence_broken_inside_quotation_is_joined() -> None:
    text = normalize_text(NEWS_EXCERPT)
    assert "“八棵杨社区快递员志愿者群”共有58名成员，" in text
    joined = [line for line in text.split("\n") if "快递员志愿者群" in line]
    assert len(joined) == 1
    assert joined[0].startswith("“11号楼电梯井") and joined[0].endswith("类似的提醒。")
    # the finished sentence after it keeps its own paragraph
    assert "\n\n八棵杨社区人口基数大，工作人员日常巡查难以覆盖全域。" in text


def test_headline_keeps_its_line() -> None:
    lines = normalize_text(NEWS_EXCERPT).split("\n")
    assert lines[0] == "北京37个社区开展党建引领“专业社工 + 志愿服务”融合试点"
    assert lines[1] == ""


def test_long_prose_line_ending_mid_word_is_joined() -> None:
    first = "今年，“专业社工+志愿服务”融合试点在社区启动以来，宋玮和其他专业社工促成了快递员志愿服务队的成"
    assert len(first) >= 24
    text = normalize_text(first + "\n立，还配套了积分奖励机制。\n")
    assert text == first + "立，还配套了积分奖励机制。"


def test_line_ending_with_comma_joins_next_line() -> None:
    assert (
        normalize_text("专业社工提出方案，\n鼓励快递员开展四随行动。") == "专业社工提出方案，鼓励快递员开展四随行动。"
    )


def test_finished_sentences_keep_their_lines() -> None:
    text = "第一句话说完了。\n第二句话也说完了！\n第三句呢？"
    assert normalize_text(text) == text


@pytest.mark.parametrize(
    "block",
    [
        "## 社工做了什么",
        "# 朝阳区劲松街道八棵杨社区",
        "- 随手拍隐患，",
        "* 随手帮居民，",
        "1. 先听完，",
        "2) 再开口，",
        "一、基本情况，",
        "（二）主要做法，",
        "> 引用一段话，",
        "| 指标 | 数值 |",
        "B. 填写资源卡交给社工，由社工核实情况并和商户商定合作的方式",
    ],
)
def test_headings_and_list_items_keep_their_own_line(block: str) -> None:
    following = "后面是另一段完整的话。"
    text = normalize_text(f"{block}\n{following}")
    assert text.split("\n") == [block, following]
    assert not is_unfinished(block)


def test_list_item_is_not_swallowed_by_unfinished_line() -> None:
    text = normalize_text("下面几点需要注意：\n- 不打断\n- 不评判\n- 不急着给建议")
    assert text.split("\n") == ["下面几点需要注意：", "- 不打断", "- 不评判", "- 不急着给建议"]


def test_short_headline_without_punctuation_is_not_joined() -> None:
    text = normalize_text("社区志愿服务有了专业军师\n专业社工通过需求评估给志愿者提供培训。")
    assert text.split("\n") == ["社区志愿服务有了专业军师", "专业社工通过需求评估给志愿者提供培训。"]


def test_full_width_digits_and_letters_become_half_width() -> None:
    assert to_half_width("２０２５年ＡＢＣ社区ｘｙｚ，５１％") == "2025年ABC社区xyz，51%"
    assert normalize_text("降幅达５１％，共有５８名成员。") == "降幅达51%，共有58名成员。"
    assert normalize_text("ＡＩ助手") == "AI助手"


def test_full_width_space_becomes_half_width_then_removed_between_chinese() -> None:
    assert normalize_text("社区\u3000志愿者") == "社区志愿者"


def test_chinese_punctuation_stays_full_width() -> None:
    text = "你好，世界。真的吗？是的！“引号”（括号）《书名》；冒号："
    assert normalize_text(text) == text


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("专业社工,志愿者", "专业社工，志愿者"),
        ("需求评估,项目设计,技能培训", "需求评估，项目设计，技能培训"),
        ("志愿者;社工", "志愿者；社工"),
        ("真的吗?是的!", "真的吗？是的！"),
        ("注意:安全", "注意：安全"),
        ("社区(街道)", "社区（街道）"),
    ],
)
def test_half_width_punctuation_between_chinese_becomes_full_width(raw: str, expected: str) -> None:
    assert normalize_text(raw) == expected


def test_half_width_commas_in_numbers_and_english_are_kept() -> None:
    assert normalize_text("共 1,200 人") == "共1,200人"
    assert normalize_text("hello, world") == "hello, world"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("37 个社区", "37个社区"),
        ("北京 37 个社区入选", "北京37个社区入选"),
        ("280 余名持证社工", "280余名持证社工"),
        ("降幅达 51% 以上", "降幅达51%以上"),
        ("社区 志愿者", "社区志愿者"),
    ],
)
def test_spaces_between_chinese_and_numbers_removed(raw: str, expected: str) -> None:
    assert normalize_text(raw) == expected


def test_spaces_between_english_words_kept() -> None:
    assert normalize_text("使用 Chroma vector store 检索") == "使用 Chroma vector store 检索"


def test_line_endings_bom_and_extra_blank_lines() -> None:
    assert normalize_text("\ufeff第一段。\r\n\r\n\r\n\r\n第二段。\r") == "第一段。\n\n第二段。"


def test_normalize_inline_does_not_join_lines() -> None:
    text = "专业社工提出方案，\n鼓励快递员开展四随行动。"
    assert normalize_inline(text) == text
    assert normalize_inline("北京 37 个社区") == "北京37个社区"


def test_join_broken_lines_keeps_trailing_unfinished_line() -> None:
    assert join_broken_lines("最后一行没有说完，") == "最后一行没有说完，"


def test_normalize_is_idempotent() -> None:
    once = normalize_text(NEWS_EXCERPT)
    assert normalize_text(once) == once


def test_radicals_standing_for_whole_characters_become_those_characters() -> None:
    # Kangxi radicals (NFKC), the simplified radical forms (⻔ 门, ⻓ 长), and 户 for the radical DOOR in simplified text
    assert normalize_text("⼯作⼈员在⻔⼝，服务时⻓12⼩时，共38⼾") == "工作人员在门口，服务时长12小时，共38户"


def test_a_wrapped_line_ending_in_a_figure_is_joined() -> None:
    text = "截至6月30日，全区登记志愿者236名；累计服务1042\n户，志愿服务时长9860小时。"
    assert normalize_text(text) == "截至6月30日，全区登记志愿者236名；累计服务1042户，志愿服务时长9860小时。"


def test_a_labelled_line_is_never_the_rest_of_the_line_before_it() -> None:
    # blind_report26: minutes whose list of who came ends without a full stop, then the recorder's line and, after a
    # blank line, the first speaker's turn (they had run into one wrapped sentence)
    text = "参会人员：站长、两名社工、马家湾村支部书记及网格员代表，共十二人\n记录人：小陈\n\n站长：全镇注册志愿者四百二十名。"
    assert join_broken_lines(text).split("\n") == [
        "参会人员：站长、两名社工、马家湾村支部书记及网格员代表，共十二人",
        "记录人：小陈",
        "",
        "站长：全镇注册志愿者四百二十名。",
    ]
    # a sentence wrapped mid-way still goes on in the next line
    assert join_broken_lines("社区今年一共组织了志愿服务活动，覆盖独居老人和困境儿童\n共计一百二十户。") == (
        "社区今年一共组织了志愿服务活动，覆盖独居老人和困境儿童共计一百二十户。"
    )


def test_straight_double_quotes_around_chinese_become_curly_ones_paired_in_order():
    # blind_report44 (and four report folders before it) typed its names with an English keyboard: 我们叫"五步入户法"
    assert normalize_text('我们叫"五步入户法"，队伍叫"汭水暖邻"。') == "我们叫“五步入户法”，队伍叫“汭水暖邻”。"
    # (pairs that quote no Chinese stay, and so does what stands between them)
    assert normalize_text('点击"OK"按钮，然后点"Cancel"') == '点击"OK"按钮，然后点"Cancel"'
