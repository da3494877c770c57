"""The audit log: one append-only, hash-chained, signed record of what every face ran.

* :mod:`aishell.audit.log` -- the writer (``record`` never raises into a statement's path);
* :mod:`aishell.audit.checkpoint` -- ed25519 checkpoints, the key kept in the vault;
* :mod:`aishell.audit.verify` -- recomputes the chain and names the first tampering;
* :mod:`aishell.audit.hooks` -- what the session and the server faces call.

See docs/audit.md.
"""

from __future__ import annotations

from aishell.audit.log import AuditLog, audit_path, failures, record, shared_log

__all__ = ["AuditLog", "audit_path", "failures", "record", "shared_log"]
