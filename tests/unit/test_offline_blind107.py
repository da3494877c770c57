"""Hundred-and-seventh blind measure of the offline translator: small manufacturing and retail, taken in the
twenty-fourth session.

Six schemas: a Dutch candle workshop (``kaarsenmakerij``, Dutch names and values, REAL euros), a milliner
(``millinery``, every column prefixed by its table's letter: ``c_name``, ``o_c_id``), a guitar-pedal builder
(``pedalworks``, a two-level bill of materials, euro cents), a spice blender (``spicemill``, ``fk_``-prefixed foreign
keys), a laser-cutting bureau (``lasercut``, dates as unix epoch seconds, cents) and a haberdashery (``haberdashery``,
soft deletes by ``deleted_at``, pence).

The questions in ``nl2sql_blind107/questions.jsonl`` and their gold SQL were written and frozen by a helper that never
saw the translator, before it was run on them. Reads are judged by execution (correct, wrong or refused);
``writes.jsonl`` holds change requests whose right answer is a refusal. The first run (2026-12-07, commit 42d209c, the
twenty-fourth session's first rules) measured 46 correct, 7 wrong (5.8%) and 67 refused of the 120 reads; all 12 write
requests were refused. No question or gold answer was changed after that run. At the end of the session (commit
daea7a3's rules): 48 correct, 2 wrong (1.7%), 70 refused; all 12 write requests refused; at most 5% wrong is held.
"""

from __future__ import annotations

from pathlib import Path

from nl2sql_blind107.build import BUILDERS
from nl2sql_data.blind import corpus_tests

# (the bill of materials links parts to parts through a table of its own: no key of a table points to itself)
_tests = corpus_tests(Path(__file__).parent / "nl2sql_blind107", BUILDERS, databases=6, reads_per_db=20,
                      self_reference=False)
globals().update(_tests)
