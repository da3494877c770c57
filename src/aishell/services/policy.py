"""The safety policy: what may run, what needs a confirmation, what is refused.

The policy judges the classifier's verdicts (:mod:`aishell.sql.classify`);
the engine backs it (read-only transactions or sessions, statement
timeouts), so a statement that slips past one layer meets the other.
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


@dataclass
class Policy:
    read_only: bool = False
    allow_writes: bool = True
    allow_ddl: bool = True
    confirm_destructive: bool = True

    def judge(self, c: Classification) -> Decision:
        what = c.describe()
        if self.read_only:
            if c.kind in {Kind.READ, Kind.TRANSACTION, Kind.SESSION} and not c.dangerous:
                return Decision(Verdict.ALLOW)
            why = f"read-only mode refuses {c.statement_type}"
            detail = "; ".join(c.reasons) or (c.error or "")
            return Decision(Verdict.REFUSE, [f"{why}: {detail}" if detail else why])
        if c.kind is Kind.WRITE and not self.allow_writes:
            return Decision(Verdict.REFUSE, [f"writes are not allowed: {what}"])
        if c.kind in {Kind.DDL, Kind.ADMIN, Kind.UNKNOWN} and not self.allow_ddl:
            return Decision(Verdict.REFUSE, [f"schema changes are not allowed: {what}"])
        if c.kind is Kind.UNKNOWN and not self.allow_writes:
            return Decision(Verdict.REFUSE, [f"statement not understood: {c.error or what}"])
        if c.destructive and self.confirm_destructive:
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
