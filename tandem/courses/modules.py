"""Skill modules and case reports parsed into the structured sections a course is built from.

A skill module (knowledge/skills/*.md) yields key points, steps, misconceptions,
phrases (and what not to say), escalation triggers, role-plays and quiz questions
with answers; a case report (knowledge/cases/*.md) yields its story sections and
replicable practices.  Every item keeps the ``source`` path of its file, relative
to the knowledge folder's parent (``knowledge/skills/silent-listening.md``), so a
plan can cite it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from tandem.text.frontmatter import split_front_matter
from tandem.text.knowledge_format import (
    BACKGROUND,
    ESCALATION,
    EXERCISES,
    KEY_POINTS,
    MISCONCEPTIONS,
    OUTCOMES,
    PHRASES,
    PRACTICES,
    QUIZ,
    SITUATIONS,
    SOCIAL_WORKER,
    STEPS,
    VOLUNTEERS,
    blocks,
    clean_inline,
    list_items,
    paragraphs,
    plain,
    quiz_questions,
    section,
    split_sections,
)

_BOLD_HEAD = re.compile(r"^\*\*(.+?)\*\*\s*(?:[（(]([^）)]*)[）)])?\s*[：:]?\s*(.*)$")
_LABEL = re.compile(r"^(?:\*\*)?([^*：:]{1,12}?)(?:\*\*)?[：:]\s*(.*)$", re.DOTALL)
_ANSWER_KEY = re.compile(r"^([A-F](?:[、,，]?[A-F])*)(?=[。．.，,；;\s]|$)")
_GROUP_SIZE = {"两人": 2, "二人": 2, "三人": 3, "四人": 4, "五人": 5, "六人": 6}


def lead_of(item: str) -> str:
    """The short head of a list item: its bold lead, else the part before ``——``, else the first clause."""
    match = re.match(r"^\*\*(.+?)\*\*", item)
    if match:
        lead = match.group(1)
    else:
        text = plain(item)
        lead = text.split("——", 1)[0] if "——" in text else re.split(r"[。；;：:]", text, maxsplit=1)[0]
    lead = re.sub(r"^误区[一二三四五六七八九十\d]+[：:]\s*", "", lead.strip())
    return lead.strip().rstrip("。；;：:，, ")


@dataclass
class Phrase:
    text: str
    context: str = ""


@dataclass
class RolePlay:
    title: str
    source: str
    grouping: str = ""  # e.g. "三人一组，每轮12分钟"
    roles: list[str] = field(default_factory=list)
    situation: str = ""
    task: str = ""
    checklist: list[str] = field(default_factory=list)
    debrief: str = ""
    extension: str = ""  # the "加练" variation, if any

    @property
    def group_size(self) -> int:
        for word, n in _GROUP_SIZE.items():
            if word in self.grouping:
                return n
        return max(len(self.roles), 3) if self.roles else 3

    @property
    def round_minutes(self) -> int | None:
        match = re.search(r"每(?:轮|人)\s*(\d+)\s*分钟", self.grouping)
        return int(match.group(1)) if match else None


@dataclass
class Exercise:
    title: str
    source: str
    meta: str
    text: str


@dataclass
class QuizItem:
    kind: str  # 单选 / 多选 / 简答 / 判断
    question: str
    options: list[str]
    answer: str
    source: str

    @property
    def answer_key(self) -> str:
        """The option letter(s) for choice questions, else ''."""
        match = _ANSWER_KEY.match(self.answer.strip())
        return match.group(1) if match and self.options else ""


@dataclass
class SkillModule:
    slug: str
    source: str
    title: str
    skill: str
    audience: list[str]
    duration: int
    tags: list[str]
    situations: list[str]
    intro: str
    key_points: list[str]
    steps: list[str]
    misconceptions: list[str]
    phrases: list[Phrase]
    donts: list[str]
    escalation: list[str]
    roleplays: list[RolePlay]
    exercises: list[Exercise]
    quiz: list[QuizItem]
    text: str  # the whole body, for keyword matching


@dataclass
class CaseReport:
    slug: str
    source: str
    title: str
    region: str
    community: str
    program: str
    date: str
    publication: str
    skills: list[str]
    background: str
    social_worker: str
    volunteers: str
    outcomes: str
    practices: list[str]
    text: str

    @property
    def is_overview(self) -> bool:
        """A district- or city-wide summary rather than one community's story."""
        return "总体" in self.title


@dataclass
class Library:
    skills: list[SkillModule]
    cases: list[CaseReport]
    root: Path  # the folder sources are relative to
    skipped: list[str] = field(default_factory=list)  # files that could not be parsed, with the reason

    def skill(self, slug: str) -> SkillModule:
        for module in self.skills:
            if module.slug == slug:
                return module
        raise KeyError(slug)

    def case(self, slug: str) -> CaseReport:
        for case in self.cases:
            if case.slug == slug:
                return case
        raise KeyError(slug)


# ---- sections -------------------------------------------------------------------------


def parse_phrases(text: str) -> tuple[list[Phrase], list[str]]:
    """(phrases to use, things not to say) from a 话术示例 section."""
    phrases: list[Phrase] = []
    donts: list[str] = []
    context = ""
    for block in blocks(text):
        if block.kind == "para":
            context = plain(block.text).rstrip("：:")
            continue
        item = clean_inline(block.text)
        if "不要说" in context or item.startswith("不要说"):
            donts.append(re.sub(r"^不要说[：:]?\s*", "", item))
        else:
            phrases.append(Phrase(item, context))
    return phrases, donts


def parse_roleplays(text: str, source: str) -> tuple[list[RolePlay], list[Exercise]]:
    """Role-plays (roles, situation, task, observer checklist, debrief) and other exercises."""
    roleplays: list[RolePlay] = []
    exercises: list[Exercise] = []
    chunks: list[list[str]] = []
    for line in text.splitlines():
        if line.startswith("**"):
            chunks.append([line])
        elif chunks:
            chunks[-1].append(line)
    for chunk in chunks:
        head = _BOLD_HEAD.match(chunk[0].strip())
        if not head:
            continue
        title, meta, rest = head.group(1).strip(), (head.group(2) or "").strip(), head.group(3).strip()
        body = blocks("\n".join(chunk[1:]))
        if "检查" in title and roleplays:  # a separate "观察员检查清单" block belongs to the role-play before it
            roleplays[-1].checklist.extend(plain(b.text) for b in body if b.kind == "item")
            continue
        if title.startswith("加练") and roleplays:
            roleplays[-1].extension = plain(rest or " ".join(b.text for b in body))
            continue
        paragraph = plain(" ".join([rest, *(b.text for b in body if b.kind == "para")]))
        if "角色扮演" not in title:
            exercises.append(Exercise(plain(re.sub(r"^练习[一二三四五]+[：:]\s*", "", title)), source, meta, paragraph))
            continue
        rp_title = plain(re.sub(r"^.*?角色扮演[一二三四五]?[：:]?\s*", "", title))
        if rp_title.startswith("“") and rp_title.endswith("”") and rp_title.count("“") == 1:
            rp_title = rp_title[1:-1]
        rp = RolePlay(title=rp_title, source=source, grouping=meta)
        situations: list[str] = []
        for block in body:
            if block.kind != "item":
                continue
            label = _LABEL.match(block.text)
            if not label:
                continue
            name, value = label.group(1).strip(), plain(label.group(2))
            if name.startswith("角色"):
                rp.roles = split_roles(value)
            elif name.startswith("情境"):
                situations.append(value if name == "情境" else f"{name}：{value}")
            elif name.startswith(("任务", "要求", "规则")):
                rp.task = f"{rp.task} {value}".strip() if rp.task else value
            elif "检查" in name:
                rp.checklist.extend(plain(c) for c in block.children)
            elif name.startswith("复盘"):
                rp.debrief = value
        rp.situation = "\n".join(situations) or paragraph
        if not rp.checklist and "观察要点" in paragraph:
            points = paragraph.split("观察要点", 1)[1].lstrip("：: ")
            rp.checklist = [p.strip("。 ") + "？" for p in re.split(r"[，,；;]", points) if p.strip("。 ")]
            rp.situation = paragraph.split("观察要点", 1)[0].strip()
        roleplays.append(rp)
    return roleplays, exercises


def split_roles(text: str) -> list[str]:
    """Split "志愿者；居民王奶奶（独居，…）；观察员。" at top-level ；/、 (not inside brackets or quotes)."""
    roles: list[str] = []
    depth = 0
    current = ""
    for ch in text.strip().rstrip("。"):
        if ch in "（(“「":
            depth += 1
        elif ch in "）)”」":
            depth = max(depth - 1, 0)
        if ch in "；;、" and depth == 0:
            if current.strip():
                roles.append(current.strip())
            current = ""
        else:
            current += ch
    if current.strip():
        roles.append(current.strip())
    return roles


def parse_quiz(text: str, source: str) -> list[QuizItem]:
    """Numbered questions with inline or one-per-line options and an ``答案：`` paragraph."""
    quiz: list[QuizItem] = []
    for item in quiz_questions(text):
        if not item.kind:
            continue
        choice = item.kind != "简答" and len(item.options) >= 2
        options = [plain(f"{letter}. {option}") for letter, option in item.options] if choice else []
        quiz.append(
            QuizItem(item.kind, plain(item.question if choice else item.asked), options, plain(item.answer), source)
        )
    return quiz


# ---- files ----------------------------------------------------------------------------


def _as_list(value: object) -> list[str]:
    if isinstance(value, list):
        return [str(v) for v in value]
    return [str(value)] if value else []


def parse_skill(path: Path, root: Path) -> SkillModule:
    meta, body = split_front_matter(path.read_text(encoding="utf-8"))
    sections = split_sections(body)
    source = path.resolve().relative_to(root.resolve()).as_posix()
    phrases, donts = parse_phrases(section(sections, PHRASES))
    roleplays, exercises = parse_roleplays(section(sections, EXERCISES), source)
    situations_text = section(sections, SITUATIONS)
    try:
        duration = int(meta.get("duration") or 60)
    except (TypeError, ValueError):
        duration = 60
    return SkillModule(
        slug=path.stem,
        source=source,
        title=str(meta.get("title") or path.stem),
        skill=str(meta.get("skill") or meta.get("title") or path.stem),
        audience=_as_list(meta.get("audience")),
        duration=duration,
        tags=_as_list(meta.get("tags")),
        situations=list_items(situations_text),
        intro=" ".join(paragraphs(situations_text)[:1]),
        key_points=list_items(section(sections, KEY_POINTS)),
        steps=list_items(section(sections, STEPS)),
        misconceptions=list_items(section(sections, MISCONCEPTIONS)),
        phrases=phrases,
        donts=donts,
        escalation=list_items(section(sections, ESCALATION)),
        roleplays=roleplays,
        exercises=exercises,
        quiz=parse_quiz(section(sections, QUIZ), source),
        text=plain(body),
    )


def parse_case(path: Path, root: Path) -> CaseReport:
    meta, body = split_front_matter(path.read_text(encoding="utf-8"))
    sections = split_sections(body)

    def prose(name: str) -> str:
        return " ".join(plain(p) for p in paragraphs(section(sections, name)))

    return CaseReport(
        slug=path.stem,
        source=path.resolve().relative_to(root.resolve()).as_posix(),
        title=str(meta.get("title") or path.stem),
        region=str(meta.get("region") or ""),
        community=str(meta.get("community") or ""),
        program=str(meta.get("program") or ""),
        date=str(meta.get("date") or ""),
        publication=str(meta.get("source") or ""),
        skills=_as_list(meta.get("skills")),
        background=prose(BACKGROUND),
        social_worker=prose(SOCIAL_WORKER),
        volunteers=prose(VOLUNTEERS),
        outcomes=prose(OUTCOMES),
        practices=list_items(section(sections, PRACTICES)),
        text=plain(body),
    )


def load_library(knowledge_dir: Path) -> Library:
    """All skill modules and case reports under ``knowledge_dir`` (sources relative to its parent).

    A file that cannot be read or parsed is skipped and named in ``Library.skipped``.
    """
    knowledge_dir = Path(knowledge_dir)
    root = knowledge_dir.resolve().parent
    skipped: list[str] = []

    def parse_all(folder: str, parse):  # type: ignore[no-untyped-def]
        out = []
        for path in sorted((knowledge_dir / folder).glob("*.md")):
            try:
                out.append(parse(path, root))
            except (OSError, UnicodeDecodeError, ValueError) as exc:  # FrontMatterError is a ValueError
                skipped.append(f"{folder}/{path.name}：{exc}")
        return out

    skills = parse_all("skills", parse_skill)
    cases = parse_all("cases", parse_case)
    return Library(skills=skills, cases=cases, root=root, skipped=skipped)
