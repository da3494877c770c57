"""Hundred-and-third blind measure of the offline translator: media, games and entertainment,
taken in the twenty-third session.

Six schemas: an esports league (``lanleague``, camelCase, ISO timestamps with 'T' and 'Z', academy teams under main
teams), a podcast network (``audioshows``, text UUID keys, milliseconds), a theatre box office (``westendbox``,
PascalCase tables beside snake_case ones, pence), a streaming catalogue (``vodcatalog``, 'true'/'false' text
booleans), a board game café (``meeplehaus``, cents, a manager self-reference) and a film festival (``filmfest``,
nested sections, milliseconds).

The questions in ``nl2sql_blind103/questions.jsonl`` and their gold SQL were written and frozen by a helper that never
saw the translator, before it was run on them.  Reads are judged by execution (correct, wrong or refused);
``writes.jsonl`` holds change requests whose right answer is a refusal.  The first run (2026-12-07, commit db26e8c,
whose translator is the twenty-second session's) measured 44 correct, 5 wrong (4.2%) and 71 refused of the 120 reads;
all 12 write requests were refused.  No question or gold answer was changed after that run.
At the end of the session (commit ee7a166's rules): 44 correct, 5 wrong (4.2%), 71 refused; all 12 write
requests refused; at most 5% wrong is held.
"""

from __future__ import annotations

from pathlib import Path

from nl2sql_blind103.build import BUILDERS
from nl2sql_data.blind import corpus_tests

_tests = corpus_tests(Path(__file__).parent / "nl2sql_blind103", BUILDERS, databases=6, reads_per_db=20)
globals().update(_tests)
