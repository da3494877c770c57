"""Eighth blind measure of the offline translator: six schemas in everyday domains not used before.

The questions in ``nl2sql_blind8/questions.jsonl`` and their gold SQL were written and frozen
before the translator was run on them (an allotment society with a tenant ``referred_by``
self-reference and NULL plots for the waiting list, a driving school with an instructor
``senior_id`` self-reference, a pottery studio with NULL ``firing_id`` for unfired pieces and a
newsagent's delivery rounds with a customer-publication link table, all in plain snake_case; a
scout group with PascalCase names and a ``BadgeAwards`` link table; a council waste collection
service with short abbreviated names: ``rnd``, ``veh``, ``prop``, ``coll``, ``cmpl``, ``wt_t``).
Reads are judged by execution (correct, wrong or refused); ``writes.jsonl`` holds change
requests whose right answer is a refusal.  Counts, every wrong and refused question and the
translation times are printed (``pytest -s``).
The first run (2026-12-05, before any change made for these misses) measured 98 correct, 6 wrong
(5.0%) and 16 refused of the 120 reads, and refused all 12 write requests; 110 correct, 6 wrong
and 16 refused of all 132.  No question or gold answer was changed after that run.  At most 5%
wrong is held (the first run sits exactly at the limit); 90% correct is an expected failure until
reached.  Changed since for one of its misses: "nobody" and "no one" negate (ne-18): 99 correct, 5
wrong, 16 refused.
"""

from __future__ import annotations

from pathlib import Path

from nl2sql_blind8.build import BUILDERS
from nl2sql_data.blind import corpus_tests

_tests = corpus_tests(Path(__file__).parent / "nl2sql_blind8", BUILDERS, databases=6, reads_per_db=20)
globals().update(_tests)
