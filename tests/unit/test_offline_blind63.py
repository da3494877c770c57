"""Sixty-third blind measure of the offline translator: media, publishing, sport and entertainment, taken in the eighteenth session.

Six schemas: a comic-book distributor (``comicdistro``, legacy upper-case abbreviations ``PUBMAST``/``ORDHDR``/``QTYORD``,
``YYYYMMDD`` integer dates, prices in cents, a sales-rep hierarchy), a stock-photo agency (``stockphoto``, Hungarian
prefixes ``lngImageID``/``strTitle``/``bExclusive``, a keyword link table), TV airtime sales (``tvadsales``, a
``dim_``/``fact_`` star in pence), an amusement arcade (``arcade``, terse names ``mach``/``mbr``/``nm``/``zn``, epoch
seconds), a literary agency (``literaryagency``, quoted names with spaces such as ``"Book Deals"."Advance GBP"``) and a
pigeon-racing federation (``pigeonracing``, natural keys such as ring numbers, sire and dam self-references).

The questions in ``nl2sql_blind63/questions.jsonl`` and their gold SQL were written and frozen by a helper that
never saw the translator, before it was run on them.  Reads are judged by execution (correct, wrong or refused);
``writes.jsonl`` holds change requests whose right answer is a refusal.
The first run (2026-12-06, commit cca034f, before any change made for these misses) measured 29 correct,
8 wrong (6.7%) and 83 refused of the 120 reads; all 12 write requests were refused.  No question or gold answer
was changed after that run.
At the end of the session: 31 correct, 2 wrong (1.7%), 87 refused; at most 5% wrong is held.
"""

from __future__ import annotations

from pathlib import Path

from nl2sql_blind63.build import BUILDERS
from nl2sql_data.blind import corpus_tests

_tests = corpus_tests(Path(__file__).parent / "nl2sql_blind63", BUILDERS, databases=6, reads_per_db=20)
globals().update(_tests)
