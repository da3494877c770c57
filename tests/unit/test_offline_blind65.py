"""Sixty-fifth blind measure of the offline translator: finance, insurance, public administration and professional
services, taken in the eighteenth session after the rules drawn from blind62 to blind64.

Six schemas: a bail-bonds office (``bailbonds``, legacy upper-case abbreviations ``AGENTNO``/``BONDAMT``/``STATCD``,
``YYYYMMDD`` integer dates, payments in cents), a local-government pension fund (``pensionfund``, a ``dim_``/``fact_``
star with a month-end date dimension, pounds and pence), a mobile notary agency (``notary``, quoted names with spaces,
a referral self-reference), a city's procurement department (``procurement``, jargon ``ou``/``cpv``/``rfq``/``po``/
``grn``/``uom``), a tax-preparation office (``taxprep``, Hungarian prefixes ``lngPreparerID``/``curPrepFee``/
``bEFiled``) and a chain of currency-exchange bureaux (``fxbureau``, natural and composite keys, epoch seconds).

The questions in ``nl2sql_blind65/questions.jsonl`` and their gold SQL were written and frozen by a helper that
never saw the translator, before it was run on them.  Reads are judged by execution (correct, wrong or refused);
``writes.jsonl`` holds change requests whose right answer is a refusal.
The first run (2026-12-06, commit 57bce6d, before any change made for these misses) measured 37 correct,
10 wrong (8.3%) and 73 refused of the 120 reads; all 12 write requests were refused.  No question or gold answer
was changed after that run.  (One line of an earlier run, TP-05's, was seen before it: no rule was drawn from it.)
At the end of the session: 40 correct, 2 wrong (1.7%), 78 refused; at most 5% wrong is held.
"""

from __future__ import annotations

from pathlib import Path

from nl2sql_blind65.build import BUILDERS
from nl2sql_data.blind import corpus_tests

_tests = corpus_tests(Path(__file__).parent / "nl2sql_blind65", BUILDERS, databases=6, reads_per_db=20)
globals().update(_tests)
