"""Issue 14: rules learned in the twenty-ninth session from the blind corpora.
Each test builds its own tiny catalog; the point is the rule, not a wording of those corpora.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from nl2sql_data.harness import TODAY, translators_for
from test_offline_styles import col, fk, sql, table

from aishell.ai.offline import TranslationError, ValueIndex
from aishell.engines.base import Catalog

INT = "integer"


# ---------------------------------------------------------------- "current" rows: a soft delete, a termination date
def suppliers(end: str = "deleted_at") -> Catalog:
    return Catalog(tables=[
        table("suppliers", [col("id", INT), col("name"), col("tier"), col("created_at", "timestamp"),
                            col(end, "timestamp")], ("id",)),
    ])  # fmt: skip


@pytest.mark.parametrize("q", ["How many suppliers do we currently have?", "How many current suppliers?"])
def test_a_soft_delete_says_which_rows_are_current(q: str) -> None:
    assert sql(q, suppliers()) == "SELECT COUNT(*) AS count FROM suppliers WHERE suppliers.deleted_at IS NULL"


def test_with_no_end_nor_soft_delete_current_is_still_refused() -> None:
    with pytest.raises(TranslationError, match="no end date or status"):
        sql("How many suppliers do we currently have?", suppliers("updated_at"))


def tenancies() -> Catalog:
    return Catalog(tables=[
        table("sites", [col("id", INT), col("name")], ("id",)),
        table("tenancies", [col("id", INT), col("site_id", INT), col("tenant"), col("started_on", "date"),
                            col("ended_on", "date"), col("deleted_at", "timestamp")], ("id",),
              fk("site_id", "sites", "id")),
    ])  # fmt: skip


def test_a_real_end_dates_current_rows_before_a_soft_delete() -> None:
    """A tenancy with an end date and a soft delete is current while its end is unset (a deleted row is left out
    besides, as every query over that table does): the deletion alone never stands for the end."""
    out = sql("how many current tenancies", tenancies())
    assert "tenancies.ended_on IS NULL" in out


def test_a_soft_delete_never_dates_an_event_of_the_rows() -> None:
    cat = Catalog(tables=[table("consultations", [col("id", INT), col("channel"), col("scheduled_at", "timestamp"),
                                                  col("deleted_at", "timestamp")], ("id",))])  # fmt: skip
    with pytest.raises(TranslationError, match="'completed'"):
        sql("How many consultations were completed in 2024?", cat)


def test_still_before_a_state_a_soft_delete_does_not_close_is_refused() -> None:
    """ "still waiting for a deposit": deleted_at keeps the booking but says nothing of the waiting."""
    cat = Catalog(tables=[table("bookings", [col("id", INT), col("game_date", "date"), col("has_paid_deposit", INT),
                                             col("deleted_at", "timestamp")], ("id",))])  # fmt: skip
    with pytest.raises(TranslationError, match="'waiting'"):
        sql("How many bookings are still waiting for a deposit?", cat)
    assert sql("How many bookings do we still have?", cat).endswith("WHERE bookings.deleted_at IS NULL")


def staff() -> Catalog:
    return Catalog(tables=[
        table("Department", [col("DepartmentId", INT), col("DepartmentName")], ("DepartmentId",)),
        table("Employee", [col("EmployeeId", INT), col("FirstName"), col("LastName"), col("DepartmentId", INT),
                           col("HireDate", "date"), col("TermDate", "date"), col("PayType"),
                           col("AnnualSalary", "numeric"), col("WorkState")], ("EmployeeId",),
              fk("DepartmentId", "Department", "DepartmentId")),
    ])  # fmt: skip


def test_a_termination_date_ends_employment() -> None:
    assert sql("How many employees do we currently have?", staff()).endswith("WHERE Employee.TermDate IS NULL")


def test_an_adjective_after_current_is_never_taken_for_the_state_it_ends() -> None:
    """ "current salaried staff": 'salaried' is a kind of staff (a pay type), neither their salary nor "current"."""
    with pytest.raises(TranslationError, match="'salaried'"):
        sql("average annual salary of current salaried staff, per department", staff())


def test_the_verb_after_who_is_no_column_it_happens_to_start() -> None:
    """ "who works in Engineering" never shows WorkState (the state they work in): a verb after "who"."""
    values = ValueIndex({("department", "DepartmentName"): ["Engineering", "Sales"]})
    with pytest.raises(TranslationError):
        sql("who works in Engineering?", staff(), values)
    shown = sql("which employees work in Engineering?", staff(), values)
    assert shown.startswith("SELECT Employee.FirstName, Employee.LastName")


def test_an_end_date_named_in_another_language_dates_current_rows() -> None:
    cat = Catalog(tables=[table("socios", [col("id_socio", INT), col("nombre"), col("fecha_alta", "date"),
                                           col("fecha_baja", "date")], ("id_socio",))])  # fmt: skip
    assert sql("How many current members do we have?", cat).endswith("WHERE socios.fecha_baja IS NULL")


# ---------------------------------------------------------------- letters that grade are not initials
def test_letters_that_run_from_a_are_grades_not_the_initials_of_words() -> None:
    graded = ValueIndex({("suppliers", "tier"): ["A", "B", "C"]})
    with pytest.raises(TranslationError, match="'active'"):
        sql("how many active suppliers", suppliers(), graded)
    assert "suppliers.tier = 'A'" in sql("how many tier A suppliers", suppliers(), graded)
    coded = Catalog(tables=[table("suppliers", [col("id", INT), col("name"), col("status")], ("id",))])
    out = sql("how many active suppliers", coded, ValueIndex({("suppliers", "status"): ["A", "I"]}))
    assert out.endswith("WHERE suppliers.status = 'A'")


# ---------------------------------------------------------------- days held as the text '20250115'
def _digit_day_db(path: Path) -> Path:
    """Purchase orders dated by SAP's BEDAT (no date word in its name) and a batch number that looks like a day."""
    conn = sqlite3.connect(path)
    conn.executescript("""
        CREATE TABLE EKKO (EBELN TEXT PRIMARY KEY, BEDAT TEXT NOT NULL, BATCH_NO TEXT NOT NULL, WAERS TEXT NOT NULL);
    """)
    rows = [(f"45{i:08d}", f"{2023 + i % 3}{1 + i % 12:02d}{1 + i % 28:02d}", f"2024{1 + i % 12:02d}01", "EUR")
            for i in range(40)]  # fmt: skip
    conn.executemany("INSERT INTO EKKO VALUES (?, ?, ?, ?)", rows)
    conn.commit()
    conn.close()
    return path


def test_days_written_as_eight_digits_of_text_are_dates_compared_as_text(tmp_path: Path) -> None:
    db = _digit_day_db(tmp_path / "sap.db")
    tr = translators_for({"sap": db})["sap"]
    kinds = {c.name: c.kind for c in tr.schema.table("ekko").columns}
    assert kinds["BEDAT"] == "date" and kinds["BATCH_NO"] != "date"  # a number's name: a label, not a day
    out = tr.translate("how many ekko rows in 2024", dialect="sqlite", today=TODAY).sql
    assert out.endswith("WHERE EKKO.BEDAT >= '20240101' AND EKKO.BEDAT < '20250101'")
    conn = sqlite3.connect(db)
    try:
        want = conn.execute("SELECT COUNT(*) FROM EKKO WHERE BEDAT LIKE '2024%'").fetchall()
        assert conn.execute(out).fetchall() == want and want[0][0] > 0
    finally:
        conn.close()


def test_eight_digit_text_is_read_as_days_only_when_every_value_is_one(tmp_path: Path) -> None:
    from aishell.ai.offline.values import text_digit_days

    assert text_digit_days(["20240115", "20231231", "19991001"])
    assert not text_digit_days(["20240115", "20231331", "19991001"])  # no 13th month
    assert not text_digit_days(["20240115", "2023123", "19991001"])
    assert not text_digit_days(["20240115", "20231231"])  # too few to tell


# ---------------------------------------------------------------- a bare year before the rows it dates
def purchasing() -> Catalog:
    return Catalog(tables=[
        table("vendors", [col("id", INT), col("name"), col("country")], ("id",)),
        table("purchase_orders", [col("id", INT), col("vendor_id", INT), col("ordered_on", "date"),
                                  col("total", "numeric")], ("id",), fk("vendor_id", "vendors", "id")),
        table("members", [col("id", INT), col("name")], ("id",)),
        table("subscriptions", [col("id", INT), col("member_id", INT), col("paid_on", "date"),
                                col("amount", "numeric")], ("id",), fk("member_id", "members", "id")),
    ])  # fmt: skip


IN_2024 = "purchase_orders.ordered_on >= '2024-01-01' AND purchase_orders.ordered_on < '2025-01-01'"


@pytest.mark.parametrize("q", ["How many of our 2024 purchase orders are there?", "how many purchase orders in 2024"])
def test_a_year_before_the_rows_dates_them_as_in_that_year(q: str) -> None:
    assert sql(q, purchasing()).endswith(f"WHERE {IN_2024}")


def test_a_year_before_the_rows_leaves_what_is_measured_of_them_as_it_was() -> None:
    """ "the total of the 2024 purchase orders" sums their totals as "the total of the purchase orders" does."""
    assert sql("total of the purchase orders", purchasing()).startswith("SELECT SUM(purchase_orders.total)")
    out = sql("total of the 2024 purchase orders", purchasing())
    assert out.startswith("SELECT SUM(purchase_orders.total)") and out.endswith(f"WHERE {IN_2024}")


def test_a_year_after_a_group_dates_the_rows_grouped() -> None:
    out = sql("purchase order count per vendor 2024", purchasing())
    assert f"WHERE {IN_2024} GROUP BY vendors.id" in out


@pytest.mark.parametrize("q", [
    "Which members paid their 2025 subscription?",  # the year a fee is for, not the day it was paid
    "How many purchase orders 2024 2025",
    "How many purchase orders for the 2024 Spring Sale?",  # a name that holds the year
])  # fmt: skip
def test_a_year_that_names_rather_than_dates_is_still_refused(q: str) -> None:
    with pytest.raises(TranslationError, match="2024|2025|Spring"):
        sql(q, purchasing())


def test_than_with_no_comparison_built_is_refused_never_read_as_a_ranking() -> None:
    """ "a higher average than the average over all samples" once became the top site by its average."""
    cat = Catalog(tables=[
        table("Sites", [col("SiteId", INT), col("SiteName")], ("SiteId",)),
        table("Samples", [col("SampleId", INT), col("SiteId", INT), col("SampleDate", "date"), col("Nitrate", "real")],
              ("SampleId",), fk("SiteId", "Sites", "SiteId")),
    ])  # fmt: skip
    with pytest.raises(TranslationError, match="'than'"):
        sql("Which sites had a higher average nitrate than the average over all samples?", cat)
    assert sql("Which sites had the highest average nitrate?", cat).endswith("DESC LIMIT 1")


# ---------------------------------------------------------------- a column shown twice, "by whom" unread
def test_a_column_shown_twice_stands_for_something_unread_and_is_refused() -> None:
    cat = Catalog(tables=[
        table("departments", [col("department_id", INT), col("name")], ("department_id",)),
        table("requests", [col("request_id", INT), col("reference"), col("department_id", INT), col("subject"),
                           col("received_on", "date"), col("closed_on", "date")], ("request_id",),
              fk("department_id", "departments", "department_id")),
    ])  # fmt: skip
    with pytest.raises(TranslationError, match="shown twice"):
        sql("List the requests that are still open, with their department and the date they came in.", cat)
    out = sql("List the requests that are still open, with their department", cat)
    assert out.startswith("SELECT requests.reference, departments.name FROM")


def test_by_whom_is_never_dropped() -> None:
    cat = Catalog(tables=[
        table("applicants", [col("applicantId", INT), col("applicantName")], ("applicantId",)),
        table("tradeMarks", [col("markId", INT), col("markText"), col("applicantId", INT), col("filedOn", "date")],
              ("markId",), fk("applicantId", "applicants", "applicantId")),
    ])  # fmt: skip
    with pytest.raises(TranslationError, match="'whom'"):
        sql("Which marks have been filed so far this year, and by whom?", cat)
    assert sql("Which marks have been filed so far this year?", cat).startswith("SELECT tradeMarks.markText FROM")


# ---------------------------------------------------------------- a name in two tables of people, "never" a state
def tutoring() -> Catalog:
    return Catalog(tables=[
        table("Subjects", [col("SubjectID", INT), col("SubjectName")], ("SubjectID",)),
        table("Tutors", [col("TutorID", INT), col("FirstName"), col("LastName")], ("TutorID",)),
        table("Students", [col("StudentID", INT), col("FirstName"), col("LastName")], ("StudentID",)),
        table("Sessions", [col("SessionID", INT), col("StudentID", INT), col("SubjectID", INT), col("TutorID", INT)],
              ("SessionID",), fk("StudentID", "Students", "StudentID"), fk("SubjectID", "Subjects", "SubjectID"),
              fk("TutorID", "Tutors", "TutorID")),
    ])  # fmt: skip


def test_a_name_held_by_two_tables_of_people_alike_is_refused() -> None:
    """'Hugo' and 'Delgado' are a student's and a tutor's names: the first table found is a guess."""
    values = ValueIndex({("students", "FirstName"): ["Hugo", "Amara"], ("students", "LastName"): ["Delgado", "Reyes"],
                         ("tutors", "FirstName"): ["Hugo", "Lena"], ("tutors", "LastName"): ["Delgado", "Park"]})
    with pytest.raises(TranslationError, match="may name one of students or one of tutors"):
        sql("Which subjects has Hugo Delgado had sessions in?", tutoring(), values)


def test_never_is_not_answered_by_the_state_a_row_holds_now() -> None:
    cat = Catalog(tables=[
        table("vehicles", [col("veh_id", INT), col("plate"), col("veh_status")], ("veh_id",)),
        table("bookings", [col("bk_id", INT), col("veh_id", INT), col("start_dt", "date")], ("bk_id",),
              fk("veh_id", "vehicles", "veh_id")),
    ])  # fmt: skip
    values = ValueIndex({("vehicles", "veh_status"): ["available", "rented", "maintenance"]})
    with pytest.raises(TranslationError, match="holds only the state now"):
        sql("Which vehicles have never been rented out?", cat, values)
    assert sql("Which vehicles are not rented?", cat, values).endswith("WHERE vehicles.veh_status <> 'rented'")
    assert "NOT EXISTS" in sql("Which vehicles have never been booked?", cat, values)


def test_a_word_of_an_unread_self_reference_is_never_dropped() -> None:
    """ "customers who came in through a referral" beside customer.referred_by, which the query does not read."""
    cat = Catalog(tables=[
        table("customer", [col("cust_id", INT), col("full_nm"), col("referred_by", INT)], ("cust_id",),
              fk("referred_by", "customer", "cust_id")),
        table("purchase", [col("order_id", INT), col("cust_id", INT), col("total", "numeric")], ("order_id",),
              fk("cust_id", "customer", "cust_id")),
    ])  # fmt: skip
    with pytest.raises(TranslationError, match="'referral'"):
        sql("How many customers who came in through a referral have made a purchase?", cat)
    assert "EXISTS" in sql("How many customers have made a purchase?", cat)


def test_a_name_held_by_the_rows_and_by_a_parent_alike_is_refused() -> None:
    """ "puppets made for The Snow Queen" with a puppet named so and a production titled so: which is meant?"""
    cat = Catalog(tables=[
        table("productions", [col("id", INT), col("title"), col("opened_on", "date")], ("id",)),
        table("puppets", [col("id", INT), col("name"), col("production_id", INT), col("height_cm", INT)], ("id",),
              fk("production_id", "productions", "id")),
    ])  # fmt: skip
    both = ValueIndex({("productions", "title"): ["The Snow Queen", "Peter Pan"],
                       ("puppets", "name"): ["The Snow Queen", "Captain Hook"]})
    with pytest.raises(TranslationError, match="names one of productions and one of puppets"):
        sql("How many puppets were made for The Snow Queen?", cat, both)
    one = ValueIndex({("productions", "title"): ["The Snow Queen", "Peter Pan"], ("puppets", "name"): ["Captain Hook"]})
    assert "productions.title = 'The Snow Queen'" in sql("How many puppets were made for The Snow Queen?", cat, one)


# ---------------------------------------------------------------- versioned tables
def versioned() -> Catalog:
    return Catalog(tables=[
        table("client_v2", [col("id", INT), col("first_name"), col("last_name"), col("city")], ("id",)),
        table("booking_v2", [col("id", INT), col("client_id", INT), col("starts_at", "timestamp"), col("status")],
              ("id",), fk("client_id", "client_v2", "id")),
    ])  # fmt: skip


BOOKING_STATES = ValueIndex({("booking_v2", "status"): ["booked", "completed", "cancelled"]})


def test_a_versions_number_does_not_hide_the_table() -> None:
    out = sql("How many bookings were there last month?", versioned(), BOOKING_STATES)
    assert out.startswith("SELECT COUNT(*) AS count FROM booking_v2 WHERE booking_v2.starts_at >= '2025-05-01'")


def test_fin_ends_a_row_beside_a_date_word_but_never_a_financial_year() -> None:
    contracts = Catalog(tables=[table("contratos", [col("id", INT), col("cliente"), col("fecha_inicio", "date"),
                                                    col("fecha_fin", "date")], ("id",))])  # fmt: skip
    assert sql("How many current contracts are there?", contracts).endswith("WHERE contratos.fecha_fin IS NULL")
    periods = Catalog(tables=[table("periods", [col("id", INT), col("label"), col("fin_yr_start_dt", "date"),
                                                col("closed_flag", INT)], ("id",))])  # fmt: skip
    with pytest.raises(TranslationError):
        sql("How many current periods are there?", periods)
