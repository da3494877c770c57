"""The server service: what a long-running face (the web console) shares between requests.

It holds the connections it serves, opens a :class:`~aishell.services.session.Session` for a
caller under the caller's role policy, keeps the catalog sessions, the running statements (to
list and cancel them) and the answers of ``ask`` waiting for their confirming call.  The face
(``aishell.web``) authenticates, maps these errors and decisions to HTTP, and streams; nothing
here knows about HTTP.
"""

from __future__ import annotations

import logging
import threading
import time
import uuid
from collections import OrderedDict
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from aishell.connections import Target
from aishell.errors import AishellError, UsageError
from aishell.services.connect import ConnectionCheck, test_connection
from aishell.services.policy import BUILTIN_ROLES, Policy, Role, Verdict, role_policy
from aishell.services.session import SERVER_MAX_VALUE_BYTES, Prepared, Session

if TYPE_CHECKING:
    from aishell.state import StateStore

log = logging.getLogger("aishell.server")

#: how many ``ask`` answers wait for their confirming call (the oldest go first)
MAX_ANSWERS = 500


class Caller(Protocol):
    """Who makes a request: an id that owns its statements, a name for the history, a role."""

    @property
    def token_id(self) -> int: ...

    @property
    def name(self) -> str: ...

    @property
    def role(self) -> str: ...

    @property
    def is_admin(self) -> bool: ...


class ServiceError(UsageError):
    """A request the server cannot serve; ``title`` names the kind (the web's problem title)."""

    def __init__(self, title: str, detail: str) -> None:
        super().__init__(detail)
        self.title = title


class NotFound(ServiceError):
    """No such connection, running statement or answer (for this caller)."""


class NotUnderstood(ServiceError):
    """The SQL could not be split, or is nested too deeply to be checked."""


class Conflict(ServiceError):
    """The name is taken (a connection, a running statement's id)."""


def policy_for(role: str | Role) -> Policy:
    """The policy a role runs under (a built-in's, :func:`role_policy`, a custom role of
    ``[roles]``, or a role narrowed to a connection's), with the limits the server set locked.
    The engine enforces a viewer's read-only too."""
    if isinstance(role, Role):
        return role.policy(lock_limits=True)
    if role in BUILTIN_ROLES:
        return role_policy(role, lock_limits=True)
    from aishell.services.roles import role_named

    return role_named(role).policy(lock_limits=True)


@dataclass
class Running:
    """A statement running for a caller (listed and cancelled by id)."""

    session: Session
    owner: int
    sql: str
    connection: str
    started: float = field(default_factory=time.time)


@dataclass
class Decided:
    """A statement prepared for a caller: its session (open, the caller closes it) and the
    session's decision about it."""

    target: Target
    session: Session
    prepared: Prepared

    @property
    def verdict(self) -> Verdict:
        return self.prepared.verdict

    def refusal(self) -> str:
        """Why it is refused: the policy's reasons, and the classifier's own note when it gave
        up (too deep, not parsed) and the policy did not say so."""
        message = self.prepared.decision.message
        for c in self.prepared.classes:
            if c.error and c.error not in message:
                message += f" ({c.error[:200]})"
        return " ".join(message.split())


class Server:
    """Connections, role sessions, catalog sessions, running statements and pending answers.

    ``statement_timeout``: every statement's timeout, in seconds."""

    def __init__(self, targets: list[Target], state: StateStore, *, statement_timeout: float = 300.0) -> None:
        self.targets: dict[str, Target] = OrderedDict((t.label, t) for t in targets)
        self.state = state
        self.statement_timeout = statement_timeout
        self.running: dict[str, Running] = {}
        self.asks: OrderedDict[str, tuple[int, str, Any]] = OrderedDict()
        self.meta: dict[str, Session] = {}
        self.lock = threading.Lock()

    # ------------------------------------------------------------------ connections
    def target(self, name: str | None) -> Target:
        """The connection named ``name`` (the first one for None)."""
        if not self.targets:
            raise NotFound("No connection", "the server has no connection configured")
        if name is None:
            return next(iter(self.targets.values()))
        target = self.targets.get(name)
        if target is None:
            raise NotFound("Unknown connection", f"no connection named {name!r}")
        return target

    def connections(self) -> list[dict[str, Any]]:
        return [
            {"name": name, "engine": t.url.engine, "url": t.url.display(), "read_only": t.read_only,
             "default": i == 0}
            for i, (name, t) in enumerate(self.targets.items())
        ]  # fmt: skip

    def add_connection(self, name: str, url_text: str, read_only: bool) -> dict[str, Any]:
        from aishell.urls import DatabaseURL

        if name in self.targets:
            raise Conflict("Connection exists", f"a connection named {name!r} exists")
        url = DatabaseURL.parse(url_text)
        self.targets[name] = Target(url, name, "web", read_only, None)
        return {"name": name, "engine": url.engine, "url": url.display(), "read_only": read_only}

    def remove_connection(self, name: str) -> None:
        target = self.target(name)
        self.targets.pop(target.label, None)
        meta = self.meta.pop(target.label, None)
        if meta is not None:
            meta.close()

    def test_connection(self, target: Target, who: Caller) -> ConnectionCheck:
        """Connect as ``who`` (read-only), ping and read the version (see :mod:`.connect`)."""
        return test_connection(self.session(target, who, read_only=True))

    # ------------------------------------------------------------------ sessions
    def session(self, target: Target, who: Caller, *, confirmed: bool = False, read_only: bool = False) -> Session:
        """A session for ``who`` on ``target`` under the role's policy (a viewer's, or ``read_only``,
        is opened read-only).  ``confirmed``: the caller consented to what needs it."""
        from aishell.services.roles import effective_role

        # the token's role (built-in or custom), narrowed to the role the connection binds
        role = effective_role("viewer" if read_only else who.role, target.role)
        if role is None:  # pragma: no cover - a role was asked for
            raise ServiceError("No role", f"no role for {who.name}")
        policy = policy_for(role.name if target.role is None else role)  # (the session maps it to the engine)
        return Session(target, read_only=target.read_only, timeout=self.statement_timeout, policy=policy,
                       state=self.state, source="web", user=who.name,
                       max_value_bytes=SERVER_MAX_VALUE_BYTES, confirm=(lambda _q, _r: confirmed))  # fmt: skip

    def decide(self, target: Target, who: Caller, sql: str, *, confirmed: bool = False,
               read_only: bool = False) -> Decided:  # fmt: skip
        """Open ``who``'s session and let it decide about ``sql`` (nothing runs, nothing is
        refused yet: the face reports a REFUSE or an unconfirmed CONFIRM)."""
        session = self.session(target, who, confirmed=confirmed, read_only=read_only)
        try:
            prepared = session.decide(sql)
        except AishellError:
            session.close()
            raise
        except RecursionError:
            session.close()
            raise NotUnderstood("Statement nested too deeply",
                                "the statement is nested too deeply to be checked; simplify it") from None  # fmt: skip
        except Exception as exc:  # the splitter or the parser gave up
            session.close()
            log.warning("could not classify a statement: %s: %s", type(exc).__name__, exc)
            raise NotUnderstood("Statement not understood",
                                "the SQL could not be split into statements") from None  # fmt: skip
        return Decided(target, session, prepared)

    def catalog_session(self, target: Target) -> Session:
        """The read-only session that reads ``target``'s catalog for everyone (kept open)."""
        with self.lock:
            session = self.meta.get(target.label)
            if session is None:
                session = Session(target, read_only=True, timeout=self.statement_timeout,
                                  policy=policy_for("viewer"), state=None, source="web")  # fmt: skip
                self.meta[target.label] = session
            return session

    # ------------------------------------------------------------------ running statements
    def start(self, query_id: str | None, session: Session, who: Caller, sql: str, connection: str) -> str:
        """Register a statement about to run; its id (``query_id`` or a new one)."""
        qid = query_id or uuid.uuid4().hex
        with self.lock:
            if qid in self.running:
                raise Conflict("Duplicate query id", f"a query with id {qid!r} is running")
            self.running[qid] = Running(session, who.token_id, sql, connection)
        return qid

    def finish(self, query_id: str) -> None:
        with self.lock:
            self.running.pop(query_id, None)

    def visible(self, who: Caller) -> Iterator[tuple[str, Running]]:
        """The running statements ``who`` may see (an admin: all)."""
        with self.lock:
            items = list(self.running.items())
        return ((k, r) for k, r in items if who.is_admin or r.owner == who.token_id)

    def cancel(self, query_id: str, who: Caller) -> None:
        with self.lock:
            entry = self.running.get(query_id)
        if entry is None or not (who.is_admin or entry.owner == who.token_id):
            raise NotFound("Unknown query", "no running query with that id")
        entry.session.cancel()

    # ------------------------------------------------------------------ ask
    def remember_answer(self, who: Caller, connection: str, answer: Any) -> str:
        """Keep an answer for its confirming call; its id."""
        ask_id = uuid.uuid4().hex
        with self.lock:
            self.asks[ask_id] = (who.token_id, connection, answer)
            while len(self.asks) > MAX_ANSWERS:
                self.asks.popitem(last=False)
        return ask_id

    def answer(self, ask_id: str, who: Caller) -> tuple[str, Any]:
        """The connection and the answer ``who`` got under ``ask_id``."""
        with self.lock:
            entry = self.asks.get(ask_id)
        if entry is None or entry[0] != who.token_id:
            raise NotFound("Unknown answer", "no answer with that id (ask again)")
        return entry[1], entry[2]

    # ------------------------------------------------------------------ history
    def history(self, who: Caller, connection: str | None, limit: int, search: str | None) -> list[dict[str, Any]]:
        """Recent statements: an admin sees every one, anyone else only their own."""
        user = None if who.is_admin else who.name
        known = self.targets.get(connection) if connection is not None else None
        target = known.url.identity() if known is not None else None  # its statements under any name
        entries = self.state.history(connection=connection, limit=limit, search=search, user=user, target=target)
        return [e.__dict__ for e in entries]

    def close(self) -> None:
        with self.lock:
            sessions = list(self.meta.values())
            self.meta.clear()
        for session in sessions:
            session.close()
