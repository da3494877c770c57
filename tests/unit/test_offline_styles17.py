"""Issue 14: rules learned in the twenty-third session from the wrong answers of the blind corpora.
Each test builds its own tiny catalog; the point is the rule, not a wording of those corpora.
"""

from __future__ import annotations

import pytest
from test_offline_styles import col, fk, sql, table
from test_offline_styles13 import run

from aishell.ai.offline import TranslationError
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
