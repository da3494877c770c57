"""Issue 14: rules learned in the twelfth session from the wrong answers and refusals of the blind corpora.
Each test builds its own tiny catalog; the point is the rule, not a wording of those corpora.
"""

from __future__ import annotations

import pytest
from test_offline_styles import col, fk, sql, table

from aishell.ai.offline.text import singular
from aishell.engines.base import Catalog

INT = "integer"
NUM = "numeric"


@pytest.mark.parametrize(("plural", "one"), [("mechanics", "mechanic"), ("clinics", "clinic"), ("topics", "topic"),
                                             ("critics", "critic"), ("physics", "physics"),
                                             ("logistics", "logistics"), ("statistics", "statistics"),
                                             ("news", "news")])  # fmt: skip
def test_a_noun_in_ics_is_a_plural_unless_it_names_a_field(plural: str, one: str) -> None:
    assert singular(plural) == one


def workshop() -> Catalog:
    return Catalog(tables=[
        table("mechanics", [col("id", INT), col("full_name"), col("hourly_rate", NUM)], ("id",)),
        table("repair_orders", [col("id", INT), col("mechanic_id", INT), col("labour_hours", NUM)], ("id",),
              fk("mechanic_id", "mechanics", "id")),
    ])  # fmt: skip


def test_one_mechanic_is_a_row_of_mechanics_not_a_key_of_the_orders() -> None:
    out = sql("Which mechanic has the highest hourly rate?", workshop())
    assert "FROM mechanics" in out and "ORDER BY mechanics.hourly_rate DESC" in out and "LIMIT 1" in out
    assert "repair_orders" not in out
