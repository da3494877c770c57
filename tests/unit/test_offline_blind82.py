"""Eighty-second blind measure of the offline translator: transport, logistics, agriculture and the outdoors, taken in the twentieth session.

Six schemas: French canal barges (``peniches``, French names and values), a tram operator (``tramway``, cryptic
short names, Unix epoch seconds, a supervisor self-reference), a grain elevator (``grainelevator``, small-integer
codes explained only by a lookup table), a container yard (``containeryard``, PascalCase, Id keys, Is* flags), alpine
huts (``mountainhuts``, quoted names with spaces, a Reports To self-reference) and a livestock mart
(``livestockmart``, cryptic names, pence).

The questions in ``nl2sql_blind82/questions.jsonl`` and their gold SQL were written and frozen by a helper that
never saw the translator, before it was run on them.  Reads are judged by execution (correct, wrong or refused);
``writes.jsonl`` holds change requests whose right answer is a refusal.
The first run (2026-12-06, commit 15a2be9, before any change made for these misses) measured 19 correct,
3 wrong (2.5%) and 98 refused of the 120 reads; all 12 write requests were refused.  No question or gold
answer was changed after that run.
At the end of the session (commit 7bcd542's rules): 24 correct, 1 wrong (0.8%), 95 refused; all 12 write
requests refused; at most 5% wrong is held.
"""

from __future__ import annotations

from pathlib import Path

from nl2sql_blind82.build import BUILDERS
from nl2sql_data.blind import corpus_tests

_tests = corpus_tests(Path(__file__).parent / "nl2sql_blind82", BUILDERS, databases=6, reads_per_db=20)
globals().update(_tests)
