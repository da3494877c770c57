"""The ASGI middleware around the web app: body size limit, Host and Origin checks, audit."""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any
from urllib.parse import urlsplit

from aishell.errors import ConfigError
from aishell.services.connect import LOOPBACK_NAMES
from aishell.state import StateStore
from aishell.web.auth import write_audit
from aishell.web.http import Problem, problem_response
from aishell.web.state import WebConfig

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


# --------------------------------------------------------------------------- middleware
class BodyLimit:
    """Refuse request bodies over ``limit`` bytes (by header, and while reading)."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app, self.limit = app, limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    too_big = int(value) > self.limit
                except ValueError:
                    too_big = True
                if too_big:
                    await problem_response(413, "Request body too large",
                                           f"the limit is {self.limit} bytes")(scope, receive, send)  # fmt: skip
                    return
        seen = 0

        async def limited() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    raise Problem(413, "Request body too large", f"the limit is {self.limit} bytes")
            return message

        await self.app(scope, limited, send)


WILDCARDS = frozenset({"0.0.0.0", "::", ""})  # noqa: S104  # nosec B104 - names of the any-address bind, compared only
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
_HOST_CHARS = re.compile(r"[a-z0-9._%:-]+")  # names, IPv4 and (bracketed) IPv6 literals
_PORT = re.compile(r"[0-9]{1,5}")


def split_host(value: str) -> tuple[str, int | None] | None:
    """``host[:port]`` (``[v6]:port`` for IPv6) as ``(host, port)``, the host lower-cased
    without brackets or a trailing dot; ``None`` when malformed."""
    value = value.strip().lower()
    port_text: str | None
    if value.startswith("["):
        end = value.find("]")
        if end < 0:
            return None
        host, rest = value[1:end], value[end + 1 :]
        if rest and not rest.startswith(":"):
            return None
        port_text = rest[1:] if rest else None
    elif value.count(":") == 1:
        host, port_text = value.split(":")
    elif ":" in value:
        return None
    else:
        host, port_text = value, None
    host = host.rstrip(".")
    if not host or not _HOST_CHARS.fullmatch(host):
        return None
    if port_text is None:
        return host, None
    if not _PORT.fullmatch(port_text) or int(port_text) > 65535:
        return None
    return host, int(port_text)


def _ip(host: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    try:
        return ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        return None


class HostGuard:
    """Refuse requests whose ``Host`` is not a name of this server (421), and state-changing
    requests whose ``Origin`` is not this server (403): a page on another site, or on a
    name that an attacker's DNS points at 127.0.0.1 (DNS rebinding), cannot use the API."""

    def __init__(self, app: ASGIApp, config: WebConfig) -> None:
        self.app = app
        self.port = config.port or None
        bind = (config.host or "").strip().strip("[]").lower().rstrip(".")  # an address or a name, no port
        self.bind = bind or None
        self.bind_ip = _ip(bind) if bind else None
        self.wildcard = config.host is not None and bind in WILDCARDS
        self.extra: list[tuple[str, int | None]] = []
        for name in config.allowed_hosts:
            parsed = split_host(name)
            if parsed is None:
                raise ConfigError(f"not a host name: {name!r} (use NAME or NAME:PORT)")
            self.extra.append(parsed)

    def allowed(self, host: str, port: int, server_port: int | None, *, any_ip: bool = True) -> bool:
        """Whether ``host:port`` names this server.  ``any_ip``: when bound to every address,
        accept any IP literal (one cannot be rebound to another machine's name)."""
        if any(host == name and (want is None or want == port) for name, want in self.extra):
            return True
        if server_port is not None and port != server_port:
            return False
        if host in LOOPBACK_NAMES:
            return True
        ip = _ip(host)
        if ip is not None and (ip.is_loopback or (ip == self.bind_ip) or (self.wildcard and any_ip)):
            return True
        return host == self.bind

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k: v for k, v in scope.get("headers", []) if k in (b"host", b"origin")}
        scheme = scope.get("scheme", "http")
        server = scope.get("server")
        server_port = self.port or (int(server[1]) if server and server[1] else None)
        raw_host = headers.get(b"host", b"").decode("latin-1")
        parsed = split_host(raw_host) if raw_host else None
        default = 443 if scheme == "https" else 80
        if parsed is None or not self.allowed(parsed[0], parsed[1] or default, server_port):
            shown = raw_host[:100] or "(none)"
            await problem_response(421, "Misdirected request",
                                   f"the Host {shown!r} is not a name of this server (allow it with --allowed-host)",
                                   )(scope, receive, send)  # fmt: skip
            return
        origin = headers.get(b"origin")
        if origin is not None and scope.get("method", "GET") not in SAFE_METHODS:
            text = origin.decode("latin-1")
            if not self._origin_ok(text, parsed, default, server_port):
                await problem_response(403, "Cross-origin request refused",
                                       f"the Origin {text[:100]!r} is not this server (allow it with --allowed-host)",
                                       )(scope, receive, send)  # fmt: skip
                return
        await self.app(scope, receive, send)

    def _origin_ok(self, origin: str, host: tuple[str, int | None], default: int, server_port: int | None) -> bool:
        try:
            url = urlsplit(origin)
            port = url.port
        except ValueError:
            return False
        if url.scheme not in ("http", "https") or not url.hostname or url.path not in ("", "/"):
            return False
        name = url.hostname.lower().rstrip(".")
        port = port or (443 if url.scheme == "https" else 80)
        if (name, port) == (host[0], host[1] or default):
            return True  # the page came from the name the request was sent to
        return self.allowed(name, port, server_port, any_ip=False)


class Audit:
    """Write one audit record per request once its status is known."""

    def __init__(self, app: ASGIApp, state: StateStore) -> None:
        self.app, self.state = app, state

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        scope.setdefault("state", {})
        written = False

        async def audited(message: Message) -> None:
            nonlocal written
            if message["type"] == "http.response.start" and not written:
                written = True
                st = scope["state"]
                path = scope.get("path", "")
                if not path.startswith("/static/") and path != "/api/health":
                    principal = st.get("principal")
                    write_audit(
                        self.state, source="web", user=principal.name if principal else None,
                        action=f"{scope.get('method', '')} {path}", connection=st.get("audit_connection"),
                        statement=st.get("audit_statement"), status=str(message.get("status")),
                    )  # fmt: skip
            await send(message)

        await self.app(scope, receive, audited)
