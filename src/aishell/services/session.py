"""The session: one open database, and the one path every statement takes.

Faces (CLI, REPL, web, MCP) call :meth:`Session.run`.  It splits the text
into statements, classifies them, applies the policy (refuse, or ask the
face's ``confirm`` callback), then streams each result into a sink.
Cancellation, display limits, timing and history live here, once.

Execution happens on a worker thread that feeds a small bounded queue; the
calling thread writes batches to the sink.  So fetching and writing overlap,
memory stays flat, and Ctrl-C in the calling thread can always reach
:meth:`Connection.cancel`, even while the driver blocks in C code.
"""

from __future__ import annotations

import dataclasses
import queue
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, cast

from aishell.audit.hooks import audited
from aishell.connections import Target
from aishell.engines import connect
from aishell.engines.base import Catalog, Connection, Cursor, Plan, ResultColumn, Row, TableInfo
from aishell.errors import (
    AishellError,
    AuthenticationError,
    ConnectError,
    ConnectionLostError,
    Interrupted,
    PolicyError,
    QueryCancelledError,
    QueryError,
)
from aishell.output.sink import Sink, Summary
from aishell.services.policy import Decision, Policy, Role, RolePolicy, Verdict
from aishell.sql.kinds import Classification, Kind
from aishell.sql.split import split_statements
from aishell.state import StateStore

#: the largest value one statement of a server face (web, MCP) may make or read, where the
#: engine can bound it: one request must not take the server's memory
SERVER_MAX_VALUE_BYTES = 100 * 1024 * 1024

#: ``confirm(question, reasons) -> bool``: asked before destructive statements
ConfirmFn = Callable[[str, list[str]], bool]
PasswordFn = Callable[[str], str | None]


@dataclass
class Outcome:
    sql: str
    classification: Classification
    summary: Summary | None = None
    error: AishellError | None = None


@dataclass
class RunResult:
    outcomes: list[Outcome] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return all(o.error is None for o in self.outcomes)

    @property
    def error(self) -> AishellError | None:
        return next((o.error for o in self.outcomes if o.error is not None), None)


@dataclass
class Prepared:
    """Statements the session has classified, and the policy's one decision about them all.

    ``Session.decide`` builds it (nothing is refused yet: a face reports the decision);
    ``Session.prepare`` builds it and acts on the decision (refuse, or ask the face's confirm
    callback), and only then is it ``cleared``: the statements may run.  A service runs what it
    declared through :meth:`execute`, or runs its work inside :meth:`gating`; either refuses
    any SQL that neither was declared nor passed :meth:`admit`."""

    statements: list[str]
    classes: list[Classification]
    decision: Decision
    cleared: bool = False
    #: the session's gate for statements of the same operation that arise as it runs (set by ``clear``)
    gate: Callable[[Prepared, list[str]], None] | None = field(default=None, repr=False)
    #: statements admitted as the operation ran (:meth:`admit`), with their classification (None:
    #: not needed, the policy restricts nothing and the operation had consent)
    admitted: list[tuple[str, Classification | None]] = field(default_factory=list)
    _keys: dict[str, None] = field(default_factory=dict, init=False, repr=False)
    _seen: int = field(default=-1, init=False, repr=False)

    @property
    def verdict(self) -> Verdict:
        return self.decision.verdict

    @property
    def reads_only(self) -> bool:
        """Every statement is a proven read."""
        return bool(self.classes) and all(c.is_read for c in self.classes)

    def allows(self, sql: str) -> bool:
        """``sql`` is one of the statements this decision cleared."""
        if not self.cleared:
            return False
        seen = len(self.statements) + len(self.admitted)
        if self._seen != seen:  # (statements may repeat: the count of what was read, not of the keys)
            self._keys = {_normal(s): None for s in [*self.statements, *(a for a, _ in self.admitted)]}
            self._seen = seen
        return _normal(sql) in self._keys

    def admit(self, statements: Sequence[str]) -> None:
        """Put statements of the same operation that depend on the target's answers (a probe of
        what it accepts, the fallback of a refused statement, renaming a table aside, the undo
        after a failure) through the session's gate now: each is classified, and its writes
        and schema changes are judged by the same policy with the consent the operation had.
        Refused: :class:`PolicyError`, and nothing of it runs."""
        todo = [s for s in statements if s.strip() and not self.allows(s)]
        if not todo:
            return
        if not self.cleared or self.gate is None:
            raise PolicyError(f"not prepared: {' '.join(todo[0].split())[:200]} (declare it to Session.prepare first)")
        self.gate(self, todo)

    def execute(self, conn: Connection, sql: str, params: Any = None) -> Cursor:
        """Run one declared statement on ``conn`` (the session's connection)."""
        if not self.allows(sql):
            raise PolicyError(f"not prepared: {' '.join(sql.split())[:200]} (declare it to Session.prepare first)")
        return conn.execute(sql, params)

    @contextmanager
    def gating(self, conn: Connection) -> Iterator[None]:
        """While the operation runs on ``conn`` (the session's connection), every statement the
        connection executes -- the service's own, a bulk path's, an engine's staging or probe --
        must be one this decision declared, or is admitted (:meth:`admit`) before it runs."""
        before = conn.statement_check

        def check(sql: str) -> None:
            self.admit([sql])
            if before is not None:
                before(sql)

        conn.statement_check = check
        try:
            yield
        finally:
            conn.statement_check = before


def _normal(sql: str) -> str:
    return sql.strip().rstrip(";").rstrip()


def insert_statement(table: str, columns: Sequence[str], dialect: str) -> str:
    """``INSERT INTO table (cols) VALUES (?, ...)``: what a bulk path that loads rows into
    ``table`` declares to :meth:`Session.prepare` (one marker per column; the driver's own
    markers differ by engine, the statement does not).  No ``columns``: rows whose columns the
    source names itself (a native dump's ``INSERT INTO t VALUES ...``)."""
    from aishell.sql.names import quote_name, quote_table

    head = quote_table(table, dialect)
    if not columns:
        return f"INSERT INTO {head} VALUES ()"
    cols = ", ".join(quote_name(c, dialect) for c in columns)
    return f"INSERT INTO {head} ({cols}) VALUES ({', '.join('?' for _ in columns)})"


def _not_recorded(sql: str, status: str, **details: Any) -> None:
    """What a run with ``record=False`` does instead of writing history: nothing."""


class Session:
    def __init__(
        self,
        target: Target,
        *,
        read_only: bool | None = None,
        timeout: float | None = None,
        policy: Policy | None = None,
        state: StateStore | None = None,
        source: str = "cli",
        confirm: ConfirmFn | None = None,
        password_prompt: PasswordFn | None = None,
        batch_size: int = 2000,
        connect_retries: int = 2,
        catalog_connection: bool = True,
        user: str | None = None,
        max_value_bytes: int | None = None,
        cache_classifications: bool = False,
        role: Role | None = None,
    ) -> None:
        """``catalog_connection``: read the catalog on a second connection (the REPL's background
        refresher, the web console).  A one-shot command reads it on its own connection while
        that is idle, and saves opening another.  ``cache_classifications``: classify typed
        statements through the ``state`` store's cache (:mod:`aishell.sql.cache`), so a
        one-shot command that runs a statement seen before loads no parser."""
        self.target = target
        self.catalog_connection = catalog_connection
        self.read_only = target.read_only if read_only is None else read_only
        self.timeout = timeout if timeout is not None else target.timeout
        if policy is None or (role is not None and not isinstance(policy, RolePolicy)):
            policy = role.policy() if role is not None else Policy()  # a role is judged by its own policy
        self.policy = policy
        #: the role in force (``role``, or the role of a role's policy): its gate is the policy's
        self.role = role if role is not None else getattr(self.policy, "role", None)
        if self.role is not None:
            self._bind_role(self.role)
        self.policy.read_only = self.policy.read_only or self.read_only
        self.state = state
        self.source = source
        self.user = user  # who runs the statements (a web token's name, an MCP client), for history
        #: the largest value a statement may make or read, where the engine can bound it (server faces)
        self.max_value_bytes = max_value_bytes
        #: False: no statement this session runs goes to the history (a data command's own SQL)
        self.record_history = True
        self.confirm = confirm
        self.password_prompt = password_prompt
        self.batch_size = batch_size
        self.connect_retries = connect_retries
        self.cache_classifications = cache_classifications
        self._conn: Connection | None = None
        #: statements cleared by the policy (typed and judged, or declared to prepare): the
        #: connection's statement check lets them through without judging them again
        self._cleared: set[str] = set()
        self._unjudged: dict[str, Classification] = {}
        self._meta: Connection | None = None  # a second connection for catalog reads
        self._catalog: Catalog | None = None
        self._shadowed: frozenset[str] | None = None
        self._catalog_lock = threading.Lock()
        self._exec_lock = threading.Lock()
        #: the decision in force, for the audit log (aishell.audit.hooks)
        self._audit_prepared: Prepared | None = None

    # ------------------------------------------------------------------ connection
    @property
    def url(self) -> Any:
        return self.target.url

    @property
    def label(self) -> str:
        return self.target.label

    @property
    def dialect(self) -> str:
        from aishell.engines import engine_class

        return engine_class(self.target.url.engine).dialect

    def connection(self) -> Connection:
        if self._conn is None:
            conn = self._open()
            if self.max_value_bytes is not None:
                conn.limit_value_size(self.max_value_bytes)
            conn.statement_check = self._check_unjudged
            self._conn = conn
        return self._conn

    def _restricted(self) -> bool:
        return self.policy.restricted

    def _bind_role(self, role: Role) -> None:
        """What a role maps down to the engine: a role that only reads opens the session read-only
        (the engine refuses writes too); the statement timeout is the smaller of the role's and
        the user's.  Its policy learns how the engine folds names and its default schema."""
        from aishell.engines import dialect_of

        self.read_only = self.read_only or role.reads_only
        if role.timeout is not None:
            self.timeout = role.timeout if not self.timeout else min(self.timeout, role.timeout)
        if isinstance(self.policy, RolePolicy):
            dialect = dialect_of(self.target.url.engine)
            self.policy.folding = dialect.relation_folding or dialect.case_folding
            url = self.target.url
            self.policy.default_schema = dialect.default_schema or (None if url.is_file else url.database)
            self.policy.search_path = dialect.search_path_setting

    def _check_unjudged(self, sql: str) -> None:
        """The gate behind the gate: a statement run on this session's connection that the
        session did not clear (neither typed through :meth:`run` nor declared to
        :meth:`prepare`) is judged on its own when the policy is restricted, so no service
        path can write rows or change the schema where the policy says no.  What user input
        reaches is judged in full by :meth:`run`; this check is about what services build:
        their reads, transaction control, settings, locks and probes pass."""
        if not self._restricted():
            return
        key = _normal(sql)
        if key in self._cleared:
            return
        if not key:
            return
        cls = self._built_class(key)
        if cls.kind not in {Kind.WRITE, Kind.DDL}:
            return  # reads, transaction control, settings, the services' own locks and probes
        decision = self.policy.judge(cls)
        if decision.verdict is Verdict.REFUSE:
            raise PolicyError(decision.message, engine=None)

    def _open(self) -> Connection:
        url = self.target.url
        delay = 0.25
        for attempt in range(self.connect_retries + 1):
            try:
                return connect(url, read_only=self.read_only, timeout=self.timeout or None)
            except AuthenticationError as exc:
                note = self.target.password_note if url.password is None else None  # a locked vault holds it
                if url.password is None and self.password_prompt is not None:
                    ask = f"Password for {url.user or 'user'}@{url.host or url.database}: "
                    password = self.password_prompt(f"note: {note}\n{ask}" if note else ask)
                    if password:
                        url = url.with_password(password)
                        self.target = Target(url, self.target.name, self.target.source,
                                             self.target.read_only, self.target.timeout, self.target.role)  # fmt: skip
                        return connect(url, read_only=self.read_only, timeout=self.timeout or None)
                if note:
                    raise AuthenticationError(f"{exc.message} ({note})", engine=exc.engine) from None
                raise
            except ConnectError:
                if attempt >= self.connect_retries or url.is_file:
                    raise
                time.sleep(delay)
                delay *= 2
        raise AssertionError("unreachable")  # pragma: no cover

    def reconnect(self, target: Target | None = None) -> None:
        """Close and re-open (optionally on another target)."""
        self.close()
        if target is not None:
            self.target = target
            self.read_only = target.read_only or self.read_only
            if target.role:  # the new connection's bound role is a ceiling too (the role in force narrows to it)
                self._narrow_to(target.role)
            self.policy.read_only = self.policy.read_only or self.read_only
        self.connection()

    def _narrow_to(self, bound: str) -> None:
        from aishell.services.roles import role_named

        ceiling = role_named(bound)
        role = ceiling if self.role is None else self.role.narrow(ceiling)
        self.role, self.policy = role, role.policy(lock_limits=True)
        self._bind_role(role)

    def close(self) -> None:
        # wait for a catalog read on another thread: closing under it would crash the driver
        with self._catalog_lock:
            for conn in {id(c): c for c in (self._meta, self._conn) if c is not None}.values():
                try:
                    conn.close()
                except Exception:  # noqa: S110 - closing a broken connection must not fail
                    pass
            self._conn = self._meta = None
            self._catalog = None
            self._shadowed = None

    @property
    def in_transaction(self) -> bool:
        try:
            return self._conn is not None and self._conn.in_transaction
        except Exception:
            return False

    @property
    def transaction_failed(self) -> bool:
        """The open transaction failed and must be rolled back (the REPL's ``!`` prompt)."""
        try:
            return self._conn is not None and self._conn.transaction_failed
        except Exception:
            return False

    def cancel(self) -> None:
        """Cancel the running statement (from any thread)."""
        if self._conn is not None:
            self._conn.cancel()

    # ------------------------------------------------------------------ catalog
    def catalog(self, refresh: bool = False) -> Catalog:
        """The catalog, read on a second connection so it never waits for a running
        statement nor fails inside the user's aborted transaction."""
        with self._catalog_lock:
            catalog = self._catalog
            if catalog is None or refresh:
                read = self._read_catalog if catalog is None else (lambda conn: conn.catalog())
                catalog = self._visible(cast(Catalog, self._on_meta(read)))
                self._catalog = catalog
            return catalog

    def _read_catalog(self, conn: Connection) -> Catalog:
        """The catalog, or the one the state store kept while the engine says it is unchanged."""
        from aishell.services.catalog_store import read_catalog

        return read_catalog(conn, self.state)

    def _visible(self, catalog: Catalog) -> Catalog:
        """``catalog`` as the role sees it: a role that limits tables lists only those it may read."""
        shows = getattr(self.policy, "shows", None)
        if shows is None or self.role is None or not self.role.restricts_tables:
            return catalog
        return dataclasses.replace(catalog, tables=[t for t in catalog.tables if shows(t.schema, t.name)])

    def require_server_views(self, what: str) -> None:
        """Server-wide views (other sessions' statements, every table's statistics) show what a
        role that limits tables may not read: refused for such a role, in every face."""
        if self.role is not None and self.role.restricts_tables:
            raise PolicyError(f"role {self.role.name} limits tables: {what} would show other tables' statements "
                              "and statistics", engine=None)  # fmt: skip

    def relation_sizes(self, tables: Sequence[TableInfo]) -> dict[tuple[str | None, str], int | None] | None:
        """The current size of each of ``tables`` where the engine reads sizes apart from the catalog
        (read on the catalog connection); None: the catalog's own sizes are current."""
        with self._catalog_lock:
            sizes: dict[tuple[str | None, str], int | None] | None = self._on_meta(
                lambda conn: conn.relation_sizes(tables)
            )
            return sizes

    def databases(self) -> list[str]:
        """The databases on the server (read on the catalog connection)."""
        with self._catalog_lock:
            names: list[str] = self._on_meta(lambda conn: conn.list_databases())
            return names

    def _on_meta(self, read: Callable[[Connection], Any]) -> Any:
        """Run ``read`` on the catalog connection (the caller holds the catalog lock)."""
        main = self.connection()
        if self._meta is None and not self.catalog_connection and not main.in_transaction:
            with self._exec_lock:
                return read(main)
        if self._meta is None:
            try:
                self._meta = main.sibling()
            except AishellError:
                self._meta = main
        if self._meta is main:
            with self._exec_lock:
                return read(main)
        try:
            return read(self._meta)
        except ConnectionLostError:
            self._meta = None
            raise

    def invalidate_catalog(self) -> None:
        self._catalog = None
        self._shadowed = None

    def shadowed_functions(self) -> frozenset[str]:
        """The database's own functions that a built-in's name may reach (read once, on the
        catalog connection), when the policy restricts what may run; nothing otherwise."""
        policy = self.policy
        if not (policy.read_only or not policy.allow_ddl or policy.confirm_writes or policy.restricted):
            return frozenset()
        if self._shadowed is None:
            main = self.connection()
            if main.in_transaction:  # never inside the user's transaction: on the catalog connection
                with self._catalog_lock:
                    names: frozenset[str] = self._on_meta(lambda conn: conn.shadowed_functions())
            else:  # one small query on the idle connection: no second connection for it
                with self._exec_lock:
                    names = main.shadowed_functions()
            self._shadowed = names
        return self._shadowed

    # ------------------------------------------------------------------ statements
    def _server_classified(self) -> bool:
        """The engine judges its statements from the server's own command table (a command
        language: Redis), through :meth:`Connection.classify`, not the SQL classifier."""
        from aishell.engines import dialect_of

        return dialect_of(self.target.url.engine).server_classified

    def classify(self, text: str) -> list[Classification]:
        if self._server_classified():
            return [self.connection().classify(s.sql) for s in split_statements(text, self.dialect)]
        from aishell.sql import cache  # sqlglot loads on first use (a cache miss), not at start-up

        shadowed = self.shadowed_functions()
        store = self.state if self.cache_classifications and self.record_history else None
        dialect = self.dialect
        return [cache.classify(s.sql, dialect, shadowed, store) for s in split_statements(text, dialect)]

    def classify_each(self, statements: Sequence[str]) -> list[Classification]:
        """One classification per statement of ``statements`` (each one whole statement)."""
        if not any(s.strip() for s in statements):
            return []
        if self._server_classified():
            return [self.connection().classify(s.strip()) for s in statements if s.strip()]
        from aishell.sql import cache  # sqlglot loads on first use (a cache miss), not at start-up

        shadowed = self.shadowed_functions()
        store = self.state if self.cache_classifications and self.record_history else None
        dialect = self.dialect
        return [cache.classify(s.strip(), dialect, shadowed, store) for s in statements if s.strip()]

    def decide(self, statements: str | Sequence[str], *, classes: list[Classification] | None = None,
               generated: bool = False) -> Prepared:  # fmt: skip
        """Classify ``statements`` and ask the policy once; refuse nothing yet (a face reports
        the decision: the web's 403/409, MCP's refusal).  A string is split into statements
        (text a user typed); a list holds one statement per item (what a service will run).
        ``classes``: the statements' classifications, when the caller built the SQL from quoted
        names and knows what it is; the policy judges them all the same."""
        if isinstance(statements, str):
            sqls = [s.sql for s in split_statements(statements, self.dialect)]
        else:
            sqls = [s.strip() for s in statements if s.strip()]
        if classes is None:
            classes = self.classify_each(sqls)
        elif len(classes) != len(sqls):
            raise ValueError("one classification per statement")
        decision = self.policy.judge_all(classes)
        role = self.role
        if generated and role is not None and not role.ask_writes and not all(c.is_read for c in classes):
            # ``generated``: SQL that ``ask`` generated; the role says whether it may run anything but reads
            decision = Decision(Verdict.REFUSE, [*decision.reasons,
                                                 f"role {role.name} runs only reads that ask generates"])  # fmt: skip
        return Prepared(sqls, classes, decision)

    def prepare(self, statements: str | Sequence[str], *, assume_yes: bool = False) -> Prepared:
        """:meth:`decide`, then act on the decision as for a typed statement: raise
        :class:`PolicyError` when refused, ask ``confirm`` when it needs consent (``assume_yes``:
        the caller has it).  Every statement the session runs, typed or built by a service
        (import, copy, restore, ``\\copy``), passes here: a service declares the real statements
        it will run (``CREATE TABLE ...``, ``DROP TABLE ...``, ``INSERT INTO t (...) VALUES ...``)."""
        prepared = self.decide(statements)
        self.clear(prepared, assume_yes=assume_yes)
        return prepared

    def clear(self, prepared: Prepared, *, assume_yes: bool = False) -> None:
        """Act on ``prepared``'s decision; on success its statements may run."""
        self._audit_prepared = prepared
        self._enforce(prepared.decision, assume_yes=assume_yes)
        prepared.cleared = True
        self._cleared = {_normal(sql) for sql in prepared.statements}

        def gate(prepared: Prepared, statements: list[str]) -> None:
            self._admit(prepared, statements, assume_yes=assume_yes)

        prepared.gate = gate

    def _admit(self, prepared: Prepared, statements: list[str], *, assume_yes: bool) -> None:
        """The gate for what an operation runs beyond what it declared (:meth:`Prepared.admit`):
        its writes and schema changes are judged by the policy, with the consent the operation
        had; its reads, transaction control, settings, savepoints and locks are its own.  Where
        the policy restricts nothing and the operation had consent no verdict could refuse
        them, so they are not parsed (a plain CSV load never loads the SQL parser)."""
        if not self._restricted() and assume_yes:
            prepared.admitted.extend((sql, None) for sql in statements)
        else:
            classes = [self._built_class(_normal(sql)) for sql in statements]
            judged = [c for c in classes if c.kind in (Kind.WRITE, Kind.DDL)]
            if judged:
                self._enforce(self.policy.judge_all(judged), assume_yes=assume_yes)
            prepared.admitted.extend(zip(statements, classes, strict=True))
        self._cleared |= {_normal(sql) for sql in statements}

    def _built_class(self, key: str) -> Classification:
        """The classification of a statement a service built (cached; its ``%s`` markers read as ``?``)."""
        cls = self._unjudged.get(key)
        if cls is None:
            from aishell.sql.classify import classify  # sqlglot loads on first use, not at start-up

            # the database's own function names matter to whether a typed read is a read; they are
            # not read here (this runs inside catalog reads, under the lock that guards them)
            text = key
            if self._conn is not None and self._conn.paramstyle in ("format", "pyformat"):
                text = text.replace("%s", "?")  # the driver's markers, as the parser knows them
            server = self._server_classified()
            cls = self.connection().classify(text) if server else classify(text, self.dialect)
            if len(self._unjudged) > 256:
                self._unjudged.clear()
            self._unjudged[key] = cls
        return cls

    def require_whole_reads(self, what: str) -> None:
        """Refuse ``what`` (a backup: it reads whole tables on the engine's own paths) when the
        role limits which tables or how many rows may be read (:class:`PolicyError`)."""
        role = self.role
        if role is not None and (role.restricts_tables or role.max_rows is not None):
            limit = "which tables" if role.restricts_tables else f"results to {role.max_rows} rows"
            raise PolicyError(f"role {role.name} limits {limit}: {what} reads whole tables", engine=None)

    @property
    def caps_rows(self) -> bool:
        """The role caps the rows a result returns: a service reads through :meth:`run` (capped),
        not on an engine's own bulk path."""
        return self.role is not None and self.role.max_rows is not None

    def check(self, classes: list[Classification], *, assume_yes: bool = False) -> None:
        """Apply the policy to a block; raise :class:`PolicyError` when refused."""
        self._enforce(self.policy.judge_all(classes), assume_yes=assume_yes)

    def _enforce(self, decision: Decision, *, assume_yes: bool) -> None:
        if decision.verdict is Verdict.REFUSE:
            raise PolicyError(decision.message, engine=None)
        if decision.verdict is Verdict.CONFIRM and not assume_yes:
            question = "This will change data: " + decision.message + ". Continue?"
            if self.confirm is None:
                raise PolicyError(
                    f"refused without confirmation: {decision.message} (pass --yes to run it anyway)"
                )
            if not self.confirm(question, decision.reasons):
                raise PolicyError("cancelled by user: " + decision.message)

    def run(
        self,
        text: str,
        sink: Sink,
        *,
        assume_yes: bool = False,
        display_limit: int | None = None,
        stop_on_error: bool = True,
        params: Any = None,
        classes: list[Classification] | None = None,
        record: bool = True,
        prepared: Prepared | None = None,
    ) -> RunResult:
        """Run every statement in ``text``, streaming results into ``sink``.

        ``classes``: the statements' classifications, when the service layer built them
        itself from quoted names (``SELECT * FROM "t"``) and knows what they are; the
        policy judges them all the same.  Otherwise the classifier parses ``text``.
        ``record=False``: keep the statements out of the history (a data service's own
        SQL, which the user did not type); so does :attr:`record_history` for every run.
        ``prepared``: what :meth:`decide` made of ``text`` already (a face that reported the
        decision first); it is acted on here as any other, and only its statements run.
        """
        record = record and self.record_history
        if prepared is None:
            prepared = self.decide(text, classes=classes)
        result = RunResult()
        try:
            self.clear(prepared, assume_yes=assume_yes)
        except PolicyError as exc:
            for sql in prepared.statements if record else ():
                self._record(sql, "refused", error=exc.message)
            raise
        statements, classes = prepared.statements, prepared.classes
        for sql, cls in zip(statements, classes, strict=True):
            outcome = Outcome(sql, cls)
            result.outcomes.append(outcome)
            try:
                outcome.summary = self._execute(sql, cls, sink, display_limit, params, record=record)
            except QueryError as exc:
                outcome.error = exc
                if stop_on_error:
                    break
            except ConnectionLostError as exc:
                outcome.error = exc
                break
        return result

    def _record(self, sql: str, status: str, *, rows: int | None = None, ms: float | None = None,
                error: str | None = None) -> None:  # fmt: skip
        from aishell.audit import hooks  # after the result was delivered; never raises

        hooks.statement(self, sql, status, rows=rows, ms=ms, error=error)
        if self.state is None:
            return
        try:
            self.state.add_history(connection=self.label, sql=sql, status=status, rows=rows,
                                   duration_ms=ms, error=error, source=self.source, user=self.user,
                                   target=self.target.url.identity())  # fmt: skip
        except Exception:  # noqa: S110 - history must never break a query
            pass

    def _execute(self, sql: str, cls: Classification, sink: Sink, limit: int | None, params: Any, *,
                 record: bool = True) -> Summary:  # fmt: skip
        note = self._record if record else _not_recorded
        conn = self.connection()
        start = time.perf_counter()
        try:
            with self._exec_lock:
                self._cleared = {_normal(sql)}  # judged by run(): the adapter may execute it
                summary = self._stream(conn, sql, cls, sink, limit, params)
        except QueryCancelledError as exc:
            note(sql, "cancelled", ms=(time.perf_counter() - start) * 1000, error=exc.message)
            raise
        except ConnectionLostError as exc:
            self._conn = None  # re-opened on the next command
            note(sql, "error", ms=(time.perf_counter() - start) * 1000, error=exc.message)
            raise ConnectionLostError(
                f"{exc.message} (the connection will be re-opened on the next command)", engine=exc.engine
            ) from None
        except QueryError as exc:
            note(sql, "error", ms=(time.perf_counter() - start) * 1000, error=exc.message)
            raise
        summary.statement = sql
        note(sql, "ok", rows=summary.rowcount if summary.rowcount >= 0 else None, ms=summary.elapsed * 1000)
        if cls.kind in {Kind.DDL, Kind.UNKNOWN, Kind.SESSION} or "DDL" in cls.statement_type:
            self._catalog = None  # the schema may have changed
            self._shadowed = None
        return summary

    def _stream(self, conn: Connection, sql: str, cls: Classification, sink: Sink,
                limit: int | None, params: Any) -> Summary:  # fmt: skip
        box: queue.Queue[tuple[str, Any]] = queue.Queue(maxsize=4)
        stop = threading.Event()
        start = time.perf_counter()
        cap = self.role.max_rows if self.role is not None else None
        if cap is not None and (limit is None or limit > cap):
            limit = cap  # the role's row cap: the rest are counted, shown as not returned
        batch_size = self.batch_size if limit is None else max(1, min(self.batch_size, limit or 1))
        use_copy = (sink.raw_csv is not None and params is None and cls.is_read and cls.statement_type == "SELECT"
                    and cap is None)  # fmt: skip
        if use_copy:
            flush = getattr(sink, "out", None)
            if flush is not None:
                flush.flush()

        def put(item: tuple[str, Any]) -> bool:
            while not stop.is_set():
                try:
                    box.put(item, timeout=0.1)
                    return True
                except queue.Full:
                    continue
            return False

        def produce() -> None:
            try:
                if use_copy and sink.raw_csv is not None:
                    n = conn.copy_out_csv(sql, sink.raw_csv, header=sink.csv_header, delimiter=sink.csv_delimiter,
                                          fmt=sink.csv_format)  # fmt: skip
                    if n is not None:
                        put(("copied", n))
                        return
                cur = conn.execute(sql, params)
                try:
                    if not cur.columns:
                        put(("end", (0, 0, cur.rowcount, cur.status, False)))
                        return
                    first = cur.fetchmany(batch_size)  # lets drivers that infer types do so
                    put(("begin", cur.columns))
                    shown = hidden = 0
                    batch = first
                    while batch and not stop.is_set():
                        if limit is not None and shown + len(batch) > limit:
                            keep = max(limit - shown, 0)
                            if keep and not put(("rows", batch[:keep])):
                                return
                            shown += keep
                            hidden += len(batch) - keep
                        else:
                            if not put(("rows", batch)):
                                return
                            shown += len(batch)
                        batch = cur.fetchmany(self.batch_size)
                    put(("end", (shown, hidden, cur.rowcount, cur.status, True)))
                finally:
                    cur.close()
            except BaseException as exc:  # handed to the calling thread
                put(("error", exc))

        worker = threading.Thread(target=produce, name="aishell-query", daemon=True)
        worker.start()
        try:
            return self._consume(box, sink, start)
        except KeyboardInterrupt:
            stop.set()
            self._cancel_and_wait(conn, worker, box)
            raise QueryCancelledError("statement cancelled", engine=conn.display_name, sql=sql) from None
        except BaseException:
            stop.set()
            if worker.is_alive():
                self._cancel_and_wait(conn, worker, box)
            raise

    def _consume(self, box: queue.Queue[tuple[str, Any]], sink: Sink, start: float) -> Summary:
        columns: list[ResultColumn] = []
        in_sink = 0.0  # seconds spent writing the output (a pager may keep it waiting for its reader)
        while True:
            try:
                kind, payload = box.get(timeout=0.1)
            except queue.Empty:
                continue
            if kind == "begin":
                columns = payload
                began = time.perf_counter()
                sink.begin(columns)
                in_sink += time.perf_counter() - began
            elif kind == "rows":
                rows: list[Row] = payload
                began = time.perf_counter()
                sink.rows(rows)
                in_sink += time.perf_counter() - began
            elif kind == "copied":
                summary = Summary("", payload, time.perf_counter() - start, True)
                sink.end(summary)
                return summary
            elif kind == "end":
                shown, hidden, rowcount, status, returns_rows = payload
                count = shown + hidden if returns_rows else rowcount
                summary = Summary(status or "", count, time.perf_counter() - start, returns_rows, hidden,
                                  output_seconds=in_sink)  # fmt: skip
                sink.end(summary)
                return summary
            elif kind == "error":
                raise payload

    def _cancel_and_wait(self, conn: Connection, worker: threading.Thread, box: queue.Queue[tuple[str, Any]]) -> None:
        try:
            conn.cancel()
        except Exception:  # noqa: S110 - the statement may already be over
            pass
        deadline = time.monotonic() + 10
        while worker.is_alive() and time.monotonic() < deadline:
            try:
                box.get(timeout=0.05)
            except queue.Empty:
                pass
            except KeyboardInterrupt:
                break
        if worker.is_alive():  # the driver did not come back: drop the connection
            self._conn = None
            raise Interrupted("cancelled; the connection did not answer and was dropped")

    # ------------------------------------------------------------------ other operations
    @audited("explain", target=lambda self, sql, *a, analyze=False, **k: "ANALYZE" if analyze else None)
    def explain(self, sql: str, *, analyze: bool = False, assume_yes: bool = False) -> Plan:
        """The plan of one statement.  What runs is ``EXPLAIN`` (or ``EXPLAIN ANALYZE``) of it,
        so that is what the policy judges: a plain EXPLAIN is a read when the statement calls
        nothing off the read list; EXPLAIN ANALYZE runs the statement and needs its consent."""
        statements = [s.sql for s in split_statements(sql, self.dialect)]
        if len(statements) != 1:
            raise PolicyError(f"EXPLAIN takes one statement ({len(statements)} given)")
        itself = self.decide(statements)
        if itself.classes[0].statement_type.startswith("EXPLAIN") or statements[0].lstrip()[:1] == "(":
            raise PolicyError("give the statement itself: EXPLAIN is added for you")
        self.clear(itself if analyze else self.decide(["EXPLAIN " + statements[0]]), assume_yes=assume_yes)
        with self._exec_lock:
            return self.connection().explain(statements[0], analyze=analyze)

    def query_rows(self, sql: str, *, limit: int | None = None) -> tuple[list[ResultColumn], list[Row]]:
        """Run one read statement and return its rows (for small internal results)."""
        from aishell.output.sink import CollectingSink

        sink = CollectingSink()
        result = self.run(sql, sink, display_limit=limit)
        if result.error is not None:
            raise result.error
        if not sink.results:
            return [], []
        columns, rows, _summary = sink.results[-1]
        return columns, rows
