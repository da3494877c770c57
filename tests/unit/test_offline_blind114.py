"""Hundred-and-fourteenth blind measure of the offline translator: sport, games, media and entertainment, taken in the
twenty-fifth session (second set).

Six schemas: a handball league (``handball``, camelCase JSON-export names ``playerId``/``matchDate``/``isHomeTeam``,
seasons as '2023/24', 1/0 flags, position and nationality codes, minutes out of 60, a match-appearance link table
carrying minutes played, goals and saves), a speedrunning leaderboard (``speedrun``, snake_case, run times as
'HH:MM:SS' text, 'Y'/'N' flags, platform codes, a moderator key back into the runners table), a weekly singles chart
(``musicchart``, PascalCase, chart weeks as ISO-week text '2025-W07', positions and ranks, durations in seconds, a
parent-label self-reference, a featuring link table), a concert promoter's tours (``gigtour``, flattened nested
fields ``address_city``/``stats_tickets_sold``, one-letter status codes, euros, set lengths in minutes), an
audiobook publisher (``audiobooks``, snake_case, royalty periods as '2024-Q3' text, runtimes in seconds, dollars,
'Y'/'N' flags) and a mixed-martial-arts promotion (``fightcard``, lower snake_case, result-method, stance and
weight-class codes, kilograms and centimetres against pounds and feet, published rankings by date).

The questions in ``nl2sql_blind114/questions.jsonl`` and their gold SQL were written and frozen by a helper that
never saw the translator, before it was run on them. Reads are judged by execution (correct, wrong or refused);
``writes.jsonl`` holds change requests whose right answer is a refusal. The first run (2026-12-07, commit 67ce0ff)
measured 39 correct, 8 wrong and 73 refused of the 120 reads; all 12 write requests were refused. At the end of the
session (commit b6aff46's rules): 41 correct, 2 wrong (1.7%), 77 refused; all 12 write requests refused; at most 5%
wrong is held.
"""

from __future__ import annotations

from pathlib import Path

from nl2sql_blind114.build import BUILDERS
from nl2sql_data.blind import corpus_tests

_tests = corpus_tests(Path(__file__).parent / "nl2sql_blind114", BUILDERS, databases=6, reads_per_db=20,
                      tables=(4, 9))
globals().update(_tests)
