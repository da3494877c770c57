"""``aishell top``: a live terminal dashboard of a server's sessions (Textual, ``aishell[tui]``)."""

from __future__ import annotations

import json

import click

from aishell.cli.main import DB_HELP, _inherit, cli, guarded, make_session

INSTALL_HINT = "aishell top needs Textual: pip install 'aishell[tui]'"


@cli.command("top")
@click.option("--db", "-d", metavar="URL|NAME", help=DB_HELP)
@click.option("--read-only", is_flag=True, help="Only watch: cancelling and terminating are refused.")
@click.option("--interval", type=click.FloatRange(0.2, 60), default=1.0, show_default=True, metavar="SECONDS",
              help="Seconds between refreshes.")  # fmt: skip
@click.option("--timeout", type=float, metavar="SECONDS", help="Statement timeout of each refresh.")
@click.option("--json", "as_json", is_flag=True, help="Print one snapshot as JSON and exit (no terminal needed).")
@click.pass_context
@guarded
def top(ctx: click.Context, db: str | None, read_only: bool, interval: float, timeout: float | None,
        as_json: bool) -> None:  # fmt: skip
    """Watch a server's sessions live: state, wait event, duration and query, the blocking
    tree, and throughput and latency sparklines; cancel (c) or terminate (k) a session after
    a confirmation (refused with --read-only).

    \b
    Keys: q quit, c cancel the statement, k terminate the session, / filter, p pause,
          s sort (duration, state, pid), arrows and PgUp/PgDn move.
    PostgreSQL: pg_stat_activity, pg_blocking_pids, pg_stat_database.  MySQL/MariaDB:
    PROCESSLIST, INNODB_TRX, INNODB_LOCK_WAITS, GLOBAL_STATUS, performance_schema.
    """
    import importlib.util
    import sys

    from aishell.connections import resolve
    from aishell.engines import dialect_of
    from aishell.errors import ConfigError, UsageError

    target = _inherit(ctx, "db", db)
    read_only = bool(_inherit(ctx, "read_only", read_only))
    if not as_json:
        dialect = dialect_of(resolve(target).url.engine)
        if not dialect.activity.supported:
            raise UsageError(f"{dialect.display_name} has no sessions to watch (aishell top needs a server)")
        if importlib.util.find_spec("textual") is None:
            raise ConfigError(INSTALL_HINT)
        if not (sys.stdin.isatty() and sys.stdout.isatty()):
            raise UsageError("aishell top needs a terminal (--json prints one snapshot)")
    session = make_session(target, read_only=read_only, timeout=_inherit(ctx, "timeout", timeout))
    if as_json:
        from aishell.services.activity import snapshot

        try:
            found = snapshot(session)
        finally:
            session.close()
        click.echo(json.dumps(found.to_dict(), indent=2, default=str))
        return
    from aishell.tui.top import run

    code = run(session, interval=interval, mode="read-only" if read_only else "")
    ctx.exit(code)
