"""Hundred-and-twentieth blind measure of the offline translator: community, nonprofit and hobby groups, taken in the
twenty-sixth session.

Six schemas, all built by volunteers in a GUI tool, with mixed-case and inconsistent names (``Animals`` beside
``tblAdoptions`` and ``dog_walks``), quoted column names with spaces or brackets (``"First Name"``,
``"Weight (kg)"``, ``"False Alarm?"``), 'Yes'/'No' text flags and free-text status words: an animal rescue shelter
(``pawsrescue``, kennels, adoptions with returns, vet visits, a volunteer mentor self-reference, dog walks), a food
bank (``pantry``, text household references, referral agencies, food and money donations with anonymous donors, a
volunteer-to-shift sign-up link table), a community choir (``choralsoc``, a ``tbl`` rehearsal table, an attendance
register with apologies, a buddy self-reference, concert programmes linking pieces, unpaid subs as NULL dates), a
volunteer fire brigade (``firecrew``, ``'YY-NNN'`` call numbers, 'YYYY-MM-DD HH:MM' page and return times, incident
codes with a false-alarm flag, a reports-to self-reference, a crew link table, renewed qualifications), allotment
gardens (``plotholders``, text plot numbers, tenancies with open end dates, a waiting list, a referred-by
self-reference, rent years) and a makerspace (``hackspace``, lower-case status words, a sponsor self-reference, a
member-to-tool induction link table with the inducting member, tool bookings and workshops).

The questions in ``nl2sql_blind120/questions.jsonl`` and their gold SQL were written and frozen by a helper that
never saw the translator, before it was run on them. Reads are judged by execution (correct, wrong or refused);
``writes.jsonl`` holds change requests whose right answer is a refusal. The first run (2026-12-07, commit 96f1a6e)
measured 35 correct, 6 wrong and 79 refused of the 120 reads; all 12 write requests were refused. At the end of the
session (commit be3e148's rules): 37 correct, 4 wrong (3.3%), 79 refused; all 12 write requests refused.
"""

from __future__ import annotations

from pathlib import Path

from nl2sql_blind120.build import BUILDERS
from nl2sql_data.blind import corpus_tests

_tests = corpus_tests(Path(__file__).parent / "nl2sql_blind120", BUILDERS, databases=6, reads_per_db=20,
                      tables=(4, 9))
globals().update(_tests)
