"""The planner's structure (issue 14, item 3): an ordered tuple of passes over one plan state, and one
shaping strategy per answer type."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from aishell.ai.offline import ValueIndex, plan_shape, planner, translate
from aishell.ai.offline.plan_state import PlanState
from aishell.engines.base import Catalog, ColumnInfo, ForeignKey, TableInfo

TODAY = dt.date(2025, 6, 15)


def shop() -> Catalog:
    return Catalog(
        default_schema="main",
        tables=[
            TableInfo("customers", "main", columns=[ColumnInfo("id", "INTEGER"), ColumnInfo("name", "TEXT"),
                                                    ColumnInfo("country", "TEXT"), ColumnInfo("signup_date", "DATE")],
                      primary_key=("id",)),
            TableInfo("orders", "main", columns=[ColumnInfo("id", "INTEGER"), ColumnInfo("customer_id", "INTEGER"),
                                                 ColumnInfo("ordered_at", "DATETIME"), ColumnInfo("status", "TEXT"),
                                                 ColumnInfo("amount", "REAL")],
                      primary_key=("id",), foreign_keys=[ForeignKey(("customer_id",), "customers", ("id",))]),
        ],
    )  # fmt: skip


VALUES = ValueIndex.from_dict(
    {"customers": {"country": ["Germany", "Japan"]}, "orders": {"status": ["paid", "refunded"]}}
)


def test_build_runs_every_pass_once_in_order(monkeypatch: pytest.MonkeyPatch) -> None:
    ran: list[str] = []

    def recorded(p: planner.Pass) -> planner.Pass:
        def run(st: PlanState) -> None:
            ran.append(p.__name__)
            p(st)

        return run

    names = [p.__name__ for p in planner.PASSES]
    monkeypatch.setattr(planner, "PASSES", tuple(recorded(p) for p in planner.PASSES))
    translate("How many customers are from Germany?", shop(), VALUES, dialect="sqlite", today=TODAY)
    assert ran == names
    assert ran[0] == "classify_links" and ran[-4:] == ["live_rows", "totals_in_their_period", "peer_conditions", "last_checks"]
    assert len(set(ran)) == len(ran)


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("How many customers are from Germany?", "count"),
        ("What is the total amount of paid orders?", "aggregate"),
        ("How many orders per status?", "grouped"),
        ("What is the total amount per status?", "grouped"),
        ("Which customer has the most orders?", "ranking"),
        ("List the customers from Japan", "listing"),
    ],
)
def test_each_answer_type_is_shaped_by_its_strategy(monkeypatch: pytest.MonkeyPatch, question: str, kind: str) -> None:
    assert set(plan_shape.STRATEGIES) == {"count", "aggregate", "grouped", "ranking", "listing"}
    picked: list[str] = []
    pick = plan_shape.answer_type

    def spy(*args: Any) -> str:
        picked.append(pick(*args))
        return picked[-1]

    monkeypatch.setattr(plan_shape, "answer_type", spy)
    translate(question, shop(), VALUES, dialect="sqlite", today=TODAY)
    assert picked == [kind]
