"""Issue 14: rules learned in the twentieth session from the refusals and wrong answers of the blind corpora.
Each test builds its own tiny catalog; the point is the rule, not a wording of those corpora.
"""

from __future__ import annotations

import sqlite3

import pytest
from test_offline_styles import col, fk, sql, table

from aishell.ai.offline import TranslationError
from aishell.engines.base import Catalog

INT = "integer"


def run(query: str, script: str) -> list[tuple[object, ...]]:
    """``query``'s rows on an in-memory SQLite database made by ``script``."""
    conn = sqlite3.connect(":memory:")
    try:
        conn.executescript(script)
        return conn.execute(query).fetchall()
    finally:
        conn.close()


# ---------------------------------------------------------------- a noun before the group's noun ("exam board")
def exams() -> Catalog:
    return Catalog(tables=[
        table("site", [col("site_id", INT), col("site_name")], ("site_id",)),
        table("paper", [col("paper_id", INT), col("paper_title"), col("board"), col("site_id", INT)], ("paper_id",),
              fk("site_id", "site", "site_id")),
    ])  # fmt: skip


EXAMS = """
CREATE TABLE site(site_id INTEGER PRIMARY KEY, site_name TEXT);
CREATE TABLE paper(paper_id INTEGER PRIMARY KEY, paper_title TEXT, board TEXT, site_id INTEGER);
INSERT INTO site VALUES (1, 'North'), (2, 'South');
INSERT INTO paper VALUES (1, 'Maths 1', 'AQA', 1), (2, 'Maths 2', 'AQA', 2), (3, 'Physics', 'OCR', 1);
"""


@pytest.mark.parametrize("q", ["How many papers does each exam board have?", "How many papers per exam board?"])
def test_a_noun_before_the_group_noun_names_its_kind(q: str) -> None:
    out = sql(q, exams())
    assert "GROUP BY" in out
    assert sorted(run(out, EXAMS)) == [("AQA", 2), ("OCR", 1)]


@pytest.mark.parametrize("word", ["closed", "remaining", "regional", "active"])
def test_a_describing_word_before_the_group_noun_is_never_dropped(word: str) -> None:
    """ "each closed site" tests a state the catalog does not hold: refused, never every site."""
    with pytest.raises(TranslationError):
        sql(f"How many papers does each {word} site have?", exams())


# ---------------------------------------------------------------- abbreviations typed in the question
def billing(amount: str = "amount") -> Catalog:
    return Catalog(tables=[
        table("accounts", [col("id", INT), col("acct_name"), col("country")], ("id",)),
        table("invoices", [col("id", INT), col("account_id", INT), col(amount, "numeric"), col("status")], ("id",),
              fk("account_id", "accounts", "id")),
    ])  # fmt: skip


BILLING = """
CREATE TABLE accounts(id INTEGER PRIMARY KEY, acct_name TEXT, country TEXT);
CREATE TABLE invoices(id INTEGER PRIMARY KEY, account_id INTEGER, amount NUMERIC, status TEXT);
INSERT INTO accounts VALUES (1, 'Acme', 'UK'), (2, 'Bolt', 'FR'), (3, 'Cog', 'UK');
INSERT INTO invoices VALUES (1, 1, 10, 'O'), (2, 1, 5, 'P'), (3, 2, 7, 'O'), (4, 3, 2, 'O');
"""


@pytest.mark.parametrize("q", ["invoice amt by country", "total invoice amt per acct country"])
def test_a_typed_abbreviation_reads_as_its_full_word(q: str) -> None:
    out = sql(q, billing())
    assert "SUM(invoices.amount)" in out
    assert sorted(run(out, BILLING)) == [("FR", 7), ("UK", 17)]


def test_an_abbreviation_that_links_to_nothing_is_no_verb_joining_tables() -> None:
    """Without an amount column, "amt" is refused by name; it never reads as a verb relating invoices and accounts
    (which gave a count of invoices)."""
    with pytest.raises(TranslationError, match="'amt'"):
        sql("invoice amt by country", billing(amount="total_due"))


# ---------------------------------------------------------------- "their order count" is a count per row
def shop() -> Catalog:
    return Catalog(tables=[
        table("customers", [col("id", INT), col("first_name"), col("last_name")], ("id",)),
        table("orders", [col("id", INT), col("customer_id", INT), col("ordered_on", "date")], ("id",),
              fk("customer_id", "customers", "id")),
    ])  # fmt: skip


def test_their_count_of_other_rows_is_never_one_total() -> None:
    with pytest.raises(TranslationError, match="'count'"):
        sql("customers with more than 6 orders + their order count", shop())


# ---------------------------------------------------------------- a type's name does not name the row
def test_the_name_of_a_rows_type_is_not_its_display_name() -> None:
    """pln_typ_nm in a plan table names the plan's type: the plan is shown by its description."""
    cat = Catalog(tables=[
        table("hr_emp_mst", [col("emp_nbr", INT), col("emp_nm")], ("emp_nbr",)),
        table("hr_bnft_pln_lkp", [col("pln_cd"), col("pln_desc"), col("pln_typ_nm")], ("pln_cd",)),
        table("hr_emp_bnft_xref", [col("emp_nbr", INT), col("pln_cd")], ("emp_nbr", "pln_cd"),
              fk("emp_nbr", "hr_emp_mst", "emp_nbr"), fk("pln_cd", "hr_bnft_pln_lkp", "pln_cd")),
    ])  # fmt: skip
    out = sql("how many employees are enrolled in each plan", cat)
    assert "pln_desc" in out and "pln_typ_nm" not in out
