"""Eighty-sixth blind measure of the offline translator: sport, hobbies and clubs, taken in the twentieth session.

Six schemas: a Dutch darts league (``dartsleague``, Dutch names and values), Portuguese volleyball (``voleibol``,
Portuguese names, one table dated 'DD/MM/YYYY'), an angling club (``anglingclub``, lower-case names run together,
'T'/'F' flags, pence, grams), a photo club (``photoclub``, quoted names with spaces), a rowing club (``rowingclub``,
singular tables, a head-coach self-reference) and a triathlon club (``triathlon``, quoted column names, 'T'/'F'
flags).

The questions in ``nl2sql_blind86/questions.jsonl`` and their gold SQL were written and frozen by a helper that
never saw the translator, before it was run on them.  Reads are judged by execution (correct, wrong or refused);
``writes.jsonl`` holds change requests whose right answer is a refusal.
The first run (2026-12-06, commit 6894233, before any change made for these misses) measured 35 correct,
1 wrong (0.8%) and 84 refused of the 120 reads; 11 of the 12 write requests were refused, and TA-w1 ("... ended today,
please put in the end date.") was answered with a count.  No question or gold
answer was changed after that run.
At the end of the session (commit 7bcd542's rules): 35 correct, 1 wrong (0.8%), 84 refused; all 12 write
requests refused; at most 5% wrong is held.
"""

from __future__ import annotations

from pathlib import Path

from nl2sql_blind86.build import BUILDERS
from nl2sql_data.blind import corpus_tests

_tests = corpus_tests(Path(__file__).parent / "nl2sql_blind86", BUILDERS, databases=6, reads_per_db=20)
globals().update(_tests)
