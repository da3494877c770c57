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


# ---------------------------------------------------------------- a role on the link a group is reached through
def crews() -> Catalog:
    return Catalog(tables=[
        table("technicians", [col("tech_id", INT), col("full_name")], ("tech_id",)),
        table("site_visits", [col("visit_id", INT), col("visit_type")], ("visit_id",)),
        table("visit_crew", [col("visit_id", INT), col("tech_id", INT), col("crew_role")], (),
              fk("visit_id", "site_visits", "visit_id"), fk("tech_id", "technicians", "tech_id")),
    ])  # fmt: skip


CREWS = """
CREATE TABLE technicians(tech_id INTEGER PRIMARY KEY, full_name TEXT);
CREATE TABLE site_visits(visit_id INTEGER PRIMARY KEY, visit_type TEXT);
CREATE TABLE visit_crew(visit_id INTEGER, tech_id INTEGER, crew_role TEXT);
INSERT INTO technicians VALUES (1, 'Ann'), (2, 'Bob');
INSERT INTO site_visits VALUES (1, 'repair'), (2, 'repair'), (3, 'survey');
INSERT INTO visit_crew VALUES (1, 1, 'lead'), (1, 2, 'assist'), (2, 2, 'lead'), (3, 1, 'lead'), (3, 2, 'assist');
"""


def test_a_role_led_on_the_crew_row_tests_the_joined_crew_row_of_each_technician() -> None:
    """"led" is the role 'lead' (an irregular past in a column of roles); each technician's visits are counted
    through their own crew rows, so the role tests those rows: Ann led 2, Bob 1 (not 3 visits that anyone led)."""
    values = ValueIndex(values={("visit_crew", "crew_role"): ["assist", "lead"]})
    out = sql("How many site visits has each technician led?", crews(), values)
    assert sorted(run(out, CREWS)) == [("Ann", 2), ("Bob", 1)]


# ---------------------------------------------------------------- refused rather than answered wrong
def sensors() -> Catalog:
    return Catalog(tables=[
        table("site", [col("site_id", INT), col("site_name"), col("established_on", "date")], ("site_id",)),
        table("sensor", [col("sensor_id", INT), col("serial_no"), col("retired_on", "date")], ("sensor_id",)),
        table("sensor_placement", [col("placement_id", INT), col("sensor_id", INT), col("site_id", INT),
                                   col("valid_from", "date"), col("valid_to", "date")], ("placement_id",),
              fk("sensor_id", "sensor", "sensor_id"), fk("site_id", "site", "site_id")),
    ])  # fmt: skip


def sensor_values() -> ValueIndex:
    return ValueIndex(values={("sensor", "serial_no"): ["RNG-1351", "TMP-1039"]})


def test_an_adjective_a_noun_and_first_ending_the_question_is_an_order_not_the_top_row() -> None:
    """"Oldest placement first" sorts every site the sensor has been at; reading it as "the oldest placement" (one
    row) is refused."""
    with pytest.raises(TranslationError, match="order of the rows"):
        sql("Which sites has sensor RNG-1351 been at? Oldest placement first.", sensors(), sensor_values())


def test_a_top_n_sorted_by_its_measure_first_is_still_answered() -> None:
    out = sql("What are the two sites with the most placements, most placements first?", sensors(), sensor_values())
    assert "LIMIT 2" in out


def test_rows_said_to_be_absent_and_joined_as_present_are_refused() -> None:
    """"no sensor deployed at the moment": the current placement joined to the site and no placement at all in an
    EXISTS contradict each other (the answer would always be empty)."""
    with pytest.raises(TranslationError, match="both joined and said to be absent"):
        sql("Which sites have no sensor deployed at the moment?", sensors(), sensor_values())


@pytest.mark.parametrize("q", [
    "How many placements does each site have? Include sites with none.",
    "Number of placements per site, including sites that have none",
    "On average, how many placements does a site get, counting sites with no placements as zero?",
    "For every site, how many placements are there? Show zero for any site with none.",
])  # fmt: skip
def test_groups_counted_as_zero_are_refused_as_an_outer_join(q: str) -> None:
    with pytest.raises(TranslationError, match="outer join"):
        sql(q, sensors(), sensor_values())


# ---------------------------------------------------------------- "Name and date.": a last sentence of what to show
def racing() -> Catalog:
    return Catalog(tables=[
        table("evt", [col("evt_id", INT), col("evt_nm"), col("evt_dt", "date"), col("sts")], ("evt_id",)),
        table("mbr", [col("mbr_id", INT), col("nm")], ("mbr_id",)),
        table("ent", [col("ent_id", INT), col("evt_id", INT), col("mbr_id", INT)], ("ent_id",),
              fk("evt_id", "evt", "evt_id"), fk("mbr_id", "mbr", "mbr_id")),
    ])  # fmt: skip


RACING = """
CREATE TABLE evt(evt_id INTEGER PRIMARY KEY, evt_nm TEXT, evt_dt DATE, sts TEXT);
CREATE TABLE mbr(mbr_id INTEGER PRIMARY KEY, nm TEXT);
CREATE TABLE ent(ent_id INTEGER PRIMARY KEY, evt_id INTEGER, mbr_id INTEGER);
INSERT INTO evt VALUES (1, 'Spring Cup', '2025-04-01', 'X'), (2, 'Summer Cup', '2025-07-01', 'P');
INSERT INTO mbr VALUES (1, 'Ann');
INSERT INTO ent VALUES (1, 1, 1), (2, 1, 1), (3, 2, 1);
"""


@pytest.mark.parametrize("q", ["What events are coming up? Name and date.",
                               "What events are coming up? Event name and date please."])  # fmt: skip
def test_a_last_sentence_listing_two_things_shows_both(q: str) -> None:
    """The date is shown beside the name (it was once dropped with the sentence, as if "Names please.")."""
    out = sql(q, racing())
    assert run(out, RACING) == [("Summer Cup", "2025-07-01")]


def test_a_word_with_a_usual_cut_in_the_schema_is_that_table_not_another_with_its_letters() -> None:
    """"events" is ``evt`` (the usual cut of "event"), never ``ent`` (entries), whose letters are also in order in
    "event"."""
    out = sql("How many events are there?", racing())
    assert run(out, RACING) == [(2,)]


# ---------------------------------------------------------------- a count and an aggregate of the same rows per group
def payments() -> Catalog:
    return Catalog(tables=[
        table("fact_payment", [col("payment_id", INT), col("method"), col("amount_pence", INT),
                               col("paid_on", "date")], ("payment_id",)),
    ])  # fmt: skip


PAYMENTS = """
CREATE TABLE fact_payment(payment_id INTEGER PRIMARY KEY, method TEXT, amount_pence INTEGER, paid_on DATE);
INSERT INTO fact_payment VALUES (1, 'card', 1000, '2025-01-05'), (2, 'card', 3000, '2025-02-05'),
  (3, 'cash', 500, '2025-03-01'), (4, 'cash', 700, '2024-03-01');
"""


@pytest.mark.parametrize(("q", "want"), [
    ("Payments received this year by payment method - number of payments and total in pounds",
     [("card", 2, 40.0), ("cash", 1, 5.0)]),
    ("For each payment method, the number of payments and the average amount in pence",
     [("card", 2, 2000.0), ("cash", 2, 600.0)]),
    ("Average amount in pence and number of payments per payment method",
     [("card", 2000.0, 2), ("cash", 600.0, 2)]),
])  # fmt: skip
def test_a_count_and_an_aggregate_of_the_same_rows_are_both_shown_per_group(q: str, want: list[tuple[object, ...]]) -> None:
    out = sql(q, payments(), ValueIndex(values={("fact_payment", "method"): ["card", "cash"]}))
    assert sorted(run(out, PAYMENTS)) == want


def test_a_second_measure_named_after_and_that_the_answer_would_drop_is_refused() -> None:
    with pytest.raises(TranslationError, match="beside the first number"):
        sql("number of payments and total amount per payment method", payments())


def test_the_measure_said_again_as_what_to_show_is_no_second_measure() -> None:
    """"Show the name and the total": the total ranked by, said again, not a second number to compute."""
    cat = Catalog(tables=[
        table("customers", [col("id", INT), col("name")], ("id",)),
        table("payments", [col("id", INT), col("customer_id", INT), col("amount", "numeric")], ("id",),
              fk("customer_id", "customers", "id")),
    ])  # fmt: skip
    out = sql("Who are our top 2 customers by the total amount they have paid? Show the name and the total, "
              "biggest first.", cat)
    rows = run(out, """
        CREATE TABLE customers(id INTEGER PRIMARY KEY, name TEXT);
        CREATE TABLE payments(id INTEGER PRIMARY KEY, customer_id INTEGER, amount NUMERIC);
        INSERT INTO customers VALUES (1, 'Ann'), (2, 'Bob'), (3, 'Cy');
        INSERT INTO payments VALUES (1, 1, 10), (2, 1, 5), (3, 2, 30), (4, 3, 1);
    """)
    assert rows == [("Bob", 30), ("Ann", 15)]


# ---------------------------------------------------------------- a list of values said first scopes a percentage
def applications() -> Catalog:
    return Catalog(tables=[
        table("applicant", [col("id", INT), col("first_name"), col("last_name")], ("id",)),
        table("application", [col("id", INT), col("applicant_id", INT), col("status")], ("id",),
              fk("applicant_id", "applicant", "id")),
        table("badge", [col("id", INT), col("application_id", INT), col("badge_number")], ("id",),
              fk("application_id", "application", "id")),
    ])  # fmt: skip


APPLICATIONS = """
CREATE TABLE applicant(id INTEGER PRIMARY KEY, first_name TEXT, last_name TEXT);
CREATE TABLE application(id INTEGER PRIMARY KEY, applicant_id INTEGER, status TEXT);
CREATE TABLE badge(id INTEGER PRIMARY KEY, application_id INTEGER, badge_number TEXT);
INSERT INTO applicant VALUES (1, 'Ann', 'Jones'), (2, 'Bob', 'Evans');
INSERT INTO application VALUES (1, 1, 'approved'), (2, 1, 'refused'), (3, 2, 'approved'), (4, 2, 'approved'),
  (5, 2, 'pending'), (6, 2, 'pending'), (7, 2, 'pending'), (8, 2, 'pending');
INSERT INTO badge VALUES (1, 1, 'B-1'), (2, 3, 'B-3');
"""


@pytest.mark.parametrize("q", [
    "Of all applications that ended up approved or refused, what percentage were refused?",
    "What percentage of approved or refused applications were refused?",
])  # fmt: skip
def test_a_list_of_values_said_first_scopes_the_percentage_and_one_said_again_is_the_outcome(q: str) -> None:
    """1 refused of the 4 approved or refused applications: 25% (pending ones are not in the base)."""
    values = ValueIndex(values={("application", "status"): ["approved", "refused", "pending"]})
    assert run(sql(q, applications(), values), APPLICATIONS) == [(25.0,)]


def test_the_last_names_of_the_holders_of_a_row_are_theirs_not_the_rows_name() -> None:
    """"the badge holders": the people behind the badges; their last name, never the badge's own number."""
    out = sql("First and last names of the badge holders", applications())
    assert sorted(run(out, APPLICATIONS)) == [("Ann", "Jones"), ("Bob", "Evans")]


# ---------------------------------------------------------------- "contain": a row's lines, maybe not its own key
def recipes() -> Catalog:
    return Catalog(tables=[
        table("MAT_MSTR", [col("MAT_NO", INT), col("MAT_DESC")], ("MAT_NO",)),
        table("RCP_HDR", [col("RCP_NO", INT), col("RCP_DESC"), col("MAT_NO", INT), col("RCP_STAT")], ("RCP_NO",),
              fk("MAT_NO", "MAT_MSTR", "MAT_NO")),
        table("RCP_ITM", [col("RCP_NO", INT), col("ITM_NO", INT), col("MAT_NO", INT), col("QTY", "numeric"),
                          col("UOM")], (),
              fk("RCP_NO", "RCP_HDR", "RCP_NO"), fk("MAT_NO", "MAT_MSTR", "MAT_NO")),
    ])  # fmt: skip


def test_rows_that_contain_a_thing_their_own_key_also_names_are_refused_not_read_by_that_key() -> None:
    """A recipe's MAT_NO is the paint it makes; its lines hold the materials it contains: "contain" never takes the
    recipe's own key by default."""
    values = ValueIndex(values={("MAT_MSTR", "MAT_DESC"): ["Carbon black", "Gloss white"]})
    with pytest.raises(TranslationError, match="more than one way"):
        sql("Which recipes contain carbon black?", recipes(), values)


# ---------------------------------------------------------------- "never bought any pallets": no column to show
def pallets() -> Catalog:
    return Catalog(tables=[
        table("customer", [col("customer_no", INT), col("customer_desc")], ("customer_no",)),
        table("collection", [col("collection_no", INT), col("customer_no", INT), col("pallet_qty", INT)],
              ("collection_no",), fk("customer_no", "customer", "customer_no")),
        table("sale", [col("sale_no", INT), col("customer_no", INT), col("sale_ts", "date")], ("sale_no",),
              fk("customer_no", "customer", "customer_no")),
    ])  # fmt: skip


def test_the_thing_after_any_in_a_negation_is_never_a_column_of_child_rows_shown_beside_the_rows() -> None:
    """``collection.pallet_qty`` shown beside the customers would repeat each customer per collection; the pallets
    are what the absent sales would hold, so the word is left for the accounting (here: refused)."""
    with pytest.raises(TranslationError, match="pallets"):
        sql("Which customers have never bought any pallets from us?", pallets())


# ---------------------------------------------------------------- a period after rows and their state dates them
def trainings() -> Catalog:
    return Catalog(tables=[
        table("client_org", [col("org_id", INT), col("org_name")], ("org_id",)),
        table("session", [col("session_id", INT), col("start_date", "date"), col("session_status")], ("session_id",)),
        table("booking", [col("booking_id", INT), col("org_id", INT), col("session_id", INT),
                          col("booked_on", "date"), col("fee_gbp", "numeric")], ("booking_id",),
              fk("org_id", "client_org", "org_id"), fk("session_id", "session", "session_id")),
    ])  # fmt: skip


TRAININGS = """
CREATE TABLE client_org(org_id INTEGER PRIMARY KEY, org_name TEXT);
CREATE TABLE session(session_id INTEGER PRIMARY KEY, start_date DATE, session_status TEXT);
CREATE TABLE booking(booking_id INTEGER PRIMARY KEY, org_id INTEGER, session_id INTEGER, booked_on DATE,
                     fee_gbp NUMERIC);
INSERT INTO client_org VALUES (1, 'Acme'), (2, 'Bolt');
INSERT INTO session VALUES (1, '2025-02-01', 'Completed'), (2, '2024-06-01', 'Completed');
INSERT INTO booking VALUES (1, 1, 1, '2024-12-01', 100), (2, 2, 2, '2025-01-10', 500);
"""


def test_a_period_after_rows_and_their_state_dates_those_rows_not_the_measured_ones() -> None:
    """Acme's fee is on a session of 2025 booked in 2024; Bolt's on a 2024 session booked in 2025: "sessions
    completed this year" is dated by the session's start, so only Acme's fee counts."""
    values = ValueIndex(values={("session", "session_status"): ["Completed", "Cancelled"]})
    out = sql("Top 2 client organisations by fees charged on sessions completed this year", trainings(), values)
    assert run(out, TRAININGS) == [("Acme", 100)]


# ---------------------------------------------------------------- "across all warehouses": every one, no condition
@pytest.mark.parametrize(("q", "kept"), [
    ("How many freezer locations do we have across all warehouses?", "How many freezer locations do we have?"),
    ("How much has Yara paid in total, across all of her pets?", "How much has Yara paid in total?"),
    ("total MRR across all active subscriptions", "total MRR across all active subscriptions"),
    ("total capacity across all the SQD classes", "total capacity across all the SQD classes"),
])  # fmt: skip
def test_across_all_of_a_bare_plural_adds_no_condition_and_a_qualified_one_stays(q: str, kept: str) -> None:
    from aishell.ai.offline.translate import _drop_indifference

    assert _drop_indifference(q) == kept


# ---------------------------------------------------------------- held-out wave: a state now, agents, names, verbs
def vault() -> Catalog:
    return Catalog(tables=[
        table("hub_wagon", [col("wagon_hk"), col("wagon_code")], ("wagon_hk",)),
        table("sat_wagon", [col("wagon_hk"), col("load_dts", "timestamp"), col("load_end_dts", "timestamp"),
                            col("wagon_status")], (), fk("wagon_hk", "hub_wagon", "wagon_hk")),
    ])  # fmt: skip


VAULT = """
CREATE TABLE hub_wagon(wagon_hk TEXT PRIMARY KEY, wagon_code TEXT);
CREATE TABLE sat_wagon(wagon_hk TEXT, load_dts TIMESTAMP, load_end_dts TIMESTAMP, wagon_status TEXT);
INSERT INTO hub_wagon VALUES ('a', 'W1'), ('b', 'W2');
INSERT INTO sat_wagon VALUES ('a', '2024-01-01', '2025-01-01', 'in service'), ('a', '2025-01-01', NULL, 'stored'),
  ('b', '2024-01-01', NULL, 'in service');
"""


def test_a_state_said_before_right_now_over_a_history_is_the_row_in_force() -> None:
    """W1 was in service until 2025 and is stored now: "in service right now" counts W2 alone."""
    values = ValueIndex(values={("sat_wagon", "wagon_status"): ["in service", "stored"]})
    out = sql("How many wagons are in service right now?", vault(), values)
    assert "load_end_dts IS NULL" in out
    assert run(out, VAULT) == [(1,)]


def test_the_rows_after_a_participle_and_by_are_an_agent_not_groups() -> None:
    cat = Catalog(tables=[
        table("crossings", [col("crossing_id", INT), col("crossing_name")], ("crossing_id",)),
        table("incidents", [col("incident_id", INT), col("crossing_id", INT), col("train_delay_s", INT),
                            col("occurred_at", "date")], ("incident_id",), fk("crossing_id", "crossings", "crossing_id")),
    ])  # fmt: skip
    with pytest.raises(TranslationError):  # never grouped per crossing
        sql("What was the total train delay in hours caused by crossing incidents in 2024?", cat)


def test_a_persons_full_name_is_shown_before_their_title() -> None:
    cat = Catalog(tables=[
        table("judges", [col("id", INT), col("full_name"), col("title"), col("retired_on", "date")], ("id",)),
    ])  # fmt: skip
    out = sql("which judges have retired?", cat)
    assert out.startswith("SELECT judges.full_name")


def test_a_base_verb_names_its_doubled_past_stored_as_a_state() -> None:
    """"we had to cancel" is the stored 'cancelled' (a doubled l), never dropped."""
    cat = Catalog(tables=[
        table("sessions", [col("id", INT), col("session_date", "date"), col("status")], ("id",)),
    ])  # fmt: skip
    values = ValueIndex(values={("sessions", "status"): ["completed", "cancelled", "scheduled"]})
    out = sql("How many sessions did we have to cancel in 2024?", cat, values)
    assert "'cancelled'" in out


def test_live_records_only_leaves_out_soft_deleted_rows() -> None:
    cat = Catalog(tables=[
        table("claims", [col("id", INT), col("filed_on", "date"), col("is_deleted", "boolean")], ("id",)),
    ])  # fmt: skip
    out = sql("How many claims were filed in 2024 (live records only)?", cat)
    assert "is_deleted = 0" in out


def test_before_the_end_of_a_month_without_a_year_is_the_one_still_to_come() -> None:
    """Today is 2025-06-15: "due before the end of July" is July 2025, not July 2024."""
    cat = Catalog(tables=[table("lorries", [col("id", INT), col("reg_no"), col("mot_due", "date")], ("id",))])
    out = sql("Which lorries have their MOT due before the end of July?", cat)
    assert "'2025-08-01'" in out


def test_an_unset_key_that_the_query_joins_through_is_refused() -> None:
    """"still waiting to be approved at a full council meeting": payments whose approved_at is unset joined to a
    meeting through approved_at keep no row."""
    cat = Catalog(tables=[
        table("meetings", [col("meeting_id", INT), col("meeting_type"), col("held_on", "date")], ("meeting_id",)),
        table("payments", [col("payment_id", INT), col("amount", "numeric"), col("approved_at", INT)],
              ("payment_id",), fk("approved_at", "meetings", "meeting_id")),
    ])  # fmt: skip
    values = ValueIndex(values={("meetings", "meeting_type"): ["Full Council", "Committee"]})
    with pytest.raises(TranslationError, match="unset"):
        sql("How many payments are still waiting to be approved at a full council meeting?", cat, values)


def test_a_date_named_by_a_modifier_of_the_table_is_not_the_rows_own_date() -> None:
    """In pickup_order, pickup_date names the pickup (a later event); the order's own date is when it was placed,
    and that dates "ordered last month"."""
    cat = Catalog(tables=[
        table("product", [col("sku"), col("description")], ("sku",)),
        table("pickup_order", [col("order_id", INT), col("placed_at", "timestamp"), col("pickup_date", "date")],
              ("order_id",)),
        table("order_line", [col("line_id", INT), col("order_id", INT), col("sku"), col("qty", INT)], ("line_id",),
              fk("order_id", "pickup_order", "order_id"), fk("sku", "product", "sku")),
    ])  # fmt: skip
    out = sql("Top 4 products by quantity ordered last month", cat)
    assert "placed_at >= '2025-05-01'" in out


def test_where_with_nothing_that_says_a_place_is_refused() -> None:
    """"Where is sensor TMP-1039?" answered by the sensor's own serial number says nothing of where it is."""
    with pytest.raises(TranslationError, match="says where"):
        sql("Where is sensor TMP-1039 right now?", sensors(), sensor_values())
    assert "site_name" in sql("Where are the sites?", sensors(), sensor_values())


def test_rows_under_a_person_named_by_first_and_last_name_point_to_that_one_row() -> None:
    """German Vorname/Nachname cut short (``vorn``, ``nachn``) are a person's names; "directly under Andreas
    Richter" tests both names on the row above, never Richter as the name of the rows asked for."""
    cat = Catalog(tables=[
        table("mitarb", [col("ma_nr", INT), col("nachn"), col("vorn"), col("vorg_nr", INT)], ("ma_nr",),
              fk("vorg_nr", "mitarb", "ma_nr")),
    ])  # fmt: skip
    values = ValueIndex(values={("mitarb", "vorn"): ["Andreas", "Eva", "Jonas"],
                                ("mitarb", "nachn"): ["Richter", "Braun", "Wolf"]})  # fmt: skip
    out = sql("Who works directly under Andreas Richter?", cat, values)
    rows = run(out, """
        CREATE TABLE mitarb(ma_nr INTEGER PRIMARY KEY, nachn TEXT, vorn TEXT, vorg_nr INTEGER);
        INSERT INTO mitarb VALUES (1, 'Richter', 'Andreas', NULL), (2, 'Braun', 'Eva', 1), (3, 'Wolf', 'Jonas', 2);
    """)
    assert rows == [("Eva", "Braun")]


# ---------------------------------------------------------------- units: microlitres, miles; an unknown unit refused
def samples() -> Catalog:
    return Catalog(tables=[
        table("sample", [col("sample_id", INT), col("sample_type"), col("volume_ul", INT), col("weight_oz", "numeric"),
                         col("route_miles", "numeric"), col("deleted_at", "timestamp")], ("sample_id",)),
    ])  # fmt: skip


SAMPLES = """
CREATE TABLE sample(sample_id INTEGER PRIMARY KEY, sample_type TEXT, volume_ul INTEGER, weight_oz NUMERIC,
                    route_miles NUMERIC, deleted_at TIMESTAMP);
INSERT INTO sample VALUES (1, 'Plasma', 1500, 2, 1, NULL), (2, 'Plasma', 500, 2, 2, NULL),
  (3, 'Plasma', 9000, 2, 3, '2025-01-01'), (4, 'Serum', 700, 2, 4, NULL);
"""


def test_microlitres_are_converted_to_millilitres_and_miles_to_kilometres() -> None:
    values = ValueIndex(values={("sample", "sample_type"): ["Plasma", "Serum"]})
    out = sql("What's the total volume of plasma we have, in millilitres? Leave out deleted samples.", samples(),
              values)
    assert run(out, SAMPLES) == [(2.0,)]
    out = sql("What is the total route miles in kilometres?", samples(), values)
    assert round(run(out, SAMPLES)[0][0], 3) == round(7 * 1.609344, 3)  # (the deleted sample left out)


def test_a_unit_the_translator_does_not_know_is_refused_not_taken_as_the_one_asked() -> None:
    """``weight_oz`` asked "in grams": ounces are not known, so the number is never shown unconverted."""
    with pytest.raises(TranslationError, match="may be its unit"):
        sql("What is the total weight in grams?", samples())


@pytest.mark.parametrize("q", [
    "What's the average amount claimed? Leave out deleted records.",
    "What's the average amount claimed? Exclude deleted claims.",
    "What's the average amount claimed? Don't count deleted claims.",
])  # fmt: skip
def test_a_last_sentence_leaving_out_deleted_rows_keeps_the_live_ones(q: str) -> None:
    cat = Catalog(tables=[
        table("claims", [col("id", INT), col("amount_claimed", "numeric"), col("is_deleted", "boolean")], ("id",)),
    ])  # fmt: skip
    assert "is_deleted = 0" in sql(q, cat) or "NOT claims.is_deleted" in sql(q, cat)
