"""DuckDB as the host of a federated query (:mod:`aishell.services.federation`): the statements
that load its scanner extensions, attach other databases read-only, show files as views and then
lock the database, and the reading of what its plan pushes down to each source.

Nothing here imports duckdb: these are statements, run through the session's gate.

* extensions: the installed wheel's file (``duckdb_extension_postgres_scanner`` ...) is loaded
  with ``LOAD '<file>'``; without the wheel, ``INSTALL x; LOAD x`` (DuckDB downloads it, or finds
  it in its own extension directory);
* sources: ``ATTACH '<connection string>' AS name (TYPE postgres, READ_ONLY)``; a file becomes a
  temporary view ``name`` over ``read_csv`` / ``read_parquet`` / ``read_json``;
* lock: after the set-up, ``allowed_paths`` (the attached files), ``enable_external_access =
  false`` and ``lock_configuration = true``: no other file can be read or written, no database
  attached and no extension loaded until the connection is closed, and no ``SET`` can undo it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from aishell.engines.dialect import DuckDBAttach
from aishell.engines.duckdb.scanner import extension, literal
from aishell.sql.names import quote_name

#: file suffixes (after a compression suffix) -> DuckDB's reader
FILE_READERS = {".csv": "read_csv", ".tsv": "read_csv", ".txt": "read_csv", ".parquet": "read_parquet",
                ".json": "read_json", ".jsonl": "read_json", ".ndjson": "read_json"}  # fmt: skip
_COMPRESSED = (".gz", ".zst")

#: plan operators that read a source -> the ATTACH type they belong to (None: DuckDB's own tables)
SCAN_TYPES = {"POSTGRES_SCAN": "postgres", "MYSQL_SCAN": "mysql", "SQLITE_SCAN": "sqlite", "SEQ_SCAN": None,
              "TABLE_SCAN": None, "READ_CSV": "file", "READ_CSV_AUTO": "file", "READ_PARQUET": "file",
              "PARQUET_SCAN": "file", "READ_JSON": "file", "READ_JSON_AUTO": "file"}  # fmt: skip
_SCAN_NAME = re.compile(r"^(?:[A-Z]+_SCAN|READ_[A-Z_]+)$")
#: the plan's own names of what a scan reads and how
_TABLE_KEYS = ("Table", "Function", "Text")


def file_reader(path: str) -> str | None:
    """DuckDB's reader of a data file, by its suffix (``x.csv.gz`` reads as CSV); None: not a data file."""
    lower = path.lower()
    for ext in _COMPRESSED:
        if lower.endswith(ext):
            lower = lower[: -len(ext)]
    for suffix, reader in FILE_READERS.items():
        if lower.endswith(suffix):
            return reader
    return None


def load_statements(att: DuckDBAttach) -> list[str]:
    """What makes the scanner of ``att`` available: ``LOAD`` of the installed wheel's file, else
    ``INSTALL`` then ``LOAD`` by name (which needs the network or DuckDB's extension directory)."""
    if att.extension is None:
        return []
    path = extension(att.extension)
    if path is not None:
        return [f"LOAD {literal(path)}"]
    return [f"INSTALL {att.extension}", f"LOAD {att.extension}"]


def missing_extension(att: DuckDBAttach) -> str:
    """The message when a scanner could be neither loaded from its wheel nor installed."""
    kind = (att.type or "duckdb").replace("_", " ")
    return (f"the {kind} scanner is not installed: pip install 'aishell[{att.extra}]' "
            f"(it installs duckdb-extension-{(att.extension or '').replace('_', '-')})")  # fmt: skip


def attach_statement(name: str, att: DuckDBAttach) -> str:
    """``ATTACH`` of a database, always read-only."""
    options = ([f"TYPE {att.type}"] if att.type else []) + ["READ_ONLY"]
    return f"ATTACH {literal(att.target)} AS {quote_name(name, 'duckdb')} ({', '.join(options)})"


def view_statement(name: str, path: str, reader: str) -> str:
    """A temporary view ``name`` over a data file (or a glob of them): found whichever database is
    the default."""
    return f"CREATE TEMP VIEW {quote_name(name, 'duckdb')} AS SELECT * FROM {reader}({literal(path)})"


def use_statement(name: str) -> str:
    """Make an attached database the default one (unqualified names resolve in it)."""
    return f"USE {quote_name(name, 'duckdb')}"


def lock_statements(paths: Sequence[str], directories: Sequence[str] = ()) -> list[str]:
    """Close the database to anything but its sources: only ``paths`` (and the files under
    ``directories``, for globs) may be read, no other file, database or extension is reached, and
    the settings are locked."""
    out = []
    if paths:
        out.append(f"SET allowed_paths = [{', '.join(literal(p) for p in paths)}]")
    if directories:
        out.append(f"SET allowed_directories = [{', '.join(literal(d) for d in directories)}]")
    return [*out, "SET enable_external_access = false", "SET lock_configuration = true"]


@dataclass
class Scan:
    """One read of a source in a plan: its operator (``POSTGRES_SCAN``), the table or function, the
    columns fetched and the filters sent with the read."""

    operator: str
    table: str
    projections: list[str] = field(default_factory=list)
    filters: list[str] = field(default_factory=list)
    rows: str | None = None

    @property
    def type(self) -> str | None:
        return SCAN_TYPES.get(self.operator)


def scans(plan: Any) -> list[Scan]:
    """The scans of a ``EXPLAIN (FORMAT JSON)`` document (a list of trees or one tree), in plan order."""
    return list(_walk(plan))


def _walk(node: Any) -> Iterator[Scan]:
    if isinstance(node, list):
        for child in node:
            yield from _walk(child)
        return
    if not isinstance(node, dict):
        return
    name = str(node.get("name") or node.get("operator_name") or node.get("operator_type") or "").strip()
    if _SCAN_NAME.match(name):
        extra = node.get("extra_info") or {}
        table = next((str(extra[k]) for k in _TABLE_KEYS if extra.get(k)), "")
        yield Scan(name, table, _listed(extra.get("Projections")), _listed(extra.get("Filters")),
                   str(extra.get("Estimated Cardinality") or "") or None)  # fmt: skip
    for child in node.get("children") or ():
        yield from _walk(child)


def _listed(value: Any) -> list[str]:
    if value in (None, ""):
        return []
    if isinstance(value, list):
        return [str(v) for v in value]
    return [line for line in str(value).split("\n") if line.strip()]
