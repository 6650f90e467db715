"""Traditional characters read as simplified (``tandem.text.script``)."""

from tandem.text.script import simplified


def test_traditional_characters_are_read_as_simplified():
    assert simplified("現在把她鎖在房間裡不讓出來") == "现在把她锁在房间里不让出来"
    assert simplified("送件到五樓，走廊裡一股煤氣味") == "送件到五楼，走廊里一股煤气味"


def test_simplified_text_comes_back_as_it_was():
    text = "独居老人很焦虑，第一次上门怎么陪伴？"
    assert simplified(text) == text


def test_a_character_mapped_out_of_the_basic_plane_is_kept():
    # simplified Cantonese writes 嗰 ("that"); OpenCC's tables map it to the rare 𠮶 no document holds
    assert simplified("阿婆煲汤嗰阵") == "阿婆煲汤嗰阵"
    assert simplified("嗰陣") == "嗰阵"
