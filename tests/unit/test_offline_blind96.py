"""Ninety-sixth blind measure of the offline translator: hobby, culture and leisure clubs, taken in the
twenty-second session.

Six schemas: a Catalan human-tower team (``castellers``, Catalan names and values), a Dutch art-lending library
(``kunstuitleen``, Dutch names, 'J'/'N' flags), a geocaching club (``geocaching``, camelCase columns, singular tables,
'T'/'F' flags), a bonsai society (``bonsaisoc``, ``tbl`` tables with three-letter column prefixes), reading groups
(``bookclub``, long descriptive snake_case) and a radio-controlled racing club (``rcracing``, very short
abbreviations, YYYYMMDD integer dates, lap times in milliseconds).

The questions in ``nl2sql_blind96/questions.jsonl`` and their gold SQL were written and frozen by a helper that never
saw the translator, before it was run on them.  Reads are judged by execution (correct, wrong or refused);
``writes.jsonl`` holds change requests whose right answer is a refusal. The first run (2026-12-07, commit b953b6a,
before any change made for these misses) measured 19 correct, 5 wrong (4.2%) and 96 refused of the 120 reads; all 12
write requests were refused.  No question or gold answer was changed after that run.
At the end of the session (commit 73f4d7c's rules): 21 correct, 3 wrong (2.5%), 96 refused; all 12 write requests
refused; at most 5% wrong is held.
"""

from __future__ import annotations

from pathlib import Path

from nl2sql_blind96.build import BUILDERS
from nl2sql_data.blind import corpus_tests

_tests = corpus_tests(Path(__file__).parent / "nl2sql_blind96", BUILDERS, databases=6, reads_per_db=20)
globals().update(_tests)
