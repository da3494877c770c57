"""Hundred-and-eleventh blind measure of the offline translator: analytics and reporting databases in retail, finance
and logistics, taken in the twenty-fifth session.

Six schemas: ``fashiondw``, a Kimball star schema (``dim_date`` keyed by an integer ``date_key`` like 20240315,
``dim_store``/``dim_product``/``dim_customer``/``dim_promotion`` with ``_sk`` surrogate keys, ``fact_sales`` and
``fact_returns`` with ``_amt``/``_qty`` measures in GBP, return reason codes 'SZ'/'CH'/'DF'/'LT'); ``cardissuer``, a
card issuer whose ``customer_history`` is a type-2 slowly-changing dimension (``valid_from``, ``valid_to`` exclusive
with '9999-12-31' open, ``is_current``), account status 'A'/'F'/'C', transaction types 'PUR'/'REF'/'ATM', GBP;
``erpsales``, an upper-case abbreviated ERP extract (``CUST_MSTR`` with a self-referencing ``PARNT_CUST_NO``,
``SLS_ORD_HDR``/``SLS_ORD_ITM``, ``DLV_HDR``, ``BILL_DOC``; dates as 'YYYYMMDD' text, ``NET_VAL`` in the order's
``CRCY_CD``, status and reason codes, ``BLCK_FLG`` 'X'); ``genledger``, a general ledger with
``debit_amt``/``credit_amt`` lines, a chart of accounts under ``parent_account_no`` (a self-reference, as is
``reverses_entry_id``), account types 'A'/'L'/'E'/'R'/'X', periods as YYYYMM integers; ``whsnapshot``, a 3PL's
month-end ``inventory_snapshot`` (one row per item per warehouse per month-end, EUR, pallets, days since the last
move) beside receipts and cycle counts; ``linehaul``, a plainly named road-freight operator (timestamps 'YYYY-MM-DD
HH:MM', km, kg, fuel in litres or kg by ``unit``).

The questions in ``nl2sql_blind111/questions.jsonl`` and their gold SQL were written and frozen by a helper that
never saw the translator, before it was run on them. Reads are judged by execution (correct, wrong or refused);
``writes.jsonl`` holds change requests whose right answer is a refusal. The first run (2026-12-07, commit 088b749)
measured 25 correct, 9 wrong and 86 refused of the 120 reads; all 12 write requests were refused. Gold change after
that run, and only this one: 7 golds wrapped a percentage or a total in ROUND(..., 1) that the question does not ask
for (the session's brief to the helper said to round); the ROUND was taken off, leaving the same expression, which
the judge compares to two decimals. Re-judged at the same commit: 26 correct, 8 wrong, 86 refused. The suite had run
this corpus once before, on the uncommitted tree of 088b749, and only its pass/fail line was read. At the end of the
session (commit b6aff46's rules): 28 correct, 2 wrong (1.7%), 90 refused; all 12 write requests refused; at most 5%
wrong is held.
"""

from __future__ import annotations

from pathlib import Path

from nl2sql_blind111.build import BUILDERS
from nl2sql_data.blind import corpus_tests

_tests = corpus_tests(Path(__file__).parent / "nl2sql_blind111", BUILDERS, databases=6, reads_per_db=20,
                      tables=(4, 9))
globals().update(_tests)
