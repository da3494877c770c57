"""DuckDB's catalog queries for the shell's psql commands, from its ``duckdb_*()`` table
functions: extensions (``\\dx``), macro sources (``\\sf``), view sources (``\\sv``), attached
databases (``\\l+``) and, for ``\\d+ NAME``, CHECK constraints and the size estimate.  DuckDB has
no roles nor privileges.  Reads only; no driver is imported here."""

from __future__ import annotations

from aishell.engines.introspect import Detail, IntrospectRules, Query

_EXTENSIONS = """SELECT extension_name, extension_version, installed, loaded, description
FROM duckdb_extensions()
WHERE installed OR loaded
ORDER BY 1"""

_FUNCTION = """SELECT 'CREATE MACRO ' || function_name || '(' || array_to_string(parameters, ', ') || ') AS '
  || CASE WHEN function_type = 'table_macro' THEN 'TABLE ' ELSE '' END || macro_definition
FROM duckdb_functions()
WHERE schema_name = ? AND function_name = ? AND macro_definition IS NOT NULL"""

_VIEW = "SELECT sql FROM duckdb_views() WHERE schema_name = ? AND view_name = ? AND NOT internal"

_DATABASES = """SELECT database_name, path, type, readonly
FROM duckdb_databases()
WHERE NOT internal
ORDER BY 1"""

_CHECKS = """SELECT array_to_string(constraint_column_names, ', '), expression
FROM duckdb_constraints()
WHERE constraint_type = 'CHECK' AND schema_name = ? AND table_name = ?
ORDER BY constraint_index"""

_SIZES = """SELECT estimated_size || ' rows (estimate), ' || column_count || ' columns'
FROM duckdb_tables()
WHERE schema_name = ? AND table_name = ?"""

_SN = ("schema", "name")

INTROSPECT = IntrospectRules(
    extensions=Query(_EXTENSIONS, ("name", "version", "installed", "loaded", "description")),
    function_source=Query(_FUNCTION, args=_SN),
    view_source=Query(_VIEW, args=_SN),
    databases=Query(_DATABASES, ("name", "path", "type", "read-only")),
    details=(
        Detail("Check constraints", Query(_CHECKS, args=_SN, kinds=frozenset({"table"}))),
        Detail("Sizes", Query(_SIZES, args=_SN, kinds=frozenset({"table"}))),
        Detail("View definition", Query(_VIEW, args=_SN, kinds=frozenset({"view"})), block=True),
    ),
    reasons={"function_source": "keeps a source only for macros (CREATE MACRO)"},
)
