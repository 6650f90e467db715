"""A course plan as a printable Word document (python-docx) and as Markdown.

The DOCX uses real Heading styles (navigable in Word's outline), tables for the
agenda, the observer checklists and the quiz, the handout and the quiz each on
their own page, and the answer key after a page break so the quiz can be handed
out without answers.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from functools import partial

from docx import Document
from docx.document import Document as DocxDocument
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.table import Table
from docx.text.paragraph import Paragraph

from tandem.courses.plan import CaseStudy, CoursePlan, SkillPoints, clock
from tandem.text.knowledge_format import (
    BACKGROUND,
    ESCALATION_TITLE,
    KEY_POINTS,
    MISCONCEPTIONS,
    OUTCOMES,
    PRACTICES,
    QUIZ,
    SOCIAL_WORKER,
    STEPS,
    VOLUNTEERS,
)

_BOLD = re.compile(r"\*\*(.+?)\*\*")
BODY_FONT, HEADING_FONT = "宋体", "黑体"
TABLE_FONT, SMALL_FONT = Pt(9.5), Pt(8)
PROSE_BY = {"llm": "大模型依据知识库撰写（已核对出处）", "assembled": "知识库内容整理"}

# Section headings, shared by both formats (tests look for them).
H_OVERVIEW, H_OBJECTIVES, H_AGENDA, H_KEYPOINTS = "课程概况", "学习目标", "课程流程", "核心要点与话术"
H_CASE, H_ROLEPLAYS, H_MATERIALS, H_QUIZ, H_ANSWERS = (
    "试点案例",
    "角色扮演",
    "所需材料",
    QUIZ,
    "答案与出处（培训者用）",
)


# ---- DOCX -----------------------------------------------------------------------------


def _case_story(case: CaseStudy) -> tuple[tuple[str, str], ...]:
    """``(heading, text)`` of a case's story sections, as the report names them."""
    return (
        (BACKGROUND, case.background),
        (SOCIAL_WORKER, case.social_worker),
        (VOLUNTEERS, case.volunteers),
        (OUTCOMES, case.outcomes),
    )


def _key_point_lists(kp: SkillPoints) -> tuple[tuple[str, list[str], bool], ...]:
    """``(label, items, numbered)`` of one skill's key-point page, in print order."""
    return (
        (KEY_POINTS, kp.points, False),
        (STEPS, kp.steps, True),
        ("可以这样说", kp.phrases, False),
        ("不要这样说", kp.donts, False),
        (MISCONCEPTIONS, kp.misconceptions, False),
        (ESCALATION_TITLE, kp.escalation, False),
    )


def to_docx(plan: CoursePlan) -> bytes:
    doc = Document()
    _setup(doc)
    _heading(doc, plan.title, level=0)

    _heading(doc, H_OVERVIEW, level=1)
    _kv_table(doc, _overview_rows(plan))
    if plan.trainer_notes:
        _heading(doc, "培训者提示", level=2)
        for note in plan.trainer_notes:
            _para(doc, note, "List Bullet")
    if plan.notes:
        _heading(doc, "生成说明", level=2)
        for note in plan.notes:
            _para(doc, note, "List Bullet")

    _heading(doc, H_OBJECTIVES, level=1)
    for objective, paragraph in zip(plan.objectives, _numbered(doc, [o.text for o in plan.objectives]), strict=True):
        _source_run(paragraph, objective.sources)

    _heading(doc, H_AGENDA, level=1)
    rows = [
        [f"{clock(s)}–{clock(e)}", f"{item.minutes} 分钟", item.activity, item.content, "\n".join(item.sources)]
        for s, e, item in plan.timeline()
    ]
    rows.append(["合计", f"{plan.total_minutes} 分钟", "", "", ""])
    _table(doc, ["时间", "时长", "环节", "内容与方法", "来源"], rows, [2.1, 1.6, 2.6, 7.9, 2.8], small=(4,))

    _heading(doc, H_KEYPOINTS, level=1)
    for kp in plan.key_points:
        _heading(doc, f"{kp.skill}", level=2)
        _para(doc, f"来源：{kp.source}（《{kp.title}》）").runs[0].italic = True
        for name, items, numbered in _key_point_lists(kp):
            if items:
                _heading(doc, name, level=3)
                if numbered:
                    _numbered(doc, items)
                else:
                    for item in items:
                        _para(doc, item, "List Bullet")

    if plan.case:
        case = plan.case
        _heading(doc, f"{H_CASE}：{case.title}", level=1)
        _para(doc, f"出处：{case.publication}；{case.source}").runs[0].italic = True
        _para(doc, f"选择理由：{case.reason}")
        for name, text in _case_story(case):
            if text:
                _heading(doc, name, level=2)
                _para(doc, text)
        if case.practices:
            _heading(doc, PRACTICES, level=2)
            for item in case.practices:
                _para(doc, item, "List Bullet")
        _heading(doc, "讨论问题", level=2)
        _numbered(doc, case.questions)

    _heading(doc, H_ROLEPLAYS, level=1)
    for i, rp in enumerate(plan.roleplays, 1):
        _heading(doc, f"角色扮演{i}：{rp.title}（{rp.minutes} 分钟）", level=2)
        _para(doc, f"来源：{rp.source}（{rp.skill}）　分组：{rp.grouping}").runs[0].italic = True
        _heading(doc, "角色", level=3)
        for role in rp.roles:
            _para(doc, role, "List Bullet")
        _heading(doc, "情境", level=3)
        for line in rp.situation.splitlines() or [""]:
            _para(doc, line)
        _heading(doc, "任务与提示", level=3)
        for prompt in rp.prompts:
            _para(doc, prompt, "List Bullet")
        _heading(doc, "观察员检查表", level=3)
        _table(
            doc,
            ["序号", "检查项", "做到", "没做到", "备注"],
            [[str(n), item, "□", "□", ""] for n, item in enumerate(rp.checklist, 1)],
            [1.2, 9.8, 1.2, 1.6, 3.2],
        )
        if rp.debrief:
            _heading(doc, "复盘", level=3)
            _para(doc, rp.debrief)

    _heading(doc, H_MATERIALS, level=1)
    for item in plan.materials:
        _para(doc, item, "List Bullet")

    doc.add_page_break()
    _markdown_block(doc, plan.handout)

    doc.add_page_break()
    _heading(doc, f"{H_QUIZ}：{plan.title}", level=1)
    _para(doc, "姓名：______________　　日期：______________　　得分：________")
    _table(
        doc,
        ["题号", "题型", "题目与选项"],
        [
            [str(n), q.kind, "\n".join([q.question, *q.options]) + ("" if q.options else "\n答：\n\n\n")]
            for n, q in enumerate(plan.quiz, 1)
        ],
        [1.1, 1.4, 14.5],
    )

    doc.add_page_break()
    _heading(doc, H_ANSWERS, level=1)
    _table(
        doc,
        ["题号", "题目", "答案", "出处"],
        [[str(n), q.question, q.answer, q.source] for n, q in enumerate(plan.quiz, 1)],
        [1.1, 5.0, 7.7, 3.2],
        small=(1, 3),
    )
    _para(doc, "")
    _para(doc, "全部出处：" + "；".join(plan.sources()))

    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def _setup(doc: DocxDocument) -> None:
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Cm(2))
    section.top_margin = section.bottom_margin = Cm(2)
    normal = doc.styles["Normal"]
    normal.font.size = Pt(10.5)
    _east_asian(normal, BODY_FONT)
    for name in ("Title", "Heading 1", "Heading 2", "Heading 3"):
        _east_asian(doc.styles[name], HEADING_FONT)


def _east_asian(style, font: str) -> None:  # type: ignore[no-untyped-def]
    rpr = style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(fonts)
    fonts.set(qn("w:eastAsia"), font)


def _runs(paragraph: Paragraph, text: str) -> Paragraph:
    """Add ``text`` to ``paragraph``, ``**bold**`` spans as bold runs."""
    pos = 0
    for match in _BOLD.finditer(text):
        if match.start() > pos:
            paragraph.add_run(text[pos : match.start()])
        paragraph.add_run(match.group(1)).bold = True
        pos = match.end()
    if pos < len(text) or not paragraph.runs:
        paragraph.add_run(text[pos:])
    return paragraph


def _style(doc: DocxDocument, paragraph: Paragraph, name: str) -> Paragraph:
    """Apply a paragraph style by id (python-docx's lookup by name scans every style, per paragraph)."""
    ids = doc.__dict__.setdefault("_tandem_style_ids", {})
    if name not in ids:
        ids[name] = doc.styles[name].style_id
    paragraph._p.get_or_add_pPr().get_or_add_pStyle().val = ids[name]
    return paragraph


def _heading(doc: DocxDocument, text: str, level: int) -> Paragraph:
    return _runs(_style(doc, doc.add_paragraph(), "Title" if level == 0 else f"Heading {level}"), text)


def _para(doc: DocxDocument, text: str, style: str | None = None) -> Paragraph:
    paragraph = doc.add_paragraph()
    return _runs(_style(doc, paragraph, style) if style else paragraph, text)


def _numbered(doc: DocxDocument, items: Sequence[str]) -> list[Paragraph]:
    """A numbered list that restarts at 1 (Word's shared "List Number" numbering would continue across lists)."""
    out = []
    for n, item in enumerate(items, 1):
        paragraph = doc.add_paragraph()
        paragraph.paragraph_format.left_indent = Cm(0.75)
        paragraph.paragraph_format.first_line_indent = Cm(-0.75)
        paragraph.add_run(f"{n}. ")
        out.append(_runs(paragraph, item))
    return out


def _source_run(paragraph: Paragraph, sources: Sequence[str]) -> None:
    if sources:
        run = paragraph.add_run(f"（来源：{'；'.join(sources)}）")
        run.font.size = Pt(8.5)
        run.font.color.rgb = RGBColor(0x59, 0x59, 0x59)


def _table(
    doc: DocxDocument,
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    small: Sequence[int] = (),
) -> Table:
    """A grid table with a repeating bold header row; columns in ``small`` use a smaller font (paths)."""
    table = doc.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    table.autofit = False
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        run = cell.paragraphs[0].add_run(text)
        run.bold = True
        run.font.size = TABLE_FONT
    table.rows[0]._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))  # repeat on every printed page
    for row in rows:
        added = table.add_row()
        added._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))  # a row never breaks across pages
        cells = added.cells
        for col, (cell, text) in enumerate(zip(cells, row, strict=True)):
            lines = str(text).split("\n")
            paragraphs = [cell.paragraphs[0], *(cell.add_paragraph() for _ in lines[1:])]
            for paragraph, line in zip(paragraphs, lines, strict=True):
                for run in _runs(paragraph, line).runs:
                    run.font.size = SMALL_FONT if col in small else TABLE_FONT
    _widths(table, widths)
    return table


def _widths(table: Table, widths: Sequence[float]) -> None:
    """Column widths that Word and LibreOffice both honour (grid columns and every cell)."""
    for column, width in zip(table.columns, widths, strict=True):
        column.width = Cm(width)
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = Cm(width)


def _kv_table(doc: DocxDocument, rows: Sequence[tuple[str, str]]) -> None:
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    table.autofit = False
    for key, value in rows:
        cells = table.add_row().cells
        cells[0].paragraphs[0].add_run(key).bold = True
        lines = value.split("\n")
        _runs(cells[1].paragraphs[0], lines[0])
        for line in lines[1:]:
            _runs(cells[1].add_paragraph(), line)
    _widths(table, [3.0, 14.0])


def _markdown_block(doc: DocxDocument, text: str) -> None:
    """Render the handout's simple Markdown: #/##/### headings, - bullets, numbered items, paragraphs."""
    numbered: list[str] = []

    def flush() -> None:
        _numbered(doc, numbered)
        numbered.clear()

    for raw in text.splitlines():
        line = raw.strip()
        heading = re.match(r"^(#{1,3})\s+(.*)$", line)
        number = re.match(r"^\d+[.．]\s+(.*)$", line)
        if number:
            numbered.append(number.group(1))
            continue
        flush()
        if not line:
            continue
        if heading:
            _heading(doc, heading.group(2), level=len(heading.group(1)))
        elif re.match(r"^[-*]\s+", line):
            _para(doc, re.sub(r"^[-*]\s+", "", line), "List Bullet")
        else:
            paragraph = _para(doc, line)
            if line.startswith("资料来源"):
                for run in paragraph.runs:
                    run.font.size = Pt(8.5)
    flush()


def _overview_rows(plan: CoursePlan) -> list[tuple[str, str]]:
    p = plan.params
    rows = [
        ("培训对象", p.audience),
        ("课程时长", f"{p.duration} 分钟"),
        ("学员人数", f"{p.group_size} 人"),
        ("培训形式", p.format),
        ("培训重点", p.focus or "—"),
        ("技能模块", "\n".join(f"{kp.skill}（{kp.source}）" for kp in plan.key_points)),
        ("试点案例", f"{plan.case.title}（{plan.case.source}）" if plan.case else "—"),
        (
            "文字来源",
            f"学习目标：{PROSE_BY.get(plan.prose_by.get('objectives', ''), '培训者编辑')}；"
            f"学员讲义：{PROSE_BY.get(plan.prose_by.get('handout', ''), '培训者编辑')}",
        ),
    ]
    return rows


# ---- Markdown -------------------------------------------------------------------------


def _md_table(header: Sequence[str], rows: Sequence[Sequence[str]], line_break: str = "<br>") -> list[str]:
    def cell(text: str) -> str:
        return str(text).replace("|", "\\|").replace("\n", line_break)

    return [
        "| " + " | ".join(header) + " |",
        "|" + "|".join("---" for _ in header) + "|",
        *("| " + " | ".join(cell(c) for c in row) + " |" for row in rows),
    ]


def to_markdown(plan: CoursePlan, line_break: str = "<br>") -> str:
    """The plan as Markdown; ``line_break`` joins lines inside table cells (``<br>`` renders on GitHub)."""
    table = partial(_md_table, line_break=line_break)

    out = [f"# {plan.title}", "", f"## {H_OVERVIEW}", ""]
    out += table(["项目", "内容"], [(k, v) for k, v in _overview_rows(plan)])
    if plan.trainer_notes:
        out += ["", "### 培训者提示", "", *(f"- {n}" for n in plan.trainer_notes)]
    if plan.notes:
        out += ["", "### 生成说明", "", *(f"- {n}" for n in plan.notes)]
    out += ["", f"## {H_OBJECTIVES}", ""]
    out += [
        f"{i}. {o.text}（来源：{'；'.join(o.sources)}）" if o.sources else f"{i}. {o.text}"
        for i, o in enumerate(plan.objectives, 1)
    ]
    out += ["", f"## {H_AGENDA}", ""]
    out += table(
        ["时间", "时长", "环节", "内容与方法", "来源"],
        [
            [f"{clock(s)}–{clock(e)}", f"{i.minutes} 分钟", i.activity, i.content, "\n".join(i.sources)]
            for s, e, i in plan.timeline()
        ]
        + [["合计", f"{plan.total_minutes} 分钟", "", "", ""]],
    )
    out += ["", f"## {H_KEYPOINTS}"]
    for kp in plan.key_points:
        out += ["", f"### {kp.skill}", "", f"来源：{kp.source}（《{kp.title}》）"]
        for name, items, numbered in _key_point_lists(kp):
            if items:
                out += ["", f"**{name}**", ""]
                out += [f"{n}. {x}" if numbered else f"- {x}" for n, x in enumerate(items, 1)]
    if plan.case:
        c = plan.case
        out += ["", f"## {H_CASE}：{c.title}", "", f"出处：{c.publication}；{c.source}", "", f"选择理由：{c.reason}"]
        for name, text in _case_story(c):
            if text:
                out += ["", f"### {name}", "", text]
        if c.practices:
            out += ["", f"### {PRACTICES}", "", *(f"- {p}" for p in c.practices)]
        out += ["", "### 讨论问题", "", *(f"{n}. {q}" for n, q in enumerate(c.questions, 1))]
    out += ["", f"## {H_ROLEPLAYS}"]
    for i, rp in enumerate(plan.roleplays, 1):
        out += [
            "",
            f"### 角色扮演{i}：{rp.title}（{rp.minutes} 分钟）",
            "",
            f"来源：{rp.source}（{rp.skill}）　分组：{rp.grouping}",
            "",
            "**角色**",
            "",
            *(f"- {r}" for r in rp.roles),
            "",
            "**情境**",
            "",
            rp.situation,
            "",
            "**任务与提示**",
            "",
            *(f"- {p}" for p in rp.prompts),
            "",
            "**观察员检查表**",
            "",
        ]
        out += table(
            ["序号", "检查项", "做到", "没做到", "备注"],
            [[str(n), x, "□", "□", ""] for n, x in enumerate(rp.checklist, 1)],
        )
        if rp.debrief:
            out += ["", f"**复盘**：{rp.debrief}"]
    out += ["", f"## {H_MATERIALS}", "", *(f"- {m}" for m in plan.materials)]
    out += ["", "---", "", *("#" + line if line.startswith("#") else line for line in plan.handout.splitlines())]
    out += ["", "---", "", f"## {H_QUIZ}：{plan.title}", "", "姓名：__________　日期：__________", ""]
    out += table(
        ["题号", "题型", "题目与选项"],
        [[str(n), q.kind, "\n".join([q.question, *q.options])] for n, q in enumerate(plan.quiz, 1)],
    )
    out += ["", "---", "", f"## {H_ANSWERS}", ""]
    out += table(
        ["题号", "题目", "答案", "出处"], [[str(n), q.question, q.answer, q.source] for n, q in enumerate(plan.quiz, 1)]
    )
    out += ["", "全部出处：" + "；".join(plan.sources()), ""]
    return "\n".join(out)


def file_stem(plan: CoursePlan) -> str:
    """A safe file name (without extension) for downloads."""
    stem = re.sub(r'[\\/:*?"<>|\s]+', "_", plan.title).strip("_")[:60]
    return stem or "课程方案"
