"""Hundred-and-twenty-fifth blind measure of the offline translator: healthcare operations and veterinary care.

Six schemas: ``stmarys`` (an NHS-style acute hospital as an Oracle export: UPPER_CASE names, NUMBER keys, 'Y'/'N'
flags, ISO date text; a department tree with a ``PARENT_DEPT_ID`` self-reference, wards and beds with types and
out-of-service flags, staff with job codes and agency flags, patients, admissions with admit types, discharge
dispositions and a 30-day readmission flag, bed assignments over time as the admissions-to-beds link);
``tierarzt`` (a small-animal veterinary practice in Cologne with German names: Besitzer, Arzt with a
``Betreuer_ArztID`` self-reference for supervised assistant vets, Tier, Termin with German status words,
Leistung fee schedule, Behandlung lines linking appointments to services, Rechnung invoices net and gross of VAT
with payment reminders; 'J'/'N' flags, euros); ``fhirlink`` (a FHIR R4 export of a US clinic network: Organization
with ``partOf_ref``, Patient, Practitioner, Encounter with class and status codes, an Encounter_participant link,
Observation with LOINC codes and units, Condition with ICD-10 codes and clinical status, MedicationRequest with
RxNorm codes; text ids, 'true'/'false' text booleans, ISO 'T...Z' timestamps); ``pawcare`` (a group of veterinary
clinics in snake_case with lookup tables of species, visit type and vaccine codes, pets and owners, visits in US
dollars with a ``follow_up_of`` self-reference for rechecks, vaccinations with expiry dates); ``harbor_ems`` (a
county ambulance service in snake_case with code lookups for unit types, priorities, call natures and
dispositions, hospitals, incidents and the incidents-to-units responses, every time as Unix epoch seconds);
``orsuite`` (operating theatres in PascalCase: surgeons, theatre staff, rooms, a CPT procedure catalog, patients
with payers, surgical cases dated as yyyymmdd integers with durations in minutes, a case-team link, claims in US
cents).

The questions in ``nl2sql_blind125/questions.jsonl`` and their gold SQL were written and frozen by a helper that
never saw the translator, before it was run on them. Reads are judged by execution (correct, wrong or refused);
``writes.jsonl`` holds change requests whose right answer is a refusal. Its helper reported one slip: after all the
questions were written and checked, a ``git status`` printed the names (no content) of four modified files under
``src/aishell/ai/offline/`` (lexicon, plan_checks, plan_state, planner) and of an untracked
``tests/unit/test_offline_styles21.py``; nothing it wrote was drawn from them.
The first run (2026-12-07, commit ca78faa, before any rule drawn from it) measured 32 correct, 3 wrong and 85 refused of
the 120 reads; 11 of the 12 write requests were refused (PC-w2, 'Gresham Family Vet is closing, so get rid of that
clinic and its vets', was answered with a SELECT).
At the end of the session (commit 14034a9's rules): 32 correct, 2 wrong (1.7%), 86 refused; all 12 write requests
refused.
"""

from __future__ import annotations

from pathlib import Path

from nl2sql_blind125.build import BUILDERS
from nl2sql_data.blind import corpus_tests

_tests = corpus_tests(Path(__file__).parent / "nl2sql_blind125", BUILDERS, databases=6, reads_per_db=20,
                      tables=(4, 9))
globals().update(_tests)
