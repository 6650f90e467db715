"""Answer evaluation on the labelled set (no LLM), per split, and on plain-prose reports not written by us.

The labelled questions carry a split drawn at random (seed 16) before the rules of issue 16
were written: ``dev`` questions were looked at while writing rules, ``heldout`` ones only to
judge them.  After issue 16 (README, "Quality"), with the knowledge of issue 15: dev 0.750 / 0.684 /
0.703 / 226 / 377; heldout 0.863 / 0.847 / 0.824 / 203 / 344
(before issue 16: dev 0.906 / 0.598 / 0.703 / 571 / 673; heldout 0.961 / 0.747 / 0.784 / 576 / 676:
the fact was somewhere in 15 lines; now it must be in the few a volunteer reads first.)

``heldout2`` (``unseen.jsonl``): 38 everyday questions no rule was written for (situations, safety,
"先打哪个电话" questions), labelled and measured before the changes they judge (pointer following,
the best hit's pointer, the number asked for).  Now:

| split    | fact  | lines on a relevant document | first line | length median / p90 |
|----------|-------|------------------------------|------------|---------------------|
| dev      | 0.797 | 0.775                        | 0.797      | 228 / 402           |
| heldout  | 0.922 | 0.906                        | 0.902      | 239 / 384           |
| heldout2 | 0.763 | 0.879                        | 0.895      | 280 / 425           |

(heldout2 before: 0.711 / 0.820 / 0.811 / 230 / 425.)  Its one false refusal ("手被刀割了，血一直往外流")
went when the crisis check learnt that wording of bleeding and a question showing crisis signs was
no longer refused by the relevance gate (dev and heldout unchanged).  Lines then rose a little (dev 0.732,
heldout 0.856, heldout2 0.842 before) when a lead far above the rest took its document's lines that share
the asked words as steps, and its document was read whole when the search had found one passage of it.
The floors sit a little below what was measured, per split; the 95% floor on the whole set
does not hold for the short answers and is not kept.
Last: a question showing crisis signs is led by its document's line on those signs, or by the line of
the document that line points to (dev lines 0.736 -> 0.727, heldout 0.859 -> 0.863, heldout2 0.845 -> 0.864); then the broader crisis check
(tests/eval/test_crisis_eval.py) raised heldout2 to 0.881 / 0.895; weighing the answering document with the
search's evidence for it raised heldout to 0.922 / 0.907 / 0.902 and dev lines to 0.738 (CHANGELOG.md).
"""

import re
import statistics

import pytest

from bench.evaluation import REPORTS_DIR, evaluate_answers, load_questions
from ingest.indexer import Indexer
from tandem.assistant.answer import Assistant
from tandem.assistant.search import HybridSearcher
from tandem.core.index import open_index
from tandem.core.settings import REPO_ROOT, load_settings

FLOORS = {  # split: (fact rate, share of cited lines on a relevant document, longest median length)
    "dev": (0.76, 0.76, 280),
    "heldout": (0.88, 0.88, 260),
    "heldout2": (0.72, 0.83, 360),
    "heldout3": (0.64, 0.80, 360),
    "heldout4": (0.50, 0.64, 360),
}
OFFTOPIC_MIN = {"dev": 5, "heldout": 5, "heldout2": 0, "heldout3": 5, "heldout4": 5}  # heldout2: everyday questions only
FALSE_REFUSALS_MAX = {"dev": 0, "heldout": 0, "heldout2": 0, "heldout3": 0, "heldout4": 0}
SPLIT_FILES = ("heldout2", "heldout3", "heldout4")  # written after the rules, each a file of its own (not the random split)
REPORT_FACT_FLOOR = 0.90


@pytest.mark.parametrize("split", list(FLOORS))
def test_extractive_answers_per_split(bundled_index, split):
    assistant = Assistant(HybridSearcher(bundled_index))
    questions = load_questions(split=split)
    assert sum(not q.offtopic for q in questions) >= 30 and sum(q.offtopic for q in questions) >= OFFTOPIC_MIN[split]
    report = evaluate_answers(lambda q: assistant.answer(q), questions)
    print(f"\n{split}: {report.summary()}")
    fact, lines, length = FLOORS[split]
    assert report.false_answers == [], "off-topic questions must be refused"
    assert len(report.false_refusals) <= FALSE_REFUSALS_MAX[split], report.false_refusals
    assert report.fact_rate >= fact, report.missing()
    assert report.line_precision >= lines
    assert report.length_quantile(0.5) <= length


def test_the_split_was_drawn_before_the_rules_and_covers_every_file():
    questions = [q for q in load_questions() if q.split not in SPLIT_FILES]
    assert {q.split for q in load_questions()} == set(FLOORS)
    heldout = sum(q.split == "heldout" for q in questions) / len(questions)
    assert 0.3 <= heldout <= 0.5


def test_every_answer_cites_existing_sources(bundled_index):
    assistant = Assistant(HybridSearcher(bundled_index))
    for question in [q for q in load_questions() if not q.offtopic][:20]:
        answer = assistant.answer(question.q)
        cited = {int(n) for n in re.findall(r"\[(\d+)\]", answer.text)}
        assert cited, question.q
        assert cited <= {s.n for s in answer.sources}, question.q


@pytest.fixture(scope="module")
def report_indexes(tmp_path_factory, embeddings):
    """The plain-prose reports ingested as a leader would: alone, and beside the bundled knowledge."""
    indexes = {}
    for name, roots in (("alone", [REPORTS_DIR]), ("beside", [REPO_ROOT / "knowledge", REPORTS_DIR])):
        index = open_index(load_settings(data_dir=tmp_path_factory.mktemp(name)), embeddings)
        summary = Indexer(index).run(roots)
        assert not summary.failures, summary.failures
        indexes[name] = index
    yield indexes
    for index in indexes.values():
        index.close()


@pytest.mark.parametrize("where", ["alone", "beside"])
def test_reports_not_written_for_the_knowledge_base_are_answered_from_themselves(report_indexes, where):
    """Figures, lists, names and situations from plain prose; places no report speaks of are refused."""
    questions = load_questions(REPORTS_DIR)
    assert sum(not q.offtopic for q in questions) >= 40 - 4 and len(questions) >= 40
    assert {"figure", "list", "name", "situation", "absent"} <= {q.type for q in questions}
    assistant = Assistant(HybridSearcher(report_indexes[where]))
    report = evaluate_answers(lambda q: assistant.answer(q), questions)
    print(f"\nreports {where}: {report.summary()}")
    assert report.fact_rate >= REPORT_FACT_FLOOR, report.missing()
    assert report.false_refusals == []
    assert report.line_precision >= 0.95  # lines cite the report asked about, never another place's
    absent = [q.q for q in questions if q.type == "absent"]
    assert not set(absent) & set(report.false_answers), "a place no document speaks of must be refused"
    assert statistics.median(report.lengths.values()) <= 200
