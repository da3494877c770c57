"""Seventy-first blind measure of the offline translator: public services, legal and government, taken in the nineteenth session.

Six schemas: a coroner's office (``coroner``, ``tbl_`` PascalCase, a manager self-reference), jury service
(``juryservice``, columns that repeat their table's name, expenses in pence), an employment tribunal (``tribunal``,
Unix epoch seconds), a probation service (``probation``, vowel-dropped names, a supervisor self-reference), a land
registry (``landregistry``, natural and composite keys with a composite foreign key) and prison visits
(``prisonvisits``, quoted names with spaces).

The questions in ``nl2sql_blind71/questions.jsonl`` and their gold SQL were written and frozen by a helper that
never saw the translator, before it was run on them.  Reads are judged by execution (correct, wrong or refused);
``writes.jsonl`` holds change requests whose right answer is a refusal.
The first run (2026-12-06, commit 2eae4cd, before any change made for these misses) measured 16 correct,
11 wrong (9.2%) and 93 refused of the 120 reads; all 12 write requests were refused.  No question or gold
answer was changed after that run.
At the end of the session (commit b1dbdca's rules): 18 correct, 3 wrong (2.5%), 99 refused; all 12 write requests
refused; at most 5% wrong is held.
"""

from __future__ import annotations

from pathlib import Path

from nl2sql_blind71.build import BUILDERS
from nl2sql_data.blind import corpus_tests

_tests = corpus_tests(Path(__file__).parent / "nl2sql_blind71", BUILDERS, databases=6, reads_per_db=20)
globals().update(_tests)
