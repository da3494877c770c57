"""Hundred-and-twenty-fourth blind measure of the offline translator: games, apps and online communities, taken in the
twenty-sixth session (second set).

Six schemas: ``tapkingdom`` (a free-to-play mobile game as a document-store export: camelCase names, text ``_id``
keys such as 'p_8f3a2c', ISO 'T...Z' timestamps, 'true'/'false' text booleans, a ``referredBy`` self-reference,
sessions in seconds with app versions and crashes, in-app purchases in US cents with refunds, a player-achievement
link table); ``threadhub`` (a discussion forum in snake_case: boards, threads, replies with a ``parent_post_id``
self-reference, a member-post vote link, reports with reason and status codes, a moderation log); ``sparkmatch`` (a
dating app, camelCase export: profiles, swipes with like/superlike/pass, matches made by mutual likes with
unmatching, messages with read times, user reports with pending outcomes, subscription terms); ``fragleague`` (a
Counter-Strike league in snake_case: teams, players, a players-to-teams roster link with joined/left dates, matches
with two team keys and a winner, maps with rounds and overtime, per-map player stats, durations in seconds);
``appmarket`` (an app store, camelCase export: developers, apps priced in US dollars, submitted versions with review
status and sizes in bytes, installs and uninstalls, star reviews with developer replies); ``vidstream`` (a video
streaming service in snake_case: plans in US dollars, subscribers with cancellations, movies and series with a
title-genre link table, episodes in seconds, watch events in milliseconds, thumbs ratings).

The questions in ``nl2sql_blind124/questions.jsonl`` and their gold SQL were written and frozen by a helper that
never saw the translator, before it was run on them. Reads are judged by execution (correct, wrong or refused);
``writes.jsonl`` holds change requests whose right answer is a refusal. The first run (2026-12-07, commit ce221b8)
measured 37 correct, 10 wrong and 73 refused of the 120 reads; all 12 write requests were refused. At the end of the
session (with the last rule, commit 38e4189): 39 correct, 6 wrong (5.0%), 75 refused; all 12 write requests
refused. Its helper reported one slip: while reading the example builder it printed the first three lines of
blind116's questions and writes; nothing it wrote was drawn from them.
"""

from __future__ import annotations

from pathlib import Path

from nl2sql_blind124.build import BUILDERS
from nl2sql_data.blind import corpus_tests

_tests = corpus_tests(Path(__file__).parent / "nl2sql_blind124", BUILDERS, databases=6, reads_per_db=20,
                      tables=(4, 9))
globals().update(_tests)
