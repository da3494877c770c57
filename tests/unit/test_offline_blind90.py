"""Ninetieth blind measure of the offline translator: money, trade and small business, taken in the twenty-first
session.

Six schemas: a flea-market traders' association (``brocante``, French names and values), a crowdfunding platform
(``crowdfund``, ``*_at`` timestamps and ``deleted_at`` soft deletes, a three-level parent-category self-reference), a
cycle-to-work leasing scheme (``bikelease``, integer status and type codes explained in lookup tables), a wedding
dress boutique (``bridalwear``, quoted names with spaces, a manager self-reference), co-working cafés
(``deskhub``, an attribute/value table beside normal tables, a GBP/EUR currency column) and a second-hand bookshop
chain (``bookbarn``, PascalCase singular tables with ``<Table>Id`` keys).

The questions in ``nl2sql_blind90/questions.jsonl`` and their gold SQL were written and frozen by a helper that
never saw the translator, before it was run on them.  Reads are judged by execution (correct, wrong or refused);
``writes.jsonl`` holds change requests whose right answer is a refusal.
The first run (2026-12-06, commit f7bc426, before any change made for these misses) measured 26 correct,
9 wrong (7.5%) and 85 refused of the 120 reads; all 12 write requests were refused.  No question or gold
answer was changed after that run.
At the end of the session (commit c26971d's rules): 29 correct, 4 wrong (3.3%), 87 refused; all 12 write
requests refused; at most 5% wrong is held.
"""

from __future__ import annotations

from pathlib import Path

from nl2sql_blind90.build import BUILDERS
from nl2sql_data.blind import corpus_tests

_tests = corpus_tests(Path(__file__).parent / "nl2sql_blind90", BUILDERS, databases=6, reads_per_db=20)
globals().update(_tests)
