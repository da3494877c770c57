"""Hundred-and-nineteenth blind measure of the offline translator: retail operations and logistics, taken in the
twenty-sixth session.

Six schemas: a grocery distribution centre's warehouse management system (``binlocator``, snake_case singular
tables, a self-referencing zone > aisle > bin location hierarchy, pick lists and short picks, quantities in eaches
and kg, ISO UTC timestamps with 'T' and 'Z'), a parcel carrier's last-mile deliveries (``lastmiledrops``, camelCase
names, a drivers-to-vans certification link table, a parcel tracking log with one row per status change, ISO 'T...Z'
timestamps), an online marketplace of third-party sellers (``sellermarket``, PascalCase names, money in integer
pence, commissions, an orders-to-promotions link table, monthly payouts), a department store's returns desk
(``returnsdesk``, terse ``_no``/``_cd``/``_dt`` names, reason and condition codes, a status-history table, a
supervisor self-reference, REAL pounds), a grocery co-operative (``coopgrocer``, ``_gbp``/``_sqft`` suffixes, member
dividends, an introduced-by self-reference, quantities in kg, litres or each) and a fleet's fuel cards
(``fuelcards``, upper-case names, times as epoch seconds, litres and kWh, one-letter status codes, exception
alerts).

The questions in ``nl2sql_blind119/questions.jsonl`` and their gold SQL were written and frozen by a helper that never
saw the translator, before it was run on them. Reads are judged by execution (correct, wrong or refused);
``writes.jsonl`` holds change requests whose right answer is a refusal. The first run (2026-12-07, commit 96f1a6e)
measured 36 correct, 5 wrong and 79 refused of the 120 reads; all 12 write requests were refused. At the end of the
session (commit be3e148's rules): 38 correct, 2 wrong (1.7%), 80 refused; all 12 write requests refused.
"""

from __future__ import annotations

from pathlib import Path

from nl2sql_blind119.build import BUILDERS
from nl2sql_data.blind import corpus_tests

_tests = corpus_tests(Path(__file__).parent / "nl2sql_blind119", BUILDERS, databases=6, reads_per_db=20,
                      tables=(4, 9))
globals().update(_tests)
