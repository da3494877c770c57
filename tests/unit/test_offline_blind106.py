"""Hundred-and-sixth blind measure of the offline translator: science and research, taken in the twenty-fourth session.

Six schemas: synchrotron beamtime (``beamline``, upper case with ``_ID``/``_CD``/``_DESC``/``_NM``/``_DT``), a
radiocarbon lab (``radiocarbon``, upper case, US cents, aliquots pointing to their parent sample, weights in mg), a
Spanish soil-testing lab (``suelos``, Spanish names and values), ocean buoys (``buoynet``, station metadata as
attribute-value rows, readings in milli-units and pascals), a psychology lab (``psychlab``, PascalCase, Y/N flags,
reaction times in ms, pence) and a museum insect collection (``entomology``, a self-referencing taxonomy from order to
species, coded sex and life stage).

The questions in ``nl2sql_blind106/questions.jsonl`` and their gold SQL were written and frozen by a helper that never
saw the translator, before it was run on them. Reads are judged by execution (correct, wrong or refused);
``writes.jsonl`` holds change requests whose right answer is a refusal. The first run (2026-12-07, commit 42d209c, the
twenty-fourth session's first rules) measured 32 correct, 4 wrong (3.3%) and 84 refused of the 120 reads; all 12 write
requests were refused. No question or gold answer was changed after that run. At the end of the session (commit
daea7a3's rules): 35 correct, 2 wrong (1.7%), 83 refused; all 12 write requests refused; at most 5% wrong is held.
"""

from __future__ import annotations

from pathlib import Path

from nl2sql_blind106.build import BUILDERS
from nl2sql_data.blind import corpus_tests

_tests = corpus_tests(Path(__file__).parent / "nl2sql_blind106", BUILDERS, databases=6, reads_per_db=20,
                      tables=(4, 9))
globals().update(_tests)
