"""Fifty-second blind measure of the offline translator: agriculture, the environment and the outdoors, taken in
the seventeenth session after the rules drawn from blind48 to blind51.

Six schemas: an air-quality network (``airquality``, UPPER_SNAKE with code/description pairs such as
``STATION_TYPE_CD`` beside a lookup's ``STATION_TYPE_DESC``), a dairy herd book (``dairyherd``, ``<table>_sk``
surrogate keys beside natural keys, and ``cow.dam_sk`` pointing to the cow's mother), river levels and flood warnings
(``floodwatch``, every date an INTEGER ``YYYYMMDD``), an arable agronomy consultancy (``agronomy``, plural
lowerCamelCase: ``fieldVisits``, ``soilSamples``), angling catch returns (``catchreturns``, one wide export table
beside two small lookups) and a tree-planting charity (``treeplanting``, Rails-style plural snake_case with
``created_at``/``updated_at``).

The questions in ``nl2sql_blind52/questions.jsonl`` and their gold SQL were written and frozen by a helper that
never saw the translator, before it was run on them.  Reads are judged by execution (correct, wrong or refused);
``writes.jsonl`` holds change requests whose right answer is a refusal.
The first run (2026-12-06, commit 3276815, before any change made for these misses) measured 41 correct,
8 wrong (6.7%) and 71 refused of the 120 reads; all 12 write requests were refused.  No question or gold answer
was changed after that run.
At the end of the session: 44 correct, 3 wrong (2.5%), 73 refused; at most 5% wrong is held.
"""

from __future__ import annotations

from pathlib import Path

from nl2sql_blind52.build import BUILDERS
from nl2sql_data.blind import corpus_tests

_tests = corpus_tests(
    Path(__file__).parent / "nl2sql_blind52",
    BUILDERS,
    databases=6,
    reads_per_db=20,
)
globals().update(_tests)
