"""When the translator is not confident it says so instead of guessing."""

from __future__ import annotations

import datetime as dt

import pytest

from aishell.ai.offline import TranslationError, ValueIndex, translate
from aishell.engines.base import Catalog, ColumnInfo, ForeignKey, TableInfo
from aishell.errors import AishellError, QueryError


def shop() -> Catalog:
    return Catalog(
        default_schema="main",
        tables=[
            TableInfo("customers", "main", columns=[ColumnInfo("id", "INTEGER"), ColumnInfo("name", "TEXT"),
                                                    ColumnInfo("country", "TEXT"), ColumnInfo("signup_date", "DATE")],
                      primary_key=("id",)),
            TableInfo("orders", "main", columns=[ColumnInfo("id", "INTEGER"), ColumnInfo("customer_id", "INTEGER"),
                                                 ColumnInfo("ordered_at", "DATETIME"), ColumnInfo("status", "TEXT")],
                      primary_key=("id",), foreign_keys=[ForeignKey(("customer_id",), "customers", ("id",))]),
        ],
    )


VALUES = ValueIndex.from_dict({"customers": {"country": ["Germany", "Japan"]},
                               "orders": {"status": ["paid", "refunded"]}})


@pytest.mark.parametrize(
    "question",
    [
        "What is the meaning of life?",
        "How many spaceships are there?",
        "How many premium customers are there?",
        "Show customers with a loyalty card",
        "Which customers have never xyzzied?",
        "What is the most fragrant?",
        "   ",
    ],
)
def test_not_confident_questions_raise(question: str) -> None:
    with pytest.raises(TranslationError):
        translate(question, shop(), VALUES, dialect="sqlite", today=dt.date(2025, 6, 15))


def test_translation_error_is_an_aishell_error_with_exit_code_1() -> None:
    assert issubclass(TranslationError, AishellError)
    assert not issubclass(TranslationError, QueryError)
    with pytest.raises(TranslationError) as info:
        translate("How many unicorns live here?", shop(), VALUES, dialect="sqlite")
    assert info.value.exit_code == 1
    assert info.value.one_line()
    assert "\n" not in info.value.one_line()


def test_empty_catalog_raises() -> None:
    with pytest.raises(TranslationError):
        translate("How many customers are there?", Catalog(), ValueIndex(), dialect="sqlite")


def test_confidence_drops_with_unknown_words() -> None:
    sure = translate("How many customers are from Germany?", shop(), VALUES, dialect="sqlite")
    unsure = translate("How many customers are from Germany, roughly speaking?", shop(), VALUES, dialect="sqlite")
    assert sure.confidence == 1.0
    assert unsure.confidence < sure.confidence
    assert sure.explanation and "\n" not in sure.explanation


def test_numbers_that_fit_nowhere_raise() -> None:
    with pytest.raises(TranslationError):
        translate("Which customers ordered in both 2023 and 2024?", shop(), VALUES, dialect="sqlite")


def test_unknown_attributes_raise() -> None:
    with pytest.raises(TranslationError):
        translate("How many customers have a passport?", shop(), VALUES, dialect="sqlite")


def test_unexpected_failures_read_as_translation_errors(monkeypatch: pytest.MonkeyPatch) -> None:
    from aishell.ai.offline import planner

    def boom(st: object) -> None:
        raise KeyError("gap in the rules")

    monkeypatch.setattr(planner, "PASSES", (*planner.PASSES[:3], boom))
    with pytest.raises(TranslationError, match="gap in the rules"):
        translate("How many customers are there?", shop(), VALUES, dialect="sqlite")
