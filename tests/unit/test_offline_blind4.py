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

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from nl2sql_blind4.build import BUILDERS
from nl2sql_data.blind import corpus_tests
from nl2sql_data.harness import TODAY, translators_for

from aishell.ai.offline import TranslationError
from aishell.ai.offline.translate import Translator

# the first run: 15 of 150 reads wrong (10%)
globals().update(corpus_tests(Path(__file__).parent / "nl2sql_blind4", BUILDERS, databases=6, reads_per_db=25))


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
