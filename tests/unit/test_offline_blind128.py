"""Hundred-and-twenty-eighth blind measure of the offline translator: the public sector and non-profits (libraries,
permits, grants, elections, museums, volunteers).

Six schemas: ``biblioteca`` (the municipal library network of Valencia with Spanish table and column names:
branches, members with membership types and cancellations, authors, works, a work-author link table with roles,
copies with shelf states, loans with due and return dates, fines in euros, holds; 'S'/'N' flags); ``permits`` (a
city's legacy building-permit system with terse abbreviations such as ``prmt_no``, ``apl_dt``, ``insp_rslt``:
parcels, applicants, permits with a ``par_prmt_no`` self-reference from trade sub-permits to their master permit,
inspectors, inspections, fees; dates as INTEGER YYYYMMDD, 'Y'/'N' flags); ``grants`` (a community foundation's grant
tracker exported from a spreadsheet: a wide "Grant Tracker" sheet with quoted Title Case names beside one "Program
Areas" lookup, plus disbursement and site-visit sheets; 'Yes'/'No' columns); ``elections`` (a county elections
office: a units hierarchy county-district-ward-precinct with a ``parent_unit_id`` self-reference, voters, a
status-history table whose latest row is the current registration status, elections, ballots linking voters and
elections, poll workers; Unix-time timestamps and 0/1 flags); ``museum`` (a UK museum with money in pence:
galleries, objects with a ``part_of_id`` self-reference from the parts of a set to the set, exhibitions, an
exhibition-object link table, loans out, members, ticket sales; 'true'/'false' flags); ``volunteers`` (a food bank's
volunteer program in plain snake_case: sites, programs, volunteers, skills with a link table, shifts, sign-ups).

The questions in ``nl2sql_blind128/questions.jsonl`` and their gold SQL were written and frozen by a helper that
never saw the translator, before it was run on them. Reads are judged by execution (correct, wrong or refused);
``writes.jsonl`` holds change requests whose right answer is a refusal. Its helper reported one slip: a ``git status``
run to check its own new files also printed the names (no contents) of four modified files under
``src/aishell/ai/offline/``; nothing it wrote was drawn from them.
The first run (2026-12-07, commit ca78faa, before any rule drawn from it) measured 24 correct, 5 wrong and 91 refused of
the 120 reads; 12 of the 12 write requests were refused.
At the end of the session (commit 14034a9's rules): 27 correct, 3 wrong (2.5%), 90 refused; all 12 write requests
refused.
"""

from __future__ import annotations

from pathlib import Path

from nl2sql_blind128.build import BUILDERS
from nl2sql_data.blind import corpus_tests

_tests = corpus_tests(Path(__file__).parent / "nl2sql_blind128", BUILDERS, databases=6, reads_per_db=20,
                      tables=(4, 9))
globals().update(_tests)
