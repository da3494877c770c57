"""Eighty-eighth blind measure of the offline translator: making and fixing things, taken in the twenty-first
session.

Six schemas: a blacksmith's forge (``smedja``, Swedish names and values, a supervisor self-reference), an industrial
pump overhaul shop (``pumprepair``, ALL-CAPS mainframe names of up to 8 characters, upper-case values, one-letter
status codes explained only in a lookup table), a 3D print farm (``printfarm``, plural PascalCase tables, camelCase
columns, 'YYYY-MM-DD HH:MM:SS' timestamps), a bicycle frame builder (``framebuilder``, money in integer pence), a
restoration joinery (``joinery``, singular tables with ``emp_``/``proj_``/``cli_`` prefixes, a reports-to
self-reference) and a violin-bow rehairing workshop (``bowrehair``, short abbreviated names, 'Y'/'N' flags, service
codes in a lookup table).

The questions in ``nl2sql_blind88/questions.jsonl`` and their gold SQL were written and frozen by a helper that
never saw the translator, before it was run on them.  Reads are judged by execution (correct, wrong or refused);
``writes.jsonl`` holds change requests whose right answer is a refusal.
The first run (2026-12-06, commit f7bc426, before any change made for these misses) measured 16 correct,
8 wrong (6.7%) and 96 refused of the 120 reads; 11 of the 12 write requests were refused, and PR-w2 ("... have paid
invoice 700509, record it as paid today.") was answered with a SELECT.  Before that run, three ``order_col`` fields
written as column names were rewritten as the column indexes the scorer reads (SM-07, FB-05, FB-19); no question or
gold answer was changed, then or after.
At the end of the session (commit c26971d's rules): 19 correct, 4 wrong (3.3%), 97 refused; all 12 write
requests refused; at most 5% wrong is held.
"""

from __future__ import annotations

from pathlib import Path

from nl2sql_blind88.build import BUILDERS
from nl2sql_data.blind import corpus_tests

_tests = corpus_tests(Path(__file__).parent / "nl2sql_blind88", BUILDERS, databases=6, reads_per_db=20)
globals().update(_tests)
