"""Fifty-seventh blind measure of the offline translator: home, garden and local trades, taken in the
seventeenth session after the rules drawn from blind48 to blind55.

Six schemas: a domestic electrician (``electrician``, PascalCase plurals with a NULL ``EndDate`` for current rows and
``Electricians.MentorId``), a lawn-care service (``lawncare``, lowercase abbreviations with a type suffix:
``cust_fnm``, ``join_dt``, ``rslv_flg``), a blinds fitter (``blinds``, camelCase with 'yes'/'no' text flags), a
decorating firm (``decorators``, UPPER case with numbers in names: ``ADDR1``, ``QTR1_DAYS``), appliance repair
(``appliancerepair``, money as INTEGER cents with VAT in its own table) and a fencing contractor (``fencing``, one
``people`` table linked twice from jobs, as customer and as referrer).

The questions in ``nl2sql_blind57/questions.jsonl`` and their gold SQL were written and frozen by a helper that
never saw the translator, before it was run on them.  Reads are judged by execution (correct, wrong or refused);
``writes.jsonl`` holds change requests whose right answer is a refusal.
The first run (2026-12-06, commit 0ff8c47, before any change made for these misses) measured 52 correct,
12 wrong (10.0%) and 56 refused of the 120 reads; all 12 write requests were refused.  No question or gold answer
was changed after that run.
At the end of the session: 54 correct, 5 wrong (4.2%), 61 refused; at most 5% wrong is held.
"""

from __future__ import annotations

from pathlib import Path

from nl2sql_blind57.build import BUILDERS
from nl2sql_data.blind import corpus_tests

_tests = corpus_tests(
    Path(__file__).parent / "nl2sql_blind57",
    BUILDERS,
    databases=6,
    reads_per_db=20,
)
globals().update(_tests)
