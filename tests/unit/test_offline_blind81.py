"""Eighty-first blind measure of the offline translator: finance, insurance and professional services, taken in the twentieth session.

Six schemas: a credit union (``creditunion``, type-suffixed columns: _txt, _dt, _amt, _flg), a reinsurer
(``reinsurance``, SCREAMING_SNAKE names, a parent self-reference), an audit firm (``auditfirm``, soft deletes and
created_at/updated_at, a manager self-reference), a stockbroker (``stockbroker``, pounds as REAL beside share
counts), a loss adjuster (``lossadjust``, valid_from/valid_to history tables, pence) and a mortgage broker
(``mortgagebroker``, mixed singular and plural tables, <table>_no/<table>_ref keys).

The questions in ``nl2sql_blind81/questions.jsonl`` and their gold SQL were written and frozen by a helper that
never saw the translator, before it was run on them.  Reads are judged by execution (correct, wrong or refused);
``writes.jsonl`` holds change requests whose right answer is a refusal.
The first run (2026-12-06, commit 15a2be9, before any change made for these misses) measured 48 correct,
7 wrong (5.8%) and 65 refused of the 120 reads; all 12 write requests were refused.  No question or gold
answer was changed after that run.
At the end of the session (commit 7bcd542's rules): 51 correct, 1 wrong (0.8%), 68 refused; all 12 write
requests refused; at most 5% wrong is held.
"""

from __future__ import annotations

from pathlib import Path

from nl2sql_blind81.build import BUILDERS
from nl2sql_data.blind import corpus_tests

_tests = corpus_tests(Path(__file__).parent / "nl2sql_blind81", BUILDERS, databases=6, reads_per_db=20)
globals().update(_tests)
