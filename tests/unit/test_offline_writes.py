"""The offline translator only reads: a request to change data is refused, never answered
with a SELECT that looks as if it did what was asked."""

from __future__ import annotations

import subprocess
import sys

import pytest

from aishell.ai.offline import TranslationError, ValueIndex, translate
from aishell.ai.offline.translate import write_request
from aishell.engines.base import Catalog, ColumnInfo, TableInfo

CATALOG = Catalog(
    default_schema="main",
    tables=[TableInfo("orders", "main", columns=[ColumnInfo("id", "INTEGER"), ColumnInfo("status", "TEXT"),
                                                 ColumnInfo("price", "REAL")], primary_key=("id",))],
)
VALUES = ValueIndex.from_dict({"orders": {"status": ["cancelled", "paid"]}})


@pytest.mark.parametrize(
    ("question", "verb"),
    [
        ("delete all cancelled orders", "delete"),
        ("Please remove the cancelled orders", "remove"),
        ("Can you update the price of order 5 to 10?", "update"),
        ("Set the status of order 5 to paid", "set"),
        ("I want to insert an order", "insert"),
        ("Mark order 5 as paid", "mark"),
        ("Lower prices by 10% for paid orders", "lower"),
        ("drop the orders table", "drop"),
        ("Make order 5 a paid order", "make"),
        ("Put order 5 up to 20", "put"),
        ("Give order 5 a 10% discount", "give"),
        ("Record that order 5 was paid today", "record"),
    ],
)
def test_a_write_request_is_refused_naming_its_verb(question: str, verb: str) -> None:
    assert write_request(question) == verb
    with pytest.raises(TranslationError, match=f"does not write: '{verb}'"):
        translate(question, CATALOG, VALUES, dialect="sqlite")


@pytest.mark.parametrize(
    "question",
    ["How many orders were cancelled?", "Show deleted orders", "add up the order prices",
     "List the orders", "Which orders changed status?", "Average price per status",
     "Make a list of the paid orders", "make me a table of orders per status", "Give me the discounted orders",
     "give the orders with a discount", "record count of orders per status"],
)
def test_reading_questions_with_such_words_are_not_write_requests(question: str) -> None:
    assert write_request(question) is None


@pytest.mark.parametrize(
    ("question", "verb"),
    [
        # an imperative in a later clause of a statement, before what it acts on
        ("Diego Kaur brought the wax melter back today, record the return.", "record"),
        ("Harp TM-2024-013 went out to the customer today - mark it delivered", "mark"),
        # news of something done today, told so that it is stored
        ("Invoice 425 was paid today by card.", "change"),
        ("The parcel to Leeds got delivered this morning", "change"),
        # verbs that are also nouns or adjectives, before what they act on
        ("End the mooring contract for berth C05 as of today.", "end"),
        ("Flag the overdue loans", "flag"),
        ("stop all the reminders for member 5", "stop"),
        ("Renew Kim's membership for another year", "renew"),
        ("Please surrender the licence for hut WP01 as of today; the holder has given it up", "surrender"),
        ("withdraw her entry from the autumn match", "withdraw"),
    ],
)
def test_a_stated_change_is_refused(question: str, verb: str) -> None:
    assert write_request(question) == verb


@pytest.mark.parametrize(
    "question",
    ["Members in Leeds, set up before 2020", "Invoices where payment was received today",
     "Orders that were shipped today", "List all orders, hide the cancelled ones", "Customers in Paris; return their names",
     "End date of every contract", "Complete list of members", "Transfer amounts per month", "Stop times for route 5",
     "Schedule for next week", "Revenue per month. Split by region", "How much was paid today?",
     "Tell me which invoices were paid today", "Number of calls answered today - the late ones"],
)
def test_statements_that_read_are_not_write_requests(question: str) -> None:
    assert write_request(question) is None


def test_the_cli_exits_1_and_runs_nothing() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "aishell", "ask", "--provider", "offline", "--sql-only", "delete all cancelled orders"],
        capture_output=True, text=True, timeout=60,
    )
    assert proc.returncode == 1
    assert proc.stdout == ""
    assert "does not write" in proc.stderr and "Traceback" not in proc.stderr


def test_booking_a_number_of_places_in_words_is_a_write() -> None:
    # "Book two tickets ...", "Reserve three seats ...": the number in words is what is booked
    assert write_request("Book two tickets for member Gemma Radcliffe on the Family Craft Day.") == "book"
    assert write_request("Reserve three seats for Joe Bloggs at the gala") == "reserve"
    assert write_request("Book titles by Ann Lee") is None
