"""Issue 14: rules learned in the nineteenth session from the refusals and wrong answers of the blind corpora.
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
