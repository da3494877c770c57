"""Issue 14: rules learned in the twenty-seventh session from the blind corpora.
Each test builds its own tiny catalog; the point is the rule, not a wording of those corpora.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from nl2sql_data.harness import TODAY, translators_for
from test_offline_styles import col, fk, sql, table
from test_offline_styles13 import run

from aishell.ai.offline import TranslationError, ValueIndex
from aishell.ai.offline.schema import SchemaIndex
from aishell.ai.offline.translate import write_request
from aishell.engines.base import Catalog, ColumnInfo

INT = "integer"


# ---------------------------------------------------------------- "who left us": dated by the end, never the start
def telco(end: str = "deact_dt") -> Catalog:
    return Catalog(tables=[
        table("plans", [col("plan_id", INT), col("plan_nm")], ("plan_id",)),
        table("subs", [col("sub_id", INT), col("first_nm"), col("plan_id", INT), col("act_dt", "date"),
                       col(end, "date")], ("sub_id",), fk("plan_id", "plans", "plan_id")),
    ])  # fmt: skip


def test_a_cut_deactivation_date_dates_who_left() -> None:
    """``deact_dt`` (deactivated) is the end of a subscription: "left us this year" is dated by it."""
    out = sql("how many subscribers left us this year, per plan", telco())
    assert "subs.deact_dt >= '2025-01-01'" in out and "act_dt >=" not in out.replace("deact_dt", "")


def test_leaving_with_no_end_date_among_two_is_refused() -> None:
    """Two dates, neither an end: "left" is never dated by the first one (the activation) unsaid."""
    with pytest.raises(TranslationError, match="which date of subs says when its rows left"):
        sql("how many subscribers left us this year, per plan", telco("billing_dt"))


# ---------------------------------------------------------------- an amount per period is not money received
def lettings() -> Catalog:
    return Catalog(tables=[
        table("tnncy", [col("tnncy_id", INT), col("mthly_rnt_gbp", "real"), col("strt_dt", "date")], ("tnncy_id",)),
        table("rnt_pmt", [col("pmt_id", INT), col("tnncy_id", INT), col("amt_gbp", "real"), col("pd_dt", "date")],
              ("pmt_id",), fk("tnncy_id", "tnncy", "tnncy_id")),
    ])  # fmt: skip


@pytest.mark.parametrize("q", ["total rent received in May 2025", "how much monthly rent have we collected this year"])
def test_a_monthly_rent_summed_as_money_received_is_refused(q: str) -> None:
    """SUM(mthly_rnt_gbp) of the tenancies started in May is no rent received in May."""
    with pytest.raises(TranslationError, match="mthly_rnt_gbp is an amount per period|'collected'"):
        sql(q, lettings())


def test_a_monthly_rent_roll_is_still_summed() -> None:
    """Without money changing hands, the monthly rents add up to the rent roll."""
    assert "SUM(tnncy.mthly_rnt_gbp)" in sql("total monthly rent of all tenancies", lettings())


def test_a_price_per_unit_and_a_percentage_still_refused_when_added_up() -> None:
    parts = Catalog(tables=[
        table("parts", [col("part_id", INT), col("part_name"), col("unit_cost", "real"), col("vat_pct", "real")],
              ("part_id",)),
    ])  # fmt: skip
    with pytest.raises(TranslationError, match="unit_cost is a price per unit"):
        sql("total unit cost of all parts", parts)
    with pytest.raises(TranslationError, match="vat_pct is a percentage of each row"):
        sql("total vat of all parts", parts)


# ---------------------------------------------------------------- money collected: its payment date is set
def choir() -> Catalog:
    return Catalog(tables=[
        table("singers", [col("singer_id", INT), col("full_name")], ("singer_id",)),
        table("subs", [col("sub_id", INT), col("singer_id", INT), col("season"), col("amount", "real"),
                       col("paid_on", "date")], ("sub_id",), fk("singer_id", "singers", "singer_id")),
    ])  # fmt: skip


@pytest.mark.parametrize("q", ["How much have we collected in subs?", "total subs amount received",
                               "how much has been paid in subs"])
def test_money_received_is_the_rows_paid(q: str) -> None:
    out = sql(q, choir())
    assert "SUM(subs.amount)" in out and "NOT subs.paid_on IS NULL" in out


def test_money_billed_or_owed_is_not_cut_to_the_rows_paid() -> None:
    assert "paid_on" not in sql("total subs amount", choir())
    assert "WHERE subs.paid_on IS NULL" in sql("how much is still owed in subs", choir())


# ---------------------------------------------------------------- "so get rid of that clinic": a write
@pytest.mark.parametrize("q", [
    "Gresham Family Vet is closing, so get rid of that clinic and its vets",
    "get rid of the old orders",
    "please dispose of all expired batches",
    "throw out the test rows",
    "can you do away with the duplicate customers",
])  # fmt: skip
def test_getting_rid_of_rows_is_a_write(q: str) -> None:
    assert write_request(q) is not None


@pytest.mark.parametrize("q", ["which containers were disposed of in 2024?",
                               "how many items did we get rid of last year?"])
def test_asking_what_was_got_rid_of_is_a_read(q: str) -> None:
    assert write_request(q) is None


# ---------------------------------------------------------------- "Which anesthesia providers have ...": the noun
def theatre() -> Catalog:
    return Catalog(tables=[
        table("surgeon", [col("surgeon_id", INT), col("full_name")], ("surgeon_id",)),
        table("team_member", [col("member_id", INT), col("member_name")], ("member_id",)),
        table("surgical_case", [col("case_id", INT), col("surgeon_id", INT), col("case_date", "date")], ("case_id",),
              fk("surgeon_id", "surgeon", "surgeon_id")),
        table("case_team", [col("case_id", INT), col("member_id", INT), col("case_role")], ("case_id", "member_id"),
              fk("case_id", "surgical_case", "case_id"), fk("member_id", "team_member", "member_id")),
    ])  # fmt: skip


THEATRE_VALUES = ValueIndex.from_dict({"surgeon": {"full_name": ["Elif Zimmer"]},
                                       "case_team": {"case_role": ["Anesthesia", "Scrub nurse"]}})


def test_an_unknown_head_noun_after_a_value_is_never_a_verb() -> None:
    """"providers" is what the question lists; read as a verb joining the cases to their team, the cases were
    listed instead."""
    with pytest.raises(TranslationError, match="'providers'"):
        sql("Which anesthesia providers have worked on Elif Zimmer's cases?", theatre(), THEATRE_VALUES)


# ---------------------------------------------------------------- "the X rate for Y, as a percentage": Y scopes
def volunteering() -> Catalog:
    return Catalog(tables=[
        table("programs", [col("program_id", INT), col("program_name")], ("program_id",)),
        table("signups", [col("signup_id", INT), col("program_id", INT), col("status")], ("signup_id",),
              fk("program_id", "programs", "program_id")),
    ])  # fmt: skip


VOLUNTEERING = """
CREATE TABLE programs(program_id INTEGER PRIMARY KEY, program_name TEXT);
CREATE TABLE signups(signup_id INTEGER PRIMARY KEY, program_id INTEGER, status TEXT);
INSERT INTO programs VALUES (1, 'Meals on Wheels'), (2, 'Pantry');
INSERT INTO signups VALUES (1, 1, 'no_show'), (2, 1, 'attended'), (3, 1, 'attended'), (4, 1, 'attended'),
  (5, 2, 'no_show'), (6, 2, 'no_show');
"""
VOLUNTEERING_VALUES = ValueIndex.from_dict({"programs": {"program_name": ["Meals on Wheels", "Pantry"]},
                                            "signups": {"status": ["no_show", "attended"]}})


def test_a_rate_for_a_named_row_is_a_share_of_its_rows() -> None:
    out = sql("What is the no-show rate for Meals on Wheels, as a percentage of all its sign-ups?", volunteering(),
              VOLUNTEERING_VALUES)  # fmt: skip
    assert run(out, VOLUNTEERING) == [(25.0,)]  # one of Meals on Wheels' four, never one of all six sign-ups


def test_a_value_after_the_rows_is_still_the_outcome() -> None:
    out = sql("What percentage of sign-ups were for Pantry?", volunteering(), VOLUNTEERING_VALUES)
    assert run(out, VOLUNTEERING) == [(pytest.approx(100 * 2 / 6),)]


# ---------------------------------------------------------------- a status history kept as *_hist, in epoch seconds
def elections() -> Catalog:
    return Catalog(tables=[
        table("voters", [col("voter_id", INT), col("full_name")], ("voter_id",)),
        table("voter_status_hist", [col("hist_id", INT), col("voter_id", INT), col("status_cd"),
                                    col("changed_ts", INT)], ("hist_id",), fk("voter_id", "voters", "voter_id")),
    ])  # fmt: skip


ELECTIONS = """
CREATE TABLE voters(voter_id INTEGER PRIMARY KEY, full_name TEXT);
CREATE TABLE voter_status_hist(hist_id INTEGER PRIMARY KEY, voter_id INTEGER REFERENCES voters(voter_id),
                               status_cd TEXT, changed_ts INTEGER);
INSERT INTO voters VALUES (1, 'Ann'), (2, 'Bo'), (3, 'Cy');
INSERT INTO voter_status_hist VALUES (1, 1, 'ACTIVE', 694903550), (2, 1, 'INACTIVE', 1600000000),
  (3, 2, 'INACTIVE', 700000000), (4, 2, 'ACTIVE', 1700000000), (5, 3, 'ACTIVE', 800000000);
"""


def test_the_state_now_is_the_latest_row_of_a_hist_table_timed_since_1992(tmp_path: Path) -> None:
    """voter_status_hist is a log of changes ('hist'), and changed_ts holds epoch seconds from 1992 on: "inactive
    right now" is each voter's latest change, never any change they ever had (Bo was inactive in 1992)."""
    db = tmp_path / "e.db"
    conn = sqlite3.connect(db)
    conn.executescript(ELECTIONS)
    conn.close()
    t = translators_for({"e": db})["e"]
    out = t.translate("how many voters are inactive right now", dialect="sqlite", today=TODAY).sql
    assert "MAX(peer.changed_ts)" in out
    assert run(out, ELECTIONS) == [(1,)]


# ---------------------------------------------------------------- a soft-deleted row the question names is meant
def supplier_quality() -> Catalog:
    return Catalog(tables=[
        table("suppliers", [col("id", INT), col("name"), col("deleted_at", "timestamp")], ("id",)),
        table("receipts", [col("id", INT), col("supplier_id", INT), col("qty_rejected", INT),
                           col("received_at", "date")], ("id",), fk("supplier_id", "suppliers", "id")),
    ])  # fmt: skip


def test_a_named_row_is_read_deleted_or_not() -> None:
    values = ValueIndex.from_dict({"suppliers": {"name": ["Ironwood Foundry", "Acme"]}})
    out = sql("total quantity rejected from Ironwood Foundry deliveries in 2024", supplier_quality(), values)
    assert "suppliers.name = 'Ironwood Foundry'" in out and "deleted_at" not in out
    # (rows the question does not name stay those not deleted)
    assert "suppliers.deleted_at IS NULL" in sql("how many suppliers are there", supplier_quality(), values)


# ---------------------------------------------------------------- half a word, an unknown modifier after "the"
def hotel() -> Catalog:
    return Catalog(tables=[
        table("ROOM", [col("ROOM_ID", INT), col("ROOM_NO"), col("FLOOR_NO", INT), col("STAT_CD")], ("ROOM_ID",)),
        table("RESV", [col("RESV_ID", INT), col("ROOM_ID", INT), col("STAT_CD")], ("RESV_ID",),
              fk("ROOM_ID", "ROOM", "ROOM_ID")),
    ])  # fmt: skip


def test_no_show_is_never_a_request_to_show() -> None:
    """"no-show count" read "no" as the rooms (ROOM_NO) and "show" as the request to show them: all rooms."""
    with pytest.raises(TranslationError, match="'show'"):
        sql("no-show count", hotel())


def plant() -> Catalog:
    return Catalog(tables=[
        table("ateliers", [col("id_atelier", INT), col("nom_atelier")], ("id_atelier",)),
        table("operateurs", [col("id_operateur", INT), col("nom"), col("equipe"), col("id_atelier", INT)],
              ("id_operateur",), fk("id_atelier", "ateliers", "id_atelier")),
    ])  # fmt: skip


def test_an_unknown_modifier_after_the_article_is_never_dropped() -> None:
    """'nuit' is the stored word for night: "the night shift" is a filter nothing read, never a verb between the
    operators and their workshop."""
    values = ValueIndex.from_dict({"ateliers": {"nom_atelier": ["Soudure"]}, "operateurs": {"equipe": ["nuit"]}})
    with pytest.raises(TranslationError, match="'night'"):
        sql("list the operators on the night shift in the Soudure workshop", plant(), values)


# ---------------------------------------------------------------- numbers that count rows, never a value
def fairs() -> Catalog:
    return Catalog(tables=[
        table("judges", [col("judge_id", INT), col("judge_name")], ("judge_id",)),
        table("projects", [col("project_id", INT), col("title"), col("fair_year", INT)], ("project_id",)),
        table("scores", [col("score_id", INT), col("judge_id", INT), col("project_id", INT), col("points", INT)],
              ("score_id",), fk("judge_id", "judges", "judge_id"), fk("project_id", "projects", "project_id")),
    ])  # fmt: skip


def test_a_number_of_years_is_never_a_year() -> None:
    """"at all three fairs" read as fair_year = 3."""
    with pytest.raises(TranslationError, match="counts years"):
        sql("How many judges have scored projects at all three fairs?", fairs())
    assert "projects.fair_year = 2024" in sql("How many projects were there at the 2024 fair?", fairs())


def tutoring() -> Catalog:
    return Catalog(tables=[
        table("tutors", [col("tutor_id", INT), col("first_name"), col("last_name")], ("tutor_id",)),
        table("sessions", [col("session_id", INT), col("tutor_id", INT)], ("session_id",),
              fk("tutor_id", "tutors", "tutor_id")),
        table("feedback", [col("session_id", INT), col("stars", INT)], ("session_id",),
              fk("session_id", "sessions", "session_id")),
    ])  # fmt: skip


def test_at_least_five_ratings_may_count_the_ratings() -> None:
    """The stars are the rating: "tutors with at least 5 ratings" read as stars >= 5 kept the five-star ones."""
    with pytest.raises(TranslationError, match="'at least 5 ratings' counts rows or compares stars"):
        sql("Which tutor has the best average rating, among tutors with at least 5 ratings?", tutoring())
    assert "feedback.stars >= 4" in sql("Which tutors have had feedback with at least 4 stars?", tutoring())


# ---------------------------------------------------------------- "its highest output": a measure, never a count
def solar() -> Catalog:
    return Catalog(tables=[
        table("sites", [col("site_id", INT), col("name")], ("site_id",)),
        table("daily_output", [col("site_id", INT), col("day", "date"), col("energy", "real"),
                               col("peak_power", "real")], ("site_id", "day"), fk("site_id", "sites", "site_id")),
    ])  # fmt: skip


def test_the_highest_of_a_table_noun_is_never_its_row_count() -> None:
    with pytest.raises(TranslationError, match="which measure of daily_output 'highest' ranks by"):
        sql("For each site, which day in June so far had its highest output?", solar())


# ---------------------------------------------------------------- "last sampled in 2023": the latest sample
def water() -> Catalog:
    return Catalog(tables=[
        table("sites", [col("site_id", INT), col("site_name")], ("site_id",)),
        table("samples", [col("sample_id", INT), col("site_id", INT), col("sample_date", "date")], ("sample_id",),
              fk("site_id", "sites", "site_id")),
    ])  # fmt: skip


def test_last_done_in_a_period_is_never_any_time_in_it() -> None:
    with pytest.raises(TranslationError, match="'last'"):
        sql("Which sites were last sampled in 2023?", water())
    assert "2023-01-01" in sql("Which sites were sampled in 2023?", water())


# ---------------------------------------------------------------- AmountInclVat is no VAT
def magazine() -> Catalog:
    return Catalog(tables=[
        table("invoice", [col("invoice_id", INT), col("invoice_date", "date"), col("amount_incl_vat", "real"),
                          col("vat_rate", "real")], ("invoice_id",)),
    ])  # fmt: skip


def test_a_word_that_qualifies_an_amount_is_not_measured_by_it() -> None:
    with pytest.raises(TranslationError, match="amount_incl_vat is an amount vat qualifies"):
        sql("How much VAT was on the invoices dated in 2024?", magazine())
    assert "SUM(invoice.amount_incl_vat)" in sql("total amount incl vat of the invoices dated in 2024", magazine())


# ---------------------------------------------------------------- "open margin accounts": a state across a value
def brokerage() -> Catalog:
    return Catalog(tables=[
        table("accounts", [col("account_id", INT), col("account_no"), col("account_type"), col("opened_at", "date"),
                           col("closed_at", "date")], ("account_id",)),
        table("trades", [col("trade_id", INT), col("account_id", INT)], ("trade_id",),
              fk("account_id", "accounts", "account_id")),
    ])  # fmt: skip


def test_open_before_a_value_and_its_noun_is_a_state() -> None:
    values = ValueIndex.from_dict({"accounts": {"account_type": ["margin", "cash"]}})
    out = sql("Which open margin accounts have never placed a trade?", brokerage(), values)
    assert "accounts.closed_at IS NULL" in out and "opened_at" not in out


# ---------------------------------------------------------------- "<rows> dated <period>": their own date
def payables() -> Catalog:
    return Catalog(tables=[
        table("tbl_purchase_order", [col("po_id", INT), col("dtm_ordered", "date"), col("cur_total", "real")],
              ("po_id",)),
        table("tbl_invoice", [col("invoice_id", INT), col("po_id", INT), col("dtm_invoice", "date"),
                              col("dtm_received", "date"), col("cur_tax", "real")], ("invoice_id",),
              fk("po_id", "tbl_purchase_order", "po_id")),
    ])  # fmt: skip


def test_rows_said_dated_are_dated_by_their_own_date() -> None:
    out = sql("total tax on orders dated in Q1 2025", payables())
    assert "tbl_purchase_order.dtm_ordered >= '2025-01-01'" in out
    out = sql("total tax on invoices dated in Q1 2025", payables())
    assert "tbl_invoice.dtm_invoice >= '2025-01-01'" in out and "dtm_ordered" not in out


# ---------------------------------------------------------------- "entries are unposted": never an account's flag
def ledger() -> Catalog:
    return Catalog(tables=[
        table("gl_acct", [col("acct_no", INT), col("acct_nm"), col("post_flg")], ("acct_no",)),
        table("je_hdr", [col("je_no", INT), col("je_desc"), col("stat_cd")], ("je_no",)),
        table("je_ln", [col("ln_id", INT), col("je_no", INT), col("acct_no", INT), col("dr_amt", "real")],
              ("ln_id",), fk("je_no", "je_hdr", "je_no"), fk("acct_no", "gl_acct", "acct_no")),
    ])  # fmt: skip


def test_a_state_of_the_rows_is_never_a_flag_their_lines_point_to() -> None:
    values = ValueIndex.from_dict({"gl_acct": {"post_flg": ["Y", "N"]}, "je_hdr": {"stat_cd": ["P", "U", "V"]}})
    with pytest.raises(TranslationError, match="'unposted' is said of je_hdr, but post_flg is a column of gl_acct"):
        sql("how many journal entries are still unposted?", ledger(), values)


# ---------------------------------------------------------------- "which period are we in today": its span holds it
def fiscal(nullable_end: bool = False) -> Catalog:
    end = ColumnInfo("end_date", "date", nullable=nullable_end)
    return Catalog(tables=[
        table("fiscal_period", [col("period_id", INT), col("period_name"), ColumnInfo("start_date", "date",
                                                                                       nullable=False), end],
              ("period_id",)),
    ])  # fmt: skip


FISCAL = """
CREATE TABLE fiscal_period(period_id INTEGER PRIMARY KEY, period_name TEXT, start_date TEXT, end_date TEXT);
INSERT INTO fiscal_period VALUES (1, 'P11', '2025-05-04', '2025-05-31'), (2, 'P12', '2025-06-01', '2025-06-28');
"""


def test_the_period_we_are_in_today_holds_today() -> None:
    out = sql("which fiscal period are we in today?", fiscal())
    assert run(out, FISCAL) == [("P12",)]  # P12 started on 1 June, not today


def test_a_period_that_may_never_end_is_not_read_as_holding_today() -> None:
    assert "end_date" not in sql("which fiscal period are we in today?", fiscal(nullable_end=True))


# ---------------------------------------------------------------- nome_professor names a teacher
def escola() -> Catalog:
    return Catalog(tables=[
        table("professores", [col("id_professor", INT), col("nome_professor"), col("email"),
                              col("dt_admissao", "date")], ("id_professor",)),
    ])  # fmt: skip


def test_a_plain_foreign_name_before_the_row_noun_is_its_name() -> None:
    assert sql("list the teachers hired in 2025", escola()).startswith("SELECT professores.nome_professor FROM")


# ---------------------------------------------------------------- "finished" a course beside completedAt
def courses() -> Catalog:
    return Catalog(tables=[
        table("learners", [col("learner_id", INT), col("display_name")], ("learner_id",)),
        table("courses", [col("course_id", INT), col("title")], ("course_id",)),
        table("enrollments", [col("enrollment_id", INT), col("learner_id", INT), col("course_id", INT),
                              col("enrolled_at", "date"), col("completed_at", "date")], ("enrollment_id",),
              fk("learner_id", "learners", "learner_id"), fk("course_id", "courses", "course_id")),
    ])  # fmt: skip


def test_finished_is_the_completion_it_names() -> None:
    values = ValueIndex.from_dict({"courses": {"title": ["Python Fundamentals", "SQL Basics"]}})
    with pytest.raises(TranslationError, match="'finished'"):
        sql("Which learners finished Python Fundamentals?", courses(), values)


# ---------------------------------------------------------------- Italian plurals, a city's own name
def trattoria() -> Catalog:
    return Catalog(tables=[
        table("ristoranti", [col("id_ristorante", INT), col("nome"), col("citta")], ("id_ristorante",)),
        table("piatti", [col("id_piatto", INT), col("nome_piatto"), col("prezzo", "real")], ("id_piatto",)),
        table("prenotazioni", [col("id_prenotazione", INT), col("id_ristorante", INT), col("coperti", INT)],
              ("id_prenotazione",), fk("id_ristorante", "ristoranti", "id_ristorante")),
    ])  # fmt: skip


def test_italian_plurals_name_their_tables() -> None:
    """ristoranti is the plural of ristorante (restaurant), fatture of fattura: never a column that holds the word."""
    values = ValueIndex.from_dict({"ristoranti": {"citta": ["Roma", "Milano"]}})
    assert sql("How many restaurants do we have in Rome?", trattoria(), values) == (
        "SELECT COUNT(*) AS count FROM ristoranti WHERE ristoranti.citta = 'Roma'")


def test_a_city_is_found_by_its_english_name() -> None:
    values = ValueIndex.from_dict({"ristoranti": {"citta": ["München", "Köln"]}})
    assert "ristoranti.citta = 'München'" in sql("restaurants in Munich", trattoria(), values)
    assert "ristoranti.citta = 'Köln'" in sql("restaurants in Cologne", trattoria(), values)


# ---------------------------------------------------------------- "the most valuable": the value, never a count
def museum() -> Catalog:
    return Catalog(tables=[
        table("objects", [col("object_id", INT), col("title"), col("valuation_pence", INT)], ("object_id",)),
    ])  # fmt: skip


def test_the_most_valuable_is_the_highest_value() -> None:
    assert "ORDER BY objects.valuation_pence DESC LIMIT 1" in sql("What is the most valuable object?", museum())


# ---------------------------------------------------------------- an SAP extract: LFA1, EKKO, LIFNR, LAND1
def sap() -> Catalog:
    return Catalog(tables=[
        table("LFA1", [col("LIFNR"), col("NAME1"), col("LAND1")], ("LIFNR",)),
        table("T001W", [col("WERKS"), col("NAME1"), col("LAND1")], ("WERKS",)),
        table("EKKO", [col("EBELN"), col("LIFNR"), col("BEDAT", "date")], ("EBELN",), fk("LIFNR", "LFA1", "LIFNR")),
        table("EKPO", [col("EBELN"), col("EBELP", INT), col("WERKS"), col("MENGE", "real"), col("NETPR", "real")],
              ("EBELN", "EBELP"), fk("EBELN", "EKKO", "EBELN"), fk("WERKS", "T001W", "WERKS")),
    ])  # fmt: skip


SAP_VALUES = ValueIndex.from_dict({"LFA1": {"LAND1": ["DE", "PL"]}, "T001W": {"LAND1": ["DE", "AT"]}})


def test_sap_tables_and_fields_are_read_in_english() -> None:
    assert sql("Which vendors have no purchase orders at all?", sap(), SAP_VALUES) == (
        "SELECT LFA1.NAME1 FROM LFA1 WHERE NOT EXISTS(SELECT 1 FROM EKKO WHERE EKKO.LIFNR = LFA1.LIFNR)")
    assert sql("List the plants in Germany.", sap(), SAP_VALUES) == (
        "SELECT T001W.NAME1 FROM T001W WHERE T001W.LAND1 = 'DE'")  # (LAND1: the German Land, a country code)
    with pytest.raises(TranslationError, match="NETPR is a price per unit"):  # per price unit, never a line's value
        sql("What is the total net price of purchase order 4500000194?", sap(), SAP_VALUES)


def test_one_sap_name_alone_is_not_read_as_sap() -> None:
    """A table that happens to be called mara in a schema with no other SAP name keeps its own word."""
    one = SchemaIndex(Catalog(tables=[table("mara", [col("id", INT), col("menge", INT)], ("id",)),
                                      table("guests", [col("id", INT)], ("id",))]))  # fmt: skip
    assert one.tables["mara"].words == ("mara",)
    two = SchemaIndex(sap())
    assert two.tables["lfa1"].words == ("vendor",) and two.tables["ekpo"].words == ("purchase", "order", "item")
