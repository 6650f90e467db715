"""tandem.text.chunking: sentence-bounded chunks with overlap and heading paths."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest

from tandem.core.settings import REPO_ROOT
from tandem.text.chunking import chunk_text, plain_sentences, sections, split_sentences
from tandem.text.knowledge_format import strip_inline_markdown
from tandem.text.loaders import load_file
from tandem.text.normalize import normalize_text

KNOWLEDGE_FILES = sorted((REPO_ROOT / "knowledge").rglob("*.md"))
SENTENCE_END = re.compile(r"[。！？；!?;][”’」』）)]*$")
CLOSERS = "”’」』）)"


def _indexed_text(path: Path) -> str:
    """A knowledge file's text as the indexer chunks it (normalised, inline Markdown stripped)."""
    return strip_inline_markdown(normalize_text(load_file(path).text))


def _sentence(i: int, length: int = 30) -> str:
    """A distinct Chinese sentence of exactly ``length`` characters ending in 。"""
    head = f"第{i}句"
    return head + "社" * (length - len(head) - 1) + "。"


def _compact(text: str) -> tuple[str, list[int]]:
    """``text`` without whitespace, plus the original index of each kept character."""
    chars, where = [], []
    for i, ch in enumerate(text):
        if not ch.isspace():
            chars.append(ch)
            where.append(i)
    return "".join(chars), where


def _is_whole_sentence_span(chunk: str, body: str) -> bool:
    """True when ``chunk`` (ignoring whitespace) is a run of whole sentences of ``body``.

    The run must start at the body's start, after sentence punctuation, or at a line
    start; and end at the body's end, with sentence punctuation, or at a line end.
    """
    needle, _ = _compact(chunk)
    hay, where = _compact(body)
    start = hay.find(needle)
    while start != -1:
        end = start + len(needle)  # exclusive, compact coordinates
        starts_ok = (
            start == 0 or SENTENCE_END.search(hay[:start]) is not None or "\n" in body[where[start - 1] : where[start]]
        )
        ends_ok = (
            end == len(hay) or SENTENCE_END.search(needle) is not None or "\n" in body[where[end - 1] : where[end]]
        )
        if starts_ok and ends_ok:
            return True
        start = hay.find(needle, start + 1)
    return False


# ---- sentence boundaries ----------------------------------------------------------


def test_split_sentences_keeps_punctuation_and_closing_quotes() -> None:
    text = "他说：“我来了。”你好！真的吗？第一；第二\n没有标点的一行\n最后一句。"
    assert split_sentences(text) == [
        "他说：“我来了。”",
        "你好！",
        "真的吗？",
        "第一；",
        "第二",
        "没有标点的一行",
        "最后一句。",
    ]


def test_chunks_end_only_at_sentence_ends() -> None:
    marks = "。！？；"
    sentences = [f"第{i}句话" + "内容" * (5 + i % 7) + marks[i % 4] for i in range(40)]
    text = "".join(sentences)
    chunks = chunk_text(text, size=100, overlap=30)
    assert len(chunks) > 5
    for chunk in chunks:
        assert chunk.text[-1] in marks, chunk.text
        assert _is_whole_sentence_span(chunk.text, text)
        # every sentence of the chunk is one of the source's sentences
        assert set(split_sentences(chunk.text)) <= set(sentences)


def test_chunk_may_end_at_a_line_end_without_punctuation() -> None:
    lines = [f"- 第{i}条清单项目没有句号但是很长很长很长" for i in range(30)]
    text = "\n".join(lines)
    chunks = chunk_text(text, size=100, overlap=0)
    assert len(chunks) > 3
    for chunk in chunks:
        assert all(line in lines for line in chunk.text.split("\n")), chunk.text
        assert chunk.text.split("\n")[-1] in lines


def test_short_text_is_one_chunk() -> None:
    chunks = chunk_text("只有一句话。", size=320, overlap=80)
    assert [(c.text, c.heading_path, c.ordinal) for c in chunks] == [("只有一句话。", (), 0)]


def test_empty_text_has_no_chunks() -> None:
    assert chunk_text("") == []
    assert chunk_text("\n\n  \n") == []
    assert chunk_text("## 只有标题\n### 还是标题") == []


def test_chunks_stay_near_target_size() -> None:
    text = "".join(_sentence(i) for i in range(100))
    chunks = chunk_text(text, size=120, overlap=40)
    # overlap (≤40) plus at most one sentence beyond the target
    assert all(len(c.text) <= 120 + 30 for c in chunks)
    assert all(len(c.text) >= 90 for c in chunks[:-1])


# ---- the over-long sentence exception -----------------------------------------------


def test_over_long_sentence_is_cut_at_commas() -> None:
    clause = "这是一个很长的分句没有句号" * 3 + "，"  # 40 chars
    sentence = clause * 30 + "最后结束。"  # > 3 * 100
    chunks = chunk_text(sentence, size=100, overlap=0)
    assert len(chunks) > 3
    assert "".join(c.text for c in chunks) == sentence
    for chunk in chunks[:-1]:
        assert chunk.text.endswith("，"), chunk.text
    assert chunks[-1].text.endswith("。")


def test_over_long_sentence_without_commas_is_hard_cut() -> None:
    sentence = "字" * 700 + "。"
    chunks = chunk_text(sentence, size=100, overlap=0)
    assert "".join(c.text for c in chunks) == sentence
    assert all(len(c.text) <= 100 for c in chunks)


def test_long_but_not_over_long_sentence_is_kept_whole() -> None:
    sentence = "这是一个很长的分句，" * 25 + "结束。"  # 253 chars < 3 * 100
    chunks = chunk_text(_sentence(1) + sentence + _sentence(2), size=100, overlap=0)
    assert any(c.text.endswith(sentence) or c.text == sentence for c in chunks)
    assert all(not c.text.endswith("，") for c in chunks)


# ---- overlap ------------------------------------------------------------------------


def test_consecutive_chunks_overlap_by_trailing_sentences() -> None:
    sentences = [_sentence(i) for i in range(30)]  # 30 chars each
    chunks = chunk_text("".join(sentences), size=100, overlap=40)
    assert len(chunks) > 3
    for prev, nxt in itertools.pairwise(chunks):
        prev_s, next_s = split_sentences(prev.text), split_sentences(nxt.text)
        # overlap 40 fits one 30-char sentence, not two
        assert next_s[0] == prev_s[-1]
        assert next_s[1] not in prev_s
    # every sentence of the source appears in order in the chunks
    seen = [s for c in chunks for s in split_sentences(c.text)]
    assert list(dict.fromkeys(seen)) == sentences


def test_overlap_of_two_sentences() -> None:
    sentences = [_sentence(i, 20) for i in range(30)]
    chunks = chunk_text("".join(sentences), size=100, overlap=45)
    for prev, nxt in itertools.pairwise(chunks):
        assert split_sentences(nxt.text)[:2] == split_sentences(prev.text)[-2:]


def test_zero_overlap_means_disjoint_chunks() -> None:
    sentences = [_sentence(i) for i in range(20)]
    chunks = chunk_text("".join(sentences), size=100, overlap=0)
    assert [s for c in chunks for s in split_sentences(c.text)] == sentences


def test_overlap_never_crosses_headings() -> None:
    text = (
        "## 甲\n" + "".join(_sentence(i) for i in range(6)) + "\n## 乙\n" + "".join(_sentence(i) for i in range(6, 12))
    )
    chunks = chunk_text(text, size=100, overlap=40)
    for chunk in chunks:
        numbers = {int(n) for n in re.findall(r"第(\d+)句", chunk.text)}
        assert numbers <= set(range(6)) if chunk.heading_path == ("甲",) else numbers <= set(range(6, 12))


# ---- headings and ordinals ----------------------------------------------------------


def test_heading_path_is_kept() -> None:
    text = "前言一句。\n## a\n甲段落。\n### b\n乙段落。\n#### c\n丙段落。\n## d\n丁段落。\n# e\n戊段落。"
    chunks = chunk_text(text)
    assert [(c.heading_path, c.text) for c in chunks] == [
        ((), "前言一句。"),
        (("a",), "甲段落。"),
        (("a", "b"), "乙段落。"),
        (("a", "b", "c"), "丙段落。"),
        (("d",), "丁段落。"),
        (("e",), "戊段落。"),
    ]
    assert chunks[2].heading == "a > b"


def test_heading_path_under_document_title() -> None:
    chunks = chunk_text("# 标题\n## a\n### b\n内容。\n")
    assert chunks[0].heading_path == ("标题", "a", "b")


def test_heading_with_closing_hashes_and_hash_without_space() -> None:
    assert sections("## 小节 ##\n内容。") == [(("小节",), "内容。")]
    # "#话题" (no space) is not a heading
    assert sections("#话题标签\n内容。") == [((), "#话题标签\n内容。")]


def test_ordinals_are_sequential_across_sections() -> None:
    text = "\n".join(f"## 第{h}节\n" + "".join(_sentence(h * 10 + i) for i in range(8)) for h in range(4))
    chunks = chunk_text(text, size=100, overlap=30)
    assert [c.ordinal for c in chunks] == list(range(len(chunks)))
    assert {c.heading_path for c in chunks} == {(f"第{h}节",) for h in range(4)}


def test_list_items_keep_their_lines_in_a_chunk() -> None:
    text = "注意事项如下：\n- 不打断\n- 不评判\n1. 先听\n2. 再说"
    assert chunk_text(text)[0].text == text


def test_quiz_options_and_answers_keep_their_lines_in_a_chunk() -> None:
    text = "1. 单选：最合适的做法是？\nA. 多敲几次门\nB. 留下联系卡\n答案：B。尊重居民意愿。"
    assert chunk_text(text)[0].text == text


def test_a_plain_texts_numbered_items_keep_their_lines() -> None:
    # blind_report29's GBK briefing: a protocol's items "（1）……（2）……", one a line under a label ended by a colon;
    # read into one line, an item's answer ran on into the next's
    text = (
        "\u3000\u3000要求每名志愿者熟记：\r\n"
        "\u3000\u3000（1）遇到老人不愿转移的，通知网格长。\r\n"
        "\u3000\u3000（2）发现渔船未按时归港的，拨打值班电话。\r\n"
        "\u3000\u3000③高温天送餐时，把老人扶到阴凉处。"
    )
    lines = chunk_text(normalize_text(text))[0].text.split("\n")
    assert lines == [
        "要求每名志愿者熟记：",
        "（1）遇到老人不愿转移的，通知网格长。",
        "（2）发现渔船未按时归港的，拨打值班电话。",
        "③高温天送餐时，把老人扶到阴凉处。",
    ]


# ---- property over the bundled knowledge base ----------------------------------------


@pytest.mark.parametrize("path", KNOWLEDGE_FILES, ids=lambda p: p.relative_to(REPO_ROOT).as_posix())
def test_knowledge_chunks_are_runs_of_whole_sentences(path: Path) -> None:
    text = _indexed_text(path)
    bodies = dict(sections(text))
    chunks = chunk_text(text)  # the indexer's defaults: 320 / 80
    assert chunks, path
    assert [c.ordinal for c in chunks] == list(range(len(chunks)))
    for chunk in chunks:
        body = bodies[chunk.heading_path]
        last_line = chunk.text.rsplit("\n", 1)[-1]
        assert SENTENCE_END.search(chunk.text) or _ends_a_line(last_line, body), (
            f"{path.name} chunk {chunk.ordinal} ends mid-sentence: …{chunk.text[-30:]!r}"
        )
        assert _is_whole_sentence_span(chunk.text, body), (
            f"{path.name} chunk {chunk.ordinal} is not a run of whole sentences: {chunk.text[:40]!r}…{chunk.text[-30:]!r}"
        )


def _ends_a_line(fragment: str, body: str) -> bool:
    """``fragment`` (a chunk's last line) ends where a line of ``body`` ends."""
    return any(line.rstrip().endswith(fragment.strip()) for line in body.split("\n"))


def test_knowledge_chunk_count_is_plausible() -> None:
    assert len(KNOWLEDGE_FILES) >= 20
    total = sum(len(chunk_text(_indexed_text(p))) for p in KNOWLEDGE_FILES)
    assert total > 10 * len(KNOWLEDGE_FILES) // 2


def test_whole_sentence_check_rejects_fragments() -> None:
    body = "第一句话。第二句话，还没完\n第三行"
    assert _is_whole_sentence_span("第二句话，还没完", body)
    assert _is_whole_sentence_span("第一句话。第二句话，还没完\n第三行", body)
    assert not _is_whole_sentence_span("第二句话，", body)
    assert not _is_whole_sentence_span("一句话。", body)


def test_a_sentence_after_a_quoted_question_does_not_open_with_its_comma():
    """The phone check of the thirteenth round showed a step "，对方说不用就尊重他。": the sentence before it ended at
    a quoted question's ？”."""
    sentences = plain_sentences("先问再帮：走到对方面前说“您好，需要帮忙吗？”，对方说不用就尊重他；对方同意后，再问。")
    assert sentences[1] == "对方说不用就尊重他；"
