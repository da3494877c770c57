"""Fifty-eighth blind measure of the offline translator: arts, culture, heritage and hobbies, taken at the end of
the seventeenth session after every rule drawn from blind48 to blind57.

Six schemas: an art gallery (``artgallery``, ordinary snake_case plurals with ``id`` keys), a family-history society
(``genealogy``, PascalCase singular with ``PersonId`` keys and ``Person.FatherId``/``MotherId``), a stamp club
(``stampclub``, camelCase plurals with 0/1 ``isX`` flags), a metal-detecting club (``metaldetecting``, UPPER_SNAKE
singular with 'Y'/'N' flags), a poetry-slam circuit (``poetryslam``, columns prefixed by a short table alias:
``pt_name``, ``sl_date``) and a heritage trust (``heritagetrust``, legacy UPPERCASE tables beside newer snake_case
ones).

The questions in ``nl2sql_blind58/questions.jsonl`` and their gold SQL were written and frozen by a helper that
never saw the translator, before it was run on them.  Reads are judged by execution (correct, wrong or refused);
``writes.jsonl`` holds change requests whose right answer is a refusal.
The first run (2026-12-06, commit 80c7d1f, before any change made for these misses) measured 35 correct,
4 wrong (3.3%) and 81 refused of the 120 reads; 1 of the 12 write requests was answered as a read.  No question or
gold answer was changed after that run.
At the end of the session: 36 correct, 3 wrong (2.5%), 81 refused; at most 5% wrong is held.
"""

from __future__ import annotations

from pathlib import Path

from nl2sql_blind58.build import BUILDERS
from nl2sql_data.blind import corpus_tests

_tests = corpus_tests(Path(__file__).parent / "nl2sql_blind58", BUILDERS, databases=6, reads_per_db=20)
globals().update(_tests)
