"""One mechanism, one home: the writer lock, the database engine and the Chinese segmenter each live in one module."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jieba
import pytest
from filelock import FileLock, Timeout

from tandem.assistant.conversation import key_terms
from tandem.assistant.relevance import _A_NOT_A, _HOW_MANY_OR_WHEN, _MODALS, _WORD, content_words
from tandem.core.locking import IngestBusyError, writer_lock
from tandem.core.settings import Settings
from tandem.core.tokens import STOPWORDS, cut_words, dictionary_frequencies

ROOT = Path(__file__).resolve().parents[2]


def sources() -> dict[str, str]:
    paths = [*(ROOT / "tandem").rglob("*.py"), *(ROOT / "ingest").rglob("*.py"), *(ROOT / "pages").rglob("*.py")]
    paths.append(ROOT / "app.py")
    return {p.relative_to(ROOT).as_posix(): p.read_text(encoding="utf-8") for p in paths}


@pytest.mark.parametrize(
    ("pattern", "home"),
    [
        (r"\bFileLock\(", "tandem/core/locking.py"),
        (r"\bcreate_engine\(", "tandem/db/core.py"),
        (r"^\s*(import|from) r?jieba\b", "tandem/core/tokens.py"),
    ],
)
def test_each_mechanism_has_one_home(pattern: str, home: str) -> None:
    users = sorted(name for name, text in sources().items() if re.search(pattern, text, re.MULTILINE))
    assert users == [home]


def test_the_writer_lock_refuses_a_second_writer(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path)
    settings.ensure_dirs()
    held = FileLock(str(settings.lock_path))
    with held, pytest.raises(IngestBusyError, match="另一个导入任务正在写入知识库"), writer_lock(settings):
        pass
    with writer_lock(settings), pytest.raises(Timeout):  # free again, and now it is the one held
        held.acquire(timeout=0)


def labelled_questions() -> list[str]:
    questions = []
    for path in sorted(
        [*(ROOT / "tests" / "data" / "eval").rglob("*.jsonl"), ROOT / "tests/data/relevance/questions.jsonl"]
    ):
        questions += [json.loads(line)["q"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return questions


def test_words_of_the_gate_and_of_follow_ups_are_jiebas_own() -> None:
    """Routing the gate and follow-ups through tokens keeps every word they saw when they called jieba directly."""
    questions = labelled_questions()
    assert len(questions) > 100
    for question in questions:
        assert cut_words(question) == jieba.lcut(question)
        known = set(jieba.lcut(question, HMM=False))
        before = {
            w
            for w in jieba.lcut(question)
            if _WORD.match(w)
            and not all(c in STOPWORDS for c in w)
            and not _A_NOT_A.match(w)
            and not (len(w) == 2 and w[1] in _MODALS and w not in known)
            and not _HOW_MANY_OR_WHEN.match(w)
        }
        assert content_words(question) == before - STOPWORDS
        terms = [w for w in jieba.cut(question) if len(w) >= 2 and w not in STOPWORDS and not w.isdigit()]
        assert key_terms(question) == list(dict.fromkeys(terms))[:6]


def test_privacy_masking_sees_the_words_of_its_former_private_tokenizer() -> None:
    """Privacy masking cut with a private jieba.Tokenizer(); jieba's default one gives the same words and counts."""
    private = jieba.Tokenizer()
    private.initialize()
    texts = labelled_questions()
    for path in sorted((ROOT / "tests" / "data" / "privacy").glob("*.jsonl")):
        texts += [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for text in texts:
        assert cut_words(text) == list(private.cut(text, HMM=True))
    assert dictionary_frequencies()[0] == private.FREQ
