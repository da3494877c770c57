"""Third blind measure of the offline translator: ten more schemas from new domains.

The questions in ``nl2sql_blind3/questions.jsonl`` and their gold SQL were written
and frozen without reading the translator or running it on them.  Reads are
judged by execution (correct, wrong or refused).  ``nl2sql_blind3/writes.jsonl``
holds change requests ("delete ...", "set ... to ..."): the right answer is a
refusal, and SQL produced for one counts as wrong.  The counts, every wrong and
refused question and the translation times are printed (``pytest -s``).
The goals (at most 5% wrong, at least 90% correct) are both expected failures until
the translator meets them, so CI stays green while the numbers are still recorded;
the first run measured 89 correct, 11 wrong and 70 refused of 170.
"""

from __future__ import annotations

from pathlib import Path

from nl2sql_blind3.build import BUILDERS
from nl2sql_data.blind import corpus_tests

# the first run gave 11 wrong of 170 (6.5%); the final shape check and later rules brought it to 4 of 150 reads
globals().update(corpus_tests(Path(__file__).parent / "nl2sql_blind3", BUILDERS, databases=10, reads_per_db=15))
