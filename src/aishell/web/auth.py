"""API tokens, roles and the audit log for the web console.

Tokens are random (256 bits) and stored only as their SHA-256 hash in the state
store (``web_tokens``); the clear text is shown once, when created.  A token
carries a role:

``viewer``
    read-only: its sessions are opened read-only, so the *engine* refuses writes;
``analyst``
    may also change data, each write after an explicit confirmation, never the schema;
``admin``
    may also change the schema and manage connections.

The roles' policies are :func:`aishell.services.policy.role_policy`, shared by every
face (:func:`policy_for`, from the server service); the web only acts on their verdicts.

Every request is written to the audit log (:mod:`aishell.audit`: user, time, connection, statement).
"""

from __future__ import annotations

import hashlib
import secrets
import time
from dataclasses import dataclass

from aishell.errors import UsageError
from aishell.services.server import policy_for as policy_for  # the roles' policies, for the web
from aishell.state import StateStore

ROLES = ("viewer", "analyst", "admin")
TOKEN_PREFIX = "aish_"  # noqa: S105 - a prefix, not a secret


@dataclass(frozen=True)
class Principal:
    """Who is making a request."""

    token_id: int
    name: str
    role: str

    @property
    def can_write(self) -> bool:
        return self.role in ("analyst", "admin")

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"


@dataclass(frozen=True)
class TokenRecord:
    id: int
    name: str
    role: str
    created: float
    last_used: float | None
    revoked: float | None


def hash_token(token: str) -> str:
    # tokens are 256 random bits: a fast hash is enough (nothing to brute-force)
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


class TokenStore:
    def __init__(self, state: StateStore) -> None:
        self.state = state

    def create(self, role: str, name: str | None = None) -> tuple[str, TokenRecord]:
        if role not in ROLES:  # a custom role of config.toml's [roles] (checked there)
            from aishell.services.roles import role_names

            known = role_names()
            if role not in known:
                raise UsageError(f"unknown role {role!r} (choose from {', '.join(known)})")
        token = TOKEN_PREFIX + secrets.token_urlsafe(32)
        now = time.time()
        with self.state._lock:
            db = self.state._db()
            # the name is who ran a statement (history, audit): two live tokens never share one;
            # a revoked token's name may be given again (a rotated token keeps its history)
            if name and db.execute("SELECT 1 FROM web_tokens WHERE name = ? AND revoked IS NULL", (name,)).fetchone():
                raise UsageError(f"a token named {name!r} exists: revoke it first, or choose another name")
            cur = db.execute(
                "INSERT INTO web_tokens(name, role, hash, created) VALUES (?,?,?,?)",
                (name or role, role, hash_token(token), now),
            )
            token_id = int(cur.lastrowid or 0)
            if not name:
                label = f"{role}-{token_id}"
                db.execute("UPDATE web_tokens SET name = ? WHERE id = ?", (label, token_id))
            else:
                label = name
        return token, TokenRecord(token_id, label, role, now, None, None)

    def list(self, include_revoked: bool = False) -> list[TokenRecord]:
        where = "" if include_revoked else " WHERE revoked IS NULL"
        with self.state._lock:
            rows = self.state._db().execute(
                "SELECT id, name, role, created, last_used, revoked FROM web_tokens" + where + " ORDER BY id"
            ).fetchall()
        return [TokenRecord(*r) for r in rows]

    def revoke(self, ident: str) -> int:
        """Revoke tokens by id or name; return how many were revoked."""
        with self.state._lock:
            db = self.state._db()
            if ident.isdigit():
                cur = db.execute("UPDATE web_tokens SET revoked = ? WHERE id = ? AND revoked IS NULL",
                                 (time.time(), int(ident)))  # fmt: skip
            else:
                cur = db.execute("UPDATE web_tokens SET revoked = ? WHERE name = ? AND revoked IS NULL",
                                 (time.time(), ident))  # fmt: skip
            return int(cur.rowcount or 0)

    def verify(self, token: str) -> Principal | None:
        if not token or len(token) > 200:
            return None
        with self.state._lock:
            db = self.state._db()
            row = db.execute(
                "SELECT id, name, role FROM web_tokens WHERE hash = ? AND revoked IS NULL", (hash_token(token),)
            ).fetchone()
            if row is None:
                return None
            db.execute("UPDATE web_tokens SET last_used = ? WHERE id = ?", (time.time(), row[0]))
        return Principal(int(row[0]), str(row[1]), str(row[2]))

    def active(self, token_id: int) -> bool:
        with self.state._lock:
            row = self.state._db().execute(
                "SELECT 1 FROM web_tokens WHERE id = ? AND revoked IS NULL", (token_id,)
            ).fetchone()
        return row is not None


def write_audit(
    state: StateStore,
    *,
    source: str,
    user: str | None,
    action: str,
    connection: str | None = None,
    statement: str | None = None,
    status: str | None = None,
    detail: str | None = None,
) -> None:
    """One request in the audit log (:mod:`aishell.audit`); never raises.  ``state`` is kept
    for callers: the trail is the one hash-chained log every face writes."""
    from aishell.audit.hooks import event

    event(kind="request", face=source, who=user, action=action, connection=connection, statement=statement,
          outcome=status, error=detail)  # fmt: skip


def read_audit(state: StateStore, limit: int = 100) -> list[dict[str, object]]:
    """The newest ``limit`` entries of the audit log, newest first (every face's, not only the web's)."""
    from aishell.audit.log import audit_path
    from aishell.audit.query import web_rows

    return list(web_rows(audit_path(), limit))
