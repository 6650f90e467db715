"""tandem.text.knowledge_format: the one reader of the knowledge Markdown format."""

from __future__ import annotations

import ast
from pathlib import Path

from tandem.text import knowledge_format as kf
from tandem.text.frontmatter import split_front_matter

ROOT = Path(__file__).resolve().parents[2]


def test_every_bundled_document_uses_only_known_sections() -> None:
    known = (*kf.SKILL_SECTIONS, *kf.CASE_SECTIONS)
    for folder, expected in (("skills", kf.SKILL_SECTIONS), ("cases", kf.CASE_SECTIONS)):
        for path in sorted((ROOT / "knowledge" / folder).glob("*.md")):
            sections = kf.split_sections(split_front_matter(path.read_text(encoding="utf-8"))[1])
            assert all(any(h.startswith(n) for n in known) for h in sections), (path.name, list(sections))
            missing = [n for n in expected if n != kf.BASIS and n != kf.RELATED and not kf.section(sections, n)]
            assert missing == [], path.name


def test_basis_is_a_known_skill_section() -> None:
    sections = kf.split_sections("## 核心要点\n\n- 倾听\n\n## 依据\n\n- 《志愿服务条例》第十条\n")
    assert kf.BASIS in kf.SKILL_SECTIONS
    assert kf.list_items(kf.section(sections, kf.BASIS)) == ["《志愿服务条例》第十条"]


def test_quiz_questions_inline_and_per_line_options_and_a_question_cut_off() -> None:
    text = (
        "1. 单选：哪个对？ A. 甲 B. **乙** C. 丙\n\n答案：B。因为乙。\n\n"
        "2. 多选：哪些？\nA. 子\nB. 丑\n答案：A、B。\n\n3. 简答：为什么？\n\n答案：因为。\n\n4. 判断：没有答案的题"
    )
    found = kf.quiz_questions(text)
    assert [(q.kind, q.question, q.answer) for q in found] == [
        ("单选", "哪个对？", "B。因为乙。"),
        ("多选", "哪些？", "A、B。"),
        ("简答", "为什么？", "因为。"),
    ]
    assert found[0].options == (("A", "甲"), ("B", "**乙**"), ("C", "丙"))
    cut_off = kf.quiz_questions("B. 当天交给社工\n答案：B。含有个人信息。")
    assert cut_off == [kf.QuizQuestion("", "", "B. 当天交给社工", (("B", "当天交给社工"),), "B。含有个人信息。")]


def test_markdown_to_plain_text_and_escaping() -> None:
    line = "- **误区一：**见[隐私与保密](privacy.md)的`规定`"
    assert kf.plain(line) == "- 误区一：见隐私与保密的`规定`"
    assert kf.strip_inline_markdown("![](a.png)**要点**见[这里](b.md)") == "要点见这里"
    assert kf.escape_markdown("a_b*[c].md") == "a\\_b\\*\\[c\\].md"
    assert kf.escape_math("花了$5") == "花了\\$5"


def test_section_names_are_spelled_only_in_the_format_module() -> None:
    names = set(kf.SKILL_SECTIONS + kf.CASE_SECTIONS + (kf.ESCALATION_TITLE,))
    paths = [p for d in ("tandem", "ingest", "pages") for p in sorted((ROOT / d).rglob("*.py"))]
    spelled = []
    for path in paths:
        relative = path.relative_to(ROOT).as_posix()
        if relative == "tandem/text/knowledge_format.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and node.value in names:
                spelled.append(f"{relative}:{node.lineno} {node.value}")
    assert spelled == []
