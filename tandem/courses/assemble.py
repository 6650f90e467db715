"""The parts of a course plan assembled from module and case sections, without a language model.

Each function takes parsed modules/cases (``course.modules``) and the builder's
params and returns plan parts that quote the knowledge files and cite them.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from tandem.courses.agenda import split_minutes
from tandem.courses.modules import CaseReport, Library, RolePlay, SkillModule, lead_of
from tandem.courses.plan import MIN_QUIZ, CaseStudy, CourseParams, Objective, QuizQuestion, RolePlayPlan, SkillPoints
from tandem.courses.profiles import AUDIENCE_PROFILES, FORMAT_PROFILES
from tandem.courses.text import bigrams, dedup, first_sentence, similar
from tandem.text.knowledge_format import plain

QUIZ_COUNT = {45: 5, 90: 6, 180: 8}
ROLEPLAY_MINUTES_EACH = 12  # one scenario per this many minutes of role-play time, at most three
_SAFETY_WORDS = (
    "不想活",
    "轻生",
    "自伤",
    "12356",
    "打我",
    "别打了",
    "晕倒",
    "嘴角歪斜",
    "燃气",
    "落水",
    "中暑",
    "报警",
)
DEFAULT_DEBRIEF = "先请扮演居民的人说说哪句话让自己感到被理解、哪句话不舒服，再由观察员按检查表逐条反馈，最后扮演志愿者的人说一处下次想改进的地方。"


def _detail(item: str) -> str:
    """The text after an item's bold lead."""
    text = plain(item)
    lead = lead_of(item)
    return text[len(lead) :].lstrip("：: —") if text.startswith(lead) else text


def title_for(params: CourseParams, modules: Sequence[SkillModule]) -> str:
    title = f"{'＋'.join(m.skill for m in modules)}：{params.audience}培训课程（{params.duration}分钟）"
    return f"{title}——{params.focus.strip()}" if params.focus.strip() else title


# ---- key points -----------------------------------------------------------------------


def key_points(modules: Sequence[SkillModule]) -> list[SkillPoints]:
    out = []
    for m in modules:
        phrases = [
            p.text if not p.context or p.context.startswith("适合") else f"{p.context}：{p.text}" for p in m.phrases[:6]
        ]
        out.append(
            SkillPoints(
                skill=m.skill,
                title=m.title,
                source=m.source,
                points=list(m.key_points),
                steps=list(m.steps),
                phrases=phrases,
                donts=list(m.donts[:5]),
                misconceptions=list(m.misconceptions),
                escalation=list(m.escalation),
            )
        )
    return out


# ---- the pilot case -------------------------------------------------------------------


def case_score(case: CaseReport, params: CourseParams) -> tuple[float, list[str], int, float]:
    """``(score, overlapping skill slugs, audience keyword hits, focus overlap 0..1)``."""
    overlap = [s for s in params.skills if s in case.skills]
    score = 10 * len(overlap) / max(len(params.skills), 1) + 2 * len(overlap) / max(len(case.skills), 1)
    profile = AUDIENCE_PROFILES[params.audience]
    hits = sum(min(case.text.count(k), 3) for k in profile.keywords)
    score += min(hits, 6) * 0.5
    focus = 0.0
    if params.focus.strip():
        wanted = bigrams(params.focus)
        focus = len(wanted & bigrams(case.text)) / len(wanted) if wanted else 0.0
        score += 4 * focus
    if case.is_overview:
        score -= 5  # a district- or city-wide summary is a poorer discussion case than one community's story
    return score, overlap, hits, focus


def choose_case(library: Library, params: CourseParams, modules: Sequence[SkillModule]) -> CaseStudy | None:
    """The pilot case that best fits the chosen skills, then the audience and focus."""
    if not library.cases:
        return None
    scored = [(case_score(c, params), i, c) for i, c in enumerate(library.cases)]
    (_score, overlap, hits, focus), _i, case = max(scored, key=lambda t: (t[0][0], -t[1]))
    names = {m.slug: m.skill for m in modules}
    reasons = []
    if overlap:
        reasons.append(f"案例涉及所选技能{'、'.join(f'「{names[s]}」' for s in overlap)}")
    else:
        reasons.append("知识库中没有直接对应所选技能的案例，选用了与培训对象最接近的案例")
    if hits:
        reasons.append(f"案例内容与“{params.audience}”的服务场景相关")
    if focus >= 0.5:
        reasons.append(f"案例与培训重点“{params.focus.strip()}”相关")
    return CaseStudy(
        slug=case.slug,
        title=case.title,
        source=case.source,
        publication=case.publication,
        reason="；".join(reasons) + "。",
        background=case.background,
        social_worker=case.social_worker,
        volunteers=case.volunteers,
        outcomes=case.outcomes,
        practices=list(case.practices),
        questions=discussion_questions(case, params, [m for m in modules if m.slug in overlap]),
    )


def discussion_questions(case: CaseReport, params: CourseParams, related: Sequence[SkillModule]) -> list[str]:
    profile = AUDIENCE_PROFILES[params.audience]
    where = case.community or case.region
    questions = [
        f"{where}的专业社工做了哪些事？其中哪些是志愿者不能替代的，为什么？",
        f"案例中的志愿者做了什么？如果换成{params.audience}，在{profile.context}中可以怎样做？",
    ]
    for module in related[:2]:
        questions.append(
            f"案例中哪些做法体现了「{module.skill}」的要点“{lead_of(module.key_points[0])}”？请找出具体的描述。"
        )
    if not related and case.practices:
        questions.append(f"案例中的可复制做法“{lead_of(case.practices[0])}”，在我们的服务中怎样落地？")
    if re.search(r"\d", case.outcomes):
        questions.append("案例的成效用了哪些数据来说明？这些数据来自哪里，我们的团队可以记录哪些类似的数据？")
    else:
        questions.append("报道没有给出量化数据。我们的团队可以记录哪些数据来说明服务成效？")
    if params.focus.strip():
        questions.append(
            f"结合本次培训重点“{params.focus.strip()}”，案例中哪一条可复制做法最值得借鉴？需要做哪些调整？"
        )
    questions.append(
        "如果在类似服务中遇到危机信号（如轻生言语、急症、家暴），按案例和技能模块的要求，第一步做什么、交给谁？"
    )
    return questions


# ---- role-plays -----------------------------------------------------------------------


def choose_roleplays(modules: Sequence[SkillModule], params: CourseParams, total_minutes: int) -> list[RolePlayPlan]:
    """Up to three scenarios (one per skill first, those fitting the audience first) sharing ``total_minutes``."""
    profile = AUDIENCE_PROFILES[params.audience]

    def fit(rp: RolePlay) -> int:
        text = " ".join([rp.title, rp.situation, *rp.roles])
        return sum(k in text for k in profile.keywords)

    firsts: list[tuple[RolePlay, SkillModule]] = []
    rest: list[tuple[RolePlay, SkillModule]] = []
    for module in modules:
        ranked = sorted(module.roleplays, key=lambda r: (not (r.roles and r.checklist), -fit(r)))
        if ranked:
            firsts.append((ranked[0], module))
            rest.extend((r, module) for r in ranked[1:])
    firsts.sort(key=lambda pair: -fit(pair[0]))
    candidates = firsts + rest
    count = min(len(candidates), max(1, total_minutes // ROLEPLAY_MINUTES_EACH), 3)
    plans = []
    for (rp, module), minutes in zip(candidates[:count], split_minutes(total_minutes, count), strict=True):
        prompts = [rp.task] if rp.task else []
        if rp.extension:
            prompts.append(f"加练（时间允许时）：{rp.extension}")
        prompts.append(f"面向{params.audience}：{profile.roleplay_tip}。")
        checklist = rp.checklist or [f"是否做到“{lead_of(k)}”？" for k in module.key_points[:6]]
        plans.append(
            RolePlayPlan(
                title=rp.title,
                skill=module.skill,
                source=rp.source,
                minutes=minutes,
                grouping=rp.grouping or f"{rp.group_size}人一组",
                roles=list(rp.roles),
                situation=rp.situation,
                prompts=prompts,
                checklist=list(checklist),
                debrief=rp.debrief or DEFAULT_DEBRIEF,
            )
        )
    return plans


# ---- quiz -----------------------------------------------------------------------------


def is_safety(q: QuizQuestion) -> bool:
    return any(word in q.question + q.answer for word in _SAFETY_WORDS)


def choose_quiz(modules: Sequence[SkillModule], duration: int) -> list[QuizQuestion]:
    """At least five questions, round-robin over the skills, both choice and short answer, one on safety."""
    count = max(QUIZ_COUNT.get(duration, MIN_QUIZ), MIN_QUIZ)
    pools = [[QuizQuestion(q.kind, q.question, list(q.options), q.answer, q.source) for q in m.quiz] for m in modules]
    order = [pool[i] for i in range(max((len(p) for p in pools), default=0)) for pool in pools if i < len(pool)]
    cap = max(1, math.ceil(count / 4))
    picked: list[QuizQuestion] = []
    for strict in (True, False):
        for q in order:
            if len(picked) >= count:
                break
            if q in picked or any(similar(q.question, p.question) for p in picked):
                continue
            if strict and is_safety(q) and sum(is_safety(p) for p in picked) >= cap:
                continue
            picked.append(q)
    remaining = [q for q in order if q not in picked and not any(similar(q.question, p.question) for p in picked)]

    def ensure(has: bool, want, drop) -> None:  # type: ignore[no-untyped-def]
        if has or not picked:
            return
        new = next((q for q in remaining if want(q)), None)
        old = next((q for q in reversed(picked) if drop(q)), None)
        if new and old:
            picked[picked.index(old)] = new
            remaining.remove(new)

    ensure(any(not q.options for q in picked), lambda q: not q.options, lambda q: bool(q.options))
    ensure(any(q.options for q in picked), lambda q: bool(q.options), lambda q: not q.options)
    ensure(any(is_safety(q) for q in picked), is_safety, lambda q: not is_safety(q))
    for module in modules:  # modules with too few questions: ask about their own key points and escalation
        if len(picked) >= MIN_QUIZ:
            break
        picked.extend(_generated_questions(module)[: MIN_QUIZ - len(picked)])
    return sorted(picked, key=lambda q: 1 if not q.options else 0)


def _generated_questions(module: SkillModule) -> list[QuizQuestion]:
    out = []
    if module.key_points:
        leads = "；".join(lead_of(k) for k in module.key_points[:3])
        out.append(
            QuizQuestion("简答", f"说出「{module.skill}」的两条核心要点。", [], f"例如：{leads}。", module.source)
        )
    if module.escalation:
        leads = "；".join(lead_of(e) for e in module.escalation[:4])
        out.append(
            QuizQuestion(
                "简答",
                f"使用「{module.skill}」时，出现哪些情况要立即联系社工？请至少说出两种。",
                [],
                f"{leads}。志愿者不单独处理，求助按《危机识别与转介》的流程。",
                module.source,
            )
        )
    return out


# ---- objectives, handout, materials, notes -------------------------------------------


def objectives(
    params: CourseParams, modules: Sequence[SkillModule], case: CaseStudy | None, roleplays: Sequence[RolePlayPlan]
) -> list[Objective]:
    context = AUDIENCE_PROFILES[params.audience].context
    out = []
    for m in modules[:3]:
        leads = "；".join(lead_of(k) for k in m.key_points[:3])
        out.append(Objective(f"能说出「{m.skill}」的核心要点（{leads}），并结合{context}举例说明。", [m.source]))
    if len(modules) > 3:
        names = "、".join(f"「{m.skill}」" for m in modules[3:])
        out.append(Objective(f"能说出{names}各自的两条核心要点。", [m.source for m in modules[3:]]))
    if roleplays:
        rp = roleplays[0]
        task = first_sentence(rp.prompts[0], 60).rstrip("。") if rp.prompts else rp.situation
        out.append(Objective(f"能在角色扮演「{rp.title}」中完成任务：{task}。", [rp.source]))
    signals = dedup(lead_of(e) for m in modules for e in m.escalation)[:4]
    out.append(
        Objective(
            f"能识别需要立即转介社工的情况（{'、'.join(signals)}），知道何时拨打 110、120，并能告知全国统一心理援助热线 12356。",
            [m.source for m in modules if m.escalation],
        )
    )
    if case:
        out.append(Objective(f"能结合案例《{case.title}》，说出至少一条可在本团队复制的做法。", [case.source]))
    return out


def handout(title: str, params: CourseParams, modules: Sequence[SkillModule]) -> str:
    per_skill = 3 if len(modules) <= 2 else 2
    points = [_point(k, m.skill) for m in modules for k in m.key_points[:per_skill]][:8]
    say = dedup(p.text for m in modules for p in m.phrases[:2])[:6]
    dont = dedup(plain(d) for m in modules for d in m.donts[:2])[:5]
    leads = dedup(lead_of(e) for m in modules for e in m.escalation)[:6]
    details = {lead_of(e): first_sentence(_detail(e), 40) for m in reversed(modules) for e in m.escalation}
    signals = [f"**{lead}**：{details[lead]}" if details.get(lead) else lead for lead in leads]
    lines = [
        f"# 学员讲义：{title}",
        "",
        f"培训对象：{params.audience}　时长：{params.duration} 分钟　形式：{params.format}",
        "",
        "## 记住这几点",
        *points,
        "",
        "## 可以这样说",
        *(f"- {s}" for s in say),
        "",
        "## 不要这样说",
        *(f"- {d}" for d in dont),
        "",
        "## 遇到这些情况，立即联系社工",
        *(f"- {s}" for s in signals),
        "- 有立即危险：拨打 110（报警）或 120（急救）；起火、燃气泄漏拨打 119；心理援助热线 12356。"
        "志愿者不单独处理，不承诺保密。",
        "",
        "## 我的联络卡",
        "- 对接社工：____________　电话：____________",
        "- 我本周要用的一句话：______________________________",
        "",
        f"资料来源：{'；'.join(m.source for m in modules)}",
    ]
    return "\n".join(lines)


def _point(item: str, skill: str, limit: int = 70) -> str:
    """A handout line: the bold lead and its first sentence (left out when too long to be cut cleanly)."""
    sentence = first_sentence(_detail(item), 10**6)
    return (
        f"- **{lead_of(item)}**：{sentence}（{skill}）"
        if len(sentence) <= limit
        else f"- **{lead_of(item)}**（{skill}）"
    )


def materials(
    params: CourseParams,
    modules: Sequence[SkillModule],
    case: CaseStudy | None,
    roleplays: Sequence[RolePlayPlan],
    quiz: Sequence[QuizQuestion],
) -> list[str]:
    fmt = FORMAT_PROFILES[params.format]
    n = params.group_size
    printed = "电子版" if params.format == "线上" else "打印"
    out = [
        f"学员讲义（本方案“学员讲义”页）{printed} {n} 份",
        f"小测验卷（本方案“小测验”页，{len(quiz)} 题，不含答案）{printed} {n} 份；答案页仅培训者留存",
    ]
    for rp in roleplays:
        groups = max(1, -(-n // rp.group_size))
        out.append(
            f"角色扮演「{rp.title}」：角色卡 {groups} 套（{'、'.join(rp.roles) or '见角色扮演页'}），"
            f"观察员检查表 {groups} 份"
        )
    if case:
        out.append(f"案例材料：《{case.title}》摘要与讨论题 {max(1, -(-n // 5))} 份（每组 1 份）")
    text = " ".join(
        [
            *(s for m in modules for s in m.steps),
            *(e.text for m in modules for e in m.exercises),
            *(f"{r.situation} {r.debrief} {' '.join(r.prompts)}" for r in roleplays),
        ]
    )
    extras = {
        "纸巾": "纸巾（情绪类练习可能引发流泪）",
        "三种颜色的笔": "三种颜色的笔（观察员标记各阶段时长）",
        "老照片": "老照片或老物件若干（怀旧练习线索）",
        "缴电费": "练习用手机（不登录真实支付账户）",
        "有年头的物品": "提醒学员各带一件有年头的物品（热身练习用）",
    }
    out.extend(item for word, item in extras.items() if word in text)
    out.extend(fmt.materials)
    out.append("紧急联络卡：对接社工姓名和电话、110、120、119、12356（每人 1 张，可印在讲义背面）")
    out.append(f"培训者参考：{'；'.join(m.source for m in modules)}" + (f"；{case.source}" if case else ""))
    return out


def trainer_notes(params: CourseParams, roleplays: Sequence[RolePlayPlan]) -> list[str]:
    audience = AUDIENCE_PROFILES[params.audience]
    fmt = FORMAT_PROFILES[params.format]
    notes = [f"面向{params.audience}：{audience.note}。", f"{params.format}：{fmt.note}。"]
    smallest = min((rp.group_size for rp in roleplays), default=3)
    if params.group_size < smallest:
        notes.append(
            f"学员只有 {params.group_size} 人，不足一组（{smallest} 人）：由培训者或助教补位扮演居民或观察员。"
        )
    if params.group_size > 30:
        notes.append(f"学员 {params.group_size} 人：建议每 10–12 人配 1 名助教巡场、计时，并协助观察员反馈。")
    notes.append("练习可能触及学员自己的丧亲、被指责等经历：允许学员选择旁观；课后留出时间个别交流，必要时由社工跟进。")
    notes.append(
        "练习中出现的危机情节一律按“立即联系社工；有立即危险拨打 110/120；心理援助热线 12356”处理，培训者当场纠正“自己处理”“答应保密”的做法。"
    )
    return notes
