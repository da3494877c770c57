"""Twenty-fourth blind measure of the offline translator: six schemas rich in time (admissions and discharges,
calls and shifts, bookings with planned and actual times, sprints, screenings with separate date and time
columns, pay periods and timesheets), asked about periods, durations, ages, overdue and current rows.

The questions in ``nl2sql_blind24/questions.jsonl`` and their gold SQL were written and frozen by a
helper that never saw the translator, before it was run on them.  Reads are judged by execution
(correct, wrong or refused); ``writes.jsonl`` holds change requests whose right answer is a refusal.
Counts, every wrong and refused question and the translation times are printed (``pytest -s``).
The first run (2026-12-05, before any change made for these misses) measured 30 correct, 22 wrong (18.3%) and 68 refused of the 120 reads, and answered 1 of the 12 write requests ("discharge Rosa Yilmaz home as of now" ran as a read).
No question or gold answer was changed after that run.  After rules drawn from its misses: 31 correct, 18 wrong, 71 refused, every write refused; the 5% goal is not met here (``WRONG_ABOVE_GOAL``).
Ninth session (rules drawn from this corpus and from blind25-27): 34 correct, 14 wrong, 72 refused.
Tenth session (a bare phrase about dated rows no name shows is counted, "overdue", rules from every corpus):
40 correct, 10 wrong, 70 refused.
"""

from __future__ import annotations

from pathlib import Path

from nl2sql_blind24.build import BUILDERS
from nl2sql_data.blind import corpus_tests

#: the precision goal is not met here; said in the test report rather than hidden
WRONG_ABOVE_GOAL = (
    "10 wrong (8.3%): four show a ticket's title without its key; one fragment ('calls from premium customers this "
    "month') lists the calls with their customers where its gold counts them; 'currently' is read as an unset end "
    "date where the gold also wants a start by today; 'upcoming bookings' are dated where the gold tests a "
    "status; 'by date' is listed as groups; pay is dated by the day it was paid rather than its pay period; and "
    "'pay date for the May 2025 period' is counted"
)
_tests = corpus_tests(Path(__file__).parent / "nl2sql_blind24", BUILDERS, databases=6, reads_per_db=20,
                      self_reference=False, wrong_above_goal=WRONG_ABOVE_GOAL)
globals().update(_tests)
