"""Connection checks shared by every face: is an address loopback, and does a database answer.

The CLI (``conn test``, ``web``), the web console (``POST /api/connections/{name}/test``)
and the MCP server (``health``, ``--http``) all ask here, so they agree.
"""

from __future__ import annotations

import ipaddress
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from aishell.services.session import Session

#: host names that always mean this machine (``/etc/hosts`` on Debian names ``::1`` both ways)
LOOPBACK_NAMES = frozenset({"localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback"})


def is_loopback(host: str) -> bool:
    """Whether binding to ``host`` keeps a server on this machine.

    ``localhost`` (any case, with or without a trailing dot), ``127.0.0.0/8`` and ``::1``
    (bare or in brackets) are loopback; ``0.0.0.0``, ``::`` and any other name are not
    (a name could resolve anywhere)."""
    name = host.strip().rstrip(".").lower()
    if name in LOOPBACK_NAMES:
        return True
    if name.startswith("[") and name.endswith("]"):
        name = name[1:-1]
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


@dataclass(frozen=True)
class ConnectionCheck:
    """What :func:`test_connection` found: the server's version and how long it took."""

    version: str
    elapsed_ms: float


def test_connection(session: Session, *, close: bool = True) -> ConnectionCheck:
    """Connect ``session`` (if it is not yet), ping the server and read its version.

    Raises the engine's :class:`~aishell.errors.AishellError` when the database does not
    answer.  ``close``: close the session afterwards (a one-off check); a long-lived
    session (MCP's) passes False and keeps its connection."""
    started = time.perf_counter()
    try:
        conn = session.connection()
        conn.ping()
        version = conn.server_version()
    finally:
        if close:
            session.close()
    return ConnectionCheck(version, round((time.perf_counter() - started) * 1000, 1))


test_connection.__test__ = False  # type: ignore[attr-defined]  # not a pytest test when imported into one
