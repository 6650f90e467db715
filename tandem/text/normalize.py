"""Text normalisation for Chinese documents copied from news sites, PDFs and Word files.

- full-width letters, digits and spaces become half-width; half-width , ; : ? ! ( )
  next to Chinese become their full-width forms, and straight double quotes around Chinese curly ones;
- spaces between Chinese characters and between Chinese and numbers are removed;
- radicals that stand for whole characters (⼯, ⻔: how PDFs often extract 工, 门) become those characters;
- lines broken in the middle of a sentence (copied news text) are joined, while
  headings, list items and finished sentences keep their line.
"""

from __future__ import annotations

import re
import unicodedata

CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK_CHAR = re.compile(f"[{CJK}]")
SENTENCE_END = "。！？；!?;…"
_CLOSERS = "”’）》」』】\"')"
# Characters after which a line is clearly unfinished.
_CONTINUES = "，、,：:（(“‘《「『【-—"
# A line stamped with its time opens a message of a chat or a log ("2024-10-12 17:35 王站长：……", "[09:31] ……")
TIME_STAMP = (
    r"[\[【(（]?(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*)?\d{1,2}:\d{2}(?::\d{2})?[\]】)）]?(?=\s|[\u4e00-\u9fff])"
)
# a numbered item's mark in plain text, at a line's start: "（1）", "(二)", "①"
NUMBERED_ITEM = r"[（(](?:\d+|[一二三四五六七八九十]+)[)）]|[①-⑳]"
_BLOCK_START = re.compile(
    rf"^\s*(#{{1,6}}\s|[-*+]\s|\d+[.)、]\s*|[A-F][.．、]\s|[（(]?[一二三四五六七八九十]+[、）)]|{NUMBERED_ITEM}|>|\||```|{TIME_STAMP})"
)
_HALF_TO_FULL = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）"}
_PUNCT_NEAR_CJK = re.compile(f"(?<=[{CJK}])([,;:?!])|([,;:?!])(?=[{CJK}])")
_PAREN_NEAR_CJK = re.compile(f"\\(([^()\\n]*[{CJK}][^()\\n]*)\\)")
# straight double quotes, paired in order on a line (typed with an English keyboard: 我们叫"五步入户法")
_STRAIGHT_QUOTED = re.compile(r'"([^"\n]*)"')
_CJK_OR_PUNCT = f"{CJK}“”（）《》，。、；：！？"
_SPACE_BETWEEN = re.compile(
    f"(?<=[{_CJK_OR_PUNCT}])[ \\t]+(?=[{_CJK_OR_PUNCT}0-9])|(?<=[0-9%])[ \\t]+(?=[{_CJK_OR_PUNCT}])"
)
MIN_WRAPPED_LINE = 24
# A line opening with a short label and a colon: a speaker's turn or a record's field ("记录人：李婷", "周副镇长：……"),
# a line of its own, never the rest of the line before it
_LABELLED = re.compile(r"^\s*[\u4e00-\u9fffA-Za-z]{1,8}[：:](?!\d)")


_HALF_WIDTH = str.maketrans(
    {"\u3000": " "}
    | {
        chr(c): chr(c - 0xFEE0)
        for r in ((0xFF10, 0xFF19), (0xFF21, 0xFF3A), (0xFF41, 0xFF5A))
        for c in range(r[0], r[1] + 1)
    }
    | {ch: chr(ord(ch) - 0xFEE0) for ch in "％＋－．／＝＠＃＆"}
)


def to_half_width(text: str) -> str:
    """Full-width ASCII letters/digits/space to half-width; Chinese punctuation stays."""
    return text.translate(_HALF_WIDTH)


def fix_punctuation(text: str) -> str:
    """Use full-width punctuation where it touches Chinese text."""
    text = _PAREN_NEAR_CJK.sub(lambda m: f"（{m.group(1)}）", text)
    text = _STRAIGHT_QUOTED.sub(lambda m: f"“{m.group(1)}”" if _CJK_CHAR.search(m.group(1)) else m.group(), text)
    return _PUNCT_NEAR_CJK.sub(lambda m: _HALF_TO_FULL[m.group(1) or m.group(2)], text)


def is_unfinished(line: str) -> bool:
    """True when ``line`` stops in the middle of a sentence."""
    stripped = line.rstrip()
    if not stripped or _BLOCK_START.match(stripped):
        return False
    last = stripped[-1]
    if last in _CONTINUES:
        return True
    if last in SENTENCE_END or last in _CLOSERS:
        return stripped.count("“") > stripped.count("”")
    if stripped.count("“") > stripped.count("”"):
        return True
    # Prose (it has sentence punctuation) that stops without any is a wrapped line;
    # a headline has no sentence punctuation at all and keeps its own line.
    is_prose = any(mark in stripped for mark in "，。；,;")
    # (a figure may end it too: "……累计服务1042" / "户，……" as a PDF wraps it)
    last_is_word = bool(_CJK_CHAR.search(stripped[-1])) or stripped[-1].isdigit()
    return is_prose and len(stripped) >= MIN_WRAPPED_LINE and last_is_word


def join_broken_lines(text: str) -> str:
    """Join a line that ends mid-sentence with the next non-empty line."""
    lines = text.split("\n")
    out: list[str] = []
    pending = ""
    for raw in lines:
        line = raw.rstrip()
        if pending:
            if not line.strip():
                continue  # blank lines inside a broken sentence
            if _BLOCK_START.match(line) or _LABELLED.match(line):
                out.append(pending)
                pending = ""
            else:
                pending += line.strip()
                if not is_unfinished(pending):
                    out.append(pending)
                    pending = ""
                continue
        if is_unfinished(line):
            pending = line
        else:
            out.append(line)
    if pending:
        out.append(pending)
    return "\n".join(out)


# PDFs printed by browsers and office suites often map a character's glyph to a radical's code point (⼯ for 工,
# ⻔ for 门): the text looks right and matches nothing.  Kangxi radicals (U+2F00–U+2FD5) decompose to the
# ideograph under NFKC; the simplified forms of the radicals supplement that are whole characters do not, and
# the radical DOOR ⼾ decomposes to the traditional 戶 where a simplified text's glyph meant 户.
_KANGXI = re.compile("[\u2f00-\u2fd5]")
_RADICAL_FORMS = str.maketrans(
    "⺠⻄⻅⻆⻉⻋⻓⻔⻘⻙⻚⻛⻜⻝⻢⻣⻤⻥⻦⻧⻨⻩⻬⻮⻰⼾", "民西见角贝车长门青韦页风飞食马骨鬼鱼鸟卤麦黄齐齿龙户"
)


def unify_radicals(text: str) -> str:
    """Radicals standing for whole characters (⼯人⻔, as PDFs often extract them) written as those characters."""
    return _KANGXI.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text.translate(_RADICAL_FORMS))


def normalize_text(text: str, *, join_lines: bool = True) -> str:
    """Normalise one document's text (see module docstring)."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = unify_radicals(text)
    text = text.replace("\ufeff", "").replace("\u200b", "").replace("\xa0", " ")
    text = to_half_width(text)
    if join_lines:
        text = join_broken_lines(text)
    text = fix_punctuation(text)
    text = _SPACE_BETWEEN.sub("", text)
    text = re.sub(r"[ \t]+\n", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()


def normalize_inline(text: str) -> str:
    """Normalise a short string (a quote, a query) the same way as documents."""
    return normalize_text(text, join_lines=False)
