"""Classify SQL statements with sqlglot's parser, never by their first word.

Every face uses this one classifier: the CLI, the REPL's confirmations, the
natural-language pipeline's safety gate, the web API's roles and the MCP
server's read-only mode.  It is an allow-list: a statement is READ only when
its parse tree is a known read-only shape with no write hidden inside it
(``SELECT ... INTO``, data-modifying CTEs, ``nextval``, dangerous functions,
``FOR UPDATE`` ...).  Anything the parser cannot place is UNKNOWN, which the
policy treats like a write.
"""

from __future__ import annotations

import logging
import re

import sqlglot
from sqlglot import exp
from sqlglot.errors import SqlglotError

from aishell.sql.kinds import Classification, Kind
from aishell.sql.split import split_statements

__all__ = ["DANGEROUS_FUNCTIONS", "Classification", "Kind", "classify", "classify_script"]

logging.getLogger("sqlglot").setLevel(logging.ERROR)


#: functions that read or write files, run programs, touch other sessions or
#: change server state.  Lower-case names.
DANGEROUS_FUNCTIONS = frozenset(
    {
        # PostgreSQL
        "pg_read_file", "pg_read_binary_file", "pg_ls_dir", "pg_stat_file", "pg_ls_logdir",
        "pg_ls_waldir", "pg_ls_tmpdir", "pg_ls_archive_statusdir", "lo_import", "lo_export",
        "pg_file_write", "pg_file_rename", "pg_file_unlink", "dblink", "dblink_exec", "dblink_connect",
        "pg_terminate_backend", "pg_cancel_backend", "pg_reload_conf", "pg_rotate_logfile",
        "set_config", "pg_promote", "pg_switch_wal", "pg_create_restore_point", "pg_logical_emit_message",
        "query_to_xml", "query_to_xml_and_xmlschema", "cursor_to_xml", "pg_advisory_lock",
        "pg_advisory_xact_lock",
        # MySQL / MariaDB
        "load_file", "sys_exec", "sys_eval", "get_lock",
        # SQLite
        "load_extension", "writefile", "readfile", "edit", "fts3_tokenizer",
        # DuckDB file access
        "read_csv", "read_csv_auto", "read_parquet", "read_json", "read_json_auto", "read_text",
        "read_blob", "glob", "parquet_scan", "sniff_csv", "query_table", "query",
    }
)  # fmt: skip

#: functions that write although they sit in a SELECT
WRITING_FUNCTIONS = frozenset({"nextval", "setval", "lastval", "pg_advisory_unlock_all"})

_READ_COMMANDS = {"SHOW", "DESCRIBE", "DESC", "EXPLAIN", "VALUES", "TABLE"}
_SESSION_COMMANDS = {"SET", "RESET", "DISCARD", "USE", "LISTEN", "UNLISTEN"}
_WRITE_COMMANDS = {"CALL", "DO", "EXECUTE", "EXEC", "REFRESH", "LOCK", "NOTIFY", "IMPORT", "REPLACE", "UPSERT"}
_ADMIN_COMMANDS = {
    "VACUUM", "CLUSTER", "REINDEX", "CHECKPOINT", "GRANT", "REVOKE", "KILL", "SHUTDOWN", "FLUSH",
    "INSTALL", "UNINSTALL", "LOAD", "PURGE", "RESET MASTER", "ATTACH", "DETACH", "OPTIMIZE", "REPAIR",
    "SECURITY", "ALTER SYSTEM", "CREATE", "DROP", "ALTER", "RENAME", "HANDLER", "PREPARE", "DEALLOCATE",
}  # fmt: skip
_EXPLAIN = re.compile(r"\s*(\((?P<opts>[^)]*)\)|(?P<an>ANALY[SZ]E)\b(\s+VERBOSE\b)?)?\s*(?P<inner>.*)", re.S | re.I)
_ANALYZE_OPT = re.compile(r"\banaly[sz]e\b(?!\s+(false|off|0))", re.I)
_READ_WRITE = re.compile(r"\bread\s+write\b", re.I)
_GLOBAL = re.compile(r"^\s*set\s+(global|persist|persist_only)\b|@@global\.", re.I)
_EXECUTABLE_COMMENT = re.compile(r"/\*[M]?!")
_PRAGMA_SET = re.compile(r"\s*PRAGMA\s+[\w.\"]+\s*=", re.I)
_READ_ONLY_ESCAPE = re.compile(
    r"read[\s_]*write|transaction_read_only|tx_read_only|default_transaction_read_only|query_only|"
    r"read_only|access_mode|session\s+authorization|role",
    re.I,
)


def classify(sql: str, dialect: str = "") -> Classification:
    """Classify one statement.  (Use :func:`classify_script` for a buffer.)"""
    if _EXECUTABLE_COMMENT.search(sql):
        # MySQL/MariaDB run the text inside /*! ... */ while every parser skips it as a comment
        reason = "contains a MySQL executable comment (/*! ... */)"
        return Classification(sql, Kind.UNKNOWN, "UNKNOWN", reasons=[reason], dangerous=["executable comment"])
    try:
        trees = [t for t in sqlglot.parse(sql, read=dialect or None) if t is not None]
    except SqlglotError as exc:
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        return Classification(sql, Kind.UNKNOWN, "UNKNOWN", error=first, reasons=["statement not understood"])
    if len(trees) != 1:
        kinds = [_classify_tree(t, sql, dialect) for t in trees]
        return _merge(sql, kinds)
    return _classify_tree(trees[0], sql, dialect)


def classify_script(text: str, dialect: str = "") -> list[Classification]:
    return [classify(s.sql, dialect) for s in split_statements(text, dialect)]


def _merge(sql: str, parts: list[Classification]) -> Classification:
    if not parts:
        return Classification(sql, Kind.READ, "EMPTY")
    order = [Kind.UNKNOWN, Kind.ADMIN, Kind.DDL, Kind.WRITE, Kind.SESSION, Kind.TRANSACTION, Kind.READ]
    kind = min((p.kind for p in parts), key=order.index)
    merged = Classification(sql, kind, "MULTIPLE")
    for p in parts:
        merged.destructive |= p.destructive
        merged.reasons += p.reasons
        merged.tables += p.tables
        merged.dangerous += p.dangerous
    return merged


def _table_names(tree: exp.Expr) -> list[str]:
    names = []
    for t in tree.find_all(exp.Table):
        if t.name:
            names.append(".".join(p for p in (t.db, t.name) if p))
    return list(dict.fromkeys(names))


def _function_names(tree: exp.Expr) -> set[str]:
    names = set()
    for f in tree.find_all(exp.Func):
        if isinstance(f, exp.Anonymous):
            names.add(str(f.name).lower())
        else:
            names.add(f.sql_name().lower())
    return names


def _target(tree: exp.Expr) -> str:
    t = tree.find(exp.Table)
    return ".".join(p for p in (t.db, t.name) if p) if t is not None else "?"


def _classify_tree(tree: exp.Expr, sql: str, dialect: str) -> Classification:
    tables = _table_names(tree)
    funcs = _function_names(tree)
    dangerous = sorted(funcs & DANGEROUS_FUNCTIONS)
    c = Classification(sql, Kind.UNKNOWN, type(tree).__name__.upper(), tables=tables, dangerous=dangerous)
    if dangerous:
        c.reasons.append("calls " + ", ".join(dangerous))

    if isinstance(tree, exp.Query):  # SELECT, UNION, VALUES ...
        c.statement_type = "SELECT"
        c.kind = Kind.READ
        writes = [n for n in tree.find_all(exp.Insert, exp.Update, exp.Delete, exp.Merge)]
        if writes:
            c.kind = Kind.WRITE
            c.reasons.append("data-modifying CTE: " + ", ".join(type(w).__name__.upper() for w in writes))
            for w in writes:
                _dml_detail(w, c)
        into = tree.find(exp.Into)
        if into is not None:
            c.kind = Kind.DDL
            c.reasons.append(f"SELECT INTO creates {into.this.sql() if into.this else 'a table'}")
        if funcs & WRITING_FUNCTIONS:
            c.kind = Kind.WRITE
            c.reasons.append("changes a sequence: " + ", ".join(sorted(funcs & WRITING_FUNCTIONS)))
        if any(tree.find_all(exp.Lock)):
            c.kind = Kind.WRITE
            c.reasons.append("locks rows (FOR UPDATE/SHARE)")
        return c
    if isinstance(tree, (exp.Insert, exp.Update, exp.Delete, exp.Merge)):
        c.kind = Kind.WRITE
        c.statement_type = type(tree).__name__.upper()
        _dml_detail(tree, c)
        return c
    if isinstance(tree, exp.TruncateTable):
        c.kind, c.statement_type, c.destructive = Kind.WRITE, "TRUNCATE", True
        c.reasons.append("TRUNCATE " + ", ".join(tables))
        return c
    if isinstance(tree, exp.Drop):
        what = str(tree.args.get("kind") or "OBJECT").upper()
        c.kind, c.statement_type, c.destructive = Kind.DDL, f"DROP {what}", True
        objects = tree.args.get("tables") or ([tree.this] if tree.this is not None else [])
        names = ", ".join(o.sql(dialect=dialect or None) for o in objects)
        c.reasons.append(f"DROP {what} {names}".strip())
        return c
    if isinstance(tree, exp.Alter):
        c.kind, c.statement_type = Kind.DDL, f"ALTER {str(tree.args.get('kind') or 'TABLE').upper()}"
        drops = [a for a in tree.args.get("actions") or [] if isinstance(a, exp.Drop)]
        if drops or re.search(r"\bDROP\b", tree.sql(dialect=dialect or None), re.I):
            c.destructive = True
            target = tree.this.sql(dialect=dialect or None) if tree.this else "?"
            dropped = ", ".join(
                f"{str(d.args.get('kind') or '').lower()} {o.sql(dialect=dialect or None)}".strip()
                for d in drops
                for o in (d.args.get("tables") or ([d.this] if d.this is not None else []))
            )
            dropped = dropped or "part of it"
            c.reasons.append(f"ALTER {target} drops {dropped}")
        return c
    if isinstance(tree, (exp.Create, exp.Comment)):
        c.kind = Kind.DDL
        c.statement_type = f"CREATE {str(tree.args.get('kind') or '').upper()}".strip()
        if isinstance(tree, exp.Create) and tree.args.get("replace"):
            c.reasons.append(f"replaces {_target(tree)}")
        return c
    if isinstance(tree, (exp.Transaction, exp.Commit, exp.Rollback)):
        c.kind, c.statement_type = Kind.TRANSACTION, type(tree).__name__.upper()
        if _READ_WRITE.search(sql):
            c.kind = Kind.ADMIN
            c.reasons.append("opens a READ WRITE transaction")
        return c
    if isinstance(tree, (exp.Set, exp.Use)):
        c.kind, c.statement_type = Kind.SESSION, type(tree).__name__.upper()
        if isinstance(tree, exp.Set) and _READ_ONLY_ESCAPE.search(tree.sql()):
            c.kind = Kind.ADMIN
            c.reasons.append("changes read-only or role settings")
        elif isinstance(tree, exp.Set) and _GLOBAL.search(sql):
            c.kind = Kind.ADMIN
            c.reasons.append("changes a server-wide setting")
        return c
    if isinstance(tree, (exp.Show, exp.Describe)):
        c.kind, c.statement_type = Kind.READ, type(tree).__name__.upper()
        return c
    if isinstance(tree, exp.Pragma):
        c.statement_type = "PRAGMA"
        c.kind = Kind.SESSION if _PRAGMA_SET.match(sql) else Kind.READ
        if _READ_ONLY_ESCAPE.search(sql):
            c.kind = Kind.ADMIN
            c.reasons.append("changes read-only settings")
        return c
    if isinstance(tree, exp.Copy):
        c.statement_type = "COPY"
        text = tree.sql(dialect=dialect or None).upper()
        if "PROGRAM" in text:
            c.kind = Kind.ADMIN
            c.dangerous.append("COPY ... PROGRAM")
            c.reasons.append("runs a program on the server (COPY ... PROGRAM)")
        elif tree.args.get("kind"):  # COPY ... FROM
            c.kind = Kind.WRITE
            c.reasons.append("loads rows into " + _target(tree))
        elif "STDOUT" in text:
            c.kind = Kind.READ
        else:
            c.kind = Kind.ADMIN
            c.dangerous.append("COPY ... TO file")
            c.reasons.append("writes a file on the server")
        return c
    if isinstance(tree, (exp.Grant, exp.Revoke)):
        c.kind, c.statement_type = Kind.ADMIN, type(tree).__name__.upper()
        return c
    if isinstance(tree, exp.Analyze):
        c.kind, c.statement_type = Kind.ADMIN, "ANALYZE"
        return c
    if isinstance(tree, exp.Command):
        return _classify_command(tree, sql, dialect, c)
    # a bare expression or anything else: not a statement we understand
    c.kind = Kind.UNKNOWN
    c.reasons.append("statement not understood")
    return c


def _dml_detail(tree: exp.Expr, c: Classification) -> None:
    verb = type(tree).__name__.upper()
    target = _target(tree)
    if isinstance(tree, (exp.Update, exp.Delete)) and not tree.args.get("where"):
        c.destructive = True
        c.reasons.append(f"{verb} without WHERE on {target} (every row)")
    elif isinstance(tree, exp.Merge):
        c.reasons.append(f"MERGE into {target}")
    else:
        c.reasons.append(f"{verb} on {target}")


def _classify_command(tree: exp.Command, sql: str, dialect: str, c: Classification) -> Classification:
    word = str(tree.this or "").upper()
    expr = tree.expression
    if isinstance(expr, exp.Literal):
        rest = expr.name
    elif isinstance(expr, exp.Expr):
        rest = expr.sql()
    else:
        rest = str(expr or "")
    c.statement_type = word
    if word == "EXPLAIN":
        m = _EXPLAIN.match(rest)
        inner = m.group("inner") if m else rest
        runs = bool(m and (m.group("an") or _ANALYZE_OPT.search(m.group("opts") or "")))
        if runs:
            sub = classify(inner, dialect)
            sub.sql, sub.statement_type = sql, "EXPLAIN ANALYZE"
            return sub
        c.kind = Kind.READ
        return c
    if word in _READ_COMMANDS:
        c.kind = Kind.READ
    elif word in _SESSION_COMMANDS:
        c.kind = Kind.SESSION
        if _READ_ONLY_ESCAPE.search(rest):
            c.kind = Kind.ADMIN
            c.reasons.append("changes read-only or role settings")
    elif word in _WRITE_COMMANDS:
        c.kind = Kind.WRITE
        c.reasons.append(f"{word} may change data")
    elif word in _ADMIN_COMMANDS:
        c.kind = Kind.ADMIN
        c.reasons.append(f"{word} is an administrative statement")
    else:
        c.kind = Kind.UNKNOWN
        c.reasons.append(f"{word or 'statement'} not understood")
    return c
