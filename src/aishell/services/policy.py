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
from dataclasses import dataclass, field

from aishell.sql.kinds import Classification, Kind


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


def role_policy(role: str, *, lock_limits: bool = True) -> Policy:
    """The policy of a built-in role.  ``viewer``: proven reads only (the session is
    opened read-only, so the engine refuses writes too); ``analyst``: also changes
    rows, each after a confirmation, never the schema (nor anything that cannot be
    proven not to change it); ``admin``: everything, whole-table changes confirmed."""
    if role == "viewer":
        return Policy(read_only=True, allow_writes=False, allow_ddl=False, lock_limits=lock_limits)
    if role == "analyst":
        return Policy(allow_writes=True, allow_ddl=False, confirm_writes=True, lock_limits=lock_limits)
    if role == "admin":
        return Policy(lock_limits=lock_limits)
    raise ValueError(f"unknown role {role!r} (choose from {', '.join(ROLES)})")
