"""Keywords, built-in functions, data types and reserved words per dialect family.

The core lists are curated (sqlglot's keyword tables are a superset shared by
every dialect, so they would offer ``CLUSTER BY`` in SQLite); what sqlglot
knows *only* for one dialect (``MINUS`` in Oracle, ``SUMMARIZE`` in DuckDB,
MySQL's reserved words ...) is added on top.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from sqlglot.tokens import Tokenizer

from aishell.repl.completion_lex import get_dialect
from aishell.sql.split import dialect_family

COMMON_KEYWORDS: tuple[str, ...] = (
    "SELECT", "FROM", "WHERE", "AND", "OR", "NOT", "IN", "IS", "NULL", "IS NULL", "IS NOT NULL", "LIKE",
    "BETWEEN", "EXISTS", "AS", "ON", "USING", "JOIN", "INNER JOIN", "LEFT JOIN", "RIGHT JOIN", "FULL JOIN",
    "CROSS JOIN", "LEFT OUTER JOIN", "RIGHT OUTER JOIN", "FULL OUTER JOIN", "NATURAL JOIN", "OUTER", "INNER",
    "LEFT", "RIGHT", "FULL", "CROSS", "NATURAL", "GROUP BY", "ORDER BY", "HAVING", "LIMIT", "OFFSET", "UNION",
    "UNION ALL", "INTERSECT", "EXCEPT", "DISTINCT", "ALL", "ANY", "SOME", "ASC", "DESC", "NULLS FIRST",
    "NULLS LAST", "CASE", "WHEN", "THEN", "ELSE", "END", "CAST", "TRUE", "FALSE", "DEFAULT", "WITH",
    "RECURSIVE", "INSERT INTO", "INSERT", "INTO", "VALUES", "UPDATE", "SET", "DELETE FROM", "DELETE",
    "RETURNING", "CREATE", "CREATE TABLE", "CREATE VIEW", "CREATE INDEX", "CREATE UNIQUE INDEX", "TABLE",
    "VIEW", "INDEX", "UNIQUE", "PRIMARY KEY", "FOREIGN KEY", "REFERENCES", "CONSTRAINT", "CHECK",
    "NOT NULL", "ALTER", "ALTER TABLE", "ADD", "ADD COLUMN", "DROP", "DROP TABLE", "DROP VIEW", "DROP INDEX",
    "DROP COLUMN", "RENAME", "RENAME TO", "COLUMN", "IF EXISTS", "IF NOT EXISTS", "TRUNCATE", "BEGIN",
    "COMMIT", "ROLLBACK", "SAVEPOINT", "TRANSACTION", "EXPLAIN", "OVER", "PARTITION BY", "WINDOW", "ROWS",
    "RANGE", "UNBOUNDED PRECEDING", "CURRENT ROW", "FOLLOWING", "PRECEDING", "FILTER", "CURRENT_DATE",
    "CURRENT_TIME", "CURRENT_TIMESTAMP", "CURRENT_USER", "INTERVAL", "GRANT", "REVOKE", "TO", "BY", "ESCAPE",
    "COLLATE", "FETCH FIRST", "ROWS ONLY", "FOR UPDATE", "LATERAL", "SCHEMA", "CASCADE", "RESTRICT",
)  # fmt: skip

FAMILY_KEYWORDS: dict[str, tuple[str, ...]] = {
    "postgres": (
        "ILIKE", "SIMILAR TO", "RETURNING", "ON CONFLICT", "DO NOTHING", "DO UPDATE", "EXPLAIN ANALYZE",
        "ANALYZE", "VACUUM", "MATERIALIZED", "CREATE MATERIALIZED VIEW", "REFRESH MATERIALIZED VIEW",
        "DISTINCT ON", "IS DISTINCT FROM", "TABLESAMPLE", "COPY", "LISTEN", "NOTIFY", "SHOW", "RESET",
        "SEARCH_PATH", "CREATE EXTENSION", "CREATE SCHEMA", "CREATE FUNCTION", "LANGUAGE", "OWNER TO",
        "ONLY", "FOR SHARE", "SKIP LOCKED", "NOWAIT", "WITH ORDINALITY", "EXCLUDED",
    ),
    "mysql": (
        "SHOW", "SHOW TABLES", "SHOW DATABASES", "SHOW COLUMNS", "SHOW CREATE TABLE", "SHOW INDEX",
        "SHOW PROCESSLIST", "DESCRIBE", "USE", "REPLACE INTO", "ON DUPLICATE KEY UPDATE", "INSERT IGNORE",
        "STRAIGHT_JOIN", "AUTO_INCREMENT", "ENGINE", "CHARSET", "REGEXP", "RLIKE", "DIV", "MOD", "XOR",
        "LOCK TABLES", "UNLOCK TABLES", "DISTINCTROW", "SQL_CALC_FOUND_ROWS", "FORCE INDEX", "USE INDEX",
        "IGNORE INDEX", "ANALYZE TABLE", "OPTIMIZE TABLE", "MODIFY COLUMN", "CHANGE COLUMN", "SEPARATOR",
    ),
    "sqlite": (
        "PRAGMA", "ATTACH", "DETACH", "VACUUM", "ANALYZE", "REINDEX", "GLOB", "REGEXP", "AUTOINCREMENT",
        "WITHOUT ROWID", "INSERT OR REPLACE", "INSERT OR IGNORE", "REPLACE INTO", "ON CONFLICT", "DO NOTHING",
        "ISNULL", "NOTNULL", "STRICT", "INDEXED BY", "RETURNING",
    ),
    "duckdb": (
        "ILIKE", "DESCRIBE", "SUMMARIZE", "SHOW", "SHOW TABLES", "PRAGMA", "ATTACH", "DETACH", "INSTALL",
        "LOAD", "COPY", "EXPORT DATABASE", "IMPORT DATABASE", "PIVOT", "UNPIVOT", "QUALIFY", "ASOF JOIN",
        "POSITIONAL JOIN", "SEMI JOIN", "ANTI JOIN", "EXCLUDE", "REPLACE", "COLUMNS", "USING SAMPLE",
        "CREATE MACRO", "CREATE SEQUENCE", "DISTINCT ON", "RETURNING", "ON CONFLICT", "DO NOTHING",
    ),
    "oracle": (
        "MINUS", "CONNECT BY", "START WITH", "PRIOR", "ROWNUM", "ROWID", "SYSDATE", "SYSTIMESTAMP", "DUAL",
        "MERGE INTO", "WHEN MATCHED THEN", "WHEN NOT MATCHED THEN", "FETCH NEXT", "ROWS ONLY", "OFFSET",
        "NOCYCLE", "LEVEL", "PURGE", "CREATE OR REPLACE", "PACKAGE", "PROCEDURE", "DECLARE", "EXCEPTION",
        "ORDER SIBLINGS BY", "SAMPLE", "FLASHBACK", "AS OF",
    ),
    "generic": (),
}  # fmt: skip

#: keywords likely at the start of a statement, per family (most common first)
STATEMENT_STARTERS: tuple[str, ...] = (
    "SELECT", "INSERT INTO", "UPDATE", "DELETE FROM", "WITH", "CREATE TABLE", "ALTER TABLE", "DROP TABLE",
    "CREATE INDEX", "CREATE VIEW", "EXPLAIN", "BEGIN", "COMMIT", "ROLLBACK", "TRUNCATE",
)  # fmt: skip

FAMILY_STARTERS: dict[str, tuple[str, ...]] = {
    "postgres": ("SHOW", "COPY", "VACUUM", "ANALYZE"),
    "mysql": ("SHOW", "DESCRIBE", "USE", "REPLACE INTO"),
    "sqlite": ("PRAGMA", "ATTACH", "VACUUM"),
    "duckdb": ("DESCRIBE", "SUMMARIZE", "SHOW", "PRAGMA", "COPY", "INSTALL", "LOAD", "ATTACH"),
    "oracle": ("MERGE INTO", "DECLARE"),
    "generic": (),
}

COMMON_FUNCTIONS: tuple[str, ...] = (
    "count", "sum", "avg", "min", "max", "coalesce", "nullif", "lower", "upper", "length", "substr",
    "substring", "trim", "ltrim", "rtrim", "replace", "round", "abs", "ceil", "floor", "mod", "power",
    "sqrt", "exp", "ln", "concat", "row_number", "rank", "dense_rank", "ntile", "lag", "lead",
    "first_value", "last_value", "nth_value", "cume_dist", "percent_rank", "greatest", "least", "cast",
)  # fmt: skip

FAMILY_FUNCTIONS: dict[str, tuple[str, ...]] = {
    "postgres": (
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
    ),
    "mysql": (
        "now", "curdate", "curtime", "sysdate", "date_format", "str_to_date", "datediff", "date_add",
        "date_sub", "timestampdiff", "timestampadd", "from_unixtime", "unix_timestamp", "year", "month",
        "day", "hour", "minute", "second", "dayofweek", "week", "last_day", "ifnull", "if", "isnull",
        "group_concat", "json_extract", "json_unquote", "json_object", "json_array", "json_arrayagg",
        "json_objectagg", "json_contains", "json_length", "concat_ws", "substring_index", "locate", "instr",
        "char_length", "left", "right", "lpad", "rpad", "repeat", "reverse", "format", "rand", "uuid",
        "last_insert_id", "found_rows", "row_count", "database", "version", "connection_id", "md5", "sha2",
        "regexp_replace", "regexp_like", "regexp_substr", "field", "find_in_set", "truncate", "conv",
        "cast", "convert", "bit_count", "std", "stddev", "variance",
    ),
    "sqlite": (
        "date", "time", "datetime", "julianday", "unixepoch", "strftime", "ifnull", "iif", "instr",
        "printf", "format", "group_concat", "string_agg", "json", "json_extract", "json_object",
        "json_array", "json_group_array", "json_group_object", "json_each", "json_tree", "total",
        "typeof", "random", "randomblob", "last_insert_rowid", "changes", "total_changes", "hex", "unhex",
        "quote", "glob", "like", "char", "unicode", "zeroblob", "sqlite_version", "likelihood",
    ),
    "duckdb": (
        "now", "today", "current_date", "date_trunc", "date_part", "date_diff", "date_add", "datediff",
        "strftime", "strptime", "epoch", "epoch_ms", "make_date", "to_timestamp", "age", "list", "array_agg",
        "string_agg", "list_agg", "list_value", "list_contains", "list_distinct", "unnest", "range",
        "generate_series", "regexp_matches", "regexp_replace", "regexp_extract", "split_part", "string_split",
        "starts_with", "ends_with", "contains", "struct_pack", "map", "histogram", "approx_count_distinct",
        "approx_quantile", "arg_max", "arg_min", "median", "mode", "quantile", "quantile_cont", "stddev",
        "read_csv", "read_csv_auto", "read_parquet", "read_json", "read_json_auto", "glob", "typeof",
        "md5", "hash", "uuid", "gen_random_uuid", "bool_and", "bool_or", "any_value", "first", "last",
        "ifnull", "if", "concat_ws", "left", "right", "lpad", "rpad", "format", "printf", "len",
    ),
    "oracle": (
        "nvl", "nvl2", "decode", "to_char", "to_date", "to_number", "to_timestamp", "trunc", "instr",
        "add_months", "months_between", "last_day", "next_day", "extract", "listagg", "regexp_like",
        "regexp_substr", "regexp_replace", "regexp_instr", "lpad", "rpad", "initcap", "sys_guid",
        "sys_context", "userenv", "rawtohex", "hextoraw", "numtodsinterval", "numtoyminterval",
        "json_value", "json_query", "json_object", "json_arrayagg", "xmlagg", "median", "stddev",
        "variance", "sign", "bitand", "chr", "ascii", "soundex", "translate", "dbms_random.value",
    ),
    "generic": ("now", "extract", "position", "char_length", "octet_length"),
}  # fmt: skip

AGGREGATES = frozenset(
    {
        "count", "sum", "avg", "min", "max", "array_agg", "string_agg", "json_agg", "jsonb_agg",
        "json_object_agg", "jsonb_object_agg", "bool_and", "bool_or", "every", "group_concat", "listagg",
        "json_arrayagg", "json_objectagg", "json_group_array", "json_group_object", "total", "median",
        "mode", "stddev", "variance", "percentile_cont", "percentile_disc", "histogram", "list",
        "approx_count_distinct", "arg_max", "arg_min", "any_value", "quantile", "quantile_cont",
        "list_agg", "std", "corr", "approx_quantile", "xmlagg",
    }
)  # fmt: skip
WINDOW_FUNCTIONS = frozenset(
    {"row_number", "rank", "dense_rank", "ntile", "lag", "lead", "first_value", "last_value", "nth_value",
     "cume_dist", "percent_rank"}
)  # fmt: skip

COMMON_TYPES: tuple[str, ...] = (
    "INTEGER", "BIGINT", "SMALLINT", "NUMERIC", "DECIMAL", "REAL", "DOUBLE PRECISION", "FLOAT", "BOOLEAN",
    "CHAR", "VARCHAR", "TEXT", "DATE", "TIME", "TIMESTAMP", "INTERVAL",
)  # fmt: skip

FAMILY_TYPES: dict[str, tuple[str, ...]] = {
    "postgres": (
        "INT", "SERIAL", "BIGSERIAL", "SMALLSERIAL", "TIMESTAMPTZ", "TIMETZ", "JSON", "JSONB", "UUID",
        "BYTEA", "INET", "CIDR", "MACADDR", "MONEY", "TSVECTOR", "INT4RANGE", "TSTZRANGE", "DATERANGE",
        "CHARACTER VARYING", "XML", "REGCLASS", "OID", "BIT", "VARBIT", "POINT",
    ),
    "mysql": (
        "INT", "TINYINT", "MEDIUMINT", "DOUBLE", "DATETIME", "YEAR", "TINYTEXT", "MEDIUMTEXT", "LONGTEXT",
        "BLOB", "TINYBLOB", "MEDIUMBLOB", "LONGBLOB", "BINARY", "VARBINARY", "ENUM", "SET", "JSON", "BIT",
        "UNSIGNED", "SIGNED", "GEOMETRY", "POINT",
    ),
    "sqlite": ("INT", "BLOB", "DOUBLE", "DATETIME", "ANY"),
    "duckdb": (
        "INT", "TINYINT", "HUGEINT", "UBIGINT", "UINTEGER", "USMALLINT", "UTINYINT", "DOUBLE", "TIMESTAMPTZ",
        "TIMESTAMP_S", "TIMESTAMP_MS", "TIMESTAMP_NS", "BLOB", "UUID", "JSON", "LIST", "STRUCT", "MAP",
        "UNION", "ENUM", "BIT", "VARINT",
    ),
    "oracle": (
        "NUMBER", "VARCHAR2", "NVARCHAR2", "NCHAR", "CLOB", "NCLOB", "BLOB", "RAW", "LONG RAW",
        "BINARY_FLOAT", "BINARY_DOUBLE", "TIMESTAMP WITH TIME ZONE", "TIMESTAMP WITH LOCAL TIME ZONE",
        "ROWID", "XMLTYPE", "JSON",
    ),
    "generic": ("INT", "DOUBLE", "BLOB", "JSON"),
}  # fmt: skip


def _words(text: str) -> list[str]:
    return text.split()


_ANSI_RESERVED = frozenset(
    _words(
        """ALL ALTER AND ANY ARRAY AS ASC BETWEEN BOTH BY CASE CAST CHECK COLLATE COLUMN CONSTRAINT CREATE
    CROSS CURRENT_DATE CURRENT_TIME CURRENT_TIMESTAMP CURRENT_USER DEFAULT DELETE DESC DISTINCT DROP ELSE
    END EXCEPT EXISTS FALSE FETCH FOR FOREIGN FROM FULL GRANT GROUP HAVING IN INNER INSERT INTERSECT INTO
    IS JOIN LEADING LEFT LIKE LIMIT NATURAL NOT NULL OFFSET ON OR ORDER OUTER PRIMARY REFERENCES RIGHT
    SELECT SESSION_USER SET SOME TABLE THEN TO TRAILING TRUE UNION UNIQUE UPDATE USER USING VALUES WHEN
    WHERE WITH"""
    )
)

_FAMILY_RESERVED: dict[str, frozenset[str]] = {
    "postgres": frozenset(
        _words(
            """ANALYSE ANALYZE ASYMMETRIC AUTHORIZATION BINARY CONCURRENTLY CURRENT_CATALOG CURRENT_ROLE
        CURRENT_SCHEMA DEFERRABLE DO FREEZE ILIKE INITIALLY ISNULL LATERAL LOCALTIME LOCALTIMESTAMP
        NOTNULL ONLY OVERLAPS PLACING RETURNING SIMILAR SYMMETRIC TABLESAMPLE VARIADIC VERBOSE WINDOW"""
        )
    ),
    "oracle": frozenset(
        _words(
            """ACCESS ADD AUDIT CHAR CLUSTER COMMENT COMPRESS CONNECT CURRENT DATE DECIMAL EXCLUSIVE FILE
        FLOAT IDENTIFIED IMMEDIATE INCREMENT INDEX INITIAL INTEGER LEVEL LOCK LONG MAXEXTENTS MINUS
        MLSLABEL MODE MODIFY NOAUDIT NOCOMPRESS NOWAIT NUMBER OF OFFLINE ONLINE OPTION PCTFREE PRIOR
        PUBLIC RAW RENAME RESOURCE REVOKE ROW ROWID ROWNUM ROWS SESSION SHARE SIZE SMALLINT START
        SUCCESSFUL SYNONYM SYSDATE TRIGGER UID VALIDATE VARCHAR VARCHAR2 VIEW WHENEVER"""
        )
    ),
    "sqlite": frozenset(_words("AUTOINCREMENT INDEX ISNULL NOTNULL REGEXP GLOB ESCAPE")),
    "mysql": frozenset(),
    "duckdb": frozenset(),
    "generic": frozenset(),
}


_WORD_KEY = re.compile(r"[A-Z][A-Z0-9_]*(?: [A-Z][A-Z0-9_]*)*")


@functools.lru_cache(maxsize=32)
def keywords(dialect: str) -> tuple[str, ...]:
    """Every keyword offered for ``dialect``: the curated ones first."""
    fam = dialect_family(dialect)
    out: dict[str, None] = dict.fromkeys(COMMON_KEYWORDS)
    out.update(dict.fromkeys(FAMILY_KEYWORDS.get(fam, ())))
    out.update(dict.fromkeys(STATEMENT_STARTERS))
    out.update(dict.fromkeys(FAMILY_STARTERS.get(fam, ())))
    try:  # what sqlglot knows only for this dialect
        d: Any = get_dialect(dialect)
        types = d.parser_class.TYPE_TOKENS
        base = Tokenizer.KEYWORDS
        for key, tt in d.tokenizer_class.KEYWORDS.items():
            if key not in base and tt not in types and _WORD_KEY.fullmatch(key) and "_BY" not in key:
                out.setdefault(key, None)
    except Exception:  # pragma: no cover - sqlglot internals moved
        return tuple(out)
    return tuple(out)


@functools.lru_cache(maxsize=32)
def keyword_set(dialect: str) -> frozenset[str]:
    words: set[str] = set()
    for kw in keywords(dialect):
        words.update(kw.split())
    return frozenset(words)


@functools.lru_cache(maxsize=32)
def functions(dialect: str) -> tuple[str, ...]:
    fam = dialect_family(dialect)
    return tuple(dict.fromkeys(COMMON_FUNCTIONS + FAMILY_FUNCTIONS.get(fam, ())))


@functools.lru_cache(maxsize=32)
def datatypes(dialect: str) -> tuple[str, ...]:
    fam = dialect_family(dialect)
    return tuple(dict.fromkeys(COMMON_TYPES + FAMILY_TYPES.get(fam, ())))


@functools.lru_cache(maxsize=32)
def reserved_words(dialect: str) -> frozenset[str]:
    """Words that must be quoted to be used as identifiers in ``dialect``."""
    fam = dialect_family(dialect)
    words = set(_ANSI_RESERVED) | set(_FAMILY_RESERVED.get(fam, frozenset()))
    try:
        d: Any = get_dialect(dialect)
        words.update(w.upper() for w in d.generator_class.RESERVED_KEYWORDS)
    except Exception:  # pragma: no cover - sqlglot internals moved
        return frozenset(words)
    return frozenset(words)
