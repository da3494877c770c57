"""Ninety-ninth blind measure of the offline translator: transport, logistics and field operations, taken in the
twenty-second session.

Six schemas: a Polish road haulier (``spedycja``, Polish names and values, T/N flags), an air cargo handler
(``aircargo``, Oracle-style ALL-CAPS names, 'HH:MM' times beside ISO dates), a rail freight data vault
(``railfreight``, ``hub_``/``sat_``/``lnk_`` tables with ``load_dts``/``load_end_dts`` history), postal rounds
(``postrounds``, a parent-route self-reference, metres and miles), a road-marking contractor (``roadmarking``, a
reports-to hierarchy, pence) and level-crossing inspections (``levelcrossings``, durations in seconds).

The questions in ``nl2sql_blind99/questions.jsonl`` and their gold SQL were written and frozen by a helper that never
saw the translator, before it was run on them.  Reads are judged by execution (correct, wrong or refused);
``writes.jsonl`` holds change requests whose right answer is a refusal. Held out while the session's later rules were
made, the first run (2026-12-07, commit d4d8b4e) measured 19 correct, 5 wrong (4.2%) and 96 refused of the 120 reads;
all 12 write requests were refused.  No question or gold answer was changed after that run.
At the end of the session (commit 73f4d7c's rules): 21 correct, 2 wrong (1.7%), 97 refused; all 12 write requests
refused; at most 5% wrong is held.
"""

from __future__ import annotations

from pathlib import Path

from nl2sql_blind99.build import BUILDERS
from nl2sql_data.blind import corpus_tests

_tests = corpus_tests(Path(__file__).parent / "nl2sql_blind99", BUILDERS, databases=6, reads_per_db=20)
globals().update(_tests)
