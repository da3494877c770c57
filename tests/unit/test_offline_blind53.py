"""Fifty-third blind measure of the offline translator: media, technology and professional services, taken in
the seventeenth session after the rules drawn from blind48 to blind51.

Six schemas: a domain-name registrar (``dnsregistrar``, American abbreviations: ``acct``, ``txn``, ``bal``,
``reg_dt``), an app store (``appstore``, a key/value table ``app_attributes`` beside ``apps``), a management
consultancy (``consultancy``, soft deletes with ``is_deleted`` and ``deleted_at`` on every table, and
``consultants.manager_id``), a penetration-testing firm (``pentest``, status kept only in event tables with
``entity_id``, ``status``, ``changed_at``), a casting agency (``casting``, numbered columns such as ``phone1``,
``phone2``, ``address_line1``) and a voice-over studio (``voiceover``, singular PascalCase with composite primary
keys in its link tables).

The questions in ``nl2sql_blind53/questions.jsonl`` and their gold SQL were written and frozen by a helper that
never saw the translator, before it was run on them.  Reads are judged by execution (correct, wrong or refused);
``writes.jsonl`` holds change requests whose right answer is a refusal.
The first run (2026-12-06, commit 3276815, before any change made for these misses) measured 65 correct,
4 wrong (3.3%) and 51 refused of the 120 reads; all 12 write requests were refused.  No question or gold answer
was changed after that run.
At the end of the session: 66 correct, 3 wrong (2.5%), 51 refused; at most 5% wrong is held.
"""

from __future__ import annotations

from pathlib import Path

from nl2sql_blind53.build import BUILDERS
from nl2sql_data.blind import corpus_tests

_tests = corpus_tests(Path(__file__).parent / "nl2sql_blind53", BUILDERS, databases=6, reads_per_db=20)
globals().update(_tests)
