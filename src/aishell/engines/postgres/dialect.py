"""What PostgreSQL's SQL looks like, without importing its driver (see :mod:`aishell.engines.dialect`)."""

from __future__ import annotations

from typing import Any, ClassVar

from aishell.engines.dialect import Dialect, DuckDBAttach, words

#: URL parameters that are libpq connection options (passed on to DuckDB's postgres scanner)
_LIBPQ_PARAMS = frozenset({"sslmode", "sslrootcert", "sslcert", "sslkey", "application_name", "connect_timeout",
                           "options", "target_session_attrs", "gssencmode", "channel_binding"})  # fmt: skip


class PostgresDialect(Dialect):
    name: ClassVar[str] = "postgres"
    sqlglot: ClassVar[str] = "postgres"
    display_name: ClassVar[str] = "PostgreSQL"
    package: ClassVar[str] = "postgres"
    boolean_literals: ClassVar[bool] = True
    system_schemas: ClassVar[frozenset[str]] = frozenset({"information_schema", "pg_catalog", "pg_toast"})
    system_table_prefixes: ClassVar[tuple[str, ...]] = ("pg_",)

    # ---- names
    default_schema: ClassVar[str | None] = "public"

    # ---- lexing
    nested_comments: ClassVar[bool] = True
    escape_strings: ClassVar[bool] = True
    backtick_identifiers: ClassVar[bool] = False
    dollar_quoting: ClassVar[bool] = True
    pygments_lexer: ClassVar[str] = "PostgresLexer"

    # ---- catalog and statement rules
    catalog_schemas: ClassVar[frozenset[str]] = frozenset({"pg_catalog"})
    search_path_setting: ClassVar[str | None] = "search_path"

    # ---- URLs and logins
    url_schemes: ClassVar[tuple[str, ...]] = ("postgresql", "postgres")
    url_aliases: ClassVar[tuple[str, ...]] = ("pg",)
    default_port: ClassVar[int | None] = 5432
    password_sources: ClassVar[tuple[str, ...]] = ("PGPASSWORD", "a ~/.pgpass entry")

    def aborted_transaction(self, sqlstate: str | None) -> bool:
        return sqlstate == "25P02"  # in_failed_sql_transaction

    def duckdb_attach(self, url: Any) -> DuckDBAttach:
        """A libpq connection string for DuckDB's postgres scanner (its libpq reads PGPASSWORD and
        ~/.pgpass itself when the URL holds no password); URL parameters (``sslmode``) pass on."""

        def q(value: str) -> str:
            return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"

        parts = {"host": url.host or "localhost", "port": str(url.port or self.default_port), "user": url.user or "",
                 "dbname": url.database or "", "password": url.password or "",
                 **{k: v for k, v in url.params if k in _LIBPQ_PARAMS}}  # fmt: skip
        conninfo = " ".join(f"{k}={q(v)}" for k, v in parts.items() if v)
        return DuckDBAttach("postgres", conninfo, "postgres_scanner")

    # ---- the completer's tables
    keywords: ClassVar[tuple[str, ...]] = (
        "ILIKE", "SIMILAR TO", "RETURNING", "ON CONFLICT", "DO NOTHING", "DO UPDATE", "EXPLAIN ANALYZE",
        "ANALYZE", "VACUUM", "MATERIALIZED", "CREATE MATERIALIZED VIEW", "REFRESH MATERIALIZED VIEW",
        "DISTINCT ON", "IS DISTINCT FROM", "TABLESAMPLE", "COPY", "LISTEN", "NOTIFY", "SHOW", "RESET",
        "SEARCH_PATH", "CREATE EXTENSION", "CREATE SCHEMA", "CREATE FUNCTION", "LANGUAGE", "OWNER TO",
        "ONLY", "FOR SHARE", "SKIP LOCKED", "NOWAIT", "WITH ORDINALITY", "EXCLUDED",
    )  # fmt: skip
    statement_starters: ClassVar[tuple[str, ...]] = ("SHOW", "COPY", "VACUUM", "ANALYZE")
    functions: ClassVar[tuple[str, ...]] = (
        "now", "date_trunc", "date_part", "extract", "age", "to_char", "to_date", "to_timestamp",
        "to_number", "make_date", "make_interval", "array_agg", "string_agg", "json_agg", "jsonb_agg",
        "json_build_object", "jsonb_build_object", "json_object_agg", "jsonb_object_agg",
        "jsonb_array_elements", "jsonb_each", "jsonb_set", "to_json", "to_jsonb", "row_to_json",
        "generate_series", "unnest", "array_length", "cardinality", "regexp_replace", "regexp_match",
        "regexp_matches", "split_part", "strpos", "position", "left", "right", "lpad", "rpad", "initcap",
        "md5", "random", "format", "concat_ws", "bool_and", "bool_or", "every", "percentile_cont",
        "percentile_disc", "mode", "stddev", "variance", "corr", "gen_random_uuid", "current_setting",
        "set_config", "pg_size_pretty", "pg_total_relation_size", "pg_relation_size", "pg_database_size",
        "pg_sleep", "pg_typeof", "pg_cancel_backend", "pg_terminate_backend", "nextval", "currval",
        "setval", "clock_timestamp", "statement_timestamp", "date_bin", "trunc", "width_bucket",
    )  # fmt: skip
    types: ClassVar[tuple[str, ...]] = (
        "INT", "SERIAL", "BIGSERIAL", "SMALLSERIAL", "TIMESTAMPTZ", "TIMETZ", "JSON", "JSONB", "UUID",
        "BYTEA", "INET", "CIDR", "MACADDR", "MONEY", "TSVECTOR", "INT4RANGE", "TSTZRANGE", "DATERANGE",
        "CHARACTER VARYING", "XML", "REGCLASS", "OID", "BIT", "VARBIT", "POINT",
    )  # fmt: skip
    reserved: ClassVar[frozenset[str]] = words(
        """ANALYSE ANALYZE ASYMMETRIC AUTHORIZATION BINARY CONCURRENTLY CURRENT_CATALOG CURRENT_ROLE
    CURRENT_SCHEMA DEFERRABLE DO FREEZE ILIKE INITIALLY ISNULL LATERAL LOCALTIME LOCALTIMESTAMP
    NOTNULL ONLY OVERLAPS PLACING RETURNING SIMILAR SYMMETRIC TABLESAMPLE VARIADIC VERBOSE WINDOW"""
    )


DIALECT = PostgresDialect()
