"""Hundredth blind measure of the offline translator: finance, legal and administration, taken in the
twenty-second session.

Six schemas: a small-claims court (``smallclaims``, ``is_deleted`` soft deletes, a judge-posting history), a parish
council's accounts (``parishbudget``, pence, a financial year from April), consultancy expenses (``expenseclaims``,
seven currencies with rates, a reports-to self-reference), a German debt-collection agency (``inkasso``, German names
and values), a legal aid office (``legalaid``, Hungarian prefixes such as ``strRef`` and ``dtmFiled``) and an
insolvency practice (``insolvency``, ``_nm``/``_amt``/``_dt``/``_nbr``/``_cd`` suffixes).

The questions in ``nl2sql_blind100/questions.jsonl`` and their gold SQL were written and frozen by a helper that never
saw the translator, before it was run on them.  Reads are judged by execution (correct, wrong or refused);
``writes.jsonl`` holds change requests whose right answer is a refusal. Held out while the session's later rules were
made, the first run (2026-12-07, commit d4d8b4e) measured 26 correct, 7 wrong (5.8%) and 87 refused of the 120 reads;
all 12 write requests were refused.  No question or gold answer was changed after that run.
At the end of the session (commit 73f4d7c's rules): 30 correct, 4 wrong (3.3%), 86 refused; all 12 write requests
refused; at most 5% wrong is held.
"""

from __future__ import annotations

from pathlib import Path

from nl2sql_blind100.build import BUILDERS
from nl2sql_data.blind import corpus_tests

_tests = corpus_tests(Path(__file__).parent / "nl2sql_blind100", BUILDERS, databases=6, reads_per_db=20)
globals().update(_tests)
