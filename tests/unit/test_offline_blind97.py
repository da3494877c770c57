"""Ninety-seventh blind measure of the offline translator: health, science and education back offices, taken in the
twenty-second session.

Six schemas: a radiotherapy department (``radiotherapy``, ``pt_id``/``appt_dt``/``dx_cd`` abbreviations, a code table,
seconds and minutes in column names), a biobank (``biobank``, ``<table>_key``/``<parent>_ref`` keys, ``deleted_at``
soft deletes), a nurse staff bank (``nursebank``, supervisor and referred-by self-joins), an ecology field station
(``fieldstation``, ``valid_from``/``valid_to`` histories), a first-aid trainer (``firstaid``, mixed-case status words,
minutes) and chemical stores (``chemstores``, code tables, pence, mL/g/L containers).

The questions in ``nl2sql_blind97/questions.jsonl`` and their gold SQL were written and frozen by a helper that never
saw the translator, before it was run on them.  Reads are judged by execution (correct, wrong or refused);
``writes.jsonl`` holds change requests whose right answer is a refusal. The first run (2026-12-07, commit b953b6a,
before any change made for these misses) measured 32 correct, 7 wrong (5.8%) and 81 refused of the 120 reads; all 12
write requests were refused.  No question or gold answer was changed after that run.
At the end of the session (commit 73f4d7c's rules): 36 correct, 2 wrong (1.7%), 82 refused; all 12 write requests
refused; at most 5% wrong is held.
"""

from __future__ import annotations

from pathlib import Path

from nl2sql_blind97.build import BUILDERS
from nl2sql_data.blind import corpus_tests

_tests = corpus_tests(Path(__file__).parent / "nl2sql_blind97", BUILDERS, databases=6, reads_per_db=20)
globals().update(_tests)
