"""Issue 14: rules learned in the twenty-fifth session from the blind corpora.
Each test builds its own tiny catalog; the point is the rule, not a wording of those corpora.
"""

from __future__ import annotations

import pytest
from test_offline_styles import col, fk, sql, table
from test_offline_styles13 import run

from aishell.ai.offline import TranslationError
from aishell.engines.base import Catalog

INT = "integer"


# ---------------------------------------------------------------- a span's end named by a noun of its verb
def manuscripts(*extra: str) -> Catalog:
    return Catalog(tables=[
        table("manuscripts", [col("ms_id", INT), col("title"), col("status"), col("submitted_on", "date"),
                              col("decided_on", "date"), *(col(e) for e in extra)], ("ms_id",)),
    ])  # fmt: skip


MANUSCRIPTS = """
CREATE TABLE manuscripts(ms_id INTEGER PRIMARY KEY, title TEXT, status TEXT, submitted_on DATE, decided_on DATE,
                         decision TEXT);
INSERT INTO manuscripts VALUES (1, 'A', 'accepted', '2025-01-01', '2025-01-11', 'yes'),
  (2, 'B', 'accepted', '2025-01-01', '2025-01-31', 'yes'), (3, 'C', 'open', '2025-02-01', NULL, NULL);
"""


@pytest.mark.parametrize("q", [
    "On average, how many days does it take from submission to decision?",
    "average number of days from submission to a decision",
])  # fmt: skip
def test_a_noun_of_the_verb_names_the_date_it_made(q: str) -> None:
    """"decision" is said of ``decided_on`` (decide), "submission" of ``submitted_on``."""
    out = sql(q, manuscripts())
    assert "decided_on" in out and "submitted_on" in out
    assert run(out, MANUSCRIPTS)[0][0] == pytest.approx(20.0)


def test_the_date_is_taken_over_a_text_column_of_the_same_name() -> None:
    """A ``decision`` column holds the outcome; the time to a decision ends at ``decided_on``."""
    out = sql("On average, how many days does it take from submission to a decision?", manuscripts("decision"))
    assert "decided_on" in out
    assert run(out, MANUSCRIPTS)[0][0] == pytest.approx(20.0)


@pytest.mark.parametrize("noun, column", [("shipment", "shipped_on"), ("extension", "extended_on")])
def test_other_nouns_of_a_verb(noun: str, column: str) -> None:
    cat = Catalog(tables=[
        table("orders", [col("order_id", INT), col("ordered_on", "date"), col(column, "date")], ("order_id",)),
    ])  # fmt: skip
    out = sql(f"average number of days from ordering to {noun}", cat)
    assert f"JULIANDAY(orders.{column}) - JULIANDAY(orders.ordered_on)" in out


def test_a_noun_that_names_no_date_is_still_refused() -> None:
    with pytest.raises(TranslationError):
        sql("average number of days from submission to publication", manuscripts())


# ---------------------------------------------------------------- "taken to close them"
def requests() -> Catalog:
    return Catalog(tables=[
        table("requests", [col("request_id", INT), col("received_on", "date"), col("closed_on", "date")],
              ("request_id",)),
    ])  # fmt: skip


def test_the_days_taken_to_do_a_thing() -> None:
    out = sql("For requests received in 2025, what is the average number of days taken to close them?", requests())
    assert "AVG((JULIANDAY(requests.closed_on) - JULIANDAY(requests.received_on)))" in out
    assert "requests.received_on >= '2025-01-01'" in out


# ---------------------------------------------------------------- a row's own period, said with its state
def stoppages(created: bool = True) -> Catalog:
    return Catalog(tables=[
        table("locks", [col("lock_id", INT), col("lock_name")], ("lock_id",)),
        table("stoppages", [col("id", INT), col("lock_id", INT), col("start_date", "date"), col("end_date", "date"),
                            *([col("created_date", "date")] if created else []), col("planned", "boolean")],
              ("id",), fk("lock_id", "locks", "lock_id")),
    ])  # fmt: skip


STOPPAGES = """
CREATE TABLE stoppages(id INTEGER PRIMARY KEY, lock_id INTEGER, start_date DATE, end_date DATE, created_date DATE,
                       planned INTEGER);
INSERT INTO stoppages VALUES (1, 1, '2025-01-01', '2025-01-05', '2024-12-01', 0),
  (2, 1, '2025-02-01', '2025-02-03', '2025-01-20', 1), (3, 1, '2025-03-01', NULL, '2025-02-20', 0),
  (4, 1, '2025-04-01', '2025-04-11', '2025-03-01', 0);
"""


def test_the_start_that_pairs_with_the_end_is_taken() -> None:
    """``start_date`` beside ``created_date``: both are start words; the one named like ``end_date`` is the start."""
    out = sql("On average, how many days did the stoppages that have ended last?", stoppages())
    assert "JULIANDAY(stoppages.end_date) - JULIANDAY(stoppages.start_date)" in out
    assert "NOT stoppages.end_date IS NULL" in out
    assert run(out, STOPPAGES)[0][0] == pytest.approx((4 + 2 + 10) / 3)


def test_a_state_flag_before_the_rows_stays_a_condition() -> None:
    out = sql("On average how many days did the unplanned stoppages that have ended last?", stoppages())
    assert "stoppages.planned" in out and "NOT stoppages.end_date IS NULL" in out
    assert run(out, STOPPAGES)[0][0] == pytest.approx(7.0)


def test_a_state_said_before_the_rows_is_not_swallowed() -> None:
    """"finished" is left for the condition passes: the rows with an end date, not every row."""
    out = sql("On average, how many days did our finished stoppages take from start to end?", stoppages(False))
    assert "end_date IS NULL" in out


def test_a_clause_with_two_states_is_not_read_as_one() -> None:
    with pytest.raises(TranslationError):
        sql("On average, how many days did the stoppages that have ended planned last?", stoppages())


# ---------------------------------------------------------------- a stored measure is not a span
def test_a_stored_delay_is_averaged_not_computed_from_two_dates() -> None:
    cat = Catalog(tables=[
        table("sailings", [col("sailing_id", INT), col("depart_ts", "timestamp"), col("arrive_ts", "timestamp"),
                           col("delay_min", INT), col("status")], ("sailing_id",)),
    ])  # fmt: skip
    out = sql("What is the average delay in minutes of our sailings?", cat)
    assert "AVG(sailings.delay_min)" in out and "JULIANDAY" not in out
