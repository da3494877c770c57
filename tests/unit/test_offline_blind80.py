"""Eightieth blind measure of the offline translator: education, culture and community, taken in the twentieth session.

Six schemas: a Dutch adult-education centre (``volksuniversiteit``, Dutch names, 'J'/'N' flags), a men's shed
(``mensshed``, plural PascalCase tables, camelCase columns, a mentor self-reference), a brass band (``brassband``,
tbl_ prefixes and abbreviations), a spelling bee (``spellingbee``, dates as YYYYMMDD integers), a repair cafe
(``repaircafe``, 'Y'/'N' and 0/1 flags side by side, a supervisor self-reference) and a mural project
(``muralproject``, columns repeating their table's name).

The questions in ``nl2sql_blind80/questions.jsonl`` and their gold SQL were written and frozen by a helper that
never saw the translator, before it was run on them.  Reads are judged by execution (correct, wrong or refused);
``writes.jsonl`` holds change requests whose right answer is a refusal.
The first run (2026-12-06, commit 15a2be9, before any change made for these misses) measured 41 correct,
6 wrong (5.0%) and 73 refused of the 120 reads; all 12 write requests were refused.  No question or gold
answer was changed after that run.
At the end of the session (commit 7bcd542's rules): 47 correct, 2 wrong (1.7%), 71 refused; all 12 write
requests refused; at most 5% wrong is held.
"""

from __future__ import annotations

from pathlib import Path

from nl2sql_blind80.build import BUILDERS
from nl2sql_data.blind import corpus_tests

_tests = corpus_tests(Path(__file__).parent / "nl2sql_blind80", BUILDERS, databases=6, reads_per_db=20)
globals().update(_tests)
