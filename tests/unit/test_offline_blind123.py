"""Hundred-and-twenty-third blind measure of the offline translator: real estate, property and construction, taken in
the twenty-sixth session (second set).

Six schemas, each in its own naming convention: ``lettings`` (a letting agency's properties, tenancies, rent charges
and payments and arrears cases; very terse abbreviated names like ``prop``, ``tnncy``, ``arrs``, ``mthly_rnt_gbp``,
``vac_dt``, property type, stage and status codes, 'Y'/'N' flags); ``repairjobs`` (a building maintenance
contractor's jobs and engineer call-outs; Rails-style plural snake_case tables with ``id`` keys, ``<singular>_id``
foreign keys and ``created_at``/``updated_at`` timestamps, lower-case status and priority words, response targets in
hours); ``sitebuild`` (a main contractor's construction projects; singular tables with ``<table>_key`` surrogate
keys beside natural codes, a main contractor -> subcontractor -> labour-only sub-subcontractor self-reference,
programme tasks with planned and actual dates, defects with severity codes, monthly valuations with retention);
``homesales`` (an estate agency's listings, viewings and offers; PascalCase names, a listings-to-features link
table, offer and listing status words); ``hotdesks`` (a co-working space exported from a spreadsheet: quoted table
and column names with spaces such as ``"Monthly Fee (£)"`` and ``"Start Date"``, 'Yes'/'No' text flags, a
members-to-teams link table, desk and meeting-room bookings); ``lockups`` (a self-storage business in camelCase
with an audit table of unit events: move-ins, move-outs, rate changes with old and new values as text, overlocks).

The questions in ``nl2sql_blind123/questions.jsonl`` and their gold SQL were written and frozen by a helper that
never saw the translator, before it was run on them. Reads are judged by execution (correct, wrong or refused);
``writes.jsonl`` holds change requests whose right answer is a refusal. The first run (2026-12-07, commit ce221b8)
measured 42 correct, 13 wrong and 65 refused of the 120 reads; all 12 write requests were refused. At the end of the
session (commit be3e148's rules): 47 correct, 8 wrong (6.7%), 65 refused; all 12 write requests refused. In the
twenty-seventh session rent received summed from the tenancies' monthly rent (LT-06) and a retention summed as its
percentage (SB-11) are refused instead: 47 correct, 6 wrong (5.0%), 67 refused, at the goal (held). The wrong ones
left: 'current tenancies' read as status 'ACT' where the gold takes an unset vacating date, groups with none left out
(HD-09, LU-18: the gold keeps zeros), members dated by their team's joining date, 'per meeting room booking' grouped
by a plan's meeting-room hours, a per-client-type count of jobs counting clients.
"""

from __future__ import annotations

from pathlib import Path

from nl2sql_blind123.build import BUILDERS
from nl2sql_data.blind import corpus_tests

_tests = corpus_tests(Path(__file__).parent / "nl2sql_blind123", BUILDERS, databases=6, reads_per_db=20,
                      tables=(4, 9))
globals().update(_tests)
