"""Crisis signs always produce an escalation box naming 110 / 120 / 12356 and the social worker."""

import pytest

from tandem.assistant.safety import check_crisis


@pytest.mark.parametrize(
    ("question", "category"),
    [
        ("邻居大爷说活着没意思，不想活了", "自伤或轻生"),
        ("送件时大爷说存折都交代好了，以后用不着了", "自伤或轻生"),
        ("听到隔壁有人喊别打了，像是家暴", "家庭暴力或虐待"),
        ("老人说他儿子打他，我该怎么办？", "家庭暴力或虐待"),
        ("阿姨说老伴喝了酒就动手", "家庭暴力或虐待"),
        ("发现老人身上有好几块淤青", "家庭暴力或虐待"),
        ("老人家里的燃气灶一直有味道", "急症或意外"),
        ("大爷最近总说自己想不开", "自伤或轻生"),
        ("老人在楼道里昏倒了怎么办", "急症或意外"),
        ("门口闻到很浓的燃气味", "急症或意外"),
        ("巡河时有孩子落水", "急症或意外"),
        ("居民拿刀威胁要砍人", "暴力或人身威胁"),
    ],
)
def test_crisis_questions_raise_an_alert(question, category):
    alert = check_crisis(question)
    assert alert is not None and category in alert.categories
    for must in ("110", "120", "12356", "社工"):
        assert must in alert.text


@pytest.mark.parametrize(
    "question",
    [
        "独居老人很焦虑，第一次上门怎么陪伴？",
        "怎么帮老人交电费？",
        "凉小鸭有多少志愿者？",
        "居民吵架我怎么劝？",
        "老人的儿子打电话来问情况，我能说吗？",
        "燃气费怎么交？",
        "孩子们打乒乓球要注意什么？",
    ],
)
def test_ordinary_questions_raise_no_alert(question):
    assert check_crisis(question) is None
