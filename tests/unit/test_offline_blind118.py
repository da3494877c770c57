"""Hundred-and-eighteenth blind measure of the offline translator: universities, research labs and learning, taken in
the twenty-sixth session.

Six schemas: Norwegian research funding (``forskmidler``, Norwegian names and values, calls, applications with a
project-team link table, grants and payouts in NOK), master's thesis supervision at a Danish faculty (``speciale``,
Danish names and values, a leader self-reference, a co-supervisor link table, meetings in minutes, grades on the
Danish 7-point scale stored as integers), a Japanese language school (``nihongo``, Japanese romaji names and values,
a superior self-reference, student-class enrolments, absences, scores out of 100 beside letter grades, tuition in
JPY), a university core facility's instrument bookings (``labbook``, short English abbreviations such as ``usr``,
``instr``, ``bkg``, ``trng``, coded statuses, a supervisor self-reference, durations in minutes, NOK rates), an online
course platform (``mooc``, abbreviations such as ``crs``, ``enrol``, ``sub``, a prerequisite-course self-reference,
quiz scores out of 10, letter grades, US cents) and conference peer review (``confrvw``, abbreviations such as
``sub``, ``rvw``, ``trk``, ``ppl``, reviewers-to-papers and authors-to-papers link tables, review scores out of 10).

The questions in ``nl2sql_blind118/questions.jsonl`` and their gold SQL were written and frozen by a helper that
never saw the translator, before it was run on them.  Reads are judged by execution (correct, wrong or refused);
``writes.jsonl`` holds change requests whose right answer is a refusal.  The first run (2026-12-07, commit e16f9e6)
measured 17 correct, 4 wrong and 99 refused of the 120 reads; all 12 write requests were refused. It was measured after
the first set's rules drawn from blind117, blind119 and blind120 (its helper finished last); no rule was drawn from it
before that run. At the end of the session (commit be3e148's rules): 27 correct, 3 wrong (2.5%), 90 refused; all 12
write requests refused.
"""

from __future__ import annotations

from pathlib import Path

from nl2sql_blind118.build import BUILDERS
from nl2sql_data.blind import corpus_tests

_tests = corpus_tests(Path(__file__).parent / "nl2sql_blind118", BUILDERS, databases=6, reads_per_db=20,
                      tables=(4, 9))
globals().update(_tests)
