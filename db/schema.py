"""All tables of the project database, on one ``MetaData``."""

from __future__ import annotations

from sqlalchemy import Column, DateTime, Integer, MetaData, String, Table, Text, func

metadata = MetaData()

# Every question asked on the Ask page, with its answer; feedback fills rating/comment.
ask_log = Table(
    "ask_log", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("asked_at", DateTime(timezone=True), nullable=False, server_default=func.now()),
    Column("question", Text, nullable=False),
    Column("query", Text, nullable=False, server_default=""),  # the standalone question actually searched
    Column("answer", Text, nullable=False),
    Column("sources", Text, nullable=False, server_default="[]"),  # JSON list of {n,title,path,score}
    Column("refused", Integer, nullable=False, server_default="0"),
    Column("mode", String(20), nullable=False, server_default="extractive"),
    Column("skill", String(100), nullable=False, server_default=""),  # skill of the top source, if any
    Column("rating", Integer, nullable=True),  # +1 👍, -1 👎, NULL = none
    Column("comment", Text, nullable=True),
)

# Saved course plans of the course builder.
course_plans = Table(
    "course_plans", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("title", String(300), nullable=False),
    Column("params", Text, nullable=False),  # JSON of the builder's inputs
    Column("plan", Text, nullable=False),  # JSON of the (edited) plan
    Column("created_at", DateTime(timezone=True), nullable=False, server_default=func.now()),
    Column("updated_at", DateTime(timezone=True), nullable=False, server_default=func.now()),
)
