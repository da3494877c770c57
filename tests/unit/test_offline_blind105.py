"""Hundred-and-fifth blind measure of the offline translator: hospitality and leisure, taken in the twenty-fourth
session.

Six schemas: an Alpine guesthouse (``gasthof``, German names and values, 'storniert', 'ja'/'nein', meal-plan codes),
in-room dining at a city hotel (``roomservice``, Hungarian notation: ``tblGuest``, ``strLastName``, ``curTip``, a
manager self-reference), a high-ropes park (``adventurepark``, ``_cd`` codes explained by one ``code_lookup`` table,
durations in seconds), yacht charters (``yachtcharter``, euro cents, a status-history table whose latest row is the
current status), a members' golf club (``teetimes``, PascalCase, a proposer self-reference) and a thermal spa
(``thermalbaths``, Oracle-style upper case with ``_FLG``/``_CD``/``_TS``, a senior-therapist self-reference).

The questions in ``nl2sql_blind105/questions.jsonl`` and their gold SQL were written and frozen by a helper that never
saw the translator, before it was run on them. Reads are judged by execution (correct, wrong or refused);
``writes.jsonl`` holds change requests whose right answer is a refusal. The first run (2026-12-07, commit 42d209c, the
twenty-fourth session's first rules) measured 33 correct, 3 wrong (2.5%) and 84 refused of the 120 reads; one of the 12
write requests ("Record today's water test ...") was answered with a SELECT, the rest were refused. No question or gold
answer was changed after that run. At the end of the session (commit daea7a3's rules): 36 correct, 0 wrong, 84 refused;
all 12 write requests refused; at most 5% wrong is held.
"""

from __future__ import annotations

from pathlib import Path

from nl2sql_blind105.build import BUILDERS
from nl2sql_data.blind import corpus_tests

_tests = corpus_tests(Path(__file__).parent / "nl2sql_blind105", BUILDERS, databases=6, reads_per_db=20,
                      tables=(4, 9))
globals().update(_tests)
