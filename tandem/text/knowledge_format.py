"""The knowledge format: how skill modules and case reports are written in Markdown, read in one place.

A document is front matter (``tandem.text.frontmatter``) and ``## `` sections whose names
are the constants below; lists are ``- `` or ``1. `` items, nested items indented.  A skill
module's quiz (小测验) is numbered questions ``1. 单选：…`` with options ``A. …`` (inline or
one a line) and an ``答案：`` paragraph.  This module owns those rules: section names,
splitting into sections and list blocks, the quiz, Markdown to plain text, and escaping
text for Markdown display.  The course builder, the extractive composer, the answer's
section expansion, the exporters and the indexer all read the format through it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# ---- section names (a section is found by the start of its heading: "小测验（含答案）" is QUIZ) ----
# skill modules
SITUATIONS = "适用情境"
KEY_POINTS = "核心要点"
STEPS = "操作步骤"
PHRASES = "话术示例"
MISCONCEPTIONS = "常见误区"
ESCALATION = "何时转介"
ESCALATION_TITLE = "何时转介社工"  # the section's full heading, as labels show it
EXERCISES = "练习与角色扮演"
QUIZ = "小测验"
BASIS = "依据"  # the laws and policies a module rests on (issue #15)
# case reports
BACKGROUND = "背景"
SOCIAL_WORKER = "社工做了什么"
VOLUNTEERS = "志愿者做了什么"
OUTCOMES = "成效与数据"
PRACTICES = "可复制的做法"
RELATED = "相关技能模块"
SKILL_SECTIONS = (SITUATIONS, KEY_POINTS, STEPS, PHRASES, MISCONCEPTIONS, ESCALATION, EXERCISES, QUIZ, BASIS)
CASE_SECTIONS = (BACKGROUND, SOCIAL_WORKER, VOLUNTEERS, OUTCOMES, PRACTICES, RELATED)


# ---- sections and list blocks ------------------------------------------------------------------


def split_sections(body: str) -> dict[str, str]:
    """``## heading`` → text below it (up to the next ``##``)."""
    sections: dict[str, str] = {}
    current: str | None = None
    lines: list[str] = []
    for line in body.splitlines():
        if line.startswith("## "):
            if current is not None:
                sections[current] = "\n".join(lines).strip()
            current, lines = line[3:].strip(), []
        elif current is not None:
            lines.append(line)
    if current is not None:
        sections[current] = "\n".join(lines).strip()
    return sections


def section(sections: dict[str, str], name: str) -> str:
    """The text of the first section whose heading starts with ``name`` (``""`` when none)."""
    for heading, text in sections.items():
        if heading.startswith(name):
            return text
    return ""


_ITEM = re.compile(r"^(\s*)(?:[-*]|(\d+)[.．])\s+(.*)$")


@dataclass
class Block:
    """A top-level list item (nested items as children) or a paragraph."""

    kind: str  # "item" or "para"
    text: str
    children: list[str] = field(default_factory=list)


def blocks(text: str) -> list[Block]:
    """Top-level list items (with nested items as children) and paragraphs."""
    out: list[Block] = []
    for raw in text.splitlines():
        if not raw.strip():
            if out and out[-1].kind == "para":
                out.append(Block("gap", ""))
            continue
        match = _ITEM.match(raw)
        indent = len(raw) - len(raw.lstrip())
        if match and indent == 0:
            out.append(Block("item", match.group(3).strip()))
        elif match and indent >= 2 and out and out[-1].kind == "item":
            out[-1].children.append(match.group(3).strip())
        elif indent >= 2 and out and out[-1].kind == "item":
            if out[-1].children:
                out[-1].children[-1] += raw.strip()
            else:
                out[-1].text += raw.strip()
        elif out and out[-1].kind == "para":
            out[-1].text += raw.strip()
        else:
            out.append(Block("para", raw.strip()))
    return [b for b in out if b.kind != "gap"]


def list_items(text: str) -> list[str]:
    """The top-level list items of ``text``, links reduced to their text."""
    return [clean_inline(b.text) for b in blocks(text) if b.kind == "item"]


def paragraphs(text: str) -> list[str]:
    """The paragraphs of ``text`` (not list items), links reduced to their text."""
    return [clean_inline(b.text) for b in blocks(text) if b.kind == "para"]


# ---- the quiz ----------------------------------------------------------------------------------

# "1. 单选：" at a line start or after a sentence: indexes built before options kept their own
# lines hold "……不配合答案：B。2. 简答：" run together, so the start of a question is found in text too.
_QUIZ_QUESTION = re.compile(r"(?:^|(?<=[\n。？！?!]))\s*\d+[.．、]\s*(单选|多选|判断|简答)题?[：:]\s*")
_QUIZ_ANSWER = re.compile(r"\s*答案[：:]\s*")
_QUIZ_OPTION = re.compile(r"(?<![A-Za-z0-9])([A-F])[.．、]\s*")


@dataclass(frozen=True)
class QuizQuestion:
    """One answered quiz question, as written (Markdown kept, whitespace collapsed)."""

    kind: str  # 单选 / 多选 / 简答 / 判断; "" when the question is in the text before (a chunk boundary)
    question: str  # "" likewise
    asked: str  # all that precedes the answer: the question and its options
    options: tuple[tuple[str, str], ...]  # (letter, text) in order; () for a question without options
    answer: str  # the ``答案：`` paragraph: option letter(s) first for a choice, then the reason


def quiz_questions(text: str) -> list[QuizQuestion]:
    """Every answered question of a quiz section, or of a passage cut from one.

    Options are read inline ("A. 甲 B. 乙") or one a line; a block of options and an
    answer without its question (the question sits in the chunk before) comes with an
    empty kind and question; a question without ``答案：`` is left out.
    """
    starts = list(_QUIZ_QUESTION.finditer(text))
    found: list[QuizQuestion] = []
    for i, begin in enumerate([None, *starts]):
        block = text[begin.end() if begin else 0 : starts[i].start() if i < len(starts) else len(text)]
        parts = _QUIZ_ANSWER.split(block, maxsplit=1)
        if len(parts) < 2 or not parts[1].strip():
            continue
        asked = parts[0]
        marks = list(_QUIZ_OPTION.finditer(asked))
        ends = [m.start() for m in marks[1:]] + [len(asked)]
        options = tuple((m.group(1), " ".join(asked[m.end() : e].split())) for m, e in zip(marks, ends, strict=False))
        question = " ".join((asked[: marks[0].start()] if marks else asked).split()) if begin else ""
        kind = begin.group(1) if begin else ""
        found.append(QuizQuestion(kind, question, " ".join(asked.split()), options, " ".join(parts[1].split())))
    return found


# ---- Markdown to plain text --------------------------------------------------------------------

_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")  # images too, and links with no text
_MD_EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1")


def clean_inline(text: str) -> str:
    """Markdown links become their text; bold markers stay (exporters render them)."""
    return _LINK.sub(r"\1", text).strip()


def plain(text: str) -> str:
    """Text without links or ``**`` emphasis markers."""
    return clean_inline(text).replace("**", "").strip()


def strip_inline_markdown(text: str) -> str:
    """Plain text of a whole document's inline markup, as the index stores it: links keep their text,
    bold loses its stars; everything else (list marks, headings) stays."""
    return _MD_EMPHASIS.sub(r"\2", _MD_LINK.sub(r"\1", text))


# ---- escaping for display ----------------------------------------------------------------------

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]#|<>~$])")


def escape_markdown(text: str) -> str:
    """``text`` escaped so Markdown shows it literally (file names inside messages)."""
    return _MD_SPECIAL.sub(r"\\\1", text)


def escape_math(text: str) -> str:
    """Markdown kept, but ``$`` shown as itself rather than starting LaTeX (answers, questions)."""
    return text.replace("$", "\\$")
