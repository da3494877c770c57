"""Seventy-eighth blind measure of the offline translator: hospitality, leisure and events, taken in the twentieth session.

Six schemas: a padel club (``padelclub``, Hungarian notation, a referrer self-reference), an Italian farm stay
(``agriturismo``, Italian names and values, 'si'/'no' flags, a manager self-reference), a mini-golf chain
(``minigolf``, lower-case names run together, 'true'/'false' text booleans), a comedy club (``comedyclub``,
lowerCamelCase, UPPER_SNAKE statuses, ISO 'T' timestamps), a banquet hall (``banquethall``, 'yes'/'no' flags) and
a theme park (``themepark``, Hungarian notation, a supervisor self-reference).

The questions in ``nl2sql_blind78/questions.jsonl`` and their gold SQL were written and frozen by a helper that
never saw the translator, before it was run on them.  Reads are judged by execution (correct, wrong or refused);
``writes.jsonl`` holds change requests whose right answer is a refusal.
The first run (2026-12-06, commit 7715545, before any change made for these misses) measured 41 correct,
5 wrong (4.2%) and 74 refused of the 120 reads; all 12 write requests were refused.  No question or gold
answer was changed after that run.
At the end of the session (commit 7bcd542's rules): 46 correct, 1 wrong (0.8%), 73 refused; all 12 write
requests refused; at most 5% wrong is held.
"""

from __future__ import annotations

from pathlib import Path

from nl2sql_blind78.build import BUILDERS
from nl2sql_data.blind import corpus_tests

_tests = corpus_tests(Path(__file__).parent / "nl2sql_blind78", BUILDERS, databases=6, reads_per_db=20)
globals().update(_tests)
