"""``aishell web``: the web console and HTTP API, and its API tokens."""

from __future__ import annotations

import click

from aishell.cli.main import cli, guarded
from aishell.services.connect import is_loopback


@cli.group("web", invoke_without_command=True)
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind.")
@click.option("--port", default=8765, show_default=True, type=click.IntRange(0, 65535))
@click.option("--db", "dbs", multiple=True, metavar="URL|NAME",
              help="A database to serve (repeat for several; default: the usual resolution).")  # fmt: skip
@click.option("--allow-remote", is_flag=True, help="Allow binding to a non-loopback address.")
@click.option("--max-rows", type=click.IntRange(1), default=1_000_000, show_default=True,
              help="Most rows one query sends.")  # fmt: skip
@click.option("--timeout", "statement_timeout", type=float, default=300.0, show_default=True,
              help="Statement timeout in seconds.")  # fmt: skip
@click.option("--max-body", type=click.IntRange(1024), default=1 << 20, show_default=True,
              help="Largest request body in bytes.")  # fmt: skip
@click.option("--max-bytes", type=click.IntRange(1024), default=1 << 30, show_default=True,
              help="Most bytes of data one response sends (a query stops there with an error).")  # fmt: skip
@click.option("--max-value-chars", type=click.IntRange(16), default=1_000_000, show_default=True,
              help="Longest value sent; a longer one is cut with a visible marker.")  # fmt: skip
@click.option("--allowed-host", "allowed_hosts", multiple=True, metavar="NAME[:PORT]",
              help="Another name the server answers to, e.g. behind a proxy (repeat for several). "
                   "By default only the bound address and loopback names are accepted in Host and Origin.")  # fmt: skip
@click.pass_context
@guarded
def web(ctx: click.Context, host: str, port: int, dbs: tuple[str, ...], allow_remote: bool, max_rows: int,
        statement_timeout: float, max_body: int, max_bytes: int, max_value_chars: int,
        allowed_hosts: tuple[str, ...]) -> None:  # fmt: skip
    """Serve the web console and the HTTP API (loopback only unless --allow-remote).

    Requests must name the server in their Host header (the bound address, a loopback
    name, or an --allowed-host), which defeats DNS rebinding."""
    if ctx.invoked_subcommand is not None:
        return
    import uvicorn

    from aishell.connections import resolve
    from aishell.errors import UsageError
    from aishell.state import StateStore
    from aishell.web.app import WebConfig, create_app
    from aishell.web.auth import TokenStore

    if not is_loopback(host):
        if not allow_remote:
            raise UsageError(f"refusing to bind to {host}, which is not a loopback address (pass --allow-remote)")
        click.echo(f"warning: serving on {host}: anyone who can reach this address can try to log in; "
                   "put TLS in front of it", err=True)  # fmt: skip
    root_db = (ctx.find_root().obj or {}).get("db")
    targets = [resolve(d) for d in dbs] if dbs else [resolve(root_db)]
    state = StateStore()
    tokens = TokenStore(state)
    if not tokens.list():
        token, _record = tokens.create("admin", "initial-admin")
        click.echo("No API token existed, so an admin token was created.  It is shown only this once:", err=True)
        click.echo(f"\n    {token}\n", err=True)
    config = WebConfig(max_rows=max_rows, statement_timeout=statement_timeout, max_body=max_body,
                       max_bytes=max_bytes, max_value_chars=max_value_chars, host=host, port=port or None,
                       allowed_hosts=allowed_hosts)  # fmt: skip
    app = create_app(targets, state=state, config=config)
    shown = f"[{host}]" if ":" in host else host
    click.echo(f"aishell web on http://{shown}:{port}/  ({', '.join(t.label for t in targets)})", err=True)
    # open streams (the dashboard's live activity never ends by itself) are cut 5 s after Ctrl-C
    uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False, timeout_graceful_shutdown=5)


@web.group("token")
def token() -> None:
    """Manage API tokens (stored only as hashes)."""


@token.command("create")
@click.option("--role", metavar="NAME", required=True,
              help="viewer, analyst, admin, or a custom role of config.toml's [roles].")  # fmt: skip
@click.option("--name", help="A label for the token (default: ROLE-ID).")
@guarded
def token_create(role: str, name: str | None) -> None:
    """Print a new token, alone on stdout."""
    from aishell.state import StateStore
    from aishell.web.auth import TokenStore

    secret, record = TokenStore(StateStore()).create(role, name)
    click.echo(secret)
    click.echo(f"created token {record.id} ({record.name}, {record.role}); it is not shown again", err=True)


@token.command("list")
@click.option("--all", "show_all", is_flag=True, help="Include revoked tokens.")
@guarded
def token_list(show_all: bool) -> None:
    """List tokens (never their secrets)."""
    import datetime as dt

    from aishell.state import StateStore
    from aishell.web.auth import TokenStore

    def when(ts: float | None) -> str:
        return dt.datetime.fromtimestamp(ts).strftime("%Y-%m-%d %H:%M") if ts else "-"

    for t in TokenStore(StateStore()).list(include_revoked=show_all):
        revoked = f"  revoked {when(t.revoked)}" if t.revoked else ""
        click.echo(f"{t.id:>4}  {t.name:<20} {t.role:<8} created {when(t.created)}  last used {when(t.last_used)}"
                   f"{revoked}")  # fmt: skip


@token.command("revoke")
@click.argument("token_id", metavar="ID|NAME")
@guarded
def token_revoke(token_id: str) -> None:
    """Revoke a token by id or name."""
    from aishell.errors import UsageError
    from aishell.state import StateStore
    from aishell.web.auth import TokenStore

    n = TokenStore(StateStore()).revoke(token_id)
    if not n:
        raise UsageError(f"no active token {token_id!r}")
    click.echo(f"revoked {n} token{'s' if n != 1 else ''}", err=True)
