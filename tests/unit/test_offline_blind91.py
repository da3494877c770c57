"""Ninety-first blind measure of the offline translator: health, care and wellbeing, taken in the twenty-first
session.

Six schemas: a home-care service (``pflegedienst``, German names and values, 'J'/'N' flags, a reports-to
self-reference), a blood-pressure screening programme (``bpscreen``, SCREAMING_SNAKE with ``BPS_`` table prefixes and
``_CD``/``_DT``/``_FLG`` columns), a sleep clinic's equipment loans (``sleeploans``, an attribute/value table beside
normal tables), a pharmacy delivery van (``pharmvan``, one timestamp in Unix epoch seconds), a sports massage clinic
(``sportsmassage``, 'T'/'F' flags, a referred-by self-reference) and mobile chiropody rounds (``chiropody``,
PascalCase).

The questions in ``nl2sql_blind91/questions.jsonl`` and their gold SQL were written and frozen by a helper that
never saw the translator, before it was run on them.  Reads are judged by execution (correct, wrong or refused);
``writes.jsonl`` holds change requests whose right answer is a refusal.
Held out while the session's earlier rules were made, the first run (2026-12-06, commit 23552f8) measured 32 correct,
9 wrong (7.5%) and 79 refused of the 120 reads; all 12 write requests were refused.  No question or gold
answer was changed after that run.
At the end of the session (commit c26971d's rules): 35 correct, 5 wrong (4.2%), 80 refused; all 12
write requests refused; at most 5% wrong is held.
"""

from __future__ import annotations

from pathlib import Path

from nl2sql_blind91.build import BUILDERS
from nl2sql_data.blind import corpus_tests

_tests = corpus_tests(Path(__file__).parent / "nl2sql_blind91", BUILDERS, databases=6, reads_per_db=20)
globals().update(_tests)
