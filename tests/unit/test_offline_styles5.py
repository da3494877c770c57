"""Issue 14: rules learned in the eleventh session from the wrong answers and refusals of the blind corpora (a
price counted per unit, what a row can take, a verb said of a noun in a relative clause, two names of one row).
Each test builds its own tiny catalog; the point is the rule, not a wording of those corpora.
"""

from __future__ import annotations

import pytest
from test_offline_styles import col, fk, sql, table

from aishell.ai.offline import TranslationError, ValueIndex
from aishell.engines.base import Catalog

INT = "integer"
NUM = "numeric"


def clinic() -> Catalog:
    return Catalog(tables=[
        table("treatments", [col("id", INT), col("name"), col("category"), col("standard_fee", NUM)], ("id",)),
        table("visits", [col("id", INT), col("seen_on", "date")], ("id",)),
        table("visit_treatments", [col("visit_id", INT), col("treatment_id", INT), col("fee_charged", NUM)], (),
              fk("visit_id", "visits", "id"), fk("treatment_id", "treatments", "id")),
    ])  # fmt: skip


def test_a_verb_said_of_the_noun_names_the_column_of_both_words() -> None:
    out = sql("average fee we actually charged per treatment category", clinic())
    assert "AVG(visit_treatments.fee_charged)" in out and "standard_fee" not in out
    assert "GROUP BY treatments.category" in out


def test_the_noun_alone_keeps_its_best_column() -> None:
    out = sql("average standard fee per treatment category", clinic())
    assert "AVG(treatments.standard_fee)" in out


def ferries() -> Catalog:
    return Catalog(tables=[
        table("vessels", [col("vessel_id", INT), col("vessel_name"), col("pax_capacity", INT),
                          col("car_capacity", INT)], ("vessel_id",)),
        table("sailings", [col("sailing_id", INT), col("vessel_id", INT), col("departs_at", "timestamp")],
              ("sailing_id",), fk("vessel_id", "vessels", "vessel_id")),
        table("bookings", [col("booking_id", INT), col("sailing_id", INT), col("passengers", INT),
                           col("vehicle_type")], ("booking_id",), fk("sailing_id", "sailings", "sailing_id")),
    ])  # fmt: skip


def ferry_values() -> ValueIndex:
    return ValueIndex.from_dict({"bookings": {"vehicle_type": ["CAR", "VAN", "BIKE", "NONE"]}})


def test_what_a_row_can_take_is_its_capacity() -> None:
    out = sql("Which vessel can carry the most passengers?", ferries(), ferry_values())
    assert "ORDER BY vessels.pax_capacity DESC" in out and "LIMIT 1" in out
    assert "bookings" not in out.lower() and "'CAR'" not in out


def test_without_can_the_passengers_carried_are_summed() -> None:
    out = sql("Which vessel carried the most passengers?", ferries(), ferry_values())
    assert "SUM(bookings.passengers)" in out and "pax_capacity" not in out


def test_a_verb_after_a_modal_is_no_abbreviated_code() -> None:
    """ "can carry" never reads as the code 'CAR' (a prefix of the verb)."""
    try:
        out = sql("Which sailings could carry more than 100 passengers?", ferries(), ferry_values())
    except TranslationError:
        return
    assert "'CAR'" not in out


def pricing() -> Catalog:
    return Catalog(tables=[
        table("products", [col("product_id", INT), col("product_name"), col("unit"),
                           col("price_per_unit", NUM)], ("product_id",)),
        table("lots", [col("lot_id", INT), col("farm_nm"), col("qty_kg", NUM), col("cost_per_kg_amt", NUM)],
              ("lot_id",)),
        table("machines", [col("id", INT), col("name"), col("hourly_rate", NUM)], ("id",)),
        table("payouts", [col("id", INT), col("amt", NUM)], ("id",)),
    ])  # fmt: skip


@pytest.mark.parametrize(
    ("question", "column"),
    [
        ("Which products pay more than 5 per unit?", "products.price_per_unit > 5"),
        ("products costing more than 5 per unit", "products.price_per_unit > 5"),
        ("Which lot is the most expensive per kg?", "ORDER BY lots.cost_per_kg_amt DESC"),
        ("Which machine is the cheapest per hour?", "ORDER BY machines.hourly_rate ASC"),
    ],
)
def test_a_price_per_unit_is_the_column_counted_in_that_unit(question: str, column: str) -> None:
    out = sql(question, pricing())
    assert column in out and "GROUP BY" not in out and "payouts" not in out


def test_per_without_a_price_word_still_groups() -> None:
    out = sql("number of products per unit", pricing())
    assert "GROUP BY products.unit" in out and "COUNT(*)" in out


def test_the_compared_quantity_is_shown_beside_the_rows() -> None:
    out = sql("products costing more than 5 per unit", pricing())
    assert out.startswith("SELECT products.product_name, products.price_per_unit FROM products")


def drugs() -> Catalog:
    return Catalog(tables=[
        table("drugs", [col("id", INT), col("generic_name"), col("brand_name"), col("form"),
                        col("unit_cost", NUM)], ("id",)),
    ])  # fmt: skip


def test_a_row_with_two_paired_names_shows_both() -> None:
    values = ValueIndex.from_dict({"drugs": {"form": ["tablet", "infusion"]}})
    out = sql("list the infusions", drugs(), values)
    assert "drugs.generic_name" in out and "drugs.brand_name" in out
