"""Hundred-and-twenty-sixth blind measure of the offline translator: manufacturing, supply chain and field
maintenance.

Six schemas: ``sapmm`` (an SAP materials-management extract with SAP's short German upper-case names: plants T001W,
vendors LFA1, materials MARA with descriptions MAKT in English and German, plant planning data MARC with reorder
points, storage-location stock MARD, a bill-of-material link STPO of materials to materials, purchase orders EKKO and
EKPO with price units, delivery-completed and deletion flags, 'YYYYMMDD' dates and zero-padded material numbers);
``fieldservice`` (a field maintenance company in .NET PascalCase: customers, sites, equipment models and assets with
warranties, technicians with a ``SupervisorId`` self-reference, work orders with integer type, priority and status
enums, labor entries in minutes, a work-order-to-parts link, UTC datetime2 text); ``usine`` (a French production
plant with French names: workshops, operators with an ``id_chef`` team-leader self-reference and shifts, machines,
articles with an ``id_article_parent`` bill-of-materials tree, production orders with status codes, an
operator-to-order link, breakdowns and quality checks with scrap); ``freightlog`` (a logistics platform with Unix
epoch integer timestamps: warehouses, carriers by transport mode, SKUs in grams and euro cents, shipments with two
warehouse keys, promised and delivered times, a shipment-to-SKU line link, tracking events); ``mrostore`` (MRO stores
with prefixed names: items whose technical data lives in an entity-attribute-value table beside the normal tables,
stock per stockroom, requisitions with status codes and approvers, 'Y'/'N' flags); ``supplierq`` (a Rails supplier
quality portal with soft deletes: suppliers, contacts, parts and supplier-part sources with ``deleted_at`` that
questions about current things must respect, receipts with rejects, voidable NCRs, audits).

The questions in ``nl2sql_blind126/questions.jsonl`` and their gold SQL were written and frozen by a helper that
never saw the translator, before it was run on them. Reads are judged by execution (correct, wrong or refused);
``writes.jsonl`` holds change requests whose right answer is a refusal. Its helper reported one slip: after all
questions and golds were written, a ``git status --short`` run to check its own new files also printed the names
(not the contents) of four modified files under ``src/aishell/ai/offline/`` (lexicon.py, plan_checks.py,
plan_state.py, planner.py) and of an untracked ``test_offline_styles21.py``; none of them was opened, and nothing
was changed after it.
The first run (2026-12-07, commit ca78faa, before any rule drawn from it) measured 27 correct, 5 wrong and 88 refused of
the 120 reads; 12 of the 12 write requests were refused.
At the end of the session (commit 14034a9's rules): 30 correct, 3 wrong (2.5%), 87 refused; all 12 write requests
refused.
"""

from __future__ import annotations

from pathlib import Path

from nl2sql_blind126.build import BUILDERS
from nl2sql_data.blind import corpus_tests

_tests = corpus_tests(Path(__file__).parent / "nl2sql_blind126", BUILDERS, databases=6, reads_per_db=20,
                      tables=(4, 9))
globals().update(_tests)
