"""Ninety-fourth blind measure of the offline translator: public services and local government, taken in the
twenty-second session.

Six schemas: disabled parking badges (``bluebadge``, Django ORM table names, UTC ``+00:00`` timestamps, integer status
codes in a lookup table, fees in pence, a replaces-badge self-reference), business rates (``businessrates``, SCD
type-2 dimensions with ``effective_from``/``effective_to``/``is_current``, money in pence), road-drain cleansing
(``gullies``, plural PascalCase tables, Welsh values, seconds on site), an Irish county council's meetings
(``councilmeetings``, Irish labels, a party history, a parent-committee self-reference), fly-tipping enforcement
(``flytipping``, Django ORM) and playground inspections (``playparks``, integer status codes, a supervisor self-
reference).

The questions in ``nl2sql_blind94/questions.jsonl`` and their gold SQL were written and frozen by a helper that never
saw the translator, before it was run on them.  Reads are judged by execution (correct, wrong or refused);
``writes.jsonl`` holds change requests whose right answer is a refusal. The first run (2026-12-07, commit b953b6a,
before any change made for these misses) measured 48 correct, 5 wrong (4.2%) and 67 refused of the 120 reads; all 12
write requests were refused.  No question or gold answer was changed after that run.
At the end of the session (commit 73f4d7c's rules): 50 correct, 3 wrong (2.5%), 67 refused; all 12 write requests
refused; at most 5% wrong is held.
"""

from __future__ import annotations

from pathlib import Path

from nl2sql_blind94.build import BUILDERS
from nl2sql_data.blind import corpus_tests

_tests = corpus_tests(Path(__file__).parent / "nl2sql_blind94", BUILDERS, databases=6, reads_per_db=20)
globals().update(_tests)
