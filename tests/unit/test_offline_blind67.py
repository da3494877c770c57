"""Sixty-seventh blind measure of the offline translator: health, care, education and community services, taken at the end of the eighteenth
session after every rule drawn from blind62 to blind65.

Six schemas: a speech and language therapy practice (``speechtherapy``, SQL Server PascalCase singular tables, fees in
pence), ambulance incidents (``ambulance``, a ``dim_``/``fact_`` star, times in seconds), a school immunisation team
(``immunisation``, legacy upper-case abbreviations, ``YYYYMMDD`` integers, single-letter codes), a stop-smoking
service (``stopsmoking``, Hungarian prefixes, a referral self-reference), an exam-invigilation agency
(``invigilation``, natural and composite keys) and community mobility-equipment loans (``mobilityloans``, quoted names
with spaces, a NULL return date while an item is out).

The questions in ``nl2sql_blind67/questions.jsonl`` and their gold SQL were written and frozen by a helper that
never saw the translator, before it was run on them.  Reads are judged by execution (correct, wrong or refused);
``writes.jsonl`` holds change requests whose right answer is a refusal.
The first run (2026-12-06, commit 109872c, before any change made for these misses) measured 43 correct,
4 wrong (3.3%) and 73 refused of the 120 reads; all 12 write requests were refused.  No question or gold answer
was changed after that run.
At the end of the session: 44 correct, 2 wrong (1.7%), 74 refused; at most 5% wrong is held.
"""

from __future__ import annotations

from pathlib import Path

from nl2sql_blind67.build import BUILDERS
from nl2sql_data.blind import corpus_tests

_tests = corpus_tests(Path(__file__).parent / "nl2sql_blind67", BUILDERS, databases=6, reads_per_db=20)
globals().update(_tests)
