"""Issue 14: rules learned in the twenty-second session from the refusals and wrong answers of the blind corpora.
Each test builds its own tiny catalog; the point is the rule, not a wording of those corpora.
"""

from __future__ import annotations

import pytest
from test_offline_styles import col, fk, sql, table
from test_offline_styles13 import run

from aishell.ai.offline import TranslationError, ValueIndex
from aishell.engines.base import Catalog

INT = "integer"


# ---------------------------------------------------------------- "the most <kind>s": rows of that kind, counted
def lifts() -> Catalog:
    return Catalog(tables=[
        table("Customer", [col("CustomerId", INT), col("CustomerName")], ("CustomerId",)),
        table("WorkOrder", [col("WorkOrderId", INT), col("CustomerId", INT), col("WorkOrderType"),
                            col("CreatedOn", "date")], ("WorkOrderId",), fk("CustomerId", "Customer", "CustomerId")),
    ])  # fmt: skip


def lifts_values() -> ValueIndex:
    return ValueIndex(values={("WorkOrder", "WorkOrderType"): ["Breakdown", "Service Visit"]})


LIFTS = """
CREATE TABLE Customer(CustomerId INTEGER PRIMARY KEY, CustomerName TEXT);
CREATE TABLE WorkOrder(WorkOrderId INTEGER PRIMARY KEY, CustomerId INTEGER, WorkOrderType TEXT, CreatedOn DATE);
INSERT INTO Customer VALUES (1, 'Acme'), (2, 'Bolt');
INSERT INTO WorkOrder VALUES (1, 1, 'Breakdown', '2025-01-01'), (2, 2, 'Breakdown', '2025-01-02'),
  (3, 2, 'Breakdown', '2025-01-03'), (4, 1, 'Service Visit', '2025-01-04'), (5, 1, 'Service Visit', '2025-01-05'),
  (6, 1, 'Service Visit', '2025-01-06');
"""


@pytest.mark.parametrize("q", ["Which customer had the most breakdowns?", "Which customer has had the most service visits?"])
def test_the_most_of_a_stored_kind_counts_the_rows_of_that_kind(q: str) -> None:
    """'Breakdown' in a column of kinds, said as a plural after "most": the work orders of that kind, counted per
    customer (Bolt has two breakdowns, Acme three work orders of which one is a breakdown)."""
    out = sql(q, lifts(), lifts_values())
    assert "WorkOrderType = " in out
    want = "Bolt" if "breakdowns" in q else "Acme"
    assert run(out, LIFTS)[0][0] == want


def test_a_kind_said_in_the_singular_after_most_is_not_read_as_rows() -> None:
    with pytest.raises(TranslationError):
        sql("Which customer had the most breakdown?", lifts(), lifts_values())


# ---------------------------------------------------------------- "on average, how many X does a Y get"
def rinks() -> Catalog:
    return Catalog(tables=[
        table("ICE_SESSION", [col("SESSION_ID", INT), col("SESSION_TYPE"), col("SESSION_DATE", "date")],
              ("SESSION_ID",)),
        table("ADMISSION", [col("ADMISSION_ID", INT), col("SESSION_ID", INT), col("PRICE_PAID", "numeric")],
              ("ADMISSION_ID",), fk("SESSION_ID", "ICE_SESSION", "SESSION_ID")),
    ])  # fmt: skip


RINKS = """
CREATE TABLE ICE_SESSION(SESSION_ID INTEGER PRIMARY KEY, SESSION_TYPE TEXT, SESSION_DATE DATE);
CREATE TABLE ADMISSION(ADMISSION_ID INTEGER PRIMARY KEY, SESSION_ID INTEGER, PRICE_PAID NUMERIC);
INSERT INTO ICE_SESSION VALUES (1, 'disco', '2025-01-01'), (2, 'disco', '2025-01-02'), (3, 'public', '2025-01-03');
INSERT INTO ADMISSION VALUES (1, 1, 5), (2, 1, 5), (3, 1, 5), (4, 2, 5), (5, 3, 5), (6, 3, 5), (7, 3, 5), (8, 3, 5);
"""


@pytest.mark.parametrize("q", [
    "On average, how many admissions does a disco session get?",
    "How many admissions does a disco session get on average?",
    "On average, how many admissions are there in a disco session?",
])  # fmt: skip
def test_on_average_how_many_rows_a_row_gets_is_their_average_number_per_row(q: str) -> None:
    """Disco sessions have 3 and 1 admissions: 2 on average (the public session's 4 is not theirs)."""
    out = sql(q, rinks(), ValueIndex(values={("ICE_SESSION", "SESSION_TYPE"): ["disco", "public"]}))
    assert run(out, RINKS) == [(2.0,)]


def test_how_many_rows_a_row_gets_without_on_average_is_not_an_average() -> None:
    """No "on average": the words are left as they are (and the question is not read as an average)."""
    from aishell.ai.offline.translate import _drop_indifference

    assert "average" not in _drop_indifference("How many admissions does a disco session get?")
