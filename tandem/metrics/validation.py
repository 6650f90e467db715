"""Leaders' monthly uploads (CSV or XLSX): read, check every row, report in Chinese.

Nothing here writes anything: ``validate_upload`` turns the file's bytes into a
``ValidationReport`` — clean records ready to insert, or row-level messages
(missing columns, empty or non-numeric values, dates in the future, negative
numbers, duplicate rows inside the file or against rows already stored).  Row
numbers are the spreadsheet's: the header is row 1, the first record row 2.
"""

from __future__ import annotations

import csv
import hashlib
import io
import math
import re
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from pathlib import PurePath
from typing import Any, Literal

import pandas as pd

from tandem.errors import TandemError
from tandem.text.normalize import normalize_inline, to_half_width

# Leaders are in China: "today" and displayed times are Beijing time (no daylight saving).
BEIJING = timezone(timedelta(hours=8), "北京时间")
MAX_ROWS = 20_000
TEXT_LIMIT = 200

Kind = Literal["date", "text", "int", "float"]


@dataclass(frozen=True)
class RecordField:
    """One column of the upload format."""

    name: str
    label: str  # the template's (Chinese) header
    kind: Kind
    aliases: tuple[str, ...] = ()


FIELDS: tuple[RecordField, ...] = (
    RecordField("record_date", "日期", "date", ("date", "month", "月份", "年月", "日期（月份）")),
    RecordField("community", "社区", "text", ("community", "社区名称", "所在社区")),
    RecordField("team", "团队", "text", ("team", "队伍", "服务队", "志愿服务队", "团队名称")),
    RecordField(
        "activity_type", "活动类型", "text", ("activity_type", "activity type", "activity", "活动类别", "服务类型")
    ),
    RecordField("participants", "参与人数", "int", ("participants", "参与人次", "参加人数")),
    RecordField(
        "volunteer_hours",
        "志愿服务时长（小时）",
        "float",
        ("volunteer_hours", "volunteer hours", "志愿时长", "服务时长", "志愿者服务时长"),
    ),
    RecordField(
        "cases_reported", "上报案件数", "int", ("cases_reported", "cases reported", "上报问题数", "发现问题数")
    ),
    RecordField(
        "cases_resolved",
        "办结案件数",
        "int",
        ("cases_resolved", "cases resolved", "解决案件数", "已解决问题数", "办结问题数"),
    ),
)
FIELD_BY_NAME = {f.name: f for f in FIELDS}
KEY_FIELDS = ("record_date", "community", "team", "activity_type")
KEY_LABEL = "日期、社区、团队、活动类型"

RecordKey = tuple[str, str, str, str]


class UploadReadError(TandemError, ValueError):
    """The file cannot be read as a table; the message is for the user."""


@dataclass(frozen=True)
class Issue:
    """One problem found in an upload; ``row`` is None for the whole file."""

    row: int | None
    column: str
    message: str

    def line(self) -> str:
        where = f"第{self.row}行" if self.row is not None else "文件"
        return f"{where}：{self.message}"


@dataclass
class RawTable:
    """Header and rows as read, each row with its spreadsheet row number."""

    header: list[str]
    header_row: int
    rows: list[tuple[int, list[Any]]]


@dataclass
class ValidationReport:
    """What the check found; ``records`` is complete only when ``ok``."""

    filename: str
    sha256: str
    records: list[dict[str, Any]] = field(default_factory=list)
    errors: list[Issue] = field(default_factory=list)
    warnings: list[Issue] = field(default_factory=list)
    n_rows: int = 0

    @property
    def ok(self) -> bool:
        return not self.errors and bool(self.records)

    def issues_frame(self) -> pd.DataFrame:
        issues = [("错误", i) for i in self.errors] + [("提醒", i) for i in self.warnings]
        return pd.DataFrame(
            [
                {"类型": kind, "行": i.row if i.row is not None else "—", "列": i.column or "—", "问题": i.message}
                for kind, i in issues
            ],
            columns=["类型", "行", "列", "问题"],
        )

    def records_frame(self) -> pd.DataFrame:
        frame = pd.DataFrame(self.records, columns=[f.name for f in FIELDS])
        return frame.rename(columns={f.name: f.label for f in FIELDS})


def today_in_beijing() -> date:
    return datetime.now(BEIJING).date()


# ---- reading ---------------------------------------------------------------------------
def read_table(filename: str, data: bytes) -> RawTable:
    """The first sheet of an XLSX file or a CSV file (UTF-8 or GB18030) as a ``RawTable``."""
    suffix = PurePath(filename).suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        rows = _xlsx_rows(data)
    elif suffix == ".csv":
        rows = _csv_rows(data)
    elif suffix == ".xls":
        raise UploadReadError("不支持旧版 .xls 文件，请在 Excel 中“另存为” .xlsx 或 .csv 后再上传。")
    else:
        raise UploadReadError(f"只支持 CSV 或 XLSX 文件，收到的是“{filename}”。")
    numbered = [(n, cells) for n, cells in enumerate(rows, 1) if not _blank(cells)]
    if not numbered:
        raise UploadReadError("文件是空的：没有表头，也没有数据行。")
    header_row, header_cells = numbered[0]
    header = ["" if c is None else str(c).strip() for c in header_cells]
    return RawTable(header, header_row, numbered[1:])


def _csv_rows(data: bytes) -> list[list[Any]]:
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:  # pragma: no cover - gb18030 decodes almost anything
        raise UploadReadError("无法识别文件编码，请另存为 UTF-8 编码的 CSV 后再上传。")
    first = text.split("\n", 1)[0]
    delimiter = "\t" if first.count("\t") > first.count(",") else ","
    try:
        return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as exc:
        raise UploadReadError(f"CSV 格式有误：{exc}") from exc


def _xlsx_rows(data: bytes) -> list[list[Any]]:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise UploadReadError("无法读取这个 Excel 文件（文件可能已损坏，或不是 .xlsx 格式）。") from exc
    try:
        sheet = workbook.worksheets[0]
        return [list(row) for row in sheet.iter_rows(values_only=True)]
    finally:
        workbook.close()


def _blank(cells: list[Any]) -> bool:
    return all(c is None or (isinstance(c, str) and not c.strip()) for c in cells)


# ---- cells -----------------------------------------------------------------------------
_DATE = re.compile(
    r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?\s*(?:[-/.]?\s*(\d{1,2})\s*日?)?(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$"
)
_COMPACT_DATE = re.compile(r"^(\d{4})(\d{2})(\d{2})?$")
_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)$")


def parse_date(value: Any) -> date | None:
    """A date from a cell: a date/datetime, ``2025-07``, ``2025/7/15``, ``2025年7月`` … (month → its 1st)."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        return None
    text = to_half_width(value).strip()
    match = _DATE.match(text) or _COMPACT_DATE.match(text)
    if not match:
        return None
    year, month, day = int(match.group(1)), int(match.group(2)), int(match.group(3) or 1)
    try:
        return date(year, month, day)
    except ValueError:
        return None


def parse_number(value: Any) -> float | None:
    """A number from a cell (``1,200`` and full-width digits accepted); None if not a number."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return None if math.isnan(value) or math.isinf(value) else float(value)
    if not isinstance(value, str):
        return None
    text = to_half_width(value).strip().replace(",", "").replace("，", "").replace(" ", "")
    return float(text) if _NUMBER.match(text) else None


def _is_empty(value: Any) -> bool:
    return (
        value is None
        or (isinstance(value, str) and not value.strip())
        or (isinstance(value, float) and math.isnan(value))
    )


def _show(value: Any) -> str:
    text = str(value).strip()
    return text if len(text) <= 20 else text[:20] + "…"


def canonical_header(name: str) -> str:
    """Header text compared loosely: half-width, lower-case, no spaces/underscores, no ``（单位）``."""
    text = to_half_width(str(name)).strip().lower().replace("（", "(").replace("）", ")")
    text = re.sub(r"\([^)]*\)", "", text)
    return re.sub(r"[\s_\-]+", "", text)


_ALIASES: dict[str, str] = {}
for _field in FIELDS:
    for _alias in (_field.name, _field.label, *_field.aliases):
        _ALIASES[canonical_header(_alias)] = _field.name


# ---- validation ------------------------------------------------------------------------
def validate_upload(
    filename: str,
    data: bytes,
    *,
    existing: Mapping[RecordKey, int] | None = None,
    today: date | None = None,
    max_bytes: int | None = None,
) -> ValidationReport:
    """Check an uploaded file; ``existing`` maps keys already stored to their upload id."""
    report = ValidationReport(filename=filename, sha256=hashlib.sha256(data).hexdigest())
    if max_bytes is not None and len(data) > max_bytes:
        report.errors.append(
            Issue(None, "", f"文件太大（{len(data) / 1e6:.1f} MB），上限为 {max_bytes / 1e6:.0f} MB。")
        )
        return report
    try:
        table = read_table(filename, data)
    except UploadReadError as exc:
        report.errors.append(Issue(None, "", str(exc)))
        return report
    report.n_rows = len(table.rows)
    columns = _map_header(table, report)
    if report.errors:
        return report
    if not table.rows:
        report.errors.append(Issue(None, "", "文件中只有表头，没有数据行。"))
        return report
    if len(table.rows) > MAX_ROWS:
        report.errors.append(
            Issue(None, "", f"数据行太多（{len(table.rows)} 行），一次最多 {MAX_ROWS} 行，请分批上传。")
        )
        return report
    today = today or today_in_beijing()
    seen: dict[RecordKey, int] = {}
    records: list[dict[str, Any]] = []
    for row_number, cells in table.rows:
        errors_before = len(report.errors)
        record = _check_row(row_number, cells, columns, today, report)
        if all(name in record for name in KEY_FIELDS):  # duplicates are found even in rows with other errors
            key = record_key(record)
            if key in seen:
                report.errors.append(Issue(row_number, KEY_LABEL, f"与第{seen[key]}行重复：{KEY_LABEL}都相同。"))
            else:
                seen[key] = row_number
                if existing and key in existing:
                    report.errors.append(
                        Issue(
                            row_number,
                            KEY_LABEL,
                            f"这条记录已经写入过（上传 #{existing[key]}，{KEY_LABEL}都相同）；如需替换，请先撤销那次上传。",
                        )
                    )
        if len(report.errors) == errors_before:
            records.append(record)
    report.errors.sort(key=lambda i: i.row or 0)  # stable: a row's problems keep their column order
    report.records = [] if report.errors else records
    return report


def record_key(record: Mapping[str, Any]) -> RecordKey:
    value = record["record_date"]
    day = value.isoformat() if isinstance(value, date) else str(value)[:10]
    return (day, str(record["community"]), str(record["team"]), str(record["activity_type"]))


def _map_header(table: RawTable, report: ValidationReport) -> dict[str, int]:
    columns: dict[str, int] = {}
    ignored: list[str] = []
    for position, name in enumerate(table.header):
        if not name:
            continue
        field_name = _ALIASES.get(canonical_header(name))
        if field_name is None:
            ignored.append(name)
        elif field_name in columns:
            report.errors.append(
                Issue(
                    table.header_row,
                    name,
                    f"列“{name}”与另一列都对应“{FIELD_BY_NAME[field_name].label}”，请只保留一列。",
                )
            )
        else:
            columns[field_name] = position
    missing = [f.label for f in FIELDS if f.name not in columns]
    if missing:
        report.errors.append(
            Issue(
                table.header_row,
                "、".join(missing),
                f"缺少必需的列：{'、'.join(missing)}。模板的表头为：{'，'.join(f.label for f in FIELDS)}。",
            )
        )
    if ignored:
        report.warnings.append(
            Issue(table.header_row, "、".join(ignored), f"以下列不在模板中，将被忽略：{'、'.join(ignored)}。")
        )
    return columns


def _check_row(
    row_number: int, cells: list[Any], columns: dict[str, int], today: date, report: ValidationReport
) -> dict[str, Any]:
    """The row's valid values (all of them when the row passes); problems go to ``report``."""
    record: dict[str, Any] = {}
    errors_before = len(report.errors)

    def error(f: RecordField, message: str) -> None:
        report.errors.append(Issue(row_number, f.label, message))

    for f in FIELDS:
        position = columns[f.name]
        raw = cells[position] if position < len(cells) else None
        if _is_empty(raw):
            hint = "（没有发生请填 0）" if f.kind in ("int", "float") else ""
            error(f, f"“{f.label}”为空{hint}。")
            continue
        if f.kind == "date":
            day = parse_date(raw)
            if day is None:
                error(f, f"“{f.label}”的值“{_show(raw)}”不是可识别的日期（请写成 2025-07-01 或 2025-07）。")
            elif day > today:
                error(f, f"“{f.label}”{day.isoformat()} 晚于今天（{today.isoformat()}），不能填写未来的日期。")
            else:
                record[f.name] = day
        elif f.kind == "text":
            text = normalize_inline(str(raw))
            if len(text) > TEXT_LIMIT:
                error(f, f"“{f.label}”太长（{len(text)} 字），最多 {TEXT_LIMIT} 字。")
            else:
                record[f.name] = text
        else:
            number = parse_number(raw)
            if number is None:
                error(f, f"“{f.label}”的值“{_show(raw)}”不是数字。")
            elif number < 0:
                error(f, f"“{f.label}”为负数（{_show(raw)}），不能小于 0。")
            elif f.kind == "int" and not number.is_integer():
                error(f, f"“{f.label}”应为整数，收到“{_show(raw)}”。")
            else:
                record[f.name] = int(number) if f.kind == "int" else number
    if len(report.errors) > errors_before:
        return record
    if record["cases_resolved"] > record["cases_reported"]:
        report.warnings.append(
            Issue(
                row_number,
                "办结案件数",
                "办结案件数大于上报案件数（可能包含以前月份上报的案件），请确认。",
            )
        )
    return record
