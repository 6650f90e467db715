"""DOCX and Markdown export, read back: headings as Heading styles, agenda and quiz tables, answer key after a page break."""

from __future__ import annotations

import io

import docx
import pytest
from docx.oxml.ns import qn

from tandem.core.settings import REPO_ROOT
from tandem.courses.builder import build_plan
from tandem.courses.export import (
    H_AGENDA,
    H_ANSWERS,
    H_KEYPOINTS,
    H_OBJECTIVES,
    H_QUIZ,
    H_ROLEPLAYS,
    file_stem,
    to_docx,
    to_markdown,
)
from tandem.courses.modules import load_library
from tandem.courses.plan import CourseParams, CoursePlan, clock

LIBRARY = load_library(REPO_ROOT / "knowledge")


@pytest.fixture(scope="module")
def plan() -> CoursePlan:
    return build_plan(CourseParams(["silent-listening", "empathic-response"], "快递员志愿者", 90), LIBRARY)


def _body(document: docx.document.Document) -> list[tuple[str, object]]:
    """Body elements in order: ("p", Paragraph) / ("tbl", Table)."""
    paragraphs = {p._p: p for p in document.paragraphs}
    tables = {t._tbl: t for t in document.tables}
    out: list[tuple[str, object]] = []
    for child in document.element.body.iterchildren():
        if child in paragraphs:
            out.append(("p", paragraphs[child]))
        elif child in tables:
            out.append(("tbl", tables[child]))
    return out


def _is_page_break(paragraph: object) -> bool:
    return any(br.get(qn("w:type")) == "page" for br in paragraph._p.iter(qn("w:br")))  # type: ignore[attr-defined]


def _table_text(table: object) -> list[list[str]]:
    return [[cell.text for cell in row.cells] for row in table.rows]  # type: ignore[attr-defined]


def test_docx_has_heading_styles_for_the_plan(plan: CoursePlan) -> None:
    document = docx.Document(io.BytesIO(to_docx(plan)))
    headings = {p.text: p.style.name for p in document.paragraphs if p.style.name.startswith(("Heading", "Title"))}
    assert headings[plan.title] == "Title"
    for name in ("课程概况", H_OBJECTIVES, H_AGENDA, H_KEYPOINTS, H_ROLEPLAYS, "所需材料", H_ANSWERS):
        assert headings[name] == "Heading 1", name
    assert headings[f"试点案例：{plan.case.title}"] == "Heading 1"
    assert headings[f"{H_QUIZ}：{plan.title}"] == "Heading 1"
    assert headings["静默倾听"] == headings["共情回应"] == "Heading 2"
    assert headings["角色扮演1：张阿姨的下午（13 分钟）"] == "Heading 2"
    assert headings["观察员检查表"] == headings["核心要点"] == "Heading 3"
    assert any(t.startswith("学员讲义：") and s == "Heading 1" for t, s in headings.items())
    text = "\n".join(p.text for p in document.paragraphs)
    for objective in plan.objectives:
        assert objective.text in text and objective.sources[0] in text
    assert "先听完，再开口" in text and "knowledge/skills/silent-listening.md" in text


def test_docx_agenda_table_matches_the_plan(plan: CoursePlan) -> None:
    document = docx.Document(io.BytesIO(to_docx(plan)))
    agenda = next(_table_text(t) for t in document.tables if _table_text(t)[0][:3] == ["时间", "时长", "环节"])
    assert agenda[0] == ["时间", "时长", "环节", "内容与方法", "来源"]
    rows = agenda[1:-1]
    assert len(rows) == len(plan.agenda)
    assert sum(int(r[1].split()[0]) for r in rows) == 90
    assert rows[0][0] == "0:00–0:05" and rows[-1][0].endswith(f"–{clock(90)}")
    assert [r[2] for r in rows] == [i.activity for i in plan.agenda]
    assert agenda[-1][:2] == ["合计", "90 分钟"]
    checklists = [t for t in document.tables if _table_text(t)[0][:2] == ["序号", "检查项"]]
    assert len(checklists) == len(plan.roleplays)
    assert _table_text(checklists[0])[1][1] == plan.roleplays[0].checklist[0]


def test_docx_quiz_then_answer_key_after_a_page_break(plan: CoursePlan) -> None:
    document = docx.Document(io.BytesIO(to_docx(plan)))
    body = _body(document)
    quiz_at = next(
        i for i, (kind, el) in enumerate(body) if kind == "tbl" and _table_text(el)[0] == ["题号", "题型", "题目与选项"]
    )
    answers_at = next(i for i, (kind, el) in enumerate(body) if kind == "p" and el.text == H_ANSWERS)
    assert quiz_at < answers_at
    assert any(kind == "p" and _is_page_break(el) for kind, el in body[quiz_at + 1 : answers_at]), (
        "the answer key must start on a new page"
    )
    quiz = _table_text(body[quiz_at][1])[1:]
    assert len(quiz) == len(plan.quiz) >= 5
    for row, question in zip(quiz, plan.quiz, strict=True):
        assert question.question in row[2]
        assert all(option in row[2] for option in question.options)
        assert question.answer not in row[2]  # no answers on the participants' sheet
    answer_table = next(el for kind, el in body[answers_at:] if kind == "tbl")
    answers = _table_text(answer_table)
    assert answers[0] == ["题号", "题目", "答案", "出处"]
    for row, question in zip(answers[1:], plan.quiz, strict=True):
        assert row[1] == question.question and row[2] == question.answer and row[3] == question.source
    handout_at = next(i for i, (kind, el) in enumerate(body) if kind == "p" and el.text.startswith("学员讲义："))
    assert _is_page_break(body[handout_at - 1][1])  # the handout is its own printable page


def test_docx_numbered_lists_restart(plan: CoursePlan) -> None:
    document = docx.Document(io.BytesIO(to_docx(plan)))
    texts = [p.text for p in document.paragraphs]
    first_objective = texts.index(f"1. {plan.objectives[0].text}（来源：{'；'.join(plan.objectives[0].sources)}）")
    assert texts[first_objective + 1].startswith("2. ")
    first_question = texts.index(f"1. {plan.case.questions[0]}")
    assert first_question > first_objective


def test_markdown_export(plan: CoursePlan) -> None:
    md = to_markdown(plan)
    assert md.startswith(f"# {plan.title}\n")
    for heading in (
        f"## {H_OBJECTIVES}",
        f"## {H_AGENDA}",
        f"## {H_KEYPOINTS}",
        f"## 试点案例：{plan.case.title}",
        f"## {H_ROLEPLAYS}",
        "## 所需材料",
        f"## {H_QUIZ}：{plan.title}",
        f"## {H_ANSWERS}",
    ):
        assert f"\n{heading}\n" in md, heading
    assert "| 时间 | 时长 | 环节 | 内容与方法 | 来源 |" in md
    for start, end, item in plan.timeline():
        assert f"| {clock(start)}–{clock(end)} | {item.minutes} 分钟 | {item.activity} |" in md
    assert "| 合计 | 90 分钟 |" in md
    quiz_at, answers_at = md.index(f"## {H_QUIZ}："), md.index(f"## {H_ANSWERS}")
    assert quiz_at < answers_at
    for q in plan.quiz:
        assert q.question in md[quiz_at:answers_at]
        assert q.answer.replace("|", "\\|") in md[answers_at:]
    assert "## 学员讲义：" in md  # the handout's title is demoted under the plan title
    assert "knowledge/cases/haite-garden-xinyu-program.md" in md


def test_edited_plan_exports_its_edits(plan: CoursePlan) -> None:
    edited = CoursePlan.from_dict(plan.to_dict())
    edited.title = "八棵杨快递员：倾听与共情 | 第一期"
    edited.quiz[0].answer = "B。自己写的答案。"
    document = docx.Document(io.BytesIO(to_docx(edited)))
    assert document.paragraphs[0].text == edited.title
    assert "B。自己写的答案。" in "\n".join(c.text for t in document.tables for r in t.rows for c in r.cells)
    assert "B。自己写的答案。" in to_markdown(edited)
    assert "|" not in file_stem(edited) and file_stem(edited).startswith("八棵杨快递员")
