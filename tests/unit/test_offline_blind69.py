"""Sixty-ninth blind measure of the offline translator: arts, crafts and culture, taken in the nineteenth session.

Six schemas: a glassblowing studio (``glassstudio``, vowel-dropped names, money in pence), a bookbinding workshop
(``bookbindery``, camelCase), a quilters' guild (``quiltguild``, ``tbl_`` PascalCase, a mentor self-reference),
theatre costume hire (``costumehire``, natural and composite keys with a composite foreign key), a bespoke leather
workshop (``leatherworks``, quoted names with spaces, a trained-by self-reference) and a municipal arts centre
(``centrocultural``, Spanish names and values, questions in English).

The questions in ``nl2sql_blind69/questions.jsonl`` and their gold SQL were written and frozen by a helper that
never saw the translator, before it was run on them.  Reads are judged by execution (correct, wrong or refused);
``writes.jsonl`` holds change requests whose right answer is a refusal.
The first run (2026-12-06, commit 16739bf, before any change made for these misses) measured 38 correct,
5 wrong (4.2%) and 77 refused of the 120 reads; all 12 write requests were refused.  No question or gold
answer was changed after that run.
At the end of the session (commit b1dbdca's rules): 43 correct, 4 wrong (3.3%), 73 refused; all 12 write requests
refused; at most 5% wrong is held.
"""

from __future__ import annotations

from pathlib import Path

from nl2sql_blind69.build import BUILDERS
from nl2sql_data.blind import corpus_tests

_tests = corpus_tests(Path(__file__).parent / "nl2sql_blind69", BUILDERS, databases=6, reads_per_db=20)
globals().update(_tests)
