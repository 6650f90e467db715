"""Engine, schema creation and migrations for the project database.

``init_db`` is idempotent: it creates missing tables and runs the numbered
migrations not yet applied (recorded in ``schema_migrations``), so every start
brings an old database up to date — on SQLite and PostgreSQL alike.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect, select, text, update

from tandem.core.privacy import mask_personal_details
from tandem.core.settings import Settings
from tandem.db.schema import ask_log, metadata


def _ask_log_session_columns(conn: Connection) -> None:
    """ask_log of an older database: add session_id and client (new databases have them already)."""
    present = {c["name"] for c in inspect(conn).get_columns("ask_log")}
    if "session_id" not in present:
        conn.execute(text("ALTER TABLE ask_log ADD COLUMN session_id VARCHAR(64)"))
    if "client" not in present:
        conn.execute(text("ALTER TABLE ask_log ADD COLUMN client VARCHAR(120) NOT NULL DEFAULT 'web'"))


def _mask_logged_questions(conn: Connection) -> None:
    """Questions logged before masking existed: store their masked form instead."""
    columns = ("question", "query", "answer", "comment")
    for row in conn.execute(select(ask_log.c.id, *(ask_log.c[c] for c in columns))).mappings().all():
        masked = {c: mask_personal_details(row[c]) if row[c] else row[c] for c in columns}
        if any(masked[c] != row[c] for c in columns):
            conn.execute(update(ask_log).where(ask_log.c.id == row["id"]).values(**masked))


# (version, description, upgrade) — append only; never edit an applied migration.
MIGRATIONS: list[tuple[int, str, Callable[[Connection], None]]] = [
    (1, "ask_log: session_id and client columns", _ask_log_session_columns),
    (2, "ask_log: personal details masked in questions logged before", _mask_logged_questions),
]


@lru_cache(maxsize=8)
def _engine_for(url: str) -> Engine:
    engine = create_engine(url, pool_pre_ping=True, future=True)
    if engine.dialect.name == "sqlite":

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.close()

    return engine


def get_engine(settings: Settings) -> Engine:
    """The engine for the settings' database, schema created and migrated."""
    settings.ensure_dirs()
    engine = _engine_for(settings.sqlalchemy_url)
    init_db(engine)
    return engine


def init_db(engine: Engine) -> None:
    with engine.begin() as conn:
        metadata.create_all(conn)
        conn.execute(
            text(
                "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, description TEXT NOT NULL)"
            )
        )
        applied = {row[0] for row in conn.execute(text("SELECT version FROM schema_migrations"))}
        for version, description, upgrade in MIGRATIONS:
            if version not in applied:
                upgrade(conn)
                conn.execute(text("INSERT INTO schema_migrations VALUES (:v, :d)"), {"v": version, "d": description})


def table_names(engine: Engine) -> list[str]:
    return inspect(engine).get_table_names()
