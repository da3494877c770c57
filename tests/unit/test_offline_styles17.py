"""Issue 14: rules learned in the twenty-third session from the wrong answers of the blind corpora.
Each test builds its own tiny catalog; the point is the rule, not a wording of those corpora.
"""

from __future__ import annotations

import pytest
from test_offline_styles import TODAY, col, fk, sql, table
from test_offline_styles13 import run

from aishell.ai.offline import TranslationError, ValueIndex
from aishell.ai.offline.translate import translate
from aishell.engines.base import Catalog, ColumnInfo

INT = "integer"
NUM = "numeric"


# ---------------------------------------------------------------- a quantity in tonnes times a price per kilogram
def market() -> Catalog:
    return Catalog(tables=[
        table("buyers", [col("buyer_id", INT), col("buyer_name")], ("buyer_id",)),
        table("trades", [col("trade_id", INT), col("buyer_id", INT), col("trade_dt", "date")], ("trade_id",),
              fk("buyer_id", "buyers", "buyer_id")),
        table("trade_lines", [col("line_id", INT), col("trade_id", INT), col("qty_tonnes", NUM),
                              col("price_per_kg", NUM)], ("line_id",), fk("trade_id", "trades", "trade_id")),
    ])  # fmt: skip


MARKET = """
CREATE TABLE buyers(buyer_id INTEGER PRIMARY KEY, buyer_name TEXT);
CREATE TABLE trades(trade_id INTEGER PRIMARY KEY, buyer_id INTEGER, trade_dt DATE);
CREATE TABLE trade_lines(line_id INTEGER PRIMARY KEY, trade_id INTEGER, qty_tonnes NUMERIC, price_per_kg NUMERIC);
INSERT INTO buyers VALUES (1, 'Ada'), (2, 'Bo');
INSERT INTO trades VALUES (1, 1, '2025-01-05'), (2, 2, '2025-02-05');
INSERT INTO trade_lines VALUES (1, 1, 2, 1.5), (2, 1, 1, 2), (3, 2, 0.5, 4);
"""


@pytest.mark.parametrize("q", ["top buyer by spend", "total value of trades per buyer"])
def test_tonnes_times_a_price_per_kilogram_is_converted(q: str) -> None:
    """2 t at 1.50 a kg and 1 t at 2.00 a kg: 5,000 (not 5), against Bo's 2,000."""
    out = sql(q, market())
    assert "* 1000" in out
    assert sorted(run(out, MARKET), key=lambda r: -r[-1])[0][-1] == 5000


def test_a_quantity_of_another_kind_than_the_price_is_per_is_no_product() -> None:
    cat = Catalog(tables=[
        table("buyers", [col("buyer_id", INT), col("buyer_name")], ("buyer_id",)),
        table("trade_lines", [col("line_id", INT), col("buyer_id", INT), col("qty_litres", NUM),
                              col("price_per_kg", NUM)], ("line_id",), fk("buyer_id", "buyers", "buyer_id")),
    ])  # fmt: skip
    with pytest.raises(TranslationError):
        sql("top buyer by spend", cat)


# ---------------------------------------------------------------- a price per kilogram is never added up
def auction() -> Catalog:
    return Catalog(tables=[
        table("Buyers", [col("BuyerId", INT), col("BuyerName")], ("BuyerId",)),
        table("Sales", [col("SaleId", INT), col("BuyerId", INT), col("PricePerKg", NUM), col("SoldAt", "date")],
              ("SaleId",), fk("BuyerId", "Buyers", "BuyerId")),
    ])  # fmt: skip


@pytest.mark.parametrize("q", ["Top 3 buyers by amount spent", "total spent per buyer", "Top buyers by total price per kg"])
def test_a_price_per_kilogram_is_not_summed_as_money_spent(q: str) -> None:
    with pytest.raises(TranslationError):
        sql(q, auction())


def test_a_price_per_kilogram_may_still_be_averaged() -> None:
    assert "AVG(Sales.PricePerKg)" in sql("average price per kg per buyer", auction())


# ---------------------------------------------------------------- a row's one date, empty until it closes
def audits(closed_required: bool) -> Catalog:
    closed = ColumnInfo("closed_on", "date", nullable=not closed_required)
    return Catalog(tables=[
        table("audits", [col("audit_id", INT), col("audit_date", "date")], ("audit_id",)),
        table("findings", [col("finding_id", INT), col("audit_id", INT), col("note"), closed], ("finding_id",),
              fk("audit_id", "audits", "audit_id")),
    ])  # fmt: skip


def test_a_later_event_date_empty_while_open_does_not_date_the_rows() -> None:
    """A finding's closed_on is empty while it is open: "findings since 2024" are dated by their audit."""
    out = sql("How many findings since the start of 2024?", audits(closed_required=False))
    assert "audits.audit_date >= '2024-01-01'" in out
    assert "closed_on" not in out


def test_a_closing_date_every_row_has_is_the_rows_own_date() -> None:
    """A sale's closed_on, never empty, is when the sale happened."""
    out = sql("How many findings since the start of 2024?", audits(closed_required=True))
    assert "findings.closed_on >= '2024-01-01'" in out


# ---------------------------------------------------------------- a period said after a negation: inside NOT EXISTS
def care() -> Catalog:
    return Catalog(tables=[
        table("carers", [col("carer_id", INT), col("carer_name")], ("carer_id",)),
        table("visits", [col("visit_id", INT), col("carer_id", INT), col("visit_date", "date")], ("visit_id",),
              fk("carer_id", "carers", "carer_id")),
        table("licences", [col("licence_id", INT), col("visit_id", INT), col("sold_on", "date")], ("licence_id",),
              fk("visit_id", "visits", "visit_id")),
    ])  # fmt: skip


CARE = """
CREATE TABLE carers(carer_id INTEGER PRIMARY KEY, carer_name TEXT);
CREATE TABLE visits(visit_id INTEGER PRIMARY KEY, carer_id INTEGER, visit_date DATE);
INSERT INTO carers VALUES (1, 'Ann'), (2, 'Ben'), (3, 'Cy');
INSERT INTO visits VALUES (1, 1, '2025-06-03'), (2, 2, '2025-05-20'), (3, 2, '2024-12-01');
"""


@pytest.mark.parametrize("q", ["Which carers haven't done a single visit since 1 June?",
                               "Which carers have not had any visits since June 1st?"])
def test_a_period_after_the_negation_dates_the_absent_rows(q: str) -> None:
    """Ben's visits are all before June and Cy has none: both have no visit since 1 June (not "none ever")."""
    out = sql(q, care())
    assert "NOT EXISTS" in out and " EXISTS(" not in out.replace("NOT EXISTS(", "")
    assert sorted(r[0] for r in run(out, CARE)) == ["Ben", "Cy"]


def test_a_period_before_the_negation_is_not_moved_into_it() -> None:
    """The period said of the carers' visits before "but not" stays apart (or the question is refused)."""
    try:
        out = sql("Which carers had visits in 2024 but no visits since June?", care())
    except TranslationError:
        return
    assert sorted(r[0] for r in run(out, CARE)) == ["Ben"]


def test_a_participle_naming_other_rows_keeps_the_period_out() -> None:
    """ "no visit licensed in 2025": the licences' date, not the visits'; the visits' own date is not used."""
    with pytest.raises(TranslationError):
        sql("Which carers have not had a single visit licensed in 2025?", care())


# ---------------------------------------------------------------- "current X" is X's own end date
def test_current_said_before_a_table_reads_that_tables_end_date() -> None:
    cat = Catalog(tables=[
        table("dogs", [col("dog_id", INT), col("dog_name"), col("born_on", "date"), col("withdrawn_on", "date")],
              ("dog_id",)),
        table("placements", [col("placement_id", INT), col("dog_id", INT), col("placement_ref"),
                             col("start_date", "date"), col("end_date", "date")], ("placement_id",),
              fk("dog_id", "dogs", "dog_id")),
    ])  # fmt: skip
    out = sql("Which current placements are there? Give the dog's name.", cat)
    assert "placements.end_date IS NULL" in out
    assert "withdrawn_on" not in out


# ---------------------------------------------------------------- "X's team lead" over team_lead_id
def crew() -> Catalog:
    return Catalog(tables=[
        table("engineers", [col("engineer_id", INT), col("full_name"), col("team_lead_id", INT)], ("engineer_id",),
              fk("team_lead_id", "engineers", "engineer_id")),
    ])  # fmt: skip


CREW = """
CREATE TABLE engineers(engineer_id INTEGER PRIMARY KEY, full_name TEXT, team_lead_id INTEGER);
INSERT INTO engineers VALUES (1, 'Marek Zielinski', NULL), (2, 'Josh Rendell', 1), (3, 'Ola Berg', 1);
"""


@pytest.mark.parametrize("q", ["Who is Josh Rendell's team lead?", "Who is the team lead of Josh Rendell?"])
def test_the_role_a_two_word_self_key_names_is_the_row_it_points_to(q: str) -> None:
    values = ValueIndex(values={("engineers", "full_name"): ["Marek Zielinski", "Josh Rendell", "Ola Berg"]})
    out = sql(q, crew(), values)
    assert run(out, CREW) == [("Marek Zielinski",)]


def test_a_possessive_before_a_word_of_the_self_key_is_not_the_row_itself() -> None:
    """ "Sanne Popescu's team" is the team she leads (or the one she is in), never Sanne's own hours."""
    cat = Catalog(tables=[
        table("workers", [col("worker_id", INT), col("full_name"), col("team_lead_id", INT)], ("worker_id",),
              fk("team_lead_id", "workers", "worker_id")),
        table("picks", [col("pick_id", INT), col("worker_id", INT), col("hours_worked", NUM)], ("pick_id",),
              fk("worker_id", "workers", "worker_id")),
    ])  # fmt: skip
    values = ValueIndex(values={("workers", "full_name"): ["Sanne Popescu", "Ewa Smit"]})
    with pytest.raises(TranslationError, match="team"):
        sql("Total hours picked by Sanne Popescu's team", cat, values)
    assert "workers.full_name = 'Sanne Popescu'" in sql("Total hours picked by Sanne Popescu", cat, values)


# ---------------------------------------------------------------- a word naming a column is no code it begins with
def test_a_word_that_names_a_column_is_not_a_code_it_begins_with() -> None:
    cat = Catalog(tables=[
        table("CARER", [col("CARER_NBR", INT), col("CARER_NAME"), col("TEAM_CD")], ("CARER_NBR",)),
        table("VISIT", [col("VISIT_NBR", INT), col("CARER_NBR", INT), col("SLOT_CD")], ("VISIT_NBR",),
              fk("CARER_NBR", "CARER", "CARER_NBR")),
    ])  # fmt: skip
    values = ValueIndex(values={("CARER", "TEAM_CD"): ["NORTH", "SOUTH"], ("VISIT", "SLOT_CD"): ["AM", "TEA", "BED"]})
    out = sql("list the carers in the NORTH team", cat, values)
    assert "TEAM_CD = 'NORTH'" in out
    assert "SLOT_CD" not in out


# ---------------------------------------------------------------- a verb before ", with their X" joins nothing
def test_a_verb_ending_its_clause_before_with_their_is_not_the_join() -> None:
    """ "members who have moved, with their village": "moved" is no verb relating members to villages; no column or
    state says it, so it is refused instead of dropped."""
    cat = Catalog(tables=[
        table("villages", [col("village_id", INT), col("village_name")], ("village_id",)),
        table("members", [col("member_id", INT), col("full_name"), col("village_id", INT), col("status")],
              ("member_id",), fk("village_id", "villages", "village_id")),
    ])  # fmt: skip
    values = ValueIndex(values={("members", "status"): ["aktif", "ayrildi"]})
    for q in ("List the members who have left, with their village", "members who have moved, with their village"):
        with pytest.raises(TranslationError):
            sql(q, cat, values)
    assert "villages.village_name" in sql("List the members with their village", cat, values)


# ---------------------------------------------------------------- Norwegian and Turkish schemas
@pytest.mark.parametrize(("customer", "invoice", "name"), [("kunde", "faktura", "navn"), ("musteri", "fatura", "adi")])
def test_nordic_and_turkish_names_of_tables_and_names(customer: str, invoice: str, name: str) -> None:
    cat = Catalog(tables=[
        table(customer, [col(f"{customer}_id", INT), col(name)], (f"{customer}_id",)),
        table(invoice, [col(f"{invoice}_id", INT), col(f"{customer}_id", INT)], (f"{invoice}_id",),
              fk(f"{customer}_id", customer, f"{customer}_id")),
    ])  # fmt: skip
    out = sql("How many invoices does each customer have?", cat)
    assert f"{customer}.{name}" in out and "COUNT(" in out


# ---------------------------------------------------------------- a flag of other rows beside the rows' own column
def aml() -> Catalog:
    return Catalog(tables=[
        table("COUNTRIES", [col("COUNTRY_CODE"), col("COUNTRY_NAME"), col("HIGH_RISK_FLAG", "boolean")],
              ("COUNTRY_CODE",)),
        table("CLIENTS", [col("CLIENT_ID", INT), col("CLIENT_NAME"), col("COUNTRY_CODE"), col("RISK_RATING")],
              ("CLIENT_ID",), fk("COUNTRY_CODE", "COUNTRIES", "COUNTRY_CODE")),
    ])  # fmt: skip


def test_a_flag_of_other_rows_named_like_the_rows_own_column_is_a_guess() -> None:
    values = ValueIndex(values={("clients", "RISK_RATING"): ["Low", "Medium", "High"]})
    with pytest.raises(TranslationError, match="RISK_RATING"):
        sql("Which high-risk clients are there?", aml(), values)
    assert "HIGH_RISK_FLAG" in sql("How many clients are based in high-risk countries?", aml(), values)


# ---------------------------------------------------------------- a weight asked in kg of rows kept in tonnes
def olive_sales() -> Catalog:
    return Catalog(tables=[
        table("press_batches", [col("batch_id", INT), col("oil_kg", NUM)], ("batch_id",)),
        table("oil_sales", [col("sale_id", INT), col("batch_id", INT), col("quantity_t", NUM),
                            col("price_per_kg", NUM)], ("sale_id",), fk("batch_id", "press_batches", "batch_id")),
    ])  # fmt: skip


def test_a_weight_in_kg_is_compared_with_the_rows_own_tonnes_not_a_price_per_kg() -> None:
    """price_per_kg is a price, not a weight: the sales' own quantity_t is the one weight, 800 kg being 0.8 t; the
    explanation keeps the unit the number was said in."""
    t = translate("How many oil sales were over 800 kg?", olive_sales(), ValueIndex(), dialect="sqlite", today=TODAY)
    assert "oil_sales.quantity_t > 0.8" in t.sql and "oil_kg" not in t.sql
    assert "800 kg" in t.explanation
