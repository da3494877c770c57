"""Ninety-third blind measure of the offline translator: logistics, travel and infrastructure, taken in the
twenty-first session.

Six schemas: an intercity coach company (``rodoviaria``, Portuguese names and values), a sleeper train booking
system (``nighttrain``, ALL-CAPS 8-character names, YYYYMMDD integer dates, pence), a bus fuel warehouse
(``busfuel``, a star schema), a canal lock keepers' log (``canallocks``, a posting history with
``valid_from``/``valid_to``), an airport lost-luggage desk (``lostluggage``, Hungarian notation) and a road-tunnel
operator (``tunnelops``, PascalCase tables, camelCase columns, a reports-to self-reference).

The questions in ``nl2sql_blind93/questions.jsonl`` and their gold SQL were written and frozen by a helper that
never saw the translator, before it was run on them.  Reads are judged by execution (correct, wrong or refused);
``writes.jsonl`` holds change requests whose right answer is a refusal.
Held out while the session's earlier rules were made, the first run (2026-12-06, commit 23552f8) measured 29 correct,
3 wrong (2.5%) and 88 refused of the 120 reads; all 12 write requests were refused.  No question or gold
answer was changed after that run.
At the end of the session (commit c26971d's rules): 30 correct, 2 wrong (1.7%), 88 refused; all 12
write requests refused; at most 5% wrong is held.
"""

from __future__ import annotations

from pathlib import Path

from nl2sql_blind93.build import BUILDERS
from nl2sql_data.blind import corpus_tests

_tests = corpus_tests(Path(__file__).parent / "nl2sql_blind93", BUILDERS, databases=6, reads_per_db=20)
globals().update(_tests)
