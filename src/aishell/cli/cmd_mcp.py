"""``aishell mcp``: serve the database to AI agents over MCP (stdio or streamable HTTP)."""

from __future__ import annotations

import os

import click

from aishell.cli.main import _inherit, cli, guarded


@cli.command("mcp")
@click.option(
    "--db",
    "-d",
    "dbs",
    multiple=True,
    metavar="URL|NAME|NAME=URL",
    help="A connection to serve (repeatable; the first is the default).",
)
@click.option("--transport", type=click.Choice(["stdio", "http"]), default="stdio", show_default=True)
@click.option("--host", default="127.0.0.1", show_default=True, help="HTTP: address to listen on.")
@click.option("--port", type=int, default=8765, show_default=True, help="HTTP: port (0 picks a free one).")
@click.option("--allow-remote", is_flag=True, help="HTTP: allow a non-loopback --host.")
@click.option("--token", metavar="TOKEN", help="HTTP: bearer token (default: $AISHELL_MCP_TOKEN, or a new one).")
@click.option("--allow-writes", is_flag=True, help="Allow INSERT/UPDATE/DELETE (default: read-only).")
@click.option(
    "--allow-ddl", is_flag=True, help="Allow schema changes and whole-table changes too (implies --allow-writes)."
)
@click.option("--role", metavar="NAME",
              help="The clients' role (viewer, analyst, admin or one of [roles]; replaces --allow-*).")  # fmt: skip
@click.option(
    "--max-rows", type=click.IntRange(1, 100_000), default=200, show_default=True, help="Rows returned per call."
)
@click.option(
    "--timeout",
    type=click.FloatRange(min=0.1),
    metavar="SECONDS",
    help="Statement timeout for every call.  [default: 30]",
)
@click.option("--provider", metavar="NAME", help="ask: the model provider (default: configured, or offline).")
@click.option("--model", metavar="NAME", help="ask: the model.")
@click.pass_context
@guarded
def mcp_command(
    ctx: click.Context,
    dbs: tuple[str, ...],
    transport: str,
    host: str,
    port: int,
    allow_remote: bool,
    token: str | None,
    allow_writes: bool,
    allow_ddl: bool,
    role: str | None,
    max_rows: int,
    timeout: float | None,
    provider: str | None,
    model: str | None,
) -> None:  # fmt: skip
    """Serve databases to AI agents as a small, safe MCP tool set.

    \b
    Read-only unless --allow-writes; one statement per call; every call is
    audited; rows and time are capped.  Over HTTP a bearer token is required
    and only loopback addresses are served unless --allow-remote.
    """
    import secrets
    import sys

    from aishell.mcp.server import build_server, serve_http, serve_stdio
    from aishell.mcp.tools import DEFAULT_TIMEOUT, Toolbox, open_connections, resolve_specs
    from aishell.state import StateStore

    def log(line: str) -> None:
        click.echo(line, err=True)

    if role and (allow_writes or allow_ddl):
        from aishell.errors import UsageError

        raise UsageError("--role replaces --allow-writes and --allow-ddl: give one or the other")
    role = role or _inherit(ctx, "role", None)
    if not dbs and _inherit(ctx, "db", None):
        dbs = (_inherit(ctx, "db", None),)
    timeout = _inherit(ctx, "timeout", timeout) or DEFAULT_TIMEOUT
    state = StateStore()
    conns = open_connections(resolve_specs(dbs), allow_writes=allow_writes or allow_ddl, allow_ddl=allow_ddl,
                             timeout=timeout, state=state, role=role)  # fmt: skip
    box = Toolbox(conns, max_rows=max_rows, state=state, user=transport, provider=provider, model=model)
    server = build_server(box)
    try:
        if transport == "stdio":
            serve_stdio(server)
        else:
            bearer = token or os.environ.get("AISHELL_MCP_TOKEN")
            if not bearer:
                bearer = secrets.token_urlsafe(32)
                log(f"aishell mcp: bearer token: {bearer}")
            serve_http(server, host=host, port=port, token=bearer, allow_remote=allow_remote, log=log)
    except KeyboardInterrupt:
        pass
    finally:
        box.close()
        state.close()
    sys.exit(0)
