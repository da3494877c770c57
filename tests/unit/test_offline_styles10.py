"""Issue 14: rules learned in the sixteenth session from the wrong answers of the blind corpora.
Each test builds its own tiny catalog; the point is the rule, not a wording of those corpora.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from test_offline_styles import TODAY, col, fk, sql, table

from aishell.ai.offline import TranslationError, ValueIndex
from aishell.ai.offline.translate import translate
from aishell.engines.base import Catalog

INT = "integer"
NUM = "numeric"


# ---------------------------------------------------------------- a measure of the outer rows beside a related one
def weddings() -> Catalog:
    return Catalog(tables=[
        table("venue", [col("id", INT), col("venue_name"), col("hire_fee", NUM)], ("id",)),
        table("wedding", [col("id", INT), col("venue_id", INT), col("wedding_date", "date")], ("id",),
              fk("venue_id", "venue", "id")),
        table("supplier", [col("id", INT), col("supplier_name"), col("category")], ("id",)),
        table("wedding_supplier", [col("wedding_id", INT), col("supplier_id", INT), col("fee_amt", NUM)], (),
              fk("wedding_id", "wedding", "id"), fk("supplier_id", "supplier", "id")),
    ])  # fmt: skip


WEDDING_VALUES = ValueIndex.from_dict({"supplier": {"category": ["Photographer", "Florist"]}})


def test_an_outer_rows_measure_is_not_summed_when_the_related_rows_hold_one_the_word_names() -> None:
    # the venues' hire fee where a wedding there booked a photographer: not the photographers' fee
    with pytest.raises(TranslationError, match="fee_amt"):
        sql("what is the average fee for photographers", weddings(), WEDDING_VALUES)


def test_the_outer_rows_measure_alone_is_still_answered() -> None:
    assert "AVG(venue.hire_fee)" in sql("what is the average hire fee of venues", weddings(), WEDDING_VALUES)


def workshop() -> Catalog:
    return Catalog(tables=[
        table("model", [col("model_id", INT), col("model_name"), col("build_hours", NUM)], ("model_id",)),
        table("commission", [col("commission_id", INT), col("model_id", INT), col("order_ref")], ("commission_id",),
              fk("model_id", "model", "model_id")),
        table("worklog", [col("log_id", INT), col("commission_id", INT), col("hours_worked", NUM)], ("log_id",),
              fk("commission_id", "commission", "commission_id")),
    ])  # fmt: skip


def test_a_parents_measure_is_not_summed_for_one_child_when_the_childs_own_rows_log_it() -> None:
    values = ValueIndex.from_dict({"commission": {"order_ref": ["TM-2024-016", "TM-2024-017"]}})
    with pytest.raises(TranslationError, match="hours_worked"):
        sql("Total hours logged on order TM-2024-016?", workshop(), values)


# ---------------------------------------------------------------- a word that names several columns equally well
def grooming() -> Catalog:
    return Catalog(tables=[
        table("dog", [col("id_int", INT), col("name_str"), col("breed_str"), col("is_nervous_bool", INT)], ("id_int",)),
        table("appointment", [col("id_int", INT), col("dog_id_int", INT), col("booked_ts", "timestamp"),
                              col("slot_start_ts", "timestamp"), col("finished_ts", "timestamp"),
                              col("total_dec", NUM)], ("id_int",), fk("dog_id_int", "dog", "id_int")),
    ])  # fmt: skip


def test_a_shown_column_tied_with_others_of_its_table_is_refused() -> None:
    with pytest.raises(TranslationError, match="booked_ts, slot_start_ts, finished_ts"):
        sql("List the dogs with an appointment, with the breed and the appointment time", grooming())


def test_an_upcoming_booking_is_dated_by_its_start_even_when_booked_is_said() -> None:
    # nothing is booked in the future: "booked in for an upcoming appointment" dates the appointment's slot
    out = sql("How many dogs are booked in for an upcoming appointment?", grooming())
    assert "slot_start_ts >=" in out and "booked_ts >=" not in out


# ---------------------------------------------------------------- "still open", and "when it was <verb>"
def jobs(status: tuple[str, ...]) -> tuple[Catalog, ValueIndex]:
    catalog = Catalog(tables=[
        table("customer", [col("customer_id", INT), col("customer_name")], ("customer_id",)),
        table("job", [col("job_id", INT), col("customer_id", INT), col("status"), col("booked_at", "timestamp"),
                      col("completed_at", "timestamp")], ("job_id",), fk("customer_id", "customer", "customer_id")),
    ])  # fmt: skip
    return catalog, ValueIndex.from_dict({"job": {"status": list(status)}})


def test_still_open_is_the_status_that_says_open_rather_than_an_unset_closing_date(tmp_path: Path) -> None:
    # a keyed locksmith schema whose cancelled jobs ('X') have no completed_at either: "open" is the status 'O'
    from nl2sql_blind40.build import BUILDERS
    from nl2sql_data.harness import TODAY, translators_for

    BUILDERS["locksmith"](tmp_path / "locksmith.db")
    translator = translators_for({"locksmith": tmp_path / "locksmith.db"})["locksmith"]
    out = translator.translate("List the jobs that are still open, with the customer's name and when the job was "
                               "booked.", dialect="sqlite", today=TODAY).sql  # fmt: skip
    assert "ops_job.status = 'O'" in out and "completed_at IS NULL" not in out
    assert "ops_job.booked_at" in out.split(" FROM ")[0]


def test_still_open_is_the_unset_closing_date_when_no_status_says_open() -> None:
    assert "job.completed_at IS NULL" in sql("How many jobs are still open?", *jobs(("BOOKED", "DONE")))


def reports() -> Catalog:
    return Catalog(tables=[
        table("boats", [col("id", INT), col("name")], ("id",)),
        table("damage_reports", [col("id", INT), col("boat_id", INT), col("area"), col("resolved_at", "timestamp"),
                                 col("created_at", "timestamp")], ("id",), fk("boat_id", "boats", "id")),
    ])  # fmt: skip


def test_and_when_it_was_verbed_is_not_answered_with_a_date_tested_unset() -> None:
    # resolved_at IS NULL is the condition; showing it answers no "when"
    with pytest.raises(TranslationError):
        sql("Show the damage reports that are still open: boat name, area and when it was reported.", reports())


def test_and_when_names_the_verbs_own_date() -> None:
    out = sql("Which damage reports have been resolved, and when?", reports())
    assert "damage_reports.resolved_at" in out.split("FROM")[0]
    with pytest.raises(TranslationError):  # the date the query tests is not the one the verb names
        sql("Which damage reports have been resolved, and when were they created?", reports())


# ---------------------------------------------------------------- dates held as DD/MM/YYYY or MM/DD/YYYY text
@pytest.mark.parametrize(("vals", "kind"), [
    (["15/06/2025", "01/02/2024", "30/12/2023"], "dmy"),
    (["06.15.2025", "02.01.2024", "12.30.2023"], "mdy"),
    (["01/02/2024", "03/04/2024", "05/06/2024"], None),  # no part above 12: either order
    (["2024-01-02", "15/06/2025", "01/02/2024"], None),
    (["15/06/25", "01/02/24", "30/12/23"], None),
])  # fmt: skip
def test_a_slashed_dates_order_is_told_only_by_a_part_above_12(vals: list[str], kind: str | None) -> None:
    from aishell.ai.offline.values import slashed_kind

    assert slashed_kind(vals) == kind


def _indexed(db: Path, ddl: str, rows: list[tuple[Any, ...]]) -> tuple[Catalog, ValueIndex, Any]:
    """A SQLite file with one table and its rows, read back as the translator reads a database: its catalog, its
    sampled values and the open read-only connection (the caller closes it)."""
    from aishell.ai.offline import build_value_index
    from aishell.engines import connect
    from aishell.urls import DatabaseURL

    c = sqlite3.connect(db)
    c.execute(ddl)
    c.executemany(f"INSERT INTO {ddl.split()[2]} VALUES ({', '.join('?' * len(rows[0]))})", rows)
    c.commit()
    c.close()
    conn = connect(DatabaseURL.parse(f"sqlite:///{db}"), read_only=True)
    catalog = conn.catalog()
    return catalog, build_value_index(conn, catalog), conn


def _launches(tmp_path: Path, dates: list[str]) -> tuple[Catalog, ValueIndex, Any]:
    return _indexed(tmp_path / "boats.db", "CREATE TABLE launches (id INTEGER PRIMARY KEY, launch_date TEXT NOT NULL, "
                    "incident TEXT)", [(i, d, f"incident {i}") for i, d in enumerate(dates)])  # fmt: skip


def test_a_day_first_text_date_is_compared_as_the_date_it_spells(tmp_path: Path) -> None:
    dates = ["15/06/2024", "01/12/2023", "28/02/2025", "03/01/2024", "20/07/2025"]
    catalog, values, conn = _launches(tmp_path, dates)
    try:
        out = translate("How many launches were there in 2024?", catalog, values, dialect="sqlite", today=TODAY).sql
        assert conn.query_all(out) == [(2,)]  # 15 June and 3 January 2024, not '01/12/2023' by its text
        upcoming = translate("Which launches are coming up?", catalog, values, dialect="sqlite", today=TODAY).sql
        assert {r[0] for r in conn.query_all(upcoming)} == {4}
    finally:
        conn.close()


def test_a_text_date_in_a_form_not_read_is_never_compared(tmp_path: Path) -> None:
    dates = ["June 15, 2024", "December 1, 2023", "February 28, 2025", "January 3, 2024"]
    catalog, values, conn = _launches(tmp_path, dates)
    try:
        with pytest.raises(TranslationError):
            translate("How many launches were there in 2024?", catalog, values, dialect="sqlite", today=TODAY)
    finally:
        conn.close()


# ---------------------------------------------------------------- soft-deleted rows
def restaurants() -> Catalog:
    return Catalog(tables=[
        table("tenants", [col("tenant_id"), col("name"), col("deleted_at", "timestamp")], ("tenant_id",)),
        table("guests", [col("id"), col("tenant_id"), col("full_name"), col("deleted_at", "timestamp")], ("id",),
              fk("tenant_id", "tenants", "tenant_id")),
        table("reservations", [col("id"), col("tenant_id"), col("guest_id"), col("party_size", INT),
                               col("starts_at", "timestamp"), col("deleted_at", "timestamp")], ("id",),
              fk("tenant_id", "tenants", "tenant_id"), fk("guest_id", "guests", "id")),
    ])  # fmt: skip


RESTAURANT_VALUES = ValueIndex.from_dict({"tenants": {"name": ["Trattoria Nonna", "Bistro Lumiere"]}})


def test_soft_deleted_rows_are_left_out_of_every_table_read() -> None:
    out = sql("How many guests does Trattoria Nonna have?", restaurants(), RESTAURANT_VALUES)
    # (the tenant the question names is meant, deleted since or not: session 27, test_offline_styles21)
    assert "guests.deleted_at IS NULL" in out and "tenants.deleted_at" not in out
    out = sql("How many guests are there per tenant?", restaurants(), RESTAURANT_VALUES)
    assert "guests.deleted_at IS NULL" in out and "tenants.deleted_at IS NULL" in out
    never = sql("Which guests have never made a reservation?", restaurants(), RESTAURANT_VALUES)
    inner = never[never.index("NOT EXISTS") : never.index(")", never.index("NOT EXISTS"))]
    assert "reservations.deleted_at IS NULL" in inner  # a deleted reservation is none
    assert never.endswith("AND guests.deleted_at IS NULL")


@pytest.mark.parametrize("q", ["How many deleted guests are there?", "How many guests are there, including removed ones?"])
def test_a_question_that_speaks_of_deletion_decides_itself(q: str) -> None:
    out = sql(q, restaurants(), RESTAURANT_VALUES)
    assert "deleted_at IS NULL" not in out.replace("NOT guests.deleted_at IS NULL", "")


# ---------------------------------------------------------------- the state a row is in now, from a log of changes
def walling() -> Catalog:
    return Catalog(tables=[
        table("jobs", [col("id", INT), col("job_ref"), col("site_name")], ("id",)),
        table("job_status_events", [col("id", INT), col("job_id", INT), col("status"),
                                    col("changed_at", "timestamp"), col("note")], ("id",), fk("job_id", "jobs", "id")),
    ])  # fmt: skip


WALLING_VALUES = ValueIndex.from_dict({"job_status_events": {"status": ["quoted", "on_hold", "in_progress"]}})


@pytest.mark.parametrize("q", ["How many jobs are on hold at the moment?", "Which jobs are in progress right now?"])
def test_a_state_said_of_now_is_the_latest_change_in_the_log(q: str) -> None:
    out = sql(q, walling(), WALLING_VALUES)
    assert ("job_status_events.changed_at = (SELECT MAX(peer.changed_at) FROM job_status_events AS peer WHERE "
            "peer.job_id = job_status_events.job_id)") in out


def test_a_state_not_said_of_now_is_any_change_in_the_log() -> None:
    out = sql("Which jobs have been on hold?", walling(), WALLING_VALUES)
    assert "MAX(" not in out and "job_status_events.status = 'on_hold'" in out


# ---------------------------------------------------------------- an Access yes/no column: yes is -1
def test_an_access_yes_no_column_tests_yes_as_minus_one(tmp_path: Path) -> None:
    catalog, values, conn = _indexed(
        tmp_path / "shop.db", "CREATE TABLE tblCustomers (CustomerID INTEGER PRIMARY KEY, strName TEXT, "
        "ysnTradeAccount INTEGER)", [(i, f"c{i}", -1 if i % 3 == 0 else 0) for i in range(9)])  # fmt: skip
    try:
        out = translate("How many customers have a trade account?", catalog, values, dialect="sqlite", today=TODAY).sql
        assert out.endswith("tblCustomers.ysnTradeAccount = -1") and conn.query_all(out) == [(3,)]
    finally:
        conn.close()


# ---------------------------------------------------------------- "by the customer" after a participle: the agent
def repairs() -> Catalog:
    return Catalog(tables=[
        table("customer", [col("customer_id", INT), col("customer_name")], ("customer_id",)),
        table("job", [col("job_id", INT), col("customer_id", INT), col("status"), col("received_on", "date")],
              ("job_id",), fk("customer_id", "customer", "customer_id")),
    ])  # fmt: skip


REPAIR_VALUES = ValueIndex.from_dict({"job": {"status": ["Declined", "Completed", "Open"]}})


def test_by_the_table_after_a_participle_names_who_did_it_not_the_groups() -> None:
    with pytest.raises(TranslationError, match="customer"):
        sql("What percentage of the jobs were declined by the customer?", repairs(), REPAIR_VALUES)
    grouped = sql("What percentage of jobs were declined, by customer?", repairs(), REPAIR_VALUES)
    assert "GROUP BY customer.customer_id" in grouped


# ---------------------------------------------------------------- "on our books"
def stable(left: bool) -> Catalog:
    cols = [col("horse_id", INT), col("name"), col("barefoot")] + ([col("date_left", "date")] if left else [])
    return Catalog(tables=[table("horse", cols, ("horse_id",))])


BAREFOOT = ValueIndex.from_dict({"horse": {"barefoot": ["yes", "no"]}})


def test_on_our_books_is_the_rows_not_left_where_a_date_ends_a_row() -> None:
    out = sql("Which of the horses on our books go barefoot?", stable(left=True), BAREFOOT)
    assert "horse.date_left IS NULL" in out and "horse.barefoot = 'yes'" in out


def test_on_our_books_is_every_row_stored_when_nothing_ends_a_row() -> None:
    out = sql("How many horses do we have on our books?", stable(left=False), BAREFOOT)
    assert out == "SELECT COUNT(*) AS count FROM horse"


# ---------------------------------------------------------------- which date a verb before a period names
def retreat() -> Catalog:
    return Catalog(tables=[
        table("guests", [col("guest_id", INT), col("guest_name"), col("country")], ("guest_id",)),
        table("treehouses", [col("treehouse_id", INT), col("treehouse_name")], ("treehouse_id",)),
        table("bookings", [col("booking_id", INT), col("guest_id", INT), col("treehouse_id", INT),
                           col("date_the_booking_was_made", "date"), col("date_of_arrival", "date"),
                           col("date_of_departure", "date"), col("has_the_booking_been_cancelled", "boolean"),
                           col("date_of_cancellation", "date")], ("booking_id",),
              fk("guest_id", "guests", "guest_id"), fk("treehouse_id", "treehouses", "treehouse_id")),
        table("experiences_booked_for_stays", [col("id", INT), col("booking_id", INT),
                                               col("date_of_the_experience", "date")], ("id",),
              fk("booking_id", "bookings", "booking_id")),
    ])  # fmt: skip


def test_been_verbed_right_before_a_period_dates_that_verbs_column() -> None:
    out = sql("How many bookings have been cancelled so far this year?", retreat())
    assert "bookings.date_of_cancellation >= '2025-01-01'" in out and "date_the_booking_was_made" not in out


def test_a_verb_before_a_period_that_names_another_tables_date_is_refused() -> None:
    values = ValueIndex.from_dict({"guests": {"country": ["Netherlands", "France"]}})
    with pytest.raises(TranslationError, match="date_of_arrival"):
        sql("Which guests living in the Netherlands have experiences arriving in 2025?", retreat(), values)


def test_a_time_adverb_no_rule_reads_is_never_taken_for_a_verb() -> None:
    with pytest.raises(TranslationError, match="tonight"):
        sql("Which treehouses have guests staying tonight?", retreat())


# ---------------------------------------------------------------- a table named "X for Y" is no Y
def test_a_word_after_a_preposition_in_a_tables_name_does_not_name_its_rows() -> None:
    # experiences_booked_for_stays holds experiences: "stays" are not its rows
    with pytest.raises(TranslationError):
        sql("Which guests have more than three stays?", retreat())


def test_a_participle_at_the_end_of_a_tables_name_still_names_its_rows() -> None:
    catalog = Catalog(tables=[table("item_that_was_found", [col("item_id", INT), col("description"),
                                                            col("found_on", "date")], ("item_id",))])
    assert sql("How many found items are there?", catalog) == "SELECT COUNT(*) AS count FROM item_that_was_found"


# ---------------------------------------------------------------- "have a manager": a self key, not a role
def staff() -> Catalog:
    return Catalog(tables=[table("staff_users", [col("id", INT), col("full_name"), col("role"), col("manager_id", INT)],
                                 ("id",), fk("manager_id", "staff_users", "id"))])  # fmt: skip


STAFF_VALUES = ValueIndex.from_dict({"staff_users": {"role": ["manager", "waiter", "chef"]}})


def test_have_a_self_keys_word_is_that_key_set_not_a_stored_role() -> None:
    out = sql("List the staff who have a manager, together with their manager's name.", staff(), STAFF_VALUES)
    assert "NOT staff_users.manager_id IS NULL" in out and "role = 'manager'" not in out
    assert "role = 'manager'" in sql("How many staff are managers?", staff(), STAFF_VALUES)


# ---------------------------------------------------------------- "who" asks for people
def huts() -> Catalog:
    return Catalog(tables=[
        table("huts", [col("hut_id", INT), col("hut_number")], ("hut_id",)),
        table("licensees", [col("licensee_id", INT), col("full_name")], ("licensee_id",)),
        table("licences", [col("licence_id", INT), col("licence_number"), col("hut_id", INT), col("licensee_id", INT),
                           col("valid_from", "date"), col("valid_to", "date")], ("licence_id",),
              fk("hut_id", "huts", "hut_id"), fk("licensee_id", "licensees", "licensee_id")),
    ])  # fmt: skip


def test_who_is_not_answered_with_rows_that_name_no_person_beside_a_table_that_does() -> None:
    values = ValueIndex.from_dict({"huts": {"hut_number": ["HG07", "EC05"]}})
    with pytest.raises(TranslationError, match="'Who' asks for people, but the answer lists licences, not licensees"):
        sql("Who currently holds the licence for hut HG07?", huts(), values)


# ---------------------------------------------------------------- "in each year": a unit of time, and whose date
def farriery(horse_dated: bool) -> Catalog:
    return Catalog(tables=[
        table("farrier", [col("farrier_id", INT), col("farrier_name"), col("qualified_year", INT)], ("farrier_id",)),
        table("horse", [col("horse_id", INT), col("horse_name")] + ([col("first_seen", "date")] if horse_dated else []),
              ("horse_id",)),
        table("visit", [col("visit_id", INT), col("farrier_id", INT), col("visit_date", "date")], ("visit_id",),
              fk("farrier_id", "farrier", "farrier_id")),
        table("shoeing_line", [col("line_id", INT), col("visit_id", INT), col("horse_id", INT), col("work_type"),
                             col("price", NUM)], ("line_id",),
              fk("visit_id", "visit", "visit_id"), fk("horse_id", "horse", "horse_id")),
    ])  # fmt: skip


SHOEING = ValueIndex.from_dict({"shoeing_line": {"work_type": ["full set", "trim"]}})


def test_each_year_is_a_unit_of_time_not_half_of_a_year_columns_name() -> None:
    out = sql("What did we charge on average for a full set in each year?", farriery(horse_dated=False), SHOEING)
    assert "STRFTIME('%Y', visit.visit_date)" in out and "qualified_year" not in out


def test_rows_dated_alike_by_two_parents_are_not_grouped_by_either() -> None:
    with pytest.raises(TranslationError):
        sql("What did we charge on average for a full set in each year?", farriery(horse_dated=True), SHOEING)


# ---------------------------------------------------------------- "each team": which row each answer is for
def test_a_listing_of_each_row_shows_that_row_beside_the_one_its_key_points_to() -> None:
    catalog = Catalog(tables=[
        table("members", [col("member_id", INT), col("first_name"), col("last_name")], ("member_id",)),
        table("teams", [col("team_id", INT), col("team_name"), col("captain_member_id", INT)], ("team_id",),
              fk("captain_member_id", "members", "member_id")),
    ])  # fmt: skip
    out = sql("Who captains each team?", catalog)
    assert out.startswith("SELECT teams.team_name, ") and "first_name" in out


@pytest.mark.parametrize(("name", "kind"), [("sent_ms", "epoch_ms"), ("paid_millis", "epoch_ms"), ("duration_ms", None),
                                            ("latency_ms", None)])  # fmt: skip
def test_milliseconds_named_by_an_irregular_participle_are_unix_times(name: str, kind: str | None) -> None:
    from aishell.ai.offline.values import epoch_kind

    assert epoch_kind(name, [1714567890123, 1720000000000, 1735000000000]) == kind


# ---------------------------------------------------------------- a period over a row's versions
def hut_versions() -> Catalog:
    return Catalog(tables=[
        table("huts", [col("hut_id", INT), col("hut_number")], ("hut_id",)),
        table("hut_versions", [col("hut_version_id", INT), col("hut_id", INT), col("annual_fee", NUM),
                               col("valid_from", "date"), col("valid_to", "date")], ("hut_version_id",),
              fk("hut_id", "huts", "hut_id")),
    ])  # fmt: skip


HUT_VALUES = ValueIndex.from_dict({"huts": {"hut_number": ["EC05", "HG07"]}})


def test_a_period_over_versions_asks_for_the_one_in_force_then() -> None:
    out = sql("What was the annual fee for hut EC05 in June 2023?", hut_versions(), HUT_VALUES)
    assert "hut_versions.valid_from < '2023-07-01'" in out
    assert "(hut_versions.valid_to IS NULL OR hut_versions.valid_to >= '2023-06-01')" in out


def test_a_period_said_of_a_versions_start_dates_its_start() -> None:
    out = sql("How many hut versions started in June 2023?", hut_versions(), HUT_VALUES)
    assert "hut_versions.valid_from >= '2023-06-01'" in out and "valid_to" not in out


def test_an_abbreviated_appointment_date_dates_the_rows_before_their_booking_date() -> None:
    catalog = Catalog(tables=[table("ordr", [col("ordr_id", INT), col("bk_dt", "date"), col("apt_dt", "date"),
                                             col("tot_amt", NUM)], ("ordr_id",))])  # fmt: skip
    out = sql("What was the total value of orders in 2024?", catalog)
    assert "ordr.apt_dt >= '2024-01-01'" in out and "bk_dt" not in out


# ---------------------------------------------------------------- "make": the noun, or the verb
def garage() -> Catalog:
    return Catalog(tables=[
        table("piano", [col("piano_id", INT), col("make"), col("serial_no")], ("piano_id",)),
        table("visit", [col("visit_id", INT), col("piano_id", INT), col("visit_date", "date"), col("pitch_hz", NUM)],
              ("visit_id",), fk("piano_id", "piano", "piano_id")),
    ])  # fmt: skip


def test_make_as_a_noun_names_the_column_or_is_refused() -> None:
    assert "GROUP BY piano.make" in sql("average pitch by piano make", garage())
    terse = Catalog(tables=[
        table("cust", [col("cust_id", INT), col("cust_nm")], ("cust_id",)),
        table("veh", [col("veh_id", INT), col("cust_id", INT), col("mk"), col("reg")], ("veh_id",),
              fk("cust_id", "cust", "cust_id")),
    ])  # fmt: skip
    with pytest.raises(TranslationError, match="'make'"):
        sql("Which make of vehicle do most customers have?", terse)


def test_make_as_a_verb_is_still_read() -> None:
    assert "COUNT(*)" in sql("How many visits did we make in 2024?", garage())


def test_what_did_things_cost_asks_for_their_total() -> None:
    catalog = Catalog(tables=[table("repairs", [col("repair_id", INT), col("description"), col("repair_date", "date"),
                                                col("cost", NUM)], ("repair_id",))])  # fmt: skip
    out = sql("What did repairs cost in 2024?", catalog)
    assert out.startswith("SELECT SUM(repairs.cost)") and "repairs.repair_date >= '2024-01-01'" in out


def test_which_owner_did_we_invoice_the_most_ranks_by_the_amount_invoiced() -> None:
    catalog = Catalog(tables=[
        table("owner", [col("owner_id", INT), col("full_name")], ("owner_id",)),
        table("invoice", [col("invoice_id", INT), col("owner_id", INT), col("issue_date", "date"), col("total", NUM)],
              ("invoice_id",), fk("owner_id", "owner", "owner_id")),
    ])  # fmt: skip
    out = sql("Which owner did we invoice the most in 2024?", catalog)
    assert "ORDER BY SUM(invoice.total) DESC LIMIT 1" in out


# ---------------------------------------------------------------- "the 2024 show": a year before its noun
def shows() -> Catalog:
    return Catalog(tables=[
        table("shows", [col("id", INT), col("title"), col("show_date", "date")], ("id",)),
        table("entries", [col("id", INT), col("show_id", INT), col("breed"), col("withdrawn", "boolean")], ("id",),
              fk("show_id", "shows", "id")),
    ])  # fmt: skip


def test_a_year_before_a_noun_dates_that_nouns_rows() -> None:
    out = sql("How many entries were there at the 2024 show?", shows())
    assert "shows.show_date >= '2024-01-01' AND shows.show_date < '2025-01-01'" in out
    # "their 2025 subscription" names a year of the row's own, not a date: left as it is
    with pytest.raises(TranslationError):
        sql("Which entries were withdrawn from their 2025 show?", shows())


def test_a_text_column_of_day_first_dates_is_a_date_whatever_its_name(tmp_path: Path) -> None:
    rows = [(1, "Ann", "28/04/2002"), (2, "Bea", "21/08/2023"), (3, "Cy", "02/06/2023"), (4, "Di", "15/01/2024")]
    catalog, values, conn = _indexed(tmp_path / "crew.db", "CREATE TABLE crew (id INTEGER PRIMARY KEY, name TEXT, "
                                     "joined TEXT)", rows)  # fmt: skip
    try:
        out = translate("Which crew joined in 2023?", catalog, values, dialect="sqlite", today=TODAY).sql
        assert sorted(r[0] for r in conn.query_all(out)) == ["Bea", "Cy"]
    finally:
        conn.close()


def test_raised_in_a_period_dates_when_the_row_was_made_not_when_it_is_scheduled() -> None:
    catalog = Catalog(tables=[table("WorkOrder", [col("WorkOrderId", INT), col("WorkOrderType"),
                                                  col("ScheduledFor", "date"), col("CreatedOn", "timestamp")],
                                    ("WorkOrderId",))])  # fmt: skip
    out = sql("How many work orders were raised last quarter?", catalog)
    assert "WorkOrder.CreatedOn >= '2025-01-01'" in out and "ScheduledFor" not in out


# ---------------------------------------------------------------- amounts in several currencies
def practice() -> Catalog:
    return Catalog(tables=[
        table("projects", [col("project_id", INT), col("project_name")], ("project_id",)),
        table("invoices", [col("invoice_id", INT), col("project_id", INT), col("issued_on", "date"),
                           col("amount", NUM), col("currency_code")], ("invoice_id",),
              fk("project_id", "projects", "project_id")),
    ])  # fmt: skip


CURRENCIES = ValueIndex.from_dict({"invoices": {"currency_code": ["EUR", "GBP", "USD"]}})


def test_a_named_currency_keeps_the_amounts_in_it() -> None:
    out = sql("What are the top 3 projects by amount invoiced in US dollars?", practice(), CURRENCIES)
    assert "invoices.currency_code = 'USD'" in out and "ORDER BY SUM(invoices.amount) DESC LIMIT 3" in out
    assert "currency_code = 'GBP'" in sql("How much have we invoiced in pounds sterling this year?", practice(),
                                          CURRENCIES)  # fmt: skip


def test_amounts_in_several_currencies_are_not_added_up_unlike() -> None:
    with pytest.raises(TranslationError, match="EUR, GBP, USD"):
        sql("How much have we invoiced this year?", practice(), CURRENCIES)
    assert "GROUP BY invoices.currency_code" in sql("Total amount invoiced per currency code", practice(), CURRENCIES)


def test_spent_the_most_is_never_answered_with_a_count_of_rows() -> None:
    catalog = Catalog(tables=[
        table("members", [col("member_id", INT), col("name")], ("member_id",)),
        table("rolling_stock", [col("stock_id", INT), col("owner_id", INT), col("description"),
                                col("acquired_on", "date"), col("price_paid", NUM)], ("stock_id",),
              fk("owner_id", "members", "member_id")),
    ])  # fmt: skip
    try:
        out = sql("Which member has spent the most on rolling stock?", catalog)
    except TranslationError:
        return  # refused: fine
    assert "SUM(rolling_stock.price_paid)" in out and "COUNT(" not in out


def test_payments_received_by_someone_is_not_a_count_unless_how_many_asks() -> None:
    catalog = Catalog(tables=[
        table("therapists", [col("id", INT), col("first_name"), col("last_name")], ("id",)),
        table("payments", [col("id", INT), col("therapist_id", INT), col("paid_at", "timestamp"), col("amount", NUM)],
              ("id",), fk("therapist_id", "therapists", "id")),
    ])  # fmt: skip
    try:
        out = sql("Payments received last quarter, by therapist", catalog)
        assert "SUM(payments.amount)" in out and "COUNT(" not in out
    except TranslationError as exc:
        assert "received" in str(exc)
    assert "COUNT(*)" in sql("How many payments were received last quarter?", catalog)


def test_a_percentage_of_rows_named_by_values_keeps_all_but_the_last_as_its_scope() -> None:
    catalog = Catalog(tables=[table("visits", [col("id", INT), col("visit_type"), col("status"), col("outcome"),
                                               col("visit_date", "date")], ("id",))])  # fmt: skip
    values = ValueIndex.from_dict({"visits": {"visit_type": ["annual service", "breakdown"],
                                              "status": ["completed", "booked"], "outcome": ["pass", "fail"]}})
    out = sql("What percentage of the annual services completed last year failed?", catalog, values)
    assert "CASE WHEN visits.outcome = 'fail' THEN 1" in out
    assert "WHERE ((visits.visit_type = 'annual service' AND visits.status = 'completed')" in out


def test_the_most_new_rows_is_never_the_newest_row() -> None:
    catalog = Catalog(tables=[table("members", [col("member_id", INT), col("name"), col("joined_on", "date"),
                                                col("proposed_by", INT)], ("member_id",),
                                    fk("proposed_by", "members", "member_id"))])  # fmt: skip
    try:
        out = sql("Who has proposed the most new members?", catalog)
    except TranslationError:
        return  # refused: fine
    assert "ORDER BY members.joined_on" not in out and "COUNT(" in out


def test_two_words_of_one_phrase_are_not_measures_of_unrelated_tables() -> None:
    catalog = Catalog(tables=[
        table("cohorts", [col("cohort_id", INT), col("cohort_name"), col("start_date", "date"),
                          col("tuition_fee", NUM)], ("cohort_id",)),
        table("students", [col("student_id", INT), col("full_name")], ("student_id",)),
        table("enrolments", [col("id", INT), col("cohort_id", INT), col("student_id", INT)], ("id",),
              fk("cohort_id", "cohorts", "cohort_id"), fk("student_id", "students", "student_id")),
        table("placements", [col("id", INT), col("student_id", INT), col("salary", NUM)], ("id",),
              fk("student_id", "students", "student_id")),
    ])  # fmt: skip
    with pytest.raises(TranslationError):
        sql("Fee income year to date", catalog)


def test_rows_shown_by_their_keys_while_their_name_is_kept_below_are_refused() -> None:
    catalog = Catalog(tables=[
        table("hub_customer", [col("customer_hk"), col("customer_bk"), col("load_date", "timestamp")],
              ("customer_hk",)),
        table("sat_customer_details", [col("customer_hk"), col("load_date", "timestamp"), col("customer_name"),
                                       col("town")], ("customer_hk", "load_date"),
              fk("customer_hk", "hub_customer", "customer_hk")),
    ])  # fmt: skip
    values = ValueIndex.from_dict({"sat_customer_details": {"town": ["Bradford", "Leeds"]}})
    with pytest.raises(TranslationError, match="customer_name"):
        sql("List our customers in Bradford.", catalog, values)


def test_of_the_rows_that_have_been_paid_scopes_a_percentage_to_the_paid_ones() -> None:
    catalog = Catalog(tables=[table("invoices", [col("invoice_id", INT), col("issued_on", "date"), col("due_on", "date"),
                                                 col("paid_on", "date"), col("amount", NUM)], ("invoice_id",))])  # fmt: skip
    out = sql("Of the invoices issued in 2024 that have been paid, what percentage were paid after their due date?",
              catalog)  # fmt: skip
    assert "CASE WHEN invoices.paid_on > invoices.due_on" in out and out.endswith("NOT invoices.paid_on IS NULL")


def test_a_possessive_naming_only_part_of_a_self_keys_role_is_refused() -> None:
    catalog = Catalog(tables=[table("examiner", [col("examiner_id", INT), col("examiner_name"),
                                                 col("team_leader_id", INT)], ("examiner_id",),
                                    fk("team_leader_id", "examiner", "examiner_id"))])  # fmt: skip
    values = ValueIndex.from_dict({"examiner": {"examiner_name": ["Quentin Iqbal", "Ada Shaw"]}})
    with pytest.raises(TranslationError, match="whose 'team'"):
        sql("Which examiners are in Quentin Iqbal's team?", catalog, values)


def test_on_our_books_leaves_out_rows_flagged_deleted() -> None:
    catalog = Catalog(tables=[table("Building", [col("BuildingId", INT), col("BuildingName"), col("City"),
                                                 col("IsDeleted", "boolean")], ("BuildingId",))])  # fmt: skip
    values = ValueIndex.from_dict({"building": {"City": ["York", "Leeds"]}})
    out = sql("List the buildings on our books in York.", catalog, values)
    assert "Building.City = 'York'" in out and "Building.IsDeleted = " in out


def test_a_bare_label_of_an_amount_and_a_period_is_refused_not_listed() -> None:
    catalog = Catalog(tables=[table("club_sessions", [col("session_id", INT), col("session_date", "date"),
                                                      col("table_money", NUM)], ("session_id",))])  # fmt: skip
    with pytest.raises(TranslationError, match="names an amount"):
        sql("Table money year to date", catalog)
    assert "SUM(club_sessions.table_money)" in sql("Total table money year to date", catalog)


def test_the_n_highest_values_of_a_measure_are_not_totals_per_row_of_another_table() -> None:
    catalog = Catalog(tables=[
        table("candidate", [col("candidate_id", INT), col("first_name"), col("surname")], ("candidate_id",)),
        table("entry", [col("entry_id", INT), col("candidate_id", INT), col("entered_on", "date"), col("mark", INT)],
              ("entry_id",), fk("candidate_id", "candidate", "candidate_id")),
    ])  # fmt: skip
    with pytest.raises(TranslationError, match="asks for values"):
        sql("What were the four highest marks in 2024, and which candidates got them?", catalog)


def test_a_period_kept_apart_from_the_rows_said_to_be_absent_is_refused() -> None:
    catalog = Catalog(tables=[
        table("engineers", [col("engineer_id", INT), col("full_name"), col("left_on", "date")], ("engineer_id",)),
        table("visits", [col("visit_id", INT), col("engineer_id", INT), col("visit_date", "date"), col("status")],
              ("visit_id",), fk("engineer_id", "engineers", "engineer_id")),
    ])  # fmt: skip
    values = ValueIndex.from_dict({"visits": {"status": ["completed", "booked"]}})
    try:
        out = sql("Which of our current engineers have not completed a single visit this year?", catalog, values)
    except TranslationError:
        return  # refused: fine
    inner = out[out.index("NOT EXISTS") :]
    assert "visits.visit_date >= '2025-01-01'" in inner and "visits.status = 'completed'" in inner


# ---------------------------------------------------------------- answers that repeat the question, years, "own"
def bar() -> Catalog:
    return Catalog(tables=[
        table("cocktails", [col("cocktail_id", INT), col("cocktail_name"), col("price", NUM)], ("cocktail_id",)),
        table("ingredients", [col("ingredient_id", INT), col("ingredient_name")], ("ingredient_id",)),
        table("cocktail_ingredients", [col("cocktail_id", INT), col("ingredient_id", INT)], (),
              fk("cocktail_id", "cocktails", "cocktail_id"), fk("ingredient_id", "ingredients", "ingredient_id")),
        table("sales", [col("sale_id", INT), col("cocktail_id", INT), col("sale_date", "date"), col("revenue", NUM)],
              ("sale_id",), fk("cocktail_id", "cocktails", "cocktail_id")),
    ])  # fmt: skip


BAR_VALUES = ValueIndex.from_dict({"cocktails": {"cocktail_name": ["Negroni", "Mojito"]}})


def test_an_answer_that_only_repeats_the_value_asked_about_is_refused() -> None:
    with pytest.raises(TranslationError, match="only repeat"):
        sql("What goes into a Negroni?", bar(), BAR_VALUES)


def test_a_year_is_never_compared_with_an_amount_of_money() -> None:
    catalog = Catalog(tables=[
        table("flavour", [col("flavour_id", INT), col("name"), col("base")], ("flavour_id",)),
        table("daily_sale", [col("sale_id", INT), col("flavour_id", INT), col("sale_date", "date"),
                             col("revenue", NUM)], ("sale_id",), fk("flavour_id", "flavour", "flavour_id")),
    ])  # fmt: skip
    values = ValueIndex.from_dict({"flavour": {"base": ["Sorbet", "Dairy"]}})
    # (the year before "revenue" is now read as the period it dates; the percentage of a dated sum is refused)
    with pytest.raises(TranslationError, match="looks like a year|'revenue'"):
        sql("What percentage of our 2024 revenue came from sorbets?", catalog, values)
    with pytest.raises(TranslationError, match="looks like a year"):
        sql("What percentage of revenue = 2024 came from sorbets?", catalog, values)
    # "over 2024" compared with money: a year, unless written as an amount or a round one
    with pytest.raises(TranslationError, match="looks like a year"):
        sql("sorbet revenue over 2024", catalog, values)
    for amount, number in (("over $2024", 2024), ("over 2,024 dollars", 2024), ("over 2000", 2000)):
        assert sql(f"sales with revenue {amount}", catalog, values).endswith(f"daily_sale.revenue > {number}")


def test_their_own_group_average_is_never_the_average_of_every_row() -> None:
    catalog = Catalog(tables=[
        table("cat", [col("cat_id", INT), col("cat_nm")], ("cat_id",)),
        table("prod", [col("prod_id", INT), col("prod_nm"), col("cat_id", INT), col("price", NUM)], ("prod_id",),
              fk("cat_id", "cat", "cat_id")),
    ])  # fmt: skip
    try:
        out = sql("Which products are priced above the average price of their own category?", catalog)
    except TranslationError:
        return  # refused: fine
    assert "WHERE peer.cat_id = prod.cat_id" in out
