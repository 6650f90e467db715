"""Chunk Chinese text on sentence boundaries, keeping the heading path.

A document is split into sections at Markdown headings (``#`` … ``######``); each
section into sentences ending in 。！？；(or a line break); sentences are packed
into chunks of about ``size`` characters.  The next chunk repeats the trailing
sentences of the previous one (up to ``overlap`` characters).  A chunk never
ends inside a sentence, except a single sentence longer than ``3 * size``,
which is cut at commas.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tandem.text.knowledge_format import clean_inline
from tandem.text.normalize import NUMBERED_ITEM, TIME_STAMP

_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
_SENTENCE = re.compile(r"[^。！？；!?;\n]*(?:[。！？；!?;]+[”’」』）)]*|\n|$)")
_CLAUSE = re.compile(r"[^，、,：]*[，、,：]?")
# quiz options and answers too, a chat's or log's messages ("2024-10-13 10:19王站长：……"), and the items of plain
# text's numbered lists ("（1）……", "(二)……", "①……": an office document's protocol, one item a line)
_LINE_ITEM = re.compile(rf"^([-*+|>]|\d+[.)、]|{NUMBERED_ITEM}|[A-F][.．、]\s|答案[：:]|{TIME_STAMP})")
_ENDS_SENTENCE = re.compile(r"[。！？；!?;][”’」』）)]*$")
_LIST_MARK = re.compile(r"^\s*(?:[-*+]|\d+[.)、]|[（(]?\d+[)）])\s*")
_MARKUP = re.compile(r"\*\*|__|`")


@dataclass(frozen=True)
class Chunk:
    """One retrievable passage and where it sits in its document."""

    text: str
    heading_path: tuple[str, ...]
    ordinal: int

    @property
    def heading(self) -> str:
        return " > ".join(self.heading_path)


def split_sentences(text: str) -> list[str]:
    """Sentences of ``text``, each keeping its closing punctuation and quotes."""
    return [s.strip() for s in _SENTENCE.findall(text) if s.strip()]


def plain_sentence(text: str) -> str:
    """Plain text of a Markdown line: no list marker, emphasis or link targets, nor the comma a quoted question
    leaves before the rest of its sentence ("说“需要帮忙吗？”，对方说不用就尊重他" ends a sentence at ？”)."""
    text = _MARKUP.sub("", clean_inline(text))
    return _LIST_MARK.sub("", text).strip().lstrip("，,、；;：:").strip()


def plain_sentences(text: str) -> list[str]:
    """The sentences of a chunk as the answer composer compares them with a question (their vectors are
    computed at ingest and stored with the chunk)."""
    return [p for p in dict.fromkeys(plain_sentence(s) for s in split_sentences(text)) if p]


def _split_long(sentence: str, limit: int) -> list[str]:
    """Cut an over-long sentence at clause boundaries (commas), as a last resort."""
    parts, current = [], ""
    for clause in (c for c in _CLAUSE.findall(sentence) if c):
        while len(clause) > limit:  # no comma at all: hard cut
            parts.append(current + clause[: limit - len(current)])
            clause, current = clause[limit - len(current) :], ""
        if current and len(current) + len(clause) > limit:
            parts.append(current)
            current = ""
        current += clause
    if current:
        parts.append(current)
    return parts


def sections(text: str) -> list[tuple[tuple[str, ...], str]]:
    """Split Markdown-ish text into ``(heading_path, body)`` sections."""
    path: list[tuple[int, str]] = []
    out: list[tuple[tuple[str, ...], str]] = []
    body: list[str] = []

    def flush() -> None:
        joined = "\n".join(body).strip()
        if joined:
            out.append((tuple(title for _, title in path), joined))
        body.clear()

    for line in text.split("\n"):
        match = _HEADING.match(line)
        if match:
            flush()
            level = len(match.group(1))
            path[:] = [(lvl, title) for lvl, title in path if lvl < level]
            path.append((level, match.group(2).strip()))
        else:
            body.append(line)
    flush()
    return out


def chunk_text(text: str, size: int = 320, overlap: int = 80) -> list[Chunk]:
    """Chunks of ``text`` (see module docstring)."""
    chunks: list[Chunk] = []
    for heading_path, body in sections(text):
        sentences: list[str] = []
        for sentence in split_sentences(body):
            sentences.extend(_split_long(sentence, size) if len(sentence) > 3 * size else [sentence])
        current: list[str] = []
        length = 0
        fresh = 0  # sentences in ``current`` not yet emitted in a previous chunk
        for sentence in sentences:
            if current and length + len(sentence) > size and fresh:
                chunks.append(Chunk(_join(current), heading_path, len(chunks)))
                current, length = _tail(current, overlap)
                fresh = 0
            current.append(sentence)
            length += len(sentence)
            fresh += 1
        if current and fresh:
            chunks.append(Chunk(_join(current), heading_path, len(chunks)))
    return chunks


def _tail(sentences: list[str], overlap: int) -> tuple[list[str], int]:
    """The trailing sentences that fit in ``overlap`` characters."""
    kept: list[str] = []
    length = 0
    for sentence in reversed(sentences):
        if length + len(sentence) > overlap:
            break
        kept.insert(0, sentence)
        length += len(sentence)
    return kept, length


def _join(sentences: list[str]) -> str:
    """Join sentences; keep line structure for list items and table rows."""
    out = ""
    for sentence in sentences:
        if out and (_LINE_ITEM.match(sentence) or not _ENDS_SENTENCE.search(out)):
            out += "\n"
        out += sentence
    return out
