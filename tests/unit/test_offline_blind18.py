"""Eighteenth blind measure of the offline translator: six analytics warehouses in the style of dbt models (``dim_``/``fct_``/``stg_``/``agg_`` tables, surrogate ``_key``/``_sk`` keys beside text ids, integer YYYYMMDD date keys with a ``dim_date``), asked as analysts ask.

The questions in ``nl2sql_blind18/questions.jsonl`` and their gold SQL were written and frozen by a
helper that never saw the translator, before it was run on them.  Reads are judged by execution
(correct, wrong or refused); ``writes.jsonl`` holds change requests whose right answer is a refusal.
Counts, every wrong and refused question and the translation times are printed (``pytest -s``).
The first run (2026-12-05, before any change made for these misses; the ``check`` lists, written as
column names, were turned into the positions the scorer reads) measured 53 correct, 18 wrong (15.0%) and 49 refused of the 120 reads, and answered 3 of the 12 write requests ("please record the churn", "should cost 7.99 from now on", "please give TK-50164 to AG-03" ran as reads).
No question or gold answer was changed after that run.  After rules drawn from its misses (and from the
other corpora of the same session): 73 correct, 6 wrong, 41 refused, every write refused; at most 5% wrong is held.
"""

from __future__ import annotations

from pathlib import Path

from nl2sql_blind18.build import BUILDERS
from nl2sql_data.blind import corpus_tests

_tests = corpus_tests(Path(__file__).parent / "nl2sql_blind18", BUILDERS, databases=6, reads_per_db=20)
globals().update(_tests)
