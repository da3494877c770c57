"""One hundred and ninth blind measure of the offline translator: software products and online services run by small
companies, taken in the twenty-fifth session.

Six schemas: fileshare (a file storage and sharing service; Django app-prefixed tables, ISO 'T...Z' times, soft
deletes, 't'/'f' flags, sizes in bytes and quotas in MB, prices in cents, a self-referencing parent folder);
cibuilds (a hosted CI service; vowel-dropped names like ``bld``/``rpo``/``drtn_sec``, integer status codes with a
lookup table, durations in seconds); uptimemon (an uptime monitor; Rails plural tables, 't'/'f' flags, response
times in milliseconds, intervals in seconds); newsletter (an email newsletter platform; Django app-prefixed tables,
an integer status lookup, money in cents, a self-referencing referrer); licensekeys (a desktop software licence
shop; vowel-dropped names like ``cstmr``/``ordr_ln``/``qty_ordrd``, money in cents, a country lookup); shortlinks (a
URL shortener; Rails plural tables, soft deletes, a link-tag table, clicks by device and country).

The questions in ``nl2sql_blind109/questions.jsonl`` and their gold SQL were written and frozen by a helper that
never saw the translator, before it was run on them. Reads are judged by execution (correct, wrong or refused);
``writes.jsonl`` holds change requests whose right answer is a refusal. The first run (2026-12-07, commit 088b749)
measured 48 correct, 11 wrong and 61 refused of the 120 reads; all 12 write requests were refused. Gold change after
that run, and only this one: 8 golds wrapped a percentage or a total in ROUND(..., 1) that the question does not ask
for (the session's brief to the helper said to round); the ROUND was taken off, leaving the same expression, which
the judge compares to two decimals. Re-judged at the same commit: 51 correct, 8 wrong, 61 refused. The suite had run
this corpus once before, on the uncommitted tree of 088b749, and only its pass/fail line was read. At the end of the
session (commit b6aff46's rules): 63 correct, 2 wrong (1.7%), 55 refused; all 12 write requests refused; at most 5%
wrong is held.
"""

from __future__ import annotations

from pathlib import Path

from nl2sql_blind109.build import BUILDERS
from nl2sql_data.blind import corpus_tests

_tests = corpus_tests(Path(__file__).parent / "nl2sql_blind109", BUILDERS, databases=6, reads_per_db=20,
                      tables=(4, 9))
globals().update(_tests)
