"""The MCP server's policy: the shared :class:`~aishell.services.policy.Policy`, stricter.

An agent's call is one statement on its own, and nobody is there to confirm it:

* a block (``SELECT 1; DROP TABLE t``) is refused whatever it holds;
* session and transaction statements are refused (``SET statement_timeout = 0``
  would lift the limit, an open ``BEGIN`` would hold locks between calls);
* dangerous functions or clauses (``pg_read_file``, ``COPY ... TO PROGRAM``,
  ``load_file`` ...) are refused even when writes are allowed;
* administrative statements (``GRANT``, ``KILL``, ``VACUUM``, ``COPY``, ``LOAD`` ...) and
  statements the parser does not understand are refused even with ``--allow-ddl``;
* MySQL/MariaDB executable comments (``/*! ... */``, ``/*M! ... */``) are refused:
  the server runs their text while the parser sees a comment (``SELECT * FROM t
  /*! INTO OUTFILE '/tmp/x' */`` would write a file under read-only mode);
* whole-table changes (``TRUNCATE``, ``DELETE`` or ``UPDATE`` without ``WHERE``)
  need ``--allow-ddl``, not just ``--allow-writes``.

Everything else is the shared policy's decision (read-only, writes, DDL).

Under a role (``aishell mcp --role``, or a saved connection's bound role) the role decides
first, exactly as in every other face (:class:`~aishell.services.policy.RolePolicy`); a
statement the role refuses or would ask to confirm is reported as such (nobody can confirm
over MCP, so it does not run), and what the role allows must still pass the rules above that
are MCP's own (executable comments, one statement per call, dangerous calls, session and
transaction statements).  The two rules about ``--allow-ddl`` belong to the flags, not to roles.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from aishell.services.policy import Decision, RolePolicy, Verdict
from aishell.sql.classify import Classification, Kind

_EXECUTABLE_COMMENT = re.compile(r"/\*M?!")
#: statements that change the session, whatever setting they name
_SESSION_STATEMENTS = {"SET", "RESET", "DISCARD", "USE", "TRANSACTION"}


@dataclass
class McpPolicy(RolePolicy):
    def judge(self, c: Classification) -> Decision:
        if self.role is not None:  # the role first, as in every face; then MCP's own rules
            decision = super().judge(c)
            if decision.verdict is not Verdict.ALLOW:
                return decision
            return self._transport(c) or decision
        found = self._transport(c)
        if found is not None:
            return found
        if c.kind in {Kind.ADMIN, Kind.UNKNOWN} and not self.read_only:
            what = "statement not understood" if c.kind is Kind.UNKNOWN else "administrative statement"
            return Decision(Verdict.REFUSE, [f"{c.statement_type}: {what} ({c.describe()}); not allowed over MCP"])
        if c.destructive and not self.read_only and not self.allow_ddl:
            # nobody is there to confirm: whole-table changes need the stronger flag
            return Decision(Verdict.REFUSE, [f"{c.describe()}: whole-table changes need --allow-ddl"])
        return super().judge(c)

    @staticmethod
    def _transport(c: Classification) -> Decision | None:
        """MCP's own rules, whatever the role or flags."""
        if _EXECUTABLE_COMMENT.search(c.sql):
            return Decision(Verdict.REFUSE, ["executable comments (/*! ... */) are not allowed"])
        if c.statement_type == "MULTIPLE":
            return Decision(Verdict.REFUSE, ["one statement per call"])
        if c.dangerous:
            return Decision(Verdict.REFUSE, [f"{c.statement_type} uses {', '.join(dict.fromkeys(c.dangerous))}"])
        if c.kind in {Kind.SESSION, Kind.TRANSACTION} or c.statement_type in _SESSION_STATEMENTS:
            return Decision(Verdict.REFUSE, [f"{c.statement_type}: session and transaction statements are not allowed"])
        return None

    def judge_all(self, classes: list[Classification]) -> Decision:
        if not classes:
            return Decision(Verdict.REFUSE, ["no SQL statement given"])
        if self.role is not None:  # the role's verdict about the block first, as in every face
            decision = super().judge_all(classes)
            if decision.verdict is not Verdict.ALLOW or len(classes) == 1:
                return decision
        if len(classes) > 1:
            return Decision(Verdict.REFUSE, [f"one statement per call ({len(classes)} given)"])
        return super().judge_all(classes)
