"""Seventieth blind measure of the offline translator: agriculture, environment and water, taken in the nineteenth session.

Six schemas: a salmon and trout hatchery (``hatchery``, units in column names), an irrigation district
(``irrigation``, Rails style with soft deletes), a wool marketing co-operative (``woolclip``, SAP-like cryptic
upper-case names, 'YYYYMMDD' text dates), a pollution incident log (``pollutionlog``, integer codes into lookup
tables), a maple syrup producer (``sugarbush``, Oracle-style table-prefixed columns, a manager self-reference)
and a borehole drilling contractor (``boreholes``, camelCase, a replaced-well self-reference).

The questions in ``nl2sql_blind70/questions.jsonl`` and their gold SQL were written and frozen by a helper that
never saw the translator, before it was run on them.  Reads are judged by execution (correct, wrong or refused);
``writes.jsonl`` holds change requests whose right answer is a refusal.
The first run (2026-12-06, commit 78b13ca, before any change made for these misses) measured 37 correct,
1 wrong (0.8%) and 82 refused of the 120 reads; all 12 write requests were refused.  No question or gold
answer was changed after that run.
At the end of the session (commit b1dbdca's rules): 39 correct, 0 wrong (0.0%), 81 refused; all 12 write requests
refused; at most 5% wrong is held.
"""

from __future__ import annotations

from pathlib import Path

from nl2sql_blind70.build import BUILDERS
from nl2sql_data.blind import corpus_tests

_tests = corpus_tests(Path(__file__).parent / "nl2sql_blind70", BUILDERS, databases=6, reads_per_db=20)
globals().update(_tests)
