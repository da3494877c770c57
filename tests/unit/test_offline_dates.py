"""Date phrases against a fixed ``today``, and how they render per dialect."""

from __future__ import annotations

import datetime as dt

import pytest

from aishell.ai.offline import ValueIndex, translate
from aishell.ai.offline.dates import add_months, find_date_phrases
from aishell.ai.offline.text import tokenize
from aishell.engines.base import Catalog, ColumnInfo, ForeignKey, TableInfo

TODAY = dt.date(2025, 6, 15)
D = dt.date


def phrase(text: str, today: dt.date = TODAY) -> tuple[dt.date | None, dt.date | None]:
    found = find_date_phrases(tokenize(text), today)
    assert len(found) == 1, found
    return found[0].lo, found[0].hi


@pytest.mark.parametrize(
    ("text", "lo", "hi"),
    [
        ("orders in March 2024", D(2024, 3, 1), D(2024, 4, 1)),
        ("placed in June 2024", D(2024, 6, 1), D(2024, 7, 1)),
        ("signed up after 2020", D(2021, 1, 1), None),
        ("born before 2023", None, D(2023, 1, 1)),
        ("since 2021", D(2021, 1, 1), None),
        ("in 2021", D(2021, 1, 1), D(2022, 1, 1)),
        ("last month", D(2025, 5, 1), D(2025, 6, 1)),
        ("this year", D(2025, 1, 1), D(2026, 1, 1)),
        ("last year", D(2024, 1, 1), D(2025, 1, 1)),
        ("this month", D(2025, 6, 1), D(2025, 7, 1)),
        ("last week", D(2025, 6, 2), D(2025, 6, 9)),
        ("today", D(2025, 6, 15), D(2025, 6, 16)),
        ("yesterday", D(2025, 6, 14), D(2025, 6, 15)),
        ("in the last 30 days", D(2025, 5, 16), D(2025, 6, 16)),
        ("over the past 3 months", D(2025, 3, 15), D(2025, 6, 16)),
        ("between 2019 and 2021", D(2019, 1, 1), D(2022, 1, 1)),
        ("from March 2024 to May 2024", D(2024, 3, 1), D(2024, 6, 1)),
        ("on 2024-03-05", D(2024, 3, 5), D(2024, 3, 6)),
        ("on March 5, 2024", D(2024, 3, 5), D(2024, 3, 6)),
        ("on 5 March 2024", D(2024, 3, 5), D(2024, 3, 6)),
        ("after 2024-03-05", D(2024, 3, 6), None),
        ("in Q2 2024", D(2024, 4, 1), D(2024, 7, 1)),
        ("in the first quarter of 2023", D(2023, 1, 1), D(2023, 4, 1)),
        ("in the 1990s", D(1990, 1, 1), D(2000, 1, 1)),
        ("in May", D(2025, 5, 1), D(2025, 6, 1)),
        ("in September", D(2024, 9, 1), D(2024, 10, 1)),
        ("in 2024-02", D(2024, 2, 1), D(2024, 3, 1)),
        ("year to date", D(2025, 1, 1), D(2025, 6, 16)),
    ],
)
def test_phrases(text: str, lo: dt.date | None, hi: dt.date | None) -> None:
    assert phrase(text) == (lo, hi)


# the future and open ends; TODAY is a Sunday.  "the next N days" mirrors "the last N days": today and the
# same day N days ahead both included; "upcoming" and its kin start today (a row later today is to come).
@pytest.mark.parametrize(
    ("text", "lo", "hi"),
    [
        ("tomorrow", D(2025, 6, 16), D(2025, 6, 17)),
        ("in the next 30 days", D(2025, 6, 15), D(2025, 7, 16)),
        ("in the next 7 days", D(2025, 6, 15), D(2025, 6, 23)),
        ("within the next 2 weeks", D(2025, 6, 15), D(2025, 6, 30)),
        ("the next 3 months", D(2025, 6, 15), D(2025, 9, 16)),
        ("the next few days", D(2025, 6, 15), D(2025, 6, 19)),
        ("in the coming week", D(2025, 6, 15), D(2025, 6, 23)),
        ("the coming month", D(2025, 6, 15), D(2025, 7, 16)),
        ("next week", D(2025, 6, 16), D(2025, 6, 23)),
        ("next month", D(2025, 7, 1), D(2025, 8, 1)),
        ("next quarter", D(2025, 7, 1), D(2025, 10, 1)),
        ("next year", D(2026, 1, 1), D(2027, 1, 1)),
        ("this week", D(2025, 6, 9), D(2025, 6, 16)),
        ("next Tuesday", D(2025, 6, 17), D(2025, 6, 18)),
        ("last Monday", D(2025, 6, 9), D(2025, 6, 10)),
        ("since Monday", D(2025, 6, 9), None),
        ("since Sunday", D(2025, 6, 15), None),
        ("upcoming", D(2025, 6, 15), None),
        ("coming up", D(2025, 6, 15), None),
        ("in the future", D(2025, 6, 15), None),
        ("future", D(2025, 6, 15), None),
        ("coming up in the next 30 days", D(2025, 6, 15), D(2025, 7, 16)),
        ("upcoming this month", D(2025, 6, 15), D(2025, 7, 1)),
        ("from tomorrow onwards", D(2025, 6, 16), None),
        ("from today onward", D(2025, 6, 15), None),
        ("from now on", D(2025, 6, 15), None),
        ("from 2020 on", D(2020, 1, 1), None),
        ("after today", D(2025, 6, 16), None),
        ("before tomorrow", None, D(2025, 6, 16)),
        ("in 2020 or later", D(2020, 1, 1), None),
        ("2020 and later", D(2020, 1, 1), None),
        ("2020 or after", D(2020, 1, 1), None),
        ("in March 2024 or later", D(2024, 3, 1), None),
        ("2020 or earlier", None, D(2021, 1, 1)),
        ("in 2020 or before", None, D(2021, 1, 1)),
        ("on or after 2024-03-01", D(2024, 3, 1), None),
        ("later than 2021", D(2022, 1, 1), None),
        ("until the end of the year", None, D(2026, 1, 1)),
        ("by the end of the month", None, D(2025, 7, 1)),
        ("by the end of next month", None, D(2025, 8, 1)),
    ],
)
def test_future_and_open_ended_phrases(text: str, lo: dt.date | None, hi: dt.date | None) -> None:
    assert phrase(text) == (lo, hi)


def test_open_ended_years_stay_year_bounds() -> None:
    (later,) = find_date_phrases(tokenize("in 2020 or later"), TODAY)
    (earlier,) = find_date_phrases(tokenize("2020 or earlier"), TODAY)
    assert later.year_only and (later.year_lo, later.year_hi) == (2020, None)
    assert earlier.year_only and (earlier.year_lo, earlier.year_hi) == (None, 2020)


def test_not_future_phrases() -> None:
    assert find_date_phrases(tokenize("the next 5 orders"), TODAY) == []
    assert find_date_phrases(tokenize("before Friday"), TODAY) == []  # this Friday or the last one?
    assert find_date_phrases(tokenize("2020 or after the launch"), TODAY) == []
    assert find_date_phrases(tokenize("the coming days"), TODAY) == []


def test_relative_phrases_follow_today() -> None:
    assert phrase("last month", D(2024, 1, 10)) == (D(2023, 12, 1), D(2024, 1, 1))
    assert phrase("this year", D(2019, 12, 31)) == (D(2019, 1, 1), D(2020, 1, 1))


def test_numbers_are_not_dates() -> None:
    assert find_date_phrases(tokenize("products priced over 2000"), TODAY) == []
    assert find_date_phrases(tokenize("the 5 most expensive products"), TODAY) == []
    assert find_date_phrases(tokenize("may I see the customers"), TODAY) == []


def test_add_months_clamps_the_day() -> None:
    assert add_months(D(2024, 1, 31), 1) == D(2024, 2, 29)
    assert add_months(D(2024, 12, 15), 1) == D(2025, 1, 15)
    assert add_months(D(2024, 3, 31), -13) == D(2023, 2, 28)


def _catalog() -> Catalog:
    return Catalog(
        default_schema="main",
        tables=[
            TableInfo(
                "customers",
                "main",
                columns=[ColumnInfo("id", "INTEGER"), ColumnInfo("name", "TEXT"), ColumnInfo("signup_date", "DATE")],
                primary_key=("id",),
            ),
            TableInfo(
                "orders",
                "main",
                columns=[
                    ColumnInfo("id", "INTEGER"),
                    ColumnInfo("customer_id", "INTEGER"),
                    ColumnInfo("ordered_at", "TIMESTAMP"),
                ],
                primary_key=("id",),
                foreign_keys=[ForeignKey(("customer_id",), "customers", ("id",))],
            ),
            TableInfo(
                "films",
                "main",
                columns=[
                    ColumnInfo("id", "INTEGER"),
                    ColumnInfo("title", "TEXT"),
                    ColumnInfo("release_year", "INTEGER"),
                ],
                primary_key=("id",),
            ),
        ],
    )


def test_injected_today_changes_the_sql() -> None:
    cat, vals = _catalog(), ValueIndex()
    a = translate("How many orders were placed last month?", cat, vals, dialect="sqlite", today=D(2025, 6, 15)).sql
    b = translate("How many orders were placed last month?", cat, vals, dialect="sqlite", today=D(2024, 1, 2)).sql
    assert "'2025-05-01'" in a and "'2025-06-01'" in a
    assert "'2023-12-01'" in b and "'2024-01-01'" in b


@pytest.mark.parametrize(
    ("dialect", "literal"),
    [
        ("sqlite", "'2024-03-01'"),
        ("postgres", "CAST('2024-03-01' AS DATE)"),
        ("mysql", "CAST('2024-03-01' AS DATE)"),
        ("duckdb", "CAST('2024-03-01' AS DATE)"),
        ("oracle", "TO_DATE('2024-03-01', 'YYYY-MM-DD')"),
    ],
)
def test_date_literals_per_dialect(dialect: str, literal: str) -> None:
    sql = translate(
        "How many orders were placed in March 2024?", _catalog(), ValueIndex(), dialect=dialect, today=TODAY
    ).sql
    assert literal in sql
    assert "ordered_at" in sql


def test_year_columns_compare_as_numbers() -> None:
    cat = _catalog()
    sql = translate("How many films were released after 2000?", cat, ValueIndex(), dialect="postgres", today=TODAY).sql
    assert "release_year > 2000" in sql or "release_year >= 2001" in sql
    sql = translate("films released in 1999", cat, ValueIndex(), dialect="postgres", today=TODAY).sql
    assert "release_year = 1999" in sql
    sql = translate("films released between 1990 and 1999", cat, ValueIndex(), dialect="sqlite", today=TODAY).sql
    assert "1990" in sql and "1999" in sql


def test_default_today_is_the_real_date() -> None:
    sql = translate("customers who signed up this year", _catalog(), ValueIndex(), dialect="sqlite").sql
    assert f"'{dt.date.today().year}-01-01'" in sql


def test_ages_compare_birth_dates_with_today() -> None:
    cat = Catalog(
        tables=[
            TableInfo(
                "patients",
                columns=[ColumnInfo("id", "int"), ColumnInfo("name", "text"), ColumnInfo("birth_date", "date")],
                primary_key=("id",),
            )
        ]
    )
    sql = translate("Which patients are older than 80?", cat, ValueIndex(), dialect="sqlite", today=TODAY).sql
    assert "patients.birth_date < '1945-06-15'" in sql
    sql = translate("patients under 18 years old", cat, ValueIndex(), dialect="sqlite", today=TODAY).sql
    assert "patients.birth_date > '2007-06-15'" in sql


@pytest.mark.parametrize(
    ("text", "lo", "hi"),
    [
        ("between January and March 2025", dt.date(2025, 1, 1), dt.date(2025, 4, 1)),
        ("between November and February 2025", dt.date(2024, 11, 1), dt.date(2025, 3, 1)),
    ],
)
def test_a_year_said_once_is_both_months_year(text: str, lo: dt.date, hi: dt.date) -> None:
    # today in another year: "January" alone would be this year's
    (phrase,) = find_date_phrases(tokenize(text), dt.date(2026, 12, 4))
    assert (phrase.lo, phrase.hi) == (lo, hi)


@pytest.mark.parametrize(
    ("question", "where"),
    [
        (
            "Which orders are coming up in the next 30 days?",
            "ordered_at >= '2025-06-15' AND orders.ordered_at < '2025-07-16'",
        ),
        ("upcoming orders", "WHERE orders.ordered_at >= '2025-06-15'"),
        ("How many orders are there from tomorrow onwards?", "WHERE orders.ordered_at >= '2025-06-16'"),
        ("How many orders are scheduled after today?", "WHERE orders.ordered_at >= '2025-06-16'"),
        ("orders next month", "ordered_at >= '2025-07-01' AND orders.ordered_at < '2025-08-01'"),
        ("customers who signed up in 2020 or later", "WHERE customers.signup_date >= '2020-01-01'"),
        ("customers who signed up in 2020 or earlier", "WHERE customers.signup_date < '2021-01-01'"),
        ("films released in 2010 or later", "WHERE films.release_year >= 2010"),
        ("films released 2010 or earlier", "WHERE films.release_year <= 2010"),
    ],
)
def test_future_phrases_end_to_end(question: str, where: str) -> None:
    sql = translate(question, _catalog(), ValueIndex(), dialect="sqlite", today=TODAY).sql
    assert where in sql
