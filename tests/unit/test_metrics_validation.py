"""Validation of leaders' monthly uploads: every rule, row numbers, CSV and XLSX, nothing accepted half-way."""

from __future__ import annotations

import io
from datetime import date, datetime

import pytest
from openpyxl import Workbook

from tandem.metrics.export import template_csv, template_xlsx
from tandem.metrics.validation import FIELDS, parse_date, parse_number, validate_upload

TODAY = date(2025, 8, 15)
HEADER = "日期,社区,团队,活动类型,参与人数,志愿服务时长（小时）,上报案件数,办结案件数"
GOOD_ROWS = [
    "2025-06-01,八棵杨社区,有劲小哥,随手拍隐患,12,36,9,8",
    "2025-07-01,八棵杨社区,有劲小哥,随手拍隐患,15,42.5,11,11",
    "2025-07-01,八棵杨社区,银龄志愿队,入户探访,8,20,3,2",
]


def csv_bytes(*rows: str, header: str = HEADER, encoding: str = "utf-8") -> bytes:
    return ("\n".join([header, *rows]) + "\n").encode(encoding)


def check(data: bytes, filename: str = "records.csv", **kwargs):  # type: ignore[no-untyped-def]
    return validate_upload(filename, data, today=TODAY, **kwargs)


def test_good_csv_gives_typed_records() -> None:
    report = check(csv_bytes(*GOOD_ROWS))
    assert report.ok, report.errors
    assert report.n_rows == 3
    first = report.records[0]
    assert first == {
        "record_date": date(2025, 6, 1),
        "community": "八棵杨社区",
        "team": "有劲小哥",
        "activity_type": "随手拍隐患",
        "participants": 12,
        "volunteer_hours": 36.0,
        "cases_reported": 9,
        "cases_resolved": 8,
    }
    assert isinstance(first["participants"], int) and isinstance(report.records[1]["volunteer_hours"], float)
    assert report.records[1]["volunteer_hours"] == 42.5
    assert report.issues_frame().empty
    assert list(report.records_frame().columns) == [f.label for f in FIELDS]


def test_missing_columns_are_named_and_nothing_is_accepted() -> None:
    header = "日期,社区,团队,参与人数,志愿服务时长（小时）,上报案件数"
    report = check(csv_bytes("2025-07-01,八棵杨社区,有劲小哥,12,36,9", header=header))
    assert not report.ok and report.records == []
    assert len(report.errors) == 1
    message = report.errors[0].message
    assert "缺少必需的列" in message and "活动类型" in message and "办结案件数" in message
    assert report.errors[0].row == 1


def test_row_level_messages_for_every_rule_with_spreadsheet_row_numbers() -> None:
    rows = [
        "2025-07-01,八棵杨社区,有劲小哥,随手拍隐患,十二,36,9,8",  # row 2: non-numeric
        "2025-07-01,八棵杨社区,银龄志愿队,入户探访,8,-3,3,2",  # row 3: negative
        "2025-09-01,八棵杨社区,有劲小哥,随手拍隐患,5,10,1,1",  # row 4: future date
        "2025-07-01,八棵杨社区,有劲小哥,随手拍隐患,15,40,11,11",  # row 5: same key as row 2
        "2025-06-01,八棵杨社区,有劲小哥,文明宣传,2.5,4,0,0",  # row 6: not an integer
        "2025-06-01,,有劲小哥,文明宣传,2,4,0,0",  # row 7: empty community
        "七月,八棵杨社区,有劲小哥,文明宣传,2,4,0,0",  # row 8: bad date
    ]
    report = check(csv_bytes(*rows))
    assert not report.ok and report.records == []
    by_row = {i.row: i for i in report.errors}
    assert "不是数字" in by_row[2].message and by_row[2].column == "参与人数" and "十二" in by_row[2].message
    assert "负数" in by_row[3].message and by_row[3].column == "志愿服务时长（小时）"
    assert "晚于今天" in by_row[4].message and "2025-09-01" in by_row[4].message
    assert by_row[5].message == "与第2行重复：日期、社区、团队、活动类型都相同。"  # even though row 2 has another error
    assert "整数" in by_row[6].message
    assert "为空" in by_row[7].message and by_row[7].column == "社区"
    assert "日期" in by_row[8].message and "七月" in by_row[8].message
    assert [i.row for i in report.errors] == sorted(i.row for i in report.errors)
    frame = report.issues_frame()
    assert set(frame["类型"]) == {"错误"} and len(frame) == len(report.errors)


def test_duplicate_rows_inside_the_file() -> None:
    report = check(csv_bytes(GOOD_ROWS[0], GOOD_ROWS[1], GOOD_ROWS[1]))
    assert not report.ok
    assert [(i.row, i.message) for i in report.errors] == [(4, "与第3行重复：日期、社区、团队、活动类型都相同。")]


def test_rows_already_stored_are_duplicates() -> None:
    existing = {("2025-07-01", "八棵杨社区", "有劲小哥", "随手拍隐患"): 7}
    report = check(csv_bytes(*GOOD_ROWS), existing=existing)
    assert not report.ok
    assert len(report.errors) == 1 and report.errors[0].row == 3
    assert "上传 #7" in report.errors[0].message and "撤销" in report.errors[0].message


def test_blank_lines_keep_row_numbers() -> None:
    data = (
        HEADER + "\n" + GOOD_ROWS[0] + "\n\n,,,,,,,\n" + "2025-07-01,八棵杨社区,有劲小哥,随手拍隐患,x,1,1,1\n"
    ).encode()
    report = check(data)
    assert [i.row for i in report.errors] == [5]


def test_header_aliases_units_and_extra_columns() -> None:
    header = "Date, Community ,team,activity_type,participants,志愿服务时长(小时),cases reported,Cases_Resolved,备注"
    report = check(csv_bytes("2025/7/3,八棵杨社区,有劲小哥,随手拍隐患,1,2,3,4,随便写", header=header))
    assert report.ok, report.errors
    assert report.records[0]["record_date"] == date(2025, 7, 3)
    warnings = [w.message for w in report.warnings]
    assert any("备注" in w and "忽略" in w for w in warnings)
    assert any("办结案件数大于上报案件数" in w for w in warnings)


def test_a_column_given_twice_is_an_error() -> None:
    report = check(csv_bytes("2025-07-01,a,b,c,1,2,3,3,4", header=HEADER + ",参与人次"))
    assert not report.ok and "参与人数" in report.errors[0].message


def test_gb18030_csv_from_chinese_excel() -> None:
    report = check(csv_bytes(*GOOD_ROWS, encoding="gb18030"))
    assert report.ok and report.records[0]["community"] == "八棵杨社区"


def test_numbers_with_thousands_separators_and_full_width_digits() -> None:
    report = check(csv_bytes('2025-07-01,八棵杨社区,有劲小哥,随手拍隐患,"1,200",３６,9,8'))
    assert report.ok, report.errors
    assert report.records[0]["participants"] == 1200 and report.records[0]["volunteer_hours"] == 36.0


def xlsx_bytes(rows: list[list[object]]) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append([f.label for f in FIELDS])
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def test_xlsx_with_real_dates_and_numbers() -> None:
    data = xlsx_bytes(
        [
            [datetime(2025, 7, 1), "八棵杨社区", "有劲小哥", "随手拍隐患", 12, 36.5, 9, 8],
            [None, None, None, None, None, None, None, None],
            ["2025-07", "八棵杨社区", "银龄志愿队", "入户探访", -1, 20, 3, 2],
        ]
    )
    report = check(data, "月度.xlsx")
    assert not report.ok
    assert [(i.row, i.column) for i in report.errors] == [(4, "参与人数")]
    fixed = xlsx_bytes(
        [
            [datetime(2025, 7, 1), "八棵杨社区", "有劲小哥", "随手拍隐患", 12, 36.5, 9, 8],
            ["2025-07", "八棵杨社区", "银龄志愿队", "入户探访", 1, 20, 3, 2],
        ]
    )
    report = check(fixed, "月度.xlsx")
    assert report.ok and len(report.records) == 2
    assert report.records[1]["record_date"] == date(2025, 7, 1)


@pytest.mark.parametrize(
    ("filename", "data", "expected"),
    [
        ("records.txt", b"a,b", "只支持 CSV 或 XLSX"),
        ("records.xls", b"\xd0\xcf\x11\xe0", "另存为"),
        ("records.xlsx", b"not a zip file", "无法读取这个 Excel 文件"),
        ("records.csv", b"", "文件是空的"),
        ("records.csv", (HEADER + "\n").encode(), "没有数据行"),
    ],
)
def test_unreadable_files_get_a_clear_message(filename: str, data: bytes, expected: str) -> None:
    report = check(data, filename)
    assert not report.ok and report.records == []
    assert expected in report.errors[0].message and report.errors[0].row is None


def test_oversized_file() -> None:
    report = check(csv_bytes(*GOOD_ROWS), max_bytes=10)
    assert not report.ok and "文件太大" in report.errors[0].message


def test_future_is_judged_against_today() -> None:
    row = "2025-08-15,八棵杨社区,有劲小哥,随手拍隐患,1,1,1,1"
    assert validate_upload("a.csv", csv_bytes(row), today=date(2025, 8, 15)).ok
    assert not validate_upload("a.csv", csv_bytes(row), today=date(2025, 8, 14)).ok


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-07-01", date(2025, 7, 1)),
        ("2025/7/5", date(2025, 7, 5)),
        ("2025-07", date(2025, 7, 1)),
        ("2025年7月", date(2025, 7, 1)),
        ("2025年7月15日", date(2025, 7, 15)),
        ("202507", date(2025, 7, 1)),
        ("20250715", date(2025, 7, 15)),
        ("2025-07-01 00:00:00", date(2025, 7, 1)),
        ("２０２５-０７", date(2025, 7, 1)),
        (datetime(2025, 7, 1, 8, 30), date(2025, 7, 1)),
        (date(2025, 7, 1), date(2025, 7, 1)),
        ("2025-13-01", None),
        ("2025-02-30", None),
        ("七月", None),
        ("", None),
        (45000, None),
    ],
)
def test_parse_date(value: object, expected: date | None) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("12", 12.0),
        (" 1,200 ", 1200.0),
        ("3.5", 3.5),
        ("１２", 12.0),
        (7, 7.0),
        (2.5, 2.5),
        ("-4", -4.0),
        ("十二", None),
        ("12人", None),
        ("", None),
        (True, None),
        (float("nan"), None),
    ],
)
def test_parse_number(value: object, expected: float | None) -> None:
    assert parse_number(value) == expected


@pytest.mark.parametrize("template", [template_csv, template_xlsx])
def test_the_downloadable_template_passes_validation(template) -> None:  # type: ignore[no-untyped-def]
    name = "模板.csv" if template is template_csv else "模板.xlsx"
    report = check(template(), name)
    assert report.ok, report.errors
    assert not report.warnings
