"""Ninety-fifth blind measure of the offline translator: manufacturing, energy and utilities, taken in the
twenty-second session.

Six schemas: a paint maker (``paintmix``, SAP-style upper-case abbreviations such as ``MAT_MSTR`` and ``PSTNG_DT``,
ERP codes, unit-of-measure columns), a German brickworks (``ziegelei``, German abbreviations and values, a reports-to
self-reference), quarries (``quarry``, explicit unit columns in kg and t), grid batteries (``gridbattery``, epoch
milliseconds), a pump maker (``pumpworks``, a three-level bill-of-materials self-reference) and a pallet repairer
(``palletrepair``, ``*_no``/``*_cd``/``*_ind``/``*_ts``/``*_pence`` suffixes).

The questions in ``nl2sql_blind95/questions.jsonl`` and their gold SQL were written and frozen by a helper that never
saw the translator, before it was run on them.  Reads are judged by execution (correct, wrong or refused);
``writes.jsonl`` holds change requests whose right answer is a refusal. The first run (2026-12-07, commit b953b6a,
before any change made for these misses) measured 27 correct, 6 wrong (5.0%) and 87 refused of the 120 reads; all 12
write requests were refused.  No question or gold answer was changed after that run.
At the end of the session (commit 73f4d7c's rules): 29 correct, 2 wrong (1.7%), 89 refused; all 12 write requests
refused; at most 5% wrong is held.
"""

from __future__ import annotations

from pathlib import Path

from nl2sql_blind95.build import BUILDERS
from nl2sql_data.blind import corpus_tests

_tests = corpus_tests(Path(__file__).parent / "nl2sql_blind95", BUILDERS, databases=6, reads_per_db=20)
globals().update(_tests)
