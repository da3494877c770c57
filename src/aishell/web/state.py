"""What the web face keeps between requests: its settings, its tokens and login sessions,
and the server service (:class:`aishell.services.server.Server`) its routes call."""

from __future__ import annotations

from dataclasses import dataclass

from aishell.connections import Target
from aishell.services.server import Server
from aishell.state import StateStore
from aishell.web.auth import Principal, TokenStore


@dataclass
class WebConfig:
    """Server limits and the names it answers to.

    ``max_rows`` caps a streamed result (the rest is counted, not sent); ``max_bytes``
    caps the data of one response (the statement is stopped and the stream ends with an
    ``error`` event, or a download is cut short); ``max_value_chars`` cuts a longer
    value with a visible marker (counted in the ``end`` event's ``cut_values``).

    ``host`` and ``port`` are what the server is bound to: a request's ``Host`` header
    must name it (or a loopback name, on that port), or one of ``allowed_hosts``
    (``name`` for any port, ``name:port`` for one); so must the ``Origin`` of a
    state-changing request.  This defeats DNS rebinding.  ``port=None`` means the
    port the request arrived on.
    """

    max_rows: int = 1_000_000
    statement_timeout: float = 300.0
    max_body: int = 1 << 20
    session_ttl: float = 12 * 3600
    max_bytes: int | None = 1 << 30
    max_value_chars: int | None = 1_000_000
    host: str | None = None
    port: int | None = None
    allowed_hosts: tuple[str, ...] = ()


@dataclass
class WebSession:
    """A login session (a cookie): who, its CSRF token, when it ends."""

    principal: Principal
    csrf: str
    expires: float


class WebServer:
    """The web face's state: the server service, the tokens, the login sessions, the limits."""

    def __init__(self, targets: list[Target], state: StateStore, config: WebConfig) -> None:
        self.service = Server(targets, state, statement_timeout=config.statement_timeout)
        self.state = state
        self.config = config
        self.tokens = TokenStore(state)
        self.web_sessions: dict[str, WebSession] = {}

    def close(self) -> None:
        self.service.close()
