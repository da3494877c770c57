"""Ninety-eighth blind measure of the offline translator: retail, hospitality and consumer services, taken in the
twenty-second session.

Six schemas: vintage clothing resale (``vintagewear``, PascalCase tables with ``...Id`` keys, pence, single-letter
codes, a JSON-style tags column), a cookery school (``cookeryschool``, plural snake_case, pounds, chatty questions, a
reports-to self-reference), a Breton crêperie chain (``creperie``, French names and values, euros), cinema snack bars
(``snackbar``, euro cents, codes, terse questions), nail salons (``nailbar``, a referred-by self-reference, a points
ledger) and click and collect (``grocerypickup``, a status history whose latest row is the current status).

The questions in ``nl2sql_blind98/questions.jsonl`` and their gold SQL were written and frozen by a helper that never
saw the translator, before it was run on them.  Reads are judged by execution (correct, wrong or refused);
``writes.jsonl`` holds change requests whose right answer is a refusal. Held out while the session's later rules were
made, the first run (2026-12-07, commit d4d8b4e) measured 31 correct, 7 wrong (5.8%) and 82 refused of the 120 reads;
all 12 write requests were refused.  No question or gold answer was changed after that run.
At the end of the session (commit 73f4d7c's rules): 34 correct, 5 wrong (4.2%), 81 refused; all 12 write requests
refused; at most 5% wrong is held.
"""

from __future__ import annotations

from pathlib import Path

from nl2sql_blind98.build import BUILDERS
from nl2sql_data.blind import corpus_tests

_tests = corpus_tests(Path(__file__).parent / "nl2sql_blind98", BUILDERS, databases=6, reads_per_db=20)
globals().update(_tests)
