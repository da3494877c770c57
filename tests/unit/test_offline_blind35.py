"""Thirty-fifth blind measure of the offline translator: ordinary questions over six more domains.

Six schemas in six naming styles: an animal rehoming charity (``animalshelter``, Hungarian type prefixes on
``tbl`` tables such as ``strName``, ``dtmIntake`` and ``bitNeutered``, status codes in a lookup table, a
self-referencing ``intMentorID`` on volunteers), a funeral director (``funeralhome``, type suffixes ``_txt``,
``_dt``, ``_amt``, ``_yn`` and ``_cd``, burial and cremation codes), a photography studio (``photostudio``, a
``tbl_`` prefix on singular snake_case tables, a self-referencing lead photographer), a family campsite
(``campsite``, lower-case names run together such as ``arrivaldate`` and ``haselectric``, one-letter status codes,
and no declared foreign keys), a riding school and livery yard (``stables``, table-prefixed abbreviated columns
such as ``hrs_nm`` and ``lsn_start_ts``, a self-referencing ``hrs_dam_id``: a horse's mother) and a towing
company (``towing``, a wide denormalised report table beside ``lkp_`` lookup tables).

The questions in ``nl2sql_blind35/questions.jsonl`` and their gold SQL were written and frozen by a helper that
never saw the translator, before it was run on them.  Reads are judged by execution (correct, wrong or refused);
``writes.jsonl`` holds change requests whose right answer is a refusal.
The first run (2026-12-06, commit b044856, before any change made for these misses) measured 19 correct,
11 wrong (9.2%) and 90 refused of the 120 reads.  No question or gold answer was changed after that run.
After rules drawn from its misses (same session): 31 correct, 1 wrong (0.8%), 88 refused.
"""

from __future__ import annotations

from pathlib import Path

from nl2sql_blind35.build import BUILDERS
from nl2sql_data.blind import corpus_tests

_tests = corpus_tests(Path(__file__).parent / "nl2sql_blind35", BUILDERS, databases=6, reads_per_db=20,
                      keyless=frozenset({"campsite"}))
globals().update(_tests)
