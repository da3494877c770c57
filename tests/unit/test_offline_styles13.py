"""Issue 14: rules learned in the nineteenth session from the refusals and wrong answers of the blind corpora.
Each test builds its own tiny catalog; the point is the rule, not a wording of those corpora.
"""

from __future__ import annotations

import sqlite3

import pytest
from test_offline_styles import col, fk, sql, table

from aishell.ai.offline import TranslationError
from aishell.ai.offline.translate import write_request
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


# ---------------------------------------------------------------- ranked by the rows a self-reference points from
def club() -> Catalog:
    return Catalog(tables=[
        table("members", [col("member_id", INT), col("full_name"), col("referred_by", INT)], ("member_id",),
              fk("referred_by", "members", "member_id")),
    ])  # fmt: skip


CLUB = """
CREATE TABLE members(member_id INTEGER PRIMARY KEY, full_name TEXT, referred_by INTEGER REFERENCES members(member_id));
INSERT INTO members VALUES (1, 'Ada', NULL), (2, 'Ben', NULL), (3, 'Cy', NULL), (4, 'Di', 1), (5, 'Ed', 2),
  (6, 'Flo', 2), (7, 'Gus', NULL);
"""


@pytest.mark.parametrize("q", [
    "Which member has referred the most new members?",
    "Which member referred the most other members?",
    "Who has referred the most people?",
])  # fmt: skip
def test_rows_are_ranked_by_the_rows_their_self_reference_points_from(q: str) -> None:
    out = sql(q, club())
    rows = run(out, CLUB)
    assert [r[0] for r in rows] == ["Ben"]  # two referred, and the four members referred by nobody are no group
    assert rows[0][-1] == 2


def test_the_fewest_by_a_self_reference_is_refused() -> None:
    with pytest.raises(TranslationError):
        sql("Which member has referred the fewest members?", club())


# ---------------------------------------------------------------- a write said with a verb that is also a noun
def roaming() -> Catalog:
    return Catalog(tables=[
        table("subscriber", [col("sub_id", INT), col("sub_name"), col("roam_bar_yn")], ("sub_id",)),
    ])  # fmt: skip


def test_barring_someone_from_something_is_a_write() -> None:
    with pytest.raises(TranslationError, match="does not write"):
        sql("Bar subscriber Ingrid Yilmaz from roaming.", roaming())


@pytest.mark.parametrize("q", ["bar charts of sales from 2024", "bar staff per shift", "bar tabs opened from 6pm"])
def test_bar_as_a_noun_is_no_write(q: str) -> None:
    assert write_request(q) is None


# ---------------------------------------------------------------- two bare words are never one verb of a join
def wool() -> Catalog:
    return Catalog(tables=[
        table("FRMR", [col("FRMNO", INT), col("NAME1"), col("ORGFL")], ("FRMNO",)),
        table("BUYR", [col("BUYNO", INT), col("BNAME")], ("BUYNO",)),
        table("RCPT", [col("RCPNO", INT), col("FRMNO", INT)], ("RCPNO",), fk("FRMNO", "FRMR", "FRMNO")),
        table("SALE", [col("SALNO", INT), col("RCPNO", INT), col("BUYNO", INT)], ("SALNO",),
              fk("RCPNO", "RCPT", "RCPNO"), fk("BUYNO", "BUYR", "BUYNO")),
    ])  # fmt: skip


def test_a_verb_followed_by_a_word_nothing_reads_is_refused() -> None:
    with pytest.raises(TranslationError, match="certified"):
        sql("List the names of the farms that are certified organic.", wool())


def readable_wool() -> Catalog:
    return Catalog(tables=[
        table("farmer", [col("farmer_no", INT), col("farm_name")], ("farmer_no",)),
        table("buyer", [col("buyer_no", INT), col("buyer_name")], ("buyer_no",)),
        table("receipt", [col("receipt_no", INT), col("farmer_no", INT)], ("receipt_no",),
              fk("farmer_no", "farmer", "farmer_no")),
        table("sale", [col("sale_no", INT), col("receipt_no", INT), col("buyer_no", INT)], ("sale_no",),
              fk("receipt_no", "receipt", "receipt_no"), fk("buyer_no", "buyer", "buyer_no")),
    ])  # fmt: skip


def test_a_verb_with_its_particle_still_joins() -> None:
    out = sql("Which buyers have bought something from farmers?", readable_wool())
    assert "JOIN receipt" in out and "JOIN farmer" in out
