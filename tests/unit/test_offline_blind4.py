"""Fourth blind measure of the offline translator: six schemas in naming styles not used before.

The questions in ``nl2sql_blind4/questions.jsonl`` and their gold SQL were written
and frozen before the translator was run on them (terse truncated names with units,
Oracle-style prefixed UPPER_SNAKE with integer status codes and a soft-delete flag,
class-word suffixes, history tables with ``valid_to IS NULL``, Access-style names
with spaces, ``_master``/``_txn``/``_lkp`` warehouse tables).  Reads are judged by
execution (correct, wrong or refused); ``writes.jsonl`` holds change requests whose
right answer is a refusal.  Counts, every wrong and refused question and the
translation times are printed (``pytest -s``).  At most 5% wrong is held; 90% correct
is an expected failure until reached.  The first run (before any change made for issue 14's kinds of
misses) measured 97 correct, 15 wrong and 38 refused of the 150 reads, and answered 1 of the 12 write
requests.  Two gold answers with ties were corrected afterwards (a host tie in the data, es-08's fifth
place): the shared rule is that any correct tie-break passes.
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
from nl2sql_blind4.build import BUILDERS, build_all
from nl2sql_data.harness import KINDS, TODAY, judge, translators_for

from aishell.ai.offline import TranslationError
from aishell.ai.offline.translate import Translator

DATA = Path(__file__).parent / "nl2sql_blind4"


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
    return build_all(tmp_path_factory.mktemp("nl2sql_blind4"))


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
    """6 databases with 25 reads and 2 writes each, unique ids, every gold query runs and returns rows that
    are not all NULL."""
    assert len(BUILDERS) == 6
    ids = [d["id"] for d in QUESTIONS + WRITES]
    assert len(set(ids)) == len(ids)
    per_db = Counter(d["db"] for d in QUESTIONS)
    assert set(per_db) == set(BUILDERS) == {d["db"] for d in WRITES}
    assert all(k == 25 for k in per_db.values()), per_db
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


@pytest.mark.xfail(strict=False, reason="blind4: the goal is 90% correct on new domains")
def test_correct_at_least_90_percent(outcome: dict[str, list[str]]) -> None:
    n = len(QUESTIONS) + len(WRITES)
    assert len(outcome["correct"]) / n >= 0.9, "\n".join(outcome["wrong"] + outcome["refused"])


def test_wrong_at_most_5_percent(outcome: dict[str, list[str]]) -> None:
    """Held (first run 15 of 150 reads wrong, 10%).  Counted over the reads alone, the stricter base."""
    assert len(outcome["wrong"]) / len(QUESTIONS) <= 0.05, "\n".join(outcome["wrong"])


# ---------------------------------------------------------------- the miss kinds, on small schemas of their own
_KINDS_DDL = """
CREATE TABLE carrier_master(carrier_id INTEGER PRIMARY KEY, carrier_nm TEXT, seg_cd TEXT);
CREATE TABLE shpmt_txn(shpmt_id INTEGER PRIMARY KEY, carrier_id INTEGER REFERENCES carrier_master(carrier_id),
    cargo_t REAL, transit_sec_cnt INTEGER, ship_dt TEXT, is_archived INTEGER, quantity INTEGER);
CREATE TABLE agent(agent_id INTEGER PRIMARY KEY, full_nm TEXT, handle TEXT, sex TEXT,
    coach_id INTEGER REFERENCES agent(agent_id));
INSERT INTO carrier_master VALUES (1, 'Acme', 'COM'), (2, 'Bolt', 'RES'), (3, 'Cargo', 'COM');
INSERT INTO shpmt_txn VALUES (1, 1, 10, 600, '2024-01-01', 0, 4), (2, 1, 12, 4000, '2024-02-01', 0, 2),
    (3, 2, 50, 3000, '2024-03-01', 1, 9), (4, 3, 5, 7300, '2024-01-05', 0, 1), (5, 3, 6, 200, '2024-04-01', 0, 3),
    (6, 1, 3, 100, '2024-01-20', 0, 5);
INSERT INTO agent VALUES (1, 'Ann Lee', 'falcon', 'F', NULL), (2, 'Bo Kim', 'tiger', 'M', 1),
    (3, 'Cy Ray', 'otter', 'F', 1), (4, 'Di Fox', 'lynx', 'F', 2), (5, 'Ed Low', 'crow', 'M', 2);
"""


@pytest.fixture(scope="module")
def kinds(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Translator]:
    path = tmp_path_factory.mktemp("nl2sql_kinds4") / "kinds.db"
    conn = sqlite3.connect(path)
    conn.executescript(_KINDS_DDL)
    conn.close()
    return path, translators_for({"k": path})["k"]


def _rows(kinds: tuple[Path, Translator], q: str) -> list[tuple[Any, ...]]:
    path, tr = kinds
    sql = tr.translate(q, dialect="sqlite", today=TODAY).sql
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return sorted(conn.execute(sql).fetchall(), key=repr)
    finally:
        conn.close()


def test_warehouse_affixes_name_the_rows(kinds: tuple[Path, Translator]) -> None:
    """``shpmt_txn`` and ``carrier_master`` are shipments and carriers: the suffix only says the table's role."""
    assert _rows(kinds, "How many carriers are there?") == [(3,)]


def test_a_unit_before_a_class_word_converts(kinds: tuple[Path, Translator]) -> None:
    """``transit_sec_cnt`` holds seconds: "longer than 1 hour" compares with 3600."""
    assert _rows(kinds, "How many shipments took longer than 1 hour?") == [(2,)]


def test_most_of_a_unit_never_ranks_by_count(kinds: tuple[Path, Translator]) -> None:
    """"the most tonnes" over ``cargo_t`` (a one-letter unit) must not become the carrier with the most rows."""
    with pytest.raises(TranslationError, match="tonnes"):
        kinds[1].translate("Which carrier shipped the most tonnes?", dialect="sqlite", today=TODAY)


def test_a_code_keeping_vowels_is_the_words_beginning(kinds: tuple[Path, Translator]) -> None:
    """'COM' abbreviates "commercial", not "consumed": a verb must not turn into a filter on a code."""
    from aishell.ai.offline.values import _code_form

    assert _code_form("COM", "commercial") and _code_form("RECVD", "received") and _code_form("CNCL", "cancelled")
    assert not _code_form("COM", "consumed")


def test_state_verbs_are_write_requests(kinds: tuple[Path, Translator]) -> None:
    """"archive all shipments of 2024" against ``is_archived`` changes data: refused, never read."""
    with pytest.raises(TranslationError, match="does not write"):
        kinds[1].translate("Archive all shipments from 2024", dialect="sqlite", today=TODAY)
    with pytest.raises(TranslationError, match="does not write"):
        kinds[1].translate("Retire the carrier Acme", dialect="sqlite", today=TODAY)
    assert len(_rows(kinds, "List the archived shipments")) == 1


def test_passive_self_reference_by_a_nickname(kinds: tuple[Path, Translator]) -> None:
    """"coached by falcon" names the coach (by the handle, shown beside the name), not the agent, and a
    second condition stays on the agents asked for."""
    got = _rows(kinds, "Which agents are coached by falcon?")
    assert {r[0] for r in got} == {"Bo Kim", "Cy Ray"}
    got = _rows(kinds, "Which female agents are coached by tiger?")
    assert {r[0] for r in got} == {"Di Fox"}


def test_distinct_count_over_repeating_rows_is_refused(kinds: tuple[Path, Translator]) -> None:
    """"how many different carriers shipped each month" answered with COUNT(*) over the shipments would count
    shipments (3 in January, from 2 carriers): refused unless the count is of distinct carriers."""
    try:
        got = _rows(kinds, "How many different carriers shipped each month?")
    except TranslationError as exc:
        assert "different" in str(exc)
        return
    assert sorted(r[-1] for r in got) == [1, 1, 1, 2]


def test_a_noun_after_the_group_is_not_dropped(kinds: tuple[Path, Translator]) -> None:
    """"per carrier line" is not "per carrier": the word after the group's table is not a verb joining tables,
    so nothing accounts for it and the question is refused, naming it."""
    with pytest.raises(TranslationError, match="'line'"):
        kinds[1].translate("What is the average quantity per carrier line?", dialect="sqlite", today=TODAY)
    assert len(_rows(kinds, "What is the average quantity per carrier?")) == 3
