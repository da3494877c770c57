"""Hundred-and-twenty-seventh blind measure of the offline translator: travel, hospitality and events.

Six schemas: ``skyloyal`` (an airline loyalty programme as a document-store export: camelCase names, text ``_id`` keys
such as 'mbr_3fa9c1', ISO 'T...Z' timestamps, 'true'/'false' text booleans, a ``referredBy`` self-reference, flights
with a member-flight credit link table, partner earnings in US dollars, redemptions with cancellations);
``trattoria`` (a chain of Italian restaurants with Italian table and column names: ristoranti, personale with an
``id_responsabile`` boss self-reference, clienti, prenotazioni with Italian status words, piatti, conti and a
bill-line link table, recensioni; euros, 'S'/'N' flags, cities stored in Italian); ``rentacar`` (a car rental firm
with table prefixes ``tbl_``/``t_`` and column prefixes ``br_``, ``veh_``, ``cust_``, ``bk_``: branches, vehicle
classes, the fleet, customers, bookings with one-way and late returns, a booking-extras link table, damage reports;
money in US cents, 'Y'/'N' flags); ``festgrid`` (a festival promoter whose dates are integers yyyymmdd and times
integers hhmm: festivals, editions with one cancelled, stages, artists, a performances link of artists, stages and
editions with fees, ticket types and orders with refunds, in euros); ``innkeep`` (a hotel group's upper-case PMS
export with single-letter codes explained in the docstring: hotels, rooms, guests, reservations with status and
source codes, folio charges, staff with a ``SUPV_ID`` self-reference, housekeeping tasks); ``wanderly`` (a tour
operator in plain snake_case: destinations nested country > region > city through a ``parent_id`` self-reference,
guides, tours with a tour-stop link table, departures, customers, bookings charged in several currencies with a
currency column, reviews).

The questions in ``nl2sql_blind127/questions.jsonl`` and their gold SQL were written and frozen by a helper that
never saw the translator, before it was run on them. Reads are judged by execution (correct, wrong or refused);
``writes.jsonl`` holds change requests whose right answer is a refusal. Its helper reported one slip: a ``git
status`` / ``git diff --stat`` it ran to look at its own new files also printed the names (not the contents) of
four modified translator files under ``src/aishell/ai/offline/`` (lexicon, plan_checks, plan_state, planner) and of
an untracked ``test_offline_styles21.py``; nothing it wrote was drawn from them.
The first run (2026-12-07, commit ca78faa, before any rule drawn from it) measured 32 correct, 5 wrong and 83 refused of
the 120 reads; 12 of the 12 write requests were refused.
At the end of the session (commit 14034a9's rules): 40 correct, 4 wrong (3.3%), 76 refused; all 12 write requests
refused.
"""

from __future__ import annotations

from pathlib import Path

from nl2sql_blind127.build import BUILDERS
from nl2sql_data.blind import corpus_tests

_tests = corpus_tests(Path(__file__).parent / "nl2sql_blind127", BUILDERS, databases=6, reads_per_db=20, tables=(4, 9))
globals().update(_tests)
