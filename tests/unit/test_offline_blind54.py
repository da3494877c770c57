"""Fifty-fourth blind measure of the offline translator: transport, travel and public services, taken in the
seventeenth session after the rules drawn from blind48 to blind53.

Six schemas: a toll road (``tollroad``, lowercase names run together: ``plazaid``, ``crossedat``, ``isactive``), a
passport office (``passportoffice``, Pascal_Snake_Case with ``Officers.Supervisor_Id``), winter gritting
(``gritting``, every column prefixed by a short table alias: ``dp_name``, ``ru_start``), council planning
(``planningdept``, single-letter codes only the data explains: status P/A/R/W), a travel agency (``travelagency``,
camelCase with ISO timestamps ending in Z) and dial-a-ride minibuses (``dialaride``, UPPER_SNAKE with junction tables
that carry their own role, hours and fare).

The questions in ``nl2sql_blind54/questions.jsonl`` and their gold SQL were written and frozen by a helper that
never saw the translator, before it was run on them.  Reads are judged by execution (correct, wrong or refused);
``writes.jsonl`` holds change requests whose right answer is a refusal.
The first run (2026-12-06, commit 6126959, before any change made for these misses) measured 58 correct,
3 wrong (2.5%) and 59 refused of the 120 reads; all 12 write requests were refused.  No question or gold answer
was changed after that run.
At the end of the session: 61 correct, 0 wrong (0.0%), 59 refused; at most 5% wrong is held.
"""

from __future__ import annotations

from pathlib import Path

from nl2sql_blind54.build import BUILDERS
from nl2sql_data.blind import corpus_tests

_tests = corpus_tests(Path(__file__).parent / "nl2sql_blind54", BUILDERS, databases=6, reads_per_db=20)
globals().update(_tests)
