"""Moving data: export, import, copy between engines, backup and restore.

* :mod:`.typemap`  -- column types across dialects (sqlglot ``DataType``), value conversion;
* :mod:`.readers`  -- CSV/TSV, JSON, JSONL and Parquet readers, compressed or not;
* :mod:`.loader`   -- the loss-free bulk loader (per-engine fast paths, rejects, reconciliation);
* :mod:`.export`, :mod:`.import_`, :mod:`.copy`, :mod:`.backup` -- the commands' services.
"""
