"""Eighty-fifth blind measure of the offline translator: public sector, utilities and infrastructure, taken in the twentieth session.

Six schemas: cemeteries (``cemeteries``, short cryptic names with numbers, letter codes), road defects
(``roaddefects``, codes explained only by a code table, a supervisor self-reference), pipe leaks (``pipeleaks``,
units in column names), social housing (``socialhousing``, valid_from/valid_to history), a power-outage warehouse
(``outagedw``, dim_/fact_ tables keyed YYYYMMDD) and a civil registry (``civilregistry``, Hungarian-style n_/s_/d_/b_
prefixes, a manager self-reference).

The questions in ``nl2sql_blind85/questions.jsonl`` and their gold SQL were written and frozen by a helper that
never saw the translator, before it was run on them.  Reads are judged by execution (correct, wrong or refused);
``writes.jsonl`` holds change requests whose right answer is a refusal.
The first run (2026-12-06, commit 6894233, before any change made for these misses) measured 43 correct,
8 wrong (6.7%) and 69 refused of the 120 reads; all 12 write requests were refused.  No question or gold
answer was changed after that run.
At the end of the session (commit 7bcd542's rules): 44 correct, 6 wrong (5.0%), 70 refused; all 12 write
requests refused; at most 5% wrong is held.
"""

from __future__ import annotations

from pathlib import Path

from nl2sql_blind85.build import BUILDERS
from nl2sql_data.blind import corpus_tests

_tests = corpus_tests(Path(__file__).parent / "nl2sql_blind85", BUILDERS, databases=6, reads_per_db=20)
globals().update(_tests)
