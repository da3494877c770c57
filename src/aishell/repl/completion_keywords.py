"""Keywords, built-in functions, data types and reserved words per engine.

The common (ANSI) lists are here; each engine's own are curated in its
:class:`~aishell.engines.dialect.Dialect` (``keywords``, ``statement_starters``,
``functions``, ``types``, ``reserved``), since sqlglot's keyword tables are a
superset shared by every dialect and would offer ``CLUSTER BY`` in SQLite.  What
sqlglot knows *only* for one dialect (``MINUS`` in Oracle, ``SUMMARIZE`` in
DuckDB, MySQL's reserved words ...) is added on top.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from sqlglot.tokens import Tokenizer

from aishell.engines.registry import dialect_of
from aishell.repl.completion_lex import get_dialect

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


#: keywords likely at the start of a statement in any engine (most common first)
STATEMENT_STARTERS: tuple[str, ...] = (
    "SELECT", "INSERT INTO", "UPDATE", "DELETE FROM", "WITH", "CREATE TABLE", "ALTER TABLE", "DROP TABLE",
    "CREATE INDEX", "CREATE VIEW", "EXPLAIN", "BEGIN", "COMMIT", "ROLLBACK", "TRUNCATE",
)  # fmt: skip


@functools.lru_cache(maxsize=32)
def starters(dialect: str) -> tuple[str, ...]:
    """Keywords likely at the start of a statement in ``dialect``: the common ones, then the engine's."""
    return STATEMENT_STARTERS + dialect_of(dialect or "").statement_starters


COMMON_FUNCTIONS: tuple[str, ...] = (
    "count", "sum", "avg", "min", "max", "coalesce", "nullif", "lower", "upper", "length", "substr",
    "substring", "trim", "ltrim", "rtrim", "replace", "round", "abs", "ceil", "floor", "mod", "power",
    "sqrt", "exp", "ln", "concat", "row_number", "rank", "dense_rank", "ntile", "lag", "lead",
    "first_value", "last_value", "nth_value", "cume_dist", "percent_rank", "greatest", "least", "cast",
)  # fmt: skip


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


_WORD_KEY = re.compile(r"[A-Z][A-Z0-9_]*(?: [A-Z][A-Z0-9_]*)*")


@functools.lru_cache(maxsize=32)
def keywords(dialect: str) -> tuple[str, ...]:
    """Every keyword offered for ``dialect``: the curated ones first."""
    engine = dialect_of(dialect or "")
    out: dict[str, None] = dict.fromkeys(COMMON_KEYWORDS)
    out.update(dict.fromkeys(engine.keywords))
    out.update(dict.fromkeys(starters(dialect)))
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
    return tuple(dict.fromkeys(COMMON_FUNCTIONS + dialect_of(dialect or "").functions))


@functools.lru_cache(maxsize=32)
def datatypes(dialect: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(COMMON_TYPES + dialect_of(dialect or "").types))


@functools.lru_cache(maxsize=32)
def reserved_words(dialect: str) -> frozenset[str]:
    """Words that must be quoted to be used as identifiers in ``dialect``."""
    words = set(_ANSI_RESERVED) | set(dialect_of(dialect or "").reserved)
    try:
        d: Any = get_dialect(dialect)
        words.update(w.upper() for w in d.generator_class.RESERVED_KEYWORDS)
    except Exception:  # pragma: no cover - sqlglot internals moved
        return frozenset(words)
    return frozenset(words)
