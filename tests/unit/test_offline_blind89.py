"""Eighty-ninth blind measure of the offline translator: nature, outdoors and animals, taken in the twenty-first
session.

Six schemas: Polish bird-ringing stations (``birdringing``, Polish names and values, ``masa_g``), a beach-clean
network (``beachclean``, snake_case abbreviations: ``beach_nm``, ``evt_dt``, ``dur_min``, ``wt_kg``), a donkey
sanctuary (``donkeysanctuary``, ``tbl_*`` tables with ``col_*`` columns), a ranger service (``parkrangers``, a
posting history with ``valid_from``/``valid_to`` and a manager self-reference), a bat survey group (``batsurvey``,
'yes'/'no' text flags) and a falconry centre (``falconry``, units in column names, a mother self-reference).

The questions in ``nl2sql_blind89/questions.jsonl`` and their gold SQL were written and frozen by a helper that
never saw the translator, before it was run on them.  Reads are judged by execution (correct, wrong or refused);
``writes.jsonl`` holds change requests whose right answer is a refusal.
The first run (2026-12-06, commit f7bc426, before any change made for these misses) measured 32 correct,
5 wrong (4.2%) and 83 refused of the 120 reads; all 12 write requests were refused.  No question or gold
answer was changed after that run.
At the end of the session (commit c26971d's rules): 36 correct, 3 wrong (2.5%), 81 refused; all 12 write
requests refused; at most 5% wrong is held.
"""

from __future__ import annotations

from pathlib import Path

from nl2sql_blind89.build import BUILDERS
from nl2sql_data.blind import corpus_tests

_tests = corpus_tests(Path(__file__).parent / "nl2sql_blind89", BUILDERS, databases=6, reads_per_db=20)
globals().update(_tests)
