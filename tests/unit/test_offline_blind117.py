"""Hundred-and-seventeenth blind measure of the offline translator: insurance, banking back offices and personal
finance, taken in the twenty-sixth session.

Six schemas: ``motorclaims`` (a US motor insurer's policy and claims system as a legacy mainframe export: UPPER_CASE
abbreviated names such as ``CUST_NBR``, ``POL_EFF_DT``, ``CLM_STAT_CD``, ``PMT_AMT`` DECIMAL amounts and 'Y'/'N'
``_FLG`` flags, one-letter policy and claim status codes, a loss-cause lookup); ``corebank`` (a savings bank's deposit
back office, also a mainframe export, with dates as YYYYMMDD integers, a many-to-many ``ACCT_OWNR`` link of primary
and joint owners, transaction codes with a debit/credit indicator, channel codes); ``brokernet`` (commercial insurance
brokers in plain snake_case: agencies and producers in a self-referencing ``parent_broker_id`` hierarchy, monthly
premium installments, base and override commissions); ``loanservicing`` (loan servicing in plain snake_case:
installments with due vs paid dates, late fees, delinquent and charged-off loans, collection calls); ``lifecover`` (a
UK life insurer with singular tables and ``<table>_key`` surrogate keys: a many-to-many ``policy_rider`` between
policies and riders, monthly premiums, claims with statuses, GBP); ``spendwise`` (a household budgeting app with
singular tables and ``<table>_key`` keys: a two-level self-referencing category tree, transactions in EUR where a
negative amount is spending, monthly budgets per category).

The questions in ``nl2sql_blind117/questions.jsonl`` and their gold SQL were written and frozen by a helper that never
saw the translator, before it was run on them. Reads are judged by execution (correct, wrong or refused);
``writes.jsonl`` holds change requests whose right answer is a refusal. The first run (2026-12-07, commit 96f1a6e)
measured 35 correct, 4 wrong and 81 refused of the 120 reads; all 12 write requests were refused. At the end of the
session (commit be3e148's rules): 38 correct, 2 wrong (1.7%), 80 refused; all 12 write requests refused.
"""

from __future__ import annotations

from pathlib import Path

from nl2sql_blind117.build import BUILDERS
from nl2sql_data.blind import corpus_tests

_tests = corpus_tests(Path(__file__).parent / "nl2sql_blind117", BUILDERS, databases=6, reads_per_db=20,
                      tables=(4, 9))
globals().update(_tests)
