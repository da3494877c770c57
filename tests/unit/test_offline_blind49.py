"""Forty-ninth blind measure of the offline translator: six community and sport domains, taken in the
seventeenth session.

Six schemas: a neighbourhood time bank (``timebank``, lowerCamelCase with a self-referencing ``referredBy``), an
archery club (``archery``, UPPERCASE tables with a three-letter prefix on every column: ``CMP_DATE``), a free advice
centre (``advicecentre``, plural snake_case with yes/no kept as the text 'true'/'false'), a martial-arts club
(``dojo``, single-table inheritance: ``person.kind`` is instructor, parent or student, with ``guardian_id`` pointing
from a child to a parent), council sports-pitch hire (``sportspitches``, PascalCase with net, discount and VAT
amounts as REAL) and meals on wheels (``mealsonwheels``, Title_Snake_Case with monthly figures dated by integer
``Period_Year`` and ``Period_Month``).

The questions in ``nl2sql_blind49/questions.jsonl`` and their gold SQL were written and frozen by a helper that
never saw the translator, before it was run on them (only ``order_col``, written as a column name, was turned into
the column's index, which the scorer reads).  Reads are judged by execution (correct, wrong or refused);
``writes.jsonl`` holds change requests whose right answer is a refusal.
The first run (2026-12-06, commit 4328690, before any change made for these misses) measured 48 correct,
7 wrong (5.8%) and 65 refused of the 120 reads; all 12 write requests were refused.  No question or gold answer
was changed after that run.
At the end of the session: 50 correct, 4 wrong (3.3%), 66 refused; at most 5% wrong is held.
"""

from __future__ import annotations

from pathlib import Path

from nl2sql_blind49.build import BUILDERS
from nl2sql_data.blind import corpus_tests

_tests = corpus_tests(
    Path(__file__).parent / "nl2sql_blind49",
    BUILDERS,
    databases=6,
    reads_per_db=20,
)
globals().update(_tests)
