"""The safety policy: what may run, what needs a confirmation, what is refused.

The policy judges the classifier's verdicts (:mod:`aishell.sql.classify`);
the engine backs it (read-only transactions or sessions, statement
timeouts), so a statement that slips past one layer meets the other.

Read-only mode is an allow-list: only what the classifier proved a read
(``Kind.READ`` with no dangerous function), a harmless session setting or
plain transaction control runs.  Everything else is refused with the
classifier's reason.

Every face builds one of these (the web roles and the MCP gate are variants,
see :func:`role_policy` and :class:`aishell.mcp.gate.McpPolicy`); no face
judges a statement itself.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aishell.sql.kinds import Classification, Kind, fold_name


class Verdict(enum.Enum):
    ALLOW = "allow"
    CONFIRM = "confirm"
    REFUSE = "refuse"


@dataclass
class Decision:
    verdict: Verdict
    reasons: list[str] = field(default_factory=list)

    @property
    def message(self) -> str:
        return "; ".join(dict.fromkeys(self.reasons))

    @property
    def refused(self) -> bool:
        return self.verdict is Verdict.REFUSE


@dataclass
class Policy:
    """``read_only``: only proven reads.  ``allow_writes`` / ``allow_ddl``: DML / schema
    changes (and anything the classifier cannot prove harmless counts as a schema change).
    ``confirm_destructive``: whole-table changes ask first.  ``confirm_writes``: every
    write asks first (the web's analyst).  ``lock_limits``: a statement may not lift the
    timeout or limits the server set (web and MCP)."""

    read_only: bool = False
    allow_writes: bool = True
    allow_ddl: bool = True
    confirm_destructive: bool = True
    confirm_writes: bool = False
    lock_limits: bool = False

    @property
    def restricted(self) -> bool:
        """Something is refused: the session judges even what its services build."""
        return self.read_only or not self.allow_writes or not self.allow_ddl

    def judge(self, c: Classification) -> Decision:
        what = c.describe()
        if c.too_deep:
            return Decision(Verdict.REFUSE, [f"not checked: {what}"])
        if self.lock_limits and c.lifts_limits:
            return Decision(Verdict.REFUSE, [f"{c.statement_type} would change a limit the server set ({what})"])
        if self.read_only:
            if c.kind in {Kind.READ, Kind.TRANSACTION, Kind.SESSION} and not c.dangerous:
                return Decision(Verdict.ALLOW)
            why = f"read-only mode refuses {c.statement_type}"
            detail = "; ".join(dict.fromkeys(c.reasons)) or (c.error or "")
            return Decision(Verdict.REFUSE, [f"{why}: {detail}" if detail else why])
        if c.kind is Kind.WRITE and not self.allow_writes:
            return Decision(Verdict.REFUSE, [f"writes are not allowed: {what}"])
        if c.kind in {Kind.DDL, Kind.ADMIN, Kind.UNKNOWN} and not self.allow_ddl:
            return Decision(Verdict.REFUSE, [f"schema changes are not allowed: {what}"])
        if c.kind is Kind.UNKNOWN and not self.allow_writes:
            return Decision(Verdict.REFUSE, [f"statement not understood: {c.error or what}"])
        if c.destructive and self.confirm_destructive:
            return Decision(Verdict.CONFIRM, list(c.reasons) or [what])
        if self.confirm_writes and c.kind.changes_data:
            return Decision(Verdict.CONFIRM, list(c.reasons) or [what])
        return Decision(Verdict.ALLOW)

    def judge_all(self, classes: list[Classification]) -> Decision:
        """One decision for a block: the strictest verdict, with every reason."""
        decisions = [self.judge(c) for c in classes]
        for verdict in (Verdict.REFUSE, Verdict.CONFIRM):
            hits = [d for d in decisions if d.verdict is verdict]
            if hits:
                return Decision(verdict, [r for d in hits for r in d.reasons])
        return Decision(Verdict.ALLOW)


#: the built-in roles, the same in every face
ROLES = ("viewer", "analyst", "admin")

#: the statement classes a role allows (a classifier :class:`Kind` maps onto them: :func:`class_of`)
CLASSES = ("read", "write", "ddl", "admin")


def class_of(kind: Kind) -> frozenset[str]:
    """The classes a statement of ``kind`` needs: a read, a write (DML), a schema change, an
    administrative statement; one the parser could not place needs both ``ddl`` and ``admin``.
    Transaction control and session settings need none (the policy judges them)."""
    if kind is Kind.UNKNOWN:
        return frozenset({"ddl", "admin"})
    if kind in (Kind.TRANSACTION, Kind.SESSION):
        return frozenset()
    return frozenset({kind.value})


@dataclass(frozen=True)
class Scope:
    """Which tables a role may touch: allow-lists (None: any) and deny-lists, of names as the
    config writes them (``orders``, ``sales.orders``, ``sales.*``, ``"Mixed"``)."""

    schemas: tuple[str, ...] | None = None
    tables: tuple[str, ...] | None = None
    deny_schemas: tuple[str, ...] = ()
    deny_tables: tuple[str, ...] = ()

    @property
    def restricts(self) -> bool:
        return self.schemas is not None or self.tables is not None or bool(self.deny_schemas or self.deny_tables)


@dataclass(frozen=True)
class Role:
    """What a caller may do on a connection, in every face (see docs/security.md, "Roles").

    ``classes``: the statement classes allowed (:data:`CLASSES`); ``scopes``: the tables it may
    touch (every scope must admit each table: a narrowed role keeps the scopes of both);
    ``max_rows``: the most rows a result returns (the rest are counted, shown as truncated);
    ``timeout``: the longest a statement runs (seconds; the session takes the smaller of this
    and the user's); ``ask_writes``: ``ask`` may run a generated statement that is not a plain
    read (after its confirmation); ``confirm_writes`` / ``confirm_destructive``: which writes
    ask first."""

    name: str
    classes: frozenset[str]
    scopes: tuple[Scope, ...] = ()
    max_rows: int | None = None
    timeout: float | None = None
    ask_writes: bool = False
    confirm_writes: bool = False
    confirm_destructive: bool = True

    @property
    def reads_only(self) -> bool:
        """Only reads: the session is opened read-only, so the engine refuses the rest too."""
        return self.classes <= {"read"}

    @property
    def restricts_tables(self) -> bool:
        return any(s.restricts for s in self.scopes)

    def narrow(self, other: Role) -> Role:
        """What both ``self`` and ``other`` allow (a connection's bound role narrowed by the one
        asked for): classes in both, both scopes, the smaller limits, the stricter switches."""
        if other is self:
            return self

        def least(a: float | None, b: float | None) -> Any:
            return b if a is None else a if b is None else min(a, b)

        name = self.name if self.name == other.name else f"{self.name}&{other.name}"
        return Role(name, self.classes & other.classes, tuple(dict.fromkeys(self.scopes + other.scopes)),
                    least(self.max_rows, other.max_rows), least(self.timeout, other.timeout),
                    self.ask_writes and other.ask_writes, self.confirm_writes or other.confirm_writes,
                    self.confirm_destructive or other.confirm_destructive)  # fmt: skip

    def policy(self, *, lock_limits: bool = True, kind: type[RolePolicy] | None = None) -> RolePolicy:
        """This role's policy (the session's one gate judges with it); ``kind``: a face's
        stricter subclass (MCP's)."""
        return (kind or RolePolicy)(read_only=self.reads_only, allow_writes="write" in self.classes,
                          allow_ddl=bool(self.classes & {"ddl", "admin"}),
                          confirm_destructive=self.confirm_destructive, confirm_writes=self.confirm_writes,
                          lock_limits=lock_limits, role=self)  # fmt: skip


#: the built-in roles: viewer reads; analyst also changes rows, each after a confirmation, never
#: the schema; admin does everything, whole-table changes confirmed
BUILTIN_ROLES: dict[str, Role] = {
    "viewer": Role("viewer", frozenset({"read"})),
    "analyst": Role("analyst", frozenset({"read", "write"}), ask_writes=True, confirm_writes=True),
    "admin": Role("admin", frozenset(CLASSES), ask_writes=True),
}


@dataclass
class RolePolicy(Policy):
    """A role's policy: the role's classes and tables first, then the shared policy's judgment.

    ``folding`` / ``default_schema``: how the engine folds names and the schema of an unqualified
    name (the session sets them from its engine's dialect)."""

    role: Role | None = None
    folding: str = field(default="lower", compare=False)
    default_schema: str | None = field(default=None, compare=False)
    #: the setting that orders schema lookup (PostgreSQL's ``search_path``): a role that
    #: restricts tables refuses changing it, as it refuses ``USE``
    search_path: str | None = field(default=None, compare=False)

    @property
    def restricted(self) -> bool:
        return super().restricted or (self.role is not None and self.role.restricts_tables)

    def shows(self, schema: str | None, name: str) -> bool:
        """A catalog listing shows the table ``schema.name`` (as the catalog spells it): a role that
        limits tables lists only the tables it may read, in every face (``\\dt``, completion, the
        web's schema tree, MCP's ``list_tables``)."""
        role = self.role
        if role is None or not role.restricts_tables:
            return True
        rel = (schema, name) if schema else (name,)
        return not any(self._outside(scope, rel) for scope in role.scopes)

    def judge(self, c: Classification) -> Decision:
        decision = super().judge(c)  # the shared rules (the built-in roles' meaning), then the role's own
        role = self.role
        if role is not None and decision.verdict is not Verdict.REFUSE:
            refusal = self._refusal(role, c)
            if refusal:
                return Decision(Verdict.REFUSE, [refusal])
        return decision

    def _refusal(self, role: Role, c: Classification) -> str | None:
        # the built-in roles' classes are what the shared rules (read_only, allow_writes, allow_ddl)
        # judge; other sets of classes (DDL without writes, admin without DDL ...) are judged here
        missing = sorted(class_of(c.kind) - role.classes, key=CLASSES.index)
        if missing and role.classes not in _SHARED_CLASSES:
            return f"role {role.name} may not run {c.statement_type} ({' / '.join(missing)}): {c.describe()}"
        if not role.restricts_tables:
            return None
        if c.kind is Kind.UNKNOWN or c.relations is None:
            return f"role {role.name} limits tables, and which ones {c.statement_type} touches cannot be told"
        if c.statement_type == "USE" or (self.search_path and self.search_path in c.settings):
            return f"role {role.name} limits tables: {c.statement_type} may not change where names are looked up"
        for rel in c.relations:
            for scope in role.scopes:
                why = self._outside(scope, rel)
                if why:
                    return f"role {role.name} may not touch {'.'.join(rel)} ({why})"
        return None

    def _outside(self, scope: Scope, rel: tuple[str, ...]) -> str | None:
        name = rel[-1]
        default = fold_name(self.default_schema, False, self.folding) if self.default_schema else None
        schema = rel[-2] if len(rel) > 1 else default
        # denied names match without case where the server may compare them so (MySQL: its
        # lower_case_table_names); allowed names match as the engine keeps them
        loose = _lower if self.folding == "exact" else _same
        entries = [self._entry(e) for e in scope.deny_tables]
        if schema is not None and loose(fold_name(schema, True, self.folding)) in {
                loose(n) for n in self._names(scope.deny_schemas)}:  # fmt: skip
            return "schema denied"
        if any(self._matches(e, schema, name, default, loose) for e in entries):
            return "table denied"
        if scope.schemas is not None and (schema is None or schema not in self._names(scope.schemas)):
            return "schema not allowed" if schema is not None else "unqualified, and the role limits schemas"
        if scope.tables is not None and not any(self._matches(self._entry(e), schema, name, default)
                                                 for e in scope.tables):  # fmt: skip
            return "table not allowed"
        return None

    def _names(self, names: tuple[str, ...]) -> set[str]:
        return {self._part(n) for n in names}

    def _part(self, text: str) -> str:
        quoted = len(text) > 1 and text[0] == text[-1] == '"'
        return fold_name(text[1:-1] if quoted else text, quoted, self.folding)

    def _entry(self, text: str) -> tuple[str | None, str]:
        parts = [self._part(p) for p in _split_name(text)]
        return (parts[-2] if len(parts) > 1 else None), parts[-1]

    @staticmethod
    def _matches(entry: tuple[str | None, str], schema: str | None, name: str, default: str | None,
                 key: Callable[[str | None], str | None] = lambda x: x) -> bool:  # fmt: skip
        want_schema, want_name = entry
        if want_name != "*" and key(want_name) != key(name):
            return False
        return key(schema) == key(want_schema if want_schema is not None else default)


def _lower(name: str | None) -> str | None:
    return name.lower() if name is not None else None


def _same(name: str | None) -> str | None:
    return name


#: the sets of classes the shared rules express on their own (the built-in roles')
_SHARED_CLASSES = (frozenset({"read"}), frozenset({"read", "write"}), frozenset(CLASSES))


def _split_name(text: str) -> list[str]:
    """``a.b``, ``"a.b".c``: the dotted parts of a name as the config writes it, quotes kept."""
    parts, current, quoted = [], "", False
    for ch in text.strip():
        if ch == '"':
            quoted = not quoted
        if ch == "." and not quoted:
            parts.append(current)
            current = ""
        else:
            current += ch
    parts.append(current)
    return [p.strip() for p in parts]


def role_policy(role: str, *, lock_limits: bool = True) -> Policy:
    """The policy of a built-in role.  ``viewer``: proven reads only (the session is
    opened read-only, so the engine refuses writes too); ``analyst``: also changes
    rows, each after a confirmation, never the schema (nor anything that cannot be
    proven not to change it); ``admin``: everything, whole-table changes confirmed."""
    found = BUILTIN_ROLES.get(role)
    if found is None:
        raise ValueError(f"unknown role {role!r} (choose from {', '.join(ROLES)})")
    return found.policy(lock_limits=lock_limits)
