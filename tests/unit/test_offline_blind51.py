"""Fifty-first blind measure of the offline translator: health, leisure and household services, taken in the
seventeenth session after the rules drawn from blind48 and blind49.

Six schemas: a day spa (``dayspa``, short singular tables with a version suffix: ``client_v2``, ``booking_v2``), a
foot clinic (``podiatry``, camelCase with abbreviations: ``ptFirstNm``, ``apptDt``, ``feeAmt``), a surf school
(``surfcamp``, every amount beside a currency code), a handyman agency (``handyman``, PascalCase with 'Yes'/'No'
text flags and capitalised statuses such as 'Awaiting Parts'), a birdwatching club (``birdwatch``, a habitat tag
table and sites inside sites through ``parent_site_id``) and a counselling service (``counselling``, Unix epoch
``*_ts`` columns beside ISO dates).

The questions in ``nl2sql_blind51/questions.jsonl`` and their gold SQL were written and frozen by a helper that
never saw the translator, before it was run on them (it saw the first lines of one earlier corpus's questions while
checking the file layout, and used none of them).  Reads are judged by execution (correct, wrong or refused);
``writes.jsonl`` holds change requests whose right answer is a refusal.
The first run (2026-12-06, commit d5a9fc1, before any change made for these misses) measured 56 correct,
5 wrong (4.2%) and 59 refused of the 120 reads; all 12 write requests were refused.  No question or gold answer
was changed after that run.
At the end of the session: 58 correct, 1 wrong (0.8%), 61 refused; at most 5% wrong is held.
"""

from __future__ import annotations

from pathlib import Path

from nl2sql_blind51.build import BUILDERS
from nl2sql_data.blind import corpus_tests

_tests = corpus_tests(Path(__file__).parent / "nl2sql_blind51", BUILDERS, databases=6, reads_per_db=20)
globals().update(_tests)
