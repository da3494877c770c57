"""Issue 14: rules learned in the twenty-first session from the refusals and wrong answers of the blind corpora.
Each test builds its own tiny catalog; the point is the rule, not a wording of those corpora.
"""

from __future__ import annotations

import datetime as dt

import pytest
from test_offline_styles import col, fk, sql, table
from test_offline_styles13 import run

from aishell.ai.offline import TranslationError, ValueIndex
from aishell.ai.offline.dates import find_date_phrases
from aishell.ai.offline.text import tokenize
from aishell.ai.offline.translate import _drop_indifference, write_request
from aishell.engines.base import Catalog, ColumnInfo, TableInfo

INT = "integer"


# ---------------------------------------------------------------- the average time between two dates of a row
def leaks() -> Catalog:
    return Catalog(tables=[
        table("leak", [col("leak_id", INT), col("street"), col("found_date", "date"), col("repaired_date", "date"),
                       col("repair_cost", "numeric")], ("leak_id",)),
    ])  # fmt: skip


LEAKS = """
CREATE TABLE leak(leak_id INTEGER PRIMARY KEY, street TEXT, found_date DATE, repaired_date DATE, repair_cost NUMERIC);
INSERT INTO leak VALUES (1, 'Elm', '2025-01-01', '2025-01-05', 10), (2, 'Oak', '2025-02-01', '2025-02-09', 20),
                        (3, 'Ash', '2025-03-01', NULL, NULL);
"""


@pytest.mark.parametrize("q", [
    "On average, how many days does it take from finding a leak to repairing it?",
    "How many days on average pass between finding a leak and repairing it?",
    "What is the average number of days between finding a leak and repairing it?",
    "How many days pass on average between a leak being found and it being repaired?",
    "how many days, on average, passed between found and repaired?",
])  # fmt: skip
def test_the_average_span_is_read_from_gerunds_and_wherever_on_average_stands(q: str) -> None:
    """"finding" names ``found_date`` (an irregular past), "repairing it" ``repaired_date``; "pass", "passed"
    join the count of days to its two dates; "on average" may follow the unit or the verb."""
    out = sql(q, leaks())
    assert "AVG(" in out
    assert run(out, LEAKS) == [(6.0,)]


def test_a_gerund_that_names_no_date_is_still_refused() -> None:
    with pytest.raises(TranslationError):
        sql("On average, how many days pass between finding a leak and invoicing the council?", leaks())


def terms() -> Catalog:
    return Catalog(tables=[
        table("liability", [col("liability_id", INT), col("holder"), col("start_date", "date"),
                            col("end_date", "date")], ("liability_id",)),
    ])  # fmt: skip


TERMS = """
CREATE TABLE liability(liability_id INTEGER PRIMARY KEY, holder TEXT, start_date DATE, end_date DATE);
INSERT INTO liability VALUES (1, 'A', '2025-01-01', '2025-01-11'), (2, 'B', '2025-01-01', '2025-01-21'),
                             (3, 'C', '2025-01-01', NULL);
"""


@pytest.mark.parametrize("q", ["For liabilities that have ended, how many days did they last on average?",
                               "On average, how many days did liabilities last?"])  # fmt: skip
def test_how_long_rows_last_is_their_own_start_to_end(q: str) -> None:
    out = sql(q, terms())
    assert run(out, TERMS) == [(15.0,)]


# ---------------------------------------------------------------- dates named by abbreviations and by who acts
def orders() -> Catalog:
    return Catalog(tables=[
        table("ord_hdr", [col("ord_id", INT), col("cust_nm"), col("ord_dt", "date"), col("dlv_dt", "date"),
                          col("clct_by")], ("ord_id",)),
    ])  # fmt: skip


ORDERS = """
CREATE TABLE ord_hdr(ord_id INTEGER PRIMARY KEY, cust_nm TEXT, ord_dt DATE, dlv_dt DATE, clct_by TEXT);
INSERT INTO ord_hdr VALUES (1, 'A', '2025-01-01', '2025-01-03', 'x'), (2, 'B', '2025-01-01', '2025-01-05', 'y');
"""


def test_a_date_column_is_named_by_the_word_its_name_abbreviates() -> None:
    """``ord_dt`` is the ordering date and ``dlv_dt`` the delivery date."""
    out = sql("On average, how many days does it take from ordering to delivery?", orders())
    assert "ord_hdr.dlv_dt" in out and "ord_hdr.ord_dt" in out
    assert run(out, ORDERS) == [(3.0,)]


def collections() -> Catalog:
    return Catalog(tables=[
        table("customer", [col("customer_id", INT), col("customer_name")], ("customer_id",)),
        table("tb_order", [col("order_id", INT), col("customer_id", INT), col("order_date", "date"),
                           col("collected_date", "date")], ("order_id",), fk("customer_id", "customer", "customer_id")),
    ])  # fmt: skip


COLLECTIONS = """
CREATE TABLE tb_order(order_id INTEGER PRIMARY KEY, customer_id INTEGER, order_date DATE, collected_date DATE);
INSERT INTO tb_order VALUES (1, 1, '2025-01-01', '2025-01-02'), (2, 2, '2025-01-01', '2025-01-04');
"""


def test_who_does_the_second_event_is_said_before_its_gerund() -> None:
    """"the customer collecting it": the collection date, the customer only says who collects."""
    out = sql("On average, how many days pass between the order being placed and the customer collecting it?",
              collections())
    assert run(out, COLLECTIONS) == [(2.0,)]


# ---------------------------------------------------------------- "the ward each one is in": their ward
def premises() -> Catalog:
    return Catalog(tables=[
        table("ward", [col("ward_cd"), col("ward_nm")], ("ward_cd",)),
        table("prem", [col("prem_id", INT), col("prem_nm"), col("prem_typ"), col("ward_cd")], ("prem_id",),
              fk("ward_cd", "ward", "ward_cd")),
    ])  # fmt: skip


PREMISES = """
CREATE TABLE ward(ward_cd TEXT PRIMARY KEY, ward_nm TEXT);
CREATE TABLE prem(prem_id INTEGER PRIMARY KEY, prem_nm TEXT, prem_typ TEXT, ward_cd TEXT);
INSERT INTO ward VALUES ('N', 'North'), ('S', 'South');
INSERT INTO prem VALUES (1, 'Club A', 'Nightclub', 'N'), (2, 'Pub B', 'Pub', 'S'), (3, 'Club C', 'Nightclub', 'S');
"""


@pytest.mark.parametrize("q", ["List the premises and the ward each one is in.",
                               "List the premises with the ward each is in"])  # fmt: skip
def test_the_thing_each_one_is_in_is_their_thing(q: str) -> None:
    out = sql(q, premises())
    assert sorted(run(out, PREMISES)) == [("Club A", "North"), ("Club C", "South"), ("Pub B", "South")]


# ---------------------------------------------------------------- a listed row's own key, read from a child
def sites() -> Catalog:
    return Catalog(tables=[
        table("site", [col("site_id", INT), col("site_name"), col("island")], ("site_id",)),
        table("fragment", [col("fragment_id", INT), col("nursery_id", INT), col("species")], ("fragment_id",),
              fk("nursery_id", "site", "site_id")),
    ])  # fmt: skip


def test_a_childs_key_back_to_the_listed_rows_is_never_shown_as_their_attribute() -> None:
    """"nursery sites and their island" once read nursery as fragment.nursery_id: the sites' own key, repeated
    for each fragment, shown as the answer. Refused now."""
    with pytest.raises(TranslationError, match="key of site itself"):
        sql("List our nursery sites and their island.", sites())


# ---------------------------------------------------------------- a count of things never counts one of their attributes
def copies() -> Catalog:
    return Catalog(tables=[
        table("Branch", [col("BranchId", INT), col("BranchName")], ("BranchId",)),
        table("Copy", [col("CopyId", INT), col("BranchId", INT), col("BookCondition"), col("SoldOn", "date")],
              ("CopyId",), fk("BranchId", "Branch", "BranchId")),
    ])  # fmt: skip


@pytest.mark.parametrize("q", ["How many books are in stock?", "number of books sold each month this year"])
def test_counting_a_columns_owner_is_no_count_of_its_values(q: str) -> None:
    """"books" reached ``BookCondition`` by its first word: that counted the different conditions (a wrong answer);
    the books themselves are not a table here, so it is refused."""
    with pytest.raises(TranslationError):
        sql(q, copies())


def test_the_attribute_itself_is_still_counted() -> None:
    assert "COUNT(DISTINCT Copy.BookCondition)" in sql("How many different book conditions are there?", copies())


# ---------------------------------------------------------------- "record it as paid" is a write
@pytest.mark.parametrize("q", ["Harbour Dairies have paid invoice 700509, record it as paid today.",
                               "Those three came back this morning, log them as returned"])  # fmt: skip
def test_recording_a_row_as_a_state_is_a_write(q: str) -> None:
    assert write_request(q) is not None


@pytest.mark.parametrize("q", ["Which invoices did we record as paid?", "How many did we log as returned?"])
def test_asking_what_was_recorded_is_a_read(q: str) -> None:
    assert write_request(q) is None


# ---------------------------------------------------------------- "Of the X that ..., what percentage ...": X is counted
def surveys() -> Catalog:
    return Catalog(tables=[
        table("appointment", [col("appt_id", INT), col("appt_type"), col("outcome"), col("abandoned"),
                              col("issued_on", "date"), col("paid_on", "date")], ("appt_id",)),
    ])  # fmt: skip


SURVEYS = """
CREATE TABLE appointment(appt_id INTEGER PRIMARY KEY, appt_type TEXT, outcome TEXT, abandoned TEXT, issued_on DATE,
                         paid_on DATE);
INSERT INTO appointment VALUES
  (1, 'Consultation', 'No-show', 'no', '2025-01-01', '2025-01-05'),
  (2, 'Consultation', 'Attended', 'no', '2025-01-01', '2025-03-01'),
  (3, 'Fitting', 'No-show', 'yes', '2025-01-01', NULL),
  (4, 'Fitting', 'No-show', 'no', '2025-01-01', NULL);
"""


def surveys_values() -> ValueIndex:
    return ValueIndex(values={("appointment", "appt_type"): ["Consultation", "Fitting"],
                              ("appointment", "outcome"): ["No-show", "Attended"]})  # fmt: skip


def test_a_value_said_in_the_of_clause_scopes_the_rows_counted() -> None:
    out = sql("Of all consultation appointments, what percentage were no-shows?", surveys(), surveys_values())
    assert run(out, SURVEYS) == [(50.0,)]


def test_a_date_compared_in_the_outcome_and_said_first_scopes_the_rows() -> None:
    """"Of the appointments that have been paid": only the paid ones are counted, though paid_on is compared after."""
    out = sql("Of the appointments that have been paid, what percentage were paid more than 30 days after they were "
              "issued?", surveys())  # fmt: skip
    assert run(out, SURVEYS) == [(50.0,)]


# ---------------------------------------------------------------- the name a customer trades under is its display
def printfarm() -> Catalog:
    return Catalog(tables=[
        table("Customers", [col("customerId", INT), col("companyName"), col("contactName"), col("email")],
              ("customerId",)),
        table("Orders", [col("orderId", INT), col("customerId", INT)], ("orderId",),
              fk("customerId", "Customers", "customerId")),
    ])  # fmt: skip


def test_a_company_name_beside_a_contact_name_shows_the_customer() -> None:
    """``companyName`` names the customer (``contactName`` a person there); the email was shown instead."""
    out = sql("Which customers have placed more than 2 orders?", printfarm())
    assert "Customers.companyName" in out and "email" not in out


# ---------------------------------------------------------------- a state said before the rows is never dropped
def bows() -> Catalog:
    return Catalog(tables=[
        table("clnt", [col("clnt_id", INT), col("clnt_nm")], ("clnt_id",)),
        table("job", [col("job_id", INT), col("clnt_id", INT), col("in_dt", "date"), col("out_dt", "date"),
                      col("paid_yn")], ("job_id",), fk("clnt_id", "clnt", "clnt_id")),
    ])  # fmt: skip


def test_finished_before_the_rows_is_a_state_the_answer_must_test() -> None:
    """"have finished jobs they haven't paid for": the unpaid jobs alone dropped "finished"; refused now."""
    values = ValueIndex(values={("job", "paid_yn"): ["Y", "N"]})
    with pytest.raises(TranslationError, match="finished"):
        sql("Which clients have finished jobs they haven't paid for yet?", bows(), values)


# ---------------------------------------------------------------- "total invoiced": the money of the rows
def invoices() -> Catalog:
    return Catalog(tables=[
        table("invoices", [col("invoice_id", INT), col("amount", "numeric"), col("currency"),
                           col("issued_on", "date")], ("invoice_id",)),
    ])  # fmt: skip


INVOICES = """
CREATE TABLE invoices(invoice_id INTEGER PRIMARY KEY, amount NUMERIC, currency TEXT, issued_on DATE);
INSERT INTO invoices VALUES (1, 100, 'EUR', '2024-02-01'), (2, 50, 'EUR', '2024-03-01'), (3, 70, 'GBP', '2024-03-01');
"""


def test_total_and_the_rows_participle_sums_their_money() -> None:
    """"total invoiced in euros" counted the invoices (2); it is the amount invoiced (150)."""
    values = ValueIndex(values={("invoices", "currency"): ["EUR", "GBP"]})
    out = sql("total invoiced in euros during 2024", invoices(), values)
    assert run(out, INVOICES) == [(150,)]


# ---------------------------------------------------------------- "more than 3 cleans cancelled"
def cleans() -> Catalog:
    return Catalog(tables=[
        table("beach", [col("beach_id", INT), col("beach_nm"), col("len_m", INT)], ("beach_id",)),
        table("clean", [col("clean_id", INT), col("beach_id", INT), col("status")], ("clean_id",),
              fk("beach_id", "beach", "beach_id")),
    ])  # fmt: skip


CLEANS = """
CREATE TABLE beach(beach_id INTEGER PRIMARY KEY, beach_nm TEXT, len_m INTEGER);
CREATE TABLE clean(clean_id INTEGER PRIMARY KEY, beach_id INTEGER, status TEXT);
INSERT INTO beach VALUES (1, 'Fistral', 900), (2, 'Porthmeor', 2);
INSERT INTO clean VALUES (1, 1, 'cancelled'), (2, 1, 'cancelled'), (3, 1, 'done'), (4, 2, 'cancelled'),
                         (5, 2, 'cancelled'), (6, 2, 'done');
"""


def test_a_number_of_rows_with_a_value_after_them_is_a_count_of_those_rows() -> None:
    """"more than 1 cleans cancelled" compared the beach's length with 1; it counts the cancelled cleans."""
    values = ValueIndex(values={("clean", "status"): ["cancelled", "done"]})
    out = sql("Which beaches have had more than 1 cleans cancelled?", cleans(), values)
    assert "len_m" not in out
    assert sorted(run(out, CLEANS)) == [("Fistral", 2), ("Porthmeor", 2)]


# ---------------------------------------------------------------- two counts asked per group
def towns() -> Catalog:
    return Catalog(tables=[
        table("venue", [col("venue_id", INT), col("venue_name"), col("town")], ("venue_id",)),
        table("session", [col("session_id", INT), col("venue_id", INT)], ("session_id",),
              fk("venue_id", "venue", "venue_id")),
        table("donation", [col("donation_id", INT), col("venue_id", INT)], ("donation_id",),
              fk("venue_id", "venue", "venue_id")),
    ])  # fmt: skip


def test_a_second_count_of_other_rows_per_group_is_never_dropped() -> None:
    with pytest.raises(TranslationError, match="beside the first number"):
        sql("For each town, how many sessions were held and how many donations were collected there?", towns())


# ---------------------------------------------------------------- a distinct count per the key that reaches it
def crews() -> Catalog:
    return Catalog(tables=[
        table("employee", [col("emp_id", INT), col("emp_name"), col("emp_trade")], ("emp_id",)),
        table("project", [col("proj_id", INT), col("proj_title"), col("proj_status")], ("proj_id",)),
        table("assignment", [col("asg_id", INT), col("emp_id", INT), col("proj_id", INT), col("asg_role")],
              ("asg_id",), fk("emp_id", "employee", "emp_id"), fk("proj_id", "project", "proj_id")),
    ])  # fmt: skip


def test_counting_projects_per_a_key_that_is_one_project_is_refused() -> None:
    """Grouped by assignment.proj_id, COUNT(DISTINCT project.proj_id) is 1 in every group."""
    values = ValueIndex(values={("assignment", "asg_role"): ["apprentice", "lead"],
                                ("project", "proj_status"): ["active", "closed"]})  # fmt: skip
    with pytest.raises(TranslationError, match="gives 1 each"):
        sql("Which apprentices are assigned to more than one active project?", crews(), values)


# ---------------------------------------------------------------- more nouns and states of foreign schemas
def darts() -> Catalog:
    return Catalog(tables=[
        table("kroegen", [col("kroeg_id", INT), col("naam"), col("plaats")], ("kroeg_id",)),
        table("boetes", [col("boete_id", INT), col("kroeg_id", INT), col("bedrag", "numeric"), col("reden")],
              ("boete_id",), fk("kroeg_id", "kroegen", "kroeg_id")),
        table("wedstrijden", [col("wedstrijd_id", INT), col("datum", "date"), col("status")], ("wedstrijd_id",)),
    ])  # fmt: skip


DARTS = """
CREATE TABLE kroegen(kroeg_id INTEGER PRIMARY KEY, naam TEXT, plaats TEXT);
CREATE TABLE wedstrijden(wedstrijd_id INTEGER PRIMARY KEY, datum DATE, status TEXT);
INSERT INTO kroegen VALUES (1, 'De Gouden Pijl', 'Haarlem'), (2, 'Het Bullseye', 'Leiden');
INSERT INTO wedstrijden VALUES (1, '2025-01-01', 'gespeeld'), (2, '2025-02-01', 'uitgesteld'), (3, '2025-07-01', 'gepland');
"""


def test_a_dutch_schema_is_reached_by_its_nouns_and_stored_states() -> None:
    values = ValueIndex(values={("kroegen", "plaats"): ["Haarlem", "Leiden"],
                                ("wedstrijden", "status"): ["gespeeld", "uitgesteld", "gepland"]})  # fmt: skip
    assert run(sql("Which pubs are in Haarlem?", darts(), values), DARTS) == [("De Gouden Pijl",)]
    assert run(sql("How many fixtures have been postponed?", darts(), values), DARTS) == [(1,)]


def test_a_count_and_a_sum_asked_per_group_are_never_answered_with_the_count_alone() -> None:
    with pytest.raises(TranslationError, match="beside the first number"):
        sql("For each reason for a fine, how many fines were given and how much did they come to in total?", darts())


# ---------------------------------------------------------------- idioms: "a single", "a zero", "scheduled to start"
@pytest.mark.parametrize(("said", "plain"), [
    ("Which photographers have not had a single image licensed?", "Which photographers have not had any image"),
    ("students who got a zero in any subject", "students who got 0 in any subject"),
    ("How many courses were scheduled to start last quarter?", "How many courses were to start last quarter?"),
])  # fmt: skip
def test_idioms_are_said_in_plain_words(said: str, plain: str) -> None:
    assert _drop_indifference(said).startswith(plain)


def test_scheduled_to_start_dates_the_rows_and_tests_no_state() -> None:
    values = ValueIndex(values={("wedstrijden", "status"): ["gespeeld", "uitgesteld", "gepland"]})
    out = sql("How many fixtures were scheduled to start in 2025?", darts(), values)
    assert "status" not in out and run(out, DARTS) == [(3,)]


# ---------------------------------------------------------------- a percentage of other rows than those counted
def printers() -> Catalog:
    return Catalog(tables=[
        table("Printers", [col("printerId", INT), col("printerName"), col("model")], ("printerId",)),
        table("PrintJobs", [col("jobId", INT), col("printerId", INT), col("outcome")], ("jobId",),
              fk("printerId", "Printers", "printerId")),
    ])  # fmt: skip


def test_a_percentage_of_the_child_rows_is_never_taken_over_their_parents() -> None:
    """It was the share of printers with a failed job; the question asks the share of jobs that failed."""
    values = ValueIndex(values={("PrintJobs", "outcome"): ["failed", "done"]})
    with pytest.raises(TranslationError, match="percentage is of"):
        sql("For each printer model, what percentage of its print jobs failed?", printers(), values)


# ---------------------------------------------------------------- "joined the club", "living at the sanctuary"
def club() -> Catalog:
    return Catalog(tables=[
        table("member", [col("member_id", INT), col("member_name"), col("joined_on", "date"), col("left_on", "date")],
              ("member_id",)),
    ])  # fmt: skip


CLUB = """
CREATE TABLE member(member_id INTEGER PRIMARY KEY, member_name TEXT, joined_on DATE, left_on DATE);
INSERT INTO member VALUES (1, 'Ann', '2024-03-01', NULL), (2, 'Bo', '2023-05-01', '2024-02-01'),
                          (3, 'Cy', '2025-01-10', NULL);
"""


@pytest.mark.parametrize(("q", "rows"), [
    ("Which members joined the club in 2024?", [("Ann",)]),
    ("Which members have left the society?", [("Bo",)]),
    ("How many members are still at the club?", [(2,)]),
])  # fmt: skip
def test_the_organisation_itself_is_no_table_to_find(q: str, rows: list[tuple[object, ...]]) -> None:
    assert [r[:1] for r in run(sql(q, club()), CLUB)] == rows


def test_an_organisation_word_that_names_a_table_still_reads_as_that_table() -> None:
    cat = Catalog(tables=[
        table("workshop", [col("workshop_id", INT), col("workshop_title")], ("workshop_id",)),
        table("booking", [col("booking_id", INT), col("workshop_id", INT), col("member")], ("booking_id",),
              fk("workshop_id", "workshop", "workshop_id")),
    ])  # fmt: skip
    assert "workshop" in sql("How many bookings are there for each workshop?", cat)


def test_on_what_date_asks_for_the_date_the_question_tests() -> None:
    out = sql("Which members have left the club, and on what date?", club())
    assert run(out, CLUB) == [("Bo", "2024-02-01")]


# ---------------------------------------------------------------- a column never both empty and set
def repairs() -> Catalog:
    return Catalog(tables=[
        table("customer", [col("customer_id", INT), col("customer_name")], ("customer_id",)),
        table("repair", [col("repair_id", INT), col("customer_id", INT), col("dtm_in", "date"),
                         col("dtm_out", "date")], ("repair_id",), fk("customer_id", "customer", "customer_id")),
    ])  # fmt: skip


def test_a_column_tested_both_empty_and_set_is_refused() -> None:
    """"still in the workshop, not yet returned to the customer" once tested dtm_out both ways (always 0)."""
    with pytest.raises(TranslationError):
        sql("How many repairs are still in the workshop, not yet returned to the customer?", repairs())


# ---------------------------------------------------------------- "in total", "at all"
def warehouses() -> Catalog:
    return Catalog(tables=[
        table("whse", [col("whse_id", INT), col("whse_nm"), col("city")], ("whse_id",)),
        table("loc", [col("loc_id", INT), col("whse_id", INT), col("cap_plt", INT)], ("loc_id",),
              fk("whse_id", "whse", "whse_id")),
        table("pick", [col("pick_id", INT), col("loc_id", INT), col("pick_dt", "date")], ("pick_id",),
              fk("loc_id", "loc", "loc_id")),
    ])  # fmt: skip


WAREHOUSES = """
CREATE TABLE whse(whse_id INTEGER PRIMARY KEY, whse_nm TEXT, city TEXT);
CREATE TABLE loc(loc_id INTEGER PRIMARY KEY, whse_id INTEGER, cap_plt INTEGER);
CREATE TABLE pick(pick_id INTEGER PRIMARY KEY, loc_id INTEGER, pick_dt DATE);
INSERT INTO whse VALUES (1, 'North', 'Rotterdam'), (2, 'South', 'Antwerp');
INSERT INTO loc VALUES (1, 1, 10), (2, 1, 5), (3, 2, 7);
INSERT INTO pick VALUES (1, 1, '2025-02-01');
"""


def test_in_total_after_a_summed_quantity_is_that_sum() -> None:
    values = ValueIndex(values={("whse", "city"): ["Rotterdam", "Antwerp"]})
    out = sql("How many pallet positions does the Rotterdam warehouse have in total?", warehouses(), values)
    assert run(out, WAREHOUSES) == [(15,)]


def test_at_all_after_no_only_stresses_the_absence() -> None:
    assert _drop_indifference("Which locations have had no picks at all in 2025?") == \
        "Which locations have had no picks in 2025?"
    # after a verb it stays (a sale of none and no sale read alike there): refused as before, never changed
    assert "at all" in _drop_indifference("Which flavours has the parlour not sold at all this year?")


# ---------------------------------------------------------------- fixes from the held-out corpora's wrong answers
def festival() -> Catalog:
    return Catalog(tables=[
        table("VOLUNTEER", [col("VOL_ID", INT), col("VOL_NAME"), col("EMAIL"), col("VOL_ROLE")], ("VOL_ID",)),
    ])  # fmt: skip


def test_an_abbreviated_own_name_column_shows_the_row_before_an_email() -> None:
    """``VOL_NAME`` in ``VOLUNTEER`` names the volunteer ("vol" as typed), though "vol" reads as volume elsewhere."""
    assert sql("List the volunteers.", festival()).startswith("SELECT VOLUNTEER.VOL_NAME")


def screening() -> Catalog:
    return Catalog(tables=[
        table("BPS_SITE", [col("SITE_ID", INT), col("SITE_NAME"), col("CLOSED_DT", "date")], ("SITE_ID",)),
        table("BPS_SCREENING", [col("SCREENING_ID", INT), col("SITE_ID", INT), col("SCREEN_DT", "date"),
                                col("SYSTOLIC_MMHG", INT)], ("SCREENING_ID",), fk("SITE_ID", "BPS_SITE", "SITE_ID")),
    ])  # fmt: skip


def test_a_table_named_by_a_word_in_ing_qualifies_the_noun_after_it() -> None:
    """"screening sites": the sites (BPS_SCREENING's own noun ends in -ing, yet is a noun); every screening column
    was listed before."""
    out = sql("Which screening sites have closed down?", screening())
    assert out.startswith("SELECT BPS_SITE.SITE_NAME FROM BPS_SITE")


def stops() -> Catalog:
    line_stops = TableInfo("line_stops", columns=[ColumnInfo("line_id", "integer", nullable=False),
                                                  ColumnInfo("stop_id", "integer", nullable=False)],
                           primary_key=["line_id", "stop_id"],
                           foreign_keys=[fk("line_id", "line", "line_id"), fk("stop_id", "stop", "stop_id")])  # fmt: skip
    return Catalog(tables=[
        table("line", [col("line_id", INT), col("line_name")], ("line_id",)),
        table("stop", [col("stop_id", INT), col("stop_name")], ("stop_id",)),
        line_stops,
    ])  # fmt: skip


def test_a_key_that_is_never_empty_is_never_tested_for_empty() -> None:
    """"stops not on any line" once read as line_stops.line_id IS NULL: no row, always."""
    try:
        out = sql("Which stops are not on any line?", stops())
    except TranslationError:
        return
    assert "IS NULL" not in out


def test_so_far_this_year_stops_at_today() -> None:
    """Booked rows later this year are not "so far"."""
    out = sql("How many members joined so far this year?", club())
    assert "'2025-06-16'" in out and "'2026-01-01'" not in out


def test_the_first_of_a_pair_after_both_is_never_dropped() -> None:
    cat = Catalog(tables=[
        table("client", [col("client_id", INT), col("client_name")], ("client_id",)),
        table("treatment", [col("treatment_id", INT), col("treatment_name")], ("treatment_id",)),
        table("appointment", [col("appt_id", INT), col("client_id", INT), col("treatment_id", INT)], ("appt_id",),
              fk("client_id", "client", "client_id"), fk("treatment_id", "treatment", "treatment_id")),
    ])  # fmt: skip
    values = ValueIndex(values={("treatment", "treatment_name"): ["Cupping therapy", "Dry needling"]})
    with pytest.raises(TranslationError, match="cupping"):
        sql("Which clients have had both cupping and dry needling?", cat, values)


def test_a_percentage_grouped_by_the_column_it_tests_is_refused() -> None:
    cat = Catalog(tables=[table("ad_spots", [col("spot_id", INT), col("host_read", "boolean")], ("spot_id",))])
    with pytest.raises(TranslationError):
        sql("What percentage of ad spots are read by the host?", cat)


def test_a_noun_after_a_preposition_and_an_article_is_never_a_verb_joining_tables() -> None:
    """"never performed at a festival" dropped "festival" (read as the verb between productions and shows)."""
    cat = Catalog(tables=[
        table("productions", [col("id", INT), col("title")], ("id",)),
        table("performances", [col("id", INT), col("production_id", INT), col("venue")], ("id",),
              fk("production_id", "productions", "id")),
    ])  # fmt: skip
    with pytest.raises(TranslationError, match="festival"):
        sql("Which productions have we never performed at a festival?", cat)


def test_x_s_role_asks_for_the_row_x_has_not_x_itself() -> None:
    cat = Catalog(tables=[
        table("volunteer", [col("vol_id", INT), col("vol_name"), col("vol_role"), col("lead_vol_id", INT)],
              ("vol_id",), fk("lead_vol_id", "volunteer", "vol_id")),
    ])  # fmt: skip
    values = ValueIndex(values={("volunteer", "vol_name"): ["Priya Natarajan", "Sam Lee"],
                                ("volunteer", "vol_role"): ["team leader", "steward"]})  # fmt: skip
    with pytest.raises(TranslationError, match="another row"):
        sql("Who is Priya Natarajan's team leader?", cat, values)


def test_the_highest_reading_ever_is_never_a_total_per_person() -> None:
    """"Who had the highest systolic reading we've ever recorded" summed the readings per member of staff."""
    with pytest.raises(TranslationError):
        sql("Who had the highest systolic reading we've ever recorded, and what was it?", screening_staff())


def screening_staff() -> Catalog:
    return Catalog(tables=[
        table("staff", [col("staff_id", INT), col("staff_name")], ("staff_id",)),
        table("screening", [col("screening_id", INT), col("staff_id", INT), col("systolic_mmhg", INT)],
              ("screening_id",), fk("staff_id", "staff", "staff_id")),
    ])  # fmt: skip


# ---------------------------------------------------------------- "since 1 May": a day and a month without a year
@pytest.mark.parametrize(("said", "lo", "hi"), [
    ("since 1 May", dt.date(2025, 5, 1), None),
    ("since 1st March", dt.date(2025, 3, 1), None),
    ("before 12 April", None, dt.date(2025, 4, 12)),
    ("since 1 December", dt.date(2024, 12, 1), None),
])  # fmt: skip
def test_a_day_and_month_without_a_year_is_the_latest_such_day(said: str, lo: object, hi: object) -> None:
    found = find_date_phrases(tokenize(said), dt.date(2025, 6, 15))
    assert [(p.lo, p.hi) for p in found] == [(lo, hi)]


def test_a_day_count_before_a_lower_case_may_is_no_date() -> None:
    assert find_date_phrases(tokenize("top 5 may orders"), dt.date(2025, 6, 15)) == []


def test_a_request_after_a_dash_is_a_write() -> None:
    assert write_request("The Sandy Bay clean on 18 June is off - can you record that it's cancelled?") is not None


def test_a_period_after_the_negation_never_dates_the_rows_asked_for() -> None:
    cat = Catalog(tables=[
        table("patient", [col("patient_id", INT), col("full_name"), col("registered_on", "date")], ("patient_id",)),
        table("visit", [col("visit_id", INT), col("patient_id", INT), col("visit_date", "date")], ("visit_id",),
              fk("patient_id", "patient", "patient_id")),
    ])  # fmt: skip
    try:
        out = sql("Which patients haven't had any visit since 1 May?", cat)
    except TranslationError:
        return
    assert "registered_on" not in out
