"""Words: tokens, identifier splitting and the forms that linking compares."""

from __future__ import annotations

import pytest

from aishell.ai.offline.text import forms, norm_phrase, plural, singular, split_identifier, tokenize


def test_tokenize_kinds() -> None:
    toks = tokenize("How many customers haven't ordered since 2024-03-05? Show 'Ana Smith', $100.50, 10k")
    kinds = [(t.kind, t.low) for t in toks]
    assert ("word", "have") in kinds and ("word", "not") in kinds
    assert ("date", "2024-03-05") in kinds
    assert ("quoted", "ana smith") in kinds
    money = next(t for t in toks if t.low == "$100.50")
    assert money.value == 100.5 and money.currency
    assert next(t for t in toks if t.low == "10k").value == 10000.0


def test_number_words_and_hyphens() -> None:
    toks = tokenize("top-five best-selling products")
    assert [t.low for t in toks] == ["top", "five", "best", "selling", "products"]
    assert toks[1].kind == "number" and toks[1].value == 5.0
    assert [t.text for t in tokenize("O'Brien's orders")] == ["O'Brien", "orders"]


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("order_items", ["order", "items"]),
        ("signupDate", ["signup", "date"]),
        ("CustomerId", ["customer", "id"]),
        ("HTTPStatusCode", ["http", "status", "code"]),
        ("InvoiceLine", ["invoice", "line"]),
        ("unit_price2", ["unit", "price", "2"]),
    ],
)
def test_split_identifier(name: str, words: list[str]) -> None:
    assert split_identifier(name) == words


@pytest.mark.parametrize(
    ("word", "sing"),
    [("categories", "category"), ("statuses", "status"), ("courses", "course"), ("addresses", "address"),
     ("people", "person"), ("analysis", "analysis"), ("boxes", "box"), ("employees", "employee"), ("bus", "bus")],
)
def test_singular(word: str, sing: str) -> None:
    assert singular(word) == sing


def test_plural() -> None:
    assert plural("category") == "categories"
    assert plural("box") == "boxes"
    assert plural("person") == "people"


@pytest.mark.parametrize(
    ("a", "b"),
    [("ordered", "orders"), ("priced", "price"), ("enrolled", "enrollments"), ("born", "birth"),
     ("prescribed", "prescriptions"), ("shipping", "shipped"), ("sold", "sell")],
)
def test_forms_meet(a: str, b: str) -> None:
    assert forms(a) & forms(b)


def test_norm_phrase_ignores_punctuation() -> None:
    assert norm_phrase("Dr. Chloe Morel") == ("dr", "chloe", "morel")
