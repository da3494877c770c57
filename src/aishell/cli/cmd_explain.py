"""``aishell explain``: a statement's plan as a tree, its hottest nodes and its lints."""

from __future__ import annotations

import json
import shutil
import sys

import click

from aishell.cli.main import DB_HELP, _inherit, _read_sql, cli, guarded, open_session


@cli.command("explain")
@click.argument("sql", required=False)
@click.option("--db", "-d", metavar="URL|NAME", help=DB_HELP)
@click.option("--analyze", is_flag=True,
              help="Run the statement and show measured rows and times (judged as running it would be).")
@click.option("--format", "-F", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("-f", "--file", "file", type=click.Path(dir_okay=False, allow_dash=True), help="Read SQL from FILE.")
@click.option("--read-only", is_flag=True, help="Refuse anything but reads (enforced by the engine too).")
@click.option("--timeout", type=float, metavar="SECONDS", help="Statement timeout.")
@click.option("--yes", "-y", is_flag=True,
              help="With --analyze, run a statement that needs confirmation without asking.")
@click.option("--attach", "attach", multiple=True, metavar="NAME=URL|FILE",
              help="Attach a database or file as NAME (read-only) and explain the query across them in "
                   "DuckDB, with what each source is sent (repeatable).")
@click.pass_context
@guarded
def explain_command(ctx: click.Context, sql: str | None, db: str | None, analyze: bool, fmt: str, file: str | None,
                    read_only: bool, timeout: float | None, yes: bool, attach: tuple[str, ...]) -> None:  # fmt: skip
    """Show the plan of one statement, its hottest nodes and what looks wrong in it.

    The lints (a row estimate far off, a large table read whole under a selective filter, a
    function on an indexed column, a deep OFFSET ...) are advice: whatever their severity,
    even critical, the exit code is 0 when the plan could be shown.  --analyze runs the
    statement, so the safety policy judges it as running it: what would need confirmation
    (a DELETE without WHERE...) needs it here (--yes, or a yes at the prompt).

    \b
    Exit codes: 0 the plan was shown, 1 the database or the policy refused it,
                2 usage error, 3 connection error.
    """
    from aishell.output.plan import render, to_dict
    from aishell.services.explain import explain

    text = _read_sql(sql, file)
    session = open_session(ctx, db, read_only, timeout, attach)
    reads = None
    try:
        explained = explain(session, text, analyze=analyze, assume_yes=_inherit(ctx, "yes", yes))
        label = session.target.label
        if attach:
            from aishell.services.federation import pushdown

            reads = pushdown(session, text, explained.plan)
    finally:
        session.close()
    if fmt == "json":
        doc = to_dict(explained, connection=label)
        if reads is not None:
            doc["pushdown"] = [r.to_dict() for r in reads]
        click.echo(json.dumps(doc, default=str, indent=2))
        return
    width = min(shutil.get_terminal_size((80, 24)).columns, 120) if sys.stdout.isatty() else 80
    click.echo(render(explained, width=width, color=sys.stdout.isatty()))
    if reads is not None:
        from aishell.services.federation import pushdown_text

        click.echo("\n" + pushdown_text(reads))
