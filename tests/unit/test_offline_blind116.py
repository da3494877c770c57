"""Hundred-and-sixteenth blind measure of the offline translator: manufacturing, engineering and industrial IoT, taken
in the twenty-fifth session (second set).

Six schemas: ``extrusion`` (an aluminium extrusion plant: snake_case, unit-suffixed columns in mm, kg, °C, kPa, mm/s
and minutes, shift codes 'A'/'B'/'C', downtime reason codes with a planned flag); ``heattreat`` (heat-treatment
furnaces: no declared keys, long-format sensor readings with metric codes, epoch milliseconds, severity codes);
``weldcells`` (robotic welding cells: PascalCase names, defect and severity codes with lookup tables, seconds,
grams, amperes, volts); ``plantmaint`` (a beverage plant's maintenance: an asset hierarchy self-reference, work
orders with planned vs actual dates, type/status/priority codes, EUR); ``airplant`` (compressed air and energy
metering: kWh, hours, bar, l/min, m3/min, a dated tariff table); ``gaugecrib`` (gauge calibration and checkouts:
abbreviated names like ``_cd``/``_nm``/``_dt``, result codes, intervals in days, µm).

The questions in ``nl2sql_blind116/questions.jsonl`` and their gold SQL were written and frozen by a helper that
never saw the translator, before it was run on them. Reads are judged by execution (correct, wrong or refused);
``writes.jsonl`` holds change requests whose right answer is a refusal. The first run (2026-12-07, commit 67ce0ff)
measured 52 correct, 8 wrong and 60 refused of the 120 reads; all 12 write requests were refused. Before that run,
and only then, 8 golds lost a ROUND(..., 1) the question does not ask for (the brief the helper had read still said
to round percentages; the judge compares two decimals). At the end of the session (commit b6aff46's rules): 53
correct, 3 wrong (2.5%), 64 refused; all 12 write requests refused; at most 5% wrong is held.
"""

from __future__ import annotations

from pathlib import Path

from nl2sql_blind116.build import BUILDERS
from nl2sql_data.blind import corpus_tests

_tests = corpus_tests(Path(__file__).parent / "nl2sql_blind116", BUILDERS, databases=6, reads_per_db=20,
                      tables=(4, 9), keyless=frozenset({"heattreat"}))
globals().update(_tests)
