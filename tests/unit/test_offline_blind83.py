"""Eighty-third blind measure of the offline translator: healthcare, social care and wellbeing, taken in the twentieth session.

Six schemas: a hospice (``hospice``, German names and values, a supervisor self-reference), a dialysis unit
(``dialysis``, abbreviations with type suffixes), fostering (``fostering``, PascalCase tables, snake_case columns,
integer status codes into a lookup table, a manager self-reference), a crisis line (``crisisline``, timestamps with a
'+00' zone, _yn flags, a mentor self-reference), a dietetics service (``dietetics``, a wide export table) and a
maternity unit (``maternity``, camelCase, zoned timestamps, a code lookup).

The questions in ``nl2sql_blind83/questions.jsonl`` and their gold SQL were written and frozen by a helper that
never saw the translator, before it was run on them.  Reads are judged by execution (correct, wrong or refused);
``writes.jsonl`` holds change requests whose right answer is a refusal.
The first run (2026-12-06, commit 6894233, before any change made for these misses) measured 30 correct,
3 wrong (2.5%) and 87 refused of the 120 reads; all 12 write requests were refused.  No question or gold
answer was changed after that run.
At the end of the session (commit 7bcd542's rules): 31 correct, 2 wrong (1.7%), 87 refused; all 12 write
requests refused; at most 5% wrong is held.
"""

from __future__ import annotations

from pathlib import Path

from nl2sql_blind83.build import BUILDERS
from nl2sql_data.blind import corpus_tests

_tests = corpus_tests(Path(__file__).parent / "nl2sql_blind83", BUILDERS, databases=6, reads_per_db=20)
globals().update(_tests)
