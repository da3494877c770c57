"""The MCP tools as plain Python: no SDK here, so they are easy to read and to test.

Every tool returns a small JSON-ready dict or raises :class:`ToolFailure`.  Every
call, whatever its outcome, is written to the audit log.  Statements run through
:meth:`Session.run` with the :class:`~aishell.mcp.gate.McpPolicy`, a row limit
(``display_limit``) and the engine's statement timeout.
"""

from __future__ import annotations

import base64
import contextvars
import dataclasses
import datetime as dt
import decimal
import math
import re
import time
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, TypeVar

from aishell.connections import Target
from aishell.engines.base import Catalog, ResultColumn, Row, TableInfo
from aishell.errors import AishellError, PolicyError, UsageError, redact
from aishell.mcp.gate import McpPolicy
from aishell.output.sink import Sink, Summary
from aishell.services.connect import test_connection
from aishell.services.policy import Verdict
from aishell.services.session import SERVER_MAX_VALUE_BYTES, Session
from aishell.state import StateStore
from aishell.urls import DatabaseURL

T = TypeVar("T")

DEFAULT_MAX_ROWS = 200
DEFAULT_TIMEOUT = 30.0
MAX_CELL_CHARS = 500  # longer values are cut: an agent's context is precious
#: the MCP client making the current call (its ``clientInfo.name``), set by the server for each call
CLIENT: contextvars.ContextVar[str | None] = contextvars.ContextVar("aishell_mcp_client", default=None)
SAMPLE_ROWS = 3
_NAMED = re.compile(r"^(?P<name>[A-Za-z0-9][A-Za-z0-9_.-]*)=(?P<url>[A-Za-z][A-Za-z0-9+.-]*://.*)$", re.S)


class ToolFailure(Exception):
    """A tool could not do what was asked; the message goes back to the agent."""

    def __init__(self, message: str, *, refused: bool = False) -> None:
        super().__init__(redact(message))
        self.refused = refused

    @property
    def message(self) -> str:
        return str(self.args[0])


@dataclass
class McpConnection:
    name: str
    session: Session
    writes: bool
    ddl: bool
    role: str | None = None  # the role the connection's session runs under, if any

    @property
    def mode(self) -> str:
        return "read-write+ddl" if self.ddl else ("read-write" if self.writes else "read-only")


# --------------------------------------------------------------------------- connections
def _name_from_url(url: DatabaseURL) -> str:
    base = (url.database or url.host or url.engine).replace("\\", "/").rstrip("/").rsplit("/", 1)[-1]
    base = re.sub(r"\.(db|sqlite3?|duckdb)$", "", base)
    base = re.sub(r"[^A-Za-z0-9_.-]", "_", base).strip("._-")
    return base or url.engine


def resolve_specs(specs: Iterable[str]) -> list[Target]:
    """``--db`` values: ``NAME=URL``, a URL, or a saved name; none means the usual default."""
    from aishell.connections import resolve

    targets: list[Target] = []
    seen: set[str] = set()
    given: list[str | None] = [*specs] or [None]
    for spec in given:
        match = _NAMED.match(spec) if spec else None
        if match:
            target = Target(DatabaseURL.parse(match["url"]), match["name"], "--db")
        else:
            target = resolve(spec)
            if target.name is None:
                target = dataclasses.replace(target, name=_name_from_url(target.url))
        name = target.name or target.url.engine
        if name in seen:
            if match:
                raise UsageError(f"two connections named {name!r}")
            n = 2
            while f"{name}-{n}" in seen:
                n += 1
            name = f"{name}-{n}"
            target = dataclasses.replace(target, name=name)
        seen.add(name)
        targets.append(target)
    return targets


def open_connections(
    targets: list[Target],
    *,
    allow_writes: bool = False,
    allow_ddl: bool = False,
    timeout: float | None = DEFAULT_TIMEOUT,
    state: StateStore | None = None,
    role: str | None = None,
) -> list[McpConnection]:
    """One session per target.  Read-only (policy and engine) unless writes are allowed;
    a saved connection marked read-only stays read-only.  ``role``: the clients' role
    (``--role``), narrowed to the role a saved connection binds; a bound connection without
    ``role`` runs under its bound role (narrowed to viewer unless writes were allowed)."""
    from aishell.services.roles import effective_role

    conns = []
    flags = allow_writes or allow_ddl
    for target in targets:
        limit = timeout or None
        if target.timeout and (limit is None or target.timeout < limit):
            limit = target.timeout
        name = target.name or target.label
        in_force = effective_role(role or (None if flags else "viewer"), target.role) if role or target.role else None
        if in_force is not None:  # the role machinery every face shares, with MCP's own rules on top
            policy = in_force.policy(lock_limits=True, kind=McpPolicy)
            session = Session(target, read_only=target.read_only, timeout=limit, policy=policy, state=state,
                              source="mcp", max_value_bytes=SERVER_MAX_VALUE_BYTES)  # fmt: skip
            writes = not session.read_only and "write" in in_force.classes
            conns.append(McpConnection(name, session, writes, writes and "ddl" in in_force.classes, in_force.name))
            continue
        read_only = not flags or target.read_only
        policy = McpPolicy(read_only=read_only, allow_writes=not read_only, allow_ddl=allow_ddl and not read_only,
                           confirm_destructive=False, lock_limits=True)  # fmt: skip
        session = Session(target, read_only=read_only, timeout=limit, policy=policy, state=state, source="mcp",
                          max_value_bytes=SERVER_MAX_VALUE_BYTES)  # fmt: skip
        conns.append(McpConnection(name, session, not read_only, allow_ddl and not read_only))
    return conns


# --------------------------------------------------------------------------- values
def jsonable(value: Any, max_chars: int = MAX_CELL_CHARS) -> Any:
    """A database value as compact JSON: numbers stay numbers when exact, long text is cut."""
    if value is None or isinstance(value, bool | int):
        return value
    if isinstance(value, str):
        return value if len(value) <= max_chars else value[:max_chars] + f"…[{len(value)} chars]"
    if isinstance(value, float):
        return value if math.isfinite(value) else str(value)
    if isinstance(value, decimal.Decimal):
        if not value.is_finite():
            return str(value)
        if value == value.to_integral_value() and abs(value) < 2**53:
            return int(value)
        as_float = float(value)
        return as_float if decimal.Decimal(repr(as_float)) == value else str(value)
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, bytes | bytearray | memoryview):
        raw = bytes(value)
        text = "base64:" + base64.b64encode(raw[: max_chars // 2]).decode()
        return text if len(raw) <= max_chars // 2 else text + f"…[{len(raw)} bytes]"
    if isinstance(value, list | tuple):
        return [jsonable(v, max_chars) for v in value]
    if isinstance(value, dict):
        return {str(k): jsonable(v, max_chars) for k, v in value.items()}
    if isinstance(value, uuid.UUID | dt.timedelta):
        return str(value)
    return jsonable(str(value), max_chars)


def _rows(rows: list[Row], max_chars: int = MAX_CELL_CHARS) -> list[list[Any]]:
    return [[jsonable(v, max_chars) for v in row] for row in rows]


class Enough(Exception):
    """Raised by a :class:`CappedSink` that has seen more rows than it keeps."""


class CappedSink(Sink):
    """Keeps the first ``limit`` rows of the last result and counts the others; with
    ``stop``, raises :class:`Enough` at the first row past the limit instead."""

    def __init__(self, limit: int, *, stop: bool = False) -> None:
        self.limit = limit
        self.stop = stop
        self.columns: list[ResultColumn] = []
        self.kept: list[Row] = []
        self.summary: Summary | None = None
        self._hidden = 0

    def begin(self, columns: list[ResultColumn]) -> None:
        self.columns, self.kept, self._hidden = columns, [], 0

    def rows(self, batch: list[Row]) -> None:
        room = max(self.limit - len(self.kept), 0)
        self.kept.extend(batch[:room])
        self._hidden += max(len(batch) - room, 0)
        if self.stop and self._hidden:
            raise Enough

    def end(self, summary: Summary) -> None:
        if summary.returns_rows:
            summary = dataclasses.replace(summary, hidden=summary.hidden + self._hidden)
        else:
            self.columns, self.kept = [], []
        self.summary = summary


# --------------------------------------------------------------------------- schema text
def _column_text(table: TableInfo) -> list[str]:
    pk = set(table.primary_key)
    refs: dict[str, str] = {}
    for fk in table.foreign_keys:
        if len(fk.columns) == 1:
            ref = f"{fk.ref_schema}.{fk.ref_table}" if fk.ref_schema and fk.ref_schema != table.schema else fk.ref_table
            refs[fk.columns[0]] = f"{ref}.{fk.ref_columns[0]}"
    out = []
    for c in table.columns:
        text = f"{c.name} {c.data_type}".rstrip()
        if c.name in pk and len(pk) == 1:
            text += " PK"
        elif not c.nullable:
            text += " NOT NULL"
        if c.name in refs:
            text += f" -> {refs[c.name]}"
        out.append(text)
    return out


def _display_name(catalog: Catalog, table: TableInfo) -> str:
    return table.name if not table.schema or table.schema == catalog.default_schema else table.qualified_name


def schema_text(catalog: Catalog, header: str = "") -> str:
    """The whole schema in a compact DDL-like form, one relation per line."""
    lines = [header] if header else []
    for t in sorted(catalog.tables, key=lambda t: ((t.schema or "") != (catalog.default_schema or ""),
                                                  t.schema or "", t.name)):  # fmt: skip
        cols = _column_text(t)
        if len(t.primary_key) > 1:
            cols.append(f"PRIMARY KEY ({', '.join(t.primary_key)})")
        for fk in t.foreign_keys:
            if len(fk.columns) > 1:
                cols.append(f"({', '.join(fk.columns)}) -> {fk.ref_table}({', '.join(fk.ref_columns)})")
        kind = "" if t.kind == "table" else f" [{t.kind}]"
        rows = f" ~{t.row_estimate} rows" if t.row_estimate is not None else ""
        lines.append(f"{_display_name(catalog, t)}({', '.join(cols)}){kind}{rows}")
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- the tools
class Toolbox:
    """The tools over a fixed set of connections (the first is the default)."""

    def __init__(
        self,
        connections: list[McpConnection],
        *,
        max_rows: int = DEFAULT_MAX_ROWS,
        state: StateStore | None = None,
        user: str = "stdio",
        provider: str | None = None,
        model: str | None = None,
    ) -> None:
        if not connections:
            raise UsageError("the MCP server needs at least one connection")
        self.connections = {c.name: c for c in connections}
        self.default = connections[0].name
        self.max_rows = max_rows
        self.state = state
        self.user = user
        self.provider = provider
        self.model = model
        self._audit_warned = False

    # ------------------------------------------------------------------ plumbing
    def conn(self, name: str | None) -> McpConnection:
        if not name:
            return self.connections[self.default]
        found = self.connections.get(name)
        if found is None:
            raise ToolFailure(f"no connection named {name!r}; known: {', '.join(self.connections)}")
        return found

    def audit(self, tool: str, connection: str | None, statement: str | None, status: str, detail: str | None) -> None:
        """One tool call in the audit log (:mod:`aishell.audit`); a failure is reported once on
        stderr and never breaks the call."""
        from aishell.audit.hooks import event

        event(kind="tool", face="mcp", who=CLIENT.get() or self.user or "mcp", action=tool, connection=connection,
              statement=statement, outcome=status, error=detail)  # fmt: skip

    def call(
        self, tool: str, connection: str | None, statement: str | None, fn: Callable[[], dict[str, Any]]
    ) -> dict[str, Any]:
        """Run one tool body, map errors to :class:`ToolFailure`, and audit the call."""
        name = connection or self.default
        client = CLIENT.get()
        if client:  # the statements of this call are the client's (the audit log's "who")
            known = self.connections.get(name or "")
            if known is not None:
                known.session.user = client
        start = time.perf_counter()
        try:
            result = fn()
        except ToolFailure as exc:
            self.audit(tool, name, statement, "refused" if exc.refused else "error", exc.message)
            raise
        except PolicyError as exc:
            self.audit(tool, name, statement, "refused", exc.message)
            raise ToolFailure("refused: " + exc.message, refused=True) from None
        except AishellError as exc:
            self.audit(tool, name, statement, "error", exc.one_line())
            raise ToolFailure("error: " + exc.one_line()) from None
        except Exception as exc:
            detail = " ".join(redact(str(exc)).split()) or type(exc).__name__
            self.audit(tool, name, statement, "error", f"{type(exc).__name__}: {detail}")
            raise ToolFailure(f"error: {type(exc).__name__}: {detail}") from None
        ms = (time.perf_counter() - start) * 1000
        rows = result.get("row_count", result.get("rows_affected"))
        detail = f"{ms:.0f} ms" + (f", {rows} rows" if rows is not None else "")
        if tool == "ask":
            detail += f", sql: {result.get('sql', '')}, ran: {str(result.get('ran', False)).lower()}"
        self.audit(tool, name, statement, "ok", detail)
        return result

    def _run(self, conn: McpConnection, sql: str, *, limit: int | None = None,
             max_chars: int = MAX_CELL_CHARS) -> dict[str, Any]:  # fmt: skip
        """Run ``sql`` with the row limit.  A plain read stops at the first row past the
        limit (the statement is cancelled, so a huge result costs no more than the limit);
        anything else runs to its end, its extra rows counted."""
        limit = self.max_rows if limit is None else limit
        prepared = conn.session.decide(sql)  # the session classifies and its policy judges, once
        if prepared.verdict is Verdict.CONFIRM:  # nobody can confirm over MCP: reported, not run
            raise ToolFailure(f"refused: confirmation required ({prepared.decision.message}); "
                              "nobody can confirm over MCP", refused=True)  # fmt: skip
        early = len(prepared.statements) == 1 and prepared.reads_only
        sink = CappedSink(limit, stop=early)
        try:
            result = conn.session.run(sql, sink, display_limit=limit + 1 if early else limit, assume_yes=True,
                                      prepared=prepared)  # fmt: skip
        except Enough:
            return {"columns": [c.name for c in sink.columns], "rows": _rows(sink.kept, max_chars),
                    "row_count": len(sink.kept), "truncated": True}  # fmt: skip
        if result.error is not None:
            raise result.error
        if sink.summary is None:
            return {"status": "ok"}
        return self._result(sink.columns, sink.kept, sink.summary, max_chars)

    @staticmethod
    def _result(columns: list[ResultColumn], rows: list[Row], summary: Summary, max_chars: int) -> dict[str, Any]:
        if not summary.returns_rows:
            out: dict[str, Any] = {"status": summary.status or "ok"}
            if summary.rowcount >= 0:
                out["rows_affected"] = summary.rowcount
            return out
        out = {"columns": [c.name for c in columns], "rows": _rows(rows, max_chars), "row_count": len(rows)}
        if summary.hidden:
            out["truncated"] = True
            out["total_rows"] = summary.rowcount
        else:
            out["truncated"] = False
        return out

    # ------------------------------------------------------------------ tools
    def list_connections(self) -> dict[str, Any]:
        def body() -> dict[str, Any]:
            conns = []
            for c in self.connections.values():
                url = c.session.target.url
                entry = {"name": c.name, "engine": url.flavor, "url": url.display(), "mode": c.mode}
                conns.append({**entry, "role": c.role} if c.role else entry)
            return {"default": self.default, "connections": conns, "max_rows": self.max_rows,
                    "timeout_s": next(iter(self.connections.values())).session.timeout}  # fmt: skip

        return self.call("list_connections", None, None, body)

    def list_tables(self, connection: str | None = None, pattern: str | None = None) -> dict[str, Any]:
        def body() -> dict[str, Any]:
            from aishell.services.catalog import list_relations
            from aishell.services.keyspace import is_key_value, keyspace

            conn = self.conn(connection)
            if is_key_value(conn.session):  # Redis: the keyspace by key pattern stands for the tables
                found = keyspace(conn.session, pattern or "*")
                return {"connection": conn.name, "columns": [c.name for c in found.columns],
                        "rows": [list(r) for r in found.rows]}  # fmt: skip
            catalog = conn.session.catalog(refresh=True)
            kinds = {"table", "view", "materialized view", "foreign table"}
            listing = list_relations(catalog, kinds, pattern, verbose=True)
            default = catalog.default_schema
            rows = [
                [name if not schema or schema == default else f"{schema}.{name}", kind, rows]
                for schema, name, kind, rows, *_ in listing.rows
            ]
            return {"connection": conn.name, "columns": ["name", "type", "rows_estimate"], "rows": rows}

        return self.call("list_tables", connection, None, body)

    def describe_table(self, table: str, connection: str | None = None) -> dict[str, Any]:
        def body() -> dict[str, Any]:
            from aishell.services.catalog import find_table

            conn = self.conn(connection)
            catalog = conn.session.catalog(refresh=True)
            try:
                t = find_table(catalog, table)
            except AishellError as exc:
                raise ToolFailure(exc.message) from None
            out: dict[str, Any] = {"table": _display_name(catalog, t), "type": t.kind, "columns": _column_text(t)}
            if t.primary_key:
                out["primary_key"] = list(t.primary_key)
            if t.foreign_keys:
                out["foreign_keys"] = [
                    f"({', '.join(fk.columns)}) -> {fk.ref_table}({', '.join(fk.ref_columns)})" for fk in t.foreign_keys
                ]
            if t.indexes:
                out["indexes"] = [
                    f"{ix.name}{' UNIQUE' if ix.unique and not ix.primary else ''} ({', '.join(ix.columns)})"
                    for ix in t.indexes
                    if not ix.primary
                ]
            refs = catalog.referencing(t)
            if refs:
                out["referenced_by"] = [f"{o.name}({', '.join(fk.columns)})" for o, fk in refs]
            if t.row_estimate is not None:
                out["rows_estimate"] = t.row_estimate
            if t.comment:
                out["comment"] = t.comment
            try:
                sample = self._run(conn, _sample_sql(t, conn.session.dialect), limit=SAMPLE_ROWS, max_chars=120)
                out["sample"] = {"columns": sample.get("columns", []), "rows": sample.get("rows", [])}
            except AishellError as exc:
                out["sample_error"] = exc.one_line()
            return out

        return self.call("describe_table", connection, table, body)

    def run_query(self, sql: str, connection: str | None = None) -> dict[str, Any]:
        return self.call("run_query", connection, sql, lambda: self._run(self.conn(connection), sql))

    def explain_query(self, sql: str, connection: str | None = None) -> dict[str, Any]:
        def body() -> dict[str, Any]:
            conn = self.conn(connection)
            session = conn.session
            # what may be explained is what may run: the session judges EXPLAIN of it (never ANALYZE here)
            from aishell.output.plan import to_dict
            from aishell.services.explain import explain

            explained = explain(session, sql, analyze=False, assume_yes=True)
            out = to_dict(explained)
            return {"connection": conn.name, "plan": explained.plan.text, "tree": jsonable(out["tree"]),
                    "lints": out["lints"], "hottest": out["hottest"]}

        return self.call("explain_query", connection, sql, body)

    def health(self, connection: str | None = None) -> dict[str, Any]:
        def body() -> dict[str, Any]:
            names = [self.conn(connection).name] if connection else list(self.connections)
            out = []
            for name in names:
                c = self.connections[name]
                entry: dict[str, Any] = {"name": name, "mode": c.mode}
                try:
                    check = test_connection(c.session, close=False)  # the session stays open
                    entry.update(ok=True, ms=check.elapsed_ms, version=check.version)
                except AishellError as exc:
                    c.session.close()  # re-opened on the next call
                    entry.update(ok=False, error=exc.one_line())
                else:
                    entry.update(self._health_checks(c))
                out.append(entry)
            return {"connections": out}

        return self.call("health", connection, None, body)

    @staticmethod
    def _health_checks(c: McpConnection) -> dict[str, Any]:
        """The engine's health checks on one connection (:func:`aishell.services.health.check_health`:
        reads through the session's gate; the fixes are reported, never run)."""
        from aishell.services.health import check_health

        try:
            report = check_health(c.session)
        except AishellError as exc:
            return {"health_error": exc.one_line()}
        found = report.to_dict()
        return {"worst": found["worst"], "findings": jsonable(found["findings"], max_chars=2000),
                "checks": found["checks"]}  # fmt: skip

    def slow_queries(self, connection: str | None = None, top: int = 20, order: str = "total") -> dict[str, Any]:
        """The statements the engine recorded, costliest first (read-only: the engine's statistics)."""

        def body() -> dict[str, Any]:
            from aishell.services.workload import slow

            conn = self.conn(connection)
            found = slow(conn.session, top=max(1, min(top, self.max_rows)), order=order)
            statements = [{k: jsonable(v) for k, v in s.to_dict().items()} for s in found]
            return {"connection": conn.name, "order": order, "statements": statements, "row_count": len(found)}

        return self.call("slow_queries", connection, None, body)

    def activity(self, connection: str | None = None) -> dict[str, Any]:
        """Live sessions, lock chains and throughput counters (read-only: the engine's views,
        through the session's gate; :func:`aishell.services.activity.snapshot`)."""

        def body() -> dict[str, Any]:
            from aishell.services.activity import snapshot

            conn = self.conn(connection)
            found = snapshot(conn.session, include_own=False).to_dict()
            sessions = found.pop("sessions")
            found.pop("target", None)
            kept = sorted(sessions, key=lambda s: (s["state"].startswith("idle"), -(s["duration_s"] or 0)))
            found["sessions"] = jsonable(kept[: self.max_rows], max_chars=300)
            found["row_count"] = len(sessions)
            return {"connection": conn.name, **found}

        return self.call("activity", connection, None, body)

    def ask(self, question: str, connection: str | None = None) -> dict[str, Any]:
        def body() -> dict[str, Any]:
            from aishell.services import ask as ask_service

            conn = self.conn(connection)
            answer = ask_service.ask(conn.session, question, provider=self.provider, model=self.model)
            out: dict[str, Any] = {"connection": conn.name, "sql": answer.sql}
            if answer.explanation:
                out["explanation"] = answer.explanation
            out["risk"] = answer.risk or "unknown"
            if not answer.ok or not answer.sql.strip():
                out.update(ran=False, error=answer.error)
                return out
            if answer.refused:
                out.update(ran=False, refused=answer.refused)
                return out
            sink = CappedSink(self.max_rows)
            try:
                # no one can confirm over MCP: only a plain read runs (run_query can run others when allowed)
                run = ask_service.run_answer(conn.session, answer, sink, confirmed=False)
            except PolicyError as exc:
                out.update(ran=False, refused=exc.message)
                return out
            if run.error is not None:
                raise run.error
            out["ran"] = True
            if sink.summary is not None:
                out["result"] = self._result(sink.columns, sink.kept, sink.summary, MAX_CELL_CHARS)
            return out

        return self.call("ask", connection, question, body)

    def schema(self, connection: str) -> str:
        """The schema resource's text."""
        conn = self.conn(connection)

        def body() -> dict[str, Any]:
            url = conn.session.target.url
            header = f"-- {conn.name}: {url.flavor} ({conn.mode})"
            return {"text": schema_text(conn.session.catalog(refresh=True), header)}

        return str(self.call("schema", connection, None, body)["text"])

    def close(self) -> None:
        for c in self.connections.values():
            c.session.close()


def _sample_sql(table: TableInfo, dialect: str) -> str:
    import sqlglot
    from sqlglot import exp

    node = exp.Table(this=exp.to_identifier(table.name, quoted=True),
                     db=exp.to_identifier(table.schema, quoted=True) if table.schema else None)  # fmt: skip
    return sqlglot.select("*").from_(node).limit(SAMPLE_ROWS).sql(dialect=dialect)
