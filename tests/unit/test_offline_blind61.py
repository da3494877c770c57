"""Sixty-first blind measure of the offline translator: energy, utilities and infrastructure maintenance, taken
at the end of the seventeenth session after every rule drawn from blind48 to blind59.

Six schemas: a gas network (``gasmains``, ordinary snake_case plurals), hydro-electric stations (``hydropower``,
PascalCase plurals with ``IsX`` flags), street lighting (``streetlighting``, camelCase singular), district heating
(``heatnet``, a long ``reading(meter_id, reading_at, kwh)`` table), an electricity asset register (``gridassets``,
UPPER_SNAKE with a ``PARENT_ASSET_ID`` hierarchy) and a sewer contractor (``sewerworks``, ``tbl_`` tables with work
orders dated ``raised_on``/``scheduled_for``/``completed_on`` and costs split into labour and parts).

The questions in ``nl2sql_blind61/questions.jsonl`` and their gold SQL were written and frozen by a helper that
never saw the translator, before it was run on them.  Reads are judged by execution (correct, wrong or refused);
``writes.jsonl`` holds change requests whose right answer is a refusal.
The first run (2026-12-06, commit 1752edc, before any change made for these misses) measured 51 correct,
5 wrong (4.2%) and 64 refused of the 120 reads; all 12 write requests were refused.  No question or gold answer
was changed after that run.
At the end of the session: 51 correct, 4 wrong (3.3%), 65 refused; at most 5% wrong is held.
At the end of the eighteenth session: 51 correct, 2 wrong (1.7%), 67 refused.
"""

from __future__ import annotations

from pathlib import Path

from nl2sql_blind61.build import BUILDERS
from nl2sql_data.blind import corpus_tests

_tests = corpus_tests(Path(__file__).parent / "nl2sql_blind61", BUILDERS, databases=6, reads_per_db=20)
globals().update(_tests)
