"""Hundred-and-twenty-second blind measure of the offline translator: energy, utilities and telecoms, taken in the
twenty-sixth session (second set).

Six schemas: a Dutch rooftop solar installer (``zonnedak``, Dutch names and values such as ``klanten``,
``offertes``, ``installaties``, status 'geaccepteerd'/'afgewezen'/'verlopen', roof orientations 'Z'/'OW', capacity
from panels times watt-peak, a cumulative kWh production counter read monthly that must be differenced), a Spanish
district heating network (``redcalor``, Spanish names and values such as ``centrales``, ``edificios``, ``lecturas``,
``facturas``, ``averias``, cumulative MWh and m3 meter readings, unpaid and overdue bills, a plants' daily log with
supply and return temperatures and the hour of the daily peak), an Indonesian municipal water utility
(``airminum``, Indonesian names and values such as ``pelanggan``, ``meteran``, ``pembacaan``, ``tagihan``,
``pembayaran``, a progressive block tariff by band per tariff class, replaced meters, sealed connections, arrears as
bills without a payment, Rupiah), an Irish mobile operator (``mobicdr``, abbreviated English with unit suffixes
such as ``dur_sec``, ``vol_mb``, ``mthly_fee_cents``, a plans-to-add-ons link table, call detail records with record
type codes, roaming country codes and documented peak hours), a UK broadband provider's faults and field engineers
(``bbfaults``, abbreviations such as ``exch``, ``rpt_ts``, ``clr_ts``, ``_mbps``, ``_m``, an engineers-to-skills link
table, a team-leader self-reference, priority repair targets in hours) and an EV charging network (``evnet``,
singular abbreviated tables, a self-referencing substation > feeder > transformer grid hierarchy, time-of-day price
bands by start hour, ``energy_kwh``, ``cost_p`` in pence).

The questions in ``nl2sql_blind122/questions.jsonl`` and their gold SQL were written and frozen by a helper that
never saw the translator, before it was run on them. Reads are judged by execution (correct, wrong or refused);
``writes.jsonl`` holds change requests whose right answer is a refusal. The first run (2026-12-07, commit ce221b8)
measured 11 correct, 4 wrong and 105 refused of the 120 reads; all 12 write requests were refused. At the end of the
session (commit be3e148's rules): 11 correct, 4 wrong (3.3%), 105 refused; all 12 write requests refused.
"""

from __future__ import annotations

from pathlib import Path

from nl2sql_blind122.build import BUILDERS
from nl2sql_data.blind import corpus_tests

_tests = corpus_tests(Path(__file__).parent / "nl2sql_blind122", BUILDERS, databases=6, reads_per_db=20,
                      tables=(4, 9))
globals().update(_tests)
