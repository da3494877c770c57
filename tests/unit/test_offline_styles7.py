"""Issue 14: rules learned in the thirteenth session from the refusals and wrong answers of the blind corpora.
Each test builds its own tiny catalog; the point is the rule, not a wording of those corpora.
"""

from __future__ import annotations

import pytest
from test_offline_styles import col, fk, sql, table

from aishell.ai.offline import TranslationError, ValueIndex
from aishell.engines.base import Catalog

INT = "integer"
NUM = "numeric"


# ---------------------------------------------------------------- the time between two dates of a row
def permits() -> Catalog:
    return Catalog(tables=[
        table("applicants", [col("id", INT), col("full_name")], ("id",)),
        table("applications", [col("id", INT), col("applicant_id", INT), col("app_type"), col("status"),
                               col("submitted_on", "date"), col("approved_on", "date")], ("id",),
              fk("applicant_id", "applicants", "id")),
    ])  # fmt: skip


def permit_values() -> ValueIndex:
    return ValueIndex.from_dict({"applications": {"status": ["approved", "pending", "withdrawn"],
                                                  "app_type": ["Extension", "Demolition", "Signage"]}})


SPAN = "AVG((JULIANDAY(applications.approved_on) - JULIANDAY(applications.submitted_on)))"


def test_from_a_row_being_verbed_to_it_being_verbed_is_the_time_between_those_dates() -> None:
    out = sql("On average, how many days does it take from an application being submitted to it being approved?",
              permits(), permit_values())
    assert SPAN in out and "WHERE" not in out


def test_a_value_said_of_the_row_before_take_to_stays_a_condition() -> None:
    out = sql("On average, how many days does an extension take to be approved?", permits(), permit_values())
    assert SPAN in out and "applications.app_type = 'Extension'" in out


def test_a_process_named_before_from_and_to_is_the_span_they_bound() -> None:
    out = sql("On average, how many days did it take to process a demolition from submission to approval?",
              permits(), permit_values())
    assert SPAN in out and "applications.app_type = 'Demolition'" in out


def test_days_before_a_date_are_rows_verbed_measures_from_the_verbs_date() -> None:
    out = sql("On average, how many days before the approval date are applications submitted?", permits(),
              permit_values())
    assert SPAN in out


def test_hours_after_a_date_are_rows_verbed_measures_to_the_verbs_date() -> None:
    out = sql("On average, how many hours after submission are applications approved?", permits(), permit_values())
    assert "AVG(((JULIANDAY(applications.approved_on) - JULIANDAY(applications.submitted_on)) * 24))" in out


def lodges() -> Catalog:
    return Catalog(tables=[
        table("tblLodge", [col("intLodgeId", INT), col("strName")], ("intLodgeId",)),
        table("tblVisit", [col("intVisitId", INT), col("intLodgeId", INT), col("strState"),
                           col("dtArrive", "date"), col("dtDepart", "date")], ("intVisitId",),
              fk("intLodgeId", "tblLodge", "intLodgeId")),
    ])  # fmt: skip


def test_a_value_before_the_row_that_lasts_is_a_condition_of_the_span() -> None:
    values = ValueIndex.from_dict({"tblVisit": {"strState": ["Finished", "Booked", "Cancelled"]}})
    out = sql("On average, how many nights does a finished visit last?", lodges(), values)
    assert "AVG((JULIANDAY(tblVisit.dtDepart) - JULIANDAY(tblVisit.dtArrive)))" in out
    assert "tblVisit.strState = 'Finished'" in out


def test_a_row_being_verbed_with_no_date_of_that_verb_is_refused() -> None:
    with pytest.raises(TranslationError):
        sql("On average, how many days does it take from an application being audited to it being approved?",
            permits(), permit_values())
