"""Hundred-and-thirtieth blind measure of the offline translator: education and research.

Six schemas: ``escola`` (the lower-secondary schools of a Brazilian municipal network, in Portuguese: escolas,
professores with tenure flags 'S'/'N' and salaries in reais, disciplinas, turmas per school year with a homeroom
teacher, alunos, matriculas with status codes such as 'REP' for held back, a class-subject-teacher link and the final
grades of 2024 with a passing mark of 5.0); ``skillpath`` (an online course platform as a camelCase export with text
UUID keys, ISO 'T...Z' timestamps and 'true'/'false' booleans: instructors, courses with a ``prerequisiteCourseId``
self-reference and list prices in dollars, learners on plans, enrollments paid in US cents with coupons and refunds,
lessons with video seconds, quiz attempts and reviews); ``hallidaylab`` (a university neuroscience lab that keeps
time in term codes such as '2024FA' and '2025SP', which do not sort in time order, with a terms calendar: members
with a ``supervisor_id`` self-reference, grants, per-term stipend appointments, projects with a member link,
publications and authorships); ``brightpath`` (a tutoring company in PascalCase with 'YYYY/MM/DD HH24:MI' text
timestamps and 'Y'/'N' flags: tutors with hourly rates, subjects and a tutor-subject link, students, sessions with
status codes, feedback and monthly invoices); ``sciencefair`` (a plain snake_case regional science fair over three
years: schools, students, categories, projects with a project-student link, judges, three score sheets per project
and awards with prizes); ``thesisarchive`` (a library's archive of graduate theses with abbreviated names, YYYYMMDD
integer dates, letter grades with a grade-points lookup, committees, keywords and loans of printed copies).

The questions in ``nl2sql_blind130/questions.jsonl`` and their gold SQL were written and frozen by a helper that
never saw the translator, before it was run on them. Reads are judged by execution (correct, wrong or refused);
``writes.jsonl`` holds change requests whose right answer is a refusal. Its helper reported no slip.
The first run (2026-12-07, commit e6bda26, after the rules drawn from blind125-128 and before any drawn from this
corpus) measured 31 correct, 8 wrong and 81 refused of the 120 reads; all 12 write requests were refused.
At the end of the session (commit 14034a9's rules): 32 correct, 4 wrong (3.3%), 84 refused; all 12 write requests
refused.
"""

from __future__ import annotations

from pathlib import Path

from nl2sql_blind130.build import BUILDERS
from nl2sql_data.blind import corpus_tests

_tests = corpus_tests(Path(__file__).parent / "nl2sql_blind130", BUILDERS, databases=6, reads_per_db=20,
                      tables=(4, 9))
globals().update(_tests)
