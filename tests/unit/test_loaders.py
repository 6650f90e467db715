"""tandem.text.loaders: every supported format loads, every broken file fails with a specific Chinese message."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader, PdfWriter

from tandem.core.settings import REPO_ROOT
from tandem.text.chunking import chunk_text
from tandem.text.loaders import LoadError, decode_text, load_bytes, load_file
from tandem.text.normalize import normalize_text

CHINESE_TEXT = "八棵杨社区快递员志愿者群共有58名成员。\n专业社工根据快递员提供的信息及时解决问题，降幅达51%。\n"
_HAN = re.compile(r"[\u4e00-\u9fff]")


def _load_error(path: Path) -> str:
    with pytest.raises(LoadError) as info:
        load_file(path)
    message = str(info.value)
    assert _HAN.search(message), f"message is not Chinese: {message!r}"
    return message


def make_text_pdf(lines: list[str], title: str | None = None) -> bytes:
    """A minimal valid one-page PDF whose content stream shows ASCII ``lines`` in Helvetica."""
    content = "BT /F1 12 Tf 72 720 Td 14 TL " + " ".join(f"({line}) Tj T*" for line in lines) + " ET"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(content)} >>\nstream\n{content}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1"))
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    data = out.getvalue()
    if title is None:
        return data
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.add_metadata({"/Title": title})
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def _encrypt(data: bytes, user_password: str, owner_password: str | None = None) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt(user_password, owner_password)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


# ---- Markdown ------------------------------------------------------------------------


def test_markdown_front_matter_becomes_metadata_and_title(tmp_path: Path) -> None:
    path = tmp_path / "case.md"
    path.write_text(
        "---\ntitle: 八棵杨社区“四随行动”\nregion: 北京市朝阳区\nskills: [hazard-reporting, privacy]\n"
        'date: "2025-07-12"\n---\n\n# 正文标题\n\n正文第一段。\n',
        encoding="utf-8",
    )
    doc = load_file(path)
    assert doc.title == "八棵杨社区“四随行动”"
    assert doc.metadata == {
        "title": "八棵杨社区“四随行动”",
        "region": "北京市朝阳区",
        "skills": ["hazard-reporting", "privacy"],
        "date": "2025-07-12",
    }
    assert doc.text.strip() == "# 正文标题\n\n正文第一段。"
    assert "---" not in doc.text and "region" not in doc.text
    assert doc.encoding == "utf-8"


def test_markdown_without_front_matter_takes_first_heading(tmp_path: Path) -> None:
    path = tmp_path / "note.markdown"
    path.write_text("引言。\n\n## 静默倾听\n\n内容。\n", encoding="utf-8")
    doc = load_file(path)
    assert doc.title == "静默倾听"
    assert doc.metadata == {}
    assert doc.text == "引言。\n\n## 静默倾听\n\n内容。\n"


def test_markdown_front_matter_with_bom(tmp_path: Path) -> None:
    path = tmp_path / "bom.md"
    path.write_bytes("---\ntitle: 带BOM的文件\n---\n正文。\n".encode("utf-8-sig"))
    doc = load_file(path)
    assert doc.title == "带BOM的文件"
    assert doc.text == "正文。\n"


def test_markdown_invalid_front_matter(tmp_path: Path) -> None:
    path = tmp_path / "bad.md"
    path.write_text("---\ntitle: [没有闭合\n---\n正文。\n", encoding="utf-8")
    assert "front matter" in _load_error(path)


def test_markdown_front_matter_that_is_not_a_mapping(tmp_path: Path) -> None:
    path = tmp_path / "list.md"
    path.write_text("---\n- 一\n- 二\n---\n正文。\n", encoding="utf-8")
    assert "Markdown 文件头" in _load_error(path)


# ---- plain text encodings --------------------------------------------------------------


@pytest.mark.parametrize(
    ("encode", "encoding"),
    [
        (lambda s: s.encode("utf-8"), "utf-8"),
        (lambda s: s.encode("utf-8-sig"), "utf-8"),
        (lambda s: s.encode("utf-16"), "utf-16"),  # BOM + native order
        (lambda s: b"\xfe\xff" + s.encode("utf-16-be"), "utf-16"),
        (lambda s: b"\xff\xfe" + s.encode("utf-16-le"), "utf-16"),
        (lambda s: s.encode("gbk"), "gb18030"),
        (lambda s: s.encode("gb18030"), "gb18030"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-bom", "utf-16-be-bom", "utf-16-le-bom", "gbk", "gb18030"],
)
def test_text_encodings_decode_to_the_same_text(tmp_path: Path, encode, encoding: str) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "note.txt"
    path.write_bytes(encode(CHINESE_TEXT))
    doc = load_file(path)
    assert doc.text == CHINESE_TEXT
    assert doc.encoding == encoding
    assert doc.title == "八棵杨社区快递员志愿者群共有58名成员。"


def test_plain_text_marks_its_title_and_section_headings(tmp_path: Path) -> None:
    """A report's numbered sections, a subtitle and a short line alone between blank lines head what follows (as
    Markdown's headings do); a labelled line, a byline and a sentence do not."""
    path = tmp_path / "minutes.txt"
    path.write_text(
        "汐水街道季度推进会会议纪要\n——社工与志愿者结对一年回顾\n\n时间：2025年10月14日\n\n一、总体进展\n"
        "街道配备持证社工12名。\n\n银发医生“二次出诊”\n\n记者 沈一\n\n（二）存在问题\n1．志愿者流失较快；2．时长记录不统一。\n"
        "\n这一行本身是完整的一句话。\n\n【场景二：“活着没意思”】\n她说活着没意思。\n",
        encoding="utf-8",
    )
    doc = load_file(path)
    headings = [line for line in doc.text.splitlines() if line.startswith("#")]
    assert headings == [
        "# 汐水街道季度推进会会议纪要",
        "## ——社工与志愿者结对一年回顾",
        "## 一、总体进展",
        "## 银发医生“二次出诊”",
        "## （二）存在问题",
        "## 【场景二：“活着没意思”】",  # a scene's title in brackets, though it holds a colon
    ]
    assert doc.title == "汐水街道季度推进会会议纪要"
    chunks = chunk_text(doc.text)
    assert any(c.heading.endswith("（二）存在问题") and "流失" in c.text for c in chunks)


def test_a_short_label_ended_by_a_colon_heads_what_follows_it(tmp_path: Path) -> None:
    """Minutes' "会议议定事项：" over its numbered decisions (blind_report22) heads them; a label with its value
    ("时间：……") and a long sentence ending in a colon do not."""
    path = tmp_path / "minutes.txt"
    path.write_text(
        "石湾街道联席会议纪要\n\n时间：2025年3月2日\n\n会议听取了各社区的情况汇报，主要发言如下：\n王敏：人手不够。\n\n"
        "会议议定事项：\n1. 增设驻点社工2名。\n2. 统一购买意外险。\n",
        encoding="utf-8",
    )
    text = load_file(path).text
    headings = [line for line in text.splitlines() if line.startswith("#")]
    assert headings == ["# 石湾街道联席会议纪要", "## 会议议定事项"]
    assert any(c.heading.endswith("会议议定事项") and "意外险" in c.text for c in chunk_text(text))


def test_a_tables_rows_are_read_with_their_columns_names(tmp_path: Path) -> None:
    path = tmp_path / "notes.md"
    path.write_text(
        "# 调研笔记\n\n| 社区 | 社工人数 | 服务时长（小时） |\n| --- | :---: | ---: |\n| 滨河社区 | 3 | 1800 |\n"
        "| 柳岸社区 | 2 |  |\n\n表后一段。\n",
        encoding="utf-8",
    )
    lines = load_file(path).text.splitlines()
    assert "滨河社区：社工人数3，服务时长1800小时。" in lines  # a unit in the header goes after the value
    assert "柳岸社区：社工人数2。" in lines  # an empty cell says nothing
    assert "| 社区 | 社工人数 | 服务时长（小时） |" in lines and "表后一段。" in lines
    assert not any(set(line) <= set("|-: ") for line in lines if line)  # no rule line is left


def test_a_tables_row_of_units_goes_with_its_columns_and_a_dash_says_nothing(tmp_path: Path) -> None:
    path = tmp_path / "eval.md"
    path.write_text(
        "# 中期评估\n\n| 试点 | 社工人数 | 服务人次 | 建档独居老人 | 满意度 |\n| --- | --- | --- | --- | --- |\n"
        "| 单位 | 名 | 人次 | 人 | % |\n| 东坡社区 | 3 | 2100 | 41 | 95.5 |\n| 合计 | 5 | 3600 | 70 | — |\n",
        encoding="utf-8",
    )
    lines = load_file(path).text.splitlines()
    # a unit of two characters the column's name ends with is said once; one of one character is never cut off
    assert "东坡社区：社工人数3名，服务2100人次，建档独居老人41人，满意度95.5%。" in lines
    assert "合计：社工人数5名，服务3600人次，建档独居老人70人。" in lines  # "—": no figure
    assert not any(line.startswith("单位") for line in lines)


def test_gb18030_only_characters(tmp_path: Path) -> None:
    text = "㐀㐁 生僻字 \U00020000 测试。"  # outside GBK, inside GB18030
    path = tmp_path / "rare.txt"
    path.write_bytes(text.encode("gb18030"))
    assert load_file(path).text == text


def test_undecodable_text_raises(tmp_path: Path) -> None:
    path = tmp_path / "junk.txt"
    path.write_bytes(bytes([0x80, 0xFF, 0xFE, 0x81]) * 50)
    message = _load_error(path)
    assert "无法识别文本编码" in message and "UTF-8" in message


def test_binary_data_named_txt_raises(tmp_path: Path) -> None:
    path = tmp_path / "image.txt"
    path.write_bytes(bytes(range(256)) * 8)
    assert "不是文本文件" in _load_error(path)


def test_pdf_named_txt_raises(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_bytes(make_text_pdf(["Hello"]))
    assert "二进制" in _load_error(path)


@pytest.mark.parametrize("suffix", [".txt", ".md", ".pdf", ".docx"])
@pytest.mark.parametrize("content", [b"", b"   \n\t\r\n  "], ids=["zero-bytes", "whitespace"])
def test_empty_file_raises(tmp_path: Path, suffix: str, content: bytes) -> None:
    path = tmp_path / f"empty{suffix}"
    path.write_bytes(content)
    assert _load_error(path) == "文件为空"


def test_long_first_line_gives_no_title(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text("很" * 61 + "\n第二行。", encoding="utf-8")
    assert load_file(path).title == ""


def test_a_masthead_naming_only_the_kind_of_document_is_joined_by_the_line_naming_what_it_is_about() -> None:
    briefing = "工作简报\n湖光镇“邻里帮”试点\n第2期\n一、基本情况\n湖光镇有志愿者40名。\n"
    assert load_bytes(briefing.encode(), ".txt").title == "湖光镇“邻里帮”试点工作简报"
    assert load_bytes("会议纪要\n2024年5月6日\n到会12人。\n".encode(), ".txt").title == "会议纪要"  # a date
    assert load_bytes("邻里守望\n——记湖光镇的志愿者\n".encode(), ".txt").title == "邻里守望"  # a subtitle


def test_a_news_items_headline_naming_its_place_heads_all_of_it() -> None:
    # blind_report29's GBK briefing: under the masthead and the date, "溪南镇：……" heads the item, whose figures of
    # "全镇" are 溪南镇's (the town had been found only in the headline, and its 846 转移 declined)
    briefing = (
        "“潮汐守望”社工志愿服务简报\r\n第9期\r\n\r\n县民政局编　　2024年8月20日\r\n\r\n"
        "溪南镇：“安澜护航”守住安置小区平安度汛\r\n\r\n一、基本情况\r\n\r\n"
        "　　渔安新村是镇上最大的安置小区，台风过境期间，全镇转移群众846人，实现零伤亡。\r\n\r\n"
        "北坪乡：完成走访120户\r\n"  # a line of the body, after a paragraph: no headline
    )
    loaded = load_bytes(briefing.encode("gbk"), ".txt")
    assert loaded.title == "“潮汐守望”社工志愿服务简报"
    chunks = chunk_text(normalize_text(loaded.text))
    assert chunks[-1].heading_path == ("溪南镇：“安澜护航”守住安置小区平安度汛", "一、基本情况")
    assert "全镇转移群众846人" in chunks[-1].text and "北坪乡：完成走访120户" in chunks[-1].text


def test_markdown_items_nested_under_a_short_label_carry_it() -> None:
    summary = (
        "# 年度总结\n\n## 点位亮点\n\n- **河湾社区**\n  - 志愿者97名，全年服务289户\n- **柳泉村**\n  - 志愿者54名\n\n"
        "## 资金\n\n- 全年到位资金合计80万元，具体构成如下：\n  - 县级财政：40万元\n\n"
        "| 点位 | 志愿者（名） |\n|---|---|\n| 河湾社区 | 97 |\n| **合计** | **151** |\n"
    )
    lines = load_bytes(summary.encode(), ".md").text.splitlines()
    assert "  - 河湾社区：志愿者97名，全年服务289户" in lines and "  - 柳泉村：志愿者54名" in lines
    assert "  - 县级财政：40万元" in lines  # under a sentence, not a label
    assert "合计：151。" in lines  # a table's emphasis is no part of its figures


def test_an_interviewers_question_heads_the_answer_after_it() -> None:
    transcript = "访谈实录\n\n问：下一步有什么打算？\n答：明年主要做三件事。一是培训，二是手环。\n"
    headings = [line for line in load_bytes(transcript.encode("gbk"), ".txt").text.splitlines() if line.startswith("#")]
    assert headings == ["# 访谈实录", "## 问：下一步有什么打算？"]


def test_an_article_pasted_from_a_social_platform_loses_the_platforms_lines_and_keeps_its_own_heads() -> None:
    post = (
        "点击蓝字关注我们\n\n柳岸街道 2024-11-02 09:15 发表于浙江\n\n“同心圆”半年记｜社工和志愿者一起上门\n\n"
        "这个秋天，红马甲走进了三百多户人家。\n\n🌟 一次敲门，换来一个扶手\n\n王奶奶家的卫生间装上了扶手。\n\n"
        "▲图为志愿者在王奶奶家中\n\n来源：柳岸街道\n\n阅读原文\n\n分享 收藏 点赞 在看\n"
    )
    loaded = load_bytes(post.encode("utf-8"), ".txt")
    lines = loaded.text.splitlines()
    assert loaded.title == "“同心圆”半年记｜社工和志愿者一起上门"  # not the platform's line, nor the byline
    assert [line for line in lines if line.startswith("#")] == [
        "# “同心圆”半年记｜社工和志愿者一起上门",
        "## 🌟 一次敲门，换来一个扶手",  # a head marked by an emoji; a photo's caption heads nothing
    ]
    assert "柳岸街道 2024-11-02 09:15 发表于浙江" in lines and "▲图为志愿者在王奶奶家中" in lines
    assert not any(word in loaded.text for word in ("点击蓝字", "阅读原文", "点赞"))
    with pytest.raises(LoadError, match="没有正文"):
        load_bytes("点击蓝字关注我们\n\n阅读原文\n\n分享 收藏 点赞 在看\n".encode(), ".txt")


def test_decode_text_reports_encoding() -> None:
    assert decode_text("你好".encode("gbk")) == ("你好", "gb18030")
    assert decode_text("你好".encode()) == ("你好", "utf-8")


# ---- PDF --------------------------------------------------------------------------------


def test_pdf_with_text_loads(tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(make_text_pdf(["Volunteer training report.", "Second line about social work."]))
    doc = load_file(path)
    assert "Volunteer training report." in doc.text
    assert "Second line about social work." in doc.text
    assert doc.metadata == {"pages": 1}
    assert doc.title == "Volunteer training report."


def test_pdf_title_from_metadata(tmp_path: Path) -> None:
    path = tmp_path / "titled.pdf"
    path.write_bytes(make_text_pdf(["Body text."], title="Pilot Report"))
    assert load_file(path).title == "Pilot Report"


def test_a_pdf_table_extracted_as_cells_apart_by_spaces_is_read_row_by_row(tmp_path: Path) -> None:
    path = tmp_path / "table.pdf"
    path.write_bytes(
        make_text_pdf(["Figures by street", "Street Workers Volunteers", "East 5 68", "West 4 57", "End."])
    )
    lines = load_file(path).text.splitlines()
    assert "East：Workers5，Volunteers68。" in lines and "West：Workers4，Volunteers57。" in lines
    assert "# Figures by street" in lines and "End." in lines  # the first line heads the document


@pytest.mark.parametrize(
    ("header", "names"),
    [("Town(Area)Workers(n) Volunteers Visits", "Town(Area)"), ("Workers(n) Volunteers Visits", "")],
)
def test_a_pdf_table_whose_column_of_names_has_no_header_cell_of_its_own_is_read_row_by_row(
    tmp_path: Path, header: str, names: str
) -> None:
    """A browser's PDF of a report (blind_report18) runs the name column's header into the next: "镇（街道）社工人数（名）"."""
    path = tmp_path / "table.pdf"
    path.write_bytes(make_text_pdf(["Figures by town", header, "East 12 1860 9420", "West 9 1530 7865", "End."]))
    lines = load_file(path).text.splitlines()
    assert f"| {names} | Workers(n) | Volunteers | Visits |" in lines
    assert (
        "East：Workers12n，Volunteers1860，Visits9420。" in lines
        and "West：Workers9n，Volunteers1530，Visits7865。" in lines
    )


def test_a_pdf_s_numbered_headings_head_its_sections_and_its_wrapped_lines_head_nothing() -> None:
    """A PDF's text is its page's lines: "五、存在的困难" stands alone and heads the problems listed; a numbered item
    wrapped at the page's width ("（一）10月底前完成……覆盖到全部" / "建档独居老人。") goes on in the next line."""
    pdf = REPO_ROOT / "tests/data/eval/blind_report6/yibin_lizhuang_zhuxiang_jianbao.pdf"
    lines = load_file(pdf).text.splitlines()
    assert "## 五、存在的困难" in lines and "## 六、下一步工作" in lines
    wrapped = next(line for line in lines if "10月底前完成独居老人需求清单复核" in line)
    assert not wrapped.startswith("#")
    assert "覆盖到全部建档独居老人" in wrapped  # joined by the page's width, though it opens with "（一）"


def test_a_pdf_s_sentences_wrapped_mid_word_are_joined_and_its_table_names_each_row():
    """A PDF printed at a fixed width cuts words ("专业社工+志" / "愿服务"), items ("白岩村、" / "茶园村") and figures
    ("福彩公益金1" / "2.6万元"); a table names each row by two cells (乡镇, 村) and gives units in its cells
    ("38名"), its total by one."""
    text = normalize_text(load_file(REPO_ROOT / "tests/data/eval/blind_report16/baichuan.pdf").text)
    assert "“专业社工+志愿服务”融合试点" in text and "福彩公益金12.6万元" in text
    assert "白岩村、茶园村等村级点位" in text
    lines = text.splitlines()
    assert "枫林乡白岩村：2023年志愿者38名，2024年志愿者56名，2024年服务时长1430小时，2024年服务870人次。" in lines
    assert "合计：2023年志愿者386名，2024年志愿者612名，2024年服务时长16380小时，2024年服务8970人次。" in lines


def test_a_pdf_tables_header_whose_cells_wrap_one_short_line_each_names_the_columns() -> None:
    """Chromium's PDF of a year's summary (blind_report22): pypdf gives each header cell in short lines of its own
    ("驻点社工" / "（名）", "志愿服务时长（小" / "时）"), then the rows apart by spaces; the first row had been read as the
    header, every later figure written after the first row's ("望江街道：65，812647……")."""
    text = normalize_text(load_file(REPO_ROOT / "tests/data/eval/blind_report22/summary.pdf").text)
    lines = text.splitlines()
    assert (
        "| 街道（镇） | 驻点社工（名） | 注册志愿者（人） | 志愿服务时长（小时） | 入户走访（户次） | 开展活动（场） |"
        in lines
    )
    assert "望江街道：驻点社工5名，注册志愿者647人，志愿服务时长11930小时，入户走访1102户次，开展活动47场。" in lines
    assert "合计：驻点社工18名，注册志愿者2124人，志愿服务时长40155小时，入户走访4227户次，开展活动164场。" in lines


def test_a_pdf_tables_wrapped_header_names_its_names_column_without_a_unit() -> None:
    """A town's half-year summary printed by fpdf2 (blind_report24): the header's first cell is "单位", with no unit in
    brackets, the others wrap ("注册志愿者" / "（人）"), and the table runs across a page, its header again on the next;
    the rows had stayed bare lines of figures ("竹溪社区 312 3 4260 58 96 18600")."""
    lines = load_file(
        REPO_ROOT / "tests/data/eval/blind_report24/佛子岭镇2025年上半年融合试点工作总结.pdf"
    ).text.splitlines()
    header = "| 单位 | 注册志愿者（人） | 驻点社工（人） | 服务时长（小时） | 开展活动（场） | 结对帮扶（户） | 慈善资金（元） |"
    assert lines.count(header) == 2
    assert (
        "青枫岭村：注册志愿者146人，驻点社工2人，服务时长1870小时，开展活动27场，结对帮扶73户，慈善资金12400元。"
        in lines
    )
    assert "漫畈村：注册志愿者83人，驻点社工1人，服务时长960小时，开展活动16场，结对帮扶38户，慈善资金4300元。" in lines


def test_a_pdf_tables_rows_without_a_header_are_left_as_they_are(tmp_path: Path) -> None:
    """A row of figures is no header: without one found above it, the rows stay lines, not "West：5 4……"."""
    path = tmp_path / "table.pdf"
    path.write_bytes(make_text_pdf(["Streets", "East 5 68 7", "West 4 57 8", "North 3 41 6", "End."]))
    lines = load_file(path).text.splitlines()
    assert "East 5 68 7" in lines and "West 4 57 8" in lines and not any("：" in line for line in lines)


def test_a_pdf_printed_by_a_browser_reads_as_the_characters_it_shows() -> None:
    """Chromium's PDF of a report (written blind, tests/data/eval/blind_report4): pypdf extracts 工 as the radical
    ⼯, 门 as ⻔, cells of a table apart by spaces and lines wrapped after a figure."""
    pdf = Path(__file__).resolve().parents[1] / "data" / "eval" / "blind_report4" / "xundong-report.pdf"
    text = normalize_text(load_file(pdf).text)
    assert not any(0x2E80 <= ord(ch) <= 0x2FDF for ch in text)
    assert "石门街道：社工4名，志愿者50名，服务户数184户，服务时长1925小时。" in text
    assert "累计服务1042户，志愿服务时长9860小时" in text  # "1042" / "户，……" joined


def test_encrypted_pdf_raises(tmp_path: Path) -> None:
    path = tmp_path / "secret.pdf"
    path.write_bytes(_encrypt(make_text_pdf(["Top secret text."]), "secret"))
    message = _load_error(path)
    assert "加密" in message and "密码" in message


def test_pdf_with_owner_password_only_loads(tmp_path: Path) -> None:
    path = tmp_path / "restricted.pdf"
    path.write_bytes(_encrypt(make_text_pdf(["Readable without a password."]), "", "owner-secret"))
    assert "Readable without a password." in load_file(path).text


def test_pdf_without_text_asks_for_ocr(tmp_path: Path) -> None:
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    buffer = io.BytesIO()
    writer.write(buffer)
    path = tmp_path / "scan.pdf"
    path.write_bytes(buffer.getvalue())
    message = _load_error(path)
    assert "OCR" in message and "没有可提取的文字" in message


def test_binary_junk_named_pdf_raises(tmp_path: Path) -> None:
    path = tmp_path / "fake.pdf"
    path.write_bytes(bytes(range(1, 256)) * 10)
    assert "内容不是 PDF" in _load_error(path)


def test_truncated_pdf_raises(tmp_path: Path) -> None:
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\n")
    message = _load_error(path)
    assert "PDF" in message


# ---- Word -------------------------------------------------------------------------------


def _make_docx(path: Path) -> None:
    document = docx.Document()
    document.add_heading("八棵杨社区四随行动", level=1)
    document.add_paragraph("快递员志愿者随手拍隐患、随手帮居民。")
    document.add_heading("成效与数据", level=2)
    document.add_paragraph("接诉即办案件降幅达到51%。")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "指标"
    table.cell(0, 1).text = "数值"
    table.cell(1, 0).text = "成员"
    table.cell(1, 1).text = "58名"
    document.add_paragraph("表格之后的段落。")
    document.save(str(path))


def test_docx_loads_headings_paragraphs_and_tables(tmp_path: Path) -> None:
    path = tmp_path / "report.docx"
    _make_docx(path)
    doc = load_file(path)
    lines = doc.text.split("\n")
    assert lines == [
        "# 八棵杨社区四随行动",
        "快递员志愿者随手拍隐患、随手帮居民。",
        "## 成效与数据",
        "接诉即办案件降幅达到51%。",
        "| 指标 | 数值 |",
        "成员：58名。",  # a row names its columns (a two-column table: key and value)
        "表格之后的段落。",
    ]
    assert doc.title == "八棵杨社区四随行动"


def test_a_docx_without_heading_styles_is_headed_by_its_numbered_sections(tmp_path: Path) -> None:
    document = docx.Document()
    for text in ("澄江街道联席会议纪要", "一、基本情况", "街道配备社工6名。", "二、存在问题", "志愿者流动性大。"):
        document.add_paragraph(text)
    path = tmp_path / "minutes.docx"
    document.save(str(path))
    headings = [line for line in load_file(path).text.splitlines() if line.startswith("#")]
    assert headings == ["# 澄江街道联席会议纪要", "## 一、基本情况", "## 二、存在问题"]


def test_a_docx_tables_caption_heads_its_rows_and_a_frequency_keeps_its_name(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_heading("季度统计报表", level=0)
    document.add_paragraph("三个镇的数据见下表：")  # a sentence leading to a table is no caption
    document.add_table(rows=2, cols=2).rows[1].cells[0].text = "柳塘镇"
    document.add_paragraph("表二　重点服务项目清单")
    table = document.add_table(rows=2, cols=3)
    for cell, text in zip(table.rows[0].cells, ("项目名称", "负责单位", "频次"), strict=True):
        cell.text = text
    for cell, text in zip(table.rows[1].cells, ("“敲敲门”探访", "城关社工站", "每周1次"), strict=True):
        cell.text = text
    path = tmp_path / "return.docx"
    document.save(str(path))
    lines = load_file(path).text.splitlines()
    assert [line for line in lines if line.startswith("#")] == ["# 季度统计报表", "## 表二　重点服务项目清单"]
    assert "“敲敲门”探访：负责单位城关社工站，频次每周1次。" in lines  # not 频 + 每周1次


def test_a_docx_tables_merged_cells_and_two_row_header_are_read(tmp_path: Path) -> None:
    """blind_report23's evaluation report: "指标 | 目标值 | 完成情况" spanning "类别 | 指标名称 | 目标值 | 完成值 | 完成率",
    the category merged down its rows.  Read cell by cell, the header had three names for five columns and 完成值
    was lost."""
    document = docx.Document()
    table = document.add_table(rows=4, cols=5)
    cells = [row.cells for row in table.rows]
    cells[0][0].merge(cells[0][1]).text = "指标"
    cells[0][2].merge(cells[1][2]).text = "目标值"
    cells[0][3].merge(cells[0][4]).text = "完成情况"
    for cell, text in zip(cells[1], ("类别", "指标名称", "", "完成值", "完成率"), strict=True):
        if text:
            cell.text = text
    cells[2][0].merge(cells[3][0]).text = "数量指标"
    for row, values in (
        (2, ("培训人次", "1500人次", "1362人次", "90.8%")),
        (3, ("活动场次", "600场", "687场", "114.5%")),
    ):
        for cell, text in zip(cells[row][1:], values, strict=True):
            cell.text = text
    path = tmp_path / "evaluation.docx"
    document.save(str(path))
    lines = load_file(path).text.splitlines()
    assert "| 指标名称 | 指标类别 | 目标值 | 完成值 | 完成率 |" in lines
    assert "培训人次：指标类别数量指标，目标值1500人次，完成值1362人次，完成率90.8%。" in lines
    assert "活动场次：指标类别数量指标，目标值600场，完成值687场，完成率114.5%。" in lines


@pytest.mark.parametrize("value", ["x", "", "0", "99999999"])
def test_a_docx_cell_spanning_a_broken_or_huge_count_loads(tmp_path: Path, value: str) -> None:
    """A gridSpan that is no count had stopped the load with a ValueError; one of 99999999 columns wrote a row of
    400 MB.  The cell spans one column, or at most a Word table's width."""
    from docx.oxml.ns import qn

    document = docx.Document()
    table = document.add_table(rows=3, cols=3)
    for row, cells in zip(
        table.rows, (("地点", "社工", "志愿者"), ("柳塘镇", "2", "44"), ("石桥镇", "3", "51")), strict=True
    ):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    properties = table.rows[0].cells[0]._tc.get_or_add_tcPr()
    properties.append(properties.makeelement(qn("w:gridSpan"), {qn("w:val"): value}))
    path = tmp_path / "span.docx"
    document.save(str(path))
    text = load_file(path).text
    assert "柳塘镇：" in text and "44" in text
    assert len(text) < 2_000


def test_a_docx_holding_only_an_empty_table_has_no_text(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_table(rows=2, cols=3)
    path = tmp_path / "empty-table.docx"
    document.save(str(path))
    assert _load_error(path) == "Word 文档中没有文字"


def test_docx_title_style_and_core_title(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_heading("文档大标题", level=0)
    document.add_paragraph("正文。")
    document.core_properties.title = "属性里的标题"
    path = tmp_path / "titled.docx"
    document.save(str(path))
    doc = load_file(path)
    assert doc.text.split("\n")[0] == "# 文档大标题"
    assert doc.title == "属性里的标题"


def test_docx_without_text_raises(tmp_path: Path) -> None:
    path = tmp_path / "blank.docx"
    docx.Document().save(str(path))
    assert _load_error(path) == "Word 文档中没有文字"


def test_zero_byte_docx_raises(tmp_path: Path) -> None:
    path = tmp_path / "zero.docx"
    path.write_bytes(b"")
    assert _load_error(path) == "文件为空"


def test_docx_that_is_a_zip_of_junk_raises(tmp_path: Path) -> None:
    path = tmp_path / "junk.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "not a word document")
        archive.writestr("data.bin", bytes(range(256)))
    message = _load_error(path)
    assert "word/document.xml" in message and "损坏" in message


def test_docx_with_broken_document_xml_raises(tmp_path: Path) -> None:
    path = tmp_path / "broken.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", "<<< not xml")
    message = _load_error(path)
    assert message.startswith("Word 文档损坏，无法读取")


def test_non_zip_named_docx_raises(tmp_path: Path) -> None:
    path = tmp_path / "fake.docx"
    path.write_text("这其实是一段纯文本。", encoding="utf-8")
    assert "内容不是 Word 文档" in _load_error(path)


def test_truncated_docx_raises(tmp_path: Path) -> None:
    good = tmp_path / "good.docx"
    _make_docx(good)
    path = tmp_path / "truncated.docx"
    path.write_bytes(good.read_bytes()[:300])
    assert "损坏" in _load_error(path)


# ---- web pages -------------------------------------------------------------------------------

BRIEFING_PAGE = """<!DOCTYPE html>
<html><head><meta charset="{charset}"><title>青溪县民政简报 2024年第3期</title>
<style>p {{ color: red; }}</style><script>var tracker = "不该读到的脚本文字";</script></head>
<body><nav><a href="/">首页</a></nav>
<h1>石桥镇“邻里守望站”运行见成效</h1>
<p>截至6月底，全镇注册志愿者达到
   812名，持证社工8名。</p>
<h2>一、各站运行情况</h2>
<table><tr><th>守望站</th><th>守望志愿者（名）</th><th>结对老人（名）</th></tr>
<tr><td>柳塘社区</td><td>38</td><td>64</td></tr><tr><td>枫林村</td><td>22</td><td>41</td></tr></table>
<h2>二、“敲门三问”流程</h2>
<ol><li>看门前状况：留意门口是否堆着报纸；</li><li>敲门问候：表明身份；</li><li>填写探访卡。</li></ol>
<p>点赞</p>
</body></html>"""


def test_a_web_page_is_read_as_headings_lists_and_table_rows(tmp_path: Path) -> None:
    """A briefing saved from a browser: its heading tags head sections, its table's rows answer on their own, the
    lines of a paragraph wrapped in the source are one, and scripts, styles and a platform's buttons are no text."""
    path = tmp_path / "石桥镇简报.html"
    path.write_text(BRIEFING_PAGE.format(charset="utf-8"), encoding="utf-8")
    loaded = load_file(path)
    assert loaded.title == "青溪县民政简报 2024年第3期"
    lines = loaded.text.splitlines()
    assert "# 石桥镇“邻里守望站”运行见成效" in lines and "## 一、各站运行情况" in lines
    assert "截至6月底，全镇注册志愿者达到812名，持证社工8名。" in lines
    assert "柳塘社区：守望志愿者38名，结对老人64名。" in lines
    assert "- 敲门问候：表明身份；" in lines
    assert "脚本" not in loaded.text and "color" not in loaded.text and "点赞" not in lines


def test_a_web_page_laid_out_in_tables_keeps_its_text(tmp_path: Path) -> None:
    """An older government page lays itself out in tables: a heading and paragraphs inside a cell, a table of figures
    inside that, a one-column table of paragraphs. None of its text is lost, and the inner table still reads as rows."""
    path = tmp_path / "layout.html"
    path.write_text(
        "<html><body><table><tr><td><h1>青溪县简报</h1><p>全县志愿者1286名。</p>"
        "<table><tr><th>社区</th><th>社工（名）</th><th>志愿者（名）</th></tr>"
        "<tr><td>柳塘社区</td><td>3</td><td>38</td></tr></table>"
        "<p>下一步将扩大覆盖。</p></td></tr><tr><td>联系电话：0793-1234567</td></tr></table>"
        "<table><tr><td>只有一列的排版表格里的一段正文。</td></tr><tr><td>第二段正文。</td></tr></table></body></html>",
        encoding="utf-8",
    )
    lines = load_file(path).text.splitlines()
    assert lines[:2] == ["# 青溪县简报", "全县志愿者1286名。"], lines
    assert "柳塘社区：社工3名，志愿者38名。" in lines
    for line in ("下一步将扩大覆盖。", "联系电话：0793-1234567", "只有一列的排版表格里的一段正文。", "第二段正文。"):
        assert line in lines, lines


def test_a_web_page_in_gbk_is_read(tmp_path: Path) -> None:
    path = tmp_path / "briefing.htm"
    path.write_bytes(BRIEFING_PAGE.format(charset="gbk").encode("gbk"))
    loaded = load_file(path)
    assert loaded.metadata == {} and "枫林村：守望志愿者22名，结对老人41名。" in loaded.text.splitlines()


def test_a_web_page_without_text_raises(tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    path.write_text("<html><head><script>var a = 1;</script></head><body><img src='a.png'></body></html>")
    assert "没有正文文字" in _load_error(path)


# ---- suffixes and files -------------------------------------------------------------------


@pytest.mark.parametrize("name", ["table.xlsx", "slides.pptx", "old.doc", "notes.rtf"])
def test_unsupported_suffix_raises(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text("内容", encoding="utf-8")
    message = _load_error(path)
    assert message.startswith(f"不支持的文件类型“{path.suffix}”")
    assert ".md" in message and ".docx" in message


def test_no_suffix_raises(tmp_path: Path) -> None:
    path = tmp_path / "README"
    path.write_text("内容", encoding="utf-8")
    assert "无扩展名" in _load_error(path)


def test_suffix_is_case_insensitive(tmp_path: Path) -> None:
    path = tmp_path / "NOTE.TXT"
    path.write_text(CHINESE_TEXT, encoding="utf-8")
    assert load_file(path).text == CHINESE_TEXT


def test_missing_file_raises(tmp_path: Path) -> None:
    assert "无法读取文件" in _load_error(tmp_path / "missing.txt")


def test_load_bytes_matches_load_file(tmp_path: Path) -> None:
    path = tmp_path / "same.txt"
    path.write_bytes(CHINESE_TEXT.encode("gbk"))
    assert load_bytes(path.read_bytes(), ".TXT") == load_file(path)


@pytest.mark.parametrize(
    "bom", [b"\xef\xbb\xbf", b"\xff\xfe", b"\xef\xbb\xbf  \r\n"], ids=["utf-8-bom", "utf-16-bom", "bom-whitespace"]
)
def test_bom_only_file_is_empty(tmp_path: Path, bom: bytes) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(bom)
    assert _load_error(path) == "文件为空"


def test_a_pdf_exported_from_slides_keeps_its_bullets_and_captions_its_big_figures() -> None:
    """A browser's PDF of a slide deck (tests/data/eval/blind_report20, written blind): landscape pages of a few short
    lines each, a title the browser wrote from the HTML file's name, a footer under every slide, big figures over
    their captions, bullets that end without a full stop, one story wrapped at the slide's edge."""
    doc = load_file(REPO_ROOT / "tests/data/eval/blind_report20/nuanlin_huibao.pdf")
    assert doc.title == "“暖邻同行”社工+志愿服务试点" and not doc.wrapped
    lines = normalize_text(doc.text, join_lines=doc.wrapped).splitlines()
    assert "注册志愿者：1,286名" in lines and "结对困难老人：743户" in lines
    assert "## 特色做法" in lines and "“小哥哨兵”：骑手配送中发现老人异常，随手拍照上报" in lines
    assert "需求发现 → 社工评估 → 派单结对 → 志愿服务 → 社工回访 → 积分兑换" in lines
    assert any(line.endswith("三天没取牛奶，立即上报。") for line in lines)
    assert not any("清溪区民政局 · 暖邻同行" in line for line in lines)  # the running footer


@pytest.mark.parametrize(
    ("stored", "title"),
    [
        ("nuanlin_huibao.html", "Body text."),
        ("Microsoft Word - 工作总结.docx", "工作总结"),
        ("Pilot Report", "Pilot Report"),
    ],
)
def test_a_title_a_program_wrote_from_the_file_name_is_no_title(tmp_path: Path, stored: str, title: str) -> None:
    path = tmp_path / "titled.pdf"
    path.write_bytes(make_text_pdf(["Body text."], title=stored))
    assert load_file(path).title == title


def test_a_chat_s_messages_stay_one_per_line() -> None:
    """A work group's chat exported as text: a message that ends without a full stop is not a sentence wrapped into
    the next message; each is chunked on a line of its own."""
    chat = (
        "2024-10-14 09:45 李科长：很好，后面按月回访就行，大家这周都辛苦一下\n"
        "2024-10-14 11:00 李科长：提醒一下：10月25日前各街镇把服务时长报上来。\n"
        "[11:05] 陈敏：收到，谢谢科长，我们凤鸣这边马上就去统计一下这个数\n"
        "[11:10] 王站长：好的"
    )
    text = normalize_text(chat)
    assert len(text.splitlines()) == 4
    assert chunk_text(text)[0].text.count("\n") == 3
