"""Issue 14: rules learned in the twenty-seventh session from the blind corpora.
Each test builds its own tiny catalog; the point is the rule, not a wording of those corpora.
"""

from __future__ import annotations

import pytest
from test_offline_styles import col, fk, sql, table

from aishell.ai.offline import TranslationError
from aishell.engines.base import Catalog

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
    with pytest.raises(TranslationError, match="mthly_rnt_gbp is an amount per period"):
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
