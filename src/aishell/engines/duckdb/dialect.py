"""What DuckDB's SQL looks like, without importing its driver (see :mod:`aishell.engines.dialect`)."""

from __future__ import annotations

from typing import Any, ClassVar

from aishell.engines.dialect import Dialect, DuckDBAttach


class DuckDBDialect(Dialect):
    name: ClassVar[str] = "duckdb"
    sqlglot: ClassVar[str] = "duckdb"
    display_name: ClassVar[str] = "DuckDB"
    package: ClassVar[str] = "duckdb"
    boolean_literals: ClassVar[bool] = True
    system_schemas: ClassVar[frozenset[str]] = frozenset({"information_schema", "pg_catalog", "system"})

    # ---- names
    case_folding: ClassVar[str] = "none"  # names compare without case, stored as written
    default_schema: ClassVar[str | None] = "main"

    # ---- lexing
    escape_strings: ClassVar[bool] = True
    dollar_quoting: ClassVar[bool] = True

    # ---- catalog and statement rules
    catalog_schemas: ClassVar[frozenset[str]] = frozenset({"main", "system"})
    file_tables: ClassVar[bool] = True  # FROM 'data.csv' reads a file

    # ---- URLs
    url_schemes: ClassVar[tuple[str, ...]] = ("duckdb",)
    file_database: ClassVar[bool] = True

    def duckdb_attach(self, url: Any) -> DuckDBAttach:
        """A DuckDB database file, attached natively (no extension)."""
        return DuckDBAttach(None, url.database or ":memory:")

    # ---- the completer's tables
    keywords: ClassVar[tuple[str, ...]] = (
        "ILIKE", "DESCRIBE", "SUMMARIZE", "SHOW", "SHOW TABLES", "PRAGMA", "ATTACH", "DETACH", "INSTALL",
        "LOAD", "COPY", "EXPORT DATABASE", "IMPORT DATABASE", "PIVOT", "UNPIVOT", "QUALIFY", "ASOF JOIN",
        "POSITIONAL JOIN", "SEMI JOIN", "ANTI JOIN", "EXCLUDE", "REPLACE", "COLUMNS", "USING SAMPLE",
        "CREATE MACRO", "CREATE SEQUENCE", "DISTINCT ON", "RETURNING", "ON CONFLICT", "DO NOTHING",
    )  # fmt: skip
    statement_starters: ClassVar[tuple[str, ...]] = (
        "DESCRIBE", "SUMMARIZE", "SHOW", "PRAGMA", "COPY", "INSTALL", "LOAD", "ATTACH",
    )  # fmt: skip
    functions: ClassVar[tuple[str, ...]] = (
        "now", "today", "current_date", "date_trunc", "date_part", "date_diff", "date_add", "datediff",
        "strftime", "strptime", "epoch", "epoch_ms", "make_date", "to_timestamp", "age", "list", "array_agg",
        "string_agg", "list_agg", "list_value", "list_contains", "list_distinct", "unnest", "range",
        "generate_series", "regexp_matches", "regexp_replace", "regexp_extract", "split_part", "string_split",
        "starts_with", "ends_with", "contains", "struct_pack", "map", "histogram", "approx_count_distinct",
        "approx_quantile", "arg_max", "arg_min", "median", "mode", "quantile", "quantile_cont", "stddev",
        "read_csv", "read_csv_auto", "read_parquet", "read_json", "read_json_auto", "glob", "typeof",
        "md5", "hash", "uuid", "gen_random_uuid", "bool_and", "bool_or", "any_value", "first", "last",
        "ifnull", "if", "concat_ws", "left", "right", "lpad", "rpad", "format", "printf", "len",
    )  # fmt: skip
    types: ClassVar[tuple[str, ...]] = (
        "INT", "TINYINT", "HUGEINT", "UBIGINT", "UINTEGER", "USMALLINT", "UTINYINT", "DOUBLE", "TIMESTAMPTZ",
        "TIMESTAMP_S", "TIMESTAMP_MS", "TIMESTAMP_NS", "BLOB", "UUID", "JSON", "LIST", "STRUCT", "MAP",
        "UNION", "ENUM", "BIT", "VARINT",
    )  # fmt: skip


DIALECT = DuckDBDialect()
