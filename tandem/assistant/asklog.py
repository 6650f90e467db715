"""The Ask page's log: every question with its answer and sources, plus 👍/👎 feedback."""

from __future__ import annotations

import json

from sqlalchemy import Engine, insert, select, update

from tandem.assistant.answer import Answer
from tandem.db.schema import ask_log


def log_answer(engine: Engine, question: str, answer: Answer, *, client: str = "web") -> int:
    """Store one question and its answer, with who asked (``web``, ``api:<key name>``); returns the log id."""
    sources = [{"n": s.n, "title": s.title, "path": s.path, "score": round(s.score, 6)} for s in answer.sources]
    top_skill = next((s.skill for s in answer.sources if s.skill), "")
    with engine.begin() as conn:
        result = conn.execute(
            insert(ask_log).values(
                question=question,
                query=answer.query or question,
                answer=answer.full_text,
                sources=json.dumps(sources, ensure_ascii=False),
                refused=int(answer.refused),
                mode=answer.mode,
                skill=top_skill[:100],
                client=client[:120],
            )
        )
        return int(result.inserted_primary_key[0])  # type: ignore[index]


def set_feedback(engine: Engine, log_id: int, rating: int, comment: str = "") -> None:
    """Record 👍 (+1) or 👎 (-1) and an optional comment for a logged answer."""
    if rating not in (1, -1):
        raise ValueError("rating must be +1 or -1")
    with engine.begin() as conn:
        conn.execute(
            update(ask_log).where(ask_log.c.id == log_id).values(rating=rating, comment=comment.strip() or None)
        )


def get_entry(engine: Engine, log_id: int) -> dict[str, object] | None:
    with engine.connect() as conn:
        row = conn.execute(select(ask_log).where(ask_log.c.id == log_id)).mappings().first()
    return dict(row) if row else None
