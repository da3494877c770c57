"""Hundred-and-first blind measure of the offline translator: agriculture, food processing and markets,
taken in the twenty-third session.

Six schemas: a Turkish hazelnut and tea cooperative (``ciftlikkoop``, Turkish names and values), a fish auction
(``fishauction``, PascalCase, prices per kilo), slaughterhouse audits (``abattoiraudit``, integer codes explained by
lookup tables, a supervisor self-reference), an olive mill (``olivemill``, ``_dt``/``_ts`` suffixes, olives in kg and
oil in tonnes), a glasshouse grower (``glasshouseops``, a site > house > bay hierarchy and team leads) and a wholesale
produce market (``producemarket``, tonnes traded at prices per kilo, coded trade states).

The questions in ``nl2sql_blind101/questions.jsonl`` and their gold SQL were written and frozen by a helper that never
saw the translator, before it was run on them.  Reads are judged by execution (correct, wrong or refused);
``writes.jsonl`` holds change requests whose right answer is a refusal.  The first run (2026-12-07, commit db26e8c,
whose translator is the twenty-second session's) measured 30 correct, 10 wrong (8.3%) and 80 refused of the 120 reads;
all 12 write requests were refused.  No question or gold answer was changed after that run.
At the end of the session (commit ee7a166's rules): 39 correct, 4 wrong (3.3%), 77 refused; all 12 write
requests refused; at most 5% wrong is held.
"""

from __future__ import annotations

from pathlib import Path

from nl2sql_blind101.build import BUILDERS
from nl2sql_data.blind import corpus_tests

_tests = corpus_tests(Path(__file__).parent / "nl2sql_blind101", BUILDERS, databases=6, reads_per_db=20)
globals().update(_tests)
