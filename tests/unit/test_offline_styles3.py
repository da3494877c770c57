"""Issue 14: rules learned from the misses of the time-heavy and tracker corpora (blind24, blind3) in the ninth
session.  Each test builds its own tiny catalog; the point is the rule, not a wording of those corpora.
"""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

import pytest
from nl2sql_data.harness import TODAY, translators_for
from test_offline_styles import col, fk, sql, table

from aishell.ai.offline import ValueIndex
from aishell.engines.base import Catalog

INT = "integer"


def callcentre() -> Catalog:
    return Catalog(tables=[
        table("customers", [col("id", INT), col("full_name"), col("tier"), col("signed_up_on", "date")], ("id",)),
        table("calls", [col("id", INT), col("customer_id", INT), col("outcome"), col("started_at", "timestamp")],
              ("id",), fk("customer_id", "customers", "id")),
    ])  # fmt: skip


def test_a_date_after_the_rows_source_dates_the_rows() -> None:
    values = ValueIndex.from_dict({"customers": {"tier": ["premium", "basic"]}})
    out = sql("calls from premium customers this month", callcentre(), values)
    assert "calls.started_at >= '2025-06-01'" in out and "signed_up_on" not in out
    # a table met in a clause of its own keeps the date
    out = sql("customers who made calls in May 2025", callcentre(), values)
    assert "calls.started_at >= '2025-05-01'" in out and "signed_up_on" not in out


def tracker() -> Catalog:
    return Catalog(tables=[
        table("tickets", [col("id", INT), col("title"), col("resolved_at", "timestamp"), col("due_date", "date"),
                          col("closed_at", "timestamp")], ("id",)),
    ])  # fmt: skip


@pytest.mark.parametrize("dialect", ["sqlite", "postgres", "mysql", "duckdb"])
def test_a_timestamp_after_a_plain_date_is_compared_by_its_day(dialect: str) -> None:
    from aishell.ai.offline.translate import Translator

    out = (
        Translator(tracker(), ValueIndex())
        .translate("how many tickets were resolved after their due date", dialect=dialect, today=TODAY)
        .sql
    )
    day = "DATE(tickets.resolved_at)" if dialect == "sqlite" else "CAST(tickets.resolved_at AS DATE)"
    assert f"{day} > tickets.due_date" in out.replace('"', "").replace("`", "")


def test_two_timestamps_are_compared_as_they_are() -> None:
    out = sql("how many tickets were closed after they were resolved", tracker())
    assert "tickets.closed_at > tickets.resolved_at" in out


def test_the_grain_of_dates_held_as_text_is_read_from_their_values(tmp_path: Path) -> None:
    """Text columns dated by their names: '2025-05-03 10:00' after '2025-05-03' is the same day, not later."""
    db = tmp_path / "t.db"
    with contextlib.closing(sqlite3.connect(db)) as conn:
        conn.execute("CREATE TABLE tickets (id INTEGER PRIMARY KEY, title TEXT, resolved_at TEXT, due_date TEXT)")
        conn.executemany("INSERT INTO tickets VALUES (?, ?, ?, ?)", [
            (1, "a", "2025-05-03 10:00:00", "2025-05-03"), (2, "b", "2025-05-04 09:00:00", "2025-05-03"),
            (3, "c", "2025-05-01 08:00:00", "2025-05-02"), (4, "d", None, "2025-05-09"),
        ])  # fmt: skip
        conn.commit()
    tr = translators_for({"t": db})["t"]
    grains = {c.name: c.clock for c in tr.schema.table("tickets").columns if c.kind == "date"}  # type: ignore[union-attr]
    assert grains == {"resolved_at": "time", "due_date": "day"}
    out = tr.translate("how many tickets were resolved after their due date", dialect="sqlite", today=TODAY).sql
    with contextlib.closing(sqlite3.connect(db)) as conn:
        assert conn.execute(out).fetchall() == [(1,)]  # only ticket 2: ticket 1 was resolved on its due day
    # a date column's grain records no value: it is no category to list
    assert not tr.values.has_column("tickets", "due_date")
