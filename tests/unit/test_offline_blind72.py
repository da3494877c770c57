"""Seventy-second blind measure of the offline translator: technology and telecom operations, taken in the nineteenth session.

Six schemas: a mobile mast estate (``cellsites``, Rails style with soft deletes and a tenancy link table), a broadband
fault desk (``fibrefaults``, integer codes into lookup tables), a content delivery network (``cdnedge``, Unix epoch
seconds), a full-fibre build contractor (``fibrebuild``, units in column names), IP address management (``ipam``,
camelCase, a three-level subnet self-reference) and a mobile roaming desk (``roaming``, Oracle-style table-prefixed
upper-case columns).

The questions in ``nl2sql_blind72/questions.jsonl`` and their gold SQL were written and frozen by a helper that
never saw the translator, before it was run on them.  Reads are judged by execution (correct, wrong or refused);
``writes.jsonl`` holds change requests whose right answer is a refusal.
The first run (2026-12-06, commit f650470, before any change made for these misses) measured 41 correct,
3 wrong (2.5%) and 76 refused of the 120 reads; 11 of the 12 write requests were
refused; RO-w1 ("Bar subscriber Ingrid Yilmaz from roaming.") was read as a question.  No question or gold
answer was changed after that run.
At the end of the session (commit b1dbdca's rules): 42 correct, 2 wrong (1.7%), 76 refused; all 12 write requests
refused; at most 5% wrong is held.
"""

from __future__ import annotations

from pathlib import Path

from nl2sql_blind72.build import BUILDERS
from nl2sql_data.blind import corpus_tests

_tests = corpus_tests(Path(__file__).parent / "nl2sql_blind72", BUILDERS, databases=6, reads_per_db=20)
globals().update(_tests)
