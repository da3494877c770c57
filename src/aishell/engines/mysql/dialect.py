"""What MySQL/MariaDB's SQL looks like, without importing its driver (see :mod:`aishell.engines.dialect`)."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from typing import Any, ClassVar

from aishell.engines.dialect import COMPOUND_HEAD, Dialect, DuckDBAttach


class MySQLDialect(Dialect):
    name: ClassVar[str] = "mysql"
    sqlglot: ClassVar[str] = "mysql"
    display_name: ClassVar[str] = "MySQL/MariaDB"
    package: ClassVar[str] = "mysql"
    system_schemas: ClassVar[frozenset[str]] = frozenset(
        {"information_schema", "mysql", "performance_schema", "sys"}
    )

    # ---- names
    ident_quote: ClassVar[tuple[str, str]] = ("`", "`")
    case_folding: ClassVar[str] = "none"  # columns compare without case
    #: table and database names are as case-sensitive as the server's files (``lower_case_table_names``
    #: is 0 on Linux: ``t`` and ``T`` are two tables): kept as written, so that a role's allowed tables
    #: match exactly (its denied ones match without case, whatever the server's setting)
    relation_folding: ClassVar[str | None] = "exact"

    # ---- lexing
    hash_comments: ClassVar[bool] = True
    backslash_escapes: ClassVar[bool] = True
    double_quote_strings: ClassVar[bool] = True
    executable_comments: ClassVar[bool] = True
    client_delimiter: ClassVar[bool] = True
    compound_head: ClassVar[re.Pattern[str] | None] = COMPOUND_HEAD  # routines, triggers, events
    pygments_lexer: ClassVar[str] = "MySqlLexer"

    # ---- catalog and statement rules
    set_lists: ClassVar[bool] = True

    # ---- URLs and logins
    url_schemes: ClassVar[tuple[str, ...]] = ("mysql", "mariadb")
    url_flavors: ClassVar[Mapping[str, str]] = {"mariadb": "mariadb"}
    default_port: ClassVar[int | None] = 3306
    password_sources: ClassVar[tuple[str, ...]] = ("MYSQL_PWD",)

    def duckdb_attach(self, url: Any) -> DuckDBAttach:
        """A connection string for DuckDB's mysql scanner: ``key=value`` pairs, a value with a space
        in double quotes (it has no escape for a double quote: such a value is refused)."""
        from aishell.errors import UsageError

        password = url.password if url.password is not None else os.environ.get("MYSQL_PWD", "")
        parts = {"host": url.host or "localhost", "port": str(url.port or self.default_port),
                 "user": url.user or "root", "database": url.database or "", "password": password}  # fmt: skip
        pairs = []
        for key, value in parts.items():
            if not value:
                continue
            if '"' in value or not value.isprintable():
                raise UsageError(f"DuckDB's mysql scanner cannot take a {key} holding a double quote")
            pairs.append(f'{key}="{value}"' if any(c in value for c in " '=") else f"{key}={value}")
        return DuckDBAttach("mysql", " ".join(pairs), "mysql_scanner")

    # ---- the completer's tables
    keywords: ClassVar[tuple[str, ...]] = (
        "SHOW", "SHOW TABLES", "SHOW DATABASES", "SHOW COLUMNS", "SHOW CREATE TABLE", "SHOW INDEX",
        "SHOW PROCESSLIST", "DESCRIBE", "USE", "REPLACE INTO", "ON DUPLICATE KEY UPDATE", "INSERT IGNORE",
        "STRAIGHT_JOIN", "AUTO_INCREMENT", "ENGINE", "CHARSET", "REGEXP", "RLIKE", "DIV", "MOD", "XOR",
        "LOCK TABLES", "UNLOCK TABLES", "DISTINCTROW", "SQL_CALC_FOUND_ROWS", "FORCE INDEX", "USE INDEX",
        "IGNORE INDEX", "ANALYZE TABLE", "OPTIMIZE TABLE", "MODIFY COLUMN", "CHANGE COLUMN", "SEPARATOR",
    )  # fmt: skip
    statement_starters: ClassVar[tuple[str, ...]] = ("SHOW", "DESCRIBE", "USE", "REPLACE INTO")
    functions: ClassVar[tuple[str, ...]] = (
        "now", "curdate", "curtime", "sysdate", "date_format", "str_to_date", "datediff", "date_add",
        "date_sub", "timestampdiff", "timestampadd", "from_unixtime", "unix_timestamp", "year", "month",
        "day", "hour", "minute", "second", "dayofweek", "week", "last_day", "ifnull", "if", "isnull",
        "group_concat", "json_extract", "json_unquote", "json_object", "json_array", "json_arrayagg",
        "json_objectagg", "json_contains", "json_length", "concat_ws", "substring_index", "locate", "instr",
        "char_length", "left", "right", "lpad", "rpad", "repeat", "reverse", "format", "rand", "uuid",
        "last_insert_id", "found_rows", "row_count", "database", "version", "connection_id", "md5", "sha2",
        "regexp_replace", "regexp_like", "regexp_substr", "field", "find_in_set", "truncate", "conv",
        "cast", "convert", "bit_count", "std", "stddev", "variance",
    )  # fmt: skip
    types: ClassVar[tuple[str, ...]] = (
        "INT", "TINYINT", "MEDIUMINT", "DOUBLE", "DATETIME", "YEAR", "TINYTEXT", "MEDIUMTEXT", "LONGTEXT",
        "BLOB", "TINYBLOB", "MEDIUMBLOB", "LONGBLOB", "BINARY", "VARBINARY", "ENUM", "SET", "JSON", "BIT",
        "UNSIGNED", "SIGNED", "GEOMETRY", "POINT",
    )  # fmt: skip


DIALECT = MySQLDialect()
