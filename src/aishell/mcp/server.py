"""The official ``mcp`` SDK glue: tools, resources, and the stdio and HTTP transports.

Tool descriptions and input schemas are kept short on purpose: an agent pays
for them in tokens on every turn.  Results are compact JSON text.
"""

from __future__ import annotations

import hmac
import json
import socket
import sys
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from mcp.server.mcpserver import Context, MCPServer
from mcp.server.mcpserver.exceptions import ResourceError
from mcp.server.mcpserver.resources import FunctionResource
from mcp.server.mcpserver.tools import Tool
from mcp_types import CallToolResult, TextContent, ToolAnnotations

from aishell import __version__
from aishell.errors import UsageError
from aishell.mcp.tools import CLIENT, Toolbox, ToolFailure
from aishell.services.connect import is_loopback

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

INSTRUCTIONS = (
    "SQL databases. `connection` is a name from list_connections (default: the first). "
    "run_query takes one statement; it is read-only unless the server allows writes. "
    "Rows are capped; `truncated` says when more exist. Schema resources: aishell://schema/NAME."
)


def _compact(schema: Any) -> Any:
    """Drop pydantic's titles and ``anyOf [T, null]`` wrappers: the same schema in fewer tokens."""
    if isinstance(schema, dict):
        out = {k: _compact(v) for k, v in schema.items() if k != "title"}
        any_of = out.get("anyOf")
        if isinstance(any_of, list):
            kept = [s for s in any_of if s != {"type": "null"}]
            if len(kept) == 1 and isinstance(kept[0], dict):
                del out["anyOf"]
                out.update(kept[0])
        if out.get("default", ...) is None:
            del out["default"]
        return out
    if isinstance(schema, list):
        return [_compact(s) for s in schema]
    return schema


#: the request context the SDK passes to a tool that asks for it (the MCP client's identity)
Ctx = Context[Any, Any] | None


def _client_name(ctx: Ctx) -> str | None:
    """The name the MCP client gave in its ``initialize`` (``clientInfo.name``), for the audit log."""
    try:
        params = ctx.request_context.session.client_params if ctx is not None else None
        info = params.client_info if params is not None else None
        return str(info.name)[:100] if info is not None and info.name else None
    except Exception:  # no request context (a call outside a session): the transport names the client
        return None


def _reply(fn: Callable[[], dict[str, Any]], ctx: Ctx = None) -> CallToolResult:
    token = CLIENT.set(_client_name(ctx))
    try:
        data = fn()
    except ToolFailure as exc:
        return CallToolResult(content=[TextContent(type="text", text=exc.message)], is_error=True)
    finally:
        CLIENT.reset(token)
    text = json.dumps(data, separators=(",", ":"), ensure_ascii=False, default=str)
    return CallToolResult(content=[TextContent(type="text", text=text)])


def build_server(box: Toolbox) -> MCPServer[Any]:
    """The MCP server over ``box``: nine tools and one schema resource per connection."""
    writes = any(c.writes for c in box.connections.values())
    reads = ToolAnnotations(read_only_hint=True, open_world_hint=False)
    runs = ToolAnnotations(read_only_hint=not writes, destructive_hint=writes, open_world_hint=False)
    limit = box.max_rows

    def list_connections(ctx: Ctx = None) -> CallToolResult:
        return _reply(box.list_connections, ctx)

    def list_tables(connection: str | None = None, pattern: str | None = None, ctx: Ctx = None) -> CallToolResult:
        return _reply(lambda: box.list_tables(connection, pattern), ctx)

    def describe_table(table: str, connection: str | None = None, ctx: Ctx = None) -> CallToolResult:
        return _reply(lambda: box.describe_table(table, connection), ctx)

    def run_query(sql: str, connection: str | None = None, ctx: Ctx = None) -> CallToolResult:
        return _reply(lambda: box.run_query(sql, connection), ctx)

    def explain_query(sql: str, connection: str | None = None, ctx: Ctx = None) -> CallToolResult:
        return _reply(lambda: box.explain_query(sql, connection), ctx)

    def ask(question: str, connection: str | None = None, ctx: Ctx = None) -> CallToolResult:
        return _reply(lambda: box.ask(question, connection), ctx)

    def health(connection: str | None = None, ctx: Ctx = None) -> CallToolResult:
        return _reply(lambda: box.health(connection), ctx)

    def slow_queries(order: str = "total", connection: str | None = None, ctx: Ctx = None) -> CallToolResult:
        return _reply(lambda: box.slow_queries(connection, order=order), ctx)

    def activity(connection: str | None = None, ctx: Ctx = None) -> CallToolResult:
        return _reply(lambda: box.activity(connection), ctx)

    mode = "read-write" if writes else "read-only"
    specs: list[tuple[Callable[..., CallToolResult], str, ToolAnnotations]] = [
        (list_connections, "Databases you can query: name, engine, access mode.", reads),
        (list_tables, "Tables and views, estimated rows. pattern: glob like 'sales.*'.", reads),
        (describe_table, "Columns, keys, indexes and sample rows of one table.", reads),
        (run_query, f"Run one SQL statement ({mode}). At most {limit} rows are returned.", runs),
        (explain_query, "Plan of one SQL statement, not run: tree, hottest nodes, lints with hints.", reads),
        (ask, "Plain-language question -> SQL, its risk, and its rows if a plain read.", reads),
        (
            health,
            "Check connections: reachable, version, latency, health findings "
            "(severity, what, why, fixing SQL; never run).",
            reads,
        ),
        (slow_queries, "Costliest recorded statements; order: total|mean|calls|rows.", reads),
        (activity, "Live sessions, waits, blockers, throughput.", reads),
    ]
    tools = []
    for fn, description, hints in specs:
        tool = Tool.from_function(fn, description=description, annotations=hints, structured_output=False)
        tool.parameters = _compact(tool.parameters)
        tools.append(tool)
    server: MCPServer[Any] = MCPServer(
        "aishell", version=__version__, instructions=INSTRUCTIONS, tools=tools, log_level="WARNING",
    )  # fmt: skip
    for name in box.connections:
        server.add_resource(
            FunctionResource.from_function(
                _schema_reader(box, name),
                uri=f"aishell://schema/{name}",
                name=f"{name} schema",
                description=f"Tables, columns and keys of {name}, one table per line.",
                mime_type="text/plain",
            )
        )
    return server


def _schema_reader(box: Toolbox, name: str) -> Callable[[], str]:
    def read() -> str:
        try:
            return box.schema(name)
        except ToolFailure as exc:
            raise ResourceError(exc.message) from None

    return read


# --------------------------------------------------------------------------- HTTP
class BearerAuth:
    """Refuse every HTTP request without ``Authorization: Bearer <token>`` (constant-time check)."""

    def __init__(self, app: ASGIApp, token: str) -> None:
        self.app = app
        self.expected = ("Bearer " + token).encode()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            given = b""
            for key, value in scope.get("headers", []):
                if key.lower() == b"authorization":
                    given = value
            if not hmac.compare_digest(given, self.expected):
                body = b'{"error":"missing or wrong bearer token"}'
                await send({"type": "http.response.start", "status": 401, "headers": [
                    (b"content-type", b"application/json"), (b"www-authenticate", b'Bearer realm="aishell"'),
                    (b"content-length", str(len(body)).encode())]})  # fmt: skip
                await send({"type": "http.response.body", "body": body})
                return
        await self.app(scope, receive, send)


def serve_http(server: MCPServer[Any], *, host: str, port: int, token: str, allow_remote: bool,
               log: Callable[[str], None]) -> None:  # fmt: skip
    """Streamable HTTP on ``host:port`` (``/mcp``), behind the bearer token."""
    import anyio
    import uvicorn

    if not is_loopback(host) and not allow_remote:
        raise UsageError(f"refusing to listen on {host}: not a loopback address (pass --allow-remote to do it)")
    app = BearerAuth(server.streamable_http_app(host=host), token)
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
        sock.listen(128)  # connections wait in the backlog until uvicorn accepts them
    except OSError as exc:
        sock.close()
        raise UsageError(f"cannot listen on {host}:{port}: {exc.strerror}") from None
    bound = sock.getsockname()[1]
    shown = f"[{host}]" if ":" in host else host
    log(f"aishell mcp: listening on http://{shown}:{bound}/mcp")
    config = uvicorn.Config(app, log_level="warning", lifespan="on")
    uv = uvicorn.Server(config)
    anyio.run(lambda: uv.serve(sockets=[sock]))


def serve_stdio(server: MCPServer[Any]) -> None:
    if sys.stdout.isatty():
        print("aishell mcp: speaking MCP on stdin/stdout (configure it in an MCP client)", file=sys.stderr)
    server.run("stdio")
