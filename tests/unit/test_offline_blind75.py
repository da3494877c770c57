"""Seventy-fifth blind measure of the offline translator: health, science and research, taken in the nineteenth session.

Six schemas: a regional sleep service (``sleepstudy``, a ``dim_``/``fact_`` star keyed YYYYMMDD), mosquito
surveillance on the Upper Rhine (``vectorwatch``, German names and 'J'/'N' flags, a self-reference and a composite
foreign key), a sports-science lab (``sportscience``, units in column names), a stability-testing lab (``stability``,
natural and composite keys), an online doctor service (``telehealth``, Rails style with soft deletes, a supervisor
self-reference) and a diagnostic imaging centre (``imagingcentre``, ``tbl_`` PascalCase, a self-reference).

The questions in ``nl2sql_blind75/questions.jsonl`` and their gold SQL were written and frozen by a helper that
never saw the translator, before it was run on them.  Reads are judged by execution (correct, wrong or refused);
``writes.jsonl`` holds change requests whose right answer is a refusal.
The first run (2026-12-06, commit e11aa01, before any change made for these misses) measured 28 correct,
6 wrong (5.0%) and 86 refused of the 120 reads; all 12 write requests were refused.  No question or gold
answer was changed after that run.
At the end of the session (commit b1dbdca's rules): 29 correct, 5 wrong (4.2%), 86 refused; all 12 write requests
refused; at most 5% wrong is held.
"""

from __future__ import annotations

from pathlib import Path

from nl2sql_blind75.build import BUILDERS
from nl2sql_data.blind import corpus_tests

_tests = corpus_tests(Path(__file__).parent / "nl2sql_blind75", BUILDERS, databases=6, reads_per_db=20)
globals().update(_tests)
