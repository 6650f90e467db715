"""Content checks for the knowledge base: skills, cases, pilot metrics and eval sets.

These tests read the files under ``knowledge/`` and ``tests/data/eval/`` and fail
(never skip) when a file is missing, malformed, or inconsistent with another file.
Tests are parametrized by file so a failure names the file that broke.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # allow running from another working directory
    sys.path.insert(0, str(ROOT))

from tandem.text.frontmatter import split_front_matter  # noqa: E402

KNOWLEDGE = ROOT / "knowledge"
SKILLS_DIR = KNOWLEDGE / "skills"
CASES_DIR = KNOWLEDGE / "cases"
METRICS_CSV = KNOWLEDGE / "metrics" / "pilot_metrics.csv"
EVAL_DIR = ROOT / "tests" / "data" / "eval"

# --- the contract from the content brief -------------------------------------------

ISSUE_15_SKILLS = (  # situations volunteers meet every week
    "fire-safety-e-bikes",
    "first-aid-basics",
    "child-protection-reporting",
    "dementia-friendly-support",
    "disability-assistance",
    "volunteer-rights-and-rules",
    "extreme-weather-outages",
    "welfare-referral",
    "psychological-first-aid-grief",
)
SKILL_SLUGS = [
    "silent-listening",
    "empathic-response",
    "listen-empathize-guide",
    "attuned-companionship",
    "reminiscence-therapy",
    "visiting-elders-living-alone",
    "calming-and-mediation",
    "crisis-identification-referral",
    "home-visits-needs-assessment",
    "resource-mapping",
    "hazard-reporting",
    "digital-help-for-elders",
    "youth-activity-safety",
    "serving-new-employment-groups",
    "volunteer-self-care",
    "privacy-confidentiality",
    *ISSUE_15_SKILLS,
]
CASE_SLUGS = [
    "beijing-37-community-pilot",
    "bakeyang-courier-volunteers",
    "haite-garden-xinyu-program",
    "kaiyangli-liangxiaoya-resource-map",
    "shapotou-district-overview",
    "wenchang-partner-program",
    "minzuxiang-shiliu-livestream",
    "wenchang-social-work-night-school",
    "xindun-little-ants-classroom",
    "jinta-dongbeijie-three-dimensional",
]
SKILL_SECTIONS = [
    "适用情境",
    "核心要点",
    "操作步骤",
    "常见误区",
    "话术示例",
    "何时转介社工",
    "练习与角色扮演",
    "小测验（含答案）",
    "依据",  # the laws and standards the module's advice rests on (issue 15)
]
CASE_SECTIONS = ["背景", "社工做了什么", "志愿者做了什么", "成效与数据", "可复制的做法", "相关技能模块"]
AUDIENCES = {"新志愿者", "快递员志愿者", "青少年与家长", "老年志愿者", "社区工作者与网格员"}
CSV_HEADER = ["region", "community", "program", "metric", "value", "unit", "period", "source", "quote"]
EVAL_KEYS = {"q", "sources", "expect", "type", "split"}  # split: dev | heldout | heldout2 (issue 16)
EVAL_OPTIONAL_KEYS = {"accept"}  # other verbatim wordings of the expected fact in the knowledge base
EVAL_TYPES = {"skill", "figure", "paraphrase", "offtopic"}
HOTLINES = ("110", "120", "12356")
MIN_SKILLS = 25
MIN_CASES = 8
MIN_SECTION_CHARS = 60
MIN_CASE_SECTION_CHARS = 40
MIN_SKILL_CJK_CHARS = 2000

# --- helpers ----------------------------------------------------------------------

_HEADING2 = re.compile(r"^##[ \t]+(.+?)[ \t]*#*[ \t]*$")
_LINK = re.compile(r"!?\[[^\]]*\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)")
_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_NUMBER = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)\s*(万|亿)?")
_DATE_PATTERNS = [
    re.compile(r"\d{4}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?"),
    re.compile(r"\d{4}-\d{1,2}-\d{1,2}"),
    re.compile(r"\d{1,2}\s*月\s*\d{1,2}\s*日"),
]
_CN_DIGITS = {0: "零", 1: "一", 2: "二", 3: "三", 4: "四", 5: "五", 6: "六", 7: "七", 8: "八", 9: "九", 10: "十"}


def read(path: Path) -> tuple[dict, str]:
    """Front matter and body of a Markdown file (fails the test if the file is missing)."""
    assert path.is_file(), f"missing file: {path.relative_to(ROOT)}"
    return split_front_matter(path.read_text(encoding="utf-8"))


def h1(body: str) -> str | None:
    for line in body.splitlines():
        if line.startswith("# "):
            return line[2:].strip()
        if line.strip():
            return None
    return None


def sections(body: str) -> list[tuple[str, str]]:
    """``[(heading, text)]`` for every ``##`` heading, in document order."""
    out: list[tuple[str, list[str]]] = []
    in_fence = False
    for line in body.splitlines():
        if line.lstrip().startswith("```"):
            in_fence = not in_fence
        match = None if in_fence else _HEADING2.match(line)
        if match:
            out.append((match.group(1).strip(), []))
        elif out:
            out[-1][1].append(line)
    return [(heading, "\n".join(lines).strip()) for heading, lines in out]


def section(body: str, name: str) -> str:
    for heading, text in sections(body):
        if heading == name:
            return text
    raise AssertionError(f"section ## {name} not found")


def visible_len(text: str) -> int:
    return len(re.sub(r"\s+", "", text))


def figures_in(text: str) -> list[float]:
    """Arabic-numeral figures in ``text`` in base units (``5万`` -> 50000), dates removed."""
    for pattern in _DATE_PATTERNS:
        text = pattern.sub(" ", text)
    values = []
    for number, scale in _NUMBER.findall(text):
        value = float(number)
        if scale == "万":
            value *= 10_000
        elif scale == "亿":
            value *= 100_000_000
        values.append(value)
    return values


def mentions_value(quote: str, value: float) -> bool:
    """Does ``quote`` write ``value`` in some form: 50000 as "5万"/"5 万", 2 as "2"/"二"/"两"?"""
    if any(abs(found - value) < 1e-9 for found in figures_in(quote)):
        return True
    if value == int(value) and int(value) in _CN_DIGITS:
        chars = {_CN_DIGITS[int(value)]} | ({"两"} if int(value) == 2 else set())
        return any(char in quote for char in chars)
    return False


def md_files(directory: Path) -> list[Path]:
    return sorted(directory.glob("*.md")) if directory.is_dir() else []


def _ids(paths: list[Path]) -> list[str]:
    return [str(p.relative_to(ROOT)) for p in paths]


def _union(directory: Path, slugs: list[str]) -> list[Path]:
    """Files the brief requires plus any others present, so missing ones fail rather than vanish."""
    return sorted({directory / f"{slug}.md" for slug in slugs} | set(md_files(directory)))


def _read_csv_rows() -> list[dict[str, str]]:
    if not METRICS_CSV.is_file():
        return []
    with METRICS_CSV.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


SKILL_FILES = _union(SKILLS_DIR, SKILL_SLUGS)
CASE_FILES = _union(CASES_DIR, CASE_SLUGS)
KNOWLEDGE_MD = sorted(KNOWLEDGE.rglob("*.md")) if KNOWLEDGE.is_dir() else []
KNOWLEDGE_TEXT = "\n".join(path.read_text(encoding="utf-8") for path in KNOWLEDGE_MD)
CSV_ROWS = _read_csv_rows()
EVAL_FILES = sorted({EVAL_DIR / "cases.jsonl", EVAL_DIR / "offtopic.jsonl"} | set(EVAL_DIR.glob("*.jsonl")))


def csv_values_by_source() -> dict[str, list[float]]:
    values: dict[str, list[float]] = {}
    for row in CSV_ROWS:
        try:
            values.setdefault(row["source"], []).append(float(row["value"]))
        except (KeyError, TypeError, ValueError):
            continue
    return values


# --- skill modules ----------------------------------------------------------------


def test_skill_module_count_and_names():
    present = {p.stem for p in md_files(SKILLS_DIR)}
    assert len(present) >= MIN_SKILLS, f"only {len(present)} skill files: {sorted(present)}"
    missing = sorted(set(SKILL_SLUGS) - present)
    assert not missing, f"skill files named in the brief are missing: {missing}"


@pytest.mark.parametrize("path", SKILL_FILES, ids=_ids(SKILL_FILES))
def test_skill_front_matter(path: Path):
    meta, body = read(path)
    assert set(meta) == {"title", "skill", "audience", "duration", "tags"}, f"front matter keys: {sorted(meta)}"
    for key in ("title", "skill"):
        assert isinstance(meta[key], str) and meta[key].strip(), f"{key} must be a non-empty string"
    assert isinstance(meta["duration"], int) and not isinstance(meta["duration"], bool), "duration must be an int"
    assert 5 <= meta["duration"] <= 240, f"duration {meta['duration']} minutes is implausible"
    for key in ("audience", "tags"):
        value = meta[key]
        assert isinstance(value, list) and value, f"{key} must be a non-empty list"
        assert all(isinstance(item, str) and item.strip() for item in value), f"{key} items must be strings"
    unknown = sorted(set(meta["audience"]) - AUDIENCES)
    assert not unknown, f"audience values outside the brief's list: {unknown}"
    assert h1(body) == meta["title"], "body must start with '# <title>' matching front matter"


@pytest.mark.parametrize("path", SKILL_FILES, ids=_ids(SKILL_FILES))
def test_skill_sections_in_order_and_substantial(path: Path):
    _, body = read(path)
    found = sections(body)
    assert [heading for heading, _ in found] == SKILL_SECTIONS
    thin = [heading for heading, text in found if visible_len(text) < MIN_SECTION_CHARS]
    assert not thin, f"sections shorter than {MIN_SECTION_CHARS} characters: {thin}"
    cjk = len(_CJK.findall(body))
    assert cjk >= MIN_SKILL_CJK_CHARS, f"only {cjk} Chinese characters; the brief asks for ~2500-4000"


@pytest.mark.parametrize("path", SKILL_FILES, ids=_ids(SKILL_FILES))
def test_skill_section_contents(path: Path):
    _, body = read(path)
    points = section(body, "核心要点")
    bold = re.findall(r"^\s*(?:[-*+]|\d+[.．、)])\s*\*\*", points, re.MULTILINE)
    # (eight at most: first aid teaches one point per emergency, and a bleed told under a burn's heading was answered
    # with the burn's steps)
    assert 4 <= len(bold) <= 8, f"核心要点 needs 4-8 bold-led points, found {len(bold)}"
    steps = re.findall(r"^\d+[.．、)]\s*\S", section(body, "操作步骤"), re.MULTILINE)
    assert 5 <= len(steps) <= 8, f"操作步骤 needs 5-8 numbered steps, found {len(steps)}"
    scripts = section(body, "话术示例")
    assert "不要说" in scripts, "话术示例 must mark phrasings to avoid with 不要说"
    assert len(re.findall(r"“[^”]+”", scripts)) >= 3, "话术示例 needs several quoted lines"
    referral = section(body, "何时转介社工")
    assert "社工" in referral and any(n in referral for n in HOTLINES), "何时转介社工 must name 社工 and 110/120/12356"
    roleplay = section(body, "练习与角色扮演")
    for role in ("志愿者", "居民", "观察员"):
        assert role in roleplay, f"练习与角色扮演 lacks the role {role}"


@pytest.mark.parametrize("path", SKILL_FILES, ids=_ids(SKILL_FILES))
def test_skill_quiz_has_answers(path: Path):
    _, body = read(path)
    quiz = section(body, "小测验（含答案）")
    answers = re.findall(r"^\s*(?:[-*>]\s*)?(?:\*\*)?答案", quiz, re.MULTILINE)
    assert len(answers) >= 4, f"小测验 needs >= 4 '答案' lines, found {len(answers)}"
    assert re.search(r"(?<![A-Za-z])A[.．、)）:：]", quiz) and re.search(r"(?<![A-Za-z])D[.．、)）:：]", quiz), (
        "小测验 needs at least one single-choice question with options A-D"
    )


# --- case reports -----------------------------------------------------------------


def test_case_report_count_and_names():
    present = {p.stem for p in md_files(CASES_DIR)}
    assert len(present) >= MIN_CASES, f"only {len(present)} case files: {sorted(present)}"
    missing = sorted(set(CASE_SLUGS) - present)
    assert not missing, f"case files named in the brief are missing: {missing}"


@pytest.mark.parametrize("path", CASE_FILES, ids=_ids(CASE_FILES))
def test_case_front_matter(path: Path):
    meta, body = read(path)
    required = {"title", "region", "community", "program", "date", "source"}
    assert required <= set(meta), f"missing front matter keys: {sorted(required - set(meta))}"
    for key in required - {"date"}:
        assert isinstance(meta[key], str) and meta[key].strip(), f"{key} must be a non-empty string"
    # a date only where the source gives one: the publication's own date, or nothing
    date = meta["date"]
    stated = re.search(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日", meta["source"])
    if stated:
        expected = dt.date(*(int(g) for g in stated.groups()))
        assert date == expected or str(date) == expected.isoformat(), (
            f"date {date!r} differs from the source's {expected}"
        )
    else:
        assert date in (None, ""), f"the source {meta['source']!r} gives no date, but date is {date!r}"
    assert re.match(r"《[^》]+》|新华网|甘肃社会工作网", meta["source"]), (
        f"source must name the publication: {meta['source']!r}"
    )
    skills = meta.get("skills")
    assert isinstance(skills, list) and skills, "skills must be a non-empty list of skill slugs"
    unknown = sorted(set(skills) - set(SKILL_SLUGS))
    assert not unknown, f"unknown skill slugs: {unknown}"
    assert h1(body) == meta["title"], "body must start with '# <title>' matching front matter"


@pytest.mark.parametrize("path", CASE_FILES, ids=_ids(CASE_FILES))
def test_case_sections_in_order_and_substantial(path: Path):
    meta, body = read(path)
    found = sections(body)
    assert [heading for heading, _ in found] == CASE_SECTIONS
    thin = [heading for heading, text in found if visible_len(text) < MIN_CASE_SECTION_CHARS]
    assert not thin, f"sections shorter than {MIN_CASE_SECTION_CHARS} characters: {thin}"
    related = section(body, "相关技能模块")
    linked = set(re.findall(r"\(\.\./skills/([a-z0-9-]+)\.md\)", related))
    missing = sorted(set(meta.get("skills") or []) - linked)
    assert not missing, f"skills in front matter not linked under 相关技能模块: {missing}"


@pytest.mark.parametrize("path", CASE_FILES, ids=_ids(CASE_FILES))
def test_case_figures_are_in_metrics_csv(path: Path):
    _, body = read(path)
    source = str(path.relative_to(ROOT))
    known = csv_values_by_source().get(source, [])
    results = section(body, "成效与数据")
    missing = sorted({v for v in figures_in(results) if not any(abs(v - k) < 1e-9 for k in known)})
    assert not missing, f"figures in 成效与数据 absent from {METRICS_CSV.name} rows with source {source}: {missing}"


# --- pilot metrics CSV ------------------------------------------------------------


def test_metrics_csv_header_and_rows():
    assert METRICS_CSV.is_file(), f"missing {METRICS_CSV.relative_to(ROOT)}"
    with METRICS_CSV.open(encoding="utf-8", newline="") as handle:
        header = next(csv.reader(handle))
    assert header == CSV_HEADER
    assert len(CSV_ROWS) >= 20, f"only {len(CSV_ROWS)} metric rows"


def test_metrics_csv_has_no_duplicates():
    full = Counter(tuple(row.get(k) for k in CSV_HEADER) for row in CSV_ROWS)
    assert not [r for r, n in full.items() if n > 1], "duplicate rows in metrics CSV"
    keys = Counter((r["region"], r["community"], r["program"], r["metric"], r["period"]) for r in CSV_ROWS)
    assert not [k for k, n in keys.items() if n > 1], f"duplicate metric keys: {[k for k, n in keys.items() if n > 1]}"


@pytest.mark.parametrize(
    "row", CSV_ROWS, ids=[f"csv-line{n}-{Path(r.get('source') or '?').stem}" for n, r in enumerate(CSV_ROWS, 2)]
)
def test_metrics_row(row: dict[str, str]):
    assert None not in row and all(row.get(k) is not None for k in CSV_HEADER), "row has the wrong number of fields"
    for key in ("region", "program", "metric", "unit", "source", "quote"):
        assert row[key].strip(), f"{key} is empty"
    value = float(row["value"])  # raises if not numeric
    assert value >= 0
    source = ROOT / row["source"]
    assert row["source"].startswith("knowledge/cases/") and source.is_file(), f"bad source {row['source']}"
    text = source.read_text(encoding="utf-8")
    assert row["quote"] in text, f"quote not found verbatim in {row['source']}: {row['quote']}"
    assert mentions_value(row["quote"], value), f"quote {row['quote']!r} does not state value {row['value']}"
    meta, _ = split_front_matter(text)
    assert row["region"] == meta.get("region"), "region differs from the case file's front matter"
    assert row["program"] == meta.get("program"), "program differs from the case file's front matter"
    assert row["community"] in ("", meta.get("community")), "community differs from the case file's front matter"
    if not meta.get("date"):  # the source gives no date: neither does the figure
        assert not row["period"].strip(), f"period {row['period']!r} for a source that gives no date"
    assert "每" not in row["metric"], "a ratio or group size is not a pilot metric"


def test_mentions_value_helper():
    assert mentions_value("服务时长超过5万小时", 50000)
    assert mentions_value("服务时长超过 5 万小时", 50000)
    assert mentions_value("价值90万元", 900000)
    assert mentions_value("降幅达51%", 51)
    assert mentions_value("已经办到第二期", 2)
    assert not mentions_value("服务时长超过5万小时", 5)
    assert not mentions_value("58名成员", 5)
    assert figures_in("2025年7月12日，共37个社区") == [37.0]


# --- links and titles across the knowledge base -------------------------------------


@pytest.mark.parametrize("path", KNOWLEDGE_MD, ids=_ids(KNOWLEDGE_MD))
def test_relative_links_resolve(path: Path):
    broken = []
    for target in _LINK.findall(path.read_text(encoding="utf-8")):
        if _SCHEME.match(target) or target.startswith("#"):
            continue
        file_part = target.split("#", 1)[0]
        if file_part and not (path.parent / file_part).resolve().exists():
            broken.append(target)
    assert not broken, f"broken relative links: {broken}"


def test_knowledge_titles_unique():
    assert KNOWLEDGE_MD, "knowledge/ has no Markdown files"
    titles: dict[str, list[str]] = {}
    for path in KNOWLEDGE_MD:
        meta, body = split_front_matter(path.read_text(encoding="utf-8"))
        title = meta.get("title") or h1(body)
        assert title, f"{path.relative_to(ROOT)} has no title"
        titles.setdefault(str(title).strip(), []).append(str(path.relative_to(ROOT)))
    duplicates = {t: ps for t, ps in titles.items() if len(ps) > 1}
    assert not duplicates, f"duplicate titles: {duplicates}"


# --- labelled evaluation questions ---------------------------------------------------


def _eval_lines(path: Path) -> list[tuple[int, str]]:
    assert path.is_file(), f"missing {path.relative_to(ROOT)}"
    return [(n, line) for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if line.strip()]


@pytest.mark.parametrize("path", EVAL_FILES, ids=_ids(EVAL_FILES))
def test_eval_file_lines(path: Path):
    lines = _eval_lines(path)
    assert lines, "eval file is empty"
    problems = []
    for n, line in lines:
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(f"line {n}: not JSON ({exc})")
            continue
        if not isinstance(item, dict) or not EVAL_KEYS <= set(item) <= EVAL_KEYS | EVAL_OPTIONAL_KEYS:
            problems.append(f"line {n}: keys must be {sorted(EVAL_KEYS)}, optionally {sorted(EVAL_OPTIONAL_KEYS)}")
            continue
        if not (isinstance(item["q"], str) and item["q"].strip()):
            problems.append(f"line {n}: empty question")
        if item["type"] not in EVAL_TYPES:
            problems.append(f"line {n}: unknown type {item['type']!r}")
        if not isinstance(item["sources"], list) or not isinstance(item["expect"], str):
            problems.append(f"line {n}: sources must be a list and expect a string")
            continue
        if item["type"] == "offtopic":
            if item["sources"] or item["expect"]:
                problems.append(f"line {n}: offtopic questions have no sources and empty expect")
            continue
        if not item["sources"]:
            problems.append(f"line {n}: no sources")
            continue
        missing = [s for s in item["sources"] if not (ROOT / s).is_file()]
        if missing:
            problems.append(f"line {n}: sources do not exist: {missing}")
            continue
        if not 2 <= len(item["expect"]) <= 12:
            problems.append(f"line {n}: expect should be 2-12 characters")
        if item["expect"] not in (ROOT / item["sources"][0]).read_text(encoding="utf-8"):
            problems.append(f"line {n}: expect {item['expect']!r} not in {item['sources'][0]}")
        accept = item.get("accept", [])
        if not isinstance(accept, list) or not all(isinstance(a, str) and len(a) >= 2 for a in accept):
            problems.append(f"line {n}: accept must be a list of wordings")
            continue
        for wording in accept:
            if wording == item["expect"] or wording not in KNOWLEDGE_TEXT:
                problems.append(f"line {n}: accepted wording {wording!r} is not a knowledge-base phrase of its own")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("path", CASE_FILES, ids=_ids(CASE_FILES))
def test_each_case_has_eval_questions(path: Path):
    source = str(path.relative_to(ROOT))
    items = [json.loads(line) for _, line in _eval_lines(EVAL_DIR / "cases.jsonl")]
    mine = [item for item in items if (item.get("sources") or [None])[0] == source]
    assert len(mine) >= 3, f"{len(mine)} questions in cases.jsonl for {source}, need 3"
    assert any(item["type"] == "paraphrase" for item in mine), f"no paraphrase question for {source}"


def test_offtopic_questions():
    items = [json.loads(line) for _, line in _eval_lines(EVAL_DIR / "offtopic.jsonl")]
    assert len(items) >= 12
    assert all(item["type"] == "offtopic" for item in items)
    assert len({item["q"] for item in items}) == len(items), "duplicate offtopic questions"
