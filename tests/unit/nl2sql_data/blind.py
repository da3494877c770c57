"""The tests every blind corpus of the offline translator runs (``test_offline_blind3.py``,
``test_offline_blind4.py``): the corpus is well formed, every read and write is judged once and
the counts printed, at most 5% wrong is held and 90% correct is an expected failure until reached.

A corpus module calls :func:`corpus_tests` and puts what it returns in its own namespace, so
pytest collects the fixtures and tests there."""

from __future__ import annotations

import contextlib
import json
import sqlite3
import statistics
import time
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest

from aishell.ai.offline import TranslationError
from aishell.ai.offline.translate import Translator
from nl2sql_data.harness import KINDS, TODAY, build_with, judge, translators_for


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


def _judge_write(d: dict[str, Any], translators: dict[str, Any]) -> tuple[str, str]:
    """A change request is answered correctly by a refusal; any SQL for it is wrong."""
    try:
        sql = translators[d["db"]].translate(d["q"], dialect="sqlite", today=TODAY).sql
    except TranslationError as exc:
        return "correct", f"refused: {exc}"
    return "wrong", f"answered a write request with: {sql}"


@contextlib.contextmanager
def untraced() -> Iterator[None]:
    """Line coverage paused while a corpus is judged.  A corpus measures accuracy; the rules it reaches are
    covered by their own unit tests (``test_offline_styles*.py``), and tracing its thousands of translations
    took a sixth of the whole suite's time.  Every running measurement is paused (an xdist worker may hold more
    than pytest-cov's)."""
    try:
        import coverage
    except ImportError:  # the suite run without coverage
        yield
        return
    paused = []
    while (cov := coverage.Coverage.current()) is not None:
        cov.stop()
        paused.append(cov)
    try:
        yield
    finally:
        for cov in reversed(paused):
            cov.start()


def gold_rows(questions: list[dict[str, Any]], dbs: Mapping[str, Path]) -> dict[str, list[tuple[Any, ...]]]:
    """Each question's gold rows by id, each gold query run once."""
    out: dict[str, list[tuple[Any, ...]]] = {}
    for name, path in dbs.items():
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            for d in questions:
                if d["db"] == name:
                    out[d["id"]] = conn.execute(d["sql"]).fetchall()
        finally:
            conn.close()
    return out


def load(data: Path, name: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in (data / name).read_text().splitlines() if line.strip()]


def corpus_tests(data: Path, builders: Mapping[str, Callable[[Path], None]], *, databases: int,
                 reads_per_db: int, self_reference: bool = True, declared_keys: bool = True,
                 wrong_above_goal: str = "", tables: tuple[int, int] = (4, 8),
                 keyless: frozenset[str] = frozenset()) -> dict[str, Any]:  # fmt: skip
    """The fixtures and tests of the corpus in ``data`` (``questions.jsonl``, ``writes.jsonl``), its
    databases made by ``builders`` (name -> a function that writes that SQLite file); ``self_reference``:
    one of the schemas holds a self-referencing key; ``declared_keys``: the schemas declare their foreign
    keys (else none does: tables are related by their columns' names only); ``wrong_above_goal``: why this
    corpus still has more than 5% wrong (its wrong-rate test is then an expected failure that says so);
    ``tables``: how few and how many tables a schema has (a wide export beside one lookup has two); ``keyless``: the
    databases that declare no key while the others do."""
    label = data.name.removeprefix("nl2sql_")
    tables_range = tables
    questions, writes = load(data, "questions.jsonl"), load(data, "writes.jsonl")

    @pytest.fixture(scope="module")
    def dbs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
        with untraced():  # test data, no code of aishell's
            return build_with(builders, tmp_path_factory.mktemp(data.name))

    @pytest.fixture(scope="module")
    def golds(dbs: dict[str, Path]) -> dict[str, list[tuple[Any, ...]]]:
        return gold_rows(questions, dbs)

    @pytest.fixture(scope="module")
    def times() -> list[float]:
        return []

    @pytest.fixture(scope="module")
    def translators(dbs: dict[str, Path], times: list[float]) -> dict[str, Any]:
        return {name: _Timed(t, times) for name, t in translators_for(dbs).items()}

    @pytest.fixture(scope="module")
    def outcome(dbs: dict[str, Path], translators: dict[str, Any], times: list[float],
                golds: dict[str, list[tuple[Any, ...]]]) -> dict[str, list[str]]:  # fmt: skip
        """Every read and write judged once (untraced); the counts are printed with each wrong and refused one."""
        found: dict[str, list[str]] = {k: [] for k in KINDS}
        reads: Counter[str] = Counter()
        answered: Counter[str] = Counter()
        with untraced():
            for d in questions:
                kind, detail = judge(d, dbs, translators, golds[d["id"]])
                reads[kind] += 1
                found[kind].append(f"{d['id']} {d['q']!r}: {detail}"
                                   + (f"\n      gold: {d['sql']}" if kind == "wrong" else ""))  # fmt: skip
            for d in writes:
                kind, detail = _judge_write(d, translators)
                answered[kind] += 1
                found[kind].append(f"{d['id']} {d['q']!r}: {detail}")
        n = len(questions) + len(writes)
        print(
            f"\noffline on {len(questions)} blind reads: "
            + ", ".join(f"{k} {reads[k]} ({reads[k] / len(questions):.1%})" for k in KINDS)
        )
        print(f"offline on {len(writes)} write requests: refused {answered['correct']}, answered {answered['wrong']}")
        print(f"all {n}: " + ", ".join(f"{k} {len(found[k])} ({len(found[k]) / n:.1%})" for k in KINDS))
        print(
            f"translation time: median {statistics.median(times) * 1000:.1f} ms, max {max(times) * 1000:.1f} ms, "
            f"over 50 ms {sum(t > 0.05 for t in times)} of {len(times)}"
        )
        for kind in ("wrong", "refused"):
            for m in found[kind]:
                print(f"  {kind}", m)
        return found

    def test_corpus_is_well_formed(golds: dict[str, list[tuple[Any, ...]]]) -> None:
        """The databases with their reads and 2 writes each, unique ids, every gold query runs and returns
        rows that are not all NULL."""
        assert len(builders) == databases
        ids = [d["id"] for d in questions + writes]
        assert len(set(ids)) == len(ids)
        per_db = Counter(d["db"] for d in questions)
        assert set(per_db) == set(builders) == {d["db"] for d in writes}
        assert all(k == reads_per_db for k in per_db.values()), per_db
        assert all(k == 2 for k in Counter(d["db"] for d in writes).values())
        for d in writes:
            assert set(d) == {"id", "db", "q"}, d["id"]
        for d in questions:
            assert set(d) <= {"id", "db", "q", "sql", "ordered", "check", "order_col"}, d["id"]
            assert isinstance(d.get("order_col", 0), int), f"{d['id']}: order_col is a column index"
            rows = golds[d["id"]]
            assert rows, f"{d['id']}: gold returns no rows"
            assert any(v is not None for v in rows[0]), f"{d['id']}: gold returns only NULL"

    def test_schemas_are_unseen_shaped(dbs: dict[str, Path]) -> None:
        """Each schema has 4-8 tables (``tables``) with foreign keys; together they hold a self-reference (when
        the corpus says so) and link tables."""
        self_refs = 0
        for path in dbs.values():
            conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
            try:
                tables = [t for (t,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
                assert tables_range[0] <= len(tables) <= tables_range[1], (path.name, tables)
                fks = [(t, row[2]) for t in tables for row in conn.execute(f'PRAGMA foreign_key_list("{t}")')]
                assert bool(fks) == (declared_keys and path.stem not in keyless), path.name
                self_refs += sum(t == target for t, target in fks)
            finally:
                conn.close()
        assert self_refs >= 1 or not self_reference or not declared_keys

    def test_outcomes_are_recorded(outcome: dict[str, list[str]]) -> None:
        """Correct, wrong and refused are counted apart; the wrong rate is what a DBA cares about most."""
        assert sum(len(v) for v in outcome.values()) == len(questions) + len(writes)

    @pytest.mark.xfail(strict=False, reason=f"{label}: the goal is 90% correct on new domains")
    def test_correct_at_least_90_percent(outcome: dict[str, list[str]]) -> None:
        n = len(questions) + len(writes)
        assert len(outcome["correct"]) / n >= 0.9, "\n".join(outcome["wrong"] + outcome["refused"])

    def test_wrong_at_most_5_percent(outcome: dict[str, list[str]]) -> None:
        """Held, counted over the reads alone (the stricter base)."""
        assert len(outcome["wrong"]) / len(questions) <= 0.05, "\n".join(outcome["wrong"])

    if wrong_above_goal:
        test_wrong_at_most_5_percent = pytest.mark.xfail(strict=False, reason=f"{label}: {wrong_above_goal}")(
            test_wrong_at_most_5_percent
        )

    return {
        "dbs": dbs, "golds": golds, "times": times, "translators": translators, "outcome": outcome,
        "test_corpus_is_well_formed": test_corpus_is_well_formed,
        "test_schemas_are_unseen_shaped": test_schemas_are_unseen_shaped,
        "test_outcomes_are_recorded": test_outcomes_are_recorded,
        "test_correct_at_least_90_percent": test_correct_at_least_90_percent,
        "test_wrong_at_most_5_percent": test_wrong_at_most_5_percent,
    }  # fmt: skip
