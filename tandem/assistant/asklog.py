"""The question log: every question with its answer and sources, plus 👍/👎 feedback.

What volunteers type is masked before it is stored (:mod:`tandem.core.privacy`):
the question, the standalone query, the answer (a chat model may repeat the question)
and the feedback comment.  Every caller — the Ask page, the API — goes through
:func:`log_answer`, so nothing reaches the table unmasked.  Rows carry the browser
session (``session_id``) so a volunteer can delete their own, and the ``client``
(``web`` or ``api:<key name>``).  Rows older than the retention setting are purged.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from sqlalchemy import Engine, delete, insert, select, update

from tandem.assistant.answer import Answer
from tandem.core.privacy import mask_personal_details
from tandem.db.schema import ask_log


def log_answer(
    engine: Engine,
    question: str,
    answer: Answer,
    *,
    session_id: str | None = None,
    client: str = "web",
    retention_days: int | None = None,
) -> int:
    """Store one question (masked) and its answer; returns the log id feedback refers to.

    With ``retention_days``, rows older than that are purged in the same transaction.
    """
    sources = [{"n": s.n, "title": s.title, "path": s.path, "score": round(s.score, 6)} for s in answer.sources]
    top_skill = next((s.skill for s in answer.sources if s.skill), "")
    with engine.begin() as conn:
        if retention_days is not None:
            conn.execute(delete(ask_log).where(ask_log.c.asked_at < _cutoff(engine, retention_days)))
        result = conn.execute(
            insert(ask_log).values(
                question=mask_personal_details(question),
                query=mask_personal_details(answer.query or question),
                answer=mask_personal_details(answer.full_text),
                sources=json.dumps(sources, ensure_ascii=False),
                refused=int(answer.refused),
                mode=answer.mode,
                skill=top_skill[:100],
                session_id=session_id[:64] if session_id else None,
                client=client[:120],
            )
        )
        return int(result.inserted_primary_key[0])  # type: ignore[index]


def set_feedback(engine: Engine, log_id: int, rating: int, comment: str = "") -> None:
    """Record 👍 (+1) or 👎 (-1) and an optional comment (masked) for a logged answer."""
    if rating not in (1, -1):
        raise ValueError("rating must be +1 or -1")
    with engine.begin() as conn:
        conn.execute(
            update(ask_log)
            .where(ask_log.c.id == log_id)
            .values(rating=rating, comment=mask_personal_details(comment.strip()) or None)
        )


def get_entry(engine: Engine, log_id: int) -> dict[str, object] | None:
    with engine.connect() as conn:
        row = conn.execute(select(ask_log).where(ask_log.c.id == log_id)).mappings().first()
    return dict(row) if row else None


def _cutoff(engine: Engine, days: int, now: datetime | None = None) -> datetime:
    """``days`` before now; naive UTC on SQLite (what its CURRENT_TIMESTAMP default stores)."""
    cutoff = (now or datetime.now(UTC)) - timedelta(days=days)
    return cutoff.replace(tzinfo=None) if engine.dialect.name == "sqlite" else cutoff


def purge_expired(engine: Engine, retention_days: int, *, now: datetime | None = None) -> int:
    """Delete questions (and their feedback, stored on the same row) older than ``retention_days``."""
    with engine.begin() as conn:
        removed = conn.execute(
            delete(ask_log).where(ask_log.c.asked_at < _cutoff(engine, retention_days, now))
        ).rowcount
    return int(removed or 0)


def delete_session(engine: Engine, session_id: str) -> int:
    """Delete every question logged from one browser session ("删除我的对话记录"); returns how many."""
    if not session_id:
        return 0
    with engine.begin() as conn:
        removed = conn.execute(delete(ask_log).where(ask_log.c.session_id == session_id[:64])).rowcount
    return int(removed or 0)
