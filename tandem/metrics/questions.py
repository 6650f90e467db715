"""What volunteers ask: topics by week and by skill, and the answers that got 👎.

Read from the Ask page's ``ask_log`` table.  A question's *topics* are its
keywords (jieba TF-IDF, minus words every question shares); its *skill* is the
skill module of the answer's top source, as logged.  Weeks start on Monday,
in Beijing time.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import pandas as pd
from sqlalchemy import Engine, select

from tandem.core.tokens import STOPWORDS, KeywordExtractor, keyword_extractor
from tandem.db.schema import ask_log
from tandem.metrics.validation import BEIJING

NO_SKILL = "（未匹配到技能模块）"
# Words in almost every volunteer question: they say nothing about the topic.
GENERIC = frozenset(
    {
        "志愿者",
        "志愿",
        "居民",
        "社区",
        "我们",
        "我",
        "他们",
        "时候",
        "应该",
        "怎么",
        "怎么样",
        "一下",
        "可以",
        "如何",
        "问题",
        "情况",
        "这种",
        "遇到",
        "老师",
        "社工",
        "需要",
        "现在",
        "注意",
        "不会",
        "觉得",
        "已经",
        "还是",
        "一直",
        "这样",
        "那样",
        "办法",
        "告诉",
        "知道",
        "我该",
        "我能",
        "处理",
        "不了",
        "发现",
        # the placeholders of masked personal details (tandem.core.privacy)
        "姓名",
        "地址",
        "手机号",
        "电话",
        "身份证号",
        "银行卡号",
    }
)
TOPICS_PER_QUESTION = 3
# Terms of the field jieba would split (独居老人 → 独居 / 老人).  Added to a private tokenizer only,
# so the lexical index's tokenisation is untouched.
DOMAIN_TERMS = (
    "独居老人",
    "空巢老人",
    "失能老人",
    "接诉即办",
    "快递员",
    "外卖骑手",
    "新就业群体",
    "志愿服务",
    "入户走访",
    "情绪激动",
    "情绪支持",
    "心理危机",
    "家庭暴力",
    "随手拍",
    "四随行动",
    "积分奖励",
    "隐私保护",
    "转介社工",
    "微心愿",
    "板凳会",
    "睦邻",
    "银龄",
    "资源地图",
    "邻里纠纷",
    "防诈骗",
    "电信诈骗",
    "残疾人",
    "留守儿童",
)


@dataclass(frozen=True)
class QuestionsOverview:
    """Everything the "志愿者在问什么" section shows."""

    total: int
    weeks: int
    thumbs_down_count: int
    topics: pd.DataFrame  # topic, count, example
    topics_by_week: pd.DataFrame  # week, topic, count
    skills: pd.DataFrame  # skill, count, thumbs_down
    skills_by_week: pd.DataFrame  # week, skill, count
    thumbs_down: pd.DataFrame  # 时间, 问题, 技能, 回答摘要, 意见
    unanswered: pd.DataFrame  # 时间, 问题


def load_log(engine: Engine) -> pd.DataFrame:
    """The ask log with ``asked_at`` in Beijing time and the ``week`` (its Monday)."""
    columns = ["id", "asked_at", "question", "answer", "skill", "rating", "comment", "refused"]
    with engine.connect() as conn:
        rows = conn.execute(select(*(ask_log.c[c] for c in columns)).order_by(ask_log.c.id)).mappings().all()
    frame = pd.DataFrame([dict(r) for r in rows], columns=columns)
    stamps = pd.to_datetime(frame["asked_at"], utc=True).dt.tz_convert(BEIJING).dt.tz_localize(None)
    frame["asked_at"] = stamps
    frame["week"] = (stamps - pd.to_timedelta(stamps.dt.day_of_week, unit="D")).dt.normalize()
    frame["skill"] = frame["skill"].fillna("").replace("", NO_SKILL)
    return frame


@lru_cache(maxsize=1)
def _extractor() -> KeywordExtractor:
    return keyword_extractor(DOMAIN_TERMS)


@lru_cache(maxsize=4096)
def question_topics(question: str) -> tuple[str, ...]:
    """Up to three keywords of a question."""
    words = _extractor().extract_tags(question, topK=TOPICS_PER_QUESTION + 8)
    keep = [w for w in words if len(w) > 1 and w not in STOPWORDS and w not in GENERIC and not w.isdigit()]
    return tuple(keep[:TOPICS_PER_QUESTION])


def _topics_long(log: pd.DataFrame) -> pd.DataFrame:
    rows = [
        {"week": week, "topic": topic, "question": q}
        for week, q in zip(log["week"], log["question"], strict=True)
        for topic in question_topics(q)
    ]
    return pd.DataFrame(rows, columns=["week", "topic", "question"])


def top_topics(log: pd.DataFrame, top: int = 10) -> pd.DataFrame:
    long = _topics_long(log)
    if long.empty:
        return pd.DataFrame(columns=["topic", "count", "example"])
    grouped = long.groupby("topic").agg(count=("question", "size"), example=("question", "last")).reset_index()
    return grouped.sort_values(["count", "topic"], ascending=[False, True]).head(top).reset_index(drop=True)


def topics_by_week(log: pd.DataFrame, top: int = 5) -> pd.DataFrame:
    """The ``top`` most frequent topics of each week."""
    long = _topics_long(log)
    if long.empty:
        return pd.DataFrame(columns=["week", "topic", "count"])
    counts = long.groupby(["week", "topic"]).size().reset_index(name="count")
    counts = counts.sort_values(["week", "count", "topic"], ascending=[False, False, True])
    return counts.groupby("week", sort=False).head(top).reset_index(drop=True)


def skills(log: pd.DataFrame) -> pd.DataFrame:
    if log.empty:
        return pd.DataFrame(columns=["skill", "count", "thumbs_down"])
    grouped = log.groupby("skill").agg(count=("id", "size"), thumbs_down=("rating", lambda r: int((r == -1).sum())))
    return grouped.reset_index().sort_values(["count", "skill"], ascending=[False, True]).reset_index(drop=True)


def skills_by_week(log: pd.DataFrame) -> pd.DataFrame:
    if log.empty:
        return pd.DataFrame(columns=["week", "skill", "count"])
    return (
        log.groupby(["week", "skill"])
        .size()
        .reset_index(name="count")
        .sort_values(["week", "count"], ascending=[False, False])
        .reset_index(drop=True)
    )


def _excerpt(text: str, limit: int = 120) -> str:
    text = " ".join(str(text or "").split())
    return text if len(text) <= limit else text[:limit] + "…"


def thumbs_down(log: pd.DataFrame) -> pd.DataFrame:
    rows = log[log["rating"] == -1].sort_values("asked_at", ascending=False)
    return pd.DataFrame(
        {
            "时间": rows["asked_at"].dt.strftime("%Y-%m-%d %H:%M"),
            "问题": rows["question"],
            "技能": rows["skill"],
            "回答摘要": rows["answer"].map(_excerpt),
            "意见": rows["comment"].fillna(""),
        }
    ).reset_index(drop=True)


def unanswered(log: pd.DataFrame) -> pd.DataFrame:
    rows = log[log["refused"] == 1].sort_values("asked_at", ascending=False)
    return pd.DataFrame({"时间": rows["asked_at"].dt.strftime("%Y-%m-%d %H:%M"), "问题": rows["question"]}).reset_index(
        drop=True
    )


def questions_overview(engine: Engine, top: int = 10) -> QuestionsOverview:
    """All views of the ask log at once."""
    log = load_log(engine)
    return QuestionsOverview(
        total=len(log),
        weeks=int(log["week"].nunique()),
        thumbs_down_count=int((log["rating"] == -1).sum()),
        topics=top_topics(log, top),
        topics_by_week=topics_by_week(log),
        skills=skills(log),
        skills_by_week=skills_by_week(log),
        thumbs_down=thumbs_down(log),
        unanswered=unanswered(log),
    )
