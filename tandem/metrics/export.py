"""Downloads: tables as CSV (UTF-8 with BOM, so Excel shows Chinese) or XLSX, and the upload template."""

from __future__ import annotations

import io

import pandas as pd

from tandem.metrics.validation import FIELDS

TEMPLATE_EXAMPLES = (
    ("2025-06-01", "示例社区", "快递员志愿服务队", "随手拍隐患", 12, 36, 9, 8),
    ("2025-07-01", "示例社区", "快递员志愿服务队", "随手拍隐患", 15, 42.5, 11, 11),
)


def to_csv_bytes(frame: pd.DataFrame) -> bytes:
    return frame.to_csv(index=False).encode("utf-8-sig")


def to_xlsx_bytes(frame: pd.DataFrame, sheet_name: str = "数据") -> bytes:
    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        frame.to_excel(writer, index=False, sheet_name=sheet_name[:31])
        sheet = writer.sheets[sheet_name[:31]]
        for column_cells in sheet.columns:
            width = max(len(str(c.value or "")) for c in column_cells)
            sheet.column_dimensions[column_cells[0].column_letter].width = min(60, max(8, width * 2))
    return buffer.getvalue()


def template_frame() -> pd.DataFrame:
    """The upload format: the template's headers with two example rows."""
    return pd.DataFrame(list(TEMPLATE_EXAMPLES), columns=[f.label for f in FIELDS])


def template_csv() -> bytes:
    return to_csv_bytes(template_frame())


def template_xlsx() -> bytes:
    return to_xlsx_bytes(template_frame(), "月度数据")
