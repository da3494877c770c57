"""Migration lint as an engine declares it: the model of ``engines/<e>/migrate_lint.py``.

Each engine with rules of its own holds one :class:`LintRules` (``LINT``) in its own
``migrate_lint.py``, reached through its dialect (``dialect_of(x).migrate_lint``); an engine
without one gets :data:`NO_RULES`.  The service (:mod:`aishell.services.migrate_lint`) splits and
parses the migration files, keeps the :class:`LintState` (tables created earlier in the
migration, backups taken, settings made earlier in the file), runs the rules every engine shares
and asks the engine's rules about each parsed statement.

No driver is imported here or in an engine's ``migrate_lint.py``; sqlglot trees are passed in
already parsed, so nothing here imports sqlglot at module level either.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

ERROR, WARNING, INFO = "error", "warning", "info"


class LintConnection(Protocol):
    """What :meth:`LintRules.verify` uses of a :class:`~aishell.engines.base.Connection`."""

    statement_check: Callable[[str], None] | None

    def execute(self, sql: str, params: Any = None) -> Any: ...

    def current_database(self) -> str | None: ...


#: from least to most serious
SEVERITIES = (INFO, WARNING, ERROR)


@dataclass(frozen=True)
class Finding:
    """One dangerous thing in a migration.

    ``file`` is the file name as given, ``statement_index`` the 1-based number of the statement
    in that file, ``line`` the 1-based line where the statement starts, ``rule`` a stable short
    name (``pg-create-index-concurrently``), ``severity`` ``error``/``warning``/``info``,
    ``message`` what is dangerous, naming the object, and ``hint`` the safer way."""

    file: str
    statement_index: int
    line: int
    rule: str
    severity: str
    message: str
    hint: str


@dataclass(frozen=True)
class Stmt:
    """One statement of a migration file, parsed: ``tree`` is its sqlglot expression."""

    file: str
    index: int
    line: int
    sql: str
    tree: Any

    def finding(self, rule: str, severity: str, message: str, hint: str) -> Finding:
        """A :class:`Finding` about this statement."""
        return Finding(self.file, self.index, self.line, rule, severity, message, hint)


@dataclass
class LintState:
    """What the statements before the current one did (names are lower-case, unqualified).

    ``created``: tables created earlier in the migration (nothing reads them yet, so locking
    and rewriting them is harmless); ``backed_up``: tables copied (``CREATE TABLE ... AS SELECT``)
    or named by a backup marker; ``backup_file``: an unnamed backup marker came earlier in this
    file; ``settings``: settings ``SET`` earlier in this file (``lock_timeout``)."""

    created: set[str] = field(default_factory=set)
    backed_up: set[str] = field(default_factory=set)
    backup_file: bool = False
    settings: set[str] = field(default_factory=set)

    def is_new(self, table: str) -> bool:
        """Whether ``table`` was created earlier in this migration."""
        return table.lower() in self.created


class LintRules:
    """An engine's migration rules; the default has none."""

    #: :meth:`verify` asks the server (the service passes it a connection only then)
    verifies: bool = False

    def check(self, stmt: Stmt, state: LintState) -> list[Finding]:
        """The findings about ``stmt`` given what came before it."""
        return []

    def outside_transaction(self, sql: str) -> bool:
        """Whether the engine refuses to run ``sql`` inside a transaction block (PostgreSQL's
        ``CREATE INDEX CONCURRENTLY``): a migration holding one runs statement by statement,
        as on an engine whose DDL commits at once."""
        return False

    def verify(self, conn: LintConnection, checked: Sequence[tuple[Stmt, list[Finding]]]) -> list[Finding]:
        """The findings once the server has been asked (an engine that can prove what it would do
        on scratch copies of the tables overrides this).  ``checked`` is every statement of the
        migration with its findings; the default keeps them as they are.  Every statement run on
        ``conn`` passes its session's gate (the caller lints inside ``Prepared.gating``)."""
        return [f for _, found in checked for f in found]


NO_RULES = LintRules()


def table_name(node: Any) -> str:
    """The lower-case, unqualified name of a sqlglot ``Table`` (or of what it wraps)."""
    name = getattr(node, "name", "") or ""
    return str(name).lower()


def drop_targets(tree: Any) -> list[str]:
    """The names a ``DROP`` tree drops (``DROP TABLE a, b``), lower-case and unqualified."""
    nodes = tree.args.get("tables") or [tree.this]
    return [table_name(n) for n in nodes if n is not None and table_name(n)]


def alter_actions(tree: Any) -> list[Any]:
    """The actions of an ``ALTER TABLE`` tree (empty for anything else)."""
    if type(tree).__name__ != "Alter" or str(tree.args.get("kind") or "").upper() != "TABLE":
        return []
    return list(tree.args.get("actions") or [])


def constraint_kinds(column_def: Any) -> set[str]:
    """The class names of a ``ColumnDef``'s constraints (``NotNullColumnConstraint`` ...); an
    explicit ``NULL`` (sqlglot's ``NotNullColumnConstraint(allow_null=True)``) is ``NullColumnConstraint``."""
    out = set()
    for c in column_def.args.get("constraints") or []:
        kind = c.args.get("kind")
        name = type(kind).__name__
        if name == "NotNullColumnConstraint" and kind.args.get("allow_null"):
            name = "NullColumnConstraint"
        out.add(name)
    return out
