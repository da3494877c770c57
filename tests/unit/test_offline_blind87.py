"""Eighty-seventh blind measure of the offline translator: public services and civic life, taken in the
twenty-first session.

Six schemas: a court interpreter service in Italy (``interpreti``, Italian names and values), a harbour master's
office (``harbourmaster``, Hungarian notation: ``tblVessel``, ``strVesselName``, ``curDailyRate``, ``bitDetained``), a
mobile blood-donor service (``donorvan``, a star schema of ``dim_*`` and ``fact_*`` tables keyed by surrogate keys and
YYYYMMDD date keys), primary school admissions (``admissions``, camelCase columns, 'Y'/'N' flags), an electoral
registration office (``electoralroll``, UPPER_SNAKE_CASE, dates held as YYYYMMDD integers, a line-manager
self-reference) and a lottery grants panel (``lotterygrants``, PascalCase, 'Yes'/'No' flags, a parent-organisation
self-reference).

The questions in ``nl2sql_blind87/questions.jsonl`` and their gold SQL were written and frozen by a helper that
never saw the translator, before it was run on them.  Reads are judged by execution (correct, wrong or refused);
``writes.jsonl`` holds change requests whose right answer is a refusal.
The first run (2026-12-06, commit f7bc426, before any change made for these misses) measured 17 correct,
6 wrong (5.0%) and 97 refused of the 120 reads; all 12 write requests were refused.  No question or gold
answer was changed after that run.
At the end of the session (commit c26971d's rules): 18 correct, 4 wrong (3.3%), 98 refused; all 12 write
requests refused; at most 5% wrong is held.
"""

from __future__ import annotations

from pathlib import Path

from nl2sql_blind87.build import BUILDERS
from nl2sql_data.blind import corpus_tests

_tests = corpus_tests(Path(__file__).parent / "nl2sql_blind87", BUILDERS, databases=6, reads_per_db=20)
globals().update(_tests)
