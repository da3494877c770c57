"""Fifty-ninth blind measure of the offline translator: logistics, warehousing, wholesale and business services,
taken at the end of the seventeenth session after every rule drawn from blind48 to blind57.

Six schemas: a freight broker (``freightbroker``, ordinary snake_case plurals, ``employees.manager_id``), a customs
agent (``customsbroker``, PascalCase plurals with ``XxxId`` keys), cold storage (``coldstore``, legacy abbreviations:
``whse``, ``loc``, ``qty_oh``, ``ord_dt``), a cleaning contractor (``contractcleaning``, UPPER_SNAKE with integer
statuses looked up in tables), a packaging wholesaler (``packagingsupply``, camelCase with net, VAT and gross totals
on orders and lines) and a fulfilment warehouse (``fulfilment``, a shipment with ``ordered_at``, ``packed_at``,
``shipped_at`` and ``delivered_at``).

The questions in ``nl2sql_blind59/questions.jsonl`` and their gold SQL were written and frozen by a helper that
never saw the translator, before it was run on them.  Reads are judged by execution (correct, wrong or refused);
``writes.jsonl`` holds change requests whose right answer is a refusal.
The first run (2026-12-06, commit 80c7d1f, before any change made for these misses) measured 62 correct,
2 wrong (1.7%) and 56 refused of the 120 reads; all 12 write requests were refused.  No question or gold answer
was changed after that run.
At the end of the session: 62 correct, 1 wrong (0.8%), 57 refused; at most 5% wrong is held.
"""

from __future__ import annotations

from pathlib import Path

from nl2sql_blind59.build import BUILDERS
from nl2sql_data.blind import corpus_tests

_tests = corpus_tests(Path(__file__).parent / "nl2sql_blind59", BUILDERS, databases=6, reads_per_db=20)
globals().update(_tests)
