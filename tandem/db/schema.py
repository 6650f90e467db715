"""All tables of the project database, on one ``MetaData``."""

from __future__ import annotations

from sqlalchemy import (
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    func,
)

metadata = MetaData()

# Every question asked (Ask page or API), personal details masked, with its answer; feedback fills rating/comment.
ask_log = Table(
    "ask_log",
    metadata,
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
    Column("session_id", String(64), nullable=True, index=True),  # browser session, for "删除我的对话记录"
    Column("client", String(120), nullable=False, server_default="web"),  # web | api:<key name>
)

# Keys of the API (tandem.api): only a SHA-256 of each key is stored; the key is shown once.
# A name is unique among keys not revoked; a revoked key keeps its row (and its name in the log).
api_keys = Table(
    "api_keys",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", String(64), nullable=False, index=True),
    Column("key_hash", String(64), nullable=False, unique=True),
    Column("prefix", String(16), nullable=False),  # the key's first characters, to recognise it in `keys list`
    Column("created_at", DateTime(timezone=True), nullable=False, server_default=func.now()),
    Column("revoked_at", DateTime(timezone=True), nullable=True),
)

# Saved course plans of the course builder.
course_plans = Table(
    "course_plans",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("title", String(300), nullable=False),
    Column("params", Text, nullable=False),  # JSON of the builder's inputs
    Column("plan", Text, nullable=False),  # JSON of the (edited) plan
    Column("created_at", DateTime(timezone=True), nullable=False, server_default=func.now()),
    Column("updated_at", DateTime(timezone=True), nullable=False, server_default=func.now()),
)

# ---- metrics explorer (metrics/) ------------------------------------------------------
# Pilot figures with provenance, mirrored from knowledge/metrics/*.csv (``origin`` = the CSV).
# ``figure_key`` identifies a figure across reloads so loading the CSV again is idempotent.
pilot_metrics = Table(
    "pilot_metrics",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("figure_key", String(64), nullable=False, unique=True),
    Column("origin", String(300), nullable=False),
    Column("region", String(100), nullable=False),
    Column("community", String(200), nullable=False, server_default=""),
    Column("program", String(200), nullable=False, server_default=""),
    Column("metric", String(300), nullable=False),
    Column("value", Float, nullable=False),
    Column("unit", String(50), nullable=False, server_default=""),
    Column("period", String(100), nullable=False, server_default=""),
    Column("source", String(500), nullable=False, server_default=""),
    Column("quote", Text, nullable=False, server_default=""),
)

# One leader's upload of monthly records; undo deletes its rows and marks it undone.
metric_uploads = Table(
    "metric_uploads",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("uploaded_at", DateTime(timezone=True), nullable=False),
    Column("filename", String(300), nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("n_rows", Integer, nullable=False),
    Column("status", String(20), nullable=False, server_default="active"),  # active | undone
    Column("undone_at", DateTime(timezone=True), nullable=True),
)

# Leaders' own monthly numbers, one row per date × community × team × activity type.
monthly_records = Table(
    "monthly_records",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("upload_id", Integer, ForeignKey("metric_uploads.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("record_date", Date, nullable=False),
    Column("community", String(200), nullable=False),
    Column("team", String(200), nullable=False),
    Column("activity_type", String(200), nullable=False),
    Column("participants", Integer, nullable=False),
    Column("volunteer_hours", Float, nullable=False),
    Column("cases_reported", Integer, nullable=False),
    Column("cases_resolved", Integer, nullable=False),
    UniqueConstraint("record_date", "community", "team", "activity_type", name="uq_monthly_record"),
)
