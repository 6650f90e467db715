"""The metrics store: pilot figures and leaders' monthly records in the project database.

- ``load_bundled`` mirrors ``knowledge/metrics/*.csv`` into ``pilot_metrics``:
  idempotent (figures are keyed, so a second load changes nothing) and in one
  transaction per file.
- ``save_upload`` validates a leader's file and, only if every row passes,
  inserts the upload and all its rows in one transaction (all or nothing).
- ``undo_upload`` removes a whole upload's rows and marks it undone in history.

SQLAlchemy Core with portable types: the same code runs on SQLite and PostgreSQL.
"""

from __future__ import annotations

import csv
import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pandas as pd
from sqlalchemy import Connection, Engine, delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from tandem.core.settings import REPO_ROOT
from tandem.db.schema import metric_uploads, monthly_records, pilot_metrics
from tandem.errors import TandemError
from tandem.metrics.validation import BEIJING, FIELDS, Issue, RecordKey, ValidationReport, record_key, validate_upload

FIGURE_COLUMNS = ("region", "community", "program", "metric", "value", "unit", "period", "source", "quote")
REQUIRED_FIGURE_COLUMNS = ("region", "metric", "value")
RECORD_COLUMNS = tuple(f.name for f in FIELDS)


class UploadRejected(TandemError, ValueError):
    """An upload that did not pass validation; nothing was written."""

    def __init__(self, report: ValidationReport) -> None:
        super().__init__("；".join(i.line() for i in report.errors[:5]) or "文件没有可写入的数据行。")
        self.report = report


@dataclass
class LoadSummary:
    """What ``load_bundled`` did."""

    inserted: int = 0
    updated: int = 0
    deleted: int = 0
    unchanged: int = 0
    problems: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class SavedUpload:
    upload_id: int
    n_rows: int
    report: ValidationReport


# ---- bundled pilot figures --------------------------------------------------------------
def figure_key(row: dict[str, Any]) -> str:
    """Stable identity of a figure: where, which programme, which metric, which period."""
    parts = [str(row.get(c) or "").strip() for c in ("region", "community", "program", "metric", "period")]
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()


def _origin(path: Path) -> str:
    resolved = path.resolve()
    return resolved.relative_to(REPO_ROOT).as_posix() if resolved.is_relative_to(REPO_ROOT) else resolved.as_posix()


def read_figures(path: Path) -> tuple[list[dict[str, Any]], list[str]]:
    """Rows of a pilot-metrics CSV ready to store, and problems with rows that were skipped."""
    problems: list[str] = []
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = [c for c in REQUIRED_FIGURE_COLUMNS if c not in (reader.fieldnames or [])]
        if missing:
            return [], [f"{path.name} 缺少列：{', '.join(missing)}"]
        rows: dict[str, dict[str, Any]] = {}
        for line, raw in enumerate(reader, 2):
            row = {c: (raw.get(c) or "").strip() for c in FIGURE_COLUMNS}
            try:
                row["value"] = float(row["value"].replace(",", ""))
            except ValueError:
                problems.append(f"{path.name} 第{line}行：数值“{row['value']}”不是数字，已跳过")
                continue
            if not row["region"] or not row["metric"]:
                problems.append(f"{path.name} 第{line}行：缺少地区或指标名称，已跳过")
                continue
            key = figure_key(row)
            if key in rows:
                problems.append(f"{path.name} 第{line}行：与前面一行重复（地区、社区、项目、指标、时期相同），已跳过")
                continue
            rows[key] = row
    return [{"figure_key": k, **v} for k, v in rows.items()], problems


def load_bundled(engine: Engine, metrics_dir: Path) -> LoadSummary:
    """Mirror every CSV under ``metrics_dir`` into ``pilot_metrics`` (idempotent)."""
    summary = LoadSummary()
    for path in sorted(metrics_dir.glob("*.csv")):
        rows, problems = read_figures(path)
        summary.problems.extend(problems)
        origin = _origin(path)
        for attempt in range(2):
            try:
                with engine.begin() as conn:
                    _sync_origin(conn, origin, rows, summary)
                break
            except IntegrityError:  # another process loaded the same file at the same moment
                if attempt:
                    raise
    return summary


def _sync_origin(conn: Connection, origin: str, rows: list[dict[str, Any]], summary: LoadSummary) -> None:
    stored = {
        r["figure_key"]: r
        for r in conn.execute(select(pilot_metrics).where(pilot_metrics.c.origin == origin)).mappings()
    }
    wanted = {r["figure_key"] for r in rows}
    for row in rows:
        old = stored.get(row["figure_key"])
        if old is None:
            conn.execute(insert(pilot_metrics).values(origin=origin, **row))
            summary.inserted += 1
        elif any(old[c] != row[c] for c in FIGURE_COLUMNS):
            conn.execute(update(pilot_metrics).where(pilot_metrics.c.id == old["id"]).values(**row))
            summary.updated += 1
        else:
            summary.unchanged += 1
    gone = [old["id"] for key, old in stored.items() if key not in wanted]
    if gone:
        conn.execute(delete(pilot_metrics).where(pilot_metrics.c.id.in_(gone)))
        summary.deleted += len(gone)


def pilot_metrics_frame(engine: Engine) -> pd.DataFrame:
    """All pilot figures, one row each, with their database ``id``."""
    columns = ["id", *FIGURE_COLUMNS]
    with engine.connect() as conn:
        rows = (
            conn.execute(select(*(pilot_metrics.c[c] for c in columns)).order_by(pilot_metrics.c.id)).mappings().all()
        )
    frame = pd.DataFrame([dict(r) for r in rows], columns=columns)
    frame["value"] = frame["value"].astype(float)
    return frame


# ---- leaders' monthly uploads ----------------------------------------------------------
def existing_keys(conn: Connection) -> dict[RecordKey, int]:
    """Keys of all stored monthly records → the upload that wrote them."""
    rows = conn.execute(select(*(monthly_records.c[c] for c in (*RECORD_COLUMNS[:4], "upload_id"))))
    return {record_key(dict(r._mapping)): r.upload_id for r in rows}


def check_upload(
    engine: Engine, filename: str, data: bytes, *, today: date | None = None, max_bytes: int | None = None
) -> ValidationReport:
    """Validate a file against the rules and the rows already stored; writes nothing."""
    with engine.connect() as conn:
        existing = existing_keys(conn)
    return validate_upload(filename, data, existing=existing, today=today, max_bytes=max_bytes)


def save_upload(
    engine: Engine, filename: str, data: bytes, *, today: date | None = None, max_bytes: int | None = None
) -> SavedUpload:
    """Validate, then insert the upload and all its rows in one transaction; ``UploadRejected`` if any row fails."""
    try:
        with engine.begin() as conn:
            report = validate_upload(filename, data, existing=existing_keys(conn), today=today, max_bytes=max_bytes)
            if not report.ok:
                raise UploadRejected(report)
            upload_id = conn.execute(
                insert(metric_uploads)
                .values(
                    uploaded_at=datetime.now(UTC),
                    filename=filename[:300],
                    sha256=report.sha256,
                    n_rows=len(report.records),
                    status="active",
                )
                .returning(metric_uploads.c.id)
            ).scalar_one()
            conn.execute(insert(monthly_records), [{"upload_id": upload_id, **r} for r in report.records])
    except IntegrityError as exc:  # a concurrent upload wrote the same records first
        report = ValidationReport(filename=filename, sha256=hashlib.sha256(data).hexdigest())
        report.errors.append(Issue(None, "", "写入时发现与刚刚写入的数据重复，本次没有写入任何数据，请刷新后重试。"))
        raise UploadRejected(report) from exc
    return SavedUpload(int(upload_id), len(report.records), report)


def undo_upload(engine: Engine, upload_id: int) -> int:
    """Delete every row of one upload and mark it undone; returns the rows removed."""
    with engine.begin() as conn:
        status = conn.execute(select(metric_uploads.c.status).where(metric_uploads.c.id == upload_id)).scalar()
        if status is None:
            raise ValueError(f"没有编号为 #{upload_id} 的上传。")
        if status != "active":
            raise ValueError(f"上传 #{upload_id} 已经撤销过了。")
        removed = conn.execute(delete(monthly_records).where(monthly_records.c.upload_id == upload_id)).rowcount
        conn.execute(
            update(metric_uploads)
            .where(metric_uploads.c.id == upload_id)
            .values(
                status="undone",
                undone_at=datetime.now(UTC),
            )
        )
    return int(removed or 0)


def upload_status(engine: Engine, upload_id: int) -> str | None:
    with engine.connect() as conn:
        return conn.execute(select(metric_uploads.c.status).where(metric_uploads.c.id == upload_id)).scalar()


def upload_history(engine: Engine) -> pd.DataFrame:
    """Uploads, newest first: id, time (Beijing), file, rows, status, rows still stored."""
    stored = (
        select(monthly_records.c.upload_id, func.count().label("stored"))
        .group_by(monthly_records.c.upload_id)
        .subquery()
    )
    query = (
        select(metric_uploads, func.coalesce(stored.c.stored, 0).label("stored"))
        .outerjoin(stored, stored.c.upload_id == metric_uploads.c.id)
        .order_by(metric_uploads.c.id.desc())
    )
    with engine.connect() as conn:
        rows = [dict(r) for r in conn.execute(query).mappings()]
    frame = pd.DataFrame(
        rows, columns=["id", "uploaded_at", "filename", "sha256", "n_rows", "status", "undone_at", "stored"]
    )
    for column in ("uploaded_at", "undone_at"):
        frame[column] = _beijing(frame[column])
    return frame


def monthly_records_frame(engine: Engine) -> pd.DataFrame:
    """All stored monthly records with a ``month`` column (first day of the month)."""
    columns = ["id", "upload_id", *RECORD_COLUMNS]
    with engine.connect() as conn:
        rows = (
            conn.execute(select(*(monthly_records.c[c] for c in columns)).order_by(monthly_records.c.record_date))
            .mappings()
            .all()
        )
    frame = pd.DataFrame([dict(r) for r in rows], columns=columns)
    frame["record_date"] = pd.to_datetime(frame["record_date"])
    frame["month"] = frame["record_date"].dt.to_period("M").dt.to_timestamp()
    for column in ("participants", "cases_reported", "cases_resolved"):
        frame[column] = frame[column].astype("int64")
    frame["volunteer_hours"] = frame["volunteer_hours"].astype(float)
    return frame


def _beijing(values: pd.Series) -> pd.Series:
    """Timestamps (naive = UTC, as SQLite returns them) as Beijing wall-clock time."""
    stamps = pd.to_datetime(values, utc=True)
    return stamps.dt.tz_convert(BEIJING).dt.tz_localize(None)


def committed_upload(engine: Engine, committed: Mapping[str, int], data: bytes) -> int | None:
    """The upload still in effect that wrote exactly ``data`` (by SHA-256) in this session, if any.

    ``committed`` maps the SHA-256 of files written in this session to their upload ids, so the
    same file is not offered for writing twice; once undone, it may be written again.
    """
    upload_id = committed.get(hashlib.sha256(data).hexdigest())
    return upload_id if upload_id is not None and upload_status(engine, upload_id) == "active" else None
