"""Thirty-ninth blind measure of the offline translator: ordinary questions over six more domains, taken in the
fourteenth session after blind38's first rules.

Six schemas: a dog walker (``dogwalking``, PascalCase without separators, a link table of dogs per walk and a
self-referencing ``SupervisorId``), a scaffolding hire firm (``scaffolding``, singular snake_case with ``_pk`` and
``_fk`` keys), a laundrette (``laundrette``, abbreviations with the vowels dropped such as ``cstmr``, ``rcvd_ts`` and
``amt_gbp``), a marina (``marina``, Oracle-style UPPERCASE with ``_NO``, ``_DT``, ``_AMT`` and ``_IND`` suffixes), a
council's car parks (``carparks``, a warehouse star schema with ``dim_``/``fct_`` tables, ``_sk`` keys, integer date
keys and money in pence) and a farmers' market (``farmersmarket``, a generic ``entries`` table with ``_ref`` columns).

The questions in ``nl2sql_blind39/questions.jsonl`` and their gold SQL were written and frozen by a helper that
never saw the translator, before it was run on them.  Reads are judged by execution (correct, wrong or refused);
``writes.jsonl`` holds change requests whose right answer is a refusal.
The first run (2026-12-06, commit 6f6fff7, before any change made for these misses) measured 33 correct,
9 wrong (7.5%) and 78 refused of the 120 reads.  No question or gold answer was changed after that run.
After rules drawn from its misses and blind38's (same session: a state verb beside an untested status, 'C' for
cancelled beside an 'X', money words that need money, a line's charged amount, a sum repeated over sessions with
measures of their own, a text column nothing reads, 'X' the conventional mark of cancelled): 39 correct, 2 wrong
(1.7%), 79 refused.
"""

from __future__ import annotations

from pathlib import Path

from nl2sql_blind39.build import BUILDERS
from nl2sql_data.blind import corpus_tests

_tests = corpus_tests(Path(__file__).parent / "nl2sql_blind39", BUILDERS, databases=6, reads_per_db=20)
globals().update(_tests)
