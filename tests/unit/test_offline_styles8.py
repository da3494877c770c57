"""Issue 14: rules learned in the fourteenth session from the refusals and wrong answers of the blind corpora.
Each test builds its own tiny catalog; the point is the rule, not a wording of those corpora.
"""

from __future__ import annotations

import pytest
from test_offline_styles import col, fk, sql, table

from aishell.ai.offline import TranslationError, ValueIndex
from aishell.ai.offline.account import _negated_participle
from aishell.engines.base import Catalog

INT = "integer"
NUM = "numeric"


# ---------------------------------------------------------------- a participle negated by "un"
def pledges() -> Catalog:
    return Catalog(tables=[
        table("loan_state", [col("code"), col("label")], ("code",)),
        table("loans", [col("id", INT), col("state_code"), col("lent_on", "date"), col("principal", NUM)], ("id",),
              fk("state_code", "loan_state", "code")),
        table("items", [col("id", INT), col("loan_id", INT), col("category"), col("appraised", NUM)], ("id",),
              fk("loan_id", "loans", "id")),
        table("sales", [col("id", INT), col("item_id", INT), col("sold_on", "date"), col("price", NUM)], ("id",),
              fk("item_id", "items", "id")),
    ])  # fmt: skip


def pledge_values() -> ValueIndex:
    return ValueIndex.from_dict(
        {
            "loan_state": {"label": ["Active", "Forfeited", "Redeemed"]},
            "items": {"category": ["Watch", "Ring", "Laptop"]},
        }
    )


@pytest.mark.parametrize("word", ["unsold", "unpriced", "unclaimed"])
@pytest.mark.parametrize(
    "form", ["How many items from forfeited loans are {}?", "How many items from forfeited loans are sitting {}?"]
)
def test_a_negated_participle_no_rule_reads_is_never_dropped(word: str, form: str) -> None:
    with pytest.raises(TranslationError, match=word):  # (read as the verb joining items to loans, it was dropped)
        sql(form.format(word), pledges(), pledge_values())


def test_words_that_only_start_with_un_are_no_negation() -> None:
    assert all(_negated_participle(w) for w in ("unsold", "unassigned", "unpaid", "undelivered"))
    assert not any(_negated_participle(w) for w in ("under", "united", "unique", "unit", "unknown", "until"))
    out = sql("How many items appraised under 100 are from forfeited loans?", pledges(), pledge_values())
    assert "items.appraised < 100" in out
