"""Sixty-sixth blind measure of the offline translator: hospitality, travel, food and retail, taken at the end of the eighteenth
session after every rule drawn from blind62 to blind65.

Six schemas: a river-cruise line (``rivercruise``, natural keys such as port and voyage codes, composite keys), a chain
of airport lounges (``airportlounge``, Hungarian prefixes ``lngMemberID``/``curDayPassPrice``/``bShowers``, two
self-references), a conveyor-belt sushi chain (``sushibar``, terse names ``nm``/``px``/``q``/``ts``, epoch seconds), a
souvenir wholesaler (``souvenirs``, legacy upper-case abbreviations ``CUSTMAST``/``ORDHDR``/``QTYORD``, ``YYYYMMDD``
integers), a food hall (``foodhall``, quoted names with spaces such as ``"Stall Leases"."End Date"``) and a chain of
butcher's shops (``butcher``, a ``dim_``/``fact_`` star).

The questions in ``nl2sql_blind66/questions.jsonl`` and their gold SQL were written and frozen by a helper that
never saw the translator, before it was run on them.  Reads are judged by execution (correct, wrong or refused);
``writes.jsonl`` holds change requests whose right answer is a refusal.
The first run (2026-12-06, commit 109872c, before any change made for these misses) measured 44 correct,
1 wrong (0.8%) and 75 refused of the 120 reads; all 12 write requests were refused.  No question or gold answer
was changed after that run.
At the end of the session: 44 correct, 0 wrong (0.0%), 76 refused; at most 5% wrong is held.
"""

from __future__ import annotations

from pathlib import Path

from nl2sql_blind66.build import BUILDERS
from nl2sql_data.blind import corpus_tests

_tests = corpus_tests(Path(__file__).parent / "nl2sql_blind66", BUILDERS, databases=6, reads_per_db=20)
globals().update(_tests)
