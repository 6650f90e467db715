"""Written Cantonese read as Mandarin (``tandem.text.dialect``)."""

from tandem.text.dialect import standard


def test_written_cantonese_is_read_as_mandarin():
    assert standard("佢而家企咗喺天台边，话活落去冇意思，点算") == "他现在站在天台边，说活下去没意思，怎么办"
    assert standard("部電梯卡咗喺兩層中間") == "部电梯卡在两层中间"  # traditional characters first
    assert standard("佢讲紧电话，要即刻过五万蚊") == "他在讲电话，要马上转五万块"
    # followup18: where, "there" after a place; whether it will do; still, all day; a power strip
    assert standard("条线仲浸喺水氹度，得唔得㗎？") == "条线还浸在水坑那里，行不行㗎？"
    assert standard("阿叔成日用拖板畀架车充电") == "叔叔整天用插线板给架车充电"
    assert standard("佢喺呢度") == "他在这里"


def test_mandarin_keeps_the_words_cantonese_shares_with_it():
    text = "银行的电话打不通，关系很好的邻居去食堂找人了"
    assert standard(text) == text
    assert standard("佢系我哋嘅联系人") == "他是我们的联系人"  # 系 is 是, not in 联系
