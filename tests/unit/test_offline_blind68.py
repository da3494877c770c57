"""Sixty-eighth blind measure of the offline translator: transport and travel infrastructure, taken in the nineteenth session.

Six schemas: a mountain cable-car operator (``cablecar``, Oracle-style table-prefixed upper-case columns, a manager
self-reference), marine pilotage at a port (``pilotage``, units in column names, fees in pence), council school
transport (``schoolbus``, integer codes into lookup tables and 0/1 flags), highway bridge inspections
(``bridgeinspect``, Rails style with soft deletes), lorry weight enforcement (``weighstation``, Unix epoch
seconds) and a lighthouse authority (``lighthouses``, columns that repeat their table's name, a mentor
self-reference and a link table).

The questions in ``nl2sql_blind68/questions.jsonl`` and their gold SQL were written and frozen by a helper that
never saw the translator, before it was run on them.  Reads are judged by execution (correct, wrong or refused);
``writes.jsonl`` holds change requests whose right answer is a refusal.
The first run (2026-12-06, commit d630ab4, before any change made for these misses) measured 39 correct,
5 wrong (4.2%) and 76 refused of the 120 reads; all 12 write requests were refused.  No question or gold
answer was changed after that run.
At the end of the session (commit b1dbdca's rules): 40 correct, 3 wrong (2.5%), 77 refused; all 12 write requests
refused; at most 5% wrong is held.
"""

from __future__ import annotations

from pathlib import Path

from nl2sql_blind68.build import BUILDERS
from nl2sql_data.blind import corpus_tests

_tests = corpus_tests(Path(__file__).parent / "nl2sql_blind68", BUILDERS, databases=6, reads_per_db=20)
globals().update(_tests)
