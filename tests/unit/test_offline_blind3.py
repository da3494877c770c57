"""Third blind measure of the offline translator: ten more schemas from new domains.

The questions in ``nl2sql_blind3/questions.jsonl`` and their gold SQL were written
and frozen without reading the translator or running it on them.  Reads are
judged by execution (correct, wrong or refused).  ``nl2sql_blind3/writes.jsonl``
holds change requests ("delete ...", "set ... to ..."): the right answer is a
refusal, and SQL produced for one counts as wrong.  The counts, every wrong and
refused question and the translation times are printed (``pytest -s``).
The goals (at most 5% wrong, at least 90% correct) are both expected failures until
the translator meets them, so CI stays green while the numbers are still recorded;
the first run measured 89 correct, 11 wrong and 70 refused of 170.
"""

from __future__ import annotations

import json
import sqlite3
import statistics
import time
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from nl2sql_blind3.build import BUILDERS, build_all
from nl2sql_data.harness import KINDS, TODAY, judge, translators_for

from aishell.ai.offline import TranslationError
from aishell.ai.offline.translate import Translator

DATA = Path(__file__).parent / "nl2sql_blind3"


def _load(name: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in (DATA / name).read_text().splitlines() if line.strip()]


QUESTIONS = _load("questions.jsonl")
WRITES = _load("writes.jsonl")


class _Timed:
    """A translator that records how long each ``translate`` call takes."""

    def __init__(self, inner: Translator, times: list[float]) -> None:
        self._inner = inner
        self._times = times

    def translate(self, *args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        try:
            return self._inner.translate(*args, **kwargs)
        finally:
            self._times.append(time.perf_counter() - start)


@pytest.fixture(scope="module")
def dbs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return build_all(tmp_path_factory.mktemp("nl2sql_blind3"))


@pytest.fixture(scope="module")
def times() -> list[float]:
    return []


@pytest.fixture(scope="module")
def translators(dbs: dict[str, Path], times: list[float]) -> dict[str, Any]:
    return {name: _Timed(t, times) for name, t in translators_for(dbs).items()}


def _judge_write(d: dict[str, Any], translators: dict[str, Any]) -> tuple[str, str]:
    """A change request is answered correctly by a refusal; any SQL for it is wrong."""
    try:
        sql = translators[d["db"]].translate(d["q"], dialect="sqlite", today=TODAY).sql
    except TranslationError as exc:
        return "correct", f"refused: {exc}"
    return "wrong", f"answered a write request with: {sql}"


@pytest.fixture(scope="module")
def outcome(dbs: dict[str, Path], translators: dict[str, Any], times: list[float]) -> dict[str, list[str]]:
    """Every read and write judged once; the counts are printed with each wrong and refused one."""
    found: dict[str, list[str]] = {k: [] for k in KINDS}
    reads: Counter[str] = Counter()
    writes: Counter[str] = Counter()
    for d in QUESTIONS:
        kind, detail = judge(d, dbs, translators)
        reads[kind] += 1
        found[kind].append(f"{d['id']} {d['q']!r}: {detail}" + (f"\n      gold: {d['sql']}" if kind == "wrong" else ""))
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
    print(
        f"translation time: median {statistics.median(times) * 1000:.1f} ms, max {max(times) * 1000:.1f} ms, "
        f"over 50 ms {sum(t > 0.05 for t in times)} of {len(times)}"
    )
    for kind in ("wrong", "refused"):
        for m in found[kind]:
            print(f"  {kind}", m)
    return found


def test_corpus_is_well_formed(dbs: dict[str, Path]) -> None:
    """10 databases with 15 reads and 2 writes each, unique ids, every gold query runs and returns rows that
    are not all NULL."""
    assert len(BUILDERS) == 10
    ids = [d["id"] for d in QUESTIONS + WRITES]
    assert len(set(ids)) == len(ids)
    per_db = Counter(d["db"] for d in QUESTIONS)
    assert set(per_db) == set(BUILDERS) == {d["db"] for d in WRITES}
    assert all(k == 15 for k in per_db.values()), per_db
    assert all(k == 2 for k in Counter(d["db"] for d in WRITES).values())
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


def test_schemas_are_unseen_shaped(dbs: dict[str, Path]) -> None:
    """Each schema has 4-8 tables with foreign keys; together they hold a self-reference and link tables."""
    self_refs = 0
    for path in dbs.values():
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            tables = [t for (t,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
            assert 4 <= len(tables) <= 8, (path.name, tables)
            fks = [(t, row[2]) for t in tables for row in conn.execute(f'PRAGMA foreign_key_list("{t}")')]
            assert fks, path.name
            self_refs += sum(t == target for t, target in fks)
        finally:
            conn.close()
    assert self_refs >= 1


def test_outcomes_are_recorded(outcome: dict[str, list[str]]) -> None:
    """Correct, wrong and refused are counted apart; the wrong rate is what a DBA cares about most."""
    assert sum(len(v) for v in outcome.values()) == len(QUESTIONS) + len(WRITES)


@pytest.mark.xfail(strict=False, reason="blind3: the goal is 90% correct on new domains")
def test_correct_at_least_90_percent(outcome: dict[str, list[str]]) -> None:
    n = len(QUESTIONS) + len(WRITES)
    assert len(outcome["correct"]) / n >= 0.9, "\n".join(outcome["wrong"] + outcome["refused"])


def test_wrong_at_most_5_percent(outcome: dict[str, list[str]]) -> None:
    """Held (the first run gave 11 wrong of 170, 6.5%; the final shape check and later rules brought it to 4 of 150 reads).
    Counted over the reads alone, the stricter base."""
    assert len(outcome["wrong"]) / len(QUESTIONS) <= 0.05, "\n".join(outcome["wrong"])
