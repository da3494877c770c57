"""Thirty-seventh blind measure of the offline translator: ordinary questions over six more domains, taken at the
end of the thirteenth session, after blind35's and blind36's rules.

Six schemas: a pawnbroker (``pawnshop``, a ``tbl`` prefix with PascalCase columns, loan status codes in a lookup
table, 'Y'/'N' flags, and no declared foreign keys), a law firm (``lawfirm``, camelCase, a self-referencing
``supervisorId`` on lawyers, NULL closing and payment dates), a timber yard (``timberyard``, abbreviations such as
``cust_nm``, ``ord_dt``, ``qty`` and ``unit_prc``, code lookups), a council tax office (``counciltax``, UPPER_CASE
with British spellings, a NULL ``END_DATE`` for a current liability, bills by financial year), a trampoline park
(``trampoline``, a star schema with ``dim_`` and ``fact_`` tables, surrogate keys and ``YYYYMMDD`` date keys) and a
soap maker (``soapworks``, snake_case plurals with American spellings, a wide export table joined by sku).

The questions in ``nl2sql_blind37/questions.jsonl`` and their gold SQL were written and frozen by a helper that
never saw the translator, before it was run on them.  Reads are judged by execution (correct, wrong or refused);
``writes.jsonl`` holds change requests whose right answer is a refusal.
The first run (2026-12-06, commit b792cc6, before any change made for these misses) measured 40 correct,
8 wrong (6.7%) and 72 refused of the 120 reads.  No question or gold answer was changed after that run.
After two rules drawn from its misses (same session, "day of the week" and "how many detached houses"):
42 correct, 6 wrong (5.0%), 72 refused.
"""

from __future__ import annotations

from pathlib import Path

from nl2sql_blind37.build import BUILDERS
from nl2sql_data.blind import corpus_tests

_tests = corpus_tests(Path(__file__).parent / "nl2sql_blind37", BUILDERS, databases=6, reads_per_db=20,
                      keyless=frozenset({"pawnshop"}))
globals().update(_tests)
