"""Hundred-and-twenty-first blind measure of the offline translator: legal and professional services, taken in the
twenty-sixth session (second set).

Six schemas, three in SQL Server style (PascalCase, ``tbl``/``lkp`` prefixes, ``IsActive``/``IsBillable`` bit flags,
``DateCreated``/``ModifiedBy`` audit columns, DECIMAL money), two in plain snake_case and one in long English names: a
law firm (``lawfirm``, matters, time entries with billable and non-billable hours, hourly rates valid from/to,
invoices with write-offs and void/part-paid status codes, a supervising-partner self-reference, a matter-to-lawyer
link table with roles), an architecture practice (``archstudio``, RIBA work stages, timesheets with billable and
project-time flags on a lookup, per-stage fee invoices with VAT, planning applications, a line-manager
self-reference), a recruitment agency (``recruitment``, vacancies, a candidate-to-vacancy application link table with
a stage lookup, interview rounds, placements with fee percentages and guarantee rebates), an accounting practice
(``taxpractice``, snake_case, filing types and statutory deadlines, overdue and late filings, penalties and
appeals), a translation agency (``translation``, snake_case, ISO language codes, a translator-to-language-pair link
table, split assignments, proofreaders' quality reviews) and a notary's office (``notaryoffice``, long names such as
``date_the_deed_was_signed`` and ``full_name_or_company_name``, a deed-to-client party link table with roles,
appointments with outcomes, land-registry entry, a supervising-notary self-reference).

The questions in ``nl2sql_blind121/questions.jsonl`` and their gold SQL were written and frozen by a helper that never
saw the translator, before it was run on them. Reads are judged by execution (correct, wrong or refused);
``writes.jsonl`` holds change requests whose right answer is a refusal. The first run (2026-12-07, commit ce221b8)
measured 28 correct, 9 wrong and 83 refused of the 120 reads; all 12 write requests were refused. The second set (121 to
124) was measured at the same commit, after the rules drawn from the first set. At the end of the session (commit
be3e148's rules): 30 correct, 3 wrong (2.5%), 87 refused; all 12 write requests refused.
"""

from __future__ import annotations

from pathlib import Path

from nl2sql_blind121.build import BUILDERS
from nl2sql_data.blind import corpus_tests

_tests = corpus_tests(Path(__file__).parent / "nl2sql_blind121", BUILDERS, databases=6, reads_per_db=20,
                      tables=(4, 9))
globals().update(_tests)
