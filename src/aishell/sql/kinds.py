"""What a statement is, as the classifier reports it.

These types live apart from :mod:`aishell.sql.classify` so that code which only
*reads* classifications (the policy, the REPL) does not import sqlglot at
start-up; the classifier itself loads it on first use.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field


class Kind(enum.Enum):
    READ = "read"  # returns data, changes nothing
    WRITE = "write"  # changes rows (DML)
    DDL = "ddl"  # changes the schema
    TRANSACTION = "transaction"  # BEGIN / COMMIT / ROLLBACK / SAVEPOINT
    SESSION = "session"  # SET / USE / RESET: changes only this session
    ADMIN = "admin"  # grants, maintenance, server or file access
    UNKNOWN = "unknown"  # could not be classified: treated as a write

    @property
    def changes_data(self) -> bool:
        return self in {Kind.WRITE, Kind.DDL, Kind.ADMIN, Kind.UNKNOWN}


@dataclass
class Classification:
    sql: str
    kind: Kind
    statement_type: str  # e.g. "SELECT", "DELETE", "DROP TABLE"
    destructive: bool = False
    reasons: list[str] = field(default_factory=list)  # what will change, for confirmations
    tables: list[str] = field(default_factory=list)  # tables read or written
    dangerous: list[str] = field(default_factory=list)  # dangerous functions or clauses found
    error: str | None = None  # parse error, when kind is UNKNOWN
    settings: list[str] = field(default_factory=list)  # session or server settings it changes
    lifts_limits: bool = False  # it would change a statement timeout or another server-set limit
    too_deep: bool = False  # nested deeper than the classifier checks: refused in every mode
    #: the tables and views it reads or writes, as the engine names them (each part folded as the
    #: engine folds an unquoted name: :func:`fold_name`), ``(schema, name)`` or ``(name,)``; CTE
    #: names are not among them.  None: not known (not parsed, or built without the parser),
    #: which a role that restricts tables refuses
    relations: list[tuple[str, ...]] | None = None

    @property
    def is_read(self) -> bool:
        return self.kind is Kind.READ and not self.dangerous

    def describe(self) -> str:
        return "; ".join(self.reasons) if self.reasons else self.statement_type


def fold_name(name: str, quoted: bool, folding: str) -> str:
    """A name as the engine keeps it: an unquoted one folded (``folding``: a dialect's
    ``case_folding``, "lower" or "upper"), a quoted one as written.  Engines that keep names as
    written but compare them without case ("none": SQLite, DuckDB, MySQL's usual setting)
    compare in lower case, quoted or not.  "exact": as written, quoted or not (MySQL's table names
    on a case-sensitive server)."""
    if folding == "exact":
        return name
    if folding == "none":
        return name.lower()
    if quoted:
        return name
    return name.upper() if folding == "upper" else name.lower()
