"""Ninety-second blind measure of the offline translator: media, arts and entertainment, taken in the
twenty-first session.

Six schemas: a film club (``cineclub``, Spanish names and values), a touring puppet theatre (``puppetry``, Rails
conventions: integer enums, ``*_cents`` money, ``schema_migrations``), a jazz club (``jazzclub``, camelCase, cents,
statuses with spaces), a podcast network's ad sales (``podnetwork``, hyphenated statuses, a parent-category
self-reference), a museum loans office (``museumloans``, PascalCase, 'Y'/'N' flags, a manager self-reference) and a
dance festival (``dancefest``, UPPER_SNAKE names, a coordinator and team-leader self-reference).

The questions in ``nl2sql_blind92/questions.jsonl`` and their gold SQL were written and frozen by a helper that
never saw the translator, before it was run on them.  Reads are judged by execution (correct, wrong or refused);
``writes.jsonl`` holds change requests whose right answer is a refusal.
Held out while the session's earlier rules were made, the first run (2026-12-06, commit 23552f8) measured 23 correct,
10 wrong (8.3%) and 87 refused of the 120 reads; all 12 write requests were refused.  No question or gold
answer was changed after that run.
At the end of the session (commit c26971d's rules): 25 correct, 6 wrong (5.0%), 89 refused; all 12
write requests refused; at most 5% wrong is held.
"""

from __future__ import annotations

from pathlib import Path

from nl2sql_blind92.build import BUILDERS
from nl2sql_data.blind import corpus_tests

_tests = corpus_tests(Path(__file__).parent / "nl2sql_blind92", BUILDERS, databases=6, reads_per_db=20)
globals().update(_tests)
