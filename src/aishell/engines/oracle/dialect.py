"""What Oracle's SQL looks like, without importing its driver (see :mod:`aishell.engines.dialect`)."""

from __future__ import annotations

import re
from typing import ClassVar

from aishell.engines.dialect import Dialect, words

#: a PL/SQL block: it runs to a line holding only ``/``, its ``;`` included
PLSQL_HEAD = re.compile(
    r"^\s*(DECLARE\b|BEGIN\b|CREATE\s+(OR\s+REPLACE\s+)?(EDITIONABLE\s+|NONEDITIONABLE\s+)?"
    r"(PROCEDURE|FUNCTION|PACKAGE|TRIGGER|TYPE\s+BODY)\b)",
    re.I,
)


class OracleDialect(Dialect):
    name: ClassVar[str] = "oracle"
    sqlglot: ClassVar[str] = "oracle"
    display_name: ClassVar[str] = "Oracle"
    package: ClassVar[str] = "oracle"
    system_schemas: ClassVar[frozenset[str]] = frozenset({"sys", "system"})

    # ---- names
    case_folding: ClassVar[str] = "upper"

    # ---- lexing
    backtick_identifiers: ClassVar[bool] = False
    slash_terminator: ClassVar[bool] = True
    block_head: ClassVar[re.Pattern[str] | None] = PLSQL_HEAD

    # ---- catalog and statement rules
    catalog_schemas: ClassVar[frozenset[str]] = frozenset({"sys"})

    # ---- URLs
    url_schemes: ClassVar[tuple[str, ...]] = ("oracle",)
    default_port: ClassVar[int | None] = 1521

    # ---- the completer's tables
    keywords: ClassVar[tuple[str, ...]] = (
        "MINUS", "CONNECT BY", "START WITH", "PRIOR", "ROWNUM", "ROWID", "SYSDATE", "SYSTIMESTAMP", "DUAL",
        "MERGE INTO", "WHEN MATCHED THEN", "WHEN NOT MATCHED THEN", "FETCH NEXT", "ROWS ONLY", "OFFSET",
        "NOCYCLE", "LEVEL", "PURGE", "CREATE OR REPLACE", "PACKAGE", "PROCEDURE", "DECLARE", "EXCEPTION",
        "ORDER SIBLINGS BY", "SAMPLE", "FLASHBACK", "AS OF",
    )  # fmt: skip
    statement_starters: ClassVar[tuple[str, ...]] = ("MERGE INTO", "DECLARE")
    functions: ClassVar[tuple[str, ...]] = (
        "nvl", "nvl2", "decode", "to_char", "to_date", "to_number", "to_timestamp", "trunc", "instr",
        "add_months", "months_between", "last_day", "next_day", "extract", "listagg", "regexp_like",
        "regexp_substr", "regexp_replace", "regexp_instr", "lpad", "rpad", "initcap", "sys_guid",
        "sys_context", "userenv", "rawtohex", "hextoraw", "numtodsinterval", "numtoyminterval",
        "json_value", "json_query", "json_object", "json_arrayagg", "xmlagg", "median", "stddev",
        "variance", "sign", "bitand", "chr", "ascii", "soundex", "translate", "dbms_random.value",
    )  # fmt: skip
    types: ClassVar[tuple[str, ...]] = (
        "NUMBER", "VARCHAR2", "NVARCHAR2", "NCHAR", "CLOB", "NCLOB", "BLOB", "RAW", "LONG RAW",
        "BINARY_FLOAT", "BINARY_DOUBLE", "TIMESTAMP WITH TIME ZONE", "TIMESTAMP WITH LOCAL TIME ZONE",
        "ROWID", "XMLTYPE", "JSON",
    )  # fmt: skip
    reserved: ClassVar[frozenset[str]] = words(
        """ACCESS ADD AUDIT CHAR CLUSTER COMMENT COMPRESS CONNECT CURRENT DATE DECIMAL EXCLUSIVE FILE
    FLOAT IDENTIFIED IMMEDIATE INCREMENT INDEX INITIAL INTEGER LEVEL LOCK LONG MAXEXTENTS MINUS
    MLSLABEL MODE MODIFY NOAUDIT NOCOMPRESS NOWAIT NUMBER OF OFFLINE ONLINE OPTION PCTFREE PRIOR
    PUBLIC RAW RENAME RESOURCE REVOKE ROW ROWID ROWNUM ROWS SESSION SHARE SIZE SMALLINT START
    SUCCESSFUL SYNONYM SYSDATE TRIGGER UID VALIDATE VARCHAR VARCHAR2 VIEW WHENEVER"""
    )


DIALECT = OracleDialect()
