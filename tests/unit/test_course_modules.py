"""Parsing the bundled skill modules and case reports into course sections (real files, no fixtures)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tandem.core.settings import REPO_ROOT
from tandem.courses.modules import load_library, parse_quiz, parse_roleplays, split_roles

KNOWLEDGE = REPO_ROOT / "knowledge"
LIBRARY = load_library(KNOWLEDGE)
SKILLS = {m.slug: m for m in LIBRARY.skills}


def test_library_finds_every_module_and_case() -> None:
    assert len(LIBRARY.skills) == len(list((KNOWLEDGE / "skills").glob("*.md"))) >= 16
    assert len(LIBRARY.cases) == len(list((KNOWLEDGE / "cases").glob("*.md"))) >= 10
    for item in [*LIBRARY.skills, *LIBRARY.cases]:
        assert (LIBRARY.root / item.source).is_file(), item.source
        assert item.source.startswith("knowledge/")


@pytest.mark.parametrize("slug", sorted(SKILLS))
def test_every_skill_module_yields_all_sections(slug: str) -> None:
    m = SKILLS[slug]
    assert m.skill and m.title and m.audience
    assert len(m.key_points) >= 5, "核心要点"
    assert len(m.steps) >= 5, "操作步骤"
    assert len(m.misconceptions) >= 5, "常见误区"
    assert len(m.phrases) >= 3 and len(m.donts) >= 2, "话术示例 / 不要说"
    assert len(m.escalation) >= 3, "何时转介社工"
    structured = [rp for rp in m.roleplays if rp.roles and rp.checklist and rp.situation]
    assert structured, "at least one role-play with roles, situation and observer checklist"
    for rp in structured:
        assert "观察员" in "".join(rp.roles), rp.roles
        assert len(rp.checklist) >= 3
        assert rp.task, f"role-play {rp.title} has no task/rules"
    assert len(m.quiz) >= 5
    for q in m.quiz:
        assert q.question and q.answer and q.source == m.source
        if q.kind == "单选":
            assert len(q.options) >= 3, q.question
            assert q.answer_key and q.answer_key in "ABCDEF", q.answer
            assert any(o.startswith(q.answer_key + ".") for o in q.options)
        assert "**" not in q.question + q.answer


def test_listen_module_parsed_exactly() -> None:
    m = SKILLS["listen-empathize-guide"]
    assert m.key_points[0].startswith("**三步有先后，不能跳**")
    rp = m.roleplays[0]
    assert rp.title == "每周三的探访"
    assert rp.grouping == "三人一组，每轮12分钟" and rp.group_size == 3 and rp.round_minutes == 12
    assert rp.roles[0] == "志愿者" and rp.roles[1].startswith("居民王奶奶（独居") and rp.roles[2] == "观察员"
    assert rp.checklist[0].startswith("倾听阶段")
    assert rp.debrief.startswith("观察员用三种颜色的笔")
    q = m.quiz[0]
    assert q.kind == "单选" and q.options[1] == "B. 一上来就引导、说教" and q.answer_key == "B"
    assert m.quiz[2].kind == "简答" and m.quiz[2].options == [] and "怀旧疗法" in m.quiz[2].answer


def test_one_option_per_line_quiz_and_separate_checklist_block() -> None:
    m = SKILLS["hazard-reporting"]
    assert m.quiz[0].options == ["A. 随手拍隐患", "B. 随手帮居民", "C. 随时报问题", "D. 随手修电路"]
    assert m.quiz[0].answer_key == "D"
    assert len(m.roleplays[0].checklist) == 6  # from the "**观察员检查清单**：" block after the role-play


def test_case_report_sections() -> None:
    case = LIBRARY.case("haite-garden-xinyu-program")
    assert "listen-empathize-guide" in case.skills
    assert "徐女士" in case.background + case.social_worker
    assert case.publication.startswith("《北京日报》")
    assert len(case.practices) >= 3 and case.outcomes
    assert LIBRARY.case("beijing-37-community-pilot").is_overview and not case.is_overview


def test_parsers_on_small_inputs(tmp_path: Path) -> None:
    assert split_roles("志愿者；居民（七十多岁、独居）；观察员。") == ["志愿者", "居民（七十多岁、独居）", "观察员"]
    quiz = parse_quiz(
        "1. 单选：哪个对？ A. 甲 B. 乙 C. 丙\n\n答案：B。因为乙。\n\n2. 简答：为什么？\n\n答案：因为。", "x.md"
    )
    assert [(q.kind, q.answer_key, len(q.options)) for q in quiz] == [("单选", "B", 3), ("简答", "", 0)]
    text = "**角色扮演：“演练”**（两人一组，5分钟）\n\n- 角色：志愿者、居民、观察员\n- 情境：门口。\n\n**加练**：再来一次。"
    roleplays, exercises = parse_roleplays(text, "x.md")
    assert roleplays[0].title == "演练" and roleplays[0].group_size == 2 and roleplays[0].extension == "再来一次。"
    assert not exercises


def test_unreadable_files_are_skipped_and_named(tmp_path: Path) -> None:
    (tmp_path / "skills").mkdir()
    (tmp_path / "cases").mkdir()
    good = (KNOWLEDGE / "skills" / "silent-listening.md").read_text(encoding="utf-8")
    (tmp_path / "skills" / "silent-listening.md").write_text(good, encoding="utf-8")
    (tmp_path / "skills" / "broken.md").write_text("---\ntitle: [unclosed\n---\n# x\n", encoding="utf-8")
    library = load_library(tmp_path)
    assert [m.slug for m in library.skills] == ["silent-listening"]
    assert len(library.skipped) == 1 and library.skipped[0].startswith("skills/broken.md：")
    assert library.skills[0].source == f"{tmp_path.name}/skills/silent-listening.md"
