"""Hundred-and-fourth blind measure of the offline translator: public sector and utilities,
taken in the twenty-third session.

Six schemas: a Norwegian water utility (``vannmaaler``, Norwegian names and values, J/N flags, øre,
``gyldig_fra``/``gyldig_til`` tariffs), Indonesian waste collection (``sampah``, ``kd_``/``nm_``/``tgl_`` prefixes and
``m_``/``t_`` tables, a superior self-reference), library loans (``booklending``, a title-author link with roles,
pence), council tax (``localtax``, joint liabilities, financial years), parking permits (``permitzones``, parent
zones, euro cents, warden supervisors) and street-lighting faults (``lampfaults``, contract periods, team leads).

The questions in ``nl2sql_blind104/questions.jsonl`` and their gold SQL were written and frozen by a helper that never
saw the translator, before it was run on them.  Reads are judged by execution (correct, wrong or refused);
``writes.jsonl`` holds change requests whose right answer is a refusal.  The first run (2026-12-07, commit db26e8c,
whose translator is the twenty-second session's) measured 20 correct, 5 wrong (4.2%) and 95 refused of the 120 reads;
all 12 write requests were refused.  No question or gold answer was changed after that run.
At the end of the session (commit ee7a166's rules): 24 correct, 5 wrong (4.2%), 91 refused; all 12 write
requests refused; at most 5% wrong is held.
"""

from __future__ import annotations

from pathlib import Path

from nl2sql_blind104.build import BUILDERS
from nl2sql_data.blind import corpus_tests

_tests = corpus_tests(Path(__file__).parent / "nl2sql_blind104", BUILDERS, databases=6, reads_per_db=20)
globals().update(_tests)
