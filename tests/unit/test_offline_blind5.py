"""Fifth blind measure of the offline translator: six schemas in naming styles not used before.

The questions in ``nl2sql_blind5/questions.jsonl`` and their gold SQL were written
and frozen before the translator was run on them (Hungarian-notation columns with
0/1 bits, SCREAMING_CASE with class-word suffixes, money in cents and a status lookup
table, ``tb_`` tables with unix epoch instants and integer status codes without a
lookup table, abbreviated names with ``_cd``/``_flg``/``_amt`` suffixes and text status
codes, run-together lower-case names, every column prefixed by its table's
abbreviation).  Reads are judged by execution (correct, wrong or refused);
``writes.jsonl`` holds change requests whose right answer is a refusal.  Counts, every
wrong and refused question and the translation times are printed (``pytest -s``).
The first run (before any change made for these misses) measured 72 correct, 18 wrong
and 60 refused of the 150 reads, and answered 1 of the 12 write requests.  Five gold
answers divided an ``_AMT`` integer by 100 although nothing in the schema says cents; they
now read the value as stored (au-03, au-08, au-19, ro-04, ro-20).  After the changes made
for the first run's kinds of misses (prefixes of type and table, outcome verbs, "how much" and
"in total" answered by counts, link-table keys, an agent's "by", "make X a Y"): 84 correct,
2 wrong, 64 refused, every write refused; so this corpus is no longer blind.  At most 5% wrong
is held; 90% correct is an expected failure until the translator meets it.
"""

from __future__ import annotations

from pathlib import Path

from nl2sql_blind5.build import BUILDERS
from nl2sql_data.blind import corpus_tests

globals().update(corpus_tests(Path(__file__).parent / "nl2sql_blind5", BUILDERS, databases=6, reads_per_db=25))
