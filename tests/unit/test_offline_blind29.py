"""Twenty-ninth blind measure of the offline translator: ordinary business questions over six new domains.

Six schemas in six naming styles: a plumbing contractor (``plumbing``, plural snake_case, a supervisor key), a
self-storage firm (``selfstorage``, singular tables with ``id`` keys), a florist (``florist``, PascalCase tables
and camelCase columns), a pest-control service (``pestctrl``, abbreviated columns ``cust_nm``, ``vst_dt``,
``stat_cd`` with coded values and a code lookup table), a day nursery (``daycare``, ``tbl_`` tables with 0/1
``is_``/``has_`` flags) and a tutoring agency (``tutoring``, UPPER_CASE with 'Y'/'N' flags); the questions are
the ones a data analyst is asked, in the domain's words, several with a second sentence that says what to show
("Give their names.").

The questions in ``nl2sql_blind29/questions.jsonl`` and their gold SQL were written and frozen by a helper that
never saw the translator, before it was run on them.  Reads are judged by execution (correct, wrong or refused);
``writes.jsonl`` holds change requests whose right answer is a refusal.
The first run (2026-12-05, commit 279525c, before any change made for these misses) measured 58 correct, 14 wrong
(11.7%) and 48 refused of the 120 reads.  No question or gold answer was changed after that run.  After rules
drawn from its misses (same session: a bare "their names" is the listed rows' name, a word that no known value of
a column matches is refused, a condition on the rows a HAVING counts applies to them, "total fees from lessons"
sums the lessons' fee): 68 correct, 0 wrong, 52 refused; every write refused.  At the end of that session (later
rules from blind29-31's misses, among them codes read from a lookup table): 85 correct, 0 wrong, 35 refused.
"""

from __future__ import annotations

from pathlib import Path

from nl2sql_blind29.build import BUILDERS
from nl2sql_data.blind import corpus_tests

_tests = corpus_tests(Path(__file__).parent / "nl2sql_blind29", BUILDERS, databases=6, reads_per_db=20)
globals().update(_tests)
