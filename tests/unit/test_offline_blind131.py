"""Hundred-and-thirty-first blind measure of the offline translator: agriculture, energy and the environment.

Six schemas: ``greenacre`` (an arable farming business in snake_case with the units in the column names --
``area_ha``, ``yield_t_ha``, ``n_kg_ha``, ``price_gbp_t`` --: farms, fields with a ``parent_field_id``
self-reference for fields split off a bigger one and retired dates, crops, plantings per harvest year, harvests,
fertiliser products and applications, grain sale contracts with deliveries still due); ``sunfleet`` (a solar fleet in
Spain and Portugal with plain names and the units only in the documentation: sites in kWp with PPA prices in euros per
MWh, inverters with replacements, daily output in kWh, an alarm log with fault codes and severities, technicians,
work orders with costs in euros); ``riverwatch`` (water quality sampling on Yorkshire rivers in PascalCase, each
sample's date and time in two columns: sites with a ``ParentSiteId`` self-reference for sampling points inside a
larger site, a programme-site link table, volunteer and staff samplers, labs, wide lab results, pollution incidents
reported by the public or by samplers); ``forstamt`` (a Black Forest state forest office with German abbreviations:
districts, staff with job codes, compartments, species codes, a compartment-species stand inventory link, felling lots
with assortment and cause codes, timber buyers and sales in cubic metres and euros, replanting); ``ecoyard`` (a
recycling centre in County Cork with prefixed names, 'Y'/'N' flags and ``del_yn`` soft deletes on every table: staff
with a ``reports_to`` self-reference, household, trade and charity customers, materials with gate fees in euro cents,
weighbridge visits and their lines, buyers and outgoing shipments priced in cents per tonne); ``wxnet`` (a New Zealand
weather station network in camelCase: stations, a metric lookup and a long-format daily readings table with quality
flags, observers with 'true'/'false' flags, a station-observer link, maintenance visits in NZ dollars).

The questions in ``nl2sql_blind131/questions.jsonl`` and their gold SQL were written and frozen by a helper that
never saw the translator, before it was run on them. Reads are judged by execution (correct, wrong or refused);
``writes.jsonl`` holds change requests whose right answer is a refusal. Its helper reported no slip.
The first run (2026-12-07, commit e6bda26, after the rules drawn from blind125-128 and before any drawn from this
corpus) measured 21 correct, 5 wrong and 94 refused of the 120 reads; all 12 write requests were refused.
At the end of the session (commit 14034a9's rules): 21 correct, 3 wrong (2.5%), 96 refused; all 12 write requests
refused.
"""

from __future__ import annotations

from pathlib import Path

from nl2sql_blind131.build import BUILDERS
from nl2sql_data.blind import corpus_tests

_tests = corpus_tests(Path(__file__).parent / "nl2sql_blind131", BUILDERS, databases=6, reads_per_db=20,
                      tables=(4, 9))
globals().update(_tests)
