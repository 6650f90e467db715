"""The crisis box by example: what the checklist misses, read by the nearest labelled wordings (real USE model)."""

from collections import Counter

from tandem.assistant.answer import Assistant
from tandem.assistant.crisis_examples import CrisisExamples
from tandem.assistant.safety import check_crisis, conversation_crisis, crisis_signs
from tandem.assistant.search import HybridSearcher

# Not in the checklist's words, nor among the examples
MISSED = "老王突然捂着胸口蹲下了，脸色煞白"


def test_an_emergency_the_checklist_misses_is_read_by_its_nearest_examples(embeddings):
    examples = CrisisExamples(embeddings)
    assert check_crisis(MISSED) is None
    assert examples.categories(MISSED) == ("急症或意外",)
    assert examples.categories("我爷爷刚才突然话都说不清了 口水直流") == ("急症或意外",)
    for ordinary in ("家里的猫不吃东西了咋办", "孩子摔了一跤膝盖破了点皮", "社区下周组织消防培训，要带啥"):
        assert examples.categories(ordinary) == (), ordinary
    assert examples.categories("  ") == ()
    for asking_only in ("那怎么办", "咋办啊", "我该怎么办？"):  # no situation named: no reading (had read as 轻生)
        assert examples.categories(asking_only) == (), asking_only
    # close to no example: its nearest are arbitrary (a recipe had read as 急症 by a dog bite at 0.43)
    assert examples.categories("糖醋排骨怎么炖才不柴，每次做出来都硬邦邦的") == ()
    # a courier's or rider's everyday trouble is no emergency for being a courier's (had read as 急症或意外)
    assert examples.categories("送外卖的小伙子被站点罚了三百块，非拉我去找站长说理") == ()
    assert examples.categories("快递站门口有个小哥突然倒地，叫他没反应") == ("心跳呼吸骤停",)


def test_the_checklist_comes_first_and_the_examples_only_add(embeddings):
    examples = CrisisExamples(embeddings)
    read = conversation_crisis("楼道里电动车充电起火了", (), examples.categories)
    assert read is not None and read.categories == ("火情",)  # the checklist's own reading
    assert conversation_crisis(MISSED) is None
    assert conversation_crisis(MISSED, (), examples.categories) is not None


def test_the_answer_carries_the_box_without_being_steered_by_it(bundled_index):
    """The box is shown; the answer below is found as for any question (a guessed category steering the search
    lost labelled answers), and never refused under the box."""
    assistant = Assistant(HybridSearcher(bundled_index))
    prepared = assistant.prepare(MISSED)
    assert prepared.crisis is not None and prepared.signs is None and not prepared.refused
    answer = assistant.answer(MISSED)
    assert answer.crisis is not None and "120" in answer.full_text
    follow_up = assistant.answer("那我现在该干啥？", history=[MISSED])
    assert follow_up.crisis is not None and follow_up.crisis.earlier


class _ReadsAsIs:
    """A stand-in for the examples that reads each wording as given (the plumbing, not the model)."""

    def __init__(self, readings: dict[str, str]) -> None:
        self.readings = readings

    def categories(self, text: str) -> tuple[str, ...]:
        return (self.readings[text],) if text in self.readings else ()


def test_under_a_box_from_the_examples_no_line_on_another_emergency(bundled_index):
    """Before, the box's category did not reach the composer: "老王突然捂着胸口蹲下了" had the 海姆立克 step, the
    violence wording the crisis module's line on "逼急了我就跳楼"; then its lead "对方倒地失去反应，改做胸外按压"
    took the 海姆立克 sentence before it as its context (five signs of 噎住, one of 急症: 倒地)."""
    readings = {"老王突然捂着胸口蹲下了，脸色煞白": "急症或意外", "邻居家传来砸东西和哭喊声": "家庭暴力或虐待"}
    assistant = Assistant(HybridSearcher(bundled_index))
    assistant._crisis_examples = _ReadsAsIs(readings)  # type: ignore[assignment]
    for question, category in readings.items():
        assert check_crisis(question) is None
        answer = assistant.answer(question)
        assert answer.crisis is not None and answer.crisis.categories == (category,)
        for line in answer.text.splitlines():  # no line is more about another emergency than about this one
            shown = Counter(c for c, _ in crisis_signs(line))
            assert not shown or shown[category] >= max(shown.values()), line


def test_a_story_reads_as_an_emergency_only_when_one_of_its_clauses_does(embeddings):
    """A volunteer's long story about a gift is near emergencies as a whole (a box from the examples had followed
    it through a whole conversation); an emergency told in one clause of a story still reads as one."""
    examples = CrisisExamples(embeddings)
    gift = "我陪了快半年的李奶奶，今天临走非往我口袋里塞了个信封，里面是三百块钱，说我不收她就不高兴，我推了半天"
    story = "在活动室陪老人下棋，下到一半，老王突然捂着胸口蹲下了，脸色煞白"
    assert check_crisis(gift) is None and check_crisis(story) is None
    assert examples.categories(gift) == ()
    # followup59: a woman hiding to cry over a husband paralysed and fees unpaid read as abuse by its nearest
    hardship = (
        "腌菜的一个阿姨今天躲在池子后头哭，说老公去年中风瘫在床上，儿子下学期的学费还没着落，老公的药也断了两天了"
    )
    assert check_crisis(hardship) is None and examples.categories(hardship) == ()
    assert examples.categories(story) != ()
