"""Safety checks on the bundled knowledge: what a volunteer reads must be one rule, in one home, on the right law.

Each check is a plain function of a knowledge folder that returns the problems it found, so it
can be run on another copy of the knowledge (``python -m tests.unit.test_knowledge_safety DIR``
prints the counts).  The tests run it on ``knowledge/`` and fail on any problem:

* an emergency or service number outside the allow-list (``114``, ``12320``, ``95598`` …);
* a skill module without its ``## 依据`` list of laws and standards;
* a clause of the crisis protocol (危机识别与转介: 操作步骤, 何时转介社工) copied into another document;
* a protocol restated outside its home (the suicide protocol's numbers next to a suicide trigger,
  a child-abuse report next to a child, a gas leak next to 119, the gift rule next to a red packet, photo consent next to a photo,
  the exception to confidentiality next to a promise of secrecy, outside their modules);
* the same sentence of more than 20 characters in two documents.
"""

from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from pathlib import Path

from tests.unit.test_knowledge import EVAL_DIR, ISSUE_15_SKILLS, KNOWLEDGE

ALLOWED_NUMBERS = frozenset(
    {"110", "119", "120", "122", "12356", "12345", "12338", "96110", "12333", "12348", "12355", "96333"}
)
CRISIS_MODULE = "crisis-identification-referral"
CRISIS_PROTOCOL_SECTIONS = ("操作步骤", "何时转介社工")
MIN_COPIED_CLAUSE = 10  # normalised characters: shorter clauses ("立即拨打120") are common words, not copies
MIN_DUPLICATE_SENTENCE = 21  # "more than 20 characters"

# (protocol, home module, trigger, the protocol's own actions): a line outside the home holding both restates it.
PROTOCOL_HOMES = (
    (
        "自杀风险",
        CRISIS_MODULE,
        re.compile(r"轻生|自杀|自伤|不想活|活着没意思|结束.{0,4}生命|伤害自己"),
        re.compile(r"110|120|12356"),
    ),
    (
        "儿童虐待报告",
        "child-protection-reporting",
        re.compile(
            r"(孩子|儿童|未成年|学生).{0,30}(虐待|打骂|被打|性侵|伤痕|忽视)|(虐待|打骂|被打|性侵|伤痕|忽视).{0,30}(孩子|儿童|未成年)"
        ),
        re.compile(r"110|报警|公安|报案"),
    ),
    ("燃气泄漏", "hazard-reporting", re.compile(r"燃气|煤气|天然气"), re.compile(r"119")),
    (
        "礼物与钱物",
        "volunteer-rights-and-rules",
        re.compile(r"红包|礼物|礼品|购物卡|塞.{0,6}(钱|给)"),
        re.compile(r"不(能|要)?收|婉(拒|言谢绝)|谢绝|交.{0,3}社工.{0,3}登记"),
    ),
    (
        # the exception to confidentiality; the crisis and child-abuse modules keep it as a step of their own protocol
        "保密的例外",
        ("privacy-confidentiality", CRISIS_MODULE, "child-protection-reporting"),
        re.compile(r"(承诺|答应|保证|发誓|替.{0,4})(绝对)?保密|谁(都|也)不告诉"),
        re.compile(r"必须.{0,4}(告诉|报告)|涉及.{0,6}安全"),
    ),
    ("照片同意", "privacy-confidentiality", re.compile(r"拍|照片"), re.compile(r"同意|签字")),
)

# A hotline-looking number: a 3-digit 1xx, or a 5-digit 12xxx / 95xxx / 96xxx, standing alone.
# Not a hotline: part of a longer number or decimal, an article (第110条), a standard (GB 17761),
# or a quantity (100余次, 120分钟, 150米, 101室).
_QUANTITY = "余多名个次位人年月日天元岁分秒时米%％家支项处场期号层户斤度克万亿千百条款章册本页张份组队届周室km"
_HOTLINE = re.compile(r"(?<![\d.,，A-Za-z第\-])(1\d{2}|12\d{3}|9[56]\d{3})(?![\d.,])(?!\s*[" + _QUANTITY + r"])")
_FRONT = re.compile(r"\A---\s*\n.*?\n---\s*\n", re.DOTALL)
_HEADING2 = re.compile(r"^##[ \t]+(.+?)[ \t]*$", re.MULTILINE)
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_LIST_MARK = re.compile(r"^\s*(?:[-*+>]|\d+[.．、)）])\s*")
_SENTENCE_END = re.compile(r"[。！？；\n]")
_CLAUSE_END = re.compile(r"[。！？；，：:、\n]")
_NOT_TEXT = re.compile(r"[\s*`#_>\-—–\"'“”‘’（）()【】\[\]《》〈〉、，,。.！!？?；;：:·…/|]")


# ---- reading ---------------------------------------------------------------------------------
def documents(folder: Path) -> dict[str, str]:
    """``{"skills/x": body}`` for every Markdown file under ``folder`` (front matter removed)."""
    return {
        f"{p.parent.name}/{p.stem}": _FRONT.sub("", p.read_text(encoding="utf-8"), count=1)
        for p in sorted(folder.rglob("*.md"))
    }


def sections_of(body: str) -> dict[str, str]:
    heads = list(_HEADING2.finditer(body))
    return {
        m.group(1).strip(): body[m.end() : heads[i + 1].start() if i + 1 < len(heads) else len(body)]
        for i, m in enumerate(heads)
    }


def normalise(text: str) -> str:
    """Only the words: links become their text, punctuation, spaces and Markdown go."""
    return _NOT_TEXT.sub("", _MD_LINK.sub(r"\1", text))


def sentences(body: str) -> list[str]:
    out = []
    for raw in _SENTENCE_END.split(_MD_LINK.sub(r"\1", body)):
        text = normalise(_LIST_MARK.sub("", raw.strip()))
        if text:
            out.append(text)
    return out


# ---- the checks ------------------------------------------------------------------------------
def hotlines_in(text: str) -> list[str]:
    """Every number in ``text`` that reads as a phone hotline."""
    return _HOTLINE.findall(text)


def unlisted_numbers(folder: Path) -> list[str]:
    problems = []
    for name, body in documents(folder).items():
        for number in hotlines_in(body):
            if number not in ALLOWED_NUMBERS:
                problems.append(f"{name}: {number}")
    return problems


def modules_without_basis(folder: Path) -> list[str]:
    problems = []
    for name, body in documents(folder).items():
        if not name.startswith("skills/"):
            continue
        basis = sections_of(body).get("依据")
        if basis is None:
            problems.append(f"{name}: no ## 依据 section")
            continue
        items = [line for line in basis.splitlines() if _LIST_MARK.match(line) and line.strip()]
        cited = [line for line in items if re.search(r"《[^》]+》", line)]
        if len(cited) < 2:
            problems.append(f"{name}: ## 依据 lists {len(cited)} laws or standards (《…》), need 2")
        if list(sections_of(body))[-1] != "依据":
            problems.append(f"{name}: ## 依据 is not the last section")
    return problems


def copied_protocol_clauses(folder: Path) -> list[str]:
    docs = documents(folder)
    crisis = docs.get(f"skills/{CRISIS_MODULE}")
    if crisis is None:
        return [f"skills/{CRISIS_MODULE} is missing"]
    parts = sections_of(crisis)
    protocol = "\n".join(parts.get(s, "") for s in CRISIS_PROTOCOL_SECTIONS)
    lines = [_LIST_MARK.sub("", line) for line in _MD_LINK.sub("", protocol).splitlines()]  # pointers are not protocol
    clauses = {normalise(c) for line in lines for c in _CLAUSE_END.split(line)}
    clauses = {c for c in clauses if len(c) >= MIN_COPIED_CLAUSE}
    problems = []
    for name, body in docs.items():
        if name == f"skills/{CRISIS_MODULE}":
            continue
        text = normalise(body)
        problems += [f"{name}: {c}" for c in sorted(clauses) if c in text]
    return problems


def protocols_outside_home(folder: Path) -> list[str]:
    problems = []
    for name, body in documents(folder).items():
        for line in body.splitlines():
            if line.startswith("- 《"):  # a law the module rests on (## 依据), not advice
                continue
            for protocol, home, trigger, action in PROTOCOL_HOMES:
                homes = (home,) if isinstance(home, str) else home
                if name not in {f"skills/{h}" for h in homes} and trigger.search(line) and action.search(line):
                    problems.append(f"{name}: {protocol} restated outside {homes[0]}: {line.strip()[:60]}")
    return problems


def duplicate_sentences(folder: Path) -> list[str]:
    where: dict[str, set[str]] = defaultdict(set)
    for name, body in documents(folder).items():
        for sentence in sentences(body):
            if len(sentence) >= MIN_DUPLICATE_SENTENCE:
                where[sentence].add(name)
    return [f"{sorted(names)}: {s}" for s, names in sorted(where.items()) if len(names) > 1]


def pilot_figures_in_skills(folder: Path) -> list[str]:
    """A pilot figure (a row of the metrics CSV) is told in its case report, not again in a skill module."""
    import csv

    path = folder / "metrics" / "pilot_metrics.csv"
    if not path.is_file():
        return []
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    patterns = []
    for row in rows:
        value = float(row["value"])
        numbers = {f"{value:g}"} | ({f"{value / 10000:g}\\s*万"} if value >= 10000 else set())
        unit = re.escape(row["unit"].split("（")[0])
        mark = "[余多]" if ("（余）" in row["metric"] or "（多）" in row["metric"]) else ""
        for number in numbers:
            patterns.append((row["metric"], re.compile(rf"(?<![\d.]){number}\s*{mark}\s*{unit}")))
    problems = []
    for name, body in documents(folder).items():
        if name.startswith("skills/"):
            problems += [f"{name}: {metric}" for metric, pattern in patterns if pattern.search(body)]
    return problems


CHECKS = {
    "unlisted_numbers": unlisted_numbers,
    "modules_without_basis": modules_without_basis,
    "copied_protocol_clauses": copied_protocol_clauses,
    "protocols_outside_home": protocols_outside_home,
    "duplicate_sentences": duplicate_sentences,
    "pilot_figures_in_skills": pilot_figures_in_skills,
}


# ---- tests -----------------------------------------------------------------------------------
def test_the_hotline_detector():
    assert hotlines_in("请拨打 110 或 120，心理援助热线 12356。") == ["110", "120", "12356"]
    assert hotlines_in("查号拨114，卫生热线12320，供电95598") == ["114", "12320", "95598"]
    assert hotlines_in("110、119和120") == ["110", "119", "120"]
    # figures, dates, articles, standards and rooms are not hotlines
    for text in (
        "280余名持证社工",
        "3000 余名注册志愿者",
        "活动100余次",
        "降幅达51%",
        "541家企业",
        "2025年7月12日",
        "《志愿服务条例》第110条",
        "GB 17761",
        "duration 120分钟",
        "走150米",
        "3号楼2单元101室",
        "5万小时",
        "12.5元",
        "1,700人次",
        "334支",
    ):
        assert hotlines_in(text) == [], text


def test_only_allowed_emergency_and_service_numbers():
    problems = unlisted_numbers(KNOWLEDGE)
    assert not problems, "numbers outside the allow-list:\n" + "\n".join(problems)


def test_every_skill_module_names_its_legal_basis():
    problems = modules_without_basis(KNOWLEDGE)
    assert not problems, "\n".join(problems)


def test_the_crisis_protocol_lives_only_in_the_crisis_module():
    problems = copied_protocol_clauses(KNOWLEDGE)
    assert not problems, "crisis protocol clauses copied into other documents:\n" + "\n".join(problems)


def test_protocols_are_stated_only_in_their_home_module():
    problems = protocols_outside_home(KNOWLEDGE)
    assert not problems, "\n".join(problems)


def test_no_sentence_is_repeated_across_documents():
    problems = duplicate_sentences(KNOWLEDGE)
    assert not problems, "sentences of more than 20 characters in two documents:\n" + "\n".join(problems)


def test_pilot_figures_are_told_in_their_case_report():
    problems = pilot_figures_in_skills(KNOWLEDGE)
    assert not problems, "pilot figures retold in skill modules (link the case instead):\n" + "\n".join(problems)


def test_the_checks_notice_copies(tmp_path: Path):
    skills = tmp_path / "skills"
    skills.mkdir()
    crisis = "# 危机\n\n## 操作步骤\n\n1. 居民已经服药或受伤时立即拨打120并守在身边。\n\n## 依据\n\n- 《民法典》第184条\n- 《精神卫生法》\n"
    (skills / f"{CRISIS_MODULE}.md").write_text(crisis, encoding="utf-8")
    other = (
        "# 其他\n\n## 何时转介社工\n\n- 居民已经服药或受伤时立即拨打120并守在身边。\n"
        "- 居民说不想活了，拨打110或120。\n- 请拨打12320咨询。\n"
    )
    (skills / "other.md").write_text(other, encoding="utf-8")
    assert copied_protocol_clauses(tmp_path) == ["skills/other: 居民已经服药或受伤时立即拨打120并守在身边"]
    assert len(duplicate_sentences(tmp_path)) == 1
    assert unlisted_numbers(tmp_path) == ["skills/other: 12320"]
    assert modules_without_basis(tmp_path) == ["skills/other: no ## 依据 section"]
    assert [p.split(":")[0] for p in protocols_outside_home(tmp_path)] == ["skills/other"]


def test_every_new_module_has_labelled_questions():
    items = [
        json.loads(line)
        for line in (EVAL_DIR / "skills_c.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    counts = {
        slug: sum(1 for i in items if i["sources"][0] == f"knowledge/skills/{slug}.md") for slug in ISSUE_15_SKILLS
    }
    thin = {slug: n for slug, n in counts.items() if n < 3}
    assert not thin, f"new modules with fewer than 3 labelled questions: {thin}"
    assert all((KNOWLEDGE / "skills" / f"{slug}.md").is_file() for slug in ISSUE_15_SKILLS)


if __name__ == "__main__":  # counts on another copy of the knowledge, e.g. main's
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else KNOWLEDGE
    for check_name, check in CHECKS.items():
        found = check(target)
        print(f"{check_name}: {len(found)}")
        for problem in found[: int(sys.argv[2]) if len(sys.argv) > 2 else 0]:
            print("   ", problem)
