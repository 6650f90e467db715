"""Loaders: turn a ``.md``, ``.txt``, ``.pdf``, ``.docx`` or ``.html`` file into a ``LoadedDocument``.

Every expected failure (empty file, binary junk, encrypted or image-only PDF,
broken Word file, undecodable text) raises ``LoadError`` with a message in
Chinese that tells the user what is wrong; callers report it and move on.
"""

from __future__ import annotations

import io
import itertools
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from tandem.errors import TandemError
from tandem.text.frontmatter import FrontMatterError, split_front_matter

SUPPORTED_SUFFIXES = (".md", ".markdown", ".txt", ".pdf", ".docx", ".html", ".htm")
_TEXT_ENCODINGS = ("utf-8-sig", "gb18030")
_PDF_MAGIC = b"%PDF-"
_ZIP_MAGIC = b"PK\x03\x04"
# A plain-text report marks its sections with numbered lines ("三、工作法运行情况", "（二）存在问题", "第一部分") or
# with a short line standing alone between blank lines ("银发医生“二次出诊”"), never ended like a sentence
_NUMBERED_HEADING = re.compile(
    r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|第[一二三四五六七八九十\d]+[章节部分])"
)
_ENDED = re.compile(r"[。！？；!?;：:，,、]$")
# a post's byline: who published it and when ("青溪民政 2024-10-18 08:30 发表于江西")
_BYLINE = re.compile(r"发表于|\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}")
# a photo's caption ("▲图为志愿者……", "（图为……）"): it heads nothing
_PHOTO_CAPTION = re.compile(r"^[▲△]|^[（(]?\s*(?:图为|图片来源|图：|供图)")
# a head a post marks with a symbol or an emoji before it ("📍 ……", "✨……", "■ ……")
_MARKED_HEAD = re.compile(r"^[\U0001F300-\U0001FAFF\u2600-\u27BF\u25A0-\u25FF\u2B50]+\ufe0f?\s*(\S.*)$")
_SENTENCE_ENDED = re.compile(r"[。！？!?；;]$")
_SPACED = re.compile(r"\S\s+\S+\s+\S")  # cells apart by spaces: a table's row
HEADING_MAX = 40  # characters of a line that may head a section
_INTERVIEW_QUESTION = re.compile(r"^(?:问|Q)\s*[：:]")
QUESTION_HEADING_MAX = 60  # characters of an interviewer's question that heads the answer after it
LABEL_MAX = 16  # characters of a list item that labels the items nested under it ("**凤栖社区**")
_MARKDOWN_ITEM = re.compile(r"^(\s*)([-*+]|\d+[.)])\s+(\S.*)$")
_EMPHASIS = re.compile(r"\*\*|__")
MASTHEAD_MAX = 6  # characters of a first line that names only the kind of document ("工作简报")
FULL_LINE = 0.85  # of a page's long lines (its 90th percentile): a PDF line this long is wrapped, not a heading
SLIDE_LINES = 20  # lines of text on a typical page (the median) of a PDF exported from slides, at most
RUNNING_PAGES = 3  # pages whose first or last lines repeat a line: a running header or footer, not the text's
_PAGE_NUMBER = re.compile(
    r"^(?:[-—–\s]*\d{1,3}[-—–\s]*|第\s*\d{1,3}\s*页(?:\s*[，,/]?\s*共\s*\d{1,3}\s*页)?|\d{1,3}\s*/\s*\d{1,3})$"
)
# A title a program wrote from the file's name ("nuanlin_huibao.html" of a page a browser printed, "Microsoft Word -
# 工作总结.docx"): the name without its extension, when it says something (Chinese), else no title
_OFFICE_PREFIX = re.compile(r"^Microsoft\s+(?:Word|PowerPoint|Excel)\s*-\s*", re.IGNORECASE)
_FILE_EXTENSION = re.compile(r"\.(?:html?|docx?|pptx?|xlsx?|pdf|txt|md|wps|rtf)$", re.IGNORECASE)
_CJK = re.compile(r"[\u4e00-\u9fff]")
_SLIDE_OPEN = "，、：:（(“‘《→—-"  # a slide's line left open: it goes on in the next
_FULL_STOP = re.compile(r"[。！？；!?;]")
# a figure standing alone on a slide ("1,286 名", "3.2万小时", "约 98%"), and a caption: a few words, no figure
_FIGURE_ALONE = re.compile(r"^[约近超逾]?\s*\d[\d,.]*\s*[万千亿]?\s*(?:%|[\u4e00-\u9fff]{0,3})\+?$")
_CAPTION = re.compile(r"^[^\d#|：:，。；！？]{2,12}$")
_CLOSED = re.compile(r"[。！？；!?;”’）)」』】》…]$")


class LoadError(TandemError):
    """A file that cannot be read; the message says why, in Chinese."""


@dataclass
class LoadedDocument:
    """Raw text of one file plus the metadata found in it."""

    text: str
    title: str = ""
    metadata: dict[str, Any] = field(default_factory=dict)
    encoding: str = ""
    # whether a line may stop mid-sentence and go on in the next (copied news text): ``normalize_text`` joins such
    # lines; a slide deck's lines are its own, short bullets with no full stop ("“暖邻积分”：每服务1小时计10分")
    wrapped: bool = True


def load_file(path: Path) -> LoadedDocument:
    """Load ``path`` by its suffix, checking that the content matches it."""
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise LoadError(f"不支持的文件类型“{suffix or '无扩展名'}”，可用：{' '.join(SUPPORTED_SUFFIXES)}")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise LoadError(f"无法读取文件：{exc.strerror or exc}") from exc
    return load_bytes(data, suffix)


def load_bytes(data: bytes, suffix: str) -> LoadedDocument:
    """Load a file's bytes; ``suffix`` is the claimed type (``.pdf`` …)."""
    if not data.strip():
        raise LoadError("文件为空")
    suffix = suffix.lower()
    if suffix == ".pdf":
        return _load_pdf(data)
    if suffix == ".docx":
        return _load_docx(data)
    text, encoding = decode_text(data)
    if suffix in (".html", ".htm"):
        return _load_html(text, encoding)
    if not text.strip():
        raise LoadError("文件为空")
    if suffix in (".md", ".markdown"):
        try:
            meta, body = split_front_matter(text)
        except FrontMatterError as exc:
            raise LoadError(f"Markdown 文件头（front matter）格式错误：{exc}") from exc
        body = _tables_read(_labelled_items(body))
        return LoadedDocument(body, str(meta.get("title") or _first_heading(body)), meta, encoding)
    text = _without_platform_chrome(text)
    if not text.strip():
        raise LoadError("文件里只有公众号页面的按钮文字（点击关注、阅读原文、点赞等），没有正文")
    return LoadedDocument(_tables_read(_marked_headings(text)), _first_line_title(text), {}, encoding)


# What a social platform's page adds around an article pasted from it: "点击蓝字关注我们", "阅读原文", "分享 收藏 点赞
# 在看", "长按识别二维码": no word of the article, never its title
_CHROME_WORD = r"(?:阅读原文|分享|收藏|点赞|在看|转发|赞赏|留言|写留言)"
_PLATFORM_CHROME = re.compile(
    rf"^\s*(?:[↑↓☝👆]\s*)?(?:点击(?:上方)?(?:蓝字|关注)[^。！？]{{0,8}}|长按(?:识别)?(?:二维码)?(?:关注)?|扫码关注|关注我们"
    rf"|{_CHROME_WORD}(?:[\s|｜·/]*{_CHROME_WORD})*)\s*$"
)


def _without_platform_chrome(text: str) -> str:
    """``text`` without the lines a social platform's page adds around an article (``_PLATFORM_CHROME``)."""
    return "\n".join(line for line in text.split("\n") if not _PLATFORM_CHROME.match(line))


def decode_text(data: bytes) -> tuple[str, str]:
    """Decode text as UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030/GBK."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    if data.startswith((_PDF_MAGIC, _ZIP_MAGIC)) or b"\x00" in data[:4096]:
        raise LoadError("这不是文本文件（内容是二进制数据），请检查扩展名是否正确")
    for encoding in _TEXT_ENCODINGS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _looks_like_text(text):
            return text, "utf-8" if encoding == "utf-8-sig" else encoding
    raise LoadError("无法识别文本编码：请另存为 UTF-8 或 GBK 编码后再上传")


def _looks_like_text(text: str) -> bool:
    """Reject decodings full of control characters (binary junk that happens to decode)."""
    sample = text[:4000]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\r\n\t\f")
    return controls <= max(2, len(sample) // 100)


def _load_pdf(data: bytes) -> LoadedDocument:
    if not data.lstrip().startswith(_PDF_MAGIC):
        raise LoadError("文件扩展名是 .pdf，但内容不是 PDF")
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise LoadError("PDF 已加密（有打开密码），请先去除密码再上传")
        pages = [page.extract_text() or "" for page in reader.pages]
        title = _as_written(str(reader.metadata.get("/Title") or "")) if reader.metadata else ""
        slides = _slides(reader.pages, pages)
    except LoadError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError, NotImplementedError) as exc:
        if "encrypt" in str(exc).lower() or "password" in str(exc).lower():
            raise LoadError("PDF 已加密（有打开密码），请先去除密码再上传") from exc
        raise LoadError(f"PDF 文件损坏，无法读取：{exc}") from exc
    if not "".join(pages).strip():
        raise LoadError("PDF 中没有可提取的文字（可能是扫描件或图片），请先做文字识别（OCR）")
    pages = _without_running_lines(pages)
    text = "\n".join(pages)
    title = title or _first_line_title(text)
    metadata = {"pages": len(pages)}
    if slides:  # each slide's first line titles it; its lines are bullets, none wrapped
        text = "\n\n".join(_titled_slide(page) for page in pages if page.strip())
        return LoadedDocument(_spaced_tables(text), title, metadata, wrapped=False)
    # a PDF's text is its lines: its numbered headings stand alone ("二、资金保障"), as a plain text's do
    return LoadedDocument(_spaced_tables(_marked_headings(text, wrapped=True)), title, metadata)


def _as_written(title: str) -> str:
    """A document's stored title, unless a program wrote it from the file's name (then its name when Chinese)."""
    title = title.strip()
    named = _OFFICE_PREFIX.sub("", title)
    if named != title or _FILE_EXTENSION.search(named):
        stem = _FILE_EXTENSION.sub("", named).strip()
        return stem if _CJK.search(stem) else ""
    return title


def _slides(pages: Any, texts: list[str]) -> bool:
    """Whether a PDF was exported from slides: most of its pages lie landscape and hold few lines each."""
    if len(texts) < 2:
        return False
    landscape = 0
    for page in pages:
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        if (page.rotation or 0) % 180:
            width, height = height, width
        landscape += width > height
    counts = sorted(sum(1 for line in text.splitlines() if line.strip()) for text in texts)
    return landscape * 2 > len(texts) and counts[len(counts) // 2] <= SLIDE_LINES


def _without_running_lines(pages: list[str]) -> list[str]:
    """The pages without their running headers and footers (a line that opens or closes ``RUNNING_PAGES`` pages or
    more: "清溪区民政局 · 暖邻同行" under every slide) and page numbers ("3", "- 3 -", "第3页")."""
    edges: dict[str, int] = {}
    for page in pages:
        lines = [line.strip() for line in page.splitlines() if line.strip()]
        for line in {*lines[:1], *lines[-1:]}:
            edges[line] = edges.get(line, 0) + 1
    running = {line for line, count in edges.items() if count >= RUNNING_PAGES}
    kept = []
    for page in pages:
        lines = page.splitlines()
        filled = [i for i, line in enumerate(lines) if line.strip()]
        edge = {*filled[:1], *filled[-1:]}
        kept.append(
            "\n".join(
                line
                for i, line in enumerate(lines)
                if not (i in edge and (line.strip() in running or _PAGE_NUMBER.match(line.strip())))
            )
        )
    return kept


def _figures_labelled(lines: list[str]) -> list[str]:
    """A slide's big figures each joined to its caption, above or below it ("1,286 名" / "注册志愿者" →
    "注册志愿者：1,286 名"): read alone, a figure says nothing of what it counts."""
    kinds = ["F" if _FIGURE_ALONE.match(s) else "L" if _CAPTION.match(s) else "" for s in (x.strip() for x in lines)]
    out: list[str] = []
    i = 0
    while i < len(lines):
        pair = kinds[i : i + 2]
        if pair in (["F", "L"], ["L", "F"]):
            figure, caption = (lines[i], lines[i + 1]) if pair[0] == "F" else (lines[i + 1], lines[i])
            out.append(f"{caption.strip()}：{figure.strip()}")
            i += 2
        else:
            out.append(lines[i])
            i += 1
    return out


def _titled_slide(page: str) -> str:
    """A slide's text with its first line marked as the heading of what it shows, when short and not a sentence,
    and a line wrapped at the slide's edge joined to the next: one left open ("社工回访 →", "……，") or a sentence of
    prose cut short ("……82岁。外卖骑手……没取牛" / "奶，立即上报。"); a bullet ends with no mark and has no full stop."""
    lines: list[str] = []
    for line in page.splitlines():
        if not line.strip():
            continue
        previous = lines[-1].rstrip() if lines else ""
        if previous and (previous[-1] in _SLIDE_OPEN or (_FULL_STOP.search(previous) and not _CLOSED.search(previous))):
            lines[-1] = previous + (" " if previous.endswith("→") else "") + line.strip()
        else:
            lines.append(line)
    lines = _figures_labelled(lines)
    first = lines[0].strip()
    if len(first) <= HEADING_MAX and not _ENDED.search(first) and not first.startswith(("#", "|")):
        lines[0] = f"## {first}"
    return "\n".join(lines)


def _load_docx(data: bytes) -> LoadedDocument:
    if not data.startswith(_ZIP_MAGIC):
        raise LoadError("文件扩展名是 .docx，但内容不是 Word 文档")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            if "word/document.xml" not in archive.namelist():
                raise LoadError("这个 .docx 压缩包里没有 Word 正文（word/document.xml），文件可能已损坏")
        import docx

        document = docx.Document(io.BytesIO(data))
    except LoadError:
        raise
    except Exception as exc:  # python-docx raises many types for broken packages
        raise LoadError(f"Word 文档损坏，无法读取：{type(exc).__name__}") from exc
    lines: list[str] = []
    level = 1  # of the last heading
    for block in document.element.body.iterchildren():
        tag = block.tag.rsplit("}", 1)[-1]
        if tag == "p":
            lines.append(_docx_paragraph(block, document))
            if heading := _HEADING_LEVEL.match(lines[-1]):
                level = len(heading.group(1))
        elif tag == "tbl":
            # a table's caption heads it, under the heading before ("表四　存在问题及整改措施"): its rows are a section
            caption = next((i for i in range(len(lines) - 1, -1, -1) if lines[i]), -1)
            if caption >= 0 and _TABLE_CAPTION.match(lines[caption]):
                lines[caption] = f"{'#' * min(level + 1, 6)} {lines[caption]}"
            lines.extend(_docx_table(block))
    text = "\n".join(lines).strip()
    if not text:
        raise LoadError("Word 文档中没有文字")
    if not any(line.startswith("#") for line in lines):  # no heading styles: its numbered sections head it
        text = _marked_headings(text)
    title = _as_written(document.core_properties.title or "") or _first_heading(text) or _first_line_title(text)
    return LoadedDocument(text, title)


def _load_html(page: str, encoding: str) -> LoadedDocument:
    """A web page saved from a browser (a news article, a briefing): its text as the other loaders give it."""
    reader = _HtmlText()
    try:
        reader.feed(page)
        reader.close()
    except Exception as exc:  # html.parser is lenient; anything it still raises is a page broken beyond reading
        raise LoadError(f"网页文件损坏，无法读取：{type(exc).__name__}") from exc
    text = _without_platform_chrome("\n".join(reader.finished())).strip()
    if not text:
        raise LoadError("网页里没有正文文字（只有脚本、样式或图片）")
    if not any(line.startswith("#") for line in text.splitlines()):  # no heading tags: its numbered sections head it
        text = _marked_headings(text)
    title = _as_written(reader.title) or _first_heading(text) or _first_line_title(text)
    return LoadedDocument(text, title, {}, encoding)


_HTML_SKIPPED = frozenset(
    {"script", "style", "noscript", "template", "svg", "head", "button", "select", "iframe", "nav"}  # nav: the menu
)
_HTML_BLOCKS = frozenset(
    {"p", "div", "section", "article", "header", "footer", "main", "aside", "blockquote", "pre", "ul", "ol"}
    | {"dl", "dt", "dd", "figure", "figcaption", "address", "form", "hr", "br", "caption"}
)
_HTML_LAYOUT_BLOCKS = _HTML_BLOCKS - {"br", "hr", "caption", "figure", "figcaption"} | {"li"}
_HTML_CELLS = frozenset({"tr", "td", "th"})  # outside a table read as one (after a table inside it), lines of text
_HTML_HEADING = re.compile(r"^h([1-6])$")
# spaces a page's source puts between Chinese characters are none in the text, nor is a line it wraps beside one
_CHINESE = "\u4e00-\u9fff，。；：！？、“”‘’（）《》"
_SPACE_IN_CHINESE = re.compile(
    rf"(?<=[{_CHINESE}])\s+(?=[{_CHINESE}])|(?<=[{_CHINESE}])\s*\n\s*|\s*\n\s*(?=[{_CHINESE}])"
)


class _HtmlText(HTMLParser):
    """An HTML page read as the Markdown the other loaders give: a heading tag (h1–h6) as "#", a list item as "- ", a
    table's rows as ``table_lines`` reads them, every block on a line of its own; scripts, styles and the page's head
    left out, but its ``<title>``."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.title = ""
        self._words: list[str] = []
        self._prefix = ""
        self._skipped = 0
        self._in_title = False
        self._rows: list[list[str]] | None = None
        self._cell: list[str] | None = None

    def finished(self) -> list[str]:
        self._flush()
        return self.lines

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self._cell is not None and (_HTML_HEADING.match(tag) or tag in _HTML_LAYOUT_BLOCKS):
            self._laid_out()  # a heading or a paragraph inside a cell: the table lays the page out (a table: below)
        if tag == "title":
            self._in_title = True
        elif tag in _HTML_SKIPPED:
            self._skipped += 1
        elif heading := _HTML_HEADING.match(tag):
            self._flush()
            self._prefix = "#" * int(heading.group(1)) + " "
        elif tag == "li":
            self._flush()
            self._prefix = "- "
        elif tag == "table":
            self._laid_out()
            self._rows = []
        elif tag == "tr" and self._rows is not None:
            self._rows.append([])
        elif tag in ("td", "th") and self._rows is not None:
            self._cell = []
        elif tag in _HTML_BLOCKS | _HTML_CELLS and self._cell is None:
            self._flush()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("br", "hr") and self._cell is None:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        elif tag in _HTML_SKIPPED:
            self._skipped = max(self._skipped - 1, 0)
        elif tag in ("td", "th") and self._cell is not None:
            self._end_cell()
        elif tag == "table" and self._rows is not None:
            self._end_cell()
            rows = [row for row in self._rows if any(row)]
            width = max((len(row) for row in rows), default=0)
            if width > 1:
                self._rows = None
                self.lines.extend(table_lines([[*row, *[""] * (width - len(row))] for row in rows]))
            else:  # one column lays text out: each cell a line
                self._laid_out()
        elif _HTML_HEADING.match(tag) or tag == "li" or (tag in _HTML_BLOCKS | _HTML_CELLS and self._cell is None):
            self._flush()

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data.strip()
        elif self._skipped:
            return
        elif self._cell is not None:
            self._cell.append(data)
        elif self._rows is None or data.strip():
            self._words.append(data)

    def _laid_out(self) -> None:
        """The table being read lays the page out: its cells so far are lines of text, and what follows is read as
        text until the next table."""
        if self._rows is not None:
            self._end_cell()
            self.lines.extend(cell for row in self._rows for cell in row if cell)
        self._flush()
        self._rows = None

    def _end_cell(self) -> None:
        if self._cell is not None and self._rows is not None:
            if not self._rows:
                self._rows.append([])
            self._rows[-1].append(_html_line(" ".join(self._cell)))
        self._cell = None

    def _flush(self) -> None:
        line = _html_line("".join(self._words))
        if line:
            self.lines.append(f"{self._prefix}{line}")
        self._words, self._prefix = [], ""


def _html_line(text: str) -> str:
    return re.sub(r"\s+", " ", _SPACE_IN_CHINESE.sub("", text)).strip()


_HEADING_LEVEL = re.compile(r"^(#{1,6}) ")
# a table's caption: a short line of its own, no sentence ("表一　各乡镇（街道）试点基本情况"; not "……见下表：")
_TABLE_CAPTION = re.compile(r"^(?![#|])[^。；;，,：:！？!?|]{2,30}$")


def _docx_paragraph(element: Any, document: Any) -> str:
    from docx.text.paragraph import Paragraph

    paragraph = Paragraph(element, document)
    text = paragraph.text.strip()
    style = (paragraph.style.name if paragraph.style is not None else "") or ""
    if text and (style.startswith("Heading") or style == "Title"):
        level = 1 if style == "Title" else int("".join(ch for ch in style if ch.isdigit()) or 1)
        return f"{'#' * min(level, 6)} {text}"
    return text


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _docx_table(element: Any) -> list[str]:
    """A Word table's rows as ``table_lines`` reads them, its merged cells undone: a cell merged across columns
    (``gridSpan``) stands in each, one merged down (``vMerge``) repeats the cell above; a header of two rows whose
    first spans columns ("指标 | 完成情况" over "指标名称 | 完成值 | 完成率") is read as one; and rows grouped by a first
    column merged down are named by their second ("结对帮扶特殊困难群体户数：指标类别数量指标，目标值800户……")."""
    rows: list[list[str]] = []
    spanned = grouped = False
    for row in element.iter(f"{_W}tr"):
        cells: list[str] = []
        for cell in row.iter(f"{_W}tc"):
            text = "".join(t.text or "" for t in cell.iter(f"{_W}t")).strip()
            span, below = 1, False
            if (props := cell.find(f"{_W}tcPr")) is not None:
                if (grid := props.find(f"{_W}gridSpan")) is not None:
                    span = _span(grid.get(f"{_W}val", ""))
                if (merge := props.find(f"{_W}vMerge")) is not None:
                    below = merge.get(f"{_W}val", "continue") != "restart"
            if below and not text and rows and len(cells) < len(rows[-1]):
                text = rows[-1][len(cells)]
                grouped = grouped or (not cells and len(rows) > 1)
            spanned = spanned or (span > 1 and not rows)
            cells.extend([text] * span)
        rows.append(cells)
    if spanned and len(rows) > 2 and _is_header_row(rows[1]):
        rows = [_header_of_two(rows[0], rows[1]), *rows[2:]]
    if grouped and all(len(row) > 2 for row in rows):
        # a first column merged down groups the rows ("数量指标" over four): each row is named by its second
        rows = [[row[1], row[0], *row[2:]] for row in rows]
    return table_lines(rows)


WORD_COLUMNS_MAX = 63  # the most columns Word lets a table have


def _span(value: str) -> int:
    """The columns a Word cell spans (``gridSpan``): 1 unless its value is a count, at most a table's width (a broken
    or hostile file's "x" or 99999999 neither stops the load nor fills memory with one row)."""
    return min(max(int(value), 1), WORD_COLUMNS_MAX) if value.isdigit() else 1


def _is_header_row(cells: list[str]) -> bool:
    """Whether a table's row names columns rather than giving figures: every cell words, none a figure."""
    return all(cells) and not any(ch.isdigit() for cell in cells for ch in cell)


def _header_of_two(above: list[str], below: list[str]) -> list[str]:
    """One header of a table's two: each column named by its lower cell, after the upper one where that does not say
    it already ("完成情况" over "完成值" is 完成值; "2024年" over "志愿者人数" is 2024年志愿者人数)."""
    return [
        low if not high or high == low or high in low or high[:2] == low[:2] else f"{high}{low}"
        for high, low in zip(above, below, strict=False)
    ] + below[len(above) :]


_UNIT_IN_HEADER = re.compile(r"^(.+?)[（(]([^）)]{1,6})[）)]$")  # "服务时长（小时）"


def table_lines(rows: list[list[str]]) -> list[str]:
    """A table as text: its header row, then each row as a sentence that names its columns.

    "| 柳春社区 | 2 | 44 |" means nothing without its header; "柳春社区：社工人数2，志愿者人数44。" answers
    "柳春社区有几个志愿者？" on its own, in any passage it lands in.  A two-column table is read as key and value
    ("成员：58名。"); a unit in a column's header goes after the value ("服务时长2310小时").
    """
    if not any(cell for row in rows for cell in row):  # an empty table says nothing
        return []
    header, body = rows[0], rows[1:]
    lines = ["| " + " | ".join(header) + " |"]
    for cells in body:
        cells = ["" if _NO_VALUE.match(cell) else cell for cell in cells]
        if not any(cells[1:]):
            continue
        if _gives_units(cells):  # "| 单位 | 名 | 人次 | % |": each column's unit, for its header
            units = [*cells[1:], *[""] * (len(header) - len(cells))]
            header = [
                header[0],
                *(f"{name}（{unit}）" if unit else name for name, unit in zip(header[1:], units, strict=False)),
            ]
            continue
        if len(cells) == 2:
            lines.append(f"{cells[0]}：{cells[1]}。")
            continue
        said = []
        for name, value in zip(header[1:], cells[1:], strict=False):
            if not value:
                continue
            # a unit is said once, after the value: from the header ("服务人次（人次）" of 4860: "服务4860人次"; of one
            # character never cut from the name: "建档独居老人（人）" is no 建档独居老) or from the cell ("服务人次" of
            # "1860人次": "服务1860人次")
            unit, told = _UNIT_IN_HEADER.match(name), _TOLD_UNIT.search(value)
            if unit:
                label, after = unit.groups()
                if len(after) > 1:
                    label = label.removesuffix(after) or label
            elif told and _NUMBER_CELL.match(value) and name.endswith(told.group()):  # not 频次 of "每周1次"
                label, after = name[: -len(told.group())], ""
            else:
                label, after = name, ""
            said.append(f"{label}{value}{after}")
        lines.append(f"{cells[0]}：{'，'.join(said)}。")
    return lines


def _gives_units(cells: list[str]) -> bool:
    """Whether a row under a table's header gives its columns' units ("单位 | 名 | 人 | 人次 | %") rather than figures."""
    return len(cells) > 2 and (not cells[0] or "单位" in cells[0]) and all(_UNIT_CELL.match(c) for c in cells[1:] if c)


_UNIT_CELL = re.compile(r"^(?:%|‰|[\u4e00-\u9fff]{1,2}次?)$")
_NO_VALUE = re.compile(r"^\s*[—–\-－/／]+\s*$")  # "—": no figure in this cell


# a figure, with its unit when the cell gives one ("78名", "3240小时", "27.5万元")
_TOLD_UNIT = re.compile(r"(?<=\d)[\u4e00-\u9fff]{1,3}$")  # the unit a cell gives its figure
_NUMBER_CELL = re.compile(r"^[-+]?\d[\d,.]*(?:%|‰|[\u4e00-\u9fff]{1,3})?$")
TABLE_ROWS_MIN = 2  # rows of figures under a header that make a table
_TABLE_ROW = re.compile(r"^\s*\|(.+)\|\s*$")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")
# A table found at line i: its rows (header first) and the line after it, or None
TableAt = Callable[[list[str], int], tuple[list[list[str]], int] | None]


def _read_tables(text: str, table_at: TableAt) -> str:
    """``text`` with every table ``table_at`` finds written out as ``table_lines`` writes it."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        if found := table_at(lines, i):
            rows, i = found
            out.extend(table_lines(rows))
            continue
        out.append(lines[i])
        i += 1
    return "\n".join(out)


def _spaced_table_at(lines: list[str], i: int) -> tuple[list[list[str]], int] | None:
    """A table as PDFs extract it (cells apart by spaces, a row a line: "东湖街道 5 68 312 2870"): a header of three
    cells or more, then at least ``TABLE_ROWS_MIN`` rows of as many cells, figures after the first.

    A row may be named by several cells ("枫林乡 白岩村 38名 56名 1430小时"): its name is theirs together
    ("枫林乡白岩村"), and a row that names fewer (a total, "合计 386名 612名 …") lines its figures up from the right.
    A row of figures is no header: its table's header is found above it (``_stacked_header_table_at``) or not at all.
    """
    header = lines[i].split()
    if _is_figures_row(header):
        return None
    rows = []
    labels = 0  # the cells that name a row, counted on the first
    j = i + 1
    while len(header) >= 3 and j < len(lines):
        cells = lines[j].split()
        named = next((n for n, cell in enumerate(cells) if _NUMBER_CELL.match(cell)), len(cells))
        if not labels:
            labels = max(named, 1)
            if len(header) == len(cells) - labels:
                # the column of names has no header of its own, or it ran into the next ("镇（街道）社工人数（名）")
                merged = _MERGED_HEADER.match(header[0])
                header = [merged["names"], merged["first"], *header[1:]] if merged else ["", *header]
        figures = len(header) - labels
        if not 1 <= len(cells) - figures <= labels or figures < 2:
            break
        if not all(_NUMBER_CELL.match(c) for c in cells[-figures:]):
            break
        rows.append(["".join(cells[:-figures]), *cells[-figures:]])
        j += 1
    if len(rows) < TABLE_ROWS_MIN:
        return None
    return [[" ".join(header[:labels]), *header[labels:]], *rows], j


def _stacked_header_table_at(lines: list[str], i: int) -> tuple[list[list[str]], int] | None:
    """A PDF table whose header cells wrap, so that each comes out in short lines of its own ("街道" / "（镇）" / "驻点社工"
    / "（名）" …), above rows apart by spaces: the header is those lines together, cut after each unit in brackets
    (街道（镇）, 驻点社工（名）, 志愿服务时长（小时）), when that gives as many cells as the first row has; the names'
    column's header may have no unit ("单位")."""
    if len(lines[i].strip()) > STACKED_HEADER_LINE_MAX:  # its first line is as short as the others
        return None
    for m in range(2, STACKED_HEADER_LINES_MAX + 1):
        if i + m >= len(lines) or len(lines[i + m - 1].strip()) > STACKED_HEADER_LINE_MAX:
            return None
        first = lines[i + m].split()
        if not _is_figures_row(first):
            continue
        joined = "".join(line.strip() for line in lines[i : i + m])
        cells = _BRACKETED_CELL.findall(joined)
        if len(cells) == len(first) - 1 and not _BRACKET.search(lines[i]):
            # the names' column headed by a word without a unit ("单位" / "注册志愿者" / "（人）" …)
            rest = "".join(line.strip() for line in lines[i + 1 : i + m])
            cells = [lines[i].strip(), *_BRACKETED_CELL.findall(rest)]
        if "".join(cells) != joined or len(cells) != len(first):
            return None
        found = _spaced_table_at([" ".join(cells), *lines[i + m :]], 0)
        return (found[0], i + m - 1 + found[1]) if found else None
    return None


def _is_figures_row(cells: list[str]) -> bool:
    """A table's row as a PDF gives it: a name, then figures (three cells or more)."""
    return len(cells) >= 3 and not _NUMBER_CELL.match(cells[0]) and all(_NUMBER_CELL.match(c) for c in cells[1:])


def _pdf_table_at(lines: list[str], i: int) -> tuple[list[list[str]], int] | None:
    return _stacked_header_table_at(lines, i) or _spaced_table_at(lines, i)


STACKED_HEADER_LINES_MAX = 24  # two or three short lines a cell, up to eight or so columns
STACKED_HEADER_LINE_MAX = 12  # a header cell's line: a few words, never a sentence
_BRACKETED_CELL = re.compile(r"[^（(）)]+[（(][^（(）)]*[）)]")
_BRACKET = re.compile(r"[（(）)]")

# a header cell that is the name column's header run into the first figure column's ("镇（街道）社工人数（名）"): a name
# closed by its bracket, then the figure column's name
_MERGED_HEADER = re.compile(r"^(?P<names>[^（(）)]{1,6}[（(][^）)]{1,6}[）)])(?P<first>[^（(].*)$")


def _markdown_table_at(lines: list[str], i: int) -> tuple[list[list[str]], int] | None:
    """A Markdown table: a header row, a rule, rows."""
    if not (i + 1 < len(lines) and (header := _TABLE_ROW.match(lines[i])) and _TABLE_RULE.match(lines[i + 1])):
        return None
    rows = [_markdown_cells(header)]
    j = i + 2
    while j < len(lines) and (row := _TABLE_ROW.match(lines[j])):
        rows.append(_markdown_cells(row))
        j += 1
    return rows, j


def _markdown_cells(row: re.Match[str]) -> list[str]:
    """A Markdown table row's cells, their emphasis no part of them ("**合计**", "**406**")."""
    return [_EMPHASIS.sub("", cell).strip() for cell in row.group(1).split("|")]


def _spaced_tables(text: str) -> str:
    """Tables as PDFs extract them, read as ``table_lines`` reads them (fewer rows than ``TABLE_ROWS_MIN``: as
    they are)."""
    return _read_tables(text, _pdf_table_at)


def _tables_read(text: str) -> str:
    """Markdown tables (a header row, a rule, rows) in ``text`` written out as ``table_lines`` does."""
    return _read_tables(text, _markdown_table_at)


def _labelled_items(text: str) -> str:
    """Markdown list items nested under a short label carry it, as a table's cells carry their row's name:
    "- **凤栖社区**" / "  - 志愿者97名，全年服务289户" → "  - 凤栖社区：志愿者97名，全年服务289户" (the figure is about
    凤栖社区, not about every place its passage names); "- 培训内容" / "  - 应急救护" → "  - 培训内容：应急救护"."""
    labels: list[tuple[int, str]] = []  # (indent, the label items under it carry, or "")
    out = []
    for line in text.split("\n"):
        item = _MARKDOWN_ITEM.match(line)
        if item is None:
            if line.strip() and not line.startswith((" ", "\t")):
                labels = []  # a paragraph ends the list
            out.append(line)
            continue
        indent, marker, content = len(item.group(1).expandtabs(4)), item.group(2), item.group(3).strip()
        while labels and labels[-1][0] >= indent:
            labels.pop()
        plain = _EMPHASIS.sub("", content)
        if labels and labels[-1][1]:
            line = f"{item.group(1)}{marker} {labels[-1][1]}：{plain}"
        short = len(plain) <= LABEL_MAX and not _ENDED.search(plain) and not re.search(r"[：:，,。]", plain)
        labels.append((indent, plain if short else ""))
        out.append(line)
    return "\n".join(out)


_LABEL_OVER = re.compile(r"^[^\s：:，。；,;]{2,12}[：:]$")
# a news item's headline that names its place first ("溪南镇：“安澜护航”守住安置小区平安度汛" under a briefing's masthead)
_PLACE_HEADLINE = re.compile(r"^[\u4e00-\u9fff]{1,10}(?:省|市|州|区|县|旗|镇|乡|街道|村|社区)[：:]\s*\S")


def _marked_headings(text: str, wrapped: bool = False) -> str:
    """Plain text with its section headings marked as Markdown's (``## ``), so that a section's sentences are
    chunked together under their heading, as a Markdown document's are ("六、存在问题" heads the problems listed).

    ``wrapped``: the lines are a page's (a PDF's): a line nearly as long as the page is wide goes on in the next
    ("（一）10月底前完成……覆盖到全部" / "建档独居老人。"), and heads nothing.
    """
    lines = text.split("\n")
    lengths = sorted(len(line.strip()) for line in lines if line.strip())
    full = lengths[int(len(lengths) * 0.9)] * FULL_LINE if wrapped and lengths else HEADING_MAX + 1
    if wrapped:
        lines = _unwrapped(lines, full)
    marked = []
    in_head = True  # no paragraph yet: the masthead, the date, the headline
    for i, line in enumerate(lines):
        stripped = line.strip()
        after_blank = i == 0 or not lines[i - 1].strip()
        alone = after_blank and (i + 1 == len(lines) or not lines[i + 1].strip())
        if (
            in_head
            and i > 0
            and alone
            and len(stripped) <= HEADING_MAX
            and _PLACE_HEADLINE.match(stripped)
            and not _ENDED.search(stripped)
        ):
            # the item's headline heads all of it, as the document's title would: its sections' figures of "全镇"
            # are the place it names
            marked.append(f"# {stripped}")
            continue
        # (a sentence, a long line or a numbered section ends the head)
        in_head = in_head and not (
            len(stripped) > HEADING_MAX or _SENTENCE_ENDED.search(stripped) or _NUMBERED_HEADING.match(stripped)
        )
        marked_head = _MARKED_HEAD.match(stripped)  # "📍 一通电话，灯泡第二天就换好了": a post's section head
        heading = bool(
            marked_head
            and alone
            and len(marked_head.group(1)) <= HEADING_MAX
            and not _ENDED.search(stripped)
            and not _PHOTO_CAPTION.match(marked_head.group(1))
        ) or (
            0 < len(stripped) <= HEADING_MAX
            and not _PHOTO_CAPTION.match(stripped)
            and (len(stripped) < full or alone)
            and not _ENDED.search(stripped)
            and not stripped.startswith(("#", "|"))  # a table's header row heads nothing
            and (
                bool(_NUMBERED_HEADING.match(stripped))
                or stripped.startswith("——")  # a subtitle
                or (stripped.startswith("【") and stripped.endswith("】"))  # "【场景二：“活着没意思”】"
                or (
                    i > 0
                    and alone
                    and len(stripped) >= 4
                    and not re.search(r"\s|[：:]", stripped)  # a byline ("记者 沈一") or a label ("时间：……")
                    and not stripped.startswith(("（", "("))  # a remark ("（纪要发至各社区）")
                )
            )
        )
        # an interviewer's question heads the answer that follows it ("问：针对这些问题，下一步有什么打算？")
        heading = heading or bool(_INTERVIEW_QUESTION.match(stripped) and len(stripped) <= QUESTION_HEADING_MAX)
        # a short label after a blank line, ended by a colon, over what follows ("会议议定事项：" over its numbered
        # decisions): a section's heading, as a minute's parts are headed
        if not heading and after_blank and not alone and _LABEL_OVER.match(stripped):
            heading, stripped = True, stripped[:-1]
        marked.append(f"## {stripped}" if heading else line)
    title = _first_line_title(text)
    if title and not _ENDED.search(title) and not title.startswith("|"):  # the first line heads the whole document
        first = next(i for i, line in enumerate(marked) if line.strip() and not _BYLINE.search(line))
        marked[first] = f"# {title}"
    return "\n".join(marked)


def _unwrapped(lines: list[str], full: float) -> list[str]:
    """A page's lines with each sentence wrapped across them joined again: a line at least ``full`` long that does
    not end a sentence goes on in the next ("……带教近30名，白岩村、" / "茶园村等村级点位……"), unless that one starts a
    numbered part or either is a row of spaced cells (a table's).  Done by the page's width, it joins what the
    text-wide joining (``normalize.join_broken_lines``) must leave: an item ("（一）……") wrapped mid-word."""
    out: list[str] = []
    for line in lines:
        stripped = line.strip()
        previous = out[-1].strip() if out else ""
        if (
            stripped
            and len(previous) >= full
            and not _SENTENCE_ENDED.search(previous)
            and not _NUMBERED_HEADING.match(stripped)
            and not _SPACED.search(previous)
            and not _SPACED.search(stripped)
        ):
            out[-1] = previous + stripped
        else:
            out.append(line)
    return out


def _first_heading(text: str) -> str:
    for line in text.splitlines():
        if line.startswith("#"):
            return line.lstrip("#").strip()
    return ""


def _first_line_title(text: str) -> str:
    """The first line, when short enough to be a title; a masthead that names only the kind of document
    ("工作简报", "情况通报") is joined by the line under it, which names what it is about."""
    # (a post's byline is no title: "青溪民政 2024-10-18 08:30 发表于江西")
    lines = list(
        itertools.islice((line.strip() for line in text.splitlines() if line.strip() and not _BYLINE.search(line)), 2)
    )
    if not lines or len(lines[0]) > 60 or lines[0].startswith("|"):  # (a table's header row is no title)
        return ""
    first = lines[0]
    if (
        len(first) <= MASTHEAD_MAX
        and len(lines) > 1
        and len(lines[1]) <= HEADING_MAX
        and not _ENDED.search(lines[1])
        and not _NUMBERED_HEADING.match(lines[1])
        and not lines[1].startswith(("——", "（", "(", "#", "|", "第"))  # a subtitle, a remark, an issue number
        and not lines[1][0].isdigit()  # a date
    ):
        return f"{lines[1]}{first}"
    return first
