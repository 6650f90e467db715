"""The course builder without a language model: timing, citations, case choice, quiz, role-plays, inputs."""

from __future__ import annotations

import itertools

import pytest

from tandem.core.settings import REPO_ROOT
from tandem.courses.builder import build_plan
from tandem.courses.modules import load_library
from tandem.courses.plan import MIN_QUIZ, CourseParams, CoursePlan, PlanInputError
from tandem.courses.profiles import AUDIENCES, DURATIONS, FORMATS

LIBRARY = load_library(REPO_ROOT / "knowledge")
SLUGS = [m.slug for m in LIBRARY.skills]
LISTEN_EMPATHY = ["silent-listening", "empathic-response"]
SKILL_SETS = [
    LISTEN_EMPATHY,
    ["listen-empathize-guide"],
    ["hazard-reporting", "privacy-confidentiality"],
    ["youth-activity-safety"],
    SLUGS[:6],
]


def plan_for(
    skills: list[str],
    audience: str = "快递员志愿者",
    duration: int = 90,
    fmt: str = "讲授+演练",
    group_size: int = 20,
    focus: str = "",
) -> CoursePlan:
    return build_plan(CourseParams(skills, audience, duration, group_size, fmt, focus), LIBRARY)


@pytest.mark.parametrize(("duration", "fmt", "audience"), list(itertools.product(DURATIONS, FORMATS, AUDIENCES)))
def test_agenda_sums_exactly_to_the_duration(duration: int, fmt: str, audience: str) -> None:
    for skills in SKILL_SETS:
        plan = plan_for(skills, audience, duration, fmt)
        assert plan.total_minutes == duration, (skills, [(i.activity, i.minutes) for i in plan.agenda])
        assert all(item.minutes > 0 and item.activity and item.content for item in plan.agenda)
        timeline = plan.timeline()
        assert timeline[0][0] == 0 and timeline[-1][1] == duration
        assert plan.problems(REPO_ROOT) == []


def test_agenda_sums_for_every_single_skill() -> None:
    for slug, duration, fmt in itertools.product(SLUGS, DURATIONS, FORMATS):
        assert plan_for([slug], "新志愿者", duration, fmt).total_minutes == duration


def test_every_cited_source_exists() -> None:
    for skills, audience in itertools.product(SKILL_SETS, AUDIENCES):
        plan = plan_for(skills, audience)
        cited = plan.sources()
        assert cited
        for source in cited:
            assert (REPO_ROOT / source).is_file(), source
        for kp, slug in zip(plan.key_points, skills, strict=True):
            assert kp.source == f"knowledge/skills/{slug}.md"
        assert all(o.sources for o in plan.objectives)
        assert all(rp.source in {kp.source for kp in plan.key_points} for rp in plan.roleplays)


@pytest.mark.parametrize("duration", DURATIONS)
def test_quiz_has_answers_sources_and_both_kinds(duration: int) -> None:
    for skills in [*SKILL_SETS, *([s] for s in SLUGS)]:
        plan = plan_for(skills, duration=duration)
        assert len(plan.quiz) >= MIN_QUIZ
        kinds = {q.kind for q in plan.quiz}
        assert "简答" in kinds and kinds & {"单选", "多选", "判断"}, kinds
        for q in plan.quiz:
            assert q.question.strip() and q.answer.strip(), q
            assert (REPO_ROOT / q.source).is_file()
            assert q.source in {kp.source for kp in plan.key_points}
            if q.options:
                assert q.answer[0] in "ABCDEF" and any(o.startswith(q.answer[0]) for o in q.options)
        questions = [q.question for q in plan.quiz]
        assert len(set(questions)) == len(questions)
        assert any(w in q.question + q.answer for q in plan.quiz for w in ("社工", "110", "120", "12356"))


def test_case_fits_the_skills_and_audience() -> None:
    plan = plan_for(LISTEN_EMPATHY)
    assert plan.case is not None and plan.case.slug == "haite-garden-xinyu-program"
    assert "静默倾听" in plan.case.reason and "共情回应" in plan.case.reason
    assert plan_for(["hazard-reporting"]).case.slug == "bakeyang-courier-volunteers"
    youth = plan_for(["youth-activity-safety"], "青少年与家长")
    assert "youth-activity-safety" in LIBRARY.case(youth.case.slug).skills
    for slug in SLUGS:  # whatever the audience, the chosen case covers a chosen skill when any case does
        if not any(slug in c.skills for c in LIBRARY.cases):
            continue
        for audience in AUDIENCES:
            case = plan_for([slug], audience).case
            assert case is not None and slug in LIBRARY.case(case.slug).skills, (slug, audience, case.slug)
            assert not LIBRARY.case(case.slug).is_overview


def test_case_discussion_questions_use_the_case_and_focus() -> None:
    plan = plan_for(LISTEN_EMPATHY, focus="独居老人探访")
    questions = plan.case.questions
    assert len(questions) >= 4
    assert any("海特花园" in q for q in questions)
    assert any("独居老人探访" in q for q in questions)
    assert any("快递员志愿者" in q for q in questions)
    assert plan.title.endswith("——独居老人探访")


def test_roleplays_have_roles_prompts_and_checklists() -> None:
    plan = plan_for(LISTEN_EMPATHY)
    assert [rp.title for rp in plan.roleplays] == ["张阿姨的下午", "漏水的李大爷"]
    for rp in plan.roleplays:
        assert len(rp.roles) >= 3 and "观察员" in rp.roles
        assert rp.situation and rp.prompts and rp.debrief
        assert len(rp.checklist) >= 5
        assert any("快递员志愿者" in p for p in rp.prompts)
    rows = [i for i in plan.agenda if i.kind == "roleplay"]
    assert [r.minutes for r in rows] == [rp.minutes for rp in plan.roleplays]
    assert "7 组" in rows[0].content  # 20 learners, three per group


def test_crisis_roleplay_preferred_for_couriers_and_one_scenario_at_45_minutes() -> None:
    plan = plan_for(["crisis-identification-referral"], duration=45)
    assert len(plan.roleplays) == 1 and plan.roleplays[0].title == "送件时的一句话"


def test_content_comes_from_the_modules() -> None:
    plan = plan_for(LISTEN_EMPATHY)
    silent = LIBRARY.skill("silent-listening")
    assert plan.key_points[0].points == silent.key_points
    lecture = next(i for i in plan.agenda if i.activity == "核心要点：静默倾听")
    assert "先听完，再开口" in lecture.content
    assert "先听完，再开口" in plan.handout and "12356" in plan.handout
    assert plan.handout.count("\n- ") <= 30  # one printed page
    objectives = " ".join(o.text for o in plan.objectives)
    assert "先认情绪，再谈事情" in objectives and "12356" in objectives
    assert any("纸巾" in m for m in plan.materials)
    assert any("20 份" in m for m in plan.materials)


def test_online_format_and_small_group_adapt_the_plan() -> None:
    plan = plan_for(LISTEN_EMPATHY, fmt="线上", group_size=2)
    assert "分组讨论室" in " ".join(i.content for i in plan.agenda)
    assert any("补位" in n for n in plan.trainer_notes)
    assert any("会议软件" in m for m in plan.materials)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"skills": []}, "至少选择一个技能模块"),
        ({"skills": ["no-such-skill"]}, "找不到技能模块"),
        ({"skills": SLUGS[:7]}, "最多选择"),
        ({"audience": "外星人"}, "培训对象"),
        ({"duration": 60}, "课程时长"),
        ({"format": "直播"}, "培训形式"),
        ({"group_size": 0}, "学员人数"),
    ],
)
def test_bad_input_gives_a_chinese_message(kwargs: dict, message: str) -> None:  # type: ignore[type-arg]
    params = {
        "skills": LISTEN_EMPATHY,
        "audience": "快递员志愿者",
        "duration": 90,
        "group_size": 20,
        "format": "讲授+演练",
        "focus": "",
    } | kwargs
    with pytest.raises(PlanInputError, match=message):
        build_plan(CourseParams(**params), LIBRARY)


def test_plan_json_round_trip_and_problems() -> None:
    plan = plan_for(LISTEN_EMPATHY)
    again = CoursePlan.from_dict(plan.to_dict())
    assert again == plan
    again.agenda[0].minutes += 5
    again.quiz[0].answer = ""
    problems = again.problems(REPO_ROOT)
    assert any("95 分钟" in p for p in problems) and any("第 1 题没有答案" in p for p in problems)
    again.quiz[1].source = "knowledge/skills/missing.md"
    assert any("找不到" in p for p in again.problems(REPO_ROOT))
