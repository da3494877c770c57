"""Classify SQL statements with sqlglot's parser, never by their first word.

Every face uses this one classifier: the CLI, the REPL's confirmations, the
natural-language pipeline's safety gate, the web API's roles and the MCP
server's read-only mode.

It is an allow-list.  A statement is READ only when it is *proven* a read:

* its parse tree is a read-only shape (a query, ``SHOW``, ``DESCRIBE``,
  ``EXPLAIN`` without ``ANALYZE`` of something harmless, ``COPY ... TO STDOUT``
  as the COPY's own target, a reporting ``PRAGMA``) with no write hidden inside
  it (``SELECT ... INTO``, data-modifying CTEs, ``FOR UPDATE`` ...);
* every function it calls, by the name written in the statement, is on its
  engine's list of functions a read may call (:mod:`aishell.engines.readsafe`),
  unqualified or qualified by the engine's own catalog schema.  A function off
  the list (a server file reader, a lock, a notification, a function that
  evaluates SQL text, anybody's own function) makes the statement UNKNOWN,
  which no read-only session, analyst or agent may run;
* DuckDB: no table is a file path.

``EXPLAIN ANALYZE`` of anything is judged as that thing.  A ``SET`` is a
SESSION statement only when every setting it changes is on its engine's list
of harmless settings; transaction modes, read-only switches, server-wide,
logging, file and lexing settings are ADMIN, and one that touches a limit the
server may set (statement timeouts, memory) says so in ``lifts_limits``.
Transaction control that opens a ``READ WRITE`` transaction is ADMIN.
Anything the parser cannot place, or nests deeper than :data:`MAX_DEPTH`, is
UNKNOWN, which the policy treats like a schema change.
"""

from __future__ import annotations

import logging
import re
from contextvars import ContextVar
from typing import TYPE_CHECKING

import sqlglot
from sqlglot import exp
from sqlglot.errors import SqlglotError
from sqlglot.tokenizer_core import Token, TokenType

from aishell.engines.readsafe import (
    DANGEROUS_FUNCTIONS,
    limit_settings,
    read_functions,
    read_pragmas,
    safe_settings,
    user_functions,
)
from aishell.engines.registry import dialect_of
from aishell.sql.kinds import Classification, Kind, fold_name
from aishell.sql.split import split_statements

if TYPE_CHECKING:
    from aishell.engines.dialect import Dialect

__all__ = ["DANGEROUS_FUNCTIONS", "MAX_DEPTH", "Classification", "Kind", "classify", "classify_script"]

logging.getLogger("sqlglot").setLevel(logging.ERROR)

#: parentheses nested deeper than this are refused before parsing (the parser would recurse)
MAX_DEPTH = 200

#: functions that write although they sit in a SELECT (a WRITE, not a schema change)
WRITING_FUNCTIONS = frozenset({"nextval", "setval", "pg_advisory_unlock_all"})

#: function forms the parser builds from SQL syntax (CAST, EXTRACT, CASE ...): no name to check
_SYNTAX = (exp.Cast, exp.Case, exp.Interval)

_READ_COMMANDS = {"SHOW", "DESCRIBE", "DESC", "VALUES", "TABLE"}
_WRITE_COMMANDS = {"LOCK", "NOTIFY", "REPLACE", "UPSERT"}
_ADMIN_COMMANDS = {
    "VACUUM", "CLUSTER", "REINDEX", "CHECKPOINT", "GRANT", "REVOKE", "KILL", "SHUTDOWN", "FLUSH",
    "INSTALL", "UNINSTALL", "LOAD", "PURGE", "RESET MASTER", "ATTACH", "DETACH", "OPTIMIZE", "REPAIR",
    "SECURITY", "ALTER SYSTEM", "CREATE", "DROP", "ALTER", "RENAME", "HANDLER", "PREPARE", "DEALLOCATE",
    "CALL", "DO", "EXECUTE", "EXEC", "REFRESH", "IMPORT", "EXPORT", "COPY", "BACKUP", "RESTORE",
}  # fmt: skip
_EXECUTABLE_COMMENT = re.compile(r"/\*[M]?!")
#: statements the parser knows by a class of their own, and why they are administrative
_ADMIN_TREES = {
    "Attach": "ATTACH opens another database file",
    "Detach": "DETACH closes an attached database",
    "Install": "INSTALL downloads or installs an extension",
    "Export": "EXPORT writes files on the server",
    "Kill": "KILL ends another session or its statement",
    "Execute": "EXECUTE runs code that may change anything",
    "Declare": "DECLARE starts procedural code",
    "LoadData": "LOAD DATA reads a file into a table",
    "AlterSession": "ALTER SESSION changes the session",
}
_EXPLAIN_OPTIONS = {
    "ANALYZE", "ANALYSE", "VERBOSE", "EXTENDED", "PARTITIONS", "FORMAT", "QUERY", "PLAN", "COSTS",
    "BUFFERS", "TIMING", "SUMMARY", "SETTINGS", "WAL", "GENERIC_PLAN", "MEMORY", "SERIALIZE",
}  # fmt: skip
_FALSE = {"FALSE", "OFF", "0"}


#: the database's own functions that share a built-in's name (see ``classify(shadowed=...)``)
_SHADOWED: ContextVar[frozenset[str]] = ContextVar("aishell_shadowed_functions", default=frozenset())


def classify(sql: str, dialect: str = "", *, shadowed: frozenset[str] | None = None) -> Classification:
    """Classify one statement.  (Use :func:`classify_script` for a buffer.)

    ``shadowed``: lower-case names of the database's own functions
    (:meth:`~aishell.engines.base.Connection.shadowed_functions`); a call by one of these
    names may resolve to the database's function rather than the built-in, so it is not
    proven a read."""
    if shadowed is not None:
        token = _SHADOWED.set(shadowed)
        try:
            return classify(sql, dialect)
        finally:
            _SHADOWED.reset(token)
    if _EXECUTABLE_COMMENT.search(sql):
        # MySQL/MariaDB run the text inside /*! ... */ while every parser skips it as a comment
        reason = "contains a MySQL executable comment (/*! ... */)"
        return Classification(sql, Kind.UNKNOWN, "UNKNOWN", reasons=[reason], dangerous=["executable comment"])
    try:
        tokens = sqlglot.tokenize(sql, read=dialect or None)
    except SqlglotError as exc:
        return _not_understood(sql, exc)
    depth = _depth(tokens)
    if depth > MAX_DEPTH:
        why = f"statement nested {depth} levels deep (the limit is {MAX_DEPTH})"
        return Classification(sql, Kind.UNKNOWN, "UNKNOWN", error=why, reasons=[why], too_deep=True)
    try:
        trees = [t for t in sqlglot.parse(sql, read=dialect or None) if t is not None]
        if len(trees) != 1:
            return _merge(sql, [_classify_tree(t, t.sql(dialect=dialect or None), dialect, None) for t in trees])
        return _classify_tree(trees[0], sql, dialect, tokens)
    except SqlglotError as exc:
        return _transaction(sql, tokens) or _not_understood(sql, exc)
    except RecursionError:
        why = "statement nested too deeply to check"
        return Classification(sql, Kind.UNKNOWN, "UNKNOWN", error=why, reasons=[why], too_deep=True)


def classify_script(text: str, dialect: str = "") -> list[Classification]:
    return [classify(s.sql, dialect) for s in split_statements(text, dialect)]


def _not_understood(sql: str, exc: Exception) -> Classification:
    first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return Classification(sql, Kind.UNKNOWN, "UNKNOWN", error=first, reasons=["statement not understood"])


_TRANSACTION_WORDS = {
    "BEGIN", "START", "TRANSACTION", "WORK", "ISOLATION", "LEVEL", "READ", "ONLY", "WRITE", "COMMITTED",
    "UNCOMMITTED", "REPEATABLE", "SERIALIZABLE", "DEFERRABLE", "NOT", ",",
}  # fmt: skip


def _transaction(sql: str, tokens: list[Token]) -> Classification | None:
    """``BEGIN``/``START TRANSACTION`` with modes the parser does not take (PostgreSQL's
    ``BEGIN READ ONLY``): transaction control, or ADMIN when it opens a READ WRITE one."""
    words = _words(tokens)
    if not words or words[0] not in ("BEGIN", "START") or not set(words) <= _TRANSACTION_WORDS:
        return None
    if "WRITE" in words:
        return Classification(sql, Kind.ADMIN, "TRANSACTION", reasons=["opens a READ WRITE transaction"],
                              relations=[])  # fmt: skip
    return Classification(sql, Kind.TRANSACTION, "TRANSACTION", relations=[])


def _depth(tokens: list[Token]) -> int:
    depth = deepest = 0
    for t in tokens:
        if t.token_type in (TokenType.L_PAREN, TokenType.L_BRACKET, TokenType.L_BRACE):
            depth += 1
            deepest = max(deepest, depth)
        elif t.token_type in (TokenType.R_PAREN, TokenType.R_BRACKET, TokenType.R_BRACE):
            depth -= 1
    return deepest


def _merge(sql: str, parts: list[Classification]) -> Classification:
    if not parts:
        return Classification(sql, Kind.READ, "EMPTY", relations=[])
    order = [Kind.UNKNOWN, Kind.ADMIN, Kind.DDL, Kind.WRITE, Kind.SESSION, Kind.TRANSACTION, Kind.READ]
    kind = min((p.kind for p in parts), key=order.index)
    merged = Classification(sql, kind, "MULTIPLE")
    for p in parts:
        merged.destructive |= p.destructive
        merged.reasons += p.reasons
        merged.tables += p.tables
        merged.dangerous += p.dangerous
        merged.settings += p.settings
        merged.lifts_limits |= p.lifts_limits
        merged.too_deep |= p.too_deep
    known = [p.relations for p in parts]
    merged.relations = None if None in known else list(dict.fromkeys(r for rs in known if rs for r in rs))
    return merged


def _words(tokens: list[Token]) -> list[str]:
    """The statement's words and symbols, upper-case, comments gone (the tokenizer drops them)."""
    return [t.text.upper() for t in tokens]


def _table_names(tree: exp.Expr) -> list[str]:
    names = []
    for t in tree.find_all(exp.Table):
        if t.name:
            names.append(".".join(p for p in (t.db, t.name) if p))
    return list(dict.fromkeys(names))


def _relations(tree: exp.Expr, dialect: str) -> list[tuple[str, ...]]:
    """The tables and views ``tree`` reads or writes (subqueries, joins, CTE bodies and the
    write target included), each ``(schema, name)`` or ``(name,)`` with its parts folded as the
    engine folds names; a name that refers to a CTE in scope is not a table."""
    engine = _engine(dialect)
    folding = engine.relation_folding or engine.case_folding
    out: list[tuple[str, ...]] = []
    for t in tree.find_all(exp.Table):
        if not t.name or not isinstance(t.this, exp.Identifier):
            continue  # a table function (generate_series(), a file): judged by its name elsewhere
        if not t.args.get("db") and _cte_name(t, folding):
            continue
        parts = [p for p in (t.args.get("catalog"), t.args.get("db"), t.this) if isinstance(p, exp.Identifier)]
        out.append(tuple(fold_name(p.name, bool(p.quoted), folding) for p in parts[-2:]))
    return list(dict.fromkeys(out))


def _cte_name(t: exp.Table, folding: str) -> bool:
    """``t`` (unqualified) names a CTE visible where it stands: one of the body's WITH, or, inside
    a CTE, an earlier one of the same WITH (any of them, itself included, in WITH RECURSIVE)."""
    name = fold_name(t.name, bool(t.this.quoted), folding)
    prev: exp.Expr = t
    node = t.parent
    while node is not None:
        ctes: list[exp.Expr] = []
        if isinstance(node, exp.With):  # inside one of its CTEs: the earlier ones (all, if recursive)
            ctes = list(node.expressions)
            if not node.args.get("recursive") and prev in ctes:
                ctes = ctes[: ctes.index(prev)]
        elif isinstance(node.args.get("with_"), exp.With) and node.args["with_"] is not prev:
            ctes = list(node.args["with_"].expressions)  # in the body: every CTE of its WITH
        if any(fold_name(c.alias, bool(c.args["alias"].this.quoted), folding) == name for c in ctes):
            return True
        prev, node = node, node.parent
    return False


def _target(tree: exp.Expr) -> str:
    t = tree.find(exp.Table)
    return ".".join(p for p in (t.db, t.name) if p) if t is not None else "?"


# --------------------------------------------------------------------------- proof of a read
def _called_name(f: exp.Func, sql: str) -> str | None:
    """The function's name as the statement writes it (lower-case, unquoted), or None for
    forms the parser builds from SQL syntax (``CAST``, ``EXTRACT``, ``x::int`` ...)."""
    if isinstance(f, exp.Anonymous):
        return str(f.name).lower()
    if isinstance(f, _SYNTAX):
        return None
    meta = f.meta
    start, end = meta.get("start"), meta.get("end")
    if start is None or end is None or not sql:
        return None
    text = sql[start : end + 1]
    return str(text).strip().strip('"`[]').lower() or None


def _qualifier(f: exp.Func) -> str | None:
    parent = f.parent
    if isinstance(parent, exp.Dot) and parent.expression is f:
        return str(parent.this.sql()).strip("\"`").lower()
    return None


def _functions(tree: exp.Expr, sql: str, dialect: str) -> tuple[list[str], list[str]]:
    """(names off the engine's read list, names that are known to be dangerous)."""
    allowed = read_functions(dialect)
    shadowed = _SHADOWED.get() - user_functions()  # the user vouched for these by name
    builtin_schemas = _engine(dialect).catalog_schemas  # a call qualified by one is a built-in
    unproven: list[str] = []
    for f in tree.find_all(exp.Func):
        name = _called_name(f, sql)
        if name is None:
            continue
        qualifier = _qualifier(f)
        if qualifier is not None and qualifier not in builtin_schemas:
            unproven.append(f"{qualifier}.{name}")
        elif name not in allowed or (qualifier is None and name in shadowed):
            unproven.append(name)
    unproven = list(dict.fromkeys(unproven))
    dangerous = [n for n in unproven if n.rsplit(".", 1)[-1] in DANGEROUS_FUNCTIONS]
    return unproven, dangerous


def _file_tables(tree: exp.Expr, dialect: str) -> list[str]:
    """DuckDB reads a file for a table named by a string or a path-like quoted name."""
    if not _engine(dialect).file_tables:
        return []
    files = []
    for t in tree.find_all(exp.Table):
        this = t.this
        if isinstance(this, exp.Literal) and this.is_string:
            files.append(this.name)
        elif isinstance(this, exp.Identifier) and (this.quoted and re.search(r"[./\\*:?~]", this.name)):
            files.append(this.name)
    return files


def _engine(dialect: str) -> Dialect:
    return dialect_of(dialect or "")


def _prove(tree: exp.Expr, sql: str, dialect: str, c: Classification) -> None:
    """Check the functions and tables of ``tree``; what cannot be proven a read makes the
    statement UNKNOWN (a read) or stays with its kind and reasons (a write of some kind)."""
    unproven, dangerous = _functions(tree, sql, dialect)
    writing = [n for n in unproven if n in WRITING_FUNCTIONS]
    others = [n for n in unproven if n not in WRITING_FUNCTIONS]
    files = _file_tables(tree, dialect)
    c.dangerous += [n for n in dangerous if n not in c.dangerous]
    if writing:
        if c.kind is Kind.READ:
            c.kind = Kind.WRITE
        c.reasons.append("changes a sequence or lock: " + ", ".join(writing))
    own = [n for n in others if n in _SHADOWED.get() and n in read_functions(dialect)]
    others = [n for n in others if n not in own]
    if own:
        c.kind = Kind.UNKNOWN
        names = ", ".join(n + "()" for n in own)
        c.reasons.append(f"calls {names}: the database has its own function of that name, which the call may reach")
    if others:
        c.kind = Kind.UNKNOWN
        engine = _engine(dialect)
        listed = f"{engine.name}'s" if engine.package else "the"
        c.reasons.append(
            f"calls {', '.join(n + '()' for n in others)}, not on {listed} list of functions a read may call"
        )
    if files:
        c.kind = Kind.UNKNOWN if c.kind in (Kind.READ, Kind.SESSION) else c.kind
        c.dangerous.append("reads a file")
        c.reasons.append("reads the file " + ", ".join(repr(f) for f in files))


# --------------------------------------------------------------------------- statements
def _command_tokens(tokens: list[Token], sql: str, dialect: str) -> list[Token]:
    """The tokenizer keeps the rest of a command (``EXPLAIN ...``, ``DO ...``) as one string,
    comments and all: read that rest as tokens too, placed in ``sql``."""
    if len(tokens) < 2 or tokens[0].token_type != TokenType.COMMAND:
        return tokens
    offset = tokens[0].end + 1
    rest = sqlglot.tokenize("(" + sql[offset:], read=dialect or None)[1:]
    for t in rest:
        t.start, t.end = t.start - 1 + offset, t.end - 1 + offset
    return [tokens[0], *rest]


def _classify_tree(tree: exp.Expr, sql: str, dialect: str, tokens: list[Token] | None) -> Classification:
    if tokens is None:
        tokens = sqlglot.tokenize(sql, read=dialect or None)
    if isinstance(tree, exp.Command):
        try:
            tokens = _command_tokens(tokens, sql, dialect)
        except SqlglotError as exc:
            return _not_understood(sql, exc)
    c = Classification(sql, Kind.UNKNOWN, type(tree).__name__.upper(), tables=_table_names(tree))
    if not isinstance(tree, (exp.Command, exp.Pragma)):
        c.relations = _relations(tree, dialect)  # (a command's text is not parsed: not known)
    _classify_shape(tree, sql, dialect, tokens, c)
    if not isinstance(tree, (exp.Command, exp.Pragma)):
        _prove(tree, sql, dialect, c)
    elif (
        isinstance(tree, exp.Command)
        and c.statement_type != "EXPLAIN"
        and c.kind in (Kind.READ, Kind.SESSION, Kind.TRANSACTION)
        and "(" in _words(tokens)
    ):
        # the parser kept this statement as text: a call inside it cannot be checked
        c.kind = Kind.UNKNOWN
        c.reasons.append(f"{c.statement_type} with a call or subquery the parser cannot check")
    if c.dangerous and not c.reasons:
        c.reasons.append("calls " + ", ".join(c.dangerous))
    return c


def _classify_shape(tree: exp.Expr, sql: str, dialect: str, tokens: list[Token], c: Classification) -> None:
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
        if any(tree.find_all(exp.Lock)):
            c.kind = Kind.WRITE
            c.reasons.append("locks rows (FOR UPDATE/SHARE)")
        return
    if isinstance(tree, (exp.Insert, exp.Update, exp.Delete, exp.Merge)):
        c.kind = Kind.WRITE
        c.statement_type = type(tree).__name__.upper()
        _dml_detail(tree, c)
        return
    if isinstance(tree, exp.TruncateTable):
        c.kind, c.statement_type, c.destructive = Kind.WRITE, "TRUNCATE", True
        c.reasons.append("TRUNCATE " + ", ".join(c.tables))
        return
    if isinstance(tree, exp.Drop):
        what = str(tree.args.get("kind") or "OBJECT").upper()
        c.kind, c.statement_type, c.destructive = Kind.DDL, f"DROP {what}", True
        objects = tree.args.get("tables") or ([tree.this] if tree.this is not None else [])
        names = ", ".join(o.sql(dialect=dialect or None) for o in objects)
        c.reasons.append(f"DROP {what} {names}".strip())
        return
    if isinstance(tree, exp.Alter):
        _alter(tree, dialect, c)
        return
    if isinstance(tree, (exp.Create, exp.Comment)):
        c.kind = Kind.DDL
        c.statement_type = f"CREATE {str(tree.args.get('kind') or '').upper()}".strip()
        if isinstance(tree, exp.Create) and tree.args.get("replace"):
            c.reasons.append(f"replaces {_target(tree)}")
        return
    if isinstance(tree, (exp.Transaction, exp.Commit, exp.Rollback)):
        c.kind, c.statement_type = Kind.TRANSACTION, type(tree).__name__.upper()
        words = _words(tokens)
        if "WRITE" in words:
            c.kind = Kind.ADMIN
            c.reasons.append("opens a READ WRITE transaction")
        elif "IMMEDIATE" in words or "EXCLUSIVE" in words:
            c.kind = Kind.WRITE
            c.reasons.append("takes the database's write lock (BEGIN IMMEDIATE/EXCLUSIVE)")
        elif "PREPARED" in words or ("CHAIN" in words and "NO" not in words):
            c.kind = Kind.ADMIN
            c.reasons.append("two-phase or chained transaction control")
        return
    if isinstance(tree, exp.Set):
        _set(tokens, dialect, c)
        return
    if isinstance(tree, exp.Use):
        c.kind, c.statement_type = Kind.SESSION, "USE"
        return
    if isinstance(tree, (exp.Show, exp.Describe, exp.Summarize)):
        c.kind, c.statement_type = Kind.READ, type(tree).__name__.upper()
        if isinstance(tree, exp.Describe) and tree.this is not None and not isinstance(tree.this, exp.Table):
            _explained(tree.this, sql, dialect, c, analyze=bool(tree.args.get("style")) or _analyzing(tokens))
        return
    if isinstance(tree, exp.Pragma):
        _pragma(tokens, dialect, c)
        return
    if isinstance(tree, exp.Copy):
        _copy(tree, tokens, c)
        return
    if isinstance(tree, (exp.Grant, exp.Revoke)):
        c.kind, c.statement_type = Kind.ADMIN, type(tree).__name__.upper()
        return
    if isinstance(tree, exp.Analyze):
        c.kind, c.statement_type = Kind.ADMIN, "ANALYZE"
        return
    admin = _ADMIN_TREES.get(type(tree).__name__)
    if admin is not None:
        c.kind, c.statement_type = Kind.ADMIN, type(tree).__name__.upper()
        c.reasons.append(admin)
        return
    if isinstance(tree, (exp.Lock, exp.Refresh, exp.Cache, exp.Uncache)):
        c.kind, c.statement_type = Kind.WRITE, type(tree).__name__.upper()
        c.reasons.append(f"{c.statement_type} changes what other sessions see")
        return
    if isinstance(tree, exp.Command):
        _classify_command(tree, sql, dialect, tokens, c)
        return
    # a bare expression or anything else: not a statement we understand
    c.kind = Kind.UNKNOWN
    c.reasons.append("statement not understood")


def _alter(tree: exp.Alter, dialect: str, c: Classification) -> None:
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


def _always_true(cond: exp.Expr) -> bool:
    """A WHERE that every row meets (``1=1``, ``TRUE``, ``id = id``, ``x IS NULL OR x IS NOT
    NULL`` ...) is the same as none.  sqlglot's simplifier folds constants; the rest is read
    here.  (``id = id`` is NULL, not true, for a NULL id: users mean every row all the same.)"""
    from sqlglot.optimizer.simplify import simplify

    try:
        node = simplify(cond.copy())
    except Exception:  # the simplifier gave up: judge the condition as written
        node = cond
    while isinstance(node, exp.Paren):
        node = node.this
    if isinstance(node, exp.Boolean):
        return bool(node.this)
    if isinstance(node, exp.Literal):
        return not node.is_string and node.name not in ("0", "0.0")
    if isinstance(node, (exp.EQ, exp.GTE, exp.LTE, exp.NullSafeEQ, exp.Like, exp.ILike)):
        return bool(node.this == node.expression)
    if isinstance(node, exp.And):
        return _always_true(node.this) and _always_true(node.expression)
    if isinstance(node, exp.Or):
        if _always_true(node.this) or _always_true(node.expression):
            return True
        tests = [_null_test(side) for side in (node.this, node.expression)]
        return all(tests) and tests[0][0] == tests[1][0] and tests[0][1] != tests[1][1]  # type: ignore[index]
    return False


def _null_test(node: exp.Expr) -> tuple[exp.Expr, bool] | None:
    """``x IS NULL`` -> (x, True); ``x IS NOT NULL`` (either form) -> (x, False)."""
    negated = False
    if isinstance(node, exp.Not):
        node, negated = node.this, True
    if isinstance(node, exp.Is) and isinstance(node.expression, exp.Null):
        return node.this, not (negated ^ bool(node.args.get("negate")))
    return None


def _dml_detail(tree: exp.Expr, c: Classification) -> None:
    verb = type(tree).__name__.upper()
    target = _target(tree)
    where = tree.args.get("where")
    if isinstance(tree, (exp.Update, exp.Delete)) and not where:
        c.destructive = True
        c.reasons.append(f"{verb} without WHERE on {target} (every row)")
    elif isinstance(tree, (exp.Update, exp.Delete)) and where is not None and _always_true(where.this):
        c.destructive = True
        c.reasons.append(f"{verb} on {target} with a WHERE that every row meets ({where.this.sql()})")
    elif isinstance(tree, exp.Merge):
        c.reasons.append(f"MERGE into {target}")
    else:
        c.reasons.append(f"{verb} on {target}")


def _copy(tree: exp.Copy, tokens: list[Token], c: Classification) -> None:
    """COPY is a read only when its own target is the client: ``TO STDOUT``, decided on the tree."""
    c.statement_type = "COPY"
    words = _words(tokens)
    files = tree.args.get("files") or []
    to_client = (
        len(files) == 1 and isinstance(files[0], exp.Identifier) and not files[0].quoted
        and files[0].name.upper() == "STDOUT"
    )  # fmt: skip
    if "PROGRAM" in words:
        c.kind = Kind.ADMIN
        c.dangerous.append("COPY ... PROGRAM")
        c.reasons.append("runs a program on the server (COPY ... PROGRAM)")
    elif tree.args.get("kind"):  # COPY ... FROM
        from_client = (
            len(files) == 1 and isinstance(files[0], exp.Identifier) and not files[0].quoted
            and files[0].name.upper() == "STDIN"
        )  # fmt: skip
        if from_client:
            c.kind = Kind.WRITE
            c.reasons.append("loads rows into " + _target(tree))
        else:
            c.kind = Kind.ADMIN
            c.dangerous.append("COPY ... FROM a server file")
            c.reasons.append(f"reads a file on the server into {_target(tree)} (COPY ... FROM a file)")
    elif to_client and isinstance(tree.this, (exp.Table, exp.Subquery)):
        c.kind = Kind.READ
    else:
        c.kind = Kind.ADMIN
        c.dangerous.append("COPY ... TO file")
        c.reasons.append("writes a file on the server (COPY ... TO a file)")


def _pragma(tokens: list[Token], dialect: str, c: Classification) -> None:
    """A PRAGMA that only reports is a read; one that sets a value or acts is not."""
    c.statement_type = "PRAGMA"
    words = [t.text for t in tokens[1:]]
    if len(words) >= 2 and words[1] == ".":
        words = words[2:]  # schema.pragma
    name = words[0].strip('"`[]').lower() if words else ""
    sets = "=" in words or (len(words) > 1 and words[1] == "(" and name not in read_pragmas(dialect))
    if not sets and name in read_pragmas(dialect):
        c.kind = Kind.READ
    elif name in safe_settings(dialect):
        c.kind = Kind.SESSION
        c.settings.append(name)
    else:
        c.kind = Kind.ADMIN
        c.settings.append(name)
        c.reasons.append(
            f"PRAGMA {name} {'sets a value' if sets else 'acts on the database'}, which read-only mode does not allow"
        )
    c.lifts_limits = name in limit_settings(dialect)


# --------------------------------------------------------------------------- SET / RESET
_SCOPES = {"SESSION", "LOCAL"}
#: settings that choose how the server decodes the statement's bytes, and the character sets
#: whose bytes read as the classifier reads them (multi-byte sets such as gbk or sjis can
#: swallow a backslash or a quote)
_CHARSET_SETTINGS = {"names", "charset", "character_set", "character_set_client", "character_set_connection",
                     "client_encoding"}  # fmt: skip
_SAFE_CHARSETS = {"utf8", "utf8mb4", "utf8mb3", "latin1", "ascii", "binary", "utf-8"}
_SERVER_SCOPES = {"GLOBAL", "PERSIST", "PERSIST_ONLY"}
_ONE_WORD = {"NAMES", "CHARSET"}


def _assignments(tokens: list[Token], dialect: str) -> list[list[Token]]:
    """The assignments of a SET (MySQL takes several, separated by commas at depth 0)."""
    body = tokens[1:]
    if not _engine(dialect).set_lists:
        return [body]
    parts: list[list[Token]] = [[]]
    depth = 0
    for t in body:
        if t.token_type == TokenType.L_PAREN:
            depth += 1
        elif t.token_type == TokenType.R_PAREN:
            depth -= 1
        if t.token_type == TokenType.COMMA and depth == 0:
            parts.append([])
        else:
            parts[-1].append(t)
    return [p for p in parts if p]


def _setting(part: list[Token]) -> tuple[str, bool, list[Token]]:
    """(the setting's name, whether it is server-wide, the value's tokens)."""
    server = False
    i = 0
    while i < len(part) and part[i].text.upper() in _SCOPES | _SERVER_SCOPES:
        server |= part[i].text.upper() in _SERVER_SCOPES
        i += 1
    name_words: list[str] = []
    while i < len(part):
        t = part[i]
        text = t.text
        if text in ("=", ":=") or text.upper() == "TO" or t.token_type in (TokenType.STRING, TokenType.NUMBER):
            break
        name_words.append(text)
        i += 1
        if len(name_words) == 1 and text.upper() in _ONE_WORD:
            break
        if [w.upper() for w in name_words] == ["CHARACTER", "SET"]:
            break
    name = "".join(w if w in (".", "@") else (" " + w) for w in name_words).strip()
    name = re.sub(r"\s*([.@])\s*", r"\1", name)
    low = name.lower().strip('"`')
    if low.startswith("@@global.") or low.startswith("@@persist"):
        server = True
    low = re.sub(r"^@@(session\.|local\.)?", "", low)
    low = re.sub(r"\s+", "_", low.replace('"', "").replace("`", ""))
    value = (
        part[i + 1 :] if i < len(part) and (part[i].text in ("=", ":=") or part[i].text.upper() == "TO") else part[i:]
    )
    return low, server, value


def _set(tokens: list[Token], dialect: str, c: Classification) -> None:
    c.kind, c.statement_type = Kind.SESSION, "SET"
    words = _words(tokens)
    if words[:1] == ["RESET"] or words[:1] == ["DISCARD"]:
        c.statement_type = words[0]
    safe, limits = safe_settings(dialect), limit_settings(dialect)
    engine = _engine(dialect)
    refused: list[str] = []
    for part in _assignments(tokens, dialect):
        name, server, value = _setting(part)
        c.settings.append(name)
        if name in limits or any(w.text.lower() in limits for w in part):
            c.lifts_limits = True
        if server:
            refused.append(f"changes the server-wide setting {name}")
        elif name.startswith("@") and not name.startswith("@@"):
            continue  # a user variable: its value is checked like any expression
        elif name == "all" or name not in safe:
            refused.append(f"changes {name or 'a setting'}, which read-only mode does not allow")
        elif name in _CHARSET_SETTINGS:
            charset = next((t.text.strip("'\"`").lower() for t in value if t.text.upper() != "DEFAULT"), "")
            if charset.split("_")[0] not in _SAFE_CHARSETS:
                refused.append(f"sets the character set to {charset or 'an unknown one'}, which reads text differently")
        elif name == engine.search_path_setting:
            listed = [t.text.strip('"').lower() for t in value if t.token_type != TokenType.COMMA]
            for catalog in sorted(engine.catalog_schemas):
                if catalog in listed and listed.index(catalog) > 0:
                    refused.append(f"puts {catalog} after another schema in {name}")
    if refused:
        c.kind = Kind.ADMIN
        c.reasons += refused


def _classify_command(tree: exp.Command, sql: str, dialect: str, tokens: list[Token], c: Classification) -> None:
    word = str(tree.this or "").upper()
    c.statement_type = word
    if word == "EXPLAIN":
        inner, analyze = _explain_target(tokens, sql)
        if inner is None:
            c.kind = Kind.UNKNOWN
            c.reasons.append("EXPLAIN of a statement that cannot be found")
            return
        c.kind = Kind.READ
        sub = classify(inner, dialect)
        _judge_explained(sub, c, analyze)
        c.relations = sub.relations
        return
    if word in ("SET", "RESET"):
        _set(tokens, dialect, c)
        c.relations = []
        return
    if word in _READ_COMMANDS:
        c.kind = Kind.READ
    elif word in _WRITE_COMMANDS:
        c.kind = Kind.WRITE
        c.reasons.append(f"{word} may change data")
    elif word in _ADMIN_COMMANDS:
        c.kind = Kind.ADMIN
        c.reasons.append(f"{word} is an administrative statement" if word not in ("DO", "CALL", "EXECUTE", "EXEC")
                         else f"{word} runs code that may change anything")  # fmt: skip
    else:
        c.kind = Kind.UNKNOWN
        c.reasons.append(f"{word or 'statement'} not understood")


def _analyzing(tokens: list[Token]) -> bool:
    words = _words(tokens)
    return "ANALYZE" in words[:4] or "ANALYSE" in words[:4]


def _explain_target(tokens: list[Token], sql: str) -> tuple[str | None, bool]:
    """The explained statement's text and whether EXPLAIN runs it (ANALYZE), read from the
    tokens (comments are not tokens).  An option list that cannot be read counts as ANALYZE."""
    i, analyze = 1, False
    while i < len(tokens):
        t = tokens[i]
        up = t.text.upper()
        if t.token_type == TokenType.L_PAREN and i == 1:
            depth, j = 0, i
            options: list[str] = []
            while j < len(tokens):
                if tokens[j].token_type == TokenType.L_PAREN:
                    depth += 1
                elif tokens[j].token_type == TokenType.R_PAREN:
                    depth -= 1
                    if depth == 0:
                        break
                options.append(tokens[j].text.upper())
                j += 1
            for k, w in enumerate(options):
                if w in ("ANALYZE", "ANALYSE"):
                    nxt = options[k + 1] if k + 1 < len(options) else ","
                    analyze |= nxt not in _FALSE
            i = j + 1
            continue
        if up in _EXPLAIN_OPTIONS or up in ("=", "JSON", "TEXT", "TREE", "TRADITIONAL", "XML", "YAML"):
            analyze |= up in ("ANALYZE", "ANALYSE")
            i += 1
            continue
        return sql[t.start :], analyze
    return None, True


def _explained(inner: exp.Expr, sql: str, dialect: str, c: Classification, *, analyze: bool) -> None:
    sub = classify(inner.sql(dialect=dialect or None), dialect)
    _judge_explained(sub, c, analyze or _analyzing(sqlglot.tokenize(sql, read=dialect or None)))


def _judge_explained(sub: Classification, c: Classification, analyze: bool) -> None:
    """EXPLAIN ANALYZE of anything is that thing.  A plain EXPLAIN is a read when what it
    plans is one (the planner may evaluate a function); otherwise it keeps the planned
    statement's kind, so a read-only session plans only reads, but asks no confirmation."""
    if analyze:
        c.kind, c.statement_type = sub.kind, "EXPLAIN ANALYZE"
        c.destructive, c.dangerous, c.settings = sub.destructive, sub.dangerous, sub.settings
        c.lifts_limits = sub.lifts_limits
        c.reasons += [f"EXPLAIN ANALYZE runs it: {r}" for r in sub.reasons]
        return
    if sub.kind is not Kind.READ or sub.dangerous:
        c.kind, c.dangerous = sub.kind, sub.dangerous
        c.reasons += [f"EXPLAIN of {sub.statement_type}: {r}" for r in sub.reasons] or [
            f"EXPLAIN of {sub.statement_type}"
        ]
