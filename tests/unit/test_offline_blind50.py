"""Fiftieth blind measure of the offline translator: trades, logistics and small manufacturing, taken in the
seventeenth session after the rules drawn from blind48 and blind49.

Six schemas: a sheet-metal job shop (``metalfab``, legacy ERP names run together: ``CUSMAS``, ``ORDHDR``, ``ORDDT``),
a glazier (``glazier``, snake_case with type prefixes: ``txt_``, ``dt_``, ``num_``, ``flg_``), a roofing contractor
(``roofing``, foreign keys named by role: ``prepared_by``, ``approved_by``, ``assigned_to`` referencing ``users``,
with ``users.reports_to``), pallet hire (``palletpool``, small-integer codes explained in lookup tables), a knitwear
mill (``knitmill``, a price history with ``valid_from``/``valid_to`` beside the current table) and kitchen fitters
(``kitchenfitters``, quoted Mixed Case names with spaces such as ``"Unit Price"``).

The questions in ``nl2sql_blind50/questions.jsonl`` and their gold SQL were written and frozen by a helper that
never saw the translator, before it was run on them.  Reads are judged by execution (correct, wrong or refused);
``writes.jsonl`` holds change requests whose right answer is a refusal.
The first run (2026-12-06, commit d5a9fc1, before any change made for these misses) measured 56 correct,
4 wrong (3.3%) and 60 refused of the 120 reads; all 12 write requests were refused.  No question or gold answer
was changed after that run.
At the end of the session: 59 correct, 1 wrong (0.8%), 60 refused; at most 5% wrong is held.
"""

from __future__ import annotations

from pathlib import Path

from nl2sql_blind50.build import BUILDERS
from nl2sql_data.blind import corpus_tests

_tests = corpus_tests(Path(__file__).parent / "nl2sql_blind50", BUILDERS, databases=6, reads_per_db=20)
globals().update(_tests)
