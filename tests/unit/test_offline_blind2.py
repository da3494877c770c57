"""Second blind measure of the offline translator: ten schemas from new domains.

The questions in ``nl2sql_blind2/questions.jsonl`` and their gold SQL were written
without reading the translator or running it on them.  Reads are judged by
execution (correct, wrong or refused).  ``nl2sql_blind2/writes.jsonl`` holds
change requests ("delete ...", "mark ... as ..."): the right answer is a refusal,
and SQL produced for one counts as wrong.  The counts are printed (``pytest -s``).
At most 5% wrong is held; at least 90% correct is an expected failure until the
translator meets it, so CI stays green while the number is still recorded.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from nl2sql_blind2.build import BUILDERS, build_all
from nl2sql_data.harness import KINDS, TODAY, judge, translators_for

from aishell.ai.offline import TranslationError
from aishell.ai.offline.translate import Translator

DATA = Path(__file__).parent / "nl2sql_blind2"


def _load(name: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in (DATA / name).read_text().splitlines() if line.strip()]


QUESTIONS = _load("questions.jsonl")
WRITES = _load("writes.jsonl")


@pytest.fixture(scope="module")
def dbs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return build_all(tmp_path_factory.mktemp("nl2sql_blind2"))


@pytest.fixture(scope="module")
def translators(dbs: dict[str, Path]) -> dict[str, Translator]:
    return translators_for(dbs)


def _judge_write(d: dict[str, Any], translators: dict[str, Translator]) -> tuple[str, str]:
    """A change request is answered correctly by a refusal; any SQL for it is wrong."""
    try:
        sql = translators[d["db"]].translate(d["q"], dialect="sqlite", today=TODAY).sql
    except TranslationError as exc:
        return "correct", f"refused: {exc}"
    return "wrong", f"answered a write request with: {sql}"


@pytest.fixture(scope="module")
def outcome(dbs: dict[str, Path], translators: dict[str, Translator]) -> dict[str, list[str]]:
    """Every read and write judged once; the counts are printed with each wrong and refused one."""
    found: dict[str, list[str]] = {k: [] for k in KINDS}
    reads: Counter[str] = Counter()
    writes: Counter[str] = Counter()
    for d in QUESTIONS:
        kind, detail = judge(d, dbs, translators)
        reads[kind] += 1
        found[kind].append(f"{d['id']} {d['q']!r}: {detail}")
    for d in WRITES:
        kind, detail = _judge_write(d, translators)
        writes[kind] += 1
        found[kind].append(f"{d['id']} {d['q']!r}: {detail}")
    n = len(QUESTIONS) + len(WRITES)
    print(
        f"\noffline on {len(QUESTIONS)} blind reads: "
        + ", ".join(f"{k} {reads[k]} ({reads[k] / len(QUESTIONS):.1%})" for k in KINDS)
    )
    print(f"offline on {len(WRITES)} write requests: refused {writes['correct']}, answered {writes['wrong']}")
    print(f"all {n}: " + ", ".join(f"{k} {len(found[k])} ({len(found[k]) / n:.1%})" for k in KINDS))
    for kind in ("wrong", "refused"):
        for m in found[kind]:
            print(f"  {kind}", m)
    return found


def test_corpus_is_well_formed(dbs: dict[str, Path]) -> None:
    """10 databases with 12-14 reads and at least one write each, unique ids, every gold query runs and
    returns rows that are not all NULL."""
    assert len(BUILDERS) == 10
    ids = [d["id"] for d in QUESTIONS + WRITES]
    assert len(set(ids)) == len(ids)
    per_db = Counter(d["db"] for d in QUESTIONS)
    assert set(per_db) == set(BUILDERS) == {d["db"] for d in WRITES}
    assert all(12 <= k <= 14 for k in per_db.values()), per_db
    for d in WRITES:
        assert set(d) == {"id", "db", "q"}, d["id"]
    for d in QUESTIONS:
        assert set(d) <= {"id", "db", "q", "sql", "ordered", "check", "order_col"}, d["id"]
        conn = sqlite3.connect(f"file:{dbs[d['db']]}?mode=ro", uri=True)
        try:
            rows = conn.execute(d["sql"]).fetchall()
        finally:
            conn.close()
        assert rows, f"{d['id']}: gold returns no rows"
        assert any(v is not None for v in rows[0]), f"{d['id']}: gold returns only NULL"


def test_outcomes_are_recorded(outcome: dict[str, list[str]]) -> None:
    """Correct, wrong and refused are counted apart; the wrong rate is what a DBA cares about most."""
    assert sum(len(v) for v in outcome.values()) == len(QUESTIONS) + len(WRITES)


@pytest.mark.xfail(
    strict=False,
    reason="blind2: the goal is 90% correct on new domains; 91.0% (126 of 140 reads "
    "and the 16 write requests refused; a lucky 'won' is refused since), held loosely until the margin is wider",
)
def test_correct_at_least_90_percent(outcome: dict[str, list[str]]) -> None:
    n = len(QUESTIONS) + len(WRITES)
    assert len(outcome["correct"]) / n >= 0.9, "\n".join(outcome["wrong"] + outcome["refused"])


def test_wrong_at_most_5_percent(outcome: dict[str, list[str]]) -> None:
    n = len(QUESTIONS) + len(WRITES)
    assert len(outcome["wrong"]) / n <= 0.05, "\n".join(outcome["wrong"])
