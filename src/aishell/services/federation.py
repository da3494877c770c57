"""Federated queries: one SQL statement across several databases and files at once.

A federated session is a :class:`Session` on an in-memory DuckDB database, the *host*, with other
sources attached through DuckDB's scanner extensions (an existing engine: DuckDB plans the query,
pushes projections and filters down to each source and joins what comes back):

* a database (``NAME=URL`` or a saved connection's name): ``ATTACH ... AS NAME (TYPE postgres,
  READ_ONLY)``; each engine says how DuckDB attaches it (:meth:`Dialect.duckdb_attach`), and the
  scanner comes from its wheel (``duckdb-extension-postgres-scanner``, the ``duckdb`` extra) or
  from DuckDB's ``INSTALL``;
* a file (CSV, TSV, Parquet, JSON, JSONL; compressed, or a glob): a view ``NAME`` over DuckDB's
  reader of it.  Files are reached only as attached: ``read_parquet('...')`` typed in a statement
  is refused, by the policy and by DuckDB itself;
* ``--db`` (optional): attached read-only like the others under its database's name and made the
  default, so its tables need no prefix.

Read-only in two layers: every source is attached ``READ_ONLY`` (DuckDB refuses writes to it),
and the session's policy is read-only (the gate refuses anything but reads, classified with the
DuckDB dialect).  After the set-up the host is locked (:func:`lock_statements`): no other file,
database or extension can be reached.  The set-up statements (``LOAD``, ``ATTACH``, ``CREATE
VIEW``, ``USE``, the lock) pass the session's gate with the consent the user gave by attaching.
Attaching or detaching re-opens the host with the new list of sources (the lock cannot be lifted).
"""

from __future__ import annotations

import glob
import os
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from aishell.connections import Target, resolve
from aishell.engines import connect, dialect_of
from aishell.engines.dialect import DuckDBAttach
from aishell.engines.duckdb import federate
from aishell.errors import ConfigError, ConnectError, QueryError, UsageError, redact, register_secret
from aishell.services.policy import Policy
from aishell.services.session import Session
from aishell.urls import DatabaseURL

if TYPE_CHECKING:
    from aishell.config import Settings
    from aishell.engines.base import Connection, Plan
    from aishell.services.catalog import Listing
    from aishell.services.policy import Role

_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
#: names DuckDB keeps for its own catalogs
_RESERVED = frozenset({"memory", "system", "temp", "main"})
#: the host: a DuckDB database in memory
HOST_URL = "duckdb:///:memory:"
#: the set-up statements are the user's own request (``--attach``), built here from quoted names and
#: literals: judged by a policy that lets them load, attach and create the file views (a view over
#: ``read_csv`` is a statement the classifier cannot prove harmless)
_SETUP_POLICY = Policy(confirm_destructive=False)


@dataclass(frozen=True)
class Source:
    """One attached source: a database (``attach``) or a data file (``path`` and DuckDB's ``reader``)."""

    name: str
    label: str  # what is shown: the URL without its password, or the file
    attach: DuckDBAttach | None = field(default=None, repr=False)
    path: str | None = None
    reader: str | None = None
    default: bool = False  # --db: unqualified names resolve in it
    #: the role a saved connection binds (a ceiling for the whole federated session)
    bound_role: str | None = None

    @property
    def kind(self) -> str:
        if self.attach is None:
            return f"file ({self.reader})"
        return self.attach.type or "duckdb"


def parse_spec(spec: str) -> tuple[str, str]:
    """``NAME=URL`` (or ``NAME=FILE``) of ``--attach``."""
    name, sep, value = spec.partition("=")
    if not sep or not name.strip() or not value.strip():
        raise UsageError(f"--attach takes NAME=URL or NAME=FILE, not {redact(spec)!r}")
    return name.strip(), value.strip()


def _check_name(name: str) -> str:
    if not _NAME.match(name) or name.lower() in _RESERVED:
        raise UsageError(f"cannot attach as {name!r}: use a plain name (letters, digits, _), not "
                         f"{', '.join(sorted(_RESERVED))}")  # fmt: skip
    return name


def source(name: str, value: str, *, default: bool = False) -> Source:
    """The source ``value`` names: a data file (by its suffix), else a URL or a saved connection
    (its password found the usual way: the URL, ``AISHELL_PASSWORD_<NAME>``, the engine's own)."""
    _check_name(name)
    path = value[len("file://") :] if value.startswith("file://") else value
    if "://" not in path:
        reader = federate.file_reader(path)
        if reader is not None:
            full = os.path.abspath(os.path.expanduser(path))
            if not glob.glob(full):
                raise UsageError(f"cannot attach {name}: no such file: {path}")
            return Source(name, path, None, full, reader, default)
    return database_source(name, resolve(value), default=default)


def database_source(name: str, target: Target, *, default: bool = False) -> Source:
    url = target.url
    attach = dialect_of(url.engine).duckdb_attach(url)
    if attach is None:
        raise UsageError(f"cannot attach {name}: DuckDB has no scanner for {dialect_of(url.engine).display_name}")
    register_secret(url.password)
    return Source(_check_name(name), url.display(), attach, default=default, bound_role=target.role)


def default_name(url: DatabaseURL) -> str:
    """The name ``--db`` is attached under: its database's (a file's stem), made a plain name."""
    base = os.path.basename(url.database or "") if url.is_file else (url.database or "")
    stem = base.split(".")[0] if url.is_file else base
    name = re.sub(r"\W", "_", stem) or "db"
    name = name if _NAME.match(name) else "db_" + name
    return name if name.lower() not in _RESERVED else name + "_db"


class FederatedSession(Session):
    """A session on an in-memory DuckDB with its sources attached read-only (see the module)."""

    def __init__(self, sources: Sequence[Source], *, origin: Target | None = None, **kwargs: Any) -> None:
        policy: Policy = kwargs.pop("policy", None) or Policy()
        policy.read_only = True
        kwargs["read_only"] = True  # a role's policy replaces ``policy``: the session's own flag keeps it read-only
        super().__init__(Target(DatabaseURL.parse(HOST_URL), "federation", "--attach"), policy=policy, **kwargs)
        self.read_only = True  # the policy's; the host itself is opened writable to load and attach
        self.sources: list[Source] = []
        #: the target the session had before its first attach (the REPL goes back to it)
        self.origin = origin
        for s in sources:
            self._add(s)

    def _add(self, new: Source) -> None:
        if any(s.name.lower() == new.name.lower() for s in self.sources):
            raise UsageError(f"{new.name} is attached already (\\detach {new.name} first)")
        self.sources.append(new)

    def _open(self) -> Connection:
        conn = connect(self.target.url, read_only=False, timeout=self.timeout or None)
        try:
            self._set_up(conn)
        except BaseException:
            conn.close()
            raise
        return conn

    def _set_up(self, conn: Connection) -> None:
        """Load the scanners, attach the sources, make the file views, ``USE`` the default, lock."""
        steps: list[tuple[str, Callable[[QueryError], Exception]]] = []
        loaded: set[str] = set()
        for s in self.sources:
            if s.attach is not None:
                if s.attach.extension and s.attach.extension not in loaded:
                    loaded.add(s.attach.extension)
                    for sql in federate.load_statements(s.attach):
                        steps.append((sql, _missing(s.attach)))
                steps.append((federate.attach_statement(s.name, s.attach), _unreachable(s)))
            elif s.path is not None and s.reader is not None:
                steps.append((federate.view_statement(s.name, s.path, s.reader), _unreachable(s)))
        steps += [(federate.use_statement(s.name), _unreachable(s)) for s in self.sources if s.default]
        files = [s.path for s in self.sources if s.path is not None]
        paths = [p for p in files if not glob.has_magic(p)]
        dirs = sorted({os.path.dirname(p) or "." for p in files if glob.has_magic(p)})
        steps += [(sql, _failed) for sql in federate.lock_statements(paths, dirs)]
        statements = [sql for sql, _ in steps]
        from aishell.sql.classify import classify  # (not the cache: the statements hold passwords)

        classes = [classify(sql, self.dialect) for sql in statements]
        saved, self.policy = self.policy, _SETUP_POLICY
        try:
            prepared = self.decide(statements, classes=classes)
            self.clear(prepared, assume_yes=True)
        finally:
            self.policy = saved
        for sql, failure in steps:
            try:
                prepared.execute(conn, sql).close()
            except QueryError as exc:
                raise failure(exc) from None

    def reconnect(self, target: Target | None = None) -> None:
        """Re-open the host with the same sources; another database only once they are detached."""
        if target is not None and target.url != self.target.url:
            raise UsageError("sources are attached: \\detach them before connecting elsewhere (\\attach lists them)")
        super().reconnect()

    # ------------------------------------------------------------------ sources
    def attach(self, new: Source) -> None:
        """Attach one more source: the host re-opens with it (on failure, without it)."""
        self._add(new)
        self._reopen(lambda: self.sources.remove(new))

    def detach(self, name: str) -> Source:
        gone = self.find(name)
        self.sources.remove(gone)
        self._reopen(lambda: self.sources.append(gone))
        return gone

    def find(self, name: str) -> Source:
        for s in self.sources:
            if s.name.lower() == name.lower():
                return s
        raise UsageError(f"nothing is attached as {name!r} (attached: {', '.join(s.name for s in self.sources)})")

    def _reopen(self, undo: Callable[[], None]) -> None:
        self.close()
        try:
            self.connection()
        except Exception:
            undo()
            self.close()
            raise


def _missing(att: DuckDBAttach) -> Callable[[QueryError], Exception]:
    return lambda exc: ConfigError(f"{federate.missing_extension(att)}; DuckDB said: {exc.message}")


def _unreachable(s: Source) -> Callable[[QueryError], Exception]:
    return lambda exc: ConnectError(f"cannot attach {s.name} ({s.label}): {exc.message}", engine="DuckDB")


def _failed(exc: QueryError) -> Exception:
    return exc


# --------------------------------------------------------------------------- building sessions
def federated_session(attach: Sequence[str], db: str | Target | None = None, *, timeout: float | None = None,
                      source: str = "cli", settings: Settings | None = None, role: str | None = None,
                      **kwargs: Any) -> FederatedSession:  # fmt: skip
    """A federated session from ``--attach NAME=URL`` options and an optional ``--db`` (attached
    under its database's name and made the default).  Nothing is opened yet.  ``role``: the role
    asked for (``--role``), narrowed to the role every attached saved connection binds, else
    the configured default (:func:`_role_in_force`)."""
    from aishell.config import load_settings
    from aishell.state import StateStore

    settings = settings if settings is not None else load_settings()
    sources = []
    if db is not None:
        target = db if isinstance(db, Target) else resolve(db)
        sources.append(database_source(default_name(target.url), target, default=True))
    sources += [source_of_spec(spec) for spec in attach]
    effective = timeout if timeout is not None else (settings.main.timeout or None)
    return FederatedSession(sources, origin=db if isinstance(db, Target) else None, timeout=effective,
                            policy=Policy(confirm_destructive=settings.main.confirm_destructive),
                            state=StateStore(), source=source, batch_size=settings.main.batch_size,
                            catalog_connection=source == "repl",
                            role=_role_in_force(role, sources, settings), **kwargs)  # fmt: skip


def _role_in_force(requested: str | None, sources: Sequence[Source], settings: Settings) -> Role | None:
    """The role of a federated session: as for one database (:func:`aishell.services.roles.effective_role`),
    with every attached saved connection's bound role as a ceiling."""
    bounds = [s.bound_role for s in sources if s.bound_role]
    if not (requested or bounds or settings.roles.default):
        return None
    from aishell.services.roles import effective_role, role_named

    role = effective_role(requested, bounds[0] if bounds else None, settings)
    for bound in bounds[1:]:
        ceiling = role_named(bound, settings)
        role = ceiling if role is None else role.narrow(ceiling)
    return role


def source_of_spec(spec: str) -> Source:
    return source(*parse_spec(spec))


def attach(session: Session, name: str, value: str) -> FederatedSession:
    """Attach ``value`` as ``name`` to ``session`` (the REPL's ``\\attach``).  A plain session becomes a
    federated one, its own database attached under its name as the default (on failure the old
    session is kept: it re-opens on its next use)."""
    new = source(name, value)
    if isinstance(session, FederatedSession):
        session.attach(new)
        return session
    origin = session.target
    sources = [database_source(default_name(origin.url), origin, default=True)] if dialect_of(
        origin.url.engine).duckdb_attach(origin.url) is not None else []  # fmt: skip
    role = session.role
    for s in (*sources, new):
        if s.bound_role:  # an attached saved connection's bound role is a ceiling too
            from aishell.services.roles import role_named

            ceiling = role_named(s.bound_role)
            role = ceiling if role is None else role.narrow(ceiling)
    fed = FederatedSession([*sources, new], origin=origin, timeout=session.timeout, state=session.state,
                           source=session.source, confirm=session.confirm, password_prompt=session.password_prompt,
                           batch_size=session.batch_size, catalog_connection=session.catalog_connection,
                           policy=Policy(confirm_destructive=session.policy.confirm_destructive),
                           role=role)  # fmt: skip
    session.close()  # (DuckDB opens a file once per process; the old session re-opens if this fails)
    try:
        fed.connection()
    except Exception:
        fed.close()
        raise
    return fed


def detach(session: Session, name: str) -> Session:
    """Detach ``name`` (the REPL's ``\\detach``).  When only the database the session started on is
    left, the plain session on it comes back (writable again, as before)."""
    if not isinstance(session, FederatedSession):
        raise UsageError("nothing is attached")
    gone = session.find(name)
    left = [s for s in session.sources if s is not gone]
    if session.origin is not None and all(s.default for s in left):
        plain = Session(session.origin, timeout=session.timeout, state=session.state, source=session.source,
                        confirm=session.confirm, password_prompt=session.password_prompt,
                        batch_size=session.batch_size, catalog_connection=session.catalog_connection,
                        policy=Policy(confirm_destructive=session.policy.confirm_destructive),
                        role=session.role)  # fmt: skip
        session.close()  # (re-opened on its next use if the plain session cannot open)
        plain.connection()
        return plain
    session.detach(name)
    return session


def listing(session: Session) -> Listing:
    """What is attached (``\\attach`` with no argument)."""
    from aishell.services.catalog import Listing, _cols

    rows = [(s.name, s.kind, s.label, "default" if s.default else "")
            for s in (session.sources if isinstance(session, FederatedSession) else [])]  # fmt: skip
    return Listing("Attached sources (read-only)", _cols("name", "kind", "source", ""), rows)


# --------------------------------------------------------------------------- pushdown
@dataclass
class SourceReads:
    """What the plan reads from one source: its scans, each with the columns and filters sent to it."""

    source: str
    label: str
    kind: str
    scans: list[federate.Scan] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"source": self.source, "kind": self.kind, "label": redact(self.label),
                "scans": [{"operator": s.operator, "table": s.table, "columns": s.projections,
                           "filters": [redact(f) for f in s.filters], "estimated_rows": s.rows}
                          for s in self.scans]}  # fmt: skip


def pushdown(session: Session, sql: str, plan: Plan) -> list[SourceReads]:
    """Each source's reads in ``plan`` (a plan of ``sql`` from the session): what DuckDB pushes
    down to it.  A scan is given to the one source of its kind, or to the source whose name
    qualifies its table in ``sql``; ``?`` when that cannot tell."""
    out: dict[str, SourceReads] = {}
    sources = session.sources if isinstance(session, FederatedSession) else []
    for scan in federate.scans(plan.data):
        owner = _owner(sources, scan, sql)
        if owner is None:
            if scan.type is None:
                continue  # the host's own tables (none in a federated session) or DuckDB's functions
            key, label, kind = "?", "(a source of this kind)", scan.type
        else:
            key, label, kind = owner.name, owner.label, owner.kind
            if owner.path is not None:
                scan.table = owner.path  # a reader shows its function, not its file
        out.setdefault(key, SourceReads(key, label, kind)).scans.append(scan)
    return list(out.values())


def _owner(sources: Sequence[Source], scan: federate.Scan, sql: str) -> Source | None:
    if scan.type == "file":
        reader = scan.operator.lower().removesuffix("_auto")
        reader = "read_parquet" if reader == "parquet_scan" else reader
        kin = [s for s in sources if s.attach is None and s.reader == reader]
    else:
        kin = [s for s in sources if s.attach is not None and s.attach.type == scan.type]
    if len(kin) == 1:
        return kin[0]
    table = re.escape(scan.table.split(".")[-1])
    named = [s for s in kin if re.search(rf"\b{re.escape(s.name)}\s*\.(?:\s*\w+\s*\.)?\s*\"?{table}\b", sql, re.I)]
    if len(named) == 1:
        return named[0]
    defaults = [s for s in kin if s.default]
    return defaults[0] if len(defaults) == 1 and not named else None


def pushdown_text(reads: Sequence[SourceReads]) -> str:
    """The per-source part of a federated plan, as text."""
    if not reads:
        return "Pushed down: nothing is read from an attached source."
    lines = ["Pushed down to each source:"]
    for r in reads:
        lines.append(f"  {r.source}  [{r.kind}]  {r.label}")
        for s in r.scans:
            lines.append(f"    {s.operator} {s.table}".rstrip())
            lines.append(f"      columns: {', '.join(s.projections) or '(none)'}")
            lines.append(f"      filters: {' AND '.join(s.filters) if s.filters else '(none: every row is read)'}")
    return redact("\n".join(lines))


def pushdown_section(session: Session, sql: str, plan: Plan) -> str | None:
    """:func:`pushdown_text` for a federated session's plan of ``sql``; None for any other session."""
    return pushdown_text(pushdown(session, sql, plan)) if isinstance(session, FederatedSession) else None
