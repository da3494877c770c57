"""Hundred-and-second blind measure of the offline translator: health and social care,
taken in the twenty-third session.

Six schemas: home care visits (``domcare``, DB2-style upper-case names with
``_NBR``/``_CNT``/``_IND``/``_AMT``/``_DT`` and 'Y'/'N' flags, minutes beside seconds), GP practices (``gpsurgery``,
``t_``/``ref_`` tables, a supervisor self-reference), pharmacy dispensing (``dispensary``, 'DD/MM/YYYY' text dates
beside ISO ones), blood donation (``donorsessions``, upper-case names, needle time in seconds), physiotherapy
(``physiorehab``, ``t_``/``ref_`` tables) and care homes (``residentialcare``, a line-manager self-reference).

The questions in ``nl2sql_blind102/questions.jsonl`` and their gold SQL were written and frozen by a helper that never
saw the translator, before it was run on them.  Reads are judged by execution (correct, wrong or refused);
``writes.jsonl`` holds change requests whose right answer is a refusal.  The first run (2026-12-07, commit db26e8c,
whose translator is the twenty-second session's) measured 40 correct, 5 wrong (4.2%) and 75 refused of the 120 reads;
all 12 write requests were refused.  No question or gold answer was changed after that run.
At the end of the session (commit ee7a166's rules): 42 correct, 4 wrong (3.3%), 74 refused; all 12 write
requests refused; at most 5% wrong is held.
"""

from __future__ import annotations

from pathlib import Path

from nl2sql_blind102.build import BUILDERS
from nl2sql_data.blind import corpus_tests

_tests = corpus_tests(Path(__file__).parent / "nl2sql_blind102", BUILDERS, databases=6, reads_per_db=20)
globals().update(_tests)
