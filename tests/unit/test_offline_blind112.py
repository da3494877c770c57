"""Hundred-and-twelfth blind measure of the offline translator: health, science and the environment, taken in the
twenty-fifth session.

Six schemas: an allergy clinic (``allergyclinic``, very short names ``pt``/``enc``/``dx``/``rx``/``obs``, ``nm``,
``dob``, ICD-10 codes, 'POS'/'NEG' and 'Y'/'N' codes, 'HH:MM' times apart from dates, durations in seconds, a
supervisor self-reference, a diagnosis link table with a composite key), a microplastics survey (``microplastics``,
mixed-case quoted identifiers ``"SampleID"``/``"CollectedOn"``, litres, grams, micrometres), a wildlife rescue
centre (``wildliferehab``, ``tbl`` prefixes, weights in grams, outcome and reason codes, a mentor self-reference),
butterfly transect monitoring (``butterflies``, plural/singular mix, a sighting link table with a composite key,
durations in seconds, sunshine as a 0-1 fraction, Beaufort wind), whale and dolphin acoustic monitoring
(``hydroacoustics``, ``t_`` prefixes, species codes, ``_yn`` flags, durations in seconds, 'HH:MM' times) and
seagrass restoration (``seagrass``, plural snake_case, cover and survival as 0-1 fractions, bottom time in seconds,
biomass in grams, a team-lead self-reference).

The questions in ``nl2sql_blind112/questions.jsonl`` and their gold SQL were written and frozen by a helper that
never saw the translator, before it was run on them. Reads are judged by execution (correct, wrong or refused);
``writes.jsonl`` holds change requests whose right answer is a refusal. The first run (2026-12-07, commit 088b749)
measured 48 correct, 7 wrong and 65 refused of the 120 reads; all 12 write requests were refused. Gold change after
that run, and only this one: 9 golds wrapped a percentage or a total in ROUND(..., 1) that the question does not ask
for (the session's brief to the helper said to round); the ROUND was taken off, leaving the same expression, which
the judge compares to two decimals. Re-judged at the same commit: 50 correct, 5 wrong, 65 refused. The suite had run
this corpus once before, on the uncommitted tree of 088b749, and only its pass/fail line was read. At the end of the
session (commit b6aff46's rules): 55 correct, 0 wrong (0.0%), 65 refused; all 12 write requests refused; at most 5%
wrong is held.
"""

from __future__ import annotations

from pathlib import Path

from nl2sql_blind112.build import BUILDERS
from nl2sql_data.blind import corpus_tests

_tests = corpus_tests(Path(__file__).parent / "nl2sql_blind112", BUILDERS, databases=6, reads_per_db=20,
                      tables=(4, 9))
globals().update(_tests)
