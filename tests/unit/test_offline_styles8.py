"""Issue 14: rules learned in the fourteenth session from the refusals and wrong answers of the blind corpora.
Each test builds its own tiny catalog; the point is the rule, not a wording of those corpora.
"""

from __future__ import annotations

import pytest
from test_offline_styles import col, fk, sql, table

from aishell.ai.offline import TranslationError, ValueIndex
from aishell.ai.offline.account import _negated_participle
from aishell.ai.offline.translate import _drop_indifference
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


# ---------------------------------------------------------------- "past their due date"
def invoices() -> Catalog:
    return Catalog(tables=[
        table("clients", [col("id", INT), col("client_name"), col("town")], ("id",)),
        table("invoices", [col("id", INT), col("client_id", INT), col("issued_on", "date"), col("due_on", "date"),
                           col("paid_on", "date"), col("amount", NUM)], ("id",), fk("client_id", "clients", "id")),
        table("staff", [col("id", INT), col("full_name"), col("left_on", "date")], ("id",)),
    ])  # fmt: skip


def test_rows_past_their_due_date_have_that_date_before_today() -> None:
    out = sql("How much money is owed to us on invoices that are past their due date and still unpaid?", invoices())
    assert "invoices.due_on < '2025-06-15'" in out and "invoices.paid_on IS NULL" in out
    out = sql("How many invoices are already past their due date?", invoices())
    assert "invoices.due_on < '2025-06-15'" in out and "COUNT(*)" in out


def test_past_due_is_overdue_never_only_the_date() -> None:
    out = sql("total amount of past due invoices", invoices())
    assert "invoices.due_on < '2025-06-15'" in out and "invoices.paid_on IS NULL" in out


def test_past_a_date_of_another_table_is_refused() -> None:
    with pytest.raises(TranslationError):
        sql("Which clients are past their due date?", invoices())


# ---------------------------------------------------------------- the asker's contractions and idioms
def test_we_ve_is_we_have() -> None:
    assert sql("What's the total amount we've invoiced in 2024?", invoices()) == sql(
        "What is the total amount we have invoiced in 2024?", invoices()
    )


def test_they_re_points_back_and_is_never_dropped() -> None:
    with pytest.raises(TranslationError, match="they're"):
        sql("List our clients and the towns they're in.", invoices())


def test_ended_up_is_were() -> None:
    values = ValueIndex.from_dict({"loans": {"status": ["Forfeited", "Redeemed", "Active"]}})
    catalog = Catalog(tables=[table("loans", [col("id", INT), col("status"), col("principal", NUM)], ("id",))])
    out = sql("What percentage of all our loans ended up forfeited?", catalog, values)
    assert "loans.status = 'Forfeited'" in out and "100.0" in out
    assert sql("How many loans ended up being forfeited?", catalog, values) == sql(
        "How many loans were forfeited?", catalog, values
    )


def test_never_actually_is_never_but_actually_alone_still_counts() -> None:
    assert sql("Which clients have never actually been invoiced?", invoices()) == sql(
        "Which clients have never been invoiced?", invoices()
    )
    assert "actually" in _drop_indifference("How many lessons were actually taught in 2025?")  # took place


def test_a_member_of_staff_is_staff() -> None:
    assert sql("Which members of staff no longer work here?", invoices()) == sql(
        "Which staff no longer work here?", invoices()
    )


def test_a_second_question_about_who_is_never_dropped() -> None:
    with pytest.raises(TranslationError, match="who"):
        sql("show me invoices that are past their due date and who has them", invoices())
