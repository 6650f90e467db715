"""Synthetic Chinese corpora of N chunks, recombined from the bundled knowledge texts.

A benchmark corpus is the bundled knowledge (so the labelled questions keep their
source documents) plus synthetic distractor documents.  Each synthetic document
takes the section layout of a random bundled document of the same kind (适用情境,
核心要点 … or 背景, 成效与数据 …) and that document's skill as its topic.  Its
sentences join 2–4 clauses taken from that section across the knowledge base
(half of them from the topic document), in which most content words (nouns,
verbs, adjectives, names, numerals; jieba part-of-speech tags) are swapped for
words of the same part of speech from the topic document or the whole
knowledge base, and every digit is redrawn.

So the distractors share the real documents' vocabulary, headings and topics —
they are hard for BM25 and embeddings alike — but do not copy their facts.  A
first version recombined whole clauses and reused the real titles: its 100k
corpus held the clause “八棵杨社区的接诉即办案件数量减少” 1,697 times and the
real case's title in 708 distractor documents, so recall measured which copy of
the answer came first, not retrieval.  Titles now name the topic (a skill, or
“…社区志愿服务案例”), never a real document.

Punctuation follows the knowledge base too: clauses are split only outside
quotes and brackets (so “…” and （…） stay whole and balanced), each clause keeps
the separator that followed it (，、：；), and each sentence ends with a mark
drawn from the section's own sentence endings (。？！).  A second version
stripped quotes and brackets and ended every sentence with 。, so at 100k the
punctuation tokens alone singled out the 26 real documents: rank_bm25 over
``jieba.lcut_for_search`` — which keeps “ ” （ ） ？ as tokens — scored recall@5
0.769 on that corpus and 0.397 with those tokens dropped.

Generation is deterministic (seeded) and sequential, so a smaller corpus is a
prefix of a larger one.  Chunk counts are exact: each document is chunked with
the ingest pipeline's own loader, normaliser and chunker before it is written.
"""

from __future__ import annotations

import logging
import random
import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import jieba
import jieba.posseg

from tandem.text.chunking import chunk_text, sections, split_sentences
from tandem.text.frontmatter import split_front_matter
from tandem.text.knowledge_format import strip_inline_markdown
from tandem.text.loaders import load_bytes
from tandem.text.normalize import normalize_text

jieba.setLogLevel(logging.WARNING)

SEED = 20261
SWAP = 0.7  # share of content words replaced
_SEPARATORS = "，、：；,;:"
_OPENERS = {"“": "”", "‘": "’", "（": "）", "(": ")", "《": "》", "「": "」", "『": "』", "【": "】", "[": "]"}
_CLOSERS = frozenset(_OPENERS.values())
_LIST_MARK = re.compile(r"^\s*(?:[-*+>]|\d+[.)、])\s*")
_END = re.compile(r"[。！？!?…]+$")
_PAIRED = re.compile(r"[“”‘’\"'（）()《》「」『』【】\[\]]")
_DIGIT = re.compile(r"\d")
CONTENT_TAGS = frozenset(
    {
        "n",
        "nr",
        "nrt",
        "nrfg",
        "ns",
        "nt",
        "nz",
        "ng",
        "v",
        "vn",
        "vd",
        "vg",
        "a",
        "ad",
        "an",
        "ag",
        "i",
        "l",
        "j",
        "m",
        "t",
        "eng",
    }
)
PLACES = (
    "东湖",
    "西山",
    "南湾",
    "北苑",
    "青石",
    "柳林",
    "金桥",
    "银杏",
    "枫林",
    "松岭",
    "桃源",
    "河畔",
    "新华",
    "长安",
)
UNITS = ("街道", "镇", "乡")
SUFFIXES = ("工作简报", "培训笔记", "服务记录", "经验汇编", "督导札记", "案例摘编")

Clause = tuple[tuple[tuple[str, str], ...], str]  # (word, part-of-speech tag) pairs, separator after it


def split_clauses(sentence: str) -> tuple[list[tuple[str, str]], str]:
    """``([(clause, separator after it)], end mark)`` of one sentence, split outside quotes and brackets.

    The end mark is the sentence's closing 。？！ when it stands outside any quote
    (a sentence that ends inside a quote, “……。”, keeps it and has no end mark).
    A clause whose quotes or brackets still do not balance loses them.
    """
    end = ""
    match = _END.search(sentence)
    if match:
        sentence, end = sentence[: match.start()], match.group()
    clauses: list[tuple[str, str]] = []
    expected: list[str] = []
    current = ""
    for char in sentence:
        if expected and char == expected[-1]:
            expected.pop()
        elif char in _OPENERS:
            expected.append(_OPENERS[char])
        elif char in _SEPARATORS and not expected:
            clauses.append((current, char))
            current = ""
            continue
        current += char
    clauses.append((current, ""))
    return [(text if _balanced(text) else _END.sub("", _PAIRED.sub("", text)), sep) for text, sep in clauses], end


def _balanced(text: str) -> bool:
    expected: list[str] = []
    for char in text:
        if expected and char == expected[-1]:
            expected.pop()
        elif char in _OPENERS:
            expected.append(_OPENERS[char])
        elif char in _CLOSERS:
            return False
    return not expected


@dataclass
class SourceDoc:
    """One bundled document, reduced to what recombination needs."""

    kind: str
    skill: str
    headings: list[str]
    clauses: dict[str, list[Clause]]  # section heading → clauses
    words: dict[str, list[str]]  # part-of-speech tag → content words (with repeats: frequency-weighted)


@dataclass
class ClausePool:
    """All bundled documents, and their clauses and words by kind, section and tag."""

    docs: dict[str, list[SourceDoc]] = field(default_factory=lambda: defaultdict(list))
    by_section: dict[tuple[str, str], list[Clause]] = field(default_factory=lambda: defaultdict(list))
    ends: dict[tuple[str, str], list[str]] = field(default_factory=lambda: defaultdict(list))  # sentence end marks
    words: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))


def knowledge_documents(knowledge_dir: Path) -> list[Path]:
    """The Markdown documents of the bundled knowledge (skills and cases)."""
    return sorted(p for p in knowledge_dir.rglob("*.md") if not p.name.startswith("."))


def build_pool(paths: list[Path]) -> ClausePool:
    pool = ClausePool()
    for path in paths:
        meta, body = split_front_matter(path.read_text(encoding="utf-8"))
        kind = str(meta.get("kind") or ("case" if "cases" in path.parts else "skill"))
        clauses: dict[str, list[Clause]] = defaultdict(list)
        words: dict[str, list[str]] = defaultdict(list)
        for heading_path, text in sections(strip_inline_markdown(normalize_text(body))):
            heading = heading_path[-1] if len(heading_path) > 1 else "概述"
            for line in text.split("\n"):
                if line.lstrip().startswith("|"):
                    continue  # table rows recombine badly
                for sentence in split_sentences(_LIST_MARK.sub("", line)):
                    parts, end = split_clauses(sentence)
                    pool.ends[(kind, heading)].append(end)
                    for part, separator in parts:
                        part = part.strip()
                        if len(part) < 2:
                            continue
                        tagged = tuple((w, t) for w, t in jieba.posseg.lcut(part))
                        clauses[heading].append((tagged, separator))
                        for word, tag in tagged:
                            if tag in CONTENT_TAGS:
                                words[tag].append(word)
        doc = SourceDoc(
            kind, str(meta.get("skill") or ""), [h for h in clauses if clauses[h]], dict(clauses), dict(words)
        )
        if doc.headings:
            pool.docs[kind].append(doc)
            for heading, items in clauses.items():
                pool.by_section[(kind, heading)].extend(items)
            for tag, items in words.items():
                pool.words[tag].extend(items)
    return pool


def count_chunks(markdown: str, chunk_size: int, chunk_overlap: int) -> int:
    """Chunks the ingest pipeline will make of this Markdown file."""
    loaded = load_bytes(markdown.encode("utf-8"), ".md")
    return len(chunk_text(strip_inline_markdown(normalize_text(loaded.text)), chunk_size, chunk_overlap))


class SyntheticWriter:
    """Writes synthetic documents until the corpus holds exactly ``target`` chunks."""

    def __init__(self, pool: ClausePool, chunk_size: int = 320, chunk_overlap: int = 80, seed: int = SEED) -> None:
        self.pool = pool
        self.chunk_size = chunk_size
        self.chunk_overlap = chunk_overlap
        self.rng = random.Random(seed)
        self.kinds = sorted(pool.docs)

    def _clause(self, topic: SourceDoc, template: Clause) -> str:
        out = []
        for word, tag in template[0]:
            if _DIGIT.search(word):
                word = _DIGIT.sub(lambda _: str(self.rng.randrange(10)), word)
            elif tag in CONTENT_TAGS and self.rng.random() < SWAP:
                choices = topic.words.get(tag) if self.rng.random() < 0.5 else None
                word = self.rng.choice(choices or self.pool.words.get(tag) or [word])
            out.append(word)
        return "".join(out)

    def _sentence(self, kind: str, topic: SourceDoc, heading: str) -> str:
        own = topic.clauses.get(heading) or [c for items in topic.clauses.values() for c in items]
        shared = self.pool.by_section.get((kind, heading)) or own
        picks = [self.rng.choice(own if self.rng.random() < 0.5 else shared) for _ in range(self.rng.randint(2, 4))]
        text = "".join(self._clause(topic, clause) + (clause[1] or "，") for clause in picks[:-1])
        text += self._clause(topic, picks[-1])
        end = self.rng.choice(self.pool.ends.get((kind, heading)) or ["。"])
        return text + (end or ("" if text[-1] in _CLOSERS else "。"))

    def _section(self, kind: str, topic: SourceDoc, heading: str, sentences: int) -> str:
        lines, line = [], []
        for _ in range(sentences):
            line.append(self._sentence(kind, topic, heading))
            if len(line) >= self.rng.randint(2, 5):
                lines.append("".join(line))
                line = []
        if line:
            lines.append("".join(line))
        return f"## {heading}\n\n" + "\n\n".join(lines)

    def _document(self, number: int, max_chunks: int) -> tuple[str, int]:
        kind = self.rng.choice(self.kinds)
        topic = self.rng.choice(self.pool.docs[kind])
        place = f"{self.rng.choice(PLACES)}{self.rng.choice(UNITS)}"
        subject = topic.skill if kind == "skill" and topic.skill else f"{self.rng.choice(PLACES)}社区志愿服务案例"
        title = f"{place}·{subject}（{self.rng.choice(SUFFIXES)}第{number}期）"
        head = (
            f'---\ntitle: "{title}"\nkind: {kind}\nskill: "{topic.skill}"\nregion: "示例市{place}"\n'
            f"source: 合成基准语料（bench）\n---\n\n# {title}\n\n"
        )
        headings = topic.headings[:]
        self.rng.shuffle(headings)
        body: list[str] = []
        chunks = 0
        for heading in headings[: self.rng.randint(3, len(headings))] if len(headings) > 3 else headings:
            section = self._section(kind, topic, heading, self.rng.randint(3, 14))
            size = count_chunks(head + section, self.chunk_size, self.chunk_overlap)
            if chunks + size > max_chunks:
                break
            body.append(section)
            chunks += size
        while chunks < max_chunks and (not body or max_chunks - chunks < 3):  # top up with one-chunk sections
            body.append(self._section(kind, topic, self.rng.choice(topic.headings), 1))
            chunks += 1
        return head + "\n\n".join(body) + "\n", chunks

    def documents(self, target: int) -> Iterator[tuple[str, str, int]]:
        """``(relative path, markdown, chunks)`` until ``target`` chunks are reached."""
        total, number = 0, 0
        while total < target:
            number += 1
            text, chunks = self._document(number, target - total)
            kind_dir = "cases" if "kind: case" in text[:400] else "skills"
            total += chunks
            yield f"{kind_dir}/syn-{number:06d}.md", text, chunks


def write_corpus(
    paths: list[Path],
    out_dir: Path,
    total_chunks: int,
    chunk_size: int = 320,
    chunk_overlap: int = 80,
    seed: int = SEED,
) -> int:
    """Write synthetic documents under ``out_dir`` so that ``paths`` + synthetic = ``total_chunks`` chunks.

    ``paths`` are the bundled Markdown documents (indexed too, and recombined here).
    Returns the number of synthetic chunks written (0 when ``paths`` alone reach the size).
    """
    bundled = sum(count_chunks(p.read_text(encoding="utf-8"), chunk_size, chunk_overlap) for p in paths)
    target = max(total_chunks - bundled, 0)
    writer = SyntheticWriter(build_pool(paths), chunk_size, chunk_overlap, seed)
    written = 0
    for relative, text, chunks in writer.documents(target):
        path = out_dir / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        written += chunks
    return written
